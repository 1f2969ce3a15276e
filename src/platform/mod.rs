//! The platform table: limits, counting units and hashtag norms, with where each fact comes from.

mod emoji;
mod length;
mod see_more;

use serde::Serialize;

use crate::entities::Dialect;

pub use emoji::EmojiNorm;
pub(crate) use length::measure_known;
pub use length::{Length, measure};
pub use see_more::{SeeMore, see_more};

/// A social platform Brio knows the rules of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    X,
    Mastodon,
    Bluesky,
    Threads,
    Linkedin,
    Instagram,
    Facebook,
}

/// How a platform counts a post's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LengthUnit {
    /// twitter-text v3 weights: most scripts 1, CJK and emoji 2, any URL 23.
    Weighted,
    /// Extended grapheme clusters (what a reader sees as one character).
    Graphemes,
    /// UTF-16 code units, as a web composer's `String.length` counts them.
    Characters,
}

impl LengthUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            LengthUnit::Weighted => "weighted",
            LengthUnit::Graphemes => "graphemes",
            LengthUnit::Characters => "characters",
        }
    }
}

/// Hashtag norms: an advised count and, where the platform enforces one, a hard limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HashtagNorm {
    pub advised: Option<usize>,
    pub hard_limit: Option<usize>,
}

/// One row of the platform table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlatformInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub limit: usize,
    pub unit: LengthUnit,
    #[serde(skip)]
    pub platform: Platform,
    #[serde(skip)]
    pub dialect: Dialect,
    /// Whether links in the post body are clickable (Instagram: they are not).
    pub links_clickable: bool,
    /// Most links the platform accepts in one post, where it sets a limit.
    pub max_links: Option<usize>,
    pub hashtags: HashtagNorm,
    /// Where the limit comes from: "official code", "official docs", "third-party", "folklore".
    pub source: &'static str,
}

impl Platform {
    pub const ALL: [Platform; 7] = [
        Platform::X,
        Platform::Mastodon,
        Platform::Bluesky,
        Platform::Threads,
        Platform::Linkedin,
        Platform::Instagram,
        Platform::Facebook,
    ];

    pub fn info(self) -> &'static PlatformInfo {
        let index = Platform::ALL.iter().position(|p| *p == self).unwrap_or(0);
        &TABLE[index]
    }

    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// Parses a platform id (`x`, `linkedin`, ...); `twitter` is accepted for `x`.
    pub fn from_id(id: &str) -> Option<Platform> {
        let id = id.trim().to_ascii_lowercase();
        if id == "twitter" {
            return Some(Platform::X);
        }
        Platform::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Every platform id, for error messages.
    pub fn ids() -> Vec<&'static str> {
        Platform::ALL.iter().map(|p| p.id()).collect()
    }
}

/// In the order of [`Platform::ALL`].
static TABLE: [PlatformInfo; 7] = [
    PlatformInfo {
        id: "x",
        name: "X",
        limit: 280,
        unit: LengthUnit::Weighted,
        platform: Platform::X,
        dialect: Dialect::Twitter,
        links_clickable: true,
        max_links: None,
        hashtags: HashtagNorm { advised: Some(2), hard_limit: None },
        source: "official code (twitter-text v3)",
    },
    PlatformInfo {
        id: "mastodon",
        name: "Mastodon",
        limit: 500,
        unit: LengthUnit::Graphemes,
        platform: Platform::Mastodon,
        dialect: Dialect::Mastodon,
        links_clickable: true,
        max_links: None,
        hashtags: HashtagNorm { advised: Some(4), hard_limit: None },
        source: "official code and docs (limit set per server, 500 by default)",
    },
    PlatformInfo {
        id: "bluesky",
        name: "Bluesky",
        limit: 300,
        unit: LengthUnit::Graphemes,
        platform: Platform::Bluesky,
        dialect: Dialect::Bluesky,
        links_clickable: true,
        max_links: None,
        hashtags: HashtagNorm { advised: Some(3), hard_limit: None },
        source: "official lexicon and code (300 graphemes, 3,000 UTF-8 bytes)",
    },
    PlatformInfo {
        id: "threads",
        name: "Threads",
        limit: 500,
        unit: LengthUnit::Characters,
        platform: Platform::Threads,
        dialect: Dialect::Twitter,
        links_clickable: true,
        max_links: Some(5),
        hashtags: HashtagNorm { advised: Some(1), hard_limit: Some(1) },
        source: "official API docs (emoji count as their UTF-8 bytes); one topic tag, from press",
    },
    PlatformInfo {
        id: "linkedin",
        name: "LinkedIn",
        limit: 3000,
        unit: LengthUnit::Characters,
        platform: Platform::Linkedin,
        dialect: Dialect::Twitter,
        links_clickable: true,
        max_links: None,
        hashtags: HashtagNorm { advised: Some(3), hard_limit: None },
        source: "third-party",
    },
    PlatformInfo {
        id: "instagram",
        name: "Instagram",
        limit: 2200,
        unit: LengthUnit::Characters,
        platform: Platform::Instagram,
        dialect: Dialect::Twitter,
        links_clickable: false,
        max_links: None,
        hashtags: HashtagNorm { advised: Some(5), hard_limit: Some(5) },
        source: "press and third-party (5 tags since Dec 2025, 30 before)",
    },
    PlatformInfo {
        id: "facebook",
        name: "Facebook",
        limit: 63206,
        unit: LengthUnit::Characters,
        platform: Platform::Facebook,
        dialect: Dialect::Twitter,
        links_clickable: true,
        max_links: None,
        hashtags: HashtagNorm { advised: Some(3), hard_limit: None },
        source: "folklore",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_the_order_of_all() {
        for p in Platform::ALL {
            assert_eq!(p.info().platform, p);
        }
    }

    #[test]
    fn ids_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::from_id(p.id()), Some(p));
        }
        assert_eq!(Platform::from_id("Twitter"), Some(Platform::X));
        assert_eq!(Platform::from_id("myspace"), None);
    }
}
