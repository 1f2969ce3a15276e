//! Hashtag habits across an account's past posts: which tags come back in most of them.

use std::collections::HashMap;

use super::tag_key;
use crate::entities::{self, Dialect};

/// Only the most recent posts count: habits change.
pub const WINDOW: usize = 20;
/// Below this many past posts, no habit can be told from chance.
pub const MIN_POSTS: usize = 5;
/// A tag in at least this share of the recent posts is used on autopilot.
pub const THRESHOLD: f32 = 0.6;

/// One tag's use across the recent posts.
#[derive(Debug, Clone, PartialEq)]
pub struct Usage {
    /// The folded key.
    pub key: String,
    /// As first written, most recent post first.
    pub display: String,
    /// Posts that carry it.
    pub posts: usize,
    /// Posts looked at.
    pub total: usize,
}

impl Usage {
    pub fn share(&self) -> f32 {
        if self.total == 0 { 0.0 } else { self.posts as f32 / self.total as f32 }
    }

    pub fn is_autopilot(&self) -> bool {
        self.total >= MIN_POSTS && self.share() >= THRESHOLD
    }
}

/// Counts in how many posts each tag appears, from each post's tags (as written, with their
/// sigil), newest post first; only the first [`WINDOW`] posts count.
pub fn usage<'a, I, T>(posts: I) -> Vec<Usage>
where
    I: IntoIterator<Item = T>,
    T: IntoIterator<Item = &'a str>,
{
    let mut table: HashMap<String, Usage> = HashMap::new();
    let mut total = 0;
    for tags in posts.into_iter().take(WINDOW) {
        total += 1;
        let mut seen: Vec<String> = Vec::new();
        for tag in tags {
            let key = tag_key::key(tag);
            if key.is_empty() || seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            table
                .entry(key.clone())
                .or_insert_with(|| Usage { key, display: tag.to_string(), posts: 0, total: 0 })
                .posts += 1;
        }
    }
    let mut out: Vec<Usage> = table.into_values().map(|u| Usage { total, ..u }).collect();
    crate::order::sort_by_key_then(
        &mut out,
        |u| (usize::MAX - u.posts, 0),
        |a, b| a.key.cmp(&b.key),
    );
    out
}

/// The tags of past posts, extracted as the platform links them.
pub fn usage_of_posts(posts: &[String], dialect: Dialect) -> Vec<Usage> {
    let extracted: Vec<(String, entities::Entities)> =
        posts.iter().take(WINDOW).map(|p| (p.clone(), entities::extract(p, dialect))).collect();
    usage(extracted.iter().map(|(text, e)| e.hashtags.iter().map(move |h| h.text(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synthetic() -> Vec<Vec<&'static str>> {
        // 10 posts: #Innovation in 8 (with case and accent variants), #VivaTech in 2.
        let mut posts = vec![vec!["#innovation", "#Acme"]; 6];
        posts.push(vec!["#INNOVATION", "#VivaTech"]);
        posts.push(vec!["#Innovation", "#innovation", "#VivaTech"]);
        posts.push(vec!["#Acme"]);
        posts.push(vec![]);
        posts
    }

    #[test]
    fn a_tag_in_most_posts_is_autopilot() {
        let usage = usage(synthetic());
        let innovation = usage.iter().find(|u| u.key == "innovation").expect("counted");
        assert_eq!((innovation.posts, innovation.total), (8, 10));
        assert!(innovation.is_autopilot());
        let viva = usage.iter().find(|u| u.key == "vivatech").expect("counted");
        assert!(!viva.is_autopilot(), "an occasional tag is not autopilot");
        let acme = usage.iter().find(|u| u.key == "acme").expect("counted");
        assert_eq!(acme.posts, 7);
        assert!(acme.is_autopilot());
    }

    #[test]
    fn too_short_a_history_tells_nothing() {
        let usage = usage(vec![vec!["#innovation"]; 4]);
        assert!(usage.iter().all(|u| !u.is_autopilot()));
    }

    #[test]
    fn only_the_recent_window_counts() {
        let mut posts = vec![vec!["#new"]; WINDOW];
        posts.extend(vec![vec!["#old"]; 100]);
        let usage = usage(posts);
        assert!(usage.iter().all(|u| u.key != "old"));
    }
}
