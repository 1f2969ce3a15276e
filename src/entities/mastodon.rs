//! Mastodon entities.

use super::Entities;

pub(super) fn extract(_text: &str) -> Entities {
    Entities::default()
}
