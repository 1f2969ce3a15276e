//! Sentence boundaries (UAX #29), fast for the text posts are made of.
//!
//! `unicode-segmentation` looks up every char's sentence category by binary search, most of the
//! cost of segmenting a post, and its SB8 look-ahead is quadratic in the worst case. This is the
//! same state machine as its `SentenceBreaks` (same rules, same order, so the same boundaries),
//! with the categories of every char from a compact table made at build time (direct for the
//! chars of most prose, a search for emoji, symbols and other scripts), runs where no sentence
//! can end skipped whole, and SB8's look-ahead remembered. The tests prove both agree on any
//! text.

mod calm;

use super::Span;
use brio_compile::case::CaseMap as _;

/// The sentence break property (UAX #29, table 4) of a char.
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
    OLetter,
    SContinue,
    STerm,
    Sep,
    Sp,
    Upper,
}

// `CATS`, `DIRECT_END`, `DIRECT` and `RUNS`: the Sentence_Break property of every char, written
// by build.rs from ICU4X's Unicode data.
include!(concat!(env!("OUT_DIR"), "/sentence_break.rs"));

// What makes `category`'s indexing in bounds: `DIRECT` holds every char below `DIRECT_END`, the
// first run starts there, and every code names a `Cat`.
const _: () = {
    assert!(DIRECT.len() * 2 == DIRECT_END as usize);
    assert!(!RUNS.is_empty() && RUNS[0] >> 8 == DIRECT_END);
    let mut i = 0;
    while i < DIRECT.len() {
        assert!(
            ((DIRECT[i] & 0xF) as usize) < CATS.len() && ((DIRECT[i] >> 4) as usize) < CATS.len()
        );
        i += 1;
    }
    let mut i = 0;
    while i < RUNS.len() {
        assert!(((RUNS[i] & 0xFF) as usize) < CATS.len());
        assert!(i == 0 || RUNS[i - 1] >> 8 < RUNS[i] >> 8);
        i += 1;
    }
};

/// The sentence break property of `c`: a table read for the chars of most prose (Latin, Greek,
/// Cyrillic, general punctuation...), a binary search over the runs of one value for the rest.
const fn category(c: char) -> Cat {
    let c = c as u32;
    let code = if c < DIRECT_END {
        let pair = DIRECT[(c / 2) as usize];
        if c % 2 == 0 { pair & 0xF } else { pair >> 4 }
    } else {
        // The last run that starts at or before `c` (the first starts at `DIRECT_END`).
        let (mut low, mut high) = (0, RUNS.len());
        while high - low > 1 {
            let mid = low + (high - low) / 2;
            if RUNS[mid] >> 8 <= c {
                low = mid;
            } else {
                high = mid;
            }
        }
        (RUNS[low] & 0xFF) as u8
    };
    CATS[code as usize]
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

    /// SB8's left side: ATerm Close* Sp*.
    fn sb8(self) -> bool {
        let p = self.0;
        let mut i = if p[3] == Part::SpPlus { 2 } else { 3 };
        if p[i] == Part::ClosePlus {
            i -= 1;
        }
        p[i] == Part::ATerm
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

/// SB8's right side from `from`: (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower. Returns
/// whether it matches and where the look-ahead stopped: the char that decided, or the text's end.
fn sb8_ahead(text: &str, from: usize) -> (bool, usize) {
    let ahead = text.get(from..).unwrap_or("");
    for (at, c) in ahead.char_indices() {
        match category(c) {
            Cat::Lower => return (true, from + at),
            Cat::OLetter | Cat::Upper | Cat::Sep | Cat::CR | Cat::LF | Cat::STerm | Cat::ATerm => {
                return (false, from + at);
            }
            _ => {}
        }
    }
    (false, text.len())
}

/// The sentences of `text`, from one boundary to the next as `split_sentence_bound_indices`
/// gives them, trimmed of white space; empty ones are dropped.
pub(crate) fn sentence_spans(text: &str) -> Vec<Span> {
    let mut spans = Trimmed { text, start: None, out: Vec::with_capacity(text.len() / 64) };
    fast_breaks(text, |b| spans.push(b));
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
/// boundary (the start, each break, the end) to `push`.
fn fast_breaks(text: &str, mut push: impl FnMut(usize)) {
    let mut state = State([Part::Sot; 4]);
    // SB8's last look-ahead: where it stopped and what it found. Every char it passed is one
    // the look-ahead goes on through, so a look-ahead from any of them up to where it stopped
    // stops at the same char with the same answer: the chars of a run of closing marks and
    // spaces after a full stop each ask, and each is answered without reading the text again.
    let mut sb8_seen: Option<(usize, bool)> = None;
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
        let cat = category(c);
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
            _ if prev.sb8()
                && match sb8_seen {
                    Some((stop, lower)) if before <= stop => lower,
                    _ => {
                        let (lower, stop) = sb8_ahead(text, before);
                        sb8_seen = Some((stop, lower));
                        lower
                    }
                } =>
            {
                false
            }
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
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::*;

    /// The boundaries of the full UAX #29 rules (`unicode-segmentation`), the text's end included.
    fn expected(text: &str) -> Vec<usize> {
        let mut out: Vec<usize> = text.split_sentence_bound_indices().map(|(i, _)| i).collect();
        if !text.is_empty() {
            out.push(text.len());
        }
        out
    }

    fn fast(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        fast_breaks(text, |b| out.push(b));
        out
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

    /// The whole step as `Document` runs it, against the full UAX #29 rules with the same
    /// adjustments.
    fn agrees(text: &str) -> bool {
        fast(text) == expected(text)
            && split_runs(text, sentence_spans(text)) == split_runs(text, expected_spans(text))
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
            assert!(agrees(text), "{text:?}");
        }
    }

    /// The chars that sent whole posts to the slow rules: emoji, dingbats, flags, keycaps,
    /// currency, other scripts and their terminators.
    #[test]
    fn agrees_with_uax29_on_emoji_symbols_and_other_scripts() {
        let samples = [
            "✅ Livré. ⭐ Noté 5/5 ! ➡️ Lien en bio. ✨❤️ Merci.",
            "Go 🇫🇷🇬🇧! Step 1️⃣ done. #️⃣ tags. 20 € or 20€. ok",
            "Καλημέρα. Τι κάνεις; Καλά! 日本語。ok 中文！好？ Ὅμηρος. ἀλλά",
            "Привет. мир. Ёлка! «Да». ¿Qué? ¡Sí! ok. — ✔ Fin.\u{3000}次。",
            "x. ✨✨✨ 12 ✅ b",
            "He said. ❤️ a ❤️ A. 📌 “Quote.” ✅",
            "a.)) \t ✨ ⭐ b",
        ];
        for text in samples {
            assert!(agrees(text), "{text:?}");
        }
        let text = "✅ Livré. ⭐ Noté ! Καλά. 日本語。ok";
        let sentences: Vec<&str> =
            sentence_spans(text).into_iter().filter_map(|s| text.get(s)).collect();
        assert_eq!(sentences, ["✅ Livré.", "⭐ Noté !", "Καλά.", "日本語。", "ok"]);
    }

    /// Every char in contexts where its category decides a break (SB5 to SB11), against the full
    /// rules: the table is the property `unicode-segmentation` reads, char for char, but for the
    /// chars Unicode 17 assigned that its sentence table still leaves unassigned (Other), where
    /// the table has ICU4X's Unicode 17 property. Those must break in `unicode-segmentation` as
    /// an unassigned char does, or the two disagree on something else.
    #[test]
    fn every_char_breaks_as_uax29_says() {
        let contexts = [
            ("", ""),
            ("a.", "a"),
            ("a. ", "a"),
            ("a. ", ""),
            ("A.", "A"),
            ("a?", " A"),
            ("1.", "2"),
            ("a.) ", "x. y"),
            ("a\r", "b"),
            ("a", ". B"),
        ];
        // Boundaries as char counts, comparable between chars of different UTF-8 lengths.
        let in_chars = |text: &str, bounds: Vec<usize>| -> Vec<usize> {
            bounds.into_iter().map(|b| text.get(..b).map_or(0, |t| t.chars().count())).collect()
        };
        let unassigned = '\u{378}';
        let mut newer = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let texts = contexts.map(|(before, after)| format!("{before}{c}{after}"));
            if texts.iter().all(|text| fast(text) == expected(text)) {
                continue;
            }
            for (before, after) in contexts {
                let text = format!("{before}{c}{after}");
                let other = format!("{before}{unassigned}{after}");
                assert_eq!(
                    in_chars(&text, expected(&text)),
                    in_chars(&other, expected(&other)),
                    "U+{:04X} differs in {text:?}",
                    c as u32
                );
            }
            newer += 1;
        }
        // Unicode 17's new chars with a sentence property other than Other; far fewer than a
        // wrong table would give.
        assert!(newer < 20_000, "{newer} chars differ");
    }

    /// SB8's look-ahead, remembered: spaces and closing marks after a full stop, then a long
    /// stretch with no letter, in linear time and with the same breaks.
    #[test]
    fn long_look_ahead_after_a_full_stop() {
        let text = format!("etc.{} {}a b. C", " ".repeat(5000), "✨ 1 ".repeat(5000));
        assert!(agrees(&text));
        let text = format!("etc.){}{}A b", ")".repeat(3000), "🎉".repeat(3000));
        assert!(agrees(&text));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_uax29_on_any_text(
            text in "[aZé É0 .!?,;:\\-()\\[\\]{}\"'’«»…\u{a0}\u{202f}\u{2024}\u{203c}\u{2028}\u{85}\r\n\t\u{b}\u{ad}\u{301}\u{200d}\u{fe0f}🎉œªµ¿×ß]*"
        ) {
            proptest::prop_assert!(agrees(&text));
        }

        /// Runs of letters, spaces, closing and continuing marks around terminators and breaks.
        #[test]
        fn agrees_with_uax29_on_calm_runs(
            text in "([a-zA-Z0-9]{1,3}|[ \t]{1,2}|[\"'()\\[\\]{}«»’]{1,2}|[,;:\\-–]|[.!?]{1,2}|\n|\r\n|\u{a0}|[éÉªµ¿×]|\u{85}|\u{ad}|\u{301}|…|🎉)*"
        ) {
            proptest::prop_assert!(agrees(&text));
        }

        /// Posts as they are written: words in Latin, Greek and Chinese, emoji with their
        /// modifiers, flags and keycaps, dingbats, currency, around terminators and breaks.
        #[test]
        fn agrees_with_uax29_on_posts_with_emoji_and_scripts(
            text in "([a-zA-Z]{1,4}|[éÉçœ]|[αβΩΣάὅ]{1,3}|[日本語中文]{1,3}|[ \t]{1,2}|\u{3000}|[,;:\\-–]|[.!?]{1,2}|[。！？]|\\.\\.\\.|…|[\"'()«»“”’]{1,2}|\n|\n\n|\r\n|[0-9]{1,3}|[€$£¥₹]|[✅⭐➡✨❤✔✈☀⚡]|\u{fe0f}|\u{200d}|[🎉🚀📌👉🏽👍]|🇫🇷|🇬🇧|[0-9#*]\u{fe0f}\u{20e3}|#[a-z]{2,6}|@[a-z]{2,6}|https://[a-z]{2,5}\\.com/[a-z]{1,4})*"
        ) {
            proptest::prop_assert!(agrees(&text));
        }

        #[test]
        fn agrees_with_uax29_on_mixed_scripts(text in "[aZé .!?’«\u{301}🎉Ω日。✅⭐➡✨❤€]*") {
            proptest::prop_assert!(agrees(&text));
        }

        #[test]
        fn agrees_with_uax29_on_any_chars(text in "\\PC*") {
            proptest::prop_assert!(agrees(&text));
        }
    }
}

/// Splits the sentences that UAX #29 runs together where a post plainly starts a new one: a
/// full stop (with the quotation marks it closes), a space, then a figure ("… de l’Archevêché.
/// 18 km à allure tranquille", « …et il était attendu. » 420 logements…) or a brand written
/// with a small first letter ("… two sets of fees. myGov shows …"). UAX #29 waits for a
/// capital after a full stop, and posts start sentences with numbers and such names all the
/// time. A full stop after an abbreviation ("p. 12", "art. 3", "No. 5") stays inside its
/// sentence. Posts also end sentences with an emoji instead of a full stop ("…ate my weight in
/// pastéis de nata 😅 My honest guide…"): see `split_at_emoji`.
pub(crate) fn split_runs(text: &str, sentences: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(sentences.len());
    split_at_full_stops(text, sentences, |piece| split_at_emoji(text, piece, &mut out));
    out
}

/// `sentence` to `out`, cut where an emoji ends a sentence: an emoji (with its modifiers and
/// joined parts) after at least three words, then a space and a capital letter. "I ❤️ Paris"
/// keeps its one sentence (one word before the emoji), and so do "🚀 Lancement" (none) and
/// "Lyon 🚀 2026" (no capital after).
fn split_at_emoji(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let Some(body) = text.get(sentence.clone()) else { return };
    let bytes = body.as_bytes();
    let mut from = 0;
    // Where the sentence being cut now starts, in `body`.
    let mut start = 0;
    // Emoji are encoded from 0xE2 on: most sentences have no such byte and stop here.
    while let Some(lead) = bytes.get(from..).and_then(|rest| rest.iter().position(|&b| b >= 0xE2)) {
        let at = from + lead;
        let Some(rest) = body.get(at..) else { break };
        let mut chars = rest.char_indices();
        let Some((_, first)) = chars.next() else { break };
        from = at + first.len_utf8();
        // ™ is the one pictographic text symbol from 0xE2 on (© and ® are below).
        if !crate::word_bounds::is_pictographic(first) || first == '\u{2122}' {
            continue;
        }
        // The emoji's own parts: variation selectors, skin tones, joiners and what they join.
        let mut end = rest.len();
        let mut spaced = false;
        let mut next = None;
        for (i, c) in chars {
            let part = matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '\u{20E3}')
                || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
                || ('\u{E0020}'..='\u{E007F}').contains(&c)
                || crate::word_bounds::is_pictographic(c);
            if part && !spaced {
                continue;
            }
            if c == ' ' || c == '\u{a0}' {
                if !spaced {
                    end = i;
                }
                spaced = true;
                continue;
            }
            next = (spaced && c.is_uppercase()).then_some(i);
            if !spaced {
                end = i;
            }
            break;
        }
        let (Some(next), Some(before)) = (next, body.get(start..at)) else { continue };
        let words = before.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic));
        if words.count() >= 3 {
            out.push(sentence.start + start..sentence.start + at + end);
            start = at + next;
        }
        from = at + next;
    }
    out.push(sentence.start + start..sentence.end);
}

/// `split_runs`' full stops: each piece of `sentences` to `emit`.
fn split_at_full_stops(text: &str, sentences: Vec<Span>, mut emit: impl FnMut(Span)) {
    for sentence in sentences {
        let mut start = sentence.start;
        let body = text.get(sentence.clone()).unwrap_or("");
        // Each full stop followed by a space or the first byte of a closing mark, found byte by
        // byte: cheaper than a generic search, and most full stops end the sentence anyway.
        let pairs = body.as_bytes().windows(2).enumerate();
        let stops = pairs
            .filter(|(_, pair)| matches!(pair, [b'.', b' ' | b'"' | b'\'' | b')' | 0xC2 | 0xE2]));
        for (at, _) in stops {
            let dot = sentence.start + at;
            let Some((stop, next_at)) = after_full_stop(text, dot + 1, sentence.end) else {
                continue;
            };
            let next = text.get(next_at..sentence.end).unwrap_or("");
            if next_at > start && starts_anew(next) && !after_abbreviation(text, start, dot) {
                emit(start..stop);
                start = next_at;
            }
        }
        emit(start..sentence.end);
    }
}

/// After a full stop ending at `from`: where its sentence would end (past the quotation marks
/// and the bracket it closes, the ones `split_runs` looks for) and where the next word starts,
/// if a space stands between them. A straight quote or apostrophe closes only right after the
/// stop: after a space it opens.
fn after_full_stop(text: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..end)?;
    let mut stop = from;
    let mut spaced = false;
    for (at, c) in rest.char_indices() {
        match c {
            '"' | '\'' | '’' | '”' | ')' if !spaced => stop = from + at + c.len_utf8(),
            '»' => stop = from + at + c.len_utf8(),
            c if c.is_whitespace() => spaced = true,
            _ => return spaced.then_some((stop, from + at)),
        }
    }
    None
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

/// Whether the full stop at `dot` ends an abbreviation ([`is_abbreviation`]) written after a
/// space or the sentence's start ("p.", "art.", "env.", "No.", "J.").
fn after_abbreviation(text: &str, start: usize, dot: usize) -> bool {
    let before = text.get(start..dot).unwrap_or("");
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    is_abbreviation(word)
}

/// Abbreviations a full stop ends within a sentence, folded: before a number ("p. 12", "art.
/// 5", "env. 30 €", "Sept. 12") or a word ("approx. thirty", "etc. and"). Ordinary words of two
/// or three letters are not among them: "it. £149" ends a sentence.
const ABBREVIATIONS: &[&str] = &[
    "p", "pp", "art", "env", "no", "nos", "fig", "vol", "chap", "ch", "cf", "ex", "mr", "mrs",
    "ms", "dr", "st", "vs", "av", "bd", "tel", "tél", "min", "max", "approx", "est", "op", "ref",
    "réf", "sq", "ft", "oz", "lb", "lbs", "mm", "km", "jan", "feb", "fév", "mar", "apr", "avr",
    "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "déc", "etc", "incl", "excl",
    "dept", "govt", "para", "suiv",
];

/// Whether `word`, the letters before a full stop, is an abbreviation: a single letter (an
/// initial, "J."), or one of [`ABBREVIATIONS`] in any case.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut letters = word.chars();
    // No listed abbreviation is longer than "approx": a longer word is asked nothing more.
    if word.len() > 6 || !word.chars().all(char::is_alphabetic) || letters.next().is_none() {
        return false;
    }
    // Most words before a full stop are ASCII, and compared without a lowered copy.
    letters.next().is_none()
        || if word.is_ascii() {
            ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
        } else {
            ABBREVIATIONS.contains(&word.lower().as_str())
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
    fn a_figure_after_a_closing_quote_starts_a_sentence() {
        assert_eq!(
            split("She said: \"It is long overdue.\" 420 new homes will be built."),
            ["She said: \"It is long overdue.\"", "420 new homes will be built."]
        );
        assert_eq!(
            split("Elle dit : « Il était attendu. » 420 logements seront construits."),
            ["Elle dit : « Il était attendu. »", "420 logements seront construits."]
        );
        assert_eq!(
            split("Il a dit « c’est fini. »\u{a0}3 jours plus tard, rien."),
            ["Il a dit « c’est fini. »", "3 jours plus tard, rien."]
        );
        // A straight quote after a space opens the next sentence, and an abbreviation still
        // keeps its figure.
        assert_eq!(
            split("He left. \"3 days later\" was the title."),
            ["He left. \"3 days later\" was the title."]
        );
        assert_eq!(split("Voir (p.) 12 du rapport."), ["Voir (p.) 12 du rapport."]);
    }

    #[test]
    fn an_emoji_between_a_sentence_and_a_capital_ends_the_sentence() {
        assert_eq!(
            split("Spent 3 days in Porto 😅 My honest guide is up."),
            ["Spent 3 days in Porto 😅", "My honest guide is up."]
        );
        // With its modifiers, joiners and a no-break space, and twice in a row.
        assert_eq!(
            split(
                "Nos soins du visage 💆\u{200d}♀\u{fe0f}\u{a0}Votre peau dit merci 🙏🏽 Prenez rendez-vous"
            ),
            [
                "Nos soins du visage 💆\u{200d}♀\u{fe0f}",
                "Votre peau dit merci 🙏🏽",
                "Prenez rendez-vous"
            ]
        );
        // Too few words before, no capital after, or no space: one sentence.
        for text in [
            "I ❤️ Paris and its cafés.",
            "🚀 Lancement de notre appli demain.",
            "Rendez-vous à Lyon 🚀 en 2026 pour la suite.",
            "Our new menu is here 🍕Pizza first.",
            "Made by Acme Corp Ltd ™ All rights reserved.",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
    }

    #[test]
    fn an_abbreviation_keeps_its_figure() {
        assert_eq!(split("Voir p. 12 du rapport."), ["Voir p. 12 du rapport."]);
        assert_eq!(split("Article No. 5 applies."), ["Article No. 5 applies."]);
        assert_eq!(split("Ends at 5 km. 3 more to go."), ["Ends at 5 km. 3 more to go."]);
        assert_eq!(split("We are open. see you."), ["We are open. see you."]);
    }
}
