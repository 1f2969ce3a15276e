//! Large documents: checking the part around the caret.
//!
//! A check runs on every pause in typing. Past [`INTERACTIVE_LIMIT`], checking the whole text each
//! time would make a long article lag, so when the caller says where the caret is, the rules run
//! on the lines around it ([`WINDOW_SIDE`] bytes each way, widened to whole lines) and the report
//! says which part it covers (`scope`). The length and the platform's limit still count the whole
//! text: they are what the composer shows, and they are cheap.

use crate::text::{Span, floor_char};

/// Texts up to this many bytes are always checked whole (a 3,000-character post is ~3.5 KB; a
/// long blog article ~40 KB).
pub const INTERACTIVE_LIMIT: usize = 64 * 1024;

/// Bytes checked on each side of the caret in a larger text.
pub const WINDOW_SIDE: usize = 12 * 1024;

/// The part of `text` to check around the byte offset `caret`, or `None` when the text is small
/// enough to check whole. The part starts and ends on line boundaries when a line break is near
/// enough, on char boundaries always.
pub fn around(text: &str, caret: usize) -> Option<Span> {
    if text.len() <= INTERACTIVE_LIMIT {
        return None;
    }
    let caret = caret.min(text.len());
    let start = floor_char(text, caret.saturating_sub(WINDOW_SIDE));
    let end = floor_char(text, caret.saturating_add(WINDOW_SIDE).min(text.len()));
    let bytes = text.as_bytes();
    // Back to the start of the line `start` is in, unless that line is very long.
    let line_start =
        bytes.get(..start).and_then(|b| b.iter().rposition(|&c| c == b'\n')).map_or(0, |i| i + 1);
    let start = if start - line_start <= WINDOW_SIDE / 2 { line_start } else { start };
    // On to the end of the line `end` is in, likewise.
    let line_end = bytes
        .get(end..)
        .and_then(|b| b.iter().position(|&c| c == b'\n'))
        .map_or(text.len(), |i| end + i);
    let end = if line_end - end <= WINDOW_SIDE / 2 { line_end } else { end };
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::utf16_len;
    use crate::{CheckOptions, Checker, CheckerOptions, Platform};

    fn linkedin() -> Checker {
        match Checker::new(CheckerOptions {
            platform: Some(Platform::Linkedin),
            ..Default::default()
        }) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn a_large_text_is_checked_around_the_caret_and_measured_whole() {
        let paragraph =
            "Nous sommes très fiers d’annoncer notre synergie disruptive !!! #innovation 🚀\n";
        let text = paragraph.repeat(2 * INTERACTIVE_LIMIT / paragraph.len());
        let total = utf16_len(&text);
        let caret = text.len() / 2;
        let checker = linkedin();
        let report =
            checker.check(&text, &CheckOptions { caret: Some(caret), ..Default::default() });
        let Some(scope) = &report.scope else { panic!("a large text with a caret has a scope") };
        assert_eq!(scope.total, total);
        assert!(scope.start < scope.end && scope.end <= total);
        assert!(scope.message.contains("curseur") || scope.message.contains("caret"));
        // The length is the whole text's, so is the overflow flagged by platform/too-long.
        assert_eq!(report.length.used, total);
        let too_long: Vec<_> =
            report.diagnostics.iter().filter(|d| d.rule == "platform/too-long").collect();
        assert_eq!(too_long.len(), 1);
        assert_eq!(too_long[0].end, total);
        // Every other range lies in the part checked, and the part's findings are all there.
        let others: Vec<_> =
            report.diagnostics.iter().filter(|d| d.rule != "platform/too-long").collect();
        assert!(others.len() > 10);
        assert!(others.iter().all(|d| scope.start <= d.start && d.end <= scope.end));
        let Some(part) = around(&text, caret) else { panic!("large") };
        let alone = checker.check(&text[part], &CheckOptions::default());
        assert_eq!(
            alone.diagnostics.iter().filter(|d| d.rule != "platform/too-long").count(),
            others.len()
        );
        // Sorted as a whole check is.
        assert!(
            report.diagnostics.windows(2).all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end))
        );
    }

    #[test]
    fn without_a_caret_or_when_small_the_whole_text_is_checked() {
        let checker = linkedin();
        let small =
            checker.check("Un post court.", &CheckOptions { caret: Some(3), ..Default::default() });
        assert_eq!(small.scope, None);
        let text = "mot ".repeat(INTERACTIVE_LIMIT / 2);
        assert_eq!(checker.check(&text, &CheckOptions::default()).scope, None);
    }

    #[test]
    fn small_texts_are_checked_whole() {
        assert_eq!(around("short", 2), None);
        assert_eq!(around(&"a".repeat(INTERACTIVE_LIMIT), 0), None);
    }

    #[test]
    fn the_window_covers_whole_lines_around_the_caret() {
        let line = format!("{}\n", "mot ".repeat(20)); // 81 bytes
        let text = line.repeat(INTERACTIVE_LIMIT / line.len() + 100);
        let caret = text.len() / 2;
        let Some(w) = around(&text, caret) else { panic!("large text") };
        assert!(w.start < caret && caret < w.end);
        assert!(w.end - w.start <= 2 * WINDOW_SIDE + 2 * line.len());
        assert!(w.start == 0 || text.as_bytes()[w.start - 1] == b'\n');
        assert!(w.end == text.len() || text.as_bytes()[w.end] == b'\n');
    }

    #[test]
    fn the_window_stays_inside_the_text_and_on_char_boundaries() {
        let text = "é".repeat(INTERACTIVE_LIMIT); // one long line, 2 bytes per char
        for caret in [0, 1, 3, text.len() / 2 + 1, text.len() - 1, text.len(), text.len() + 99] {
            let Some(w) = around(&text, caret) else { panic!("large text") };
            assert!(w.start <= w.end && w.end <= text.len());
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end), "{w:?}");
            assert!(w.end - w.start <= 2 * WINDOW_SIDE);
        }
    }
}
