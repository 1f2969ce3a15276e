//! The IANA list of top-level domains, compiled in.
//!
//! Bluesky only links a bare domain (`example.com`, `@alice.example.com`) when it ends in a
//! known TLD; `@atproto/api` checks against the npm package `tlds`, which is exactly this list.
//! Mastodon links `https://…` URLs through twitter-text's domain grammar, which also wants a
//! known TLD; its own list is close to IANA's, so this one stands in for it.
//!
//! Both lists are compiled in as one (`build.rs`'s `write_tlds`): their union, sorted, a name a
//! line, a name of one list only marked with [`IANA_ONLY`] or [`TWITTER_ONLY`] after it. It is
//! searched in place (a binary search over the sorted text), so that no table is built at run
//! time: the first check pays nothing for it.

use brio_compile::case::CaseMap as _;

/// The union of IANA's list (`data/tlds.txt`) and twitter-text's (`twitter/tlds.txt`).
static BODY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tlds.txt"));

/// The mark after a name only IANA's list has.
const IANA_ONLY: u8 = 1;
/// The mark after a name only twitter-text's list has.
const TWITTER_ONLY: u8 = 2;

/// Which of the two lists hold a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lists {
    Both,
    Iana,
    Twitter,
}

impl Lists {
    pub(super) fn iana(self) -> bool {
        self != Lists::Twitter
    }

    pub(super) fn twitter(self) -> bool {
        self != Lists::Iana
    }
}

/// Which lists hold `key`, when one does: the lines of [`BODY`] in UTF-8 byte order of their
/// names (`build.rs` sorts them), a name's mark, if any, its line's last byte.
pub(super) fn lists_of(key: &[u8]) -> Option<Lists> {
    let bytes = BODY;
    let mut lo = 0;
    let mut hi = bytes.len();
    // Invariant: `lo` is a line start, `hi` is a line start or the end.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let window = bytes.get(lo..mid).unwrap_or_default();
        let start = window.iter().rposition(|&b| b == b'\n').map_or(lo, |i| lo + i + 1);
        let rest = bytes.get(start..hi).unwrap_or_default();
        let len = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let line = rest.get(..len).unwrap_or_default();
        let (name, lists) = match line.split_last() {
            Some((&IANA_ONLY, name)) => (name, Lists::Iana),
            Some((&TWITTER_ONLY, name)) => (name, Lists::Twitter),
            _ => (line, Lists::Both),
        };
        match name.cmp(key) {
            std::cmp::Ordering::Equal => return Some(lists),
            std::cmp::Ordering::Less => lo = start + len + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// Whether `label` is a TLD exactly as IANA lists it: lower case, case-sensitive (as
/// `@atproto/api` compares it).
pub(super) fn is_tld(label: &str) -> bool {
    !label.is_empty() && lists_of(label.as_bytes()).is_some_and(Lists::iana)
}

/// Whether `label` is a TLD in any letter case (as twitter-text's case-insensitive regex
/// compares it).
pub(super) fn is_tld_ignore_case(label: &str) -> bool {
    if label.chars().any(char::is_uppercase) { is_tld(&label.lower()) } else { is_tld(label) }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The names of a list file: its lines but the `#` header.
    pub(crate) fn entries(list: &str) -> Vec<&str> {
        list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    }

    const IANA: &str = include_str!("data/tlds.txt");
    const TWITTER: &str = include_str!("twitter/tlds.txt");

    #[test]
    fn knows_ascii_and_idn_tlds() {
        assert!(is_tld("com"));
        assert!(is_tld("social"));
        assert!(is_tld("みんな"));
        assert!(!is_tld("COM"));
        assert!(is_tld_ignore_case("COM"));
        assert!(!is_tld("notatld"));
        assert!(!is_tld(""));
        assert!(!is_tld("co\nm"));
        assert!(!is_tld("com\u{1}"));
        assert!(entries(IANA).len() > 1000);
    }

    /// The merged list holds exactly the two files' names, each marked with the lists that
    /// have it, and nothing else is found.
    #[test]
    fn the_merged_list_is_the_two_lists() {
        let (iana, twitter) = (entries(IANA), entries(TWITTER));
        for list in [&iana, &twitter] {
            assert!(list.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        }
        let mut names = 0;
        for name in iana.iter().chain(&twitter) {
            let lists = lists_of(name.as_bytes());
            assert_eq!(lists.map(Lists::iana), Some(iana.contains(name)), "{name}");
            assert_eq!(lists.map(Lists::twitter), Some(twitter.contains(name)), "{name}");
            assert_eq!(is_tld(name), iana.contains(name), "{name}");
            names += 1;
        }
        assert!(names > 3000);
        assert_eq!(BODY.iter().filter(|&&b| b == b'\n').count(), {
            let mut all: Vec<&&str> = iana.iter().chain(&twitter).collect();
            all.sort_unstable();
            all.dedup();
            all.len()
        });
        for missing in ["", "a", "comm", "notatld", "zzzz", "\u{1}", "みんなx"] {
            assert_eq!(lists_of(missing.as_bytes()), None, "{missing:?}");
        }
    }
}
