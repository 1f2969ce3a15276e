//! Entities in a post: hashtags, mentions, URLs, cashtags and emoji.
//!
//! Each platform family links text its own way, so extraction takes a [`Dialect`]:
//! X follows twitter-text, Bluesky follows `@atproto/api` RichText detection, Mastodon its own
//! hashtag and `@user@domain` mention rules. The other platforms use the X rules.

mod bluesky;
mod chars;
pub mod emoji;
mod mastodon;
pub(crate) mod scan;
mod tlds;
pub mod twitter;

use crate::text::{Span, SpanSet};

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
    /// URLs the platform counts but does not link, because an earlier entity covers them (X:
    /// `＃foo.jp` is a hashtag, yet its `foo.jp` still weighs 23).
    pub hidden_urls: Vec<Span>,
    /// Emoji sequences (one span per displayed emoji, ZWJ sequences and flags whole).
    pub emoji: Vec<Span>,
}

impl Entities {
    /// The spans of every linked entity (hashtags, mentions, URLs, cashtags), as one set.
    pub fn linked(&self) -> SpanSet {
        let lists = [&self.hashtags, &self.mentions, &self.urls, &self.cashtags];
        SpanSet::new(lists.into_iter().flatten().map(|e| e.span.clone()))
    }

    /// The spans of the URLs, as a set.
    pub fn url_spans(&self) -> SpanSet {
        SpanSet::new(self.urls.iter().map(|e| e.span.clone()))
    }
}

/// The entities of `text[span]`, a paragraph of `text`, as [`extract`] finds them in the whole
/// text. A paragraph after a line break is read with that break before it: the extractors
/// follow twitter-text, which reads a URL at the very start of a text otherwise than after a
/// break ("ée.org/a" is "e.org/a" at the start, whole after "\n").
pub fn extract_paragraph(text: &str, span: Span, dialect: Dialect) -> Entities {
    let start = span.start;
    match start.checked_sub(1).and_then(|b| text.get(b..span.end)) {
        Some(with_break) if with_break.starts_with('\n') => {
            extract(with_break, dialect).moved_back(1)
        }
        _ => extract(text.get(span).unwrap_or_default(), dialect),
    }
}

impl Entities {
    /// The entities with every span `by` bytes earlier (none starts before `by`).
    fn moved_back(mut self, by: usize) -> Entities {
        let back = |s: &mut Span| *s = s.start.saturating_sub(by)..s.end.saturating_sub(by);
        for list in [&mut self.hashtags, &mut self.mentions, &mut self.urls, &mut self.cashtags] {
            list.iter_mut().for_each(|e| back(&mut e.span));
        }
        self.hidden_urls.iter_mut().for_each(back);
        self.emoji.iter_mut().for_each(back);
        self
    }
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

/// Helpers shared by the dialects' unit tests.
#[cfg(test)]
mod testing {
    use super::Entity;
    use crate::text::Span;

    /// Each entity's text, sigil included.
    pub(super) fn texts<'t>(text: &'t str, entities: &[Entity]) -> Vec<&'t str> {
        entities.iter().map(|e| e.text(text)).collect()
    }

    /// Each entity's byte span.
    pub(super) fn spans(entities: &[Entity]) -> Vec<Span> {
        entities.iter().map(|e| e.span.clone()).collect()
    }

    /// Pseudo-random posts built from characters that trip extractors up (sigils of both
    /// widths, joiners, marks, RTL, CJK, emoji, URL punctuation), deterministic per `seed`.
    pub(super) fn tricky_posts(seed: u64, count: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "#",
            "＃",
            "@",
            "＠",
            "$",
            "a",
            "Z",
            "é",
            "1",
            "_",
            ".",
            "-",
            "/",
            ":",
            "(",
            ")",
            " ",
            "\n",
            "\u{200D}",
            "\u{200C}",
            "\u{FE0F}",
            "\u{301}",
            "\u{20E3}",
            "·",
            "・",
            "שלום",
            "مرحبا",
            "日本",
            "👨‍👩‍👧",
            "🇫🇷",
            "👍🏽",
            "1️⃣",
            "https://",
            "http://",
            "example.com",
            "bsky.social",
            "xn--",
            "?",
            "!",
            "=",
            "&",
            "\u{A0}",
            "\u{3000}",
            "\u{FEFF}",
            "\u{85}",
        ];
        let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let mut next = move |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(state >> 33).unwrap_or(0) % n
        };
        (0..count).map(|_| (0..next(24)).map(|_| PIECES[next(PIECES.len())]).collect()).collect()
    }

    /// Every span lies on char boundaries inside the text, non-empty, each list in order.
    pub(super) fn assert_well_formed(text: &str, entities: &super::Entities) {
        for list in [&entities.hashtags, &entities.mentions, &entities.urls, &entities.cashtags] {
            let mut last = 0;
            for e in list {
                assert!(e.span.start < e.span.end, "{text:?}: empty {e:?}");
                assert!(e.span.start >= last, "{text:?}: out of order {e:?}");
                assert!(text.get(e.span.clone()).is_some(), "{text:?}: not on a boundary {e:?}");
                last = e.span.start;
            }
        }
    }
}
