//! The IANA list of top-level domains, compiled in.
//!
//! Bluesky only links a bare domain (`example.com`, `@alice.example.com`) when it ends in a
//! known TLD; `@atproto/api` checks against the npm package `tlds`, which is exactly this list.
//! Mastodon links `https://…` URLs through twitter-text's domain grammar, which also wants a
//! known TLD; its own list is close to IANA's, so this one stands in for it.

use std::collections::HashSet;
use std::sync::LazyLock;

static LIST: &str = include_str!("data/tlds.txt");

/// Lower-case TLDs (ASCII and internationalised), `#` lines are comments.
static SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    LIST.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

/// Whether `label` is a TLD exactly as listed: lower case, case-sensitive (as `@atproto/api`
/// compares it).
pub(super) fn is_tld(label: &str) -> bool {
    SET.contains(label)
}

/// Whether `label` is a TLD in any letter case (as twitter-text's case-insensitive regex
/// compares it).
pub(super) fn is_tld_ignore_case(label: &str) -> bool {
    if label.chars().any(char::is_uppercase) {
        SET.contains(label.to_lowercase().as_str())
    } else {
        SET.contains(label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_ascii_and_idn_tlds() {
        assert!(is_tld("com"));
        assert!(is_tld("social"));
        assert!(is_tld("みんな"));
        assert!(!is_tld("COM"));
        assert!(is_tld_ignore_case("COM"));
        assert!(!is_tld("notatld"));
        assert!(!is_tld(""));
        assert!(SET.len() > 1000);
    }
}
