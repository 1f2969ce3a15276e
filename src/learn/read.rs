//! Which export a file is, told by its content (never by its name), and reading it.

use serde_json::Value;

use super::post::{Archive, Format, Kind, Post};
use super::value::str_at;
use super::{bluesky, json_items, linkedin, mastodon, x};
use crate::platform::Platform;

/// What `brio learn` reads, for the message about a file that is none of them.
pub const EXPECTED: &str = "an X archive's tweets.js (`window.YTD.tweets.part0 = [...]`), a \
Mastodon outbox.json (ActivityPub `orderedItems`), a LinkedIn Shares.csv (a `ShareCommentary` \
column), Bluesky `app.bsky.feed.post` records (a JSON array or JSON Lines), or Brio's history \
(JSON Lines of strings or `{\"text\": ...}` objects)";

/// A file that could not be read as any export, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(pub String);

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

/// Reads an export, recognising its format by content. Broken records are skipped and listed
/// in the archive's warnings; a file that is no export at all, or one with no post, is an error.
pub fn read(source: &str) -> Result<Archive, ReadError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let start = source.len() - source.trim_start().len();
    let body = source.get(start..).unwrap_or("");
    let fail = |why: String| ReadError(why);
    let archive = if body.is_empty() {
        return Err(fail(format!("the file is empty; expected {EXPECTED}")));
    } else if x::recognise(body) {
        x::read(source).map_err(|e| fail(format!("X archive: {e}")))?
    } else if linkedin::recognise(body) {
        linkedin::read(body).map_err(|e| fail(format!("LinkedIn Shares.csv: {e}")))?
    } else if mastodon::recognise(body) {
        mastodon::read(source).map_err(|e| fail(format!("Mastodon outbox: {e}")))?
    } else if body.starts_with('[') {
        array(source, start).map_err(fail)?
    } else if body.starts_with('{') || body.starts_with('"') {
        lines(source).map_err(fail)?
    } else {
        return Err(fail(format!("not a recognised export; expected {EXPECTED}")));
    };
    if archive.posts.is_empty() {
        let first = archive.warnings.first().map(|w| format!(" (line {}: {})", w.line, w.message));
        return Err(fail(format!(
            "no post found in this {}{}",
            archive.format.name(),
            first.unwrap_or_default()
        )));
    }
    Ok(archive)
}

/// What one JSON value is, read as a history entry or a Bluesky record.
enum Entry {
    Bluesky(Result<Post, String>),
    History(Post),
    X(Post),
    Unknown,
}

fn entry(v: &Value, line: usize) -> Entry {
    if bluesky::is_record(v) {
        return Entry::Bluesky(bluesky::read_record(v, line));
    }
    if v.get("tweet").is_some() {
        return x::tweet(v, line).map_or(Entry::Unknown, Entry::X);
    }
    let text = match v {
        Value::String(s) => Some(s.as_str()),
        Value::Object(_) => str_at(v, "text"),
        _ => None,
    };
    match text {
        Some(text) => {
            let platform = str_at(v, "platform").and_then(Platform::from_id);
            Entry::History(Post::new(text, Kind::Post, platform, line))
        }
        None => Entry::Unknown,
    }
}

/// Adds one entry to whichever archive it belongs to; `None` for an unknown record.
fn add(
    entry: Entry,
    line: usize,
    bsky: &mut Archive,
    history: &mut Archive,
    tweets: &mut Archive,
) -> bool {
    match entry {
        Entry::Bluesky(Ok(post)) => bsky.posts.push(post),
        Entry::Bluesky(Err(why)) => bsky.warn(line, why),
        Entry::History(post) => history.posts.push(post),
        Entry::X(post) => tweets.posts.push(post),
        Entry::Unknown => return false,
    }
    true
}

/// The archive the records mostly belong to, with every warning.
fn settle(
    bsky: Archive,
    history: Archive,
    tweets: Archive,
    mut unknown: Vec<super::Warning>,
) -> Archive {
    let mut best = [bsky, history, tweets]
        .into_iter()
        .max_by_key(|a| (a.posts.len(), a.warnings.len()))
        .unwrap_or_else(|| Archive::new(Format::BrioHistory));
    // Both lists are in line order: merged, not sorted.
    let mut merged = Vec::with_capacity(best.warnings.len() + unknown.len());
    let mut a = std::mem::take(&mut best.warnings).into_iter().peekable();
    let mut b = unknown.drain(..).peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.line <= y.line => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some(w) => merged.push(w),
            None => break,
        }
    }
    best.warnings = merged;
    best
}

/// A JSON array: Bluesky records, history entries, or tweets without the script around them.
fn array(source: &str, open: usize) -> Result<Archive, String> {
    let items = json_items::split(source, open)?;
    let (mut bsky, mut history, mut tweets) = archives();
    let mut unknown = Vec::new();
    for item in items {
        match serde_json::from_str::<Value>(item.text) {
            Ok(v) => {
                if !add(entry(&v, item.line), item.line, &mut bsky, &mut history, &mut tweets) {
                    unknown.push(unknown_warning(item.line));
                }
            }
            Err(e) => unknown.push(broken(item.line, &e)),
        }
    }
    Ok(settle(bsky, history, tweets, unknown))
}

/// JSON Lines: Brio's history or Bluesky records, one per line.
fn lines(source: &str) -> Result<Archive, String> {
    let (mut bsky, mut history, mut tweets) = archives();
    let mut unknown = Vec::new();
    for (i, raw) in source.split('\n').enumerate() {
        let line = i + 1;
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(raw) {
            Ok(v) => {
                if !add(entry(&v, line), line, &mut bsky, &mut history, &mut tweets) {
                    unknown.push(unknown_warning(line));
                }
            }
            Err(e) => unknown.push(broken(line, &e)),
        }
    }
    let archive = settle(bsky, history, tweets, unknown);
    if archive.posts.is_empty() {
        return Err(format!("no line is a post; expected {EXPECTED}"));
    }
    Ok(archive)
}

fn archives() -> (Archive, Archive, Archive) {
    (
        Archive::new(Format::BlueskyPosts),
        Archive::new(Format::BrioHistory),
        Archive::new(Format::XArchive),
    )
}

fn unknown_warning(line: usize) -> super::Warning {
    super::Warning {
        line,
        message: "neither a post's text nor a Bluesky post record: skipped".to_string(),
    }
}

fn broken(line: usize, e: &serde_json::Error) -> super::Warning {
    let e = e.to_string();
    let e = e.split(" at line ").next().unwrap_or(&e).to_string();
    super::Warning { line, message: format!("not valid JSON ({e}): skipped") }
}
