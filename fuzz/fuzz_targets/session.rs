//! Any text, then any edits of it: after each, a session's update reports exactly what a check
//! of the same text does.
#![no_main]

use arbitrary::Arbitrary;
use brio::{CheckOptions, Checker, CheckerOptions, Platform};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[derive(Arbitrary, Debug)]
struct Input {
    platform: u8,
    text: String,
    /// Where (a byte offset, floored to a char boundary), how many chars to delete, what to insert.
    edits: Vec<(u16, u8, String)>,
}

/// One checker per platform, built once (building one per input would spend the run on packs).
fn checkers() -> &'static [Checker] {
    static CHECKERS: OnceLock<Vec<Checker>> = OnceLock::new();
    CHECKERS.get_or_init(|| {
        Platform::ALL
            .iter()
            .filter_map(|&platform| {
                Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() }).ok()
            })
            .collect()
    })
}

fuzz_target!(|input: Input| {
    let all = checkers();
    let checker = &all[usize::from(input.platform) % all.len()];
    let options = CheckOptions::default();
    let mut session = checker.session(options.clone());
    let mut text = input.text;
    assert_eq!(session.update(&text), checker.check(&text, &options));
    for (at, delete, insert) in input.edits.into_iter().take(8) {
        let mut start = usize::from(at).min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let end = start + text[start..].chars().take(usize::from(delete % 4)).map(char::len_utf8).sum::<usize>();
        text.replace_range(start..end, &insert);
        assert_eq!(session.update(&text), checker.check(&text, &options), "{text:?}");
    }
});
