//! The text model: a post with its grapheme, word and sentence boundaries.
//!
//! Rules never re-segment the text themselves; they read the boundaries computed once here.
//! All positions are byte offsets into [`Document::text`].

mod nfc;
mod offsets;
mod quotes;
mod sentences;
pub(crate) mod shifted;
mod spans;
mod word_spans;

use std::ops::Range;

use crate::entities::scan;
use shifted::{Listed, Shifted};

pub use nfc::nfc;
pub use offsets::{Utf16Map, byte_of_utf16, utf16_len};
pub use quotes::quoted_spans;
pub(crate) use sentences::is_abbreviation;
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
    grapheme_bounds: Listed<usize>,
    words: Listed<Word>,
    sentences: Listed<Span>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut grapheme_bounds = grapheme_starts(text);
        grapheme_bounds.push(text.len());
        let words = word_spans::word_spans(text).into_iter().map(|span| Word { span }).collect();
        let sentences = sentences::split_runs(text, sentences::sentence_spans(text));
        Self::from_lists(text, grapheme_bounds, words, sentences)
    }

    fn from_lists(
        text: &'a str,
        grapheme_bounds: Vec<usize>,
        words: Vec<Word>,
        sentences: Vec<Span>,
    ) -> Self {
        let (graphemes, words) = (Shifted::new(grapheme_bounds), Shifted::new(words));
        Self::from_parts(text, graphemes, words, Shifted::new(sentences))
    }

    /// A document from its parts, as [`Document::new`] would make them: the start of every
    /// grapheme then the text's length, the words, the sentences (a session assembles the
    /// whole text's from its paragraphs', `crate::session`), each with the moves of the edits
    /// since it was whole not applied yet ([`Shifted`]: they are applied when a reader asks
    /// for the list as a slice; single bounds and searches read it as it is).
    pub(crate) fn from_parts(
        text: &'a str,
        grapheme_bounds: Shifted<usize>,
        words: Shifted<Word>,
        sentences: Shifted<Span>,
    ) -> Self {
        let (grapheme_bounds, words) = (Listed::new(grapheme_bounds), Listed::new(words));
        Self { text, grapheme_bounds, words, sentences: Listed::new(sentences) }
    }

    /// The parts [`Document::from_parts`] takes, given back (a session keeps them for the
    /// next update).
    pub(crate) fn into_parts(self) -> (Shifted<usize>, Shifted<Word>, Shifted<Span>) {
        let graphemes = self.grapheme_bounds.into_list();
        (graphemes, self.words.into_list(), self.sentences.into_list())
    }

    /// Graphemes only, no words or sentences: enough to measure a text's length, at a fraction
    /// of the cost (the whole of a large document checked around the caret).
    pub fn graphemes_only(text: &'a str) -> Self {
        let mut grapheme_bounds = grapheme_starts(text);
        grapheme_bounds.push(text.len());
        Self::from_lists(text, grapheme_bounds, Vec::new(), Vec::new())
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The text of `span`, or `""` when the span is not valid for this text.
    pub fn slice(&self, span: &Span) -> &'a str {
        self.text.get(span.clone()).unwrap_or("")
    }

    pub fn grapheme_count(&self) -> usize {
        self.grapheme_bounds.list().len().saturating_sub(1)
    }

    /// Start offsets of every grapheme followed by the text's length.
    pub fn grapheme_bounds(&self) -> &[usize] {
        self.grapheme_bounds.slice()
    }

    /// The bound at index `i` of [`Document::grapheme_bounds`] (read without making the list).
    pub fn grapheme_bound(&self, i: usize) -> Option<usize> {
        self.grapheme_bounds.list().get(i)
    }

    /// How many grapheme bounds lie before `byte`: the index of the first at or after it.
    pub fn grapheme_index(&self, byte: usize) -> usize {
        self.grapheme_bounds.list().first_from(byte)
    }

    pub fn is_grapheme_boundary(&self, byte: usize) -> bool {
        self.grapheme_bound(self.grapheme_index(byte)) == Some(byte)
    }

    /// Widens `span` to the nearest grapheme boundaries so that no range splits a grapheme
    /// (an emoji with its modifiers, a letter with its combining accents).
    pub fn snap(&self, span: &Span) -> Span {
        let len = self.text.len();
        let (start, end) = (span.start.min(len), span.end.min(len));
        let start = if self.plain_boundary(start) {
            start
        } else {
            let i = self.grapheme_index(start);
            match self.grapheme_bound(i) {
                Some(b) if b == start => start,
                _ => self.grapheme_bound(i.saturating_sub(1)).unwrap_or(0),
            }
        };
        let end = if self.plain_boundary(end) {
            end
        } else {
            self.grapheme_bound(self.grapheme_index(end)).unwrap_or(len)
        };
        start..end.max(start)
    }

    /// Whether `at` is a grapheme boundary that the bytes around it show without a search: the
    /// text's ends, or between two ASCII chars other than CR LF (no rule of UAX #29 joins two
    /// ASCII chars but CR LF). Most spans that [`Document::snap`] is given start and end there.
    fn plain_boundary(&self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        if at == 0 || at == bytes.len() {
            return true;
        }
        match (bytes.get(at - 1), bytes.get(at)) {
            (Some(&before), Some(&after)) => {
                before.is_ascii() && after.is_ascii() && !(before == b'\r' && after == b'\n')
            }
            _ => false,
        }
    }

    pub fn words(&self) -> &[Word] {
        self.words.slice()
    }

    /// Sentences, trimmed of surrounding white space; empty ones are dropped.
    pub fn sentences(&self) -> &[Span] {
        self.sentences.slice()
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

/// Whether `c`'s grapheme break property is Other, Control, CR or LF, and never a part of a
/// longer rule: not Extend, ZWJ, SpacingMark, Prepend, a regional indicator or a Hangul jamo or
/// syllable (UAX #29). Such chars are all of U+0000–U+02FF (combining marks start at U+0300),
/// the dashes, quotes, ellipsis and punctuation of General Punctuation (U+2010–U+2027,
/// U+202F–U+205F: narrow no-break space, ‰, ‹ › …; not the joiners and format controls around
/// them) and the currency signs (U+20A0–U+20BF, €). `simple_chars_are_other_or_control` checks
/// each against every class.
fn is_simple(c: char) -> bool {
    matches!(c as u32, 0..=0x2FF | 0x2010..=0x2027 | 0x202F..=0x205F | 0x20A0..=0x20BF)
}

/// The start of every extended grapheme cluster (UAX #29), as `grapheme_indices` gives them,
/// with a fast path for simple chars ([`is_simple`], most of a Latin post): between two of them
/// there is always a boundary (GB4, GB5, GB999), except inside CR LF (GB3), since neither
/// extends, joins or prepends and neither is a regional indicator or jamo. Only the stretches
/// around other chars (accents as combining marks, emoji, other scripts) go through the full
/// rules, each starting and ending on such a certain boundary. No rule looks back across one
/// (GB9c, GB11 and GB12/13 look back over Extend, Linker, ZWJ and regional indicators only,
/// none of them simple), so each stretch segments as in the whole text.
fn grapheme_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() + 1);
    // Start of the pending stretch of uncertain boundaries, which starts on a certain one.
    let mut stretch: Option<usize> = None;
    // Whether the previous char is simple (the start of the text counts as one), and CR.
    let (mut prev_simple, mut prev_cr) = (true, false);
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        if stretch.is_none() && prev_simple && !prev_cr {
            // Most of a post: a run of ASCII but CR after a simple char, each char a grapheme.
            // Eight bytes at a time: runs of ASCII are long in most posts.
            let end = scan::find(
                bytes,
                i,
                |x| scan::holds_non_ascii(x) || scan::holds(x, b'\r'),
                |b| !b.is_ascii() || b == b'\r',
            );
            let n = end.unwrap_or(bytes.len()).saturating_sub(i);
            if n > 0 {
                out.extend(i..i + n);
                i += n;
                continue;
            }
        }
        // The char's width and whether it is simple, from its UTF-8 bytes (`text` is valid
        // UTF-8, so `lead` is a lead byte): ASCII and C2–CB lead U+0000–U+02FF.
        let (width, simple) = match lead {
            0x00..=0x7F => (1, true),
            0x80..=0xCB => (2, true),
            0xCC..=0xDF => (2, false),
            0xE0..=0xEF => {
                let cont = |k: usize| u32::from(bytes.get(i + k).map_or(0, |b| b & 0x3F));
                let c = (u32::from(lead & 0x0F) << 12) | (cont(1) << 6) | cont(2);
                (3, char::from_u32(c).is_some_and(is_simple))
            }
            _ => (4, false),
        };
        if prev_simple && simple && !(prev_cr && lead == b'\n') {
            if let Some(s) = stretch.take() {
                segment(text, s..i, &mut out);
            }
            out.push(i);
        } else if stretch.is_none() {
            // The previous char started on a certain boundary (else a stretch would be
            // pending), the last one pushed: the stretch starts there.
            stretch = Some(out.pop().unwrap_or(0));
        }
        prev_simple = simple;
        prev_cr = lead == b'\r';
        i += width;
    }
    if let Some(s) = stretch {
        segment(text, s..text.len(), &mut out);
    }
    out
}

/// Appends the grapheme starts of `text[span]` by the full rules.
fn segment(text: &str, span: Span, out: &mut Vec<usize>) {
    if let Some(stretch) = text.get(span.clone()) {
        crate::graphemes::starts(stretch, span.start, out);
    }
}

/// `at`, or the char boundary before it (`str::floor_char_boundary` is newer than the crate's
/// MSRV).
pub fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the first blank line (`\n\n`, which every paragraph break holds) starts in `bytes`.
/// What a paragraph holds is decided by the paragraph alone, as a session re-checks it after
/// an edit: quotations, lexicon phrases and a match's context stop at one. A byte test: the
/// stretches read are a few words or sentences, too short for a substring search's set-up.
pub(crate) fn first_blank_line(bytes: &[u8]) -> Option<usize> {
    bytes.windows(2).position(|pair| pair == b"\n\n")
}

/// Where the last blank line starts in `bytes` ([`first_blank_line`]).
pub(crate) fn last_blank_line(bytes: &[u8]) -> Option<usize> {
    bytes.windows(2).rposition(|pair| pair == b"\n\n")
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
    use unicode_segmentation::UnicodeSegmentation;

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

    #[test]
    fn simple_chars_are_other_or_control() {
        // Every pair of simple chars is two graphemes (but CR LF): none extends, joins,
        // prepends, pairs up as regional indicators or forms a Hangul syllable.
        let simple: Vec<char> =
            (0..=0x20BF_u32).filter_map(char::from_u32).filter(|&c| is_simple(c)).collect();
        let mut pair = String::new();
        for &a in &simple {
            for &b in &simple {
                pair.clear();
                pair.push(a);
                pair.push(b);
                let expected = if (a, b) == ('\r', '\n') { 1 } else { 2 };
                assert_eq!(pair.graphemes(true).count(), expected, "{a:?} {b:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn grapheme_fast_path_agrees_on_latin_text(
            text in "[aé\r\n \u{a9}\u{ad}\u{2019}\u{202f}\u{2026}€\u{301}\u{200d}\u{fe0f}\u{1F1EB}\u{1F44D}\u{1F3FD}\u{600}\u{903}\u{915}\u{94d}\u{1100}\u{1161}\u{ac00}]*"
        ) {
            let expected: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(grapheme_starts(&text), expected);
        }

        #[test]
        fn grapheme_fast_path_agrees_on_any_text(text in "(\\PC|[a\r\n \u{301}\u{200d}\u{1F1EB}\u{1F44D}\u{1F3FD}])*") {
            // The crate's tables predate some chars the .wasm's tables know (`crate::graphemes`).
            proptest::prop_assume!(!crate::graphemes::tests::newer_than_the_crate(&text));
            let expected: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(grapheme_starts(&text), expected);
        }
    }

    proptest::proptest! {
        /// `snap` with its look at the bytes around an offset, against the search alone.
        #[test]
        fn snap_agrees_with_the_boundaries(
            text in "[ab\r\n #*1\u{301}\u{200d}\u{1F44D}\u{1F3FD}é]{0,12}",
            a in 0usize..40,
            b in 0usize..40,
        ) {
            let doc = Document::new(&text);
            let bounds = doc.grapheme_bounds();
            let len = text.len();
            let (start, end) = (a.min(len), b.min(len));
            let down = bounds.iter().copied().filter(|&x| x <= start).max().unwrap_or(0);
            let up = bounds.iter().copied().find(|&x| x >= end).unwrap_or(len);
            proptest::prop_assert_eq!(doc.snap(&(a..b)), down..up.max(down));
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
