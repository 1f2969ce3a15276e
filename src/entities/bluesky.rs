//! Bluesky entities, following @atproto/api RichText detection.

use super::Entities;

pub(super) fn extract(_text: &str) -> Entities {
    Entities::default()
}
