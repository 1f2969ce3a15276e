//! Any text, then any edits of it: after each, a session's update (or its edit, taking the
//! range, every other time) reports exactly what a check of the same text does, and the delta
//! between its last two reports patches the one into the other.
#![no_main]

use arbitrary::Arbitrary;
use brio::session::delta::{Edit, ReportDelta};
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
    let mut last = session.update(&text);
    assert_eq!(last, checker.check(&text, &options));
    for (i, (at, delete, insert)) in input.edits.into_iter().take(8).enumerate() {
        let mut start = usize::from(at).min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let end = start + text[start..].chars().take(usize::from(delete % 4)).map(char::len_utf8).sum::<usize>();
        let units = |s: &str| s.encode_utf16().count();
        let edit =
            Edit { start: units(&text[..start]), removed: units(&text[start..end]), inserted: units(&insert) };
        let report = if i % 2 == 0 {
            text.replace_range(start..end, &insert);
            session.update(&text)
        } else {
            let report = session.edit(start..end, &insert).expect("a range of whole chars");
            text.replace_range(start..end, &insert);
            report
        };
        assert_eq!(report, checker.check(&text, &options), "{text:?}");
        assert_eq!(ReportDelta::between(&last, &report, edit).apply(&last), report);
        last = report;
    }
});
