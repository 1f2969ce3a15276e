//! Learning a brand's voice from its own past posts, on the device (`brio learn`,
//! `Checker.learn`).
//!
//! Three steps, one module each:
//! - reading the exports people have ([`read()`]): X's `tweets.js`, Mastodon's `outbox.json`,
//!   LinkedIn's `Shares.csv`, Bluesky post records, Brio's history; recognised by content, with
//!   replies, reposts and quotes told apart from the account's own posts, and broken records
//!   skipped with their line;
//! - measuring and counting ([`features`], [`habits`], [`learn()`]): per language and platform,
//!   the same features the rules measure (tu/vous, person, emoji, exclamations, sentence length,
//!   tags, links, the brand's own names);
//! - writing a profile in the existing schema ([`write`]), each value with its evidence, and
//!   `[voice.learned]` for `tone/off-voice`.

mod api;
mod bluesky;
pub mod features;
pub mod habits;
mod html;
mod json_items;
mod learner;
mod linkedin;
mod mastodon;
mod post;
mod read;
mod value;
pub mod write;
mod x;

pub use api::{Outcome, learn_from};
pub use learner::{LearnOptions, Learned, Read, learn};
pub use post::{Archive, Format, Kind, Post, Warning};
pub use read::{EXPECTED, ReadError, read};

/// Learns from posts and writes the profile: TOML with its evidence, and the same as JSON.
pub fn learn_profile(posts: &[Post], options: LearnOptions) -> Option<(Learned, write::Written)> {
    let learned = learn(posts, options)?;
    let written = write::profile(&learned);
    Some((learned, written))
}
