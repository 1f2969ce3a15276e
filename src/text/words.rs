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
//! Other pieces (with punctuation, apostrophes, emoji, other scripts) go through
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
pub(crate) fn word_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut piece_start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let cut = match prev {
            Some(' ') => c.is_ascii() && c != ' ',
            Some(p) => c == ' ' && p != ' ' && is_plain(p),
            None => false,
        };
        if cut {
            piece(text, piece_start..i, &mut out);
            piece_start = i;
        }
        prev = Some(c);
    }
    piece(text, piece_start..text.len(), &mut out);
    out
}

/// Appends the word segments of the piece of `text` at `span`.
fn piece(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(s) = text.get(span.clone()) else { return };
    if s.starts_with(' ') && s.bytes().all(|b| b == b' ') {
        return;
    }
    if s.chars().all(is_word_char) {
        if s.chars().any(char::is_alphanumeric) {
            out.push(span);
        }
        return;
    }
    if simple_piece(s, span.start, out) {
        return;
    }
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

/// Segments the common pieces without `unicode-segmentation`: inert chars, then at most one
/// word, then inert chars (`monde,`, `«Lyon»`). The word is letters, digits and `_` (WB5,
/// WB8–WB10, WB13a/b), maybe with apostrophes or periods between two letters
/// (`d’innovation`, `U.S.A`: WB6/WB7). The inert chars around it are not words and cannot join
/// it, since a second letter or digit would be needed past them. Returns `false`, having added
/// nothing, for any other piece.
fn simple_piece(s: &str, start: usize, out: &mut Vec<Span>) -> bool {
    let mut word: Option<Span> = None;
    let mut ended = false;
    let mut prev = ' ';
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            if ended {
                return false;
            }
            let w = word.get_or_insert(i..i);
            w.end = i + c.len_utf8();
        } else if matches!(c, '’' | '\'' | '.')
            && !ended
            && is_letter(prev)
            && chars.peek().is_some_and(|&(_, next)| is_letter(next))
        {
            // Inside the word (WB6/WB7); the letter after extends it.
        } else if is_inert(c) {
            ended |= word.is_some();
        } else {
            return false;
        }
        prev = c;
    }
    if let Some(w) = word {
        if s.get(w.clone()).is_some_and(|w| w.chars().any(char::is_alphanumeric)) {
            out.push(start + w.start..start + w.end);
        }
    }
    true
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
