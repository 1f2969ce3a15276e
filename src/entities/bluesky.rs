//! Bluesky entities, following `@atproto/api` RichText detection.
//!
//! Source of truth: `detectFacets` in `@atproto/api` 0.21.0 (`src/rich-text/detection.ts` and the
//! regexes in `src/rich-text/util.ts`). The app runs those regexes over the UTF-16 string with a
//! `lastIndex` loop; this module walks the same matches by hand (JavaScript's look-arounds and
//! backtracking included), and keeps the loop's quirks, because a writer sees what the app links, not what a
//! cleaner rule would link:
//! - a match consumes the whitespace (or `(`) before it, so that character cannot also open the
//!   next match (`@a.com@b.com` links nothing after the first handle);
//! - bare domains and handles must end in a TLD of the IANA list, compared case-sensitively, so
//!   `Example.COM` is not linked while `example.com` is;
//! - a URL loses at most one trailing `.,;:!?` and then one `)` if it has no `(`;
//! - hashtags and cashtags both become `#tag` facets upstream; here cashtags go to
//!   [`Entities::cashtags`].
//!
//! Spans are byte offsets; hashtag, mention and cashtag spans include their sigil.

use super::chars::{self, PUNCTUATION};
use super::{Entities, Entity, EntityKind, tlds};

/// Characters `TAG_REGEX` treats as the end of a tag besides whitespace: soft hyphen, word
/// joiner, hair space, zero-width space, ZWNJ, ZWJ and the combining enclosing screen.
fn is_tag_breaker(c: char) -> bool {
    is_js_space(c)
        || matches!(
            c,
            '\u{AD}' | '\u{2060}' | '\u{200A}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{20E2}'
        )
}

/// `\p{P}`.
fn is_punctuation(c: char) -> bool {
    chars::flags(c) & PUNCTUATION != 0
}

/// Upstream drops tags longer than this many graphemes.
const MAX_TAG_GRAPHEMES: usize = 64;

pub(super) fn extract(text: &str) -> Entities {
    Entities {
        mentions: mentions(text),
        urls: links(text),
        hashtags: hashtags(text),
        cashtags: cashtags(text),
        ..Entities::default()
    }
}

/// JavaScript's `\s` (WhiteSpace + LineTerminator): Rust's `char::is_whitespace` is Unicode
/// White_Space, which adds U+0085 and lacks U+FEFF.
fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{B}' | '\u{C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// Whether a match may start its entity at byte `at`: at the start of the text (`^`), or after a
/// character accepted by `opener` that the previous match (ending at `last`) did not consume.
fn opens(text: &str, at: usize, last: usize, opener: impl Fn(char) -> bool) -> bool {
    if at == 0 {
        return true;
    }
    match text.get(..at).and_then(|before| before.chars().next_back()) {
        Some(c) => opener(c) && at - c.len_utf8() >= last,
        None => false,
    }
}

/// Whether `domain` ends in `.` + a listed TLD (upstream `isValidDomain`).
fn has_tld(domain: &str) -> bool {
    domain.rsplit_once('.').is_some_and(|(_, tld)| tlds::is_tld(tld))
}

/// `MENTION_REGEX = /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g`, then the handle must end in a TLD
/// (or `.test`).
fn mentions(text: &str) -> Vec<Entity> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = Vec::new();
    let mut last = 0;
    for (at, _) in text.match_indices('@') {
        if at < last || !opens(text, at, last, |c| is_js_space(c) || c == '(') {
            continue;
        }
        let start = at + 1;
        let run = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            .count();
        // The greedy run backs off until an ASCII word boundary (`\b` without the `u` flag).
        let end = (start + 1..=start + run).rev().find(|&e| {
            let before = bytes.get(e - 1).copied().is_some_and(is_word);
            let after = bytes.get(e).copied().is_some_and(is_word);
            before != after
        });
        let Some(end) = end else { continue };
        last = end;
        let handle = text.get(start..end).unwrap_or_default();
        if has_tld(handle) || handle.ends_with(".test") {
            out.push(Entity::new(EntityKind::Mention, at..end));
        }
    }
    out
}

/// `URL_REGEX = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim`,
/// then: bare domains need a TLD, one trailing `.,;:!?` goes, then one unbalanced `)`.
fn links(text: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut last = 0;
    for (at, c) in text.char_indices() {
        if at < last
            || !c.is_ascii_alphabetic()
            || !opens(text, at, last, |c| is_js_space(c) || c == '(')
        {
            continue;
        }
        let rest = text.get(at..).unwrap_or_default();
        let run_end = at + rest.find(is_js_space).unwrap_or(rest.len());
        let candidate = text.get(at..run_end).unwrap_or_default();
        let Some(domain) = url_match(candidate) else {
            continue;
        };
        last = run_end;
        // Upstream tests `startsWith('http')` case-sensitively: `HTTP://…` has no domain group
        // and is dropped, `httpbin.org` skips the TLD check.
        if !candidate.starts_with("http") && !domain.is_some_and(has_tld) {
            continue;
        }
        let mut end = run_end;
        if candidate.ends_with(['.', ',', ';', ':', '!', '?']) {
            end -= 1;
        }
        if text.get(at..end).is_some_and(|u| u.ends_with(')')) && !candidate.contains('(') {
            end -= 1;
        }
        out.push(Entity::new(EntityKind::Url, at..end));
    }
    out
}

/// Matches group 2 of `URL_REGEX` against a whitespace-free `candidate` (the match always runs
/// to the end of it). `Some(None)`: the `https?://` branch; `Some(Some(domain))`: the bare
/// domain branch, with its `domain` group.
fn url_match(candidate: &str) -> Option<Option<&str>> {
    let lower_starts = |prefix: &str| {
        candidate.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
            && candidate.len() > prefix.len()
    };
    if lower_starts("https://") || lower_starts("http://") {
        return Some(None);
    }
    let bytes = candidate.as_bytes();
    let alnum_run = |from: usize| {
        bytes
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
    };
    // `[a-z][a-z0-9]*` (the caller checked the first letter), then `(\.[a-z0-9]+)+`, greedy.
    let mut end = 1 + alnum_run(1);
    let mut labels = 0;
    while bytes.get(end) == Some(&b'.') {
        let n = alnum_run(end + 1);
        if n == 0 {
            break;
        }
        end += 1 + n;
        labels += 1;
    }
    (labels > 0).then(|| candidate.get(..end))
}

/// `TAG_REGEX`: `#` or `＃` after whitespace or at the start, a run of characters up to
/// whitespace or a zero-width breaker that is not all digits and punctuation and does not start
/// with U+FE0F; trailing punctuation is then stripped and tags over 64 graphemes dropped.
fn hashtags(text: &str) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut last = 0;
    let bytes = text.as_bytes();
    let mut from = 0;
    // `#`, or the lead byte of `＃` (EF BC 83).
    while let Some(at) =
        bytes.get(from..).and_then(|r| r.iter().position(|&b| b == b'#' || b == 0xEF))
    {
        let at = from + at;
        from = at + 1;
        let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else { continue };
        if at < last || !matches!(c, '#' | '＃') || !opens(text, at, last, is_js_space) {
            continue;
        }
        let start = at + c.len_utf8();
        // The optional group fails: the match is just the sigil.
        last = start;
        let rest = text.get(start..).unwrap_or_default();
        if rest.starts_with('\u{FE0F}') {
            continue;
        }
        // `[^breakers]*[^0-9 P breakers]+[^breakers]*`: the whole run up to a breaker, if it
        // holds one character that is neither an ASCII digit nor punctuation.
        let run_len = rest.find(is_tag_breaker).unwrap_or(rest.len());
        let run = rest.get(..run_len).unwrap_or_default();
        if !run.chars().any(|c| !c.is_ascii_digit() && !is_punctuation(c)) {
            continue;
        }
        last = start + run_len;
        // `TRAILING_PUNCTUATION_REGEX`: `\p{P}+$` comes off.
        let tag = run.trim_end_matches(is_punctuation);
        if tag.is_empty() || too_long(tag) {
            continue;
        }
        out.push(Entity::new(EntityKind::Hashtag, at..start + tag.len()));
    }
    out
}

fn too_long(tag: &str) -> bool {
    // A UTF-16 length is never below the grapheme count: only count graphemes when it must.
    tag.encode_utf16().count() > MAX_TAG_GRAPHEMES
        && crate::graphemes::count(tag) > MAX_TAG_GRAPHEMES
}

/// `CASHTAG_REGEX = /(^|\s|\()\$([A-Za-z][A-Za-z0-9]{0,4})(?=\s|$|[.,;:!?)"'\u2019])/gu`.
fn cashtags(text: &str) -> Vec<Entity> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut last = 0;
    for (at, _) in text.match_indices('$') {
        if at < last || !opens(text, at, last, |c| is_js_space(c) || c == '(') {
            continue;
        }
        if !bytes.get(at + 1).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let run = bytes
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        // Backing off inside the run always lands before another letter or digit, which the
        // look-ahead refuses: only the whole run can match.
        let end = at + 1 + run;
        let next = text.get(end..).and_then(|s| s.chars().next());
        let closes = next.is_none_or(|c| {
            is_js_space(c)
                || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '’')
        });
        if run <= 5 && closes {
            last = end;
            out.push(Entity::new(EntityKind::Cashtag, at..end));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::entities::testing::{assert_well_formed, tricky_posts};
    use crate::entities::testing::{spans, texts};

    fn tags(text: &str) -> Vec<&str> {
        texts(text, &extract(text).hashtags)
    }
    fn urls(text: &str) -> Vec<&str> {
        texts(text, &extract(text).urls)
    }
    fn mentions_of(text: &str) -> Vec<&str> {
        texts(text, &extract(text).mentions)
    }

    #[test]
    fn hashtags_need_a_space_before_and_a_non_digit() {
        assert_eq!(tags("#tag a#no #123 #1a #_"), ["#tag", "#1a"]);
        assert_eq!(tags("＃日本 #café"), ["＃日本", "#café"]);
        assert_eq!(tags("#tag, #end!?"), ["#tag", "#end"]);
        assert_eq!(tags("(#paren)"), Vec::<&str>::new());
        // The sigil is part of the run: `##tag` is one tag.
        assert_eq!(tags("##tag"), ["##tag"]);
    }

    #[test]
    fn hashtags_with_emoji_marks_and_joiners() {
        assert_eq!(tags("#🦋 #butter🦋fly"), ["#🦋", "#butter🦋fly"]);
        // ZWJ and ZWNJ end a tag, so a ZWJ family is cut after its first person.
        assert_eq!(tags("#a\u{200D}b #c\u{200C}d"), ["#a", "#c"]);
        // A tag may not start with U+FE0F (keycap-like `#️⃣`).
        assert_eq!(tags("#\u{FE0F}\u{20E3} x"), Vec::<&str>::new());
        assert_eq!(tags("#cafe\u{301}"), ["#cafe\u{301}"]);
        assert_eq!(tags("#سلام #שלום"), ["#سلام", "#שלום"]);
    }

    #[test]
    fn hashtags_over_64_graphemes_are_dropped() {
        let ok = format!("#{}", "a".repeat(64));
        let long = format!("#{}", "a".repeat(65));
        assert_eq!(tags(&ok), [ok.as_str()]);
        assert!(tags(&long).is_empty());
        // 64 family emoji: 320 UTF-16 units but 64 graphemes.
        let families = format!("#{}", "👨‍👩‍👧".repeat(64));
        assert_eq!(tags(&families), ["#👨"], "ZWJ ends the tag at the first person");
        let flags = format!("#{}", "🇫🇷".repeat(64));
        assert_eq!(tags(&flags), [flags.as_str()]);
    }

    #[test]
    fn urls_with_and_without_protocol() {
        assert_eq!(
            urls("see https://example.com/a. and example.com, or (bsky.app)"),
            ["https://example.com/a", "example.com", "bsky.app"]
        );
        assert_eq!(urls("en.wikipedia.org/wiki/Foo_(bar)"), ["en.wikipedia.org/wiki/Foo_(bar)"]);
        assert_eq!(urls("https://x.com/a)."), ["https://x.com/a"]);
        assert_eq!(urls("a.notatld Example.COM"), Vec::<&str>::new());
        assert_eq!(urls("HTTP://example.com httpbin.zzz"), ["httpbin.zzz"]);
        assert_eq!(urls("x:example.com"), Vec::<&str>::new());
        assert_eq!(urls("https://例え.jp/パス"), ["https://例え.jp/パス"]);
        assert_eq!(urls("example.com..."), ["example.com.."]);
    }

    #[test]
    fn mentions_need_a_tld_handle() {
        assert_eq!(
            mentions_of("hi @alice.bsky.social, @bob @carol.test (@dan.com)"),
            ["@alice.bsky.social", "@carol.test", "@dan.com"]
        );
        // The handle backs off to a word boundary, and `_` is a word character.
        assert_eq!(mentions_of("@alice.com. @bob_x.com"), ["@alice.com"]);
        // The first match consumes nothing after it, so the second `@` has no opener.
        assert_eq!(mentions_of("@a.com@b.com"), ["@a.com"]);
        assert_eq!(mentions_of("mail me@x.com"), Vec::<&str>::new());
        assert_eq!(mentions_of("＠alice.com"), Vec::<&str>::new());
    }

    #[test]
    fn cashtags_up_to_five_chars() {
        let text = "$AAPL $TOOLONG ($btc) $1X $ab.";
        assert_eq!(texts(text, &extract(text).cashtags), ["$AAPL", "$btc", "$ab"]);
    }

    #[test]
    fn spans_are_byte_offsets_with_sigil() {
        let text = "é #tag";
        assert_eq!(spans(&extract(text).hashtags), [3..7]);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "#", "@", "$", "＃", "#\u{FE0F}", "http://", "a.", "(", "@.", "@-.com"] {
            let _ = extract(text);
        }
    }

    #[test]
    fn spans_are_well_formed_on_tricky_posts() {
        for text in tricky_posts(1, 3000) {
            assert_well_formed(&text, &extract(&text));
        }
    }
}
