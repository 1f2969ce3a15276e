//! Finding a few marks in a long post without decoding it.
//!
//! Typography rules look for rare characters (a `:`, a `«`, two spaces in a row, a `!`). Walking
//! the post with `char_indices` decodes every character of it for each such rule, on every
//! keystroke. Here the walk is over bytes: a character can only be one of the marks if its
//! UTF-8 lead byte is one of theirs, and only those characters are decoded. Every caller names
//! the lead bytes of its marks; a test checks, over every Unicode scalar value, that no mark
//! escapes its lead-byte filter.

use crate::text::Span;

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The characters of `text` whose lead byte passes `lead` and which pass `member`, with their
/// byte offsets, in order. `lead` must accept the lead byte of every character `member` accepts.
pub(crate) fn find(
    text: &str,
    lead: impl Fn(u8) -> bool,
    member: impl Fn(char) -> bool,
) -> impl Iterator<Item = (usize, char)> {
    text.bytes().enumerate().filter_map(move |(i, b)| {
        if !lead(b) || !starts_char(b) {
            return None;
        }
        let c = text.get(i..)?.chars().next()?;
        member(c).then_some((i, c))
    })
}

/// The maximal runs of consecutive characters passing `member`, in order (see [`find`] for
/// `lead`).
pub(crate) fn runs(
    text: &str,
    lead: impl Fn(u8) -> bool,
    member: impl Fn(char) -> bool,
) -> impl Iterator<Item = Span> {
    let mut found = find(text, lead, member).peekable();
    std::iter::from_fn(move || {
        let (start, c) = found.next()?;
        let mut end = start + c.len_utf8();
        while let Some((_, c)) = found.next_if(|(i, _)| *i == end) {
            end += c.len_utf8();
        }
        Some(start..end)
    })
}

/// The runs of two or more consecutive characters passing `member` (see [`find`] for `lead`).
///
/// Faster than filtering [`runs`] when single marks are common (a space between every two
/// words): a mark whose next byte cannot start another is passed over undecoded.
pub(crate) fn runs_of_two(
    text: &str,
    lead: impl Fn(u8) -> bool,
    member: impl Fn(char) -> bool,
) -> impl Iterator<Item = Span> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(i) {
            let start = i;
            i += 1;
            // The byte after this char, found from its lead byte's length.
            let width = match b {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xFF => 4,
                _ => continue,
            };
            if !lead(b) || !bytes.get(start + width).is_some_and(|&next| lead(next)) {
                continue;
            }
            let mut end = start;
            let mut count = 0;
            while let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) {
                if !member(c) {
                    break;
                }
                end += c.len_utf8();
                count += 1;
            }
            if count >= 2 {
                i = end;
                return Some(start..end);
            }
        }
        None
    })
}

/// Checks, over every scalar value, that `lead` lets through the lead byte of each character
/// `member` accepts. For the tests of the rules that use [`find`] and [`runs`].
#[cfg(test)]
pub(crate) fn assert_lead_covers(lead: impl Fn(u8) -> bool, member: impl Fn(char) -> bool) {
    let mut buf = [0u8; 4];
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        if member(c) {
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(lead(first), "{c:?} (U+{:04X}) escapes its lead-byte filter", c as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_runs(text: &str, member: impl Fn(char) -> bool) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for (i, c) in text.char_indices().filter(|(_, c)| member(*c)) {
            match out.last_mut() {
                Some(run) if run.end == i => run.end = i + c.len_utf8(),
                _ => out.push(i..i + c.len_utf8()),
            }
        }
        out
    }

    fn space(c: char) -> bool {
        c == ' ' || c == '\u{a0}' || c == '\u{202f}'
    }

    fn space_lead(b: u8) -> bool {
        matches!(b, b' ' | 0xC2 | 0xE2)
    }

    #[test]
    fn a_missing_lead_byte_is_caught() {
        assert_lead_covers(space_lead, space);
        let missed = std::panic::catch_unwind(|| assert_lead_covers(|b| b == b' ', space));
        assert!(missed.is_err());
    }

    #[test]
    fn runs_join_adjacent_marks_only() {
        let text = "a  b\u{a0} c\u{202f}’ é ";
        assert_eq!(runs(text, space_lead, space).collect::<Vec<_>>(), naive_runs(text, space));
        assert_eq!(
            runs(text, space_lead, space).collect::<Vec<_>>(),
            [1..3, 4..7, 8..11, 14..15, 17..18]
        );
        assert!(runs("", space_lead, space).next().is_none());
        assert_eq!(runs_of_two(text, space_lead, space).collect::<Vec<_>>(), [1..3, 4..7]);
        let whole: Vec<Span> = runs_of_two(" \u{a0}  ", space_lead, space).collect();
        assert_eq!(whole.first(), Some(&(0..5)));
        assert_eq!(whole.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn runs_agree_with_a_char_walk(text in "[a  é\u{a0}\u{202f}’!?\n]{0,40}|\\PC{0,40}") {
            proptest::prop_assert_eq!(runs(&text, space_lead, space).collect::<Vec<_>>(), naive_runs(&text, space));
            let found: Vec<(usize, char)> = find(&text, space_lead, space).collect();
            let expected: Vec<(usize, char)> =
                text.char_indices().filter(|(_, c)| space(*c)).collect();
            proptest::prop_assert_eq!(found, expected);
            let long: Vec<Span> = naive_runs(&text, space)
                .into_iter()
                .filter(|run| text[run.clone()].chars().count() >= 2)
                .collect();
            proptest::prop_assert_eq!(runs_of_two(&text, space_lead, space).collect::<Vec<_>>(), long);
        }
    }
}
