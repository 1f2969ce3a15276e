//! URLs, with or without `http(s)://`, as twitter-text's `extractUrlsWithIndices` finds them.
//!
//! twitter-text runs one large regex with look-aheads and backtracking over the host's labels;
//! the `regex` crate has neither, so the host is parsed by hand here ([`Hosts`]), remembering
//! each dot's outcome so that a long run of labels is walked once, not once per start position.
//! The port, path and query after the host need no look-around and use a regex.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::{cached, idna, is_directional, is_invalid, is_punct, mention::is_space, tlds};
use crate::text::{Span, utf16_len};

/// Longest URL twitter-text links, in UTF-16 units, protocol and punycode host included.
const MAX_URL_LENGTH: usize = 4096;
/// Longest t.co slug.
const MAX_TCO_SLUG: usize = 40;

/// Latin letters with diacritics that twitter-text accepts in paths and ASCII-ish hosts.
const LATIN_ACCENTS: &str = r"\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}\x{253}\x{254}\x{256}\x{257}\x{259}\x{25B}\x{263}\x{268}\x{26F}\x{272}\x{289}\x{28B}\x{2BB}\x{300}-\x{36F}\x{1E00}-\x{1EFF}";

/// Port, path and query after the host (twitter-text's `validPortNumber`, `validUrlPath`,
/// `validUrlQueryChars`, `validUrlQueryEndingChars`). Paths may hold balanced parentheses
/// (`wiki/Foo_(bar)`) and must end on a letter, digit or `+-=_#/` so that trailing punctuation
/// stays out of the link.
fn tail() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || {
        let g = format!(
            r"[a-z\x{{400}}-\x{{4FF}}0-9!*';:=+,.$/%#\[\]\-\x{{2013}}_~@|&{LATIN_ACCENTS}]"
        );
        let parens = format!(r"\((?:{g}+|(?:{g}*\({g}+\){g}*))\)");
        let ending = format!(r"(?:[+\-a-z\x{{400}}-\x{{4FF}}0-9=_#/{LATIN_ACCENTS}]|{parens})");
        let path = format!(r"(?:(?:{g}*(?:{parens}{g}*)*{ending})|(?:@{g}+/))");
        let query = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]";
        let query_end = r"[a-z0-9\-_&=#/]";
        format!(r"(?i)^(?::[0-9]+)?(?P<path>/{path}*)?(?:\?{query}*{query_end})?")
    })
}

/// A t.co link and at most its query: anything glued after it is not part of the link.
fn tco() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || {
        r"(?i)^https?://t\.co/(?P<slug>[a-z0-9]+)(?:\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/])?"
            .to_owned()
    })
}

/// What may stand right before a URL: not a letter or digit, not `@ $ #` (a mention, cashtag or
/// hashtag would swallow it), not a non-character; or a directional mark.
fn is_preceding(c: char) -> bool {
    is_directional(c)
        || !(c.is_ascii_alphanumeric()
            || matches!(c, '@' | '＠' | '$' | '#' | '＃')
            || is_invalid(c))
}

/// A character a host label may contain anywhere: anything but ASCII punctuation, spaces,
/// non-characters and directional marks (so IDN hosts in any script are labels too).
fn is_domain_char(c: char) -> bool {
    !(is_punct(c) || is_space(c) || is_invalid(c) || is_directional(c))
}

fn is_ascii_label_char(c: char) -> bool {
    c.is_ascii_lowercase()
        || c.is_ascii_uppercase()
        || c.is_ascii_digit()
        || c == '-'
        || super::is_latin_accent(c)
}

/// Which labels a host is made of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    /// twitter-text's `validDomain`: any domain characters, `-` and `_` inside, `_` only in
    /// subdomains.
    Any,
    /// `validAsciiDomain`: ASCII letters, digits, `-` and accented Latin letters.
    Ascii,
}

/// Host parsing over one haystack, with memoised outcomes per dot.
struct Hosts<'t> {
    hay: &'t str,
    kind: LabelKind,
    /// Dot position -> end of the TLD of the best host continuing after that dot.
    after_dot: HashMap<usize, Option<usize>>,
    /// The last label run computed: (start, end, last `_` in it), reused by the next start
    /// positions inside the same run.
    run: (usize, usize, Option<usize>),
}

impl<'t> Hosts<'t> {
    fn new(hay: &'t str, kind: LabelKind) -> Self {
        Self { hay, kind, after_dot: HashMap::new(), run: (0, 0, None) }
    }

    fn is_label_char(&self, c: char) -> bool {
        match self.kind {
            LabelKind::Any => is_domain_char(c) || c == '-' || c == '_',
            LabelKind::Ascii => is_ascii_label_char(c),
        }
    }

    /// End of the label run starting at `at`.
    fn scan_run(&self, at: usize) -> usize {
        let rest = self.hay.get(at..).unwrap_or("");
        let len = rest
            .char_indices()
            .find(|&(_, c)| !self.is_label_char(c))
            .map_or(rest.len(), |(i, _)| i);
        at + len
    }

    /// End of the label run starting at `at`, remembered for the next start positions inside
    /// the same run (each is a candidate host start).
    fn run_end(&mut self, at: usize) -> (usize, Option<usize>) {
        if at >= self.run.0 && at < self.run.1 {
            return (self.run.1, self.run.2);
        }
        let end = self.scan_run(at);
        let underscore = self.hay.get(at..end).and_then(|l| l.rfind('_')).map(|i| at + i);
        self.run = (at, end, underscore);
        (end, underscore)
    }

    /// Is `label` a label of this kind, and may it be the registrable name (right before the
    /// TLD)? `underscore` tells whether it holds a `_`, known by the caller.
    fn label_ok(&self, label: &str, underscore: bool) -> (bool, bool) {
        match self.kind {
            LabelKind::Ascii => (!label.is_empty(), !label.is_empty()),
            LabelKind::Any => {
                let ends = |c: Option<char>| c.is_some_and(is_domain_char);
                let valid = ends(label.chars().next()) && ends(label.chars().next_back());
                (valid, valid && !underscore)
            }
        }
    }

    /// The label from `start` to `end`, if it is followed by a dot: (dot position, valid, may be
    /// the name).
    fn unit(&self, start: usize, end: usize, underscore: bool) -> Option<(usize, bool, bool)> {
        if self.hay.get(end..)?.starts_with('.') {
            let (valid, name) = self.label_ok(self.hay.get(start..end)?, underscore);
            Some((end, valid, name))
        } else {
            None
        }
    }

    fn tld_end(&self, at: usize) -> Option<usize> {
        tlds::match_at(self.hay.get(at..)?).map(|len| at + len)
    }

    /// End of the host that goes on after the dot at `dot` with at least one more label, taking
    /// as many labels as possible before the TLD (the regex's greedy subdomains).
    fn continue_after(&mut self, dot: usize) -> Option<usize> {
        if let Some(&known) = self.after_dot.get(&dot) {
            return known;
        }
        // Walk the chain of labels forward, then settle each dot from the last one back.
        let mut chain: Vec<(usize, usize, bool)> = Vec::new(); // (dot, next dot, may be name)
        let mut at = dot;
        let mut result = None;
        loop {
            if let Some(&known) = self.after_dot.get(&at) {
                result = known;
                break;
            }
            let end = self.scan_run(at + 1);
            let underscore = self.hay.get(at + 1..end).is_some_and(|l| l.contains('_'));
            match self.unit(at + 1, end, underscore) {
                Some((next, true, name)) => {
                    chain.push((at, next, name));
                    at = next;
                }
                _ => {
                    self.after_dot.insert(at, None);
                    break;
                }
            }
        }
        for &(dot, next, name) in chain.iter().rev() {
            if result.is_none() && name {
                result = self.tld_end(next + 1);
            }
            self.after_dot.insert(dot, result);
        }
        result
    }

    /// End of a host starting at `start`.
    fn host_at(&mut self, start: usize) -> Option<usize> {
        let (end, underscore) = self.run_end(start);
        let underscore = underscore.is_some_and(|u| u >= start);
        let (dot, valid, name) = self.unit(start, end, underscore)?;
        if !valid {
            return None;
        }
        self.continue_after(dot).or_else(|| if name { self.tld_end(dot + 1) } else { None })
    }
}

/// `validAsciiDomain` matches inside `host`, as spans relative to it.
fn ascii_hosts(host: &str) -> Vec<Span> {
    let mut hosts = Hosts::new(host, LabelKind::Ascii);
    let mut found = Vec::new();
    let mut from = 0;
    for (at, _) in host.char_indices() {
        if at < from {
            continue;
        }
        if let Some(end) = hosts.host_at(at) {
            found.push(at..end);
            from = end;
        }
    }
    found
}

fn protocol_len(s: &str) -> usize {
    let has = |p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if has("https://") {
        8
    } else if has("http://") {
        7
    } else {
        0
    }
}

/// One match of twitter-text's URL regex.
struct Candidate {
    /// The character consumed before the URL, if any.
    before: Option<char>,
    start: usize,
    protocol: usize,
    host: Span,
    has_path: bool,
    end: usize,
}

/// Tries the URL regex with the URL starting at `start`.
fn candidate(
    text: &str,
    hosts: &mut Hosts<'_>,
    before: Option<char>,
    start: usize,
) -> Option<Candidate> {
    let protocol = protocol_len(text.get(start..)?);
    let host_start = start + protocol;
    let host_end = hosts.host_at(host_start)?;
    let caps = tail()?.captures(text.get(host_end..)?)?;
    let len = caps.get(0).map_or(0, |m| m.end());
    Some(Candidate {
        before,
        start,
        protocol,
        host: host_start..host_end,
        has_path: caps.name("path").is_some(),
        end: host_end + len,
    })
}

/// twitter-text's `isValidUrl` during extraction: the punycode host's labels fit DNS, and the
/// whole URL fits 4096 UTF-16 units.
fn fits(text: &str, c: &Candidate) -> bool {
    let host = text.get(c.host.clone()).unwrap_or("");
    if host.starts_with("xn--") && ascii_hosts(host).is_empty() {
        return false;
    }
    let Some(ascii) = idna::to_ascii_len(host) else {
        return false;
    };
    let url_len = utf16_len(text.get(c.start..c.end).unwrap_or(""));
    let protocol = if c.protocol > 0 { c.protocol } else { "https://".len() };
    protocol + url_len + ascii <= MAX_URL_LENGTH + utf16_len(host)
}

/// Turns a regex match into the URLs twitter-text keeps from it.
fn accept(text: &str, c: &Candidate, out: &mut Vec<Span>) {
    if !fits(text, c) {
        return;
    }
    if c.protocol == 0 {
        // A bare host must not hang off `-`, `_`, `.` or `/` (`foo.bar/baz.com`, `x_y.com`),
        // and only its ASCII hosts are linked (`日本語example.com` links `example.com`).
        if c.before.is_some_and(|b| matches!(b, '-' | '_' | '.' | '/')) {
            return;
        }
        let host = text.get(c.host.clone()).unwrap_or("");
        let found = ascii_hosts(host);
        let count = found.len();
        for (i, span) in found.into_iter().enumerate() {
            let start = c.host.start + span.start;
            let end = if i + 1 == count && c.has_path { c.end } else { c.host.start + span.end };
            out.push(start..end);
        }
        return;
    }
    let url = text.get(c.start..c.end).unwrap_or("");
    match tco().and_then(|re| re.captures(url)) {
        Some(caps) => {
            let slug = caps.name("slug").map_or(0, |m| m.len());
            if slug <= MAX_TCO_SLUG {
                let len = caps.get(0).map_or(url.len(), |m| m.end());
                out.push(c.start..c.start + len);
            }
        }
        None => out.push(c.start..c.end),
    }
}

/// URL spans in `text`.
pub fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if !text.contains('.') {
        return out;
    }
    let mut hosts = Hosts::new(text, LabelKind::Any);
    let mut last_end = 0;
    for (p, c) in text.char_indices() {
        if p < last_end {
            continue;
        }
        // The regex consumes one preceding character, or matches at the very start.
        let mut found = None;
        if is_preceding(c) {
            found = candidate(text, &mut hosts, Some(c), p + c.len_utf8());
        }
        if found.is_none() && p == 0 {
            found = candidate(text, &mut hosts, None, 0);
        }
        if let Some(cand) = found {
            last_end = cand.end;
            accept(text, &cand, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn flags_urls_with_and_without_protocol() {
        assert_eq!(
            urls("see https://example.com/a?b=c, www.example.fr and foo.co.uk/x."),
            ["https://example.com/a?b=c", "www.example.fr", "foo.co.uk/x"]
        );
    }

    #[test]
    fn does_not_flag_unknown_tlds_emails_or_files() {
        assert_eq!(urls("foo.baz name@foo.com tar.bz2 a.b"), Vec::<&str>::new());
    }

    #[test]
    fn keeps_balanced_parentheses_and_drops_trailing_punctuation() {
        assert_eq!(
            urls("(http://en.wikipedia.org/wiki/Foo_(bar)) http://x.com/a!"),
            ["http://en.wikipedia.org/wiki/Foo_(bar)", "http://x.com/a"]
        );
    }

    #[test]
    fn handles_cjk_rtl_and_directional_marks() {
        assert_eq!(urls("日本語example.com中国語"), ["example.com"]);
        assert_eq!(
            urls("\u{2066}\u{202A}http://foobar.پاکستان/\u{202C}\u{2069}"),
            ["http://foobar.پاکستان/"]
        );
    }

    #[test]
    fn cuts_tco_links_and_refuses_long_slugs() {
        assert_eq!(urls("http://t.co/abc's"), ["http://t.co/abc"]);
        assert_eq!(urls(&format!("http://t.co/{}", "a".repeat(41))), Vec::<&str>::new());
    }

    #[test]
    fn emoji_and_zero_width_joiners_are_not_hosts() {
        assert_eq!(urls("😀example.com\u{200D}"), ["example.com"]);
    }

    #[test]
    fn long_label_chains_stay_fast() {
        let text = "a.".repeat(50_000);
        assert!(find(&text).is_empty());
        let text = "日".repeat(50_000) + ".x";
        assert!(find(&text).is_empty());
        let text = "日".repeat(50_000) + ".com";
        assert_eq!(find(&text), Vec::<Span>::new());
        let text = "x_".repeat(50_000) + ".com/" + &"#".repeat(50_000);
        let _ = find(&text);
    }
}
