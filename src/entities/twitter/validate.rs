//! twitter-text's validators: what the composer accepts as a tweet, a username, a list, a
//! hashtag or a URL.

use std::sync::OnceLock;

use regex::Regex;

use super::{cached, hashtags, is_invalid, mention};
use crate::entities::{Dialect, extract};
use crate::platform::{Platform, measure};
use crate::text::Document;

/// Whether `text` holds a character X refuses (U+FFFE, U+FEFF, U+FFFF).
pub fn has_invalid_characters(text: &str) -> bool {
    text.chars().any(is_invalid)
}

/// A postable tweet: not empty, within the weighted limit, no refused characters.
pub fn is_valid_tweet(text: &str) -> bool {
    if text.is_empty() || has_invalid_characters(text) {
        return false;
    }
    // twitter-text weighs the NFC form.
    let normalized = crate::text::nfc(text);
    let length = measure(
        Platform::X,
        &Document::new(&normalized),
        &extract(&normalized, Dialect::Twitter),
        "",
    );
    length.used <= length.limit
}

fn without_sign(text: &str) -> &str {
    text.char_indices().nth(1).map_or("", |(i, _)| &text[i..])
}

/// `@name` exactly, and a name twitter-text links.
pub fn is_valid_username(text: &str) -> bool {
    let found = mention::find(text);
    matches!(found.as_slice(), [m] if m.list.is_none()
        && text.get(m.name.clone()) == Some(without_sign(text)))
}

/// `@name/list` exactly.
pub fn is_valid_list(text: &str) -> bool {
    let found = mention::find(text);
    matches!(found.as_slice(), [m] if m.list.is_some() && m.span == (0..text.len()))
}

/// `#tag` exactly, and a tag twitter-text links.
pub fn is_valid_hashtag(text: &str) -> bool {
    let found = hashtags(text);
    matches!(found.as_slice(), [s] if *s == (0..text.len()) && !text.is_empty())
}

/// RFC 3986 pieces, as twitter-text's `validateUrl*` regexes spell them.
const UNRESERVED: &str = r"[a-z\x{400}-\x{4FF}0-9\-._~]";
const PCT: &str = r"%[0-9a-f]{2}";
const SUB_DELIMS: &str = r"[!$&'()*+,;=]";

fn pchar() -> String {
    format!(r"(?:{UNRESERVED}|{PCT}|{SUB_DELIMS}|[:|@])")
}

fn full(re: Option<&Regex>, s: &str) -> bool {
    re.and_then(|re| re.find(s)).is_some_and(|m| m.start() == 0 && m.end() == s.len())
}

fn parts() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || {
        r"^(?:(?P<scheme>[^:/?#]+)://)?(?P<authority>[^/?#]*)(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?$".to_owned()
    })
}

fn scheme() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || r"(?i)https?".to_owned())
}

fn path() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || format!(r"(?i)(?:/{}*)*", pchar()))
}

fn query() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || format!(r"(?i)(?:{}|/|\?)*", pchar()))
}

fn authority() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || {
        let any = r"[^\x00-\x7F]";
        let sub = format!(r"(?:[a-z0-9]|{any})(?:(?:[a-z0-9_\-]|{any})*(?:[a-z0-9]|{any}))?");
        let seg = format!(r"(?:[a-z0-9]|{any})(?:(?:[a-z0-9\-]|{any})*(?:[a-z0-9]|{any}))?");
        let tld = format!(r"(?:[a-z]|{any})(?:(?:[a-z0-9\-]|{any})*(?:[a-z0-9]|{any}))?");
        let dec = r"(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])";
        let ip = format!(r"(?:{dec}(?:\.{dec}){{3}}|\[[a-f0-9:.]+\])");
        let userinfo = format!(r"(?:{UNRESERVED}|{PCT}|{SUB_DELIMS}|:)*");
        format!(r"(?i)(?:{userinfo}@)?(?:{ip}|(?:{sub}\.)*(?:{seg}\.){tld})(?::[0-9]{{1,5}})?")
    })
}

/// An absolute URL twitter-text accepts (`http(s)://` required unless `require_protocol` is
/// false), with a host in any script.
pub fn is_valid_url(url: &str, require_protocol: bool) -> bool {
    let Some(caps) = parts().and_then(|re| re.captures(url)) else {
        return false;
    };
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    let scheme_ok = match get("scheme") {
        Some(s) => full(scheme(), s) || !require_protocol,
        None => !require_protocol,
    };
    let optional =
        |re: Option<&Regex>, s: Option<&str>| s.is_none_or(|s| s.is_empty() || full(re, s));
    scheme_ok
        && full(path(), get("path").unwrap_or(""))
        && optional(query(), get("query"))
        && optional(query(), get("fragment"))
        && full(authority(), get("authority").unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_usernames_lists_and_hashtags() {
        assert!(is_valid_username("@alice_1"));
        assert!(!is_valid_username("@alice-1"));
        assert!(is_valid_list("@alice/team"));
        assert!(!is_valid_list("@alice/ "));
        assert!(is_valid_hashtag("#ok"));
        assert!(!is_valid_hashtag("#123"));
    }

    #[test]
    fn validates_urls() {
        assert!(is_valid_url("https://example.com/a?b=c#d", true));
        assert!(!is_valid_url("ftp://example.com", true));
        assert!(!is_valid_url("http://-x.com", true));
        assert!(is_valid_url("example.com/a", false));
        assert!(is_valid_url("http://例え.テスト", true));
    }

    #[test]
    fn validates_tweets() {
        assert!(is_valid_tweet("hello"));
        assert!(!is_valid_tweet(""));
        assert!(!is_valid_tweet("a\u{FFFE}"));
        assert!(!is_valid_tweet(&"a".repeat(281)));
    }

    #[test]
    fn every_pattern_compiles() {
        assert!(parts().is_some() && scheme().is_some() && path().is_some());
        assert!(query().is_some() && authority().is_some());
    }
}
