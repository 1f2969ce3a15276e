//! The text model: a post with its grapheme, word and sentence boundaries.
//!
//! Rules never re-segment the text themselves; they read the boundaries computed once here.
//! All positions are byte offsets into [`Document::text`].

mod nfc;
mod offsets;
mod sentences;
mod spans;
mod words;

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

pub use nfc::nfc;
pub use offsets::{Utf16Map, byte_of_utf16, utf16_len};
pub use spans::SpanSet;

/// A byte range into the document's text.
pub type Span = Range<usize>;

/// A word as Unicode segments it (UAX #29), letters or digits only: punctuation and spaces are
/// not words. French elided words ("l’équipe") are one segment, as UAX #29 defines them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
}

/// A post, segmented once.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    text: &'a str,
    /// Start of every grapheme, then `text.len()`: `graphemes.len() - 1` graphemes.
    grapheme_bounds: Vec<usize>,
    words: Vec<Word>,
    sentences: Vec<Span>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut grapheme_bounds = grapheme_starts(text);
        grapheme_bounds.push(text.len());
        let words = words::word_spans(text).into_iter().map(|span| Word { span }).collect();
        let breaks = sentences::sentence_breaks(text);
        let sentences = breaks
            .windows(2)
            .filter_map(|pair| {
                let [start, end] = *pair else { return None };
                let s = text.get(start..end)?;
                let trimmed = s.trim_end();
                let lead = trimmed.len() - trimmed.trim_start().len();
                (!trimmed.trim_start().is_empty()).then(|| start + lead..start + trimmed.len())
            })
            .collect();
        Self { text, grapheme_bounds, words, sentences }
    }

    /// Graphemes only, no words or sentences: enough to measure a text's length, at a fraction
    /// of the cost (the whole of a large document checked around the caret).
    pub fn graphemes_only(text: &'a str) -> Self {
        let mut grapheme_bounds = grapheme_starts(text);
        grapheme_bounds.push(text.len());
        Self { text, grapheme_bounds, words: Vec::new(), sentences: Vec::new() }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The text of `span`, or `""` when the span is not valid for this text.
    pub fn slice(&self, span: &Span) -> &'a str {
        self.text.get(span.clone()).unwrap_or("")
    }

    pub fn grapheme_count(&self) -> usize {
        self.grapheme_bounds.len().saturating_sub(1)
    }

    /// Start offsets of every grapheme followed by the text's length.
    pub fn grapheme_bounds(&self) -> &[usize] {
        &self.grapheme_bounds
    }

    pub fn is_grapheme_boundary(&self, byte: usize) -> bool {
        self.grapheme_bounds.binary_search(&byte).is_ok()
    }

    /// Widens `span` to the nearest grapheme boundaries so that no range splits a grapheme
    /// (an emoji with its modifiers, a letter with its combining accents).
    pub fn snap(&self, span: &Span) -> Span {
        let len = self.text.len();
        let (start, end) = (span.start.min(len), span.end.min(len));
        let start = match self.grapheme_bounds.binary_search(&start) {
            Ok(_) => start,
            Err(i) => self.grapheme_bounds[i.saturating_sub(1)],
        };
        let end = match self.grapheme_bounds.binary_search(&end) {
            Ok(_) => end,
            Err(i) => self.grapheme_bounds.get(i).copied().unwrap_or(len),
        };
        start..end.max(start)
    }

    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// Sentences, trimmed of surrounding white space; empty ones are dropped.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// Lines (split on `\n`, a trailing `\r` excluded), with their spans.
    pub fn lines(&self) -> impl Iterator<Item = Span> + '_ {
        let mut start = 0;
        self.text.split('\n').map(move |line| {
            let span = start..start + line.trim_end_matches('\r').len();
            start += line.len() + 1;
            span
        })
    }

    /// 1-based line and column (in chars) of a byte offset, for human-readable output.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        line_col(self.text, byte)
    }
}

/// The start of every extended grapheme cluster (UAX #29), as `grapheme_indices` gives them,
/// with a fast path for ASCII: between two ASCII chars there is always a boundary, except
/// inside CR LF, since no ASCII char extends, joins or prepends (and none is pictographic or a
/// regional indicator). Only the stretches around non-ASCII chars go through the full rules,
/// each starting and ending on such a certain boundary, so they segment as in the whole text.
fn grapheme_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let certain = |j: usize| match (j.checked_sub(1).and_then(|p| bytes.get(p)), bytes.get(j)) {
        (Some(&a), Some(&b)) => a.is_ascii() && b.is_ascii() && !(a == b'\r' && b == b'\n'),
        _ => true,
    };
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if certain(i + 1) && bytes.get(i).is_some_and(u8::is_ascii) {
            out.push(i);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && !certain(j) {
            j += 1;
        }
        let Some(stretch) = text.get(i..j) else {
            // Not reachable (a certain boundary is a char boundary); keep the exact rules.
            return text.grapheme_indices(true).map(|(i, _)| i).collect();
        };
        out.extend(stretch.grapheme_indices(true).map(|(k, _)| i + k));
        i = j;
    }
    out
}

/// 1-based line and column (in chars) of `byte` in `text`.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let byte = byte.min(text.len());
    let before = text.get(..byte).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphemes_keep_emoji_sequences_whole() {
        // family emoji (ZWJ sequence), flag, e + combining acute
        let doc = Document::new("👨‍👩‍👧🇫🇷e\u{301}");
        assert_eq!(doc.grapheme_count(), 3);
    }

    #[test]
    fn grapheme_fast_path_agrees_with_uax29() {
        let samples = [
            "",
            "a",
            "\r\n",
            "a\r\nb\rc\n\r",
            "e\u{301}x",
            "ae\u{301}\u{302}",
            "👨‍👩‍👧🇫🇷🇫e\u{301}",
            "x👍🏽y a\u{200d}b",
            "\u{301}a",
            "क्षि ok ﷽ 한국어 #tag",
            "Nous sommes fiers ! 🚀 https://acme.example #Lyon2026\r\n",
        ];
        for text in samples {
            let expected: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
            assert_eq!(grapheme_starts(text), expected, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn grapheme_fast_path_agrees_on_any_text(text in "(\\PC|[a\r\n \u{301}\u{200d}\u{1F1EB}\u{1F44D}\u{1F3FD}])*") {
            let expected: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(grapheme_starts(&text), expected);
        }
    }

    #[test]
    fn snap_widens_to_grapheme_boundaries() {
        let text = "a👍🏽b";
        let doc = Document::new(text);
        // 👍 is bytes 1..5, the skin tone modifier 5..9.
        assert_eq!(doc.snap(&(1..5)), 1..9);
        assert_eq!(doc.snap(&(6..7)), 1..9);
        assert_eq!(doc.snap(&(0..1)), 0..1);
        assert_eq!(doc.snap(&(0..100)), 0..text.len());
    }

    #[test]
    fn words_skip_punctuation_and_keep_french_elision() {
        let doc = Document::new("L’équipe, c’est nous !");
        let words: Vec<&str> = doc.words().iter().map(|w| doc.slice(&w.span)).collect();
        assert_eq!(words, ["L’équipe", "c’est", "nous"]);
    }

    #[test]
    fn sentences_are_trimmed() {
        let doc = Document::new("Bonjour à tous. Voici notre annonce !  ");
        let s: Vec<&str> = doc.sentences().iter().map(|s| doc.slice(s)).collect();
        assert_eq!(s, ["Bonjour à tous.", "Voici notre annonce !"]);
    }

    #[test]
    fn line_col_counts_chars() {
        let text = "é1\nab😀c";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 2), (1, 2));
        assert_eq!(line_col(text, 4), (2, 1));
        assert_eq!(line_col(text, 10), (2, 4));
    }

    #[test]
    fn lines_exclude_carriage_returns() {
        let doc = Document::new("a\r\nbc\n");
        let lines: Vec<&str> = doc.lines().map(|s| doc.slice(&s)).collect();
        assert_eq!(lines, ["a", "bc", ""]);
    }
}
