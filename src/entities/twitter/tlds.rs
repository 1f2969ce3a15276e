//! The top-level domains twitter-text links, from `tlds.txt` (generated from the npm package
//! twitter-text 3.1.0, Apache-2.0; see the file's header), compiled in with IANA's list
//! (`crate::entities::tlds`).

use crate::entities::tlds::lists_of;
use brio_compile::case::CaseMap as _;

/// The longest TLD in the list, in characters (`travelersinsurance` has 18; a margin is kept).
const MAX_TLD_CHARS: usize = 24;

/// Case-folds one character the way a case-insensitive JavaScript regex compares it (single
/// characters only; TLDs are stored in lower case).
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.lower();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// May a TLD end here? twitter-text requires the TLD not to run on into `[0-9a-zA-Z@+-]`.
fn boundary_ok(after: &str) -> bool {
    !after
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'@' | b'+' | b'-'))
}

/// Length in bytes of the TLD at the start of `s`, picked as twitter-text's regex does: the first
/// listed TLD that is a prefix and ends on a boundary, else a punycode label (`xn--...`). A
/// longer TLD is always listed before a TLD it starts with, so that is the longest such prefix.
pub(super) fn match_at(s: &str) -> Option<usize> {
    // The folded prefix, built in place: at most 24 characters of 4 bytes.
    let mut folded = [0u8; MAX_TLD_CHARS * 4];
    let mut len = 0;
    let mut best = None;
    for (i, c) in s.char_indices().take(MAX_TLD_CHARS) {
        // No TLD holds ASCII punctuation or spaces: stop there.
        if c.is_ascii() && !c.is_ascii_alphanumeric() {
            break;
        }
        let Some(slot) = folded.get_mut(len..) else { break };
        len += fold(c).encode_utf8(slot).len();
        let end = i + c.len_utf8();
        if boundary_ok(s.get(end..).unwrap_or(""))
            && lists_of(folded.get(..len).unwrap_or_default()).is_some_and(|l| l.twitter())
        {
            best = Some(end);
        }
    }
    best.or_else(|| punycode_len(s))
}

/// `xn--[-0-9a-z]+`, case-insensitive, greedy.
fn punycode_len(s: &str) -> Option<usize> {
    let head = s.get(..4)?;
    if !head.eq_ignore_ascii_case("xn--") {
        return None;
    }
    let tail = s.bytes().skip(4).take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
    (tail > 0).then_some(4 + tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<&'static str> {
        crate::entities::tlds::tests::entries(include_str!("tlds.txt"))
    }

    #[test]
    fn prefers_the_longest_and_needs_a_boundary() {
        assert_eq!(match_at("community/x"), Some(9));
        assert_eq!(match_at("com"), Some(3));
        assert_eq!(match_at("COM."), Some(3));
        assert_eq!(match_at("comx"), None);
        assert_eq!(match_at("com-x"), None);
        assert_eq!(match_at("co.uk"), Some(2));
        assert_eq!(match_at("みんな/"), Some("みんな".len()));
        assert_eq!(match_at("XN--ls8h/"), Some(8));
        // A long run of letters is cut at 24 characters, never read to its end.
        assert_eq!(match_at(&"a".repeat(10_000)), None);
    }

    #[test]
    fn the_list_has_generic_and_country_tlds_sorted() {
        let list = entries();
        assert!(list.len() > 1500);
        assert!(list.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        for tld in list {
            assert_eq!(match_at(tld), Some(tld.len()), "{tld}");
        }
        assert!(
            match_at("fr").is_some() && match_at("paris").is_some() && match_at("onion").is_some()
        );
    }
}
