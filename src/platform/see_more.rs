//! The "see more" cut: how much of a post a feed shows before folding the rest away.
//!
//! Data, not code: one row per platform that folds. The numbers are approximate (they vary with
//! the screen and the app version) and come from third-party measurements, not from the
//! platforms; X, Threads, Bluesky and Mastodon show whole posts.

use super::Platform;

/// Where a platform's feed folds a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeeMore {
    pub platform: Platform,
    /// Characters (graphemes) shown before "see more".
    pub chars: usize,
    /// Where the number comes from.
    pub source: &'static str,
}

static CUTS: &[SeeMore] = &[
    SeeMore { platform: Platform::Linkedin, chars: 210, source: "third-party" },
    SeeMore { platform: Platform::Instagram, chars: 125, source: "third-party" },
    SeeMore { platform: Platform::Facebook, chars: 477, source: "third-party" },
];

/// The platform's "see more" cut, if its feed folds posts.
pub fn see_more(platform: Platform) -> Option<&'static SeeMore> {
    CUTS.iter().find(|f| f.platform == platform)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_feeds_that_fold_have_a_cut() {
        assert_eq!(see_more(Platform::Linkedin).map(|f| f.chars), Some(210));
        assert!(see_more(Platform::X).is_none());
        assert!(see_more(Platform::Mastodon).is_none());
    }
}
