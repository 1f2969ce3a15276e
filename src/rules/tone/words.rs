//! Word-by-word helpers for the rules that read grammar rather than lexicons.

use std::borrow::Cow;

use crate::packs::words::WordSet;
use crate::rules::Context;
use crate::text::Span;

/// A word of the post with its folded form (lower case, straight apostrophes).
pub(crate) struct W<'t> {
    pub span: Span,
    pub text: &'t str,
    /// Borrowed from the text when folding would not change it (most words).
    pub key: Cow<'t, str>,
    /// Where [`split_elision`] splits `key`: the length of the elided head.
    head: Option<usize>,
    /// Whether the word holds an ASCII lower-case letter or a digit: it is not in capitals.
    pub lower_or_digit: bool,
}

impl<'t> W<'t> {
    fn new(span: Span, text: &'t str) -> Self {
        let class = classes(text);
        let key = key(text, class);
        // Only a word with an apostrophe, straight or not (not ASCII), may have an elision.
        let head = if class & (APOSTROPHE | OTHER) != 0 {
            match split_elision(&key) {
                (Some(head), _) => Some(head.len()),
                (None, _) => None,
            }
        } else {
            None
        };
        let lower_or_digit = class & (LOWER | DIGIT) != 0;
        W { span, text, key, head, lower_or_digit }
    }

    /// [`split_elision`] of the key, computed once.
    pub(crate) fn elision(&self) -> (Option<&str>, &str) {
        let key = self.key.as_ref();
        match self.head.and_then(|h| Some((key.get(..h)?, key.get(h + 1..)?))) {
            Some((head, tail)) => (Some(head), tail),
            None => (None, key),
        }
    }
}

/// What kinds of bytes a word holds, one bit per kind ([`class`]).
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
const APOSTROPHE: u8 = 8;
/// Any other byte: ASCII punctuation, or part of a char beyond ASCII.
const OTHER: u8 = 16;

const fn class(b: u8) -> u8 {
    match b {
        b'a'..=b'z' => LOWER,
        b'A'..=b'Z' => UPPER,
        b'0'..=b'9' => DIGIT,
        b'\'' => APOSTROPHE,
        _ => OTHER,
    }
}

/// [`class`] of every byte.
const CLASSES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = class(b as u8);
        b += 1;
    }
    table
};

/// The union of the classes of `word`'s bytes.
fn classes(word: &str) -> u8 {
    word.bytes().fold(0, |all, b| all | CLASSES.get(usize::from(b)).copied().unwrap_or(OTHER))
}

/// The folded form of `word`, as [`crate::packs::words::key`] gives it, without a copy when the
/// word is already folded: lower-case letters and digits that folding leaves alone. `class` is
/// [`classes`] of `word`.
fn key(word: &str, class: u8) -> Cow<'_, str> {
    let folded = |c: char| {
        c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || c == '\''
            || matches!(c, '\u{df}'..='\u{ff}' | 'œ') && c != '\u{f7}'
    };
    // Most words: ASCII letters, digits and straight apostrophes ("l'outil"); folding lowers
    // their case only.
    if class & (UPPER | OTHER) == 0 {
        Cow::Borrowed(word)
    } else if class & OTHER == 0 {
        Cow::Owned(word.to_ascii_lowercase())
    } else if word.chars().all(folded) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(crate::packs::words::key(word))
    }
}

/// The post's words outside links, tags and mentions, folded once per check and shared by
/// the rules that read them.
pub(crate) fn words<'c, 't>(cx: &'c Context<'t>) -> &'c [W<'t>] {
    cx.tone_words.get_or_init(|| {
        let all = cx.doc.words();
        let linked = cx.linked.spans();
        // Words come in order: the first linked span that may overlap one only moves forward
        // (what `linked.overlaps` answers, without a search per word).
        let mut next = 0;
        let mut out = Vec::with_capacity(all.len());
        for w in all {
            while linked.get(next).is_some_and(|s| s.end <= w.span.start) {
                next += 1;
            }
            let end = w.span.end.max(w.span.start + 1);
            let overlaps = linked.get(next).is_some_and(|s| s.start < end);
            if !overlaps && !after_sigil(cx.text(), w.span.start) {
                out.push(W::new(w.span.clone(), cx.doc.slice(&w.span)));
            }
        }
        out
    })
}

/// Whether the char before `at` is a sigil (`#`, `@`, `$`, `/`, `＃`) or `_`. Read as bytes:
/// an ASCII byte is always that ASCII char, and `＃` is the only other one.
fn after_sigil(text: &str, at: usize) -> bool {
    let before = text.as_bytes().get(..at).unwrap_or_default();
    match before.last() {
        Some(&b) if b.is_ascii() => matches!(b, b'#' | b'@' | b'$' | b'/' | b'_'),
        Some(_) => before.ends_with("＃".as_bytes()),
        None => false,
    }
}

/// Whether only spaces (no line break, no punctuation) separate two spans.
pub(crate) fn adjacent(cx: &Context<'_>, a: &Span, b: &Span) -> bool {
    cx.text()
        .get(a.end..b.start)
        .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() && c != '\n'))
}

/// Whether the word at `at` opens a clause: after the start, a line break, a bullet or
/// punctuation other than a comma.
pub(crate) fn clause_start(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    match before.chars().rev().find(|c| !(c.is_whitespace() && *c != '\n')) {
        None => true,
        Some(c) => !(c.is_alphanumeric() || matches!(c, ',' | '\'' | '’')),
    }
}

/// The part of a folded word after an elided article or pronoun: ("l", "équipe") for
/// "l'équipe"; (None, word) otherwise.
pub(crate) fn split_elision(key: &str) -> (Option<&str>, &str) {
    match key.split_once('\'') {
        Some((head, tail)) if !tail.is_empty() && head.chars().count() <= 2 => (Some(head), tail),
        _ => (None, key),
    }
}

/// A quick "certainly not in these sets" on a word's length and first byte, built from the
/// sets' own words. The grammar rules test every word of a post against short word lists, and
/// almost no word is in them: the sieve answers most of those look-ups without hashing.
pub(crate) struct Sieve {
    /// One bit per first byte, for each length in bytes (the last row: 31 bytes and more).
    bits: [[u64; 4]; 32],
}

impl Sieve {
    pub(crate) fn of(sets: &[&WordSet]) -> Sieve {
        let mut sieve = Sieve { bits: [[0; 4]; 32] };
        for word in sets.iter().flat_map(|set| set.iter()) {
            if let Some(&first) = word.as_bytes().first() {
                if let Some(row) = sieve.bits.get_mut(word.len().min(31)) {
                    if let Some(bits) = row.get_mut(usize::from(first >> 6)) {
                        *bits |= 1 << (first & 63);
                    }
                }
            }
        }
        sieve
    }

    /// False when no word of the sets has `word`'s length and first byte.
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else { return false };
        self.bits
            .get(word.len().min(31))
            .and_then(|row| row.get(usize::from(first >> 6)))
            .is_some_and(|bits| bits >> (first & 63) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `span` overlaps a hashtag, mention, cashtag or URL, or directly follows a sigil
    /// (in case the platform's extraction did not link it): what [`words`] leaves out, with a
    /// search per word.
    fn in_entity(cx: &Context<'_>, span: &Span) -> bool {
        cx.linked.overlaps(span) || after_sigil(cx.text(), span.start)
    }

    #[test]
    fn the_sieve_keeps_every_word_of_its_sets() {
        let words = crate::packs::Words::load();
        for locale in [crate::Locale::Fr, crate::Locale::En] {
            let g = words.grammar(locale);
            let sets = [&g.be, &g.tu, &g.vous];
            let sieve = Sieve::of(&sets);
            for word in sets.iter().flat_map(|s| s.iter()) {
                assert!(sieve.may_contain(word), "{word}");
            }
            assert!(!sieve.may_contain(""));
            assert!(!sieve.may_contain("zzzzzzzzzz"));
        }
    }

    proptest::proptest! {
        #[test]
        fn keys_fold_as_the_packs_do(word in "[aZé É0'’\\-_ßÿ÷œŒæİ\u{301}\u{a0}]{1,8}|\\PC{1,8}") {
            let expected = crate::packs::words::key(&word);
            proptest::prop_assert_eq!(key(&word, classes(&word)).into_owned(), expected);
        }

        #[test]
        fn words_remember_what_the_slow_tests_say(
            word in "[aZé É0'’\\-_ßÿ÷œŒæİ\u{301}\u{a0}]{1,8}|\\PC{1,8}"
        ) {
            let w = W::new(0..word.len(), &word);
            let key = crate::packs::words::key(&word);
            proptest::prop_assert_eq!(w.elision(), split_elision(&key));
            let lower_or_digit = word.chars().any(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            proptest::prop_assert_eq!(w.lower_or_digit, lower_or_digit);
        }

        #[test]
        fn words_are_those_outside_entities(
            text in "([aZé É.:’'_/#@$＃]|https://x\\.co/a|#tag|@me){0,12}"
        ) {
            crate::rules::fixture::Case::en(&text).context(|cx| {
                let found: Vec<Span> = words(cx).iter().map(|w| w.span.clone()).collect();
                let expected: Vec<Span> = cx
                    .doc
                    .words()
                    .iter()
                    .filter(|w| !in_entity(cx, &w.span))
                    .map(|w| w.span.clone())
                    .collect();
                proptest::prop_assert_eq!(found, expected);
                Ok(())
            })?;
        }

        #[test]
        fn sigils_are_read_as_chars(text in "[a#@$/＃_é\u{301} ]{0,6}", at in 0usize..8) {
            if at <= text.len() && text.is_char_boundary(at) {
                let before = text.get(..at).and_then(|b| b.chars().next_back());
                let expected = matches!(before, Some('#' | '@' | '$' | '/' | '＃' | '_'));
                proptest::prop_assert_eq!(after_sigil(&text, at), expected);
            }
        }
    }
}
