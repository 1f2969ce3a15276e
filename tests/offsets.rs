//! Offset invariants, for any input: every public range lies on UTF-16 boundaries, never
//! splits a surrogate pair or a grapheme, and satisfies `start <= end <= len`.

use std::sync::OnceLock;

use brio::{CheckOptions, Checker, CheckerOptions, Platform, Report};
use proptest::prelude::*;

/// One checker per platform, built once (building compiles the packs).
fn checkers() -> &'static [Checker] {
    static CHECKERS: OnceLock<Vec<Checker>> = OnceLock::new();
    CHECKERS.get_or_init(|| {
        Platform::ALL
            .iter()
            .map(|&platform| {
                Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() })
                    .expect("default options")
            })
            .collect()
    })
}
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that stress offset handling: astral emoji, ZWJ sequences, combining marks, RTL,
/// full-width sigils, URLs and French typography.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,12}",
        Just("#".to_string()),
        Just("＃".to_string()),
        Just("@".to_string()),
        Just("$".to_string()),
        Just("👍🏽".to_string()),
        Just("👨‍👩‍👧".to_string()),
        Just("🇫🇷".to_string()),
        Just("1️⃣".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{200d}".to_string()),
        Just("\u{200c}".to_string()),
        Just("مرحبا".to_string()),
        Just("שלום".to_string()),
        Just("のの".to_string()),
        Just("𝕏".to_string()),
        Just("https://example.com/a_(b)".to_string()),
        Just("acme.fr".to_string()),
        Just(" ! ".to_string()),
        Just("«".to_string()),
        Just("\n".to_string()),
        Just("!!!".to_string()),
        Just("NOUS".to_string()),
        any::<char>().prop_map(String::from),
    ]
}

fn post() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..30).prop_map(|p| p.concat())
}

/// UTF-16 offsets at which a grapheme starts (plus the end).
fn grapheme_starts_utf16(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut utf16 = 0;
    for g in text.graphemes(true) {
        starts.push(utf16);
        utf16 += g.encode_utf16().count();
    }
    starts.push(utf16);
    starts
}

fn assert_ranges(text: &str, report: &Report) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let len = units.len();
    let on_boundary = |i: usize| i == 0 || i == len || !(0xDC00..0xE000).contains(&units[i]);
    let graphemes = grapheme_starts_utf16(text);
    let mut ranges: Vec<(usize, usize, &str)> = Vec::new();
    let e = &report.entities;
    for list in [&e.hashtags, &e.mentions, &e.urls, &e.cashtags] {
        ranges.extend(list.iter().map(|x| (x.start, x.end, "entity")));
    }
    for d in &report.diagnostics {
        ranges.push((d.start, d.end, "diagnostic"));
        prop_assert!(
            graphemes.binary_search(&d.start).is_ok() && graphemes.binary_search(&d.end).is_ok(),
            "{} splits a grapheme: {}..{}",
            d.rule,
            d.start,
            d.end
        );
        ranges.extend(d.suggestions.iter().map(|s| (s.start, s.end, "suggestion")));
    }
    for (start, end, what) in ranges {
        prop_assert!(start <= end && end <= len, "{what} {start}..{end} out of 0..{len}");
        prop_assert!(on_boundary(start) && on_boundary(end), "{what} {start}..{end} splits a pair");
    }
    for h in &e.hashtags {
        let slice = String::from_utf16(&units[h.start..h.end]).unwrap_or_default();
        prop_assert_eq!(&slice, &h.text, "entity text matches its range");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_range_is_well_formed(text in post()) {
        for checker in checkers() {
            let report = checker.check(&text, &CheckOptions::default());
            assert_ranges(&text, &report)?;
        }
    }

    #[test]
    fn applying_any_suggestion_keeps_valid_utf8(text in post()) {
        let report = checkers()[0].check(&text, &CheckOptions::default());
        for d in &report.diagnostics {
            for s in &d.suggestions {
                prop_assert!(brio::apply_fix(&text, s).is_ok(), "{} fix does not apply", d.rule);
            }
        }
    }
}

#[test]
fn a_fix_past_the_end_is_refused() {
    let s = brio::Suggestion {
        label: "x".into(),
        replacement: "y".into(),
        start: 3,
        end: 10,
        safe: true,
    };
    assert!(brio::apply_fix("abc", &s).is_err());
    // Inside a surrogate pair: refused rather than corrupting the text.
    let s = brio::Suggestion { start: 1, end: 1, ..s };
    assert!(brio::apply_fix("😀", &s).is_err());
}
