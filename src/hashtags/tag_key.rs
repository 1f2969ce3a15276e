//! Case and accent folding, so that #Qualité, #qualite and #QUALITÉ are one tag.

use crate::canonical::{canonical_combining_class, decompose_canonical};
use brio_compile::case::CaseMap as _;

/// Appends the folded form of `c` (lower case, accents removed, ligatures spelled out) to `out`.
///
/// An accent is a mark that stacks on its letter: a non-zero canonical combining class (above,
/// below, attached...), which every diacritic of the Latin, Greek and Cyrillic alphabets has.
/// Marks of class zero are left alone: they are mostly the vowel signs of Indic scripts, part
/// of the word rather than an accent on it (without them, different Hindi words would share a
/// key). The class table is in the `.wasm` already for NFC, where the general-category table
/// of `is_combining_mark` would cost 9 KB gzipped.
#[inline]
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_folded_wide(c, out);
    }
}

/// [`push_folded`] of a non-ASCII char: kept out of line, so that the ASCII case, most
/// letters of most posts, is a few instructions where it is called.
#[inline(never)]
fn push_folded_wide(c: char, out: &mut String) {
    for lower in c.lower() {
        match lower {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => decompose_canonical(lower, |d| {
                if canonical_combining_class(d) == 0 {
                    out.push(d);
                }
            }),
        }
    }
}

/// `s` folded: the key tags are compared by.
pub fn fold(s: &str) -> String {
    // ASCII folds char by char to its lower case.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// A tag's body without its sigil (`#` or the full-width `＃`).
pub fn strip_sigil(tag: &str) -> &str {
    tag.strip_prefix('#').or_else(|| tag.strip_prefix('＃')).unwrap_or(tag)
}

/// The comparison key of a tag written with or without its sigil.
pub fn key(tag: &str) -> String {
    fold(strip_sigil(tag.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_ligatures() {
        assert_eq!(fold("QualitéDeVie"), "qualitedevie");
        assert_eq!(fold("BienÊtre"), "bienetre");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(key("＃Innovation"), "innovation");
        assert_eq!(key(" #AI "), "ai");
    }

    proptest::proptest! {
        /// The ASCII shortcut folds as the char-by-char fold does.
        #[test]
        fn fold_is_char_by_char(s in "\\PC{0,12}", ascii in "[ -~]{0,12}") {
            for s in [s, ascii] {
                let mut expected = String::new();
                for c in s.chars() {
                    push_folded(c, &mut expected);
                }
                proptest::prop_assert_eq!(fold(&s), expected);
            }
        }
    }

    #[test]
    fn folds_greek_and_cyrillic_accents() {
        assert_eq!(fold("Ελλάδα"), "ελλαδα");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Ўзбек"), "узбек");
    }

    #[test]
    fn keeps_vowel_signs_that_make_the_word() {
        // हिंदी (Hindi): the vowel signs ि and ी carry class 0; the nukta of ऩ (class 7) goes.
        assert_eq!(fold("हिंदी"), "हिंदी");
        assert_ne!(fold("हिंदी"), fold("हंद"));
        assert_eq!(fold("\u{929}"), "\u{928}");
    }
}
