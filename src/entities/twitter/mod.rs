//! X entities, following twitter-text 3.1.0 (the reference X's own composer links with).
//!
//! One module per entity kind. Each one reproduces the scan of twitter-text's JavaScript regex
//! for that kind, including which characters the regex consumes around a match, since that
//! decides whether two neighbouring entities are both linked (`#a #b`, `$A $B`). twitter-text
//! relies on look-ahead and backtracking; here every scan is written by hand, jumping from one
//! sigil (or dot, for URLs) to the next, with the outcome the regex's backtracking gives. All
//! spans are byte offsets into the text and include the sigil.

mod cashtag;
mod hashtag;
mod idna;
mod mention;
mod tlds;
mod url;
mod validate;

use super::{Entities, Entity, EntityKind};
use crate::text::{Span, SpanSet};

pub use mention::MentionOrList;
pub use validate::{
    has_invalid_characters, is_valid_hashtag, is_valid_list, is_valid_tweet, is_valid_url,
    is_valid_username,
};

/// Hashtag spans, sign included, without those that overlap a URL (`http://x.com/#tag`).
pub fn hashtags(text: &str) -> Vec<Span> {
    let tags = hashtag::find(text);
    if tags.is_empty() {
        return tags;
    }
    let urls = url::find(text);
    let mut all: Vec<(Span, bool)> = tags.into_iter().map(|s| (s, true)).collect();
    all.extend(urls.into_iter().map(|s| (s, false)));
    without_overlaps(all).into_iter().filter_map(|(s, is_tag)| is_tag.then_some(s)).collect()
}

/// Mentions and lists (`@user`, `@user/list`).
pub fn mentions_or_lists(text: &str) -> Vec<MentionOrList> {
    mention::find(text)
}

/// The screen name (without `@`) a post replies to, if it starts with a mention.
pub fn reply(text: &str) -> Option<Span> {
    mention::reply(text)
}

/// URL spans, with or without protocol.
pub fn urls(text: &str) -> Vec<Span> {
    url::find(text)
}

/// Cashtag spans, `$` included.
pub fn cashtags(text: &str) -> Vec<Span> {
    cashtag::find(text)
}

/// Every entity X links, resolved as twitter-text's `extractEntitiesWithIndices` does: the
/// earliest entity wins, URLs before mentions before hashtags before cashtags on a tie. A URL
/// that an earlier entity hides (`＃foo.jp`) is not linked but still weighs 23 in X's length
/// count, so it is kept in [`Entities::hidden_urls`].
pub fn extract(text: &str) -> Entities {
    let urls = url::find(text);
    let mut all: Vec<(Span, EntityKind)> = Vec::new();
    all.extend(urls.iter().map(|s| (s.clone(), EntityKind::Url)));
    all.extend(mention::find(text).into_iter().map(|m| (m.span, EntityKind::Mention)));
    all.extend(hashtag::find(text).into_iter().map(|s| (s, EntityKind::Hashtag)));
    all.extend(cashtag::find(text).into_iter().map(|s| (s, EntityKind::Cashtag)));
    let mut entities = Entities::default();
    for (span, kind) in without_overlaps(all) {
        let list = match kind {
            EntityKind::Hashtag => &mut entities.hashtags,
            EntityKind::Mention => &mut entities.mentions,
            EntityKind::Url => &mut entities.urls,
            EntityKind::Cashtag => &mut entities.cashtags,
        };
        list.push(Entity::new(kind, span));
    }
    if entities.urls.len() < urls.len() {
        let linked = SpanSet::new(entities.urls.iter().map(|u| u.span.clone()));
        entities.hidden_urls = urls.into_iter().filter(|u| !linked.overlaps(u)).collect();
    }
    entities
}

/// Sorts by start (stable, so earlier-listed kinds win ties) and drops every entity that starts
/// inside the last one kept, as twitter-text's `removeOverlappingEntities`.
fn without_overlaps<T>(mut all: Vec<(Span, T)>) -> Vec<(Span, T)> {
    crate::order::sort_by_key(&mut all, |(s, _)| (s.start, 0));
    let mut kept: Vec<(Span, T)> = Vec::with_capacity(all.len());
    for item in all {
        if kept.last().is_some_and(|(last, _)| item.0.start < last.end) {
            continue;
        }
        kept.push(item);
    }
    kept
}

/// ASCII punctuation as twitter-text lists it (note: not `"` nor `` ` ``).
fn is_punct(c: char) -> bool {
    matches!(
        c,
        '!' | '\''
            | '#'
            | '%'
            | '&'
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | '\\'
            | '-'
            | '.'
            | '/'
            | ':'
            | ';'
            | '<'
            | '='
            | '>'
            | '?'
            | '@'
            | '['
            | ']'
            | '^'
            | '_'
            | '{'
            | '|'
            | '}'
            | '~'
            | '$'
    )
}

/// Non-characters and the BOM, which make a tweet invalid.
fn is_invalid(c: char) -> bool {
    matches!(c, '\u{FFFE}' | '\u{FEFF}' | '\u{FFFF}')
}

/// Bidirectional embedding, override, isolate and mark characters.
fn is_directional(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
}

/// Latin letters with diacritics (and combining diacritics) as twitter-text lists them.
fn is_latin_accent(c: char) -> bool {
    matches!(c,
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{FF}' | '\u{100}'..='\u{24F}'
        | '\u{253}' | '\u{254}' | '\u{256}' | '\u{257}' | '\u{259}' | '\u{25B}' | '\u{263}'
        | '\u{268}' | '\u{26F}' | '\u{272}' | '\u{289}' | '\u{28B}' | '\u{2BB}'
        | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, list: &[Entity]) -> Vec<String> {
        list.iter().map(|e| e.text(text).to_owned()).collect()
    }

    #[test]
    fn extracts_every_kind() {
        let text = "RT @alice: #Launch of $ACME at https://acme.com/#news 🚀";
        let e = extract(text);
        assert_eq!(texts(text, &e.mentions), ["@alice"]);
        assert_eq!(texts(text, &e.hashtags), ["#Launch"]);
        assert_eq!(texts(text, &e.cashtags), ["$ACME"]);
        assert_eq!(texts(text, &e.urls), ["https://acme.com/#news"]);
    }

    #[test]
    fn the_earlier_entity_wins_and_a_hidden_url_is_kept_for_counting() {
        let text = "＃foo.jp @bar.com";
        let e = extract(text);
        // As twitter-text's extractEntitiesWithIndices: the tag starts first and wins...
        assert_eq!(texts(text, &e.hashtags), ["＃foo"]);
        assert!(e.urls.is_empty());
        // ...but parseTweet still weighs `foo.jp` as a 23-character link.
        assert_eq!(e.hidden_urls.iter().map(|s| &text[s.clone()]).collect::<Vec<_>>(), ["foo.jp"]);
        // `@` before a host is a mention, never a URL.
        assert_eq!(texts(text, &e.mentions), ["@bar"]);
    }

    #[test]
    fn hashtags_inside_urls_are_dropped() {
        assert!(hashtags("http://x.com/#tag").is_empty());
        assert_eq!(hashtags("#tag x.com").len(), 1);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            "#",
            "@",
            "$",
            ".",
            "#\u{FE0F}",
            "@/",
            "http://",
            "x.",
            "\u{FEFF}#a",
            "é.com",
            "a\u{301}.com",
            "#\u{200D}\u{200C}",
            "＃＠＄",
            "xn--.com",
            "a.xn--",
        ] {
            let _ = extract(text);
            let _ = reply(text);
        }
    }
}
