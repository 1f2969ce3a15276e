//! Bluesky posts: `app.bsky.feed.post` records (`text`, `facets`, `createdAt`, `reply`,
//! `embed`), bare or wrapped as `com.atproto.repo.listRecords` gives them (`{ uri, cid, value }`).

use serde_json::Value;

use super::post::{Kind, Post};
use super::value::{present, str_at};
use crate::platform::Platform;

const POST: &str = "app.bsky.feed.post";
const REPOST: &str = "app.bsky.feed.repost";

/// The record inside a listRecords wrapper, or the value itself.
fn record(v: &Value) -> &Value {
    v.get("value").filter(|r| r.is_object()).unwrap_or(v)
}

/// Whether `v` is a Bluesky post or repost record.
pub(crate) fn is_record(v: &Value) -> bool {
    matches!(str_at(record(v), "$type"), Some(POST | REPOST))
}

/// Reads one record; `Err` says why it is skipped.
pub(crate) fn read_record(v: &Value, line: usize) -> Result<Post, String> {
    let r = record(v);
    let platform = Some(Platform::Bluesky);
    match str_at(r, "$type") {
        Some(REPOST) => Ok(Post::new("", Kind::Repost, platform, line)),
        Some(POST) => {
            let text = str_at(r, "text").ok_or("a post record without `text`: skipped")?;
            let embed = r.get("embed").and_then(|e| str_at(e, "$type")).unwrap_or("");
            let kind = if present(r, "reply") {
                Kind::Reply
            } else if embed.starts_with("app.bsky.embed.record") {
                // `record` and `recordWithMedia` both quote a post.
                Kind::Quote
            } else {
                Kind::Post
            };
            Ok(Post::new(text, kind, platform, line))
        }
        Some(other) => Err(format!("a `{other}` record (expected `{POST}`): skipped")),
        None => Err(format!("a record without `$type` (expected `{POST}`): skipped")),
    }
}
