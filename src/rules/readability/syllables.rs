//! Syllable counts for the reading-ease formulas, one heuristic per language.
//!
//! Both count groups of vowels, then correct for silent endings. They are estimates (a
//! dictionary would be exact and heavy); the formulas they feed are averages over a post, which
//! absorb the odd miscount.

mod latin;

use crate::i18n::Locale;
use crate::text::Span;
use brio_compile::case::CaseMap as _;

/// Counts the syllables of words in one language, word after word.
pub(crate) struct Counter {
    locale: Locale,
    /// The letters of the current word, for words [`latin::count`] does not read: reused from
    /// word to word, so that counting allocates nothing.
    chars: Vec<char>,
}

impl Counter {
    pub(crate) fn new(locale: Locale) -> Self {
        Self { locale, chars: Vec::new() }
    }

    /// The syllables of the word at `span` in `text` (UTF-8; a span that is not is read as no
    /// word).
    pub(crate) fn count(&mut self, text: &[u8], span: &Span) -> usize {
        if let Some(n) = latin::count(text, span, self.locale) {
            return n;
        }
        let word = text.get(span.clone()).and_then(|w| std::str::from_utf8(w).ok()).unwrap_or("");
        let letters = &mut self.chars;
        letters.clear();
        for c in word.chars() {
            if c.is_ascii() {
                // Most letters: lower-cased without the Unicode tables.
                if c.is_ascii_alphabetic() {
                    letters.push(c.to_ascii_lowercase());
                }
            } else if matches!(c, 'À'..='Þ') && c != '×' {
                // Latin-1 capitals (French accented letters): their lower case is 0x20 further,
                // without the Unicode tables.
                letters.extend(char::from_u32(c as u32 + 0x20));
            } else if matches!(c, 'ß'..='ÿ') && c != '÷' {
                // Latin-1 small letters: already lower case, and alphabetic.
                letters.push(c);
            } else {
                letters.extend(c.lower().filter(|c| c.is_alphabetic()));
            }
        }
        by_locale(letters.as_slice(), self.locale)
    }
}

/// The count over lower-case letters.
fn by_locale(letters: &[char], locale: Locale) -> usize {
    if letters.is_empty() {
        // A number: read as one unit.
        return 1;
    }
    match locale {
        Locale::En => english(letters),
        Locale::Fr => french(letters),
    }
}

fn groups(
    letters: &[char],
    is_vowel: impl Fn(char) -> bool,
    starts_new: impl Fn(char) -> bool,
) -> usize {
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in letters {
        let vowel = is_vowel(c);
        if vowel && (!previous_vowel || starts_new(c)) {
            count += 1;
        }
        previous_vowel = vowel;
    }
    count
}

/// Vowels in English words (a match, not a search in a string: it runs on every letter).
const fn english_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à' | 'â' | 'ä' | 'é' | 'è' | 'ê' | 'ë')
        || matches!(c, 'î' | 'ï' | 'ô' | 'ö' | 'û' | 'ü' | 'ù')
}

/// Vowels in French words.
const fn french_vowel(c: char) -> bool {
    english_vowel(c) || matches!(c, 'ÿ' | 'œ' | 'æ')
}

fn english(letters: &[char]) -> usize {
    let is_vowel = english_vowel;
    let mut count = groups(letters, is_vowel, |_| false);
    let n = letters.len();
    let at = |i: usize| letters.get(i).copied().unwrap_or(' ');
    // `letters` ends with the ASCII `suffix`.
    let ends = |suffix: &[u8]| {
        n >= suffix.len()
            && suffix.iter().rev().enumerate().all(|(k, &b)| at(n - 1 - k) == char::from(b))
    };
    // Silent final e ("make"), but not the syllabic "-le" after a consonant ("table"); silent
    // "-ed" except after t or d ("jumped", "wanted"); silent "-es" except after a sibilant.
    let silent_e = ends(b"e") && !(ends(b"le") && n > 2 && !is_vowel(at(n - 3)));
    let silent_ed = ends(b"ed") && n > 2 && !matches!(at(n - 3), 't' | 'd');
    let silent_es =
        ends(b"es") && n > 2 && !matches!(at(n - 3), 's' | 'x' | 'z' | 'c' | 'g') && !ends(b"hes");
    if count > 1 && (silent_e || silent_ed || silent_es) {
        count -= 1;
    }
    count.max(1)
}

fn french(letters: &[char]) -> usize {
    let is_vowel = french_vowel;
    // A diaeresis marks a vowel said apart from the one before ("naïf", "Noël").
    let mut count = groups(letters, is_vowel, |c| matches!(c, 'ï' | 'ë' | 'ü' | 'ÿ'));
    let n = letters.len();
    let last = letters.last().copied();
    let before_last = n.checked_sub(2).and_then(|i| letters.get(i)).copied();
    // The mute final e, or es ("table", "tables"), after a consonant.
    let mute = match (before_last, last) {
        (Some(b), Some('e')) => !is_vowel(b),
        (Some('e'), Some('s')) => n > 2 && letters.get(n - 3).is_some_and(|&c| !is_vowel(c)),
        _ => false,
    };
    if mute && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's case mappings
mod tests {
    use super::*;

    fn count(word: &str, locale: Locale) -> usize {
        Counter::new(locale).count(word.as_bytes(), &(0..word.len()))
    }

    #[test]
    fn english() {
        for (word, n) in [
            ("the", 1),
            ("make", 1),
            ("table", 2),
            ("wanted", 2),
            ("jumped", 1),
            ("boxes", 2),
            ("makes", 1),
            ("readability", 5),
            ("2026", 1),
        ] {
            assert_eq!(count(word, Locale::En), n, "{word}");
        }
    }

    #[test]
    fn french() {
        for (word, n) in [
            ("le", 1),
            ("table", 1),
            ("tables", 1),
            ("naïf", 2),
            ("beaucoup", 2),
            ("collaborateurs", 5),
            ("plateforme", 3),
            ("été", 2),
            ("l’équipe", 2),
        ] {
            assert_eq!(count(word, Locale::Fr), n, "{word}");
        }
    }

    /// The syllable count with letters lowered by the Unicode tables alone, by the first
    /// version of the heuristics (on chars, suffixes compared as strings): the reference.
    fn reference(word: &str, locale: Locale) -> usize {
        let letters: Vec<char> =
            word.chars().flat_map(char::to_lowercase).filter(|c| c.is_alphabetic()).collect();
        match locale {
            _ if letters.is_empty() => 1,
            Locale::En => reference_english(&letters),
            Locale::Fr => reference_french(&letters),
        }
    }

    fn reference_groups(letters: &[char], v: fn(char) -> bool, new: fn(char) -> bool) -> usize {
        let (mut count, mut previous_vowel) = (0, false);
        for &c in letters {
            let vowel = v(c);
            if vowel && (!previous_vowel || new(c)) {
                count += 1;
            }
            previous_vowel = vowel;
        }
        count
    }

    fn reference_english(letters: &[char]) -> usize {
        let is_vowel = english_vowel;
        let mut count = reference_groups(letters, is_vowel, |_| false);
        let n = letters.len();
        let ends = |s: &str| {
            let len = s.chars().count();
            n >= len && s.chars().rev().zip(letters.iter().rev()).all(|(a, b)| a == *b)
        };
        let at = |i: usize| letters.get(i).copied().unwrap_or(' ');
        let silent_e = ends("e") && !(ends("le") && n > 2 && !is_vowel(at(n - 3)));
        let silent_ed = ends("ed") && n > 2 && !"td".contains(at(n - 3));
        let silent_es = ends("es") && n > 2 && !"sxzcg".contains(at(n - 3)) && !ends("hes");
        if count > 1 && (silent_e || silent_ed || silent_es) {
            count -= 1;
        }
        count.max(1)
    }

    fn reference_french(letters: &[char]) -> usize {
        let is_vowel = french_vowel;
        let mut count = reference_groups(letters, is_vowel, |c| matches!(c, 'ï' | 'ë' | 'ü' | 'ÿ'));
        let n = letters.len();
        let last = letters.last().copied();
        let before_last = n.checked_sub(2).and_then(|i| letters.get(i)).copied();
        let mute = match (before_last, last) {
            (Some(b), Some('e')) => !is_vowel(b),
            (Some('e'), Some('s')) => n > 2 && letters.get(n - 3).is_some_and(|c| !is_vowel(*c)),
            _ => false,
        };
        if mute && count > 1 {
            count -= 1;
        }
        count.max(1)
    }

    /// `word`'s count, fast paths and all, is the reference count in both languages.
    fn counts_as_reference(word: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        for locale in [Locale::En, Locale::Fr] {
            proptest::prop_assert_eq!(count(word, locale), reference(word, locale), "{:?}", locale);
        }
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn latin1_shortcuts_change_nothing(word in "(\\PC|[\u{a0}-\u{ff}aeiouy’])*") {
            counts_as_reference(&word)?;
        }

        #[test]
        fn ascii_words_count_as_chars_do(
            word in "[a-zA-Z0-9'.]{0,6}(e|le|ed|es|hes|ted|ses|[a-z])?"
        ) {
            counts_as_reference(&word)?;
        }

        #[test]
        fn latin_words_count_as_chars_do(
            word in "[a-zA-Z0-9'’.àâäéèêëîïôöûüùÿæçñßÀÉÈÊËÎÏÔÛÜÆÇÑÞ×÷ŸœŒ]{0,6}(e|le|ed|es|hes|ted|ses|ée|ës|[a-zéëïÿ])?"
        ) {
            counts_as_reference(&word)?;
        }

        /// Words read where they are in a post (the eight bytes around a short word), at its
        /// start, its end or inside.
        #[test]
        fn words_in_a_post_count_as_alone(
            before in "[a-z .]{0,9}",
            word in "[a-zA-Z]{0,6}(e|le|ed|es|hes|ted|ses|ay|[a-zA-Z0-9'’.éÉ@\\[`{])?",
            after in "[a-z .]{0,9}",
        ) {
            let text = format!("{before}{word}{after}");
            let span = before.len()..before.len() + word.len();
            for locale in [Locale::En, Locale::Fr] {
                proptest::prop_assert_eq!(
                    Counter::new(locale).count(text.as_bytes(), &span),
                    reference(&word, locale)
                );
            }
        }

        #[test]
        fn vowels_are_the_listed_ones(c in proptest::char::any()) {
            proptest::prop_assert_eq!(english_vowel(c), "aeiouyàâäéèêëîïôöûüù".contains(c));
            proptest::prop_assert_eq!(french_vowel(c), "aeiouyàâäéèêëîïôöûüùÿœæ".contains(c));
        }
    }
}
