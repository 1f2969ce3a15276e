//! Word segments (UAX #29), fast for the text posts are made of.
//!
//! Two facts of the word rules let most of a post skip `unicode-segmentation`:
//! - around a space (U+0020) there is always a boundary, except between two spaces (WB3d) and
//!   before an extending char (WB4), and no rule looks across a space (WB6, WB7, WB11, WB12 and
//!   WB15/16 need letters, digits, punctuation or flags on both sides). So between a space and an
//!   ASCII char, or between a plain char (ASCII, Latin letters) and a space, the text can be cut
//!   and each piece segmented alone with the same result;
//! - a piece made only of Latin letters, digits and `_` is one segment (WB5, WB8–WB10, WB13a/b).
//!
//! Other pieces (with emoji, other scripts, unusual punctuation) go through
//! `unicode-segmentation`. The tests prove the result equal to segmenting the whole text.

use unicode_segmentation::UnicodeSegmentation;

use super::Span;

/// Letters (ALetter in Latin-1 and Latin Extended-A/B), digits and `_`: a run of them is one
/// word segment.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || matches!(c as u32, 0xC0..=0x2D7) && !matches!(c, '\u{d7}' | '\u{f7}')
}

/// Whether the boundary between `before` and a following space is certain: `before` is neither
/// a space (WB3d) nor a char that rules could bind to it.
fn is_plain(c: char) -> bool {
    c.is_ascii() || is_word_char(c)
}

/// The spans of the word segments of `text` that hold a letter or a digit, as
/// `split_word_bound_indices` filtered on `char::is_alphanumeric` gives them.
///
/// One pass cuts the text into pieces (see the module) and segments each simple piece as it
/// goes ([`Piece::step`]); a piece found not to be simple is segmented by the full rules once
/// it ends.
pub(crate) fn word_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut piece = Piece::new(0, 0);
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
            c
        };
        let cut = match prev {
            Some(' ') => c.is_ascii() && c != ' ',
            Some(p) => c == ' ' && p != ' ' && is_plain(p),
            None => false,
        };
        if cut {
            piece.finish(text, i, &mut out);
            if c == ' ' {
                // A run of spaces then an ASCII char (or the end): the run is a piece of its
                // own, which holds no word, and the text is cut again after it. Skip both.
                let spaces = bytes.get(i..).unwrap_or_default().iter().take_while(|&&b| b == b' ');
                let after = i + spaces.count();
                if bytes.get(after).is_none_or(u8::is_ascii) {
                    piece = Piece::new(after, out.len());
                    prev = None;
                    i = after;
                    continue;
                }
            }
            piece = Piece::new(i, out.len());
        }
        if !piece.complex {
            piece.step(text, i, c, &mut out);
        }
        i += c.len_utf8();
        prev = Some(c);
        if b.is_ascii_alphanumeric() {
            // The rest of a run of ASCII letters and digits: no cut inside (no space), and
            // each char extends the word that `c` is in (or leaves the piece complex).
            let run = bytes.get(i..).unwrap_or_default();
            let n = run.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            if n > 0 {
                i += n;
                let last = char::from(bytes.get(i - 1).copied().unwrap_or(b));
                prev = Some(last);
                piece.extend_word(i, last);
            }
        }
    }
    piece.finish(text, text.len(), &mut out);
    out
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
    /// The piece's previous char (a space before its first).
    prev: char,
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
            prev: ' ',
        }
    }

    /// Takes in `c`, at `i` in `text`; pushes the word it ends, if any.
    fn step(&mut self, text: &str, i: usize, c: char, out: &mut Vec<Span>) {
        let end = i + c.len_utf8();
        if is_word_char(c) {
            if self.ended {
                if self.joiner {
                    self.complex = true;
                    return;
                }
                self.push_word(out);
                self.ended = false;
            }
            let w = self.word.get_or_insert(i..end);
            w.end = end;
            // Word chars that are not letters or digits: `_` and a few modifier symbols.
            self.alnum |= c != '_' && (c.is_ascii() || c.is_alphanumeric());
        } else if matches!(c, '’' | '\'' | '.')
            && !self.ended
            && is_letter(self.prev)
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
        self.prev = c;
    }

    /// Extends the word to `end`, across ASCII letters and digits, the last one `last`.
    fn extend_word(&mut self, end: usize, last: char) {
        if self.complex {
            return;
        }
        if let Some(w) = &mut self.word {
            w.end = end;
        }
        self.alnum = true;
        self.prev = last;
    }

    /// Pushes the current word if it holds a letter or a digit, and forgets it.
    fn push_word(&mut self, out: &mut Vec<Span>) {
        if let Some(w) = self.word.take().filter(|_| self.alnum) {
            out.push(w);
        }
        self.alnum = false;
    }

    /// Appends the piece's (last) word segments; the piece ends at `end`.
    fn finish(mut self, text: &str, end: usize, out: &mut Vec<Span>) {
        if self.complex {
            out.truncate(self.out_start);
            segment(text, self.start..end, out);
        } else {
            self.push_word(out);
        }
    }
}

/// Appends the word segments of `text[span]` that hold a letter or a digit, by the full rules.
#[inline(never)]
fn segment(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(s) = text.get(span.clone()) else { return };
    out.extend(
        s.split_word_bound_indices()
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

    proptest::proptest! {
        #[test]
        fn agrees_with_uax29_on_any_text(
            text in "[aZé É0 _.,:;'’\"\\-#@\u{a0}\u{202f}\r\n\t\u{ad}\u{301}\u{93e}\u{200d}\u{1F1EB}\u{1F680}\u{1F3FD}œΩ日א]*"
        ) {
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }

        #[test]
        fn agrees_with_uax29_on_any_chars(text in "\\PC*") {
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }

        #[test]
        fn agrees_with_uax29_on_punctuated_words(
            text in "([aé É0_ .,:;!?'’‘“”«»…–—()\u{a0}\u{202f}\u{2024}\u{203f}\u{301}\u{ad}\u{200d}\u{b7}]|ab|d’a|U.S)*"
        ) {
            proptest::prop_assert_eq!(word_spans(&text), expected(&text));
        }
    }
}
