//! Mastodon entities, following the server's own extraction (what the post will link once
//! published, and what `StatusLengthValidator` counts).
//!
//! Sources (mastodon/mastodon, main branch):
//! - hashtags: `app/models/tag.rb` `HASHTAG_RE = %r{(?:^|[^/)\w])#(HASHTAG_NAME_PAT)}i`, where the
//!   name is either `[[:word:]_][[:word:]S]*[[:alpha:]S][[:word:]S]*[[:word:]_]` or
//!   `[[:word:]_]*[[:alpha:]][[:word:]_]*`, with separators S = `_`, U+00B7 `·`, U+30FB `・` and
//!   ZWNJ. Only ASCII `#` opens a tag (no `＃`). `app/lib/extractor.rb` then drops a trailing
//!   `http`/`https` when `://` follows (`#tophttps://…`).
//! - mentions: `app/models/account.rb`
//!   `MENTION_RE = %r{(?<![=/[:word:]])@((USERNAME_RE)(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)}i`,
//!   `USERNAME_RE = /[a-z0-9_]+([.-]+[a-z0-9_]+)*/i`; `Extractor` drops a mention followed by
//!   `@`, `＠`, a Latin accent or `://` (twitter-text's `end_mention_match`).
//! - URLs: twitter-text's `valid_url` as patched by `config/initializers/twitter_regex.rb`
//!   (protocols `https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini`, Mastodon's own path ending and
//!   query rules), extracted with `extract_url_without_protocol: false`: a bare domain still
//!   consumes its text, but is not linked.
//! - all three go through twitter-text's `remove_overlapping_entities`: the earliest wins.
//!
//! Ruby's `\w` is ASCII; `[[:word:]]` is Unicode (Alphabetic, marks, decimal digits, connector
//! punctuation) and `[[:alpha:]]` is the Alphabetic property.

use super::chars::{self, ALPHABETIC, CONNECTOR, DIGIT, MARK};
use super::{Entities, Entity, EntityKind, tlds};

/// `[[:word:]]` in Onigmo: Alphabetic, marks, decimal digits, connector punctuation.
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    chars::flags(c) & (ALPHABETIC | MARK | DIGIT | CONNECTOR) != 0
}

/// `[[:alpha:]]`.
fn is_alpha(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { chars::flags(c) & ALPHABETIC != 0 }
}

/// `HASHTAG_SEPARATORS`.
fn is_separator(c: char) -> bool {
    matches!(c, '_' | '\u{B7}' | '\u{30FB}' | '\u{200C}')
}

/// Length of `HASHTAG_NAME_PAT` at the start of `s`, the first alternative first:
/// `[[:word:]_][[:word:]S]*[[:alpha:]S][[:word:]S]*[[:word:]_]` takes the run of word characters
/// and separators up to its last word character, if a letter or separator stands between the
/// first character and that one; else `[[:word:]_]*[[:alpha:]][[:word:]_]*` takes the run of
/// word characters if it holds a letter.
fn hashtag_name_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    if !is_word(first) {
        return None;
    }
    // First alternative: whether a letter or separator has been seen after the first character,
    // and the end of the last word character after it.
    let mut inner = false;
    let mut long_end = None;
    // Second alternative: the run of word characters from the start.
    let mut word_end = first.len_utf8();
    let mut word_alpha = is_alpha(first);
    let mut in_word_run = true;
    for (i, c) in chars {
        let word = is_word(c);
        let separator = is_separator(c);
        if !word && !separator {
            break;
        }
        if word && inner {
            long_end = Some(i + c.len_utf8());
        }
        inner = inner || separator || is_alpha(c);
        if in_word_run {
            if word {
                word_end = i + c.len_utf8();
                word_alpha = word_alpha || is_alpha(c);
            } else {
                in_word_run = false;
            }
        }
    }
    long_end.or_else(|| word_alpha.then_some(word_end))
}

/// End of `[X]+(?:[.-]+[X]+)*` at `from`, for the character class `x`.
fn dotted_run(s: &str, from: usize, x: impl Fn(char) -> bool) -> Option<usize> {
    let run = |at: usize| {
        s.get(at..)
            .map_or(0, |r| r.char_indices().find(|&(_, c)| !x(c)).map_or(r.len(), |(i, _)| i))
    };
    let first = run(from);
    if first == 0 {
        return None;
    }
    let mut end = from + first;
    loop {
        let dashes = s
            .as_bytes()
            .get(end..)
            .map_or(0, |b| b.iter().take_while(|&&b| b == b'.' || b == b'-').count());
        let more = if dashes == 0 { 0 } else { run(end + dashes) };
        if more == 0 {
            return Some(end);
        }
        end += dashes + more;
    }
}

/// Length of the part of `MENTION_RE` after `@` at the start of `s`: a user name (`[a-z0-9_]`
/// case-insensitively, which also takes U+017F and U+212A), then an optional `@domain` of word
/// characters.
fn mention_body_len(s: &str) -> Option<usize> {
    let user = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '\u{17F}' | '\u{212A}');
    let end = dotted_run(s, 0, user)?;
    if s.as_bytes().get(end) == Some(&b'@') {
        if let Some(domain_end) = dotted_run(s, end + 1, is_word) {
            return Some(domain_end);
        }
    }
    Some(end)
}

/// The longest listed TLD (`travelersinsurance`) has 18 characters; a margin is kept.
const MAX_TLD_CHARS: usize = 24;

/// Schemes Mastodon links, longest first where one is a prefix of another.
const PROTOCOLS: [&str; 9] = [
    "https://",
    "http://",
    "dat://",
    "dweb://",
    "ipfs://",
    "ipns://",
    "ssb://",
    "gopher://",
    "gemini://",
];

pub(super) fn extract(text: &str) -> Entities {
    let mut all = urls(text);
    all.extend(hashtags(text));
    all.extend(mentions(text));
    // `remove_overlapping_entities`: by start, each entity kept only if it starts after the
    // last kept one ends.
    crate::order::sort_by_key(&mut all, |e| (e.span.start, 0));
    let mut entities = Entities::default();
    let mut end = 0;
    for e in all {
        if e.span.start < end {
            continue;
        }
        end = e.span.end;
        match e.kind {
            EntityKind::Hashtag => entities.hashtags.push(e),
            EntityKind::Mention => entities.mentions.push(e),
            EntityKind::Url => entities.urls.push(e),
            EntityKind::Cashtag => entities.cashtags.push(e),
        }
    }
    entities
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn hashtags(text: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut last = 0;
    for (at, _) in text.match_indices('#') {
        if at < last {
            continue;
        }
        // `(?:^|[^/)\w])` consumes the character before `#`, so it must not belong to the
        // previous tag; `^` is also a line start in Ruby, but `\n` passes the class anyway.
        let opens = match char_before(text, at) {
            None => true,
            Some(c) => {
                !(c == '/' || c == ')' || c.is_ascii_alphanumeric() || c == '_')
                    && at - c.len_utf8() >= last
            }
        };
        if !opens {
            continue;
        }
        let start = at + 1;
        let Some(len) = text.get(start..).and_then(hashtag_name_len) else {
            continue;
        };
        let mut end = start + len;
        last = end;
        if text.get(end..).is_some_and(|after| after.starts_with("://")) {
            // `hash_text.match(/(.+)(https?\Z)/)`: the tag ran into a URL's scheme.
            let tag = text.get(start..start + len).unwrap_or_default();
            for scheme in ["https", "http"] {
                if tag.len() > scheme.len() && tag.ends_with(scheme) {
                    end -= scheme.len();
                    break;
                }
            }
        }
        out.push(Entity::new(EntityKind::Hashtag, at..end));
    }
    out
}

/// twitter-text's `latin_accents`, which may not follow a mention.
fn is_latin_accent(c: char) -> bool {
    matches!(c,
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{253}' | '\u{254}'
        | '\u{256}' | '\u{257}' | '\u{259}' | '\u{25B}' | '\u{263}' | '\u{268}' | '\u{26F}'
        | '\u{272}' | '\u{289}' | '\u{28B}' | '\u{2BB}' | '\u{300}'..='\u{36F}'
        | '\u{1E00}'..='\u{1EFF}')
}

fn mentions(text: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut last = 0;
    for (at, _) in text.match_indices('@') {
        if at < last {
            continue;
        }
        // A look-behind: nothing is consumed, only `=`, `/` and word characters refuse.
        if char_before(text, at).is_some_and(|c| c == '=' || c == '/' || is_word(c)) {
            continue;
        }
        let Some(len) = text.get(at + 1..).and_then(mention_body_len) else {
            continue;
        };
        let end = at + 1 + len;
        last = end;
        let after = text.get(end..).unwrap_or_default();
        let refused = after.starts_with("://")
            || after.chars().next().is_some_and(|c| c == '@' || c == '＠' || is_latin_accent(c));
        if !refused {
            out.push(Entity::new(EntityKind::Mention, at..end));
        }
    }
    out
}

/// `valid_url_preceding_chars`: not a letter, digit, `@`, `$` or `#` (either width), nor an
/// invalid character; directional marks are allowed.
fn url_may_follow(c: char) -> bool {
    !(c.is_ascii_alphanumeric()
        || matches!(c, '@' | '＠' | '$' | '#' | '＃' | '\u{FFFE}' | '\u{FEFF}' | '\u{FFFF}')
        // `(?i)[A-Z]` also folds these two.
        || c == '\u{17F}'
        || c == '\u{212A}')
}

/// twitter-text's `DOMAIN_VALID_CHARS`: anything but ASCII punctuation, spaces, controls and
/// invalid characters. In ASCII, what is left is the letters and digits.
fn is_domain_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !(c.is_ascii_punctuation()
        || c.is_ascii_control()
        || c.is_whitespace()
        || matches!(c, '\u{180E}' | '\u{FFFE}' | '\u{FEFF}' | '\u{FFFF}'))
}

fn urls(text: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut last = 0;
    // Bare domains are scanned once per dot-chain: if a chain has no domain from its start, it
    // has none from any later label either, which keeps the scan linear.
    let mut bare_skip_until = 0;
    for (at, c) in text.char_indices() {
        if at < last {
            continue;
        }
        let opens = match char_before(text, at) {
            None => true,
            Some(p) => url_may_follow(p) && at - p.len_utf8() >= last,
        };
        if !opens {
            continue;
        }
        let rest = text.get(at..).unwrap_or_default();
        let protocol = PROTOCOLS
            .iter()
            .find(|p| rest.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)));
        if let Some(end) = protocol.and_then(|p| url_after_protocol(text, at + p.len())) {
            last = end;
            out.push(Entity::new(EntityKind::Url, at..end));
            continue;
        }
        if at < bare_skip_until || !is_domain_char(c) {
            continue;
        }
        // A domain's first label is followed by a dot: a chain without one (most words) holds
        // no domain, and is passed over in the one scan that finds its end.
        let chain = chain_end(text, at);
        if !text.as_bytes().get(at..chain).is_some_and(|b| b.contains(&b'.')) {
            bare_skip_until = chain;
            continue;
        }
        match domain_end(text, at) {
            // A bare domain is matched (and its text consumed) but not linked.
            Some(domain) => last = url_tail(text, domain),
            None => bare_skip_until = chain,
        }
    }
    out
}

/// The end of a URL whose domain starts at `from`, after its scheme.
fn url_after_protocol(text: &str, from: usize) -> Option<usize> {
    domain_end(text, from).map(|domain| url_tail(text, domain))
}

/// Where the run of domain characters, dots, `-` and `_` starting at `from` ends.
fn chain_end(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or_default();
    from + rest
        .find(|c: char| !(is_domain_char(c) || matches!(c, '.' | '-' | '_')))
        .unwrap_or(rest.len())
}

/// `valid_domain` at `from`: `valid_subdomain* valid_domain_name (TLD | punycode)`, the longest
/// that fits. Returns the end of the domain.
fn domain_end(text: &str, from: usize) -> Option<usize> {
    // Labels: runs of domain characters with inner `-`/`_`, each followed by a dot.
    let mut labels: Vec<(usize, usize)> = Vec::new();
    let mut pos = from;
    loop {
        let rest = text.get(pos..).unwrap_or_default();
        let len =
            rest.find(|c: char| !(is_domain_char(c) || c == '-' || c == '_')).unwrap_or(rest.len());
        let label = rest.get(..len).unwrap_or_default();
        let edges_ok = label.chars().next().is_some_and(is_domain_char)
            && label.chars().next_back().is_some_and(is_domain_char);
        if !edges_ok || rest.get(len..len + 1) != Some(".") {
            break;
        }
        labels.push((pos, pos + len));
        pos += len + 1;
    }
    // The last label before the TLD may not hold `_`; every earlier one may.
    for k in (1..=labels.len()).rev() {
        let (name_start, name_end) = labels[k - 1];
        if text.get(name_start..name_end).is_some_and(|l| l.contains('_')) {
            continue;
        }
        if let Some(tld_len) = tld_at(text, name_end + 1) {
            return Some(name_end + 1 + tld_len);
        }
    }
    None
}

/// The length of a TLD (or `xn--[-0-9a-z]+` punycode label) starting at `at`.
fn tld_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    if rest.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("xn--")) {
        let n = rest
            .get(4..)
            .unwrap_or_default()
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        if n > 0 {
            return Some(4 + n);
        }
    }
    // The TLD must not run on into `[0-9a-z@+-]`; try each prefix of the label, longest first.
    let run = rest.find(|c: char| !(is_domain_char(c) || c == '-')).unwrap_or(rest.len());
    let label = rest.get(..run)?;
    // No TLD is longer than 24 characters: never look further into a long label.
    let mut ends: Vec<usize> =
        label.char_indices().take(MAX_TLD_CHARS).map(|(i, c)| i + c.len_utf8()).collect();
    ends.reverse();
    ends.into_iter().find(|&end| {
        let next = rest.get(end..).and_then(|s| s.chars().next());
        let stops =
            next.is_none_or(|c| !(c.is_ascii_alphanumeric() || matches!(c, '@' | '+' | '-')));
        stops && label.get(..end).is_some_and(tlds::is_tld_ignore_case)
    })
}

/// After the domain: an optional `:port`, an optional `/path` and an optional `?query`.
fn url_tail(text: &str, domain_end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = domain_end;
    if bytes.get(end) == Some(&b':') {
        let digits = bytes
            .get(end + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 0 {
            end += 1 + digits;
        }
    }
    if bytes.get(end) == Some(&b'/') {
        end = path_end(text, end + 1);
    }
    if bytes.get(end) == Some(&b'?') {
        end = query_end(text, end + 1).unwrap_or(end);
    }
    end
}

/// Mastodon's `valid_general_url_path_chars`.
fn is_path_char(c: char) -> bool {
    !(c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | '?'))
}

/// Mastodon's `valid_url_path_ending_chars` (besides balanced parentheses).
fn is_path_ending(c: char) -> bool {
    is_path_char(c)
        && !matches!(
            c,
            '!' | '*'
                | '"'
                | '\''
                | '「'
                | '」'
                | ';'
                | ':'
                | '='
                | ','
                | '.'
                | '$'
                | '%'
                | '['
                | ']'
                | '~'
                | '&'
                | '|'
                | '@'
        )
}

/// The end of a path that starts at `from` (just after its first `/`): the run of path
/// characters and balanced parentheses, backed off to its last ending character.
fn path_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut pos = from;
    while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
        if c == '(' {
            match balanced_parens(text, pos) {
                Some(close) => {
                    pos = close;
                    end = close;
                    continue;
                }
                None => break,
            }
        }
        if !is_path_char(c) {
            break;
        }
        pos += c.len_utf8();
        if is_path_ending(c) {
            end = pos;
        }
    }
    end
}

/// `valid_url_balanced_parens` at `open`: `(` then path chars, or one nested `(…)`, then `)`.
fn balanced_parens(text: &str, open: usize) -> Option<usize> {
    let run = |from: usize| {
        let rest = text.get(from..).unwrap_or_default();
        rest.find(|c: char| !is_path_char(c)).unwrap_or(rest.len())
    };
    let at = |i: usize| text.as_bytes().get(i).copied();
    let first = run(open + 1);
    let mut pos = open + 1 + first;
    if first > 0 && at(pos) == Some(b')') {
        return Some(pos + 1);
    }
    if at(pos) != Some(b'(') {
        return None;
    }
    let inner = run(pos + 1);
    pos += 1 + inner;
    if inner == 0 || at(pos) != Some(b')') {
        return None;
    }
    pos += 1;
    pos += run(pos);
    (at(pos) == Some(b')')).then_some(pos + 1)
}

/// twitter-text's `UCHARS`: most non-ASCII characters.
fn is_uchar(c: char) -> bool {
    let cp = c as u32;
    cp >= 0xA0
        && !(0xFDD0..=0xFDEF).contains(&cp)
        && !(0xFFF0..=0xFFFF).contains(&cp)
        && cp & 0xFFFE != 0xFFFE
        && !(0xE0000..=0xE0FFF).contains(&cp)
}

/// The end of a query starting at `from` (after `?`), if it has an ending character.
fn query_end(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut end = None;
    for (i, c) in rest.char_indices() {
        let query_char =
            c.is_ascii_alphanumeric() || "!?*'();:&=+$/%#[]-_.,~|@^".contains(c) || is_uchar(c);
        if !query_char {
            break;
        }
        if c.is_ascii_alphanumeric() || "_&=#/-".contains(c) || is_uchar(c) {
            end = Some(from + i + c.len_utf8());
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::texts;
    use crate::entities::testing::{assert_well_formed, tricky_posts};

    fn tags(text: &str) -> Vec<&str> {
        texts(text, &extract(text).hashtags)
    }
    fn mentions_of(text: &str) -> Vec<&str> {
        texts(text, &extract(text).mentions)
    }
    fn urls_of(text: &str) -> Vec<&str> {
        texts(text, &extract(text).urls)
    }

    #[test]
    fn hashtags_need_a_letter() {
        assert_eq!(tags("#tag #123 #1a #a1 #_"), ["#tag", "#1a", "#a1"]);
        // A separator counts as the required letter in the long form.
        assert_eq!(tags("#1_2 #12·34"), ["#1_2", "#12·34"]);
        assert_eq!(tags("#café #日本語 #سلام #שלום"), ["#café", "#日本語", "#سلام", "#שלום"]);
        // Combining marks are word characters.
        assert_eq!(tags("#cafe\u{301}!"), ["#cafe\u{301}"]);
    }

    #[test]
    fn hashtag_separators_stay_inside() {
        assert_eq!(tags("#a·b #c・d #e\u{200C}f"), ["#a·b", "#c・d", "#e\u{200C}f"]);
        // A trailing separator is not part of the tag; ZWJ is not a separator at all.
        assert_eq!(tags("#ab· #a\u{200D}b"), ["#ab", "#a"]);
    }

    #[test]
    fn hashtags_refuse_some_neighbours() {
        assert_eq!(tags("a#b /#c )#d (#e é#f"), ["#e", "#f"]);
        // Full-width ＃ does not open a tag on Mastodon.
        assert_eq!(tags("＃日本"), Vec::<&str>::new());
        // The character before `#` is consumed, so a tag cannot open right after another.
        assert_eq!(tags("#é#b #c #d"), ["#é", "#c", "#d"]);
        assert_eq!(tags("#emoji🎉 #🎉"), ["#emoji"]);
    }

    #[test]
    fn hashtag_runs_into_a_scheme() {
        let text = "#tophttps://example.com";
        assert_eq!(tags(text), ["#top"]);
    }

    #[test]
    fn local_and_remote_mentions() {
        assert_eq!(
            mentions_of("hi @alice and @bob@example.social, (@carol)"),
            ["@alice", "@bob@example.social", "@carol"]
        );
        assert_eq!(mentions_of("@a@b.c."), ["@a@b.c"]);
        assert_eq!(mentions_of("mail me@x.com a=@b /@c"), Vec::<&str>::new());
        // Followed by `@` (an unfinished domain), an accent or `://`: not a mention.
        assert_eq!(mentions_of("@bob@ @joé @x://"), Vec::<&str>::new());
        assert_eq!(mentions_of("@user.name. @a__b-c"), ["@user.name", "@a__b-c"]);
        assert_eq!(mentions_of("＠alice"), Vec::<&str>::new());
    }

    #[test]
    fn urls_need_a_protocol() {
        assert_eq!(
            urls_of("see https://example.com/a. and example.com, or gemini://x.org/"),
            ["https://example.com/a", "gemini://x.org/"]
        );
        assert_eq!(
            urls_of("(https://en.wikipedia.org/wiki/Foo_(bar)) https://x.com/a)."),
            ["https://en.wikipedia.org/wiki/Foo_(bar)", "https://x.com/a"]
        );
        assert_eq!(urls_of("https://a.com:8080/x?q=1&r=2!"), ["https://a.com:8080/x?q=1&r=2"]);
        assert_eq!(urls_of("https://a.notatld ftp://a.com"), Vec::<&str>::new());
        assert_eq!(urls_of("HTTPS://EXAMPLE.COM"), ["HTTPS://EXAMPLE.COM"]);
        assert_eq!(urls_of("https://例え.jp/パス"), ["https://例え.jp/パス"]);
        // A bare domain swallows its path, scheme and all.
        assert_eq!(urls_of("foo.com/https://bar.com"), Vec::<&str>::new());
        assert_eq!(urls_of("xhttps://a.com"), Vec::<&str>::new());
    }

    #[test]
    fn overlaps_keep_the_first() {
        let text = "https://a.com/é#tag @bob";
        let e = extract(text);
        assert_eq!(texts(text, &e.urls), ["https://a.com/é#tag"]);
        assert!(e.hashtags.is_empty());
        assert_eq!(texts(text, &e.mentions), ["@bob"]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "#",
            "@",
            "@@",
            "#\u{200C}",
            "https://",
            "a.",
            "(",
            "https://a.com/((",
            "x.y.z.",
            "https://a.com?",
        ] {
            let _ = extract(text);
        }
    }

    #[test]
    fn spans_are_well_formed_on_tricky_posts() {
        for text in tricky_posts(2, 3000) {
            assert_well_formed(&text, &extract(&text));
        }
    }
}
