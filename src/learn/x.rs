//! X's archive: `data/tweets.js`, a script that assigns the tweets to
//! `window.YTD.tweets.part0`. Each element is `{ "tweet": { "full_text": …, … } }`.

use serde_json::Value;

use super::json_items;
use super::post::{Archive, Format, Kind, Post};
use super::value::{present, str_at, truthy};
use crate::platform::Platform;

/// Whether `source` (trimmed) is an X archive's script.
pub(crate) fn recognise(source: &str) -> bool {
    source.starts_with("window.YTD.")
}

pub(crate) fn read(source: &str) -> Result<Archive, String> {
    let open = source
        .find('=')
        .and_then(|eq| source.get(eq..)?.find('[').map(|i| eq + i))
        .ok_or("an X archive assigns an array: `window.YTD.tweets.part0 = [ … ]`")?;
    let mut archive = Archive::new(Format::XArchive);
    for item in json_items::split(source, open)? {
        match serde_json::from_str::<Value>(item.text) {
            Ok(v) => match tweet(&v, item.line) {
                Some(post) => archive.posts.push(post),
                None => archive.warn(item.line, "a tweet without `full_text`: skipped"),
            },
            Err(e) => archive.warn(item.line, format!("a broken tweet record ({e}): skipped")),
        }
    }
    Ok(archive)
}

/// Reads one element of the array (`{ "tweet": … }`, or the tweet itself in older archives).
pub(crate) fn tweet(v: &Value, line: usize) -> Option<Post> {
    let t = v.get("tweet").unwrap_or(v);
    let raw = str_at(t, "full_text").or_else(|| str_at(t, "text"))?;
    let text = super::html::unescape(raw);
    let kind = if text.starts_with("RT @") {
        Kind::Repost
    } else if present(t, "in_reply_to_status_id") || present(t, "in_reply_to_status_id_str") {
        Kind::Reply
    } else if truthy(t, "is_quote_status") || present(t, "quoted_status_id_str") || quotes(t) {
        Kind::Quote
    } else {
        Kind::Post
    };
    Some(Post::new(text, kind, Some(Platform::X), line))
}

/// Whether the tweet links to another tweet (how archives show a quote).
fn quotes(t: &Value) -> bool {
    let urls = t.get("entities").and_then(|e| e.get("urls")).and_then(Value::as_array);
    urls.into_iter().flatten().filter_map(|u| str_at(u, "expanded_url")).any(|u| {
        let u = u.trim_start_matches("https://").trim_start_matches("http://");
        let u = u.trim_start_matches("www.").trim_start_matches("mobile.");
        (u.starts_with("twitter.com/") || u.starts_with("x.com/")) && u.contains("/status/")
    })
}
