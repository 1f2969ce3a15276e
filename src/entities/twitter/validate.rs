//! twitter-text's validators: what the composer accepts as a tweet, a username, a list, a
//! hashtag or a URL.

use super::{hashtags, is_invalid, mention};
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

// RFC 3986 pieces, as twitter-text's `validateUrl*` regexes spell them. Those regexes are
// case-insensitive Unicode ones: `[a-z]` also takes U+017F (long s) and U+212A (Kelvin sign), and
// the Cyrillic range U+0400-04FF the old Cyrillic letter forms U+1C80-1C87. A piece is valid when
// the regex's first match spans all of it, which is not always when some match could: the scans
// below reproduce that first match.

/// `unreserved`: `[a-z\x{400}-\x{4FF}0-9\-._~]`, case-insensitive.
fn is_unreserved(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '-' | '.' | '_' | '~' | '\u{17F}' | '\u{212A}')
        || matches!(c, '\u{400}'..='\u{4FF}' | '\u{1C80}'..='\u{1C87}')
}

fn is_sub_delim(c: char) -> bool {
    matches!(c, '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=')
}

/// Length of a `%XX` escape at the start of `s`.
fn pct_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (b.first() == Some(&b'%')
        && b.get(1).is_some_and(u8::is_ascii_hexdigit)
        && b.get(2).is_some_and(u8::is_ascii_hexdigit))
    .then_some(3)
}

/// Whether `s` is made of `item`s and `%XX` escapes only.
fn all_items(s: &str, item: impl Fn(char) -> bool) -> bool {
    let mut at = 0;
    while let Some(c) = s.get(at..).and_then(|r| r.chars().next()) {
        if item(c) {
            at += c.len_utf8();
        } else if let Some(n) = s.get(at..).and_then(pct_len) {
            at += n;
        } else {
            return false;
        }
    }
    true
}

fn is_pchar(c: char) -> bool {
    is_unreserved(c) || is_sub_delim(c) || matches!(c, ':' | '|' | '@')
}

/// `(?:/pchar*)*`: empty, or `/` then `pchar`s and further `/`.
fn is_valid_path(path: &str) -> bool {
    path.is_empty() || (path.starts_with('/') && all_items(path, |c| c == '/' || is_pchar(c)))
}

/// `(?:pchar|/|\?)*`.
fn is_valid_query(query: &str) -> bool {
    all_items(query, |c| c == '/' || c == '?' || is_pchar(c))
}

/// `https?`, case-insensitive.
fn is_http_scheme(scheme: &str) -> bool {
    let Some((head, tail)) = scheme.split_at_checked(4) else {
        return false;
    };
    head.eq_ignore_ascii_case("http") && matches!(tail, "" | "s" | "S" | "\u{17F}")
}

/// `[a-z0-9]` or any non-ASCII character.
fn is_alnum_or_wide(c: char) -> bool {
    c.is_ascii_alphanumeric() || !c.is_ascii()
}

/// A dotted-quad part: 0-255, no leading zero (`[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]`).
fn is_dec(digits: &[u8]) -> bool {
    match *digits {
        [a] => a.is_ascii_digit(),
        [a, b] => matches!(a, b'1'..=b'9') && b.is_ascii_digit(),
        [a, b, c] => {
            let n = (u32::from(a) - 48) * 100 + (u32::from(b) - 48) * 10 + (u32::from(c) - 48);
            a != b'0' && digits.iter().all(u8::is_ascii_digit) && n <= 255
        }
        _ => false,
    }
}

/// End of the first match of the IPv4 alternative at `at`. The last part is matched by its
/// first alternative, one digit: the regex stops there (`1.2.3.45` matches `1.2.3.4`).
fn ipv4_end(s: &str, at: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut pos = at;
    for _ in 0..3 {
        let digits = b.get(pos..)?.iter().take_while(|c| c.is_ascii_digit()).count();
        if !is_dec(b.get(pos..pos + digits)?) || b.get(pos + digits) != Some(&b'.') {
            return None;
        }
        pos += digits + 1;
    }
    b.get(pos).is_some_and(u8::is_ascii_digit).then_some(pos + 1)
}

/// End of `\[[a-f0-9:.]+\]` at `at`.
fn ipv6_end(s: &str, at: usize) -> Option<usize> {
    let b = s.as_bytes();
    if b.get(at) != Some(&b'[') {
        return None;
    }
    let n = b
        .get(at + 1..)?
        .iter()
        .take_while(|c| c.is_ascii_hexdigit() || matches!(c, b':' | b'.'))
        .count();
    (n > 0 && b.get(at + 1 + n) == Some(&b']')).then_some(at + n + 2)
}

/// One label of a host: its end, whether it may be a subdomain (`_` allowed inside), a domain
/// name (no `_`), and whether a dot follows it.
struct Label {
    end: usize,
    sub: bool,
    seg: bool,
    dotted: bool,
}

fn label_at(s: &str, start: usize) -> Label {
    let rest = s.get(start..).unwrap_or("");
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(is_alnum_or_wide(c) || c == '_' || c == '-'))
        .map_or(rest.len(), |(i, _)| i);
    let label = rest.get(..len).unwrap_or("");
    let edges = label.chars().next().is_some_and(is_alnum_or_wide)
        && label.chars().next_back().is_some_and(is_alnum_or_wide);
    Label {
        end: start + len,
        sub: edges,
        seg: edges && !label.contains('_'),
        dotted: rest.as_bytes().get(len) == Some(&b'.'),
    }
}

/// End of the first match of `(?:sub\.)*(?:seg\.)tld` at `at`: as many subdomains as the
/// greedy loop can take, giving them back one by one until a domain name and a TLD follow.
fn domain_end(s: &str, at: usize) -> Option<usize> {
    let mut labels = Vec::new();
    let mut pos = at;
    loop {
        let label = label_at(s, pos);
        let go_on = label.sub && label.dotted;
        pos = label.end + 1;
        labels.push(label);
        if !go_on {
            break;
        }
    }
    // `labels[..subs]` may all be subdomains; the name is `labels[k]` for the largest k that fits.
    let subs = labels.len() - 1;
    (0..=subs).rev().find_map(|k| {
        let name = labels.get(k)?;
        if !(name.seg && name.dotted) {
            return None;
        }
        tld_end(s, name.end + 1)
    })
}

/// End of `tld` at `at`: a letter (or any non-ASCII character), then the longest run of
/// `[a-z0-9-]` and non-ASCII characters that ends on a letter, digit or non-ASCII character.
fn tld_end(s: &str, at: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    let first = rest.chars().next()?;
    if first.is_ascii() && !first.is_ascii_alphabetic() {
        return None;
    }
    let mut end = at + first.len_utf8();
    for (i, c) in rest.char_indices().skip(1) {
        if is_alnum_or_wide(c) {
            end = at + i + c.len_utf8();
        } else if c != '-' {
            break;
        }
    }
    Some(end)
}

/// End of the first match of the host at `at`: IPv4, bracketed IPv6, or a domain.
fn host_end(s: &str, at: usize) -> Option<usize> {
    ipv4_end(s, at).or_else(|| ipv6_end(s, at)).or_else(|| domain_end(s, at))
}

/// After the host, an optional `:port` of one to five digits (the first five, if more).
fn port_end(s: &str, at: usize) -> usize {
    let b = s.as_bytes();
    if b.get(at) != Some(&b':') {
        return at;
    }
    let digits = b.iter().skip(at + 1).take(5).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 { at } else { at + 1 + digits }
}

/// `(?:userinfo@)?(?:ip|domain)(?::port)?`: the first match from the start must be all of it.
fn is_valid_authority(authority: &str) -> bool {
    // The userinfo, if it runs up to an `@`, is tried first; the host without it only if no host
    // follows the `@`.
    let mut at = 0;
    while let Some(c) = authority.get(at..).and_then(|r| r.chars().next()) {
        if is_unreserved(c) || is_sub_delim(c) || c == ':' {
            at += c.len_utf8();
        } else if let Some(n) = authority.get(at..).and_then(pct_len) {
            at += n;
        } else {
            break;
        }
    }
    let with_userinfo = (authority.as_bytes().get(at) == Some(&b'@'))
        .then(|| host_end(authority, at + 1))
        .flatten();
    with_userinfo
        .or_else(|| host_end(authority, 0))
        .is_some_and(|end| port_end(authority, end) == authority.len())
}

/// The parts of a URL as the RFC 3986 appendix B pattern splits it: scheme (if followed by
/// `://`), authority, path, query and fragment. `None` if the fragment holds a line feed, which
/// the pattern's `.*` does not match.
#[allow(clippy::type_complexity)]
fn split(url: &str) -> Option<(Option<&str>, &str, &str, Option<&str>, Option<&str>)> {
    let scheme_len = url.find([':', '/', '?', '#']).unwrap_or(url.len());
    let (scheme, rest) = match url.get(scheme_len..) {
        Some(r) if scheme_len > 0 && r.starts_with("://") => {
            (url.get(..scheme_len), r.get(3..).unwrap_or(""))
        }
        _ => (None, url),
    };
    let (rest, fragment) = match rest.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (rest, None),
    };
    if fragment.is_some_and(|f| f.contains('\n')) {
        return None;
    }
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let path_at = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at_checked(path_at)?;
    Some((scheme, authority, path, query, fragment))
}

/// An absolute URL twitter-text accepts (`http(s)://` required unless `require_protocol` is
/// false), with a host in any script.
pub fn is_valid_url(url: &str, require_protocol: bool) -> bool {
    let Some((scheme, authority, path, query, fragment)) = split(url) else {
        return false;
    };
    let scheme_ok = match scheme {
        Some(s) => is_http_scheme(s) || !require_protocol,
        None => !require_protocol,
    };
    scheme_ok
        && is_valid_path(path)
        && query.is_none_or(is_valid_query)
        && fragment.is_none_or(is_valid_query)
        && is_valid_authority(authority)
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
    fn validates_urls_as_the_regexes_first_match() {
        // The last part of an IPv4 address is one digit in the regex's first match.
        assert!(is_valid_url("http://1.2.3.4", true));
        assert!(!is_valid_url("http://1.2.3.45", true));
        assert!(!is_valid_url("http://1.2.3.4.com", true));
        assert!(is_valid_url("http://[::1]:8080/", true));
        assert!(is_valid_url("http://user:pw@example.com:80/a/b?c=d/e?f#g", true));
        assert!(!is_valid_url("http://example.com:123456", true));
        assert!(is_valid_url("HTTP\u{17F}://example.com", true));
        assert!(!is_valid_url("http://example.com/%4", true));
        assert!(is_valid_url("http://example.com/%4a", true));
        assert!(!is_valid_url("http://example.com/a#b\nc", true));
        assert!(!is_valid_url("http://example.com/a?b\nc", true));
        assert!(!is_valid_url("http://a_b.com", true));
        assert!(is_valid_url("http://a_b.c.com", true));
        assert!(!is_valid_url("http://", true));
        assert!(is_valid_url("http://x.y", true));
        assert!(!is_valid_url("http://x.1", true));
    }
}
