//! The top-level domains twitter-text links, from `tlds.txt` (generated from the npm package
//! twitter-text 3.1.0, Apache-2.0; see the file's header).

use std::collections::HashMap;
use std::sync::OnceLock;

const TLDS: &str = include_str!("tlds.txt");

/// The longest TLD in the list, in characters (`travelersinsurance` has 18; a margin is kept).
const MAX_TLD_CHARS: usize = 24;

/// TLD -> rank in twitter-text's alternation (lower is tried first).
fn table() -> &'static HashMap<&'static str, usize> {
    static TABLE: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    TABLE.get_or_init(|| {
        TLDS.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .enumerate()
            .map(|(rank, tld)| (tld, rank))
            .collect()
    })
}

/// Case-folds one character the way a case-insensitive JavaScript regex compares it (single
/// characters only; TLDs are stored in lower case).
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// May a TLD end here? twitter-text requires the TLD not to run on into `[0-9a-zA-Z@+-]`.
fn boundary_ok(after: &str) -> bool {
    !after.chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '+' | '-'))
}

/// Length in bytes of the TLD at the start of `s`, picked as twitter-text's regex does: the first
/// listed TLD that is a prefix and ends on a boundary, else a punycode label (`xn--...`).
pub(super) fn match_at(s: &str) -> Option<usize> {
    let table = table();
    let mut folded = String::new();
    let mut best: Option<(usize, usize)> = None;
    for (i, c) in s.char_indices().take(MAX_TLD_CHARS) {
        // No TLD holds ASCII punctuation or spaces: stop there rather than hash long prefixes.
        if c.is_ascii() && !c.is_ascii_alphanumeric() {
            break;
        }
        folded.push(fold(c));
        let end = i + c.len_utf8();
        if !boundary_ok(s.get(end..).unwrap_or("")) {
            continue;
        }
        if let Some(&rank) = table.get(folded.as_str()) {
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, end));
            }
        }
    }
    best.map(|(_, end)| end).or_else(|| punycode_len(s))
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

    #[test]
    fn prefers_the_listed_order_and_needs_a_boundary() {
        assert_eq!(match_at("community/x"), Some(9));
        assert_eq!(match_at("com"), Some(3));
        assert_eq!(match_at("COM."), Some(3));
        assert_eq!(match_at("comx"), None);
        assert_eq!(match_at("com-x"), None);
        assert_eq!(match_at("みんな/"), Some("みんな".len()));
        assert_eq!(match_at("XN--ls8h/"), Some(8));
    }

    #[test]
    fn the_list_has_generic_and_country_tlds() {
        assert!(table().len() > 1500);
        assert!(table().contains_key("fr") && table().contains_key("paris"));
    }
}
