//! Entities in a post: hashtags, mentions, URLs, cashtags and emoji.
//!
//! Each platform family links text its own way, so extraction takes a [`Dialect`]:
//! X follows twitter-text, Bluesky follows `@atproto/api` RichText detection, Mastodon its own
//! hashtag and `@user@domain` mention rules. The other platforms use the X rules.

mod bluesky;
pub mod emoji;
mod mastodon;
pub mod twitter;

use crate::text::Span;

/// Which linking rules to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    Twitter,
    Bluesky,
    Mastodon,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Hashtag,
    Mention,
    Url,
    Cashtag,
}

/// One linked entity. `span` covers the sigil (`#`, `＃`, `@`, `$`) for hashtags, mentions and
/// cashtags; for URLs it covers the URL as the platform would link it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    pub span: Span,
}

impl Entity {
    pub fn new(kind: EntityKind, span: Span) -> Self {
        Self { kind, span }
    }

    /// The entity's text, sigil included.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or("")
    }

    /// The entity's text without its sigil: the tag of a hashtag, the handle of a mention.
    pub fn body<'t>(&self, text: &'t str) -> &'t str {
        let full = self.text(text);
        match self.kind {
            EntityKind::Url => full,
            _ => full.char_indices().nth(1).map_or("", |(i, _)| &full[i..]),
        }
    }
}

/// Every entity of a post, each list in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entities {
    pub hashtags: Vec<Entity>,
    pub mentions: Vec<Entity>,
    pub urls: Vec<Entity>,
    pub cashtags: Vec<Entity>,
    /// Emoji sequences (one span per displayed emoji, ZWJ sequences and flags whole).
    pub emoji: Vec<Span>,
}

/// Finds the entities of `text` as `dialect` links them.
pub fn extract(text: &str, dialect: Dialect) -> Entities {
    let mut entities = match dialect {
        Dialect::Twitter => twitter::extract(text),
        Dialect::Bluesky => bluesky::extract(text),
        Dialect::Mastodon => mastodon::extract(text),
    };
    entities.emoji = emoji::find(text);
    entities
}
