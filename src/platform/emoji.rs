//! How many emoji a post holds before `tone/emoji` speaks up when the profile sets no
//! `max_emoji`: one number per platform, and why.
//!
//! The numbers are generous on purpose. Style guides for brands (platform blogs, agencies'
//! guides: folklore more than measure) advise one to three emoji a post on most platforms, and
//! more on Instagram; Brio's default sits above that advice, at about twice it, so that it
//! speaks only of posts that clearly overdo it (a corporate post strewn with seven), never of a
//! post that uses a few well. A profile's `max_emoji` replaces it.

use super::Platform;

/// The most emoji one post holds, by default, on a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmojiNorm {
    pub max: usize,
    /// Why this number.
    pub why: &'static str,
    /// The most emoji that stand together (only spaces between them) before they read as a
    /// string, whatever the post's total: [`IN_A_ROW`].
    pub in_a_row: usize,
}

/// Six emoji in a row, by default, on every platform. Where the allowance is lower the count
/// speaks first; on Instagram, whose caption allows eight, seven emoji strung together after a
/// sentence ("arrivé 🍔🧀🔥😋🎉👌💥") bury it as surely as eight spread through a caption,
/// while the same seven spread over a caption's lines set its tone.
pub const IN_A_ROW: usize = 6;

impl Platform {
    pub fn emoji_norm(self) -> EmojiNorm {
        let (max, why) = match self {
            Platform::X => (
                4,
                "280 weighted characters, where an emoji weighs 2: four already take a clause's \
                 room; guides advise one or two",
            ),
            Platform::Mastodon => (
                4,
                "500 characters, read by many with a screen reader, which names every emoji; \
                 custom :shortcode: emoji are not Unicode emoji and are not counted",
            ),
            Platform::Bluesky => (4, "300 graphemes, the short-post register of X; same advice"),
            Platform::Threads => (5, "500 characters in a casual register born of Instagram"),
            Platform::Linkedin => (
                4,
                "a professional register, where guides advise one to three emoji a post at most; \
                 four leaves room for a few emoji bullets",
            ),
            Platform::Instagram => (
                8,
                "2,200 characters of caption, where emoji are part of the register; past eight \
                 they read as filler",
            ),
            Platform::Facebook => {
                (5, "long posts in a casual register; guides advise one to three")
            }
        };
        EmojiNorm { max, why, in_a_row: IN_A_ROW }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_platform_has_a_generous_norm_with_a_reason() {
        for p in Platform::ALL {
            let norm = p.emoji_norm();
            assert!((3..=10).contains(&norm.max), "{p:?}");
            assert!(!norm.why.is_empty(), "{p:?}");
        }
        assert!(Platform::Instagram.emoji_norm().max > Platform::Linkedin.emoji_norm().max);
    }
}
