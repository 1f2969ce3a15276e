//! URLs, with or without `http(s)://`, as twitter-text's `extractUrlsWithIndices` finds them.
//!
//! twitter-text runs one large regex with look-aheads and backtracking over the host's labels.
//! Here the text is only looked at around its dots, since every URL's host holds one: for each
//! dot, the labels after it are parsed once ([`Hosts`], remembering each dot's outcome so that a
//! long run of labels is walked once), and only if a host can end there are the start positions
//! before it tried, in the order the regex tries them. The port, path and query after the host
//! are scanned by hand with the same greedy-then-back-off outcome as the regex.

use super::{idna, is_directional, is_invalid, is_punct, mention::is_space, tlds};
use crate::text::{Span, utf16_len};

/// Longest URL twitter-text links, in UTF-16 units, protocol and punycode host included.
const MAX_URL_LENGTH: usize = 4096;
/// Longest t.co slug, in bytes as the slug's match was measured.
const MAX_TCO_SLUG: usize = 40;

/// `[a-z]` under a case-insensitive Unicode match: the ASCII letters, plus U+017F (long s) and
/// U+212A (Kelvin sign), which fold to `s` and `k`.
fn is_folded_ascii_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '\u{17F}' || c == '\u{212A}'
}

/// Latin letters with diacritics and Cyrillic, as the path classes list them, plus what they
/// fold to or from case-insensitively (Cyrillic's old letter forms, Greek iota from U+0345, the
/// Ångström sign, ...).
fn is_path_letter(c: char) -> bool {
    is_folded_ascii_letter(c)
        || super::is_latin_accent(c)
        || matches!(c,
            '\u{260}' | '\u{269}' | '\u{275}' | '\u{280}' | '\u{283}' | '\u{288}' | '\u{28A}'
            | '\u{28C}' | '\u{292}' | '\u{399}' | '\u{3B9}' | '\u{400}'..='\u{4FF}'
            | '\u{1C80}'..='\u{1C87}' | '\u{1FBE}' | '\u{212B}' | '\u{2C65}' | '\u{2C66}'
            | '\u{2C7E}' | '\u{2C7F}' | '\u{A7DC}')
}

/// twitter-text's `validGeneralUrlPathChars`.
fn is_path_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '!' | '*'
                | '\''
                | ';'
                | ':'
                | '='
                | '+'
                | ','
                | '.'
                | '$'
                | '/'
                | '%'
                | '#'
                | '['
                | ']'
                | '-'
                | '\u{2013}'
                | '_'
                | '~'
                | '@'
                | '|'
                | '&'
        )
        || is_path_letter(c)
}

/// `validUrlPathEndingChars` (besides a parenthesised group).
fn is_path_ending(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '+' | '-' | '=' | '_' | '#' | '/') || is_path_letter(c)
}

/// `validUrlQueryChars`.
fn is_query_char(c: char) -> bool {
    c.is_ascii_digit()
        || is_folded_ascii_letter(c)
        || matches!(
            c,
            '!' | '?'
                | '*'
                | '\''
                | '@'
                | '('
                | ')'
                | ';'
                | ':'
                | '&'
                | '='
                | '+'
                | '$'
                | '/'
                | '%'
                | '#'
                | '['
                | ']'
                | '-'
                | '_'
                | '.'
                | ','
                | '~'
                | '|'
        )
}

/// `validUrlQueryEndingChars`.
fn is_query_ending(c: char) -> bool {
    c.is_ascii_digit()
        || is_folded_ascii_letter(c)
        || matches!(c, '-' | '_' | '&' | '=' | '#' | '/')
}

/// Length of the run of path characters at the start of `s`.
fn path_run(s: &str) -> usize {
    s.char_indices().find(|&(_, c)| !is_path_char(c)).map_or(s.len(), |(i, _)| i)
}

/// End of a balanced group opening at `open`: `(` then path characters, or characters around
/// one nested `(…)`, then `)`.
fn balanced_parens(s: &str, open: usize) -> Option<usize> {
    let at = |i: usize| s.as_bytes().get(i).copied();
    let first = path_run(s.get(open + 1..)?);
    let mut pos = open + 1 + first;
    if first > 0 && at(pos) == Some(b')') {
        return Some(pos + 1);
    }
    if at(pos) != Some(b'(') {
        return None;
    }
    let inner = path_run(s.get(pos + 1..)?);
    pos += 1 + inner;
    if inner == 0 || at(pos) != Some(b')') {
        return None;
    }
    pos += 1;
    pos += path_run(s.get(pos..)?);
    (at(pos) == Some(b')')).then_some(pos + 1)
}

/// End of the path whose characters start at `from` (after its `/`): the walk over path
/// characters and balanced groups, backed off to its last ending character or group. The
/// regex's repeated path segments all end on that same position, since each one is the
/// longest match from where the previous one stopped.
fn path_end(s: &str, from: usize) -> usize {
    let mut end = from;
    let mut pos = from;
    while let Some(c) = s.get(pos..).and_then(|r| r.chars().next()) {
        if is_path_char(c) {
            pos += c.len_utf8();
            if is_path_ending(c) {
                end = pos;
            }
        } else if let Some(close) = (c == '(').then(|| balanced_parens(s, pos)).flatten() {
            pos = close;
            end = close;
        } else {
            break;
        }
    }
    end
}

/// End of a query whose characters start at `from` (after its `?`), if it has an ending
/// character: the run of query characters backed off to the last ending one.
fn query_end(s: &str, from: usize) -> Option<usize> {
    let rest = s.get(from..)?;
    let mut end = None;
    for (i, c) in rest.char_indices() {
        if !is_query_char(c) {
            break;
        }
        if is_query_ending(c) {
            end = Some(from + i + c.len_utf8());
        }
    }
    end
}

/// What follows a host: an optional `:port`, `/path` and `?query`. Returns the tail's length and
/// whether it has a path.
fn tail(s: &str) -> (usize, bool) {
    let bytes = s.as_bytes();
    let mut at = 0;
    if bytes.first() == Some(&b':') {
        let digits = bytes.iter().skip(1).take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 {
            at = 1 + digits;
        }
    }
    let has_path = bytes.get(at) == Some(&b'/');
    if has_path {
        at = path_end(s, at + 1);
    }
    if bytes.get(at) == Some(&b'?') {
        at = query_end(s, at + 1).unwrap_or(at);
    }
    (at, has_path)
}

/// A t.co link and at most its query: anything glued after it is not part of the link.
/// Returns the length of the link and of its slug, in bytes.
fn tco(url: &str) -> Option<(usize, usize)> {
    let protocol = protocol_len(url);
    let rest = url.get(protocol..)?;
    if protocol == 0 || !rest.get(..5)?.eq_ignore_ascii_case("t.co/") {
        return None;
    }
    let slug_start = protocol + 5;
    let slug_rest = url.get(slug_start..)?;
    let slug = slug_rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || is_folded_ascii_letter(c)))
        .map_or(slug_rest.len(), |(i, _)| i);
    if slug == 0 {
        return None;
    }
    let mut end = slug_start + slug;
    if url.as_bytes().get(end) == Some(&b'?') {
        end = query_end(url, end + 1).unwrap_or(end);
    }
    Some((end, slug))
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
    /// Dot position -> end of the TLD of the best host continuing after that dot, sorted by
    /// position (dots are mostly settled in text order, so entries are mostly appended).
    after_dot: Vec<(usize, Option<usize>)>,
    /// The last label run computed: (start, end, last `_` in it), reused by the next start
    /// positions inside the same run.
    run: (usize, usize, Option<usize>),
}

impl<'t> Hosts<'t> {
    fn new(hay: &'t str, kind: LabelKind) -> Self {
        Self { hay, kind, after_dot: Vec::new(), run: (0, 0, None) }
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

    fn known(&self, dot: usize) -> Option<Option<usize>> {
        let i = self.after_dot.binary_search_by_key(&dot, |&(d, _)| d).ok()?;
        self.after_dot.get(i).map(|&(_, end)| end)
    }

    fn remember(&mut self, dot: usize, end: Option<usize>) {
        if let Err(i) = self.after_dot.binary_search_by_key(&dot, |&(d, _)| d) {
            self.after_dot.insert(i, (dot, end));
        }
    }

    fn tld_end(&self, at: usize) -> Option<usize> {
        tlds::match_at(self.hay.get(at..)?).map(|len| at + len)
    }

    /// End of the host that goes on after the dot at `dot` with at least one more label, taking
    /// as many labels as possible before the TLD (the regex's greedy subdomains).
    fn continue_after(&mut self, dot: usize) -> Option<usize> {
        if let Some(known) = self.known(dot) {
            return known;
        }
        // Walk the chain of labels forward, then settle each dot from the last one back.
        let mut chain: Vec<(usize, usize, bool)> = Vec::new(); // (dot, next dot, may be name)
        let mut at = dot;
        let mut result = None;
        loop {
            if let Some(known) = self.known(at) {
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
                    self.remember(at, None);
                    break;
                }
            }
        }
        for &(dot, next, name) in chain.iter().rev() {
            if result.is_none() && name {
                result = self.tld_end(next + 1);
            }
            self.remember(dot, result);
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
    let (len, has_path) = tail(text.get(host_end..)?);
    Some(Candidate {
        before,
        start,
        protocol,
        host: host_start..host_end,
        has_path,
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
    match tco(url) {
        Some((len, slug)) => {
            if slug <= MAX_TCO_SLUG {
                out.push(c.start..c.start + len);
            }
        }
        None => out.push(c.start..c.end),
    }
}

/// URL spans in `text`.
pub fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut hosts = Hosts::new(text, LabelKind::Any);
    let mut last_end = 0;
    let mut from = 0;
    // Every host holds a dot right after the label it starts with: only the start positions in
    // the run of label characters before a dot can begin a URL.
    while let Some(dot) = crate::entities::scan::find_byte(bytes, from, b'.') {
        from = dot + 1;
        if dot < last_end {
            continue;
        }
        // Whatever the start, the host must go on after this dot, or end in a TLD right after.
        if hosts.continue_after(dot).is_none() && hosts.tld_end(dot + 1).is_none() {
            continue;
        }
        if let Some(cand) = first_candidate(text, &mut hosts, dot, last_end) {
            last_end = cand.end;
            from = from.max(cand.end);
            accept(text, &cand, &mut out);
        }
    }
    out
}

/// The first match of the URL regex whose host's first label ends at `dot`, trying the start
/// positions in the order of the character the regex consumes before them (none at the start
/// of the text), as its left-to-right scan does. Positions before `last_end` belong to the
/// previous match.
fn first_candidate(
    text: &str,
    hosts: &mut Hosts<'_>,
    dot: usize,
    last_end: usize,
) -> Option<Candidate> {
    let head = text.get(..dot)?;
    // Where the run of label characters before the dot starts.
    let run = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| hosts.is_label_char(c))
        .last()
        .map_or(dot, |(i, _)| i);
    // Tries the regex with the URL starting at `start`, consuming the character before it.
    let mut attempt = |start: usize| -> Option<Candidate> {
        match text.get(..start)?.chars().next_back() {
            Some(c) if start - c.len_utf8() >= last_end && is_preceding(c) => {
                candidate(text, hosts, Some(c), start)
            }
            // `^`: the match at the very start consumes nothing.
            None if last_end == 0 => candidate(text, hosts, None, 0),
            _ => None,
        }
    };
    // With a protocol, the host starts the run, right after the protocol's `/`.
    for protocol in ["https://", "http://"] {
        let Some(start) = run.checked_sub(protocol.len()) else { continue };
        if text.get(start..run).is_some_and(|p| p.eq_ignore_ascii_case(protocol)) {
            if let Some(found) = attempt(start) {
                return Some(found);
            }
        }
    }
    let label = text.get(run..dot)?;
    let mut starts = label.char_indices().map(|(i, _)| run + i).peekable();
    if run == 0 {
        // At the start of the text the regex first tries consuming the first character, then
        // matching from the very start.
        starts.next();
        let second = starts.next();
        if let Some(found) = second.and_then(&mut attempt) {
            return Some(found);
        }
        if let Some(found) = attempt(0) {
            return Some(found);
        }
    }
    starts.find_map(attempt)
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
