//! The chance that a post is seen through a tag, from statistics an integrator supplies.
//!
//! The model (an estimate, stated so it can be argued with):
//! - a tag's "recent" feed shows its newest [`SLOTS`] posts on the first screen; at `r` posts an
//!   hour, a new post stays there `SLOTS / r` hours;
//! - a post is mostly read in its first [`WINDOW_HOURS`] hours, so a reader who opens the tag
//!   at a random moment of that window sees it with chance `min(1, (SLOTS / r) / WINDOW)`;
//! - with the account's audience `a` known, the post may also rank among the tag's top posts,
//!   ranked by engagement, which grows with audience: among the `r x WINDOW` posts competing in
//!   the window, each with a [`MEDIAN_AUDIENCE`]-sized audience, it takes one of the [`SLOTS`]
//!   top places with chance `min(1, SLOTS x a / (r x WINDOW x MEDIAN_AUDIENCE))`;
//! - the chance of being seen is the larger of the two. Under [`SEEN`], the tag is hollow.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// Posts on the first screen of a tag's feed.
pub const SLOTS: f64 = 9.0;
/// Hours in which a post gets most of its views.
pub const WINDOW_HOURS: f64 = 2.0;
/// The audience of a typical account posting in a tag.
pub const MEDIAN_AUDIENCE: f64 = 1_000.0;
/// Below this chance of being seen, a tag is not worth its place.
pub const SEEN: f64 = 0.1;

/// What an integrator knows about a tag's traffic.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TagStats {
    /// New posts carrying the tag per hour.
    pub posts_per_hour: f64,
}

/// The estimate for one tag.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Visibility {
    /// Minutes the post stays on the first screen of the tag's recent feed.
    pub minutes_in_feed: f64,
    /// The chance of being seen through the tag, 0 to 1.
    pub chance: f64,
}

impl Visibility {
    pub fn is_seen(&self) -> bool {
        self.chance >= SEEN
    }
}

/// The model above, for a tag with `stats` and an account with `audience` followers.
pub fn estimate(stats: TagStats, audience: Option<u64>) -> Visibility {
    let rate = stats.posts_per_hour;
    if !rate.is_finite() || rate <= 0.0 {
        return Visibility { minutes_in_feed: f64::INFINITY, chance: 1.0 };
    }
    let hours = SLOTS / rate;
    let recent = (hours / WINDOW_HOURS).min(1.0);
    let top = audience
        .map_or(0.0, |a| (SLOTS * a as f64 / (rate * WINDOW_HOURS * MEDIAN_AUDIENCE)).min(1.0));
    Visibility { minutes_in_feed: hours * 60.0, chance: recent.max(top) }
}

/// The statistics given for a tag: keys may be written with or without `#`, as in the post or
/// folded to lower case without accents.
pub fn lookup<'a>(
    stats: &'a HashMap<String, TagStats>,
    body: &str,
    key: &str,
) -> Option<&'a TagStats> {
    if stats.is_empty() {
        return None;
    }
    let hashed_body = format!("#{body}");
    let hashed_key = format!("#{key}");
    stats
        .get(body)
        .or_else(|| stats.get(key))
        .or_else(|| stats.get(&hashed_body))
        .or_else(|| stats.get(&hashed_key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_tag_buries_a_post_in_seconds() {
        let v = estimate(TagStats { posts_per_hour: 20_000.0 }, Some(2_000));
        assert!(v.minutes_in_feed < 0.1 && v.chance < 0.01, "{v:?}");
        assert!(!v.is_seen());
    }

    #[test]
    fn a_quiet_tag_or_a_large_audience_is_seen() {
        assert!(estimate(TagStats { posts_per_hour: 3.0 }, None).is_seen());
        assert!(estimate(TagStats { posts_per_hour: 500.0 }, Some(1_000_000)).is_seen());
        assert!(estimate(TagStats { posts_per_hour: 0.0 }, None).is_seen());
        assert!(estimate(TagStats { posts_per_hour: f64::NAN }, None).is_seen());
    }
}
