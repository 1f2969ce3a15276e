//! Any text, on any platform, in any locale: `check` never panics and its ranges are valid.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform};
use libfuzzer_sys::fuzz_target;

/// One checker per platform and locale choice, built once: building compiles the packs, which
/// would otherwise dominate every run.
static CHECKERS: [OnceLock<Option<Checker>>; 21] = [const { OnceLock::new() }; 21];

#[derive(Arbitrary, Debug)]
struct Input {
    platform: u8,
    locale: u8,
    text: String,
    reference: Option<String>,
    history: Vec<String>,
}

fuzz_target!(|input: Input| {
    let p = usize::from(input.platform) % Platform::ALL.len();
    let l = usize::from(input.locale % 3);
    let checker = CHECKERS[p * 3 + l].get_or_init(|| {
        let locale = [None, Some(Locale::Fr), Some(Locale::En)][l];
        Checker::new(CheckerOptions { platform: Some(Platform::ALL[p]), locale, profile: None })
            .ok()
    });
    let Some(checker) = checker else { return };
    let options =
        CheckOptions { history: input.history, reference: input.reference, ..Default::default() };
    let report = checker.check(&input.text, &options);
    let len = input.text.encode_utf16().count();
    for d in &report.diagnostics {
        assert!(d.start <= d.end && d.end <= len, "{} {}..{} of {len}", d.rule, d.start, d.end);
        for s in &d.suggestions {
            assert!(brio::apply_fix(&input.text, s).is_ok(), "{} fix must apply", d.rule);
        }
    }
});
