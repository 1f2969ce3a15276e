//! Mentions (`@user`), lists (`@user/list`) and replies, as twitter-text's `validMentionOrList`
//! and `validReply` find them.

use crate::text::Span;

/// Longest screen name twitter-text reads; a longer run yields its first 20 characters, as the
/// regex `[a-zA-Z0-9_]{1,20}` does.
const MAX_NAME: usize = 20;
/// A list slug is a letter then at most 24 more characters.
const MAX_SLUG_TAIL: usize = 24;

/// A mention or a list: `span` covers `@user` or `@user/list`, `list` the `/list` part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionOrList {
    pub span: Span,
    pub name: Span,
    pub list: Option<Span>,
}

pub(super) fn is_at_sign(c: char) -> bool {
    c == '@' || c == '＠'
}

fn is_name_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Characters after which an `@` does not start a mention (`a@b`, `!@x`, `#@x`, `@@x`, ...).
fn blocks_mention(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '_' | '!' | '#' | '$' | '%' | '&' | '*')
        || is_at_sign(c)
}

/// Characters after which an `RT`/`RT:` prefix does not count (`xRT@a`, `.RT@a`).
fn blocks_retweet(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '~' | '.' | '-')
}

/// What must not follow a mention: another `@` (an email-like `@a@b`), an accented Latin letter
/// (the name goes on in a script twitter-text does not link), or `://` (`@http://x`).
pub(super) fn rejects_after(after: &str) -> bool {
    let Some(c) = after.chars().next() else {
        return false;
    };
    is_at_sign(c) || super::is_latin_accent(c) || after.starts_with("://")
}

/// Length of the `[a-zA-Z0-9_]{1,20}` run at the start of `s`.
fn name_len(s: &str) -> usize {
    s.bytes().take(MAX_NAME).take_while(|&b| is_name_char(b)).count()
}

/// Length of a `/[a-zA-Z][a-zA-Z0-9_-]{0,24}` slug at the start of `s`, if there is one.
fn slug_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'/') || !bytes.get(1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let tail = bytes
        .get(2..)
        .unwrap_or(&[])
        .iter()
        .take(MAX_SLUG_TAIL)
        .take_while(|&&b| is_name_char(b) || b == b'-')
        .count();
    Some(2 + tail)
}

/// Whether the `@` at `at` may start a mention, given that the previous match ended at
/// `last_end` (twitter-text's regex consumes the character before the `@`).
fn preceded_ok(text: &str, at: usize, last_end: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let Some((prev_at, prev)) = head.char_indices().next_back() else {
        return true;
    };
    if prev_at >= last_end && !blocks_mention(prev) {
        return true;
    }
    // `RT@user` and `RT:@user`: a retweet prefix stands in for the boundary.
    let head = head.strip_suffix(':').unwrap_or(head);
    let Some(rt) = head.len().checked_sub(2) else {
        return false;
    };
    if !head.as_bytes().get(rt..).is_some_and(|b| b.eq_ignore_ascii_case(b"rt")) {
        return false;
    }
    match head.get(..rt).and_then(|h| h.char_indices().next_back()) {
        None => last_end == 0,
        Some((p, c)) => p >= last_end && !blocks_retweet(c),
    }
}

/// Every mention and list in `text`, in order.
pub fn find(text: &str) -> Vec<MentionOrList> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut last_end = 0;
    let mut from = 0;
    // `@`, or the lead byte of `＠` (EF BC A0).
    while let Some(at) = crate::entities::scan::find_either(bytes, from, b'@', 0xEF) {
        from = at + 1;
        let Some(sign) = text.get(at..).and_then(|r| r.chars().next()) else { continue };
        if at < last_end || !is_at_sign(sign) || !preceded_ok(text, at, last_end) {
            continue;
        }
        let name_start = at + sign.len_utf8();
        let rest = text.get(name_start..).unwrap_or("");
        let len = name_len(rest);
        if len == 0 {
            continue;
        }
        let name = name_start..name_start + len;
        let list = slug_len(rest.get(len..).unwrap_or("")).map(|l| name.end..name.end + l);
        let end = list.as_ref().map_or(name.end, |l| l.end);
        last_end = end;
        if rejects_after(text.get(end..).unwrap_or("")) {
            continue;
        }
        found.push(MentionOrList { span: at..end, name, list });
    }
    found
}

/// Twitter-text's spaces (`\p{White_Space}` as it lists them).
pub(super) fn is_space(c: char) -> bool {
    matches!(c,
        '\u{09}'..='\u{0D}' | ' ' | '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{180E}'
        | '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// The screen name a post replies to: a mention at its very start, after spaces only.
pub fn reply(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start_matches(is_space).len();
    let rest = text.get(start..)?;
    let sign = rest.chars().next().filter(|&c| is_at_sign(c))?;
    let name_start = start + sign.len_utf8();
    let len = name_len(text.get(name_start..)?);
    let end = name_start + len;
    (len > 0 && !rejects_after(text.get(end..)?)).then_some(name_start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|m| &text[m.span]).collect()
    }

    #[test]
    fn flags_mentions_and_lists() {
        assert_eq!(mentions("hi @alice and @bob/team-1!"), ["@alice", "@bob/team-1"]);
        assert_eq!(mentions("の＠username"), ["＠username"]);
        assert_eq!(mentions("RT@alice RT:@bob"), ["@alice", "@bob"]);
    }

    #[test]
    fn does_not_flag_emails_or_glued_at_signs() {
        assert_eq!(mentions("me@example.com @a@b @@c !@d #@e @é"), Vec::<&str>::new());
        assert_eq!(mentions("@http://x.com @aliceìnheiro"), Vec::<&str>::new());
    }

    #[test]
    fn long_names_keep_their_first_twenty_characters() {
        let text = "@abcdefghijklmnopqrstuvwxyz";
        assert_eq!(mentions(text), ["@abcdefghijklmnopqrst"]);
    }

    #[test]
    fn works_next_to_emoji_rtl_and_zero_width_joiners() {
        assert_eq!(mentions("😀@alice שלום@bob \u{200D}@carol"), ["@alice", "@bob", "@carol"]);
    }

    #[test]
    fn finds_replies() {
        let text = "\u{3000} @alice hi";
        assert_eq!(reply(text).map(|s| &text[s]), Some("alice"));
        assert_eq!(reply("a @alice"), None);
        assert_eq!(reply("@alice@b"), None);
    }
}
