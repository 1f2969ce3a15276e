//! LinkedIn's `Shares.csv`: one row per share, the text in `ShareCommentary`, quoted as RFC
//! 4180 quotes (doubled quotes, line breaks inside quoted fields).

use super::post::{Archive, Format, Kind, Post};
use super::value::Lines;
use crate::platform::Platform;

const COLUMN: &str = "ShareCommentary";

/// Whether the header line names LinkedIn's column.
pub(crate) fn recognise(source: &str) -> bool {
    source.lines().next().is_some_and(|header| header.contains(COLUMN))
}

/// The line a row starts on: csv's position may point at the end of the previous row's CRLF.
fn row_line(lines: &mut Lines, source: &str, byte: u64) -> usize {
    let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(source.len());
    while matches!(source.as_bytes().get(at), Some(b'\r' | b'\n')) {
        at += 1;
    }
    lines.of(source, at)
}

pub(crate) fn read(source: &str) -> Result<Archive, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(source.as_bytes());
    let headers = reader.headers().map_err(|e| format!("unreadable CSV header: {e}"))?.clone();
    let column = headers
        .iter()
        .position(|h| h.trim() == COLUMN)
        .ok_or("LinkedIn's Shares.csv has a `ShareCommentary` column")?;
    let shared = headers.iter().position(|h| h.trim() == "SharedUrl");
    let mut archive = Archive::new(Format::LinkedinShares);
    let mut lines = Lines::default();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| row_line(&mut lines, source, p.byte()));
                archive.warn(line, format!("an unreadable row ({e}): skipped"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| row_line(&mut lines, source, p.byte()));
        let text = record.get(column).unwrap_or("").trim();
        let platform = Some(Platform::Linkedin);
        if !text.is_empty() {
            archive.posts.push(Post::new(text, Kind::Post, platform, line));
        } else if shared.and_then(|i| record.get(i)).is_some_and(|u| !u.trim().is_empty()) {
            // A share without a comment passes someone else's post on.
            archive.posts.push(Post::new("", Kind::Repost, platform, line));
        } else {
            archive.warn(line, "a share without text: skipped");
        }
    }
    Ok(archive)
}
