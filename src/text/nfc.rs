//! Unicode Normalization Form C (UAX #15), for the X length, which twitter-text weighs on the NFC
//! form of a post.
//!
//! Written over [`crate::canonical`]'s per-char tables (`unicode_normalization`'s data, sorted
//! at build time) rather than with that crate's `nfc()` iterator: the iterator dispatches
//! between canonical and compatibility decomposition at run time, which links the compatibility
//! tables (tens of KB of the `.wasm`) that NFC never reads. A test compares both on arbitrary
//! text.

use std::borrow::Cow;

use crate::canonical::{canonical_combining_class, compose, decompose_canonical};

/// The first code point that can change under NFC: below it there is no combining mark and no
/// character that decomposes differently from how it recomposes.
const FIRST_UNSTABLE: char = '\u{300}';

/// `text` in Normalization Form C; borrowed when it is already NFC for certain (every char below
/// U+0300, which covers ASCII and Latin-1 posts).
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| c < FIRST_UNSTABLE) {
        return Cow::Borrowed(text);
    }
    let mut chars = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose_canonical(c, |d| chars.push(d));
    }
    reorder(&mut chars);
    Cow::Owned(recompose(&chars).into_iter().collect())
}

/// Canonical ordering: each run of combining marks (non-zero class) sorted by class, stably.
fn reorder(chars: &mut [char]) {
    let mut start = 0;
    while start < chars.len() {
        let run = chars.get(start..).map_or(0, |rest| {
            rest.iter().take_while(|c| canonical_combining_class(**c) != 0).count()
        });
        if let Some(marks) = chars.get_mut(start..start + run) {
            crate::order::sort_by_key(marks, |c| (usize::from(canonical_combining_class(*c)), 0));
        }
        start += run.max(1);
    }
}

/// Canonical composition: each char joins the last starter unless a char in between blocks it
/// (a starter, or a mark of the same or a higher class).
fn recompose(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // Class of the last char pushed after the starter; `None` when it is adjacent.
    let mut last_class: Option<u8> = None;
    for &c in chars {
        let class = canonical_combining_class(c);
        if let Some(at) = starter {
            let blocked = last_class.is_some_and(|last| last == 0 || last >= class);
            if !blocked {
                if let Some(composed) = out.get(at).and_then(|&s| compose(s, c)) {
                    if let Some(slot) = out.get_mut(at) {
                        *slot = composed;
                    }
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    #[test]
    fn composes_and_orders() {
        let cases = [
            ("e\u{301}", "é"),
            ("A\u{30A}", "Å"),
            // Marks of classes 220 (dot below) and 230 (dot above) in either order.
            ("q\u{307}\u{323}", "q\u{323}\u{307}"),
            ("s\u{307}\u{323}", "ṩ"),
            // Hangul jamo compose algorithmically.
            ("\u{1100}\u{1161}\u{11A8}", "각"),
            // A singleton decomposition (Ohm sign) never recomposes.
            ("\u{2126}", "Ω"),
            ("\u{301}e", "\u{301}e"),
            ("Café", "Café"),
        ];
        for (input, expected) in cases {
            assert_eq!(nfc(input), expected, "{input:?}");
        }
    }

    #[test]
    fn stable_text_is_borrowed() {
        assert!(matches!(nfc("Déjà vu, ça ! #Lyon"), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_unicode_normalization(
            text in "(\\PC|[eAsq\u{300}-\u{36F}\u{323}\u{1100}\u{1161}\u{11A8}\u{AC00}\u{0F71}\u{0F72}\u{0F80}])*"
        ) {
            let expected: String = text.nfc().collect();
            let ours = nfc(&text);
            proptest::prop_assert_eq!(ours.as_ref(), expected.as_str());
        }
    }
}
