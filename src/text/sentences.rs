//! Sentence boundaries (UAX #29), fast for the text posts are made of.
//!
//! `unicode-segmentation` looks up every char's sentence category by binary search, most of the
//! cost of segmenting a post. This is the same state machine as its `SentenceBreaks` (same rules,
//! same order, so the same boundaries), with categories answered directly for the chars of Latin
//! prose, typographic punctuation and emoji. A text holding any other char goes back to
//! `unicode-segmentation` whole. The tests prove both agree on any text.

mod calm;

use unicode_segmentation::UnicodeSegmentation;

use super::Span;

/// The sentence break property (UAX #29, table 4) of the chars [`category`] knows (none of
/// them is OLetter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    ATerm,
    Any,
    CR,
    Close,
    Extend,
    Format,
    LF,
    Lower,
    Numeric,
    SContinue,
    STerm,
    Sep,
    Sp,
    Upper,
}

/// The category of `c`, as in `unicode-segmentation`'s table (Unicode 16), for ASCII, Latin-1,
/// Œ/œ, combining diacritics, general punctuation, variation selectors and the emoji blocks; `None` for the rest.
const fn category(c: char) -> Option<Cat> {
    Some(match c as u32 {
        0x09 | 0x0B | 0x0C | 0x20 | 0xA0 => Cat::Sp,
        0x0A => Cat::LF,
        0x0D => Cat::CR,
        0x21 | 0x3F => Cat::STerm,
        0x22 | 0x27..=0x29 | 0x5B | 0x5D | 0x7B | 0x7D | 0xAB | 0xBB => Cat::Close,
        0x2C | 0x2D | 0x3A | 0x3B => Cat::SContinue,
        0x2E => Cat::ATerm,
        0x30..=0x39 => Cat::Numeric,
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x152 => Cat::Upper,
        0x61..=0x7A | 0xAA | 0xB5 | 0xBA | 0xDF..=0xF6 | 0xF8..=0xFF | 0x153 => Cat::Lower,
        0x85 => Cat::Sep,
        0xAD => Cat::Format,
        0x00..=0xFF => Cat::Any,
        0x0300..=0x036F => Cat::Extend,
        0x2000..=0x206F => general_punctuation(c as u32),
        0xFE00..=0xFE0F => Cat::Extend,
        // Pictographs, emoticons, transport and supplemental symbols: no sentence property
        // (the ornamental dingbats between them hold closing brackets, so they are left out).
        0x1F300..=0x1F64F | 0x1F680..=0x1FAFF => Cat::Any,
        _ => return None,
    })
}

const fn general_punctuation(c: u32) -> Cat {
    match c {
        0x2000..=0x200A | 0x202F | 0x205F => Cat::Sp,
        0x200B | 0x200E | 0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F => {
            Cat::Format
        }
        0x200C | 0x200D => Cat::Extend,
        0x2013 | 0x2014 => Cat::SContinue,
        0x2018..=0x201F | 0x2039 | 0x203A | 0x2045 | 0x2046 => Cat::Close,
        0x2024 => Cat::ATerm,
        0x2028 | 0x2029 => Cat::Sep,
        0x203C | 0x203D | 0x2047..=0x2049 => Cat::STerm,
        _ => Cat::Any,
    }
}

/// What the state machine remembers of one char (or of a run of Close or Sp).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    CR,
    LF,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, newest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct State([Part; 4]);

impl State {
    fn next(self, cat: Cat) -> State {
        let p = self.0;
        match (p[3], cat) {
            (Part::ClosePlus, Cat::Close) | (Part::SpPlus, Cat::Sp) => self,
            _ => State([
                p[1],
                p[2],
                p[3],
                match cat {
                    Cat::CR => Part::CR,
                    Cat::LF => Part::LF,
                    Cat::Sep => Part::Sep,
                    Cat::ATerm => Part::ATerm,
                    Cat::Upper | Cat::Lower => Part::UpperLower,
                    Cat::Close => Part::ClosePlus,
                    Cat::Sp => Part::SpPlus,
                    Cat::STerm => Part::STerm,
                    _ => Part::Other,
                },
            ]),
        }
    }

    fn last(self) -> Part {
        self.0[3]
    }

    /// No terminator pending and no separator last: then no char is a break (SB1 and SB4 need
    /// Sot or a separator last, SB11 a terminator before closing marks and spaces; every other
    /// rule only keeps chars together), and the state after a letter, digit, space, closing or
    /// continuing mark or other plain char is calm again (none is a terminator or separator).
    fn calm(self) -> bool {
        !matches!(self.last(), Part::Sot | Part::Sep | Part::CR | Part::LF) && !self.sb8a()
    }

    /// SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
    /// (OLetter chars are unknown here, so they end the look-ahead with `None`.)
    /// `None` when the look-ahead meets a char [`category`] does not know.
    fn sb8(self, ahead: &str) -> Option<bool> {
        let p = self.0;
        let mut i = if p[3] == Part::SpPlus { 2 } else { 3 };
        if p[i] == Part::ClosePlus {
            i -= 1;
        }
        if p[i] != Part::ATerm {
            return Some(false);
        }
        for c in ahead.chars() {
            match category(c)? {
                Cat::Lower => return Some(true),
                Cat::Upper | Cat::Sep | Cat::CR | Cat::LF | Cat::STerm | Cat::ATerm => {
                    return Some(false);
                }
                _ => {}
            }
        }
        Some(false)
    }

    /// SB8a's left side: SATerm Close* Sp*.
    fn sb8a(self) -> bool {
        let p = self.0;
        let mut i = if p[3] == Part::SpPlus { 2 } else { 3 };
        if p[i] == Part::ClosePlus {
            i -= 1;
        }
        matches!(p[i], Part::STerm | Part::ATerm)
    }

    /// SB9's left side: SATerm Close*.
    fn sb9(self) -> bool {
        let p = self.0;
        let i = if p[3] == Part::ClosePlus { 2 } else { 3 };
        matches!(p[i], Part::STerm | Part::ATerm)
    }

    /// SB11's left side: SATerm Close* Sp* ParaSep?.
    fn sb11(self) -> bool {
        let p = self.0;
        let mut i = if matches!(p[3], Part::Sep | Part::CR | Part::LF) { 2 } else { 3 };
        if p[i] == Part::SpPlus {
            i -= 1;
        }
        if p[i] == Part::ClosePlus {
            i -= 1;
        }
        matches!(p[i], Part::STerm | Part::ATerm)
    }
}

/// The sentences of `text`, from one boundary to the next as `split_sentence_bound_indices`
/// gives them, trimmed of white space; empty ones are dropped.
pub(crate) fn sentence_spans(text: &str) -> Vec<Span> {
    let mut spans = Trimmed { text, start: None, out: Vec::with_capacity(text.len() / 64) };
    if fast_breaks(text, |b| spans.push(b)).is_none() {
        // A char the fast rules do not know: all over again by the full rules.
        spans.start = None;
        spans.out.clear();
        for (i, _) in text.split_sentence_bound_indices() {
            spans.push(i);
        }
        spans.push(text.len());
    }
    spans.out
}

/// Sentences built from their boundaries as they come.
struct Trimmed<'a> {
    text: &'a str,
    /// The last boundary.
    start: Option<usize>,
    out: Vec<Span>,
}

impl Trimmed<'_> {
    fn push(&mut self, boundary: usize) {
        let Some(start) = self.start.replace(boundary) else { return };
        let Some(sentence) = self.text.get(start..boundary) else { return };
        let trimmed = sentence.trim_end();
        let body = trimmed.trim_start();
        if !body.is_empty() {
            let lead = trimmed.len() - body.len();
            self.out.push(start + lead..start + trimmed.len());
        }
    }
}

/// The state machine of `unicode_segmentation`'s `SentenceBreaks`, rule for rule: every
/// boundary (the start, each break, the end) to `push`; `None` as soon as a char's category is
/// not known here.
fn fast_breaks(text: &str, mut push: impl FnMut(usize)) -> Option<()> {
    let mut state = State([Part::Sot; 4]);
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        if state.calm() {
            pos = calm::run(bytes, pos, &mut state);
        }
        // `pos` is on a char boundary: it moves by ASCII bytes or by whole chars.
        let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else { break };
        let before = pos;
        pos += c.len_utf8();
        let cat = category(c)?;
        let prev = state;
        state = state.next(cat);
        let last = prev.last();
        let is_break = match cat {
            // No terminator pending: chars the calm run left (other scripts' letters, emoji,
            // dashes), the first terminator or separator. SB5 still ignores extending chars.
            _ if prev.calm() => {
                if matches!(cat, Cat::Extend | Cat::Format) {
                    state = prev;
                }
                false
            }
            // SB1
            _ if last == Part::Sot => true,
            // SB3
            Cat::LF if last == Part::CR => false,
            // SB4
            _ if matches!(last, Part::Sep | Part::CR | Part::LF) => true,
            // SB5
            Cat::Extend | Cat::Format => {
                state = prev;
                false
            }
            // SB6
            Cat::Numeric if last == Part::ATerm => false,
            // SB7
            Cat::Upper if prev.0[2] == Part::UpperLower && last == Part::ATerm => false,
            // SB8
            _ if prev.sb8(text.get(before..).unwrap_or(""))? => false,
            // SB8a
            Cat::SContinue | Cat::STerm | Cat::ATerm if prev.sb8a() => false,
            // SB9
            Cat::Close | Cat::Sp | Cat::Sep | Cat::CR | Cat::LF if prev.sb9() => false,
            // SB10
            Cat::Sp | Cat::Sep | Cat::CR | Cat::LF if prev.sb8a() => false,
            // SB11
            _ if prev.sb11() => true,
            // SB998
            _ => false,
        };
        if is_break {
            push(before);
        }
    }
    if state.last() != Part::Sot {
        push(text.len());
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(text: &str) -> Vec<usize> {
        let mut out: Vec<usize> = text.split_sentence_bound_indices().map(|(i, _)| i).collect();
        if !text.is_empty() {
            out.push(text.len());
        }
        out
    }

    fn fast(text: &str) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        fast_breaks(text, |b| out.push(b))?;
        Some(out)
    }

    /// The sentences between the boundaries `unicode-segmentation` gives, trimmed.
    fn expected_spans(text: &str) -> Vec<Span> {
        expected(text)
            .windows(2)
            .filter_map(|pair| {
                let [start, end] = *pair else { return None };
                let s = text.get(start..end)?;
                let trimmed = s.trim_end();
                let lead = trimmed.len() - trimmed.trim_start().len();
                (!trimmed.trim_start().is_empty()).then(|| start + lead..start + trimmed.len())
            })
            .collect()
    }

    #[test]
    fn agrees_with_uax29_on_prose() {
        let samples = [
            "",
            "a",
            "Bonjour à tous. Voici notre annonce !  ",
            "M. Dupont est là. etc. et U.S.A. Inc. 3.14 is pi.\r\nNext « line ».\n\nEnd…",
            "Wow!!! (Really?) “Yes.” ‘ok’ — fine… 🎉 Done.\u{2028}Sep",
            "Il a dit : « c’est fini ». Œuvre\u{a0}! Ça va\u{202f}? oui.",
            "a.\u{301}b \u{200d}c. d",
        ];
        for text in samples {
            assert_eq!(fast(text), Some(expected(text)), "{text:?}");
            assert_eq!(sentence_spans(text), expected_spans(text), "{text:?}");
        }
    }

    #[test]
    fn unknown_chars_fall_back() {
        let text = "Καλημέρα. 日本語。ok";
        assert_eq!(fast(text), None);
        assert_eq!(sentence_spans(text), expected_spans(text));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_uax29_on_any_text(
            text in "[aZé É0 .!?,;:\\-()\\[\\]{}\"'’«»…\u{a0}\u{202f}\u{2024}\u{203c}\u{2028}\u{85}\r\n\t\u{b}\u{ad}\u{301}\u{200d}\u{fe0f}🎉œªµ¿×ß]*"
        ) {
            proptest::prop_assert_eq!(fast(&text), Some(expected(&text)));
        }

        /// Runs of letters, spaces, closing and continuing marks around terminators and breaks.
        #[test]
        fn agrees_with_uax29_on_calm_runs(
            text in "([a-zA-Z0-9]{1,3}|[ \t]{1,2}|[\"'()\\[\\]{}«»’]{1,2}|[,;:\\-–]|[.!?]{1,2}|\n|\r\n|\u{a0}|[éÉªµ¿×]|\u{85}|\u{ad}|\u{301}|…|🎉)*"
        ) {
            proptest::prop_assert_eq!(fast(&text), Some(expected(&text)));
        }

        #[test]
        fn agrees_with_uax29_on_mixed_scripts(text in "[aZé .!?’«\u{301}🎉Ω日。]*") {
            proptest::prop_assert_eq!(sentence_spans(&text), expected_spans(&text));
        }

        #[test]
        fn agrees_with_uax29_on_any_chars(text in "\\PC*") {
            proptest::prop_assert_eq!(sentence_spans(&text), expected_spans(&text));
        }
    }
}

/// Splits the sentences that UAX #29 runs together where a post plainly starts a new one: a
/// full stop, a space, then a figure ("… de l’Archevêché. 18 km à allure tranquille") or a
/// brand written with a small first letter ("… two sets of fees. myGov shows …"). UAX #29
/// waits for a capital after a full stop, and posts start sentences with numbers and such
/// names all the time. A full stop after an abbreviation ("p. 12", "art. 3", "No. 5") stays
/// inside its sentence.
pub(crate) fn split_runs(text: &str, sentences: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut start = sentence.start;
        let body = text.get(sentence.clone()).unwrap_or("");
        for (at, _) in body.match_indices(". ") {
            let stop = sentence.start + at + 1;
            let next = text.get(stop..sentence.end).unwrap_or("").trim_start();
            let next_at = sentence.end - next.len();
            if next_at > start && starts_anew(next) && !after_abbreviation(text, start, stop - 1) {
                out.push(start..stop);
                start = next_at;
            }
        }
        out.push(start..sentence.end);
    }
    out
}

/// A figure, or a word with a small first letter and a capital inside ("myGov", "iPhone").
fn starts_anew(next: &str) -> bool {
    let word: &str = next.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if c.is_lowercase() => chars.any(char::is_uppercase),
        _ => false,
    }
}

/// Whether the full stop at `dot` ends a short abbreviation: one to four letters after a
/// space or the sentence's start ("p.", "art.", "env.", "No."), or a letter and a dot ("J.").
fn after_abbreviation(text: &str, start: usize, dot: usize) -> bool {
    let before = text.get(start..dot).unwrap_or("");
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let letters = word.chars().count();
    letters > 0 && letters <= 4 && word.chars().all(char::is_alphabetic) && {
        let lower = word.to_lowercase();
        const ABBREVIATIONS: &[&str] = &[
            "p", "pp", "art", "env", "no", "nos", "fig", "vol", "chap", "ch", "n", "cf", "ex",
            "mr", "mrs", "ms", "dr", "st", "vs", "av", "bd", "tel", "tél", "min", "max", "approx",
            "est", "op", "ref", "réf", "sq", "ft", "oz", "lb", "lbs", "mm", "km", "jan", "feb",
            "fév", "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov",
            "dec", "déc",
        ];
        ABBREVIATIONS.contains(&lower.as_str()) || letters == 1
    }
}

#[cfg(test)]
mod split_tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_runs(text, sentence_spans(text)).into_iter().filter_map(|s| text.get(s)).collect()
    }

    #[test]
    fn a_figure_or_a_small_brand_starts_a_sentence() {
        assert_eq!(
            split("Départ du pont. 18 km à vélo, retour vers 13 h."),
            ["Départ du pont.", "18 km à vélo, retour vers 13 h."]
        );
        assert_eq!(
            split("Two sets of fees. myGov shows them all."),
            ["Two sets of fees.", "myGov shows them all."]
        );
    }

    #[test]
    fn an_abbreviation_keeps_its_figure() {
        assert_eq!(split("Voir p. 12 du rapport."), ["Voir p. 12 du rapport."]);
        assert_eq!(split("Article No. 5 applies."), ["Article No. 5 applies."]);
        assert_eq!(split("Ends at 5 km. 3 more to go."), ["Ends at 5 km. 3 more to go."]);
        assert_eq!(split("We are open. see you."), ["We are open. see you."]);
    }
}
