//! Any profile source, TOML or JSON: loading never panics, and a loaded profile builds a checker
//! or fails with an error, never a panic.
#![no_main]

use brio::profile::{Format, Profile};
use brio::{CheckOptions, Checker, CheckerOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    for format in [Format::Toml, Format::Json] {
        if let Ok(profile) = Profile::parse(source, format) {
            if let Ok(checker) =
                Checker::new(CheckerOptions { profile: Some(profile), ..Default::default() })
            {
                let _ = checker.check(
                    "Nous sommes fiers de vous annoncer #innovation",
                    &CheckOptions::default(),
                );
            }
        }
    }
});
