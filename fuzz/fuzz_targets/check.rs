//! Any text, on any platform, in any locale: `check` never panics and its ranges are valid.
#![no_main]

use arbitrary::Arbitrary;
use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    platform: u8,
    locale: u8,
    text: String,
    reference: Option<String>,
    history: Vec<String>,
}

fuzz_target!(|input: Input| {
    let platform = Platform::ALL[usize::from(input.platform) % Platform::ALL.len()];
    let locale = match input.locale % 3 {
        0 => None,
        1 => Some(Locale::Fr),
        _ => Some(Locale::En),
    };
    let Ok(checker) = Checker::new(CheckerOptions { platform: Some(platform), locale, profile: None })
    else {
        return;
    };
    let options = CheckOptions { history: input.history, reference: input.reference, ..Default::default() };
    let report = checker.check(&input.text, &options);
    let len = input.text.encode_utf16().count();
    for d in &report.diagnostics {
        assert!(d.start <= d.end && d.end <= len, "{} {}..{} of {len}", d.rule, d.start, d.end);
        for s in &d.suggestions {
            assert!(brio::apply_fix(&input.text, s).is_ok(), "{} fix must apply", d.rule);
        }
    }
});
