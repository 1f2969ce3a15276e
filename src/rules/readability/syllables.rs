//! Syllable counts for the reading-ease formulas, one heuristic per language.
//!
//! Both count groups of vowels, then correct for silent endings. They are estimates (a
//! dictionary would be exact and heavy); the formulas they feed are averages over a post, which
//! absorb the odd miscount.

use crate::i18n::Locale;

/// Counts the syllables of words in one language, word after word.
pub(crate) struct Counter {
    locale: Locale,
    /// The letters of the current word, for words [`count_latin`] does not read: reused from
    /// word to word, so that counting allocates nothing.
    chars: Vec<char>,
}

impl Counter {
    pub(crate) fn new(locale: Locale) -> Self {
        Self { locale, chars: Vec::new() }
    }

    /// The syllables of the word `word` (UTF-8; not UTF-8 is read as no word).
    pub(crate) fn count(&mut self, word: &[u8]) -> usize {
        if let Some(n) = count_latin(word, self.locale) {
            return n;
        }
        let word = std::str::from_utf8(word).unwrap_or("");
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
                letters.extend(c.to_lowercase().filter(|c| c.is_alphabetic()));
            }
        }
        by_locale(letters.as_slice(), self.locale)
    }
}

/// What [`count_latin`] needs of a lower-case Latin-1 char: whether it is a letter, a vowel,
/// and a vowel said apart from the one before it (a diaeresis, in French).
const LETTER: u8 = 1;
const VOWEL: u8 = 2;
const APART: u8 = 4;

/// The flags of every lower-case Latin-1 char (by code point) in `locale`, as [`by_locale`]
/// reads them.
const fn letter_flags(locale: Locale) -> [u8; 256] {
    let mut table = [0; 256];
    let mut l = 0;
    while l < 256 {
        let c = l as u8 as char;
        // The letters that lower-casing leaves: ASCII and Latin-1 small letters (÷ is a sign).
        if c.is_ascii_lowercase() || l >= 0xDF && l != 0xF7 {
            let (vowel, apart) = match locale {
                Locale::En => (english_vowel(c), false),
                Locale::Fr => (french_vowel(c), matches!(c, 'ï' | 'ë' | 'ü' | 'ÿ')),
            };
            table[l] = LETTER | if vowel { VOWEL } else { 0 } | if apart { APART } else { 0 };
        }
        l += 1;
    }
    table
}

const EN_LETTERS: [u8; 256] = letter_flags(Locale::En);
const FR_LETTERS: [u8; 256] = letter_flags(Locale::Fr);

/// The vowel groups of [`groups`] as a state machine over lower-case Latin-1 chars: at
/// `state << 8 | char`, where the state is 1 after a vowel (0 at first), the next state
/// (bit 0), whether a group starts there (bit 1) and whether the char is a letter (bit 2). Chars
/// that are no letters change nothing.
const fn group_steps(letters: &[u8; 256]) -> [u8; 512] {
    let mut table = [0; 512];
    let mut i = 0;
    while i < 512 {
        let (after_vowel, f) = (i >> 8, letters[i & 0xFF]);
        table[i] = if f & LETTER == 0 {
            after_vowel as u8
        } else if f & VOWEL == 0 {
            STEP_LETTER
        } else if after_vowel == 0 || f & APART != 0 {
            STEP_LETTER | STEP_GROUP | 1
        } else {
            STEP_LETTER | 1
        };
        i += 1;
    }
    table
}

const STEP_GROUP: u8 = 2;
const STEP_LETTER: u8 = 4;

const EN_GROUPS: [u8; 512] = group_steps(&EN_LETTERS);
const FR_GROUPS: [u8; 512] = group_steps(&FR_LETTERS);

/// The lower case of U+00C0–U+00FF, by the low six bits of their second UTF-8 byte (their first
/// is C3): capitals are 0x20 below their small letter; × and ÷ stay (and are no letters).
const LOWER_C3: [u8; 64] = {
    let mut table = [0; 64];
    let mut b = 0;
    while b < 64 {
        let l = 0xC0 + b as u8;
        table[b] = if l < 0xDF && l != 0xD7 { l + 0x20 } else { l };
        b += 1;
    }
    table
};

/// [`Counter::count`] of a word made of ASCII, Latin-1 letters and typographic apostrophes
/// (most words of a French or English post), from its bytes: what [`by_locale`] gives on its
/// letters lowered, from the vowel groups ([`EN_GROUPS`] or [`FR_GROUPS`]) and the last three
/// letters (all the endings read). `None` for a word holding any other char (or cut inside
/// one). Not inlined: in the loop over a post's words, it runs short of registers.
#[inline(never)]
fn count_latin(word: &[u8], locale: Locale) -> Option<usize> {
    let (letters, steps) = match locale {
        Locale::En => (&EN_LETTERS, &EN_GROUPS),
        Locale::Fr => (&FR_LETTERS, &FR_GROUPS),
    };
    let mut count = 0;
    let mut state = 0;
    // The last three chars, newest in the low byte, and whether all chars are letters (then
    // those are the last three letters).
    let mut last: u32 = 0;
    let mut all_letters = STEP_LETTER;
    let mut i = 0;
    while let Some(&b) = word.get(i) {
        let l = if b < 0x80 {
            i += 1;
            // Lowers ASCII letters; other ASCII chars stay chars that are no letters.
            b | 0x20
        } else if b == 0xC3 {
            let low = usize::from(word.get(i + 1)? & 0x3F);
            i += 2;
            LOWER_C3.get(low).copied().unwrap_or(0)
        } else if word.get(i..i + 3) == Some("’".as_bytes()) {
            i += 3;
            continue;
        } else {
            return None;
        };
        let step = steps.get((state << 8) | usize::from(l)).copied().unwrap_or(0);
        count += usize::from((step >> 1) & 1);
        state = usize::from(step & 1);
        all_letters &= step;
        last = (last << 8) | u32::from(l);
    }
    let flags = |l: u8| letters.get(usize::from(l)).copied().unwrap_or(0);
    // When all chars are letters, the bytes of `last` that are not NUL (no letter is) count
    // them, up to three. Else the letters are read again, from the end.
    let (n, [l1, l2, l3]) = if all_letters != 0 {
        let [_, l3, l2, l1] = last.to_be_bytes();
        (usize::from(l1 != 0) + usize::from(l2 != 0) + usize::from(l3 != 0), [l1, l2, l3])
    } else {
        last_letters(word, flags)
    };
    if n == 0 {
        // A number: read as one unit.
        return Some(1);
    }
    let vowel = |l: u8| flags(l) & VOWEL != 0;
    let silent = match locale {
        Locale::En => {
            // As in [`english`].
            let silent_e = l1 == b'e' && !(n > 2 && l2 == b'l' && !vowel(l3));
            let silent_ed = n > 2 && [l2, l1] == *b"ed" && !matches!(l3, b't' | b'd');
            let silent_es = n > 2
                && [l2, l1] == *b"es"
                && !matches!(l3, b's' | b'x' | b'z' | b'c' | b'g' | b'h');
            silent_e || silent_ed || silent_es
        }
        // As in [`french`].
        Locale::Fr => {
            n >= 2 && l1 == b'e' && !vowel(l2) || n > 2 && [l2, l1] == *b"es" && !vowel(l3)
        }
    };
    if silent && count > 1 {
        count -= 1;
    }
    Some(count.max(1))
}

/// How many letters `word` has, up to three, and the last three lowered (newest first; 0 past
/// the first), read backwards: `word` is ASCII, Latin-1 letters and typographic apostrophes, as
/// [`count_latin`] checked. `flags` tells which chars are letters.
fn last_letters(word: &[u8], flags: impl Fn(u8) -> u8) -> (usize, [u8; 3]) {
    let mut last = [0; 3];
    let mut n = 0;
    let mut end = word.len();
    while n < 3 {
        let Some(&b) = end.checked_sub(1).and_then(|i| word.get(i)) else { break };
        let l = if b < 0x80 {
            end -= 1;
            b | 0x20
        } else if end.checked_sub(2).and_then(|i| word.get(i)) == Some(&0xC3) {
            end -= 2;
            LOWER_C3.get(usize::from(b & 0x3F)).copied().unwrap_or(0)
        } else {
            // The last byte of an apostrophe, no letter.
            end = end.saturating_sub(3);
            continue;
        };
        if flags(l) & LETTER != 0 {
            if let Some(slot) = last.get_mut(n) {
                *slot = l;
            }
            n += 1;
        }
    }
    (n, last)
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
mod tests {
    use super::*;

    fn count(word: &str, locale: Locale) -> usize {
        Counter::new(locale).count(word.as_bytes())
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

    proptest::proptest! {
        #[test]
        fn latin1_shortcuts_change_nothing(word in "(\\PC|[\u{a0}-\u{ff}aeiouy’])*") {
            for locale in [Locale::En, Locale::Fr] {
                proptest::prop_assert_eq!(
                    count(&word, locale),
                    reference(&word, locale)
                );
            }
        }

        #[test]
        fn ascii_words_count_as_chars_do(
            word in "[a-zA-Z0-9'.]{0,6}(e|le|ed|es|hes|ted|ses|[a-z])?"
        ) {
            for locale in [Locale::En, Locale::Fr] {
                proptest::prop_assert_eq!(
                    count(&word, locale),
                    reference(&word, locale)
                );
            }
        }

        #[test]
        fn latin_words_count_as_chars_do(
            word in "[a-zA-Z0-9'’.àâäéèêëîïôöûüùÿæçñßÀÉÈÊËÎÏÔÛÜÆÇÑÞ×÷ŸœŒ]{0,6}(e|le|ed|es|hes|ted|ses|ée|ës|[a-zéëïÿ])?"
        ) {
            for locale in [Locale::En, Locale::Fr] {
                proptest::prop_assert_eq!(
                    count(&word, locale),
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
