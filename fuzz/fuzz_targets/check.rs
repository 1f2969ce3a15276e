//! Any text, on any platform, in any locale: `check` never panics and its ranges are valid.
#![no_main]

use arbitrary::Arbitrary;
use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[derive(Arbitrary, Debug)]
struct Input {
    platform: u8,
    locale: u8,
    text: String,
    reference: Option<String>,
    history: Vec<String>,
}

/// One checker per platform and locale, built once: building one per input would spend most
/// of the run building packs instead of checking text.
fn checkers() -> &'static [Checker] {
    static CHECKERS: OnceLock<Vec<Checker>> = OnceLock::new();
    CHECKERS.get_or_init(|| {
        let mut all = Vec::new();
        for platform in Platform::ALL {
            for locale in [None, Some(Locale::Fr), Some(Locale::En)] {
                let options = CheckerOptions { platform: Some(platform), locale, profile: None };
                all.extend(Checker::new(options).ok());
            }
        }
        all
    })
}

fuzz_target!(|input: Input| {
    let all = checkers();
    let index = usize::from(input.platform) * 3 + usize::from(input.locale % 3);
    let Some(checker) = all.get(index % all.len().max(1)) else {
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
