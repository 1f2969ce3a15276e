//! Word segments (UAX #29), fast for the text posts are made of.
//!
//! Two facts of the word rules let most of a post skip the full rules (`crate::word_bounds`):
//! - around a space (U+0020) there is always a boundary, except between two spaces (WB3d) and
//!   before an extending char (WB4), and no rule looks across a space (WB6, WB7, WB11, WB12 and
//!   WB15/16 need letters, digits, punctuation or flags on both sides). So between a space and a
//!   plain char (ASCII, Latin letters), on either side, the text can be cut and each piece
//!   segmented alone with the same result;
//! - a piece made only of Latin letters, digits and `_` is one segment (WB5, WB8–WB10, WB13a/b).
//!
//! Other pieces (with emoji, other scripts, unusual punctuation) go through the full rules
//! (`crate::word_bounds`). The tests prove the result equal to segmenting the whole text.

use super::Span;

/// Letters (ALetter in Latin-1 and Latin Extended-A/B), digits and `_`: a run of them is one
/// word segment.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || matches!(c as u32, 0xC0..=0x2D7) && !matches!(c, '\u{d7}' | '\u{f7}')
}

/// Whether the boundary between `c` and a space next to it is certain: `c` is neither a space
/// (WB3d) nor a char that rules could bind to it (WB4).
fn is_plain(c: char) -> bool {
    c.is_ascii() || is_word_char(c)
}

/// The spans of the word segments of `text` that hold a letter or a digit, as
/// `split_word_bound_indices` filtered on `char::is_alphanumeric` gives them.
///
/// One pass cuts the text into pieces (see the module) and segments each simple piece as it
/// goes; a piece found not to be simple is segmented by the full rules once it ends. The pass
/// takes whole runs at a time: a run of spaces, a run of letters and digits ([`latin_run`]),
/// and only the chars between them one by one. Not inlined: alone, its loop keeps its state in
/// registers.
#[inline(never)]
pub(crate) fn word_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut piece = Piece::new(0, 0);
    // Whether the char before `i` is plain (the start of the text counts as one).
    let mut after_plain = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            let mut end = i + 1;
            while bytes.get(end) == Some(&b' ') {
                end += 1;
            }
            let next_plain =
                bytes.get(end).is_none_or(|&b| b.is_ascii() || starts_plain(text, end));
            // A run of spaces between two plain chars is a piece of its own, which holds no
            // word: skip it. Next to another char it joins that char's piece.
            if after_plain {
                piece.cut(text, i, if next_plain { end } else { i }, &mut out);
            }
            if !(after_plain && next_plain) {
                piece.spaces();
                if next_plain {
                    piece.cut(text, end, end, &mut out);
                }
            }
            after_plain = false;
            i = end;
            continue;
        }
        let end = latin_run(bytes, i);
        if end > i && piece.word.is_none() && !piece.complex {
            // Nothing pending: a run alone before a space (or the end), maybe with one
            // punctuation mark, is a word (no rule looks across the space), and the piece
            // goes on as it was. Most words of a post.
            let after = match bytes.get(end) {
                None | Some(b' ') => Some(end),
                Some(&b)
                    if b.is_ascii()
                        && is_inert(char::from(b))
                        && matches!(bytes.get(end + 1), None | Some(b' ')) =>
                {
                    Some(end + 1)
                }
                _ => None,
            };
            if let Some(after) = after {
                out.push(i..end);
                after_plain = true;
                i = after;
                // Then most often one space and the next word: cut on both sides of the space
                // (as below), with nothing pending.
                if bytes.get(i) == Some(&b' ')
                    && bytes.get(i + 1).is_some_and(|&b| b.is_ascii() && b != b' ')
                {
                    i += 1;
                    piece.restart(i, out.len());
                    after_plain = false;
                }
                continue;
            }
        }
        if end > i {
            let last_letter = match bytes.get(end - 1) {
                Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
                // The second byte of a Latin-1 letter.
                _ => true,
            };
            piece.run(i..end, last_letter, &mut out);
            after_plain = true;
            i = end;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        piece.step(text, i, c, &mut out);
        after_plain = is_plain(c);
        i += c.len_utf8();
    }
    piece.finish(text, text.len(), &mut out);
    out
}

/// Whether the char at `i` in `text` is plain.
fn starts_plain(text: &str, i: usize) -> bool {
    text.get(i..).and_then(|rest| rest.chars().next()).is_some_and(is_plain)
}

/// The end of the run of ASCII letters and digits and Latin-1 letters (U+00C0–U+00FF but × and
/// ÷) from `i`: most of the words of a Latin post, each char a letter or digit that extends the
/// word it follows. ASCII eight bytes at a time.
fn latin_run(bytes: &[u8], mut i: usize) -> usize {
    loop {
        if let Some(eight) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let n = ascii_alnum_prefix(u64::from_le_bytes(eight));
            i += n;
            if n == 8 {
                continue;
            }
        } else if bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
            continue;
        }
        // Not an ASCII letter or digit: maybe a Latin-1 letter. × and ÷ are C3 97 and C3 B7;
        // the text is UTF-8, so a byte follows C3.
        if bytes.get(i) == Some(&0xC3) && !matches!(bytes.get(i + 1), Some(0x97 | 0xB7) | None) {
            i += 2;
        } else {
            return i;
        }
    }
}

/// How many of the bytes of `chunk` (read little-endian) are ASCII letters or digits before
/// the first that is not. Each byte is tested by adding to its low seven bits what carries it
/// to bit 7 from the bottom of a range, and again from above its top: no carry crosses into the
/// next byte.
fn ascii_alnum_prefix(chunk: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = ONES * 0x80;
    let in_range = |x: u64, lo: u8, hi: u8| {
        (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7F - hi))
    };
    let low = chunk & !HIGHS;
    let letter = in_range(low | (ONES * 0x20), b'a', b'z');
    let digit = in_range(low, b'0', b'9');
    let stop = !(letter | digit) | chunk;
    (stop & HIGHS).trailing_zeros() as usize / 8
}

/// A piece of text being segmented: the common pieces are words separated by inert chars
/// (`monde,`, `«Lyon»`, `écrivez-nous`). A word is letters, digits and `_` (WB5, WB8–WB10,
/// WB13a/b), maybe with apostrophes or periods between two letters (`d’innovation`, `U.S.A`:
/// WB6/WB7). Inert chars are not words, and no rule joins two words across them but WB6/WB7
/// and WB11/WB12 across a single `:`, `.`, `,`, `;` or apostrophe (`a:b`, `3,5`), which make
/// the piece `complex`. Any other char makes the piece `complex` too.
struct Piece {
    start: usize,
    /// The length of the output when the piece started: the words pushed since are dropped if
    /// the piece turns out complex.
    out_start: usize,
    word: Option<Span>,
    /// Whether the word holds a letter or a digit (and not only `_`).
    alnum: bool,
    /// Whether inert chars followed the word.
    ended: bool,
    /// Whether those inert chars are a single char that may join two words.
    joiner: bool,
    complex: bool,
    /// Whether the piece's previous char is a letter (there is none before its first).
    prev_letter: bool,
}

impl Piece {
    fn new(start: usize, out_start: usize) -> Self {
        Self {
            start,
            out_start,
            word: None,
            alnum: false,
            ended: false,
            joiner: false,
            complex: false,
            prev_letter: false,
        }
    }

    /// Takes in word chars at `span` that are all letters or digits, the last one a letter if
    /// `last_letter`; pushes the word they end, if any.
    fn run(&mut self, span: Span, last_letter: bool, out: &mut Vec<Span>) {
        if self.complex {
            return;
        }
        if !self.start_word(out) {
            return;
        }
        match &mut self.word {
            Some(w) => w.end = span.end,
            None => self.word = Some(span),
        }
        self.alnum = true;
        self.prev_letter = last_letter;
    }

    /// Before a word char: ends the word that inert chars ended, or finds the piece complex
    /// when a single joiner did. Whether the piece is still simple.
    fn start_word(&mut self, out: &mut Vec<Span>) -> bool {
        if self.ended {
            if self.joiner {
                self.complex = true;
                return false;
            }
            self.push_word(out);
            self.ended = false;
        }
        true
    }

    /// Takes in a run of spaces: inert chars that join nothing.
    fn spaces(&mut self) {
        if self.word.is_some() {
            self.joiner = false;
            self.ended = true;
        }
        self.prev_letter = false;
    }

    /// Takes in `c`, at `i` in `text`; pushes the word it ends, if any.
    fn step(&mut self, text: &str, i: usize, c: char, out: &mut Vec<Span>) {
        if self.complex {
            return;
        }
        let end = i + c.len_utf8();
        if is_word_char(c) {
            if !self.start_word(out) {
                return;
            }
            let w = self.word.get_or_insert(i..end);
            w.end = end;
            // Word chars that are not letters or digits: `_` and a few modifier symbols.
            self.alnum |= c != '_' && (c.is_ascii() || c.is_alphanumeric());
        } else if matches!(c, '’' | '\'' | '.')
            && !self.ended
            && self.prev_letter
            // The next char is in the piece if it is a letter: pieces are cut at spaces only.
            && text.get(end..).and_then(|rest| rest.chars().next()).is_some_and(is_letter)
        {
            // Inside the word (WB6/WB7); the letter after extends it.
        } else if is_inert(c) {
            if self.word.is_some() {
                self.joiner = !self.ended && matches!(c, ':' | '.' | ',' | ';' | '\'' | '‘' | '’');
                self.ended = true;
            }
        } else {
            self.complex = true;
            return;
        }
        self.prev_letter = is_letter(c);
    }

    /// Pushes the current word if it holds a letter or a digit, and forgets it.
    fn push_word(&mut self, out: &mut Vec<Span>) {
        if let Some(w) = self.word.take().filter(|_| self.alnum) {
            out.push(w);
        }
        self.alnum = false;
    }

    /// Appends the piece's (last) word segments; the piece ends at `end`.
    fn finish(&mut self, text: &str, end: usize, out: &mut Vec<Span>) {
        if self.complex {
            out.truncate(self.out_start);
            segment(text, self.start..end, out);
        } else {
            self.push_word(out);
        }
    }

    /// Finishes the piece at `end` and starts the next one at `next`.
    fn cut(&mut self, text: &str, end: usize, next: usize, out: &mut Vec<Span>) {
        if self.word.is_some() || self.complex {
            self.finish(text, end, out);
            *self = Piece::new(next, out.len());
        } else {
            self.restart(next, out.len());
        }
    }

    /// Starts the next piece at `start` when nothing is pending in this one (then it is as new:
    /// no word ended, no letter last).
    fn restart(&mut self, start: usize, out_start: usize) {
        self.start = start;
        self.out_start = out_start;
    }
}

/// Appends the word segments of `text[span]` that hold a letter or a digit, by the full rules.
#[inline(never)]
fn segment(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(s) = text.get(span.clone()) else { return };
    out.extend(
        crate::word_bounds::bound_indices(s)
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| span.start + i..span.start + i + w.len()),
    );
}

/// A Latin letter (ALetter), the only neighbours that WB6/WB7 join across an apostrophe.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c as u32, 0xC0..=0x24F) && !matches!(c, '\u{d7}' | '\u{f7}')
}

/// Chars that no rule binds to a word unless a letter or digit follows them (WB6/7, WB11/12),
/// and that are not letters, digits, Extend, Format, ZWJ or ExtendNumLet themselves: ASCII
/// punctuation and white space but `_`, and common typographic marks.
fn is_inert(c: char) -> bool {
    (c.is_ascii() && !c.is_ascii_alphanumeric() && c != '_')
        || matches!(c, '\u{a0}' | '«' | '»' | '…' | '‘' | '’' | '“' | '”' | '–' | '—')
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn expected(text: &str) -> Vec<Span> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| i..i + w.len())
            .collect()
    }

    #[test]
    fn agrees_with_uax29_on_prose() {
        let samples = [
            "",
            " ",
            "L’équipe, c’est nous !",
            "  Nous sommes fiers  d'annoncer 3.14 et 1,000 U.S.A. e-mail a_b ŒUVRE\u{a0}x",
            "a \u{301}b  \u{93e}c 🇫🇷🇫🇷 🇫 x\u{200d}🚀 \u{200d}🚀 ü\u{308} 日本語 #tag @me",
            "\r\n a\n b\t c",
            "Bonjour le monde, d’innovation l’équipe. «Lyon» (U.S.A.) a’ ’b a’’b 3’4 a.3 l’3",
        ];
        for text in samples {
            assert_eq!(word_spans(text), expected(text), "{text:?}");
        }
    }

    /// [`latin_run`] one char at a time.
    fn latin_run_by_chars(text: &str, i: usize) -> usize {
        let rest = text.get(i..).unwrap_or("");
        let is_run = |c: char| {
            c.is_ascii_alphanumeric() || matches!(c, 'À'..='ÿ') && !matches!(c, '×' | '÷')
        };
        rest.char_indices().find(|&(_, c)| !is_run(c)).map_or(text.len(), |(k, _)| i + k)
    }

    proptest::proptest! {
        #[test]
        fn alnum_prefixes_are_exact(chunk in proptest::prelude::any::<[u8; 8]>()) {
            let expected = chunk.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(ascii_alnum_prefix(u64::from_le_bytes(chunk)), expected);
        }

        #[test]
        fn latin_runs_end_where_a_char_scan_ends_them(
            text in "[a-zA-Z0-9@\\[`{/:éÉ×÷ß_ .’Ā\u{301}]{0,24}",
            from in 0usize..24,
        ) {
            let Some(i) = text.char_indices().map(|(i, _)| i).nth(from) else { return Ok(()) };
            proptest::prop_assert_eq!(latin_run(text.as_bytes(), i), latin_run_by_chars(&text, i));
        }

        /// Runs of letters and spaces next to the chars that end them or bind to them.
        #[test]
        fn agrees_with_uax29_on_runs(
            text in "([ ]{1,3}|[aZ09]{1,4}|[éÉß×÷]{1,2}|[’'._,;:!?()«»\n-]|\u{301}|\u{200d}|\u{2000}|🚀|Ω)*"
        ) {
            proptest::prop_assume!(!crate::graphemes::tests::newer_than_the_crate(&text));
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }

        #[test]
        fn agrees_with_uax29_on_any_text(
            text in "[aZé É0 _.,:;'’\"\\-#@\u{a0}\u{202f}\r\n\t\u{ad}\u{301}\u{93e}\u{200d}\u{1F1EB}\u{1F680}\u{1F3FD}œΩ日א×÷ßÿĀ\u{2c2}\u{3000}]*"
        ) {
            proptest::prop_assume!(!crate::graphemes::tests::newer_than_the_crate(&text));
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }

        #[test]
        fn agrees_with_uax29_on_any_chars(text in "\\PC*") {
            // The crate's tables predate some chars the .wasm's tables know (`crate::graphemes`).
            proptest::prop_assume!(!crate::graphemes::tests::newer_than_the_crate(&text));
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }

        #[test]
        fn agrees_with_uax29_on_punctuated_words(
            text in "([aé É0_ .,:;!?'’‘“”«»…–—()\u{a0}\u{202f}\u{2024}\u{203f}\u{301}\u{ad}\u{200d}\u{b7}]|ab|d’a|U.S)*"
        ) {
            proptest::prop_assume!(!crate::graphemes::tests::newer_than_the_crate(&text));
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }
    }
}
