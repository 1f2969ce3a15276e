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
}

/// The folded form of `word`, as [`crate::packs::words::key`] gives it, without a copy when the
/// word is already folded: lower-case letters and digits that folding leaves alone.
fn key(word: &str) -> Cow<'_, str> {
    let folded = |c: char| {
        c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || c == '\''
            || matches!(c, '\u{df}'..='\u{ff}' | 'œ') && c != '\u{f7}'
    };
    // Most words: ASCII letters, digits and straight apostrophes ("l'outil"), tested as bytes;
    // folding lowers their case only.
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'') {
        Cow::Borrowed(word)
    } else if word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'\'') {
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
        let mut out = Vec::with_capacity(cx.doc.words().len());
        out.extend(cx.doc.words().iter().filter(|w| !in_entity(cx, &w.span)).map(|w| {
            let text = cx.doc.slice(&w.span);
            W { span: w.span.clone(), text, key: key(text) }
        }));
        out
    })
}

/// Whether `span` overlaps a hashtag, mention, cashtag or URL, or directly follows a sigil
/// (in case the platform's extraction did not link it).
pub(crate) fn in_entity(cx: &Context<'_>, span: &Span) -> bool {
    let overlaps = cx.linked.overlaps(span);
    let sigil = cx
        .text()
        .get(..span.start)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| matches!(c, '#' | '@' | '$' | '/' | '＃' | '_'));
    overlaps || sigil
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
            proptest::prop_assert_eq!(key(&word).into_owned(), expected);
        }
    }
}
