//! The IANA list of top-level domains, compiled in.
//!
//! Bluesky only links a bare domain (`example.com`, `@alice.example.com`) when it ends in a
//! known TLD; `@atproto/api` checks against the npm package `tlds`, which is exactly this list.
//! Mastodon links `https://…` URLs through twitter-text's domain grammar, which also wants a
//! known TLD; its own list is close to IANA's, so this one stands in for it.
//!
//! The lists are searched in place (a binary search over the sorted text), so that no table is
//! built at run time: the first check pays nothing for them.

static LIST: &str = include_str!("data/tlds.txt");

/// Length of the leading `#` comment lines of `list`.
const fn header_len(list: &str) -> usize {
    let bytes = list.as_bytes();
    let mut at = 0;
    while at < bytes.len() && bytes[at] == b'#' {
        while at < bytes.len() && bytes[at] != b'\n' {
            at += 1;
        }
        at += 1;
    }
    if at > bytes.len() { bytes.len() } else { at }
}

/// The lines of `list` after its header, at compile time (the header is long: skipping it
/// was most of a search).
pub(super) const fn body(list: &'static str) -> &'static [u8] {
    list.as_bytes().split_at(header_len(list)).1
}

static BODY: &[u8] = body(LIST);

/// Whether `key` is a whole line of `body`: lines in UTF-8 byte order (checked by the tests of
/// each list), the header left out by [`body`].
pub(super) fn sorted_lines_contain(body: &[u8], key: &[u8]) -> bool {
    let bytes = body;
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
        match line.cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = start + len + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Whether `label` is a TLD exactly as listed: lower case, case-sensitive (as `@atproto/api`
/// compares it).
pub(super) fn is_tld(label: &str) -> bool {
    !label.is_empty() && sorted_lines_contain(BODY, label.as_bytes())
}

/// Whether `label` is a TLD in any letter case (as twitter-text's case-insensitive regex
/// compares it).
pub(super) fn is_tld_ignore_case(label: &str) -> bool {
    if label.chars().any(char::is_uppercase) {
        is_tld(&label.to_lowercase())
    } else {
        is_tld(label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(list: &str) -> Vec<&str> {
        list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    }

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
        assert!(entries(LIST).len() > 1000);
    }

    #[test]
    fn the_list_is_sorted_and_every_entry_is_found() {
        let list = entries(LIST);
        assert!(list.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        assert_eq!(LIST.get(header_len(LIST)..).map(|b| b.lines().count()), Some(list.len()));
        for tld in list {
            assert!(is_tld(tld), "{tld}");
        }
    }
}
