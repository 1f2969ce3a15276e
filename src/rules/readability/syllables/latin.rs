//! Syllable counts read from the bytes of words made of ASCII, Latin-1 letters and typographic
//! apostrophes (most words of a French or English post), without collecting their letters:
//! what [`super::by_locale`] gives on them. The tests compare both on such words.

use super::{english_vowel, french_vowel};
use crate::i18n::Locale;
use crate::text::Span;

/// The syllables of the word at `span` in `text`, or `None` when it holds a char other than
/// ASCII, Latin-1 letters and typographic apostrophes (or the span cuts one).
pub(super) fn count(text: &[u8], span: &Span, locale: Locale) -> Option<usize> {
    let word = text.get(span.clone())?;
    if let Some(n) = eight_at(text, span).and_then(|(chunk, len)| count_short(chunk, len, locale)) {
        return Some(n);
    }
    count_latin(word, locale)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// The eight bytes of `text` that hold the word at `span` (of one to eight bytes), read
/// little-endian and shifted so that the word is in the low bytes, and its length; `None` for
/// a longer or empty word, or a text shorter than eight bytes.
fn eight_at(text: &[u8], span: &Span) -> Option<(u64, usize)> {
    let len = span.end.checked_sub(span.start).filter(|len| (1..=8).contains(len))?;
    let read = |at: usize| {
        let eight = text.get(at..at.checked_add(8)?)?;
        Some(u64::from_le_bytes(<[u8; 8]>::try_from(eight).ok()?))
    };
    match read(span.start) {
        Some(chunk) => Some((chunk, len)),
        // Near the end of the text: the eight bytes that end with the word.
        None => Some((read(span.end.checked_sub(8)?)? >> (8 * (8 - len)), len)),
    }
}

/// [`count_latin`] of a word of `len` ASCII letters (one to eight), held in the low bytes of
/// `chunk`, eight at a time: per byte, whether it is a vowel, and the groups start where a vowel
/// follows no vowel. `None` when some byte of the word is not an ASCII letter. (No ASCII letter
/// is a diaeresis, and the vowels are the same in both languages.)
fn count_short(chunk: u64, len: usize, locale: Locale) -> Option<usize> {
    let word = if len >= 8 { u64::MAX } else { (1 << (8 * len)) - 1 };
    let highs = HIGHS & word;
    let x = chunk & word;
    if x & HIGHS != 0 {
        return None;
    }
    // Lowered, as ASCII: bytes below 0x80, so that adding up to 0x80 carries no byte into the
    // next (bit 7 of each byte tells).
    let lower = x | ((ONES * 0x20) & word);
    let letters =
        (lower + ONES * u64::from(0x80 - b'a')) & !(lower + ONES * u64::from(0x7F - b'z'));
    if letters & highs != highs {
        return None;
    }
    // Bit 7 of each byte where `bytes` is zero (each below 0x80).
    let zero = |bytes: u64| !(bytes + ONES * 0x7F) & highs;
    let is = |l: u8| zero(lower ^ (ONES * u64::from(l)));
    // The letters whose code is 1 modulo 4 are a, e, i, m, q, u and y: the vowels but o, with m
    // and q. Three tests fewer than one per vowel.
    let one_mod_four = zero((lower & (ONES * 3)) ^ ONES);
    let vowels = (one_mod_four & !is(b'm') & !is(b'q')) | is(b'o');
    // One bit per byte where a group starts: their sum, gathered in the top byte by a multiply
    // (no byte sum exceeds eight, so none carries).
    let starts = (vowels & !(vowels << 8)) >> 7;
    let count = (starts.wrapping_mul(ONES) >> 56) as usize;
    let at = |k: usize| len.checked_sub(k).map_or(0, |i| (lower >> (8 * i)) as u8);
    let vowel = |l: u8| matches!(l, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    Some(after_endings(count, len.min(3), [at(1), at(2), at(3)], locale, vowel))
}

/// What [`count_latin`] needs of a lower-case Latin-1 char: whether it is a letter, a vowel,
/// and a vowel said apart from the one before it (a diaeresis, in French).
const LETTER: u8 = 1;
const VOWEL: u8 = 2;
const APART: u8 = 4;

/// The flags of every lower-case Latin-1 char (by code point) in `locale`, as
/// [`super::by_locale`] reads them.
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

/// The vowel groups of [`super::groups`] as a state machine over lower-case Latin-1 chars: at
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

/// [`count`] of a word made of ASCII, Latin-1 letters and typographic apostrophes, in one pass
/// over its bytes: the vowel groups by [`EN_GROUPS`] or [`FR_GROUPS`], then the endings from
/// the last three letters. `None` for a word holding any other char (or cut inside one). Not
/// inlined: in the loop over a post's words, it runs short of registers.
#[inline(never)]
fn count_latin(word: &[u8], locale: Locale) -> Option<usize> {
    let (letters, steps) = match locale {
        Locale::En => (&EN_LETTERS, &EN_GROUPS),
        Locale::Fr => (&FR_LETTERS, &FR_GROUPS),
    };
    let mut count: usize = 0;
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
    Some(after_endings(count, n, [l1, l2, l3], locale, |l| flags(l) & VOWEL != 0))
}

/// `count` vowel groups less a silent ending, at least one: `n` letters (up to three), the last
/// ones `last` (lowered, newest first), `vowel` telling vowels.
fn after_endings(
    mut count: usize,
    n: usize,
    last: [u8; 3],
    locale: Locale,
    vowel: impl Fn(u8) -> bool,
) -> usize {
    let [l1, l2, l3] = last;
    let silent = match locale {
        Locale::En => {
            // As in `english`.
            let silent_e = l1 == b'e' && !(n > 2 && l2 == b'l' && !vowel(l3));
            let silent_ed = n > 2 && [l2, l1] == *b"ed" && !matches!(l3, b't' | b'd');
            let silent_es = n > 2
                && [l2, l1] == *b"es"
                && !matches!(l3, b's' | b'x' | b'z' | b'c' | b'g' | b'h');
            silent_e || silent_ed || silent_es
        }
        // As in `french`.
        Locale::Fr => {
            n >= 2 && l1 == b'e' && !vowel(l2) || n > 2 && [l2, l1] == *b"es" && !vowel(l3)
        }
    };
    if silent && count > 1 {
        count -= 1;
    }
    count.max(1)
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

#[cfg(test)]
mod tests {
    #[test]
    fn letters_one_modulo_four_are_the_vowels_but_o_with_m_and_q() {
        let letters: String = (b'a'..=b'z').filter(|l| l % 4 == 1).map(char::from).collect();
        assert_eq!(letters, "aeimquy");
    }
}
