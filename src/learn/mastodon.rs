//! Mastodon's `outbox.json`: an ActivityPub `OrderedCollection` whose `orderedItems` are
//! `Create` activities of `Note`s (HTML `content`) and `Announce`s (boosts).

use serde_json::Value;

use super::json_items;
use super::post::{Archive, Format, Kind, Post};
use super::value::{present, str_at};
use crate::platform::Platform;

/// Where the `orderedItems` array opens, if `source` is an ActivityPub collection.
fn items_start(source: &str) -> Option<usize> {
    let key = source.find("\"orderedItems\"")?;
    let after = key + "\"orderedItems\"".len();
    let rest = source.get(after..)?;
    let colon = rest.find(':')?;
    let open = rest.get(colon + 1..)?.trim_start();
    open.starts_with('[').then(|| source.len() - open.len())
}

pub(crate) fn recognise(source: &str) -> bool {
    source.starts_with('{') && items_start(source).is_some()
}

pub(crate) fn read(source: &str) -> Result<Archive, String> {
    let open = items_start(source).ok_or("an outbox has an `orderedItems` array")?;
    let mut archive = Archive::new(Format::MastodonOutbox);
    for item in json_items::split(source, open)? {
        let v: Value = match serde_json::from_str(item.text) {
            Ok(v) => v,
            Err(e) => {
                archive.warn(item.line, format!("a broken activity ({e}): skipped"));
                continue;
            }
        };
        match activity(&v, item.line) {
            Ok(post) => archive.posts.push(post),
            Err(why) => archive.warn(item.line, why),
        }
    }
    Ok(archive)
}

fn activity(v: &Value, line: usize) -> Result<Post, String> {
    let platform = Some(Platform::Mastodon);
    match str_at(v, "type") {
        Some("Announce") => Ok(Post::new("", Kind::Repost, platform, line)),
        Some("Create") => {
            let note = v.get("object").ok_or("a `Create` without its `object`: skipped")?;
            let html = str_at(note, "content").ok_or("a note without `content`: skipped")?;
            let kind = if present(note, "inReplyTo") {
                Kind::Reply
            } else if present(note, "quoteUri")
                || present(note, "quote")
                || present(note, "_misskey_quote")
            {
                Kind::Quote
            } else {
                Kind::Post
            };
            Ok(Post::new(super::html::to_text(html), kind, platform, line))
        }
        Some(other) => {
            Err(format!("a `{other}` activity (expected `Create` or `Announce`): skipped"))
        }
        None => Err("an activity without `type`: skipped".to_string()),
    }
}
