//! The human format: `file:line:col: severity rule: message`, then the flagged text.

use std::io::{self, Write};

use brio::Report;
use brio::text::{byte_of_utf16, line_col};

use crate::input::Post;

/// Longest flagged excerpt shown before it is shortened with an ellipsis.
const EXCERPT_CHARS: usize = 60;

pub fn text(out: &mut impl Write, post: &Post, report: &Report) -> io::Result<()> {
    let length = &report.length;
    writeln!(
        out,
        "{}: {} ({}), {} / {} {}",
        post.name,
        report.platform.info().name,
        report.locale.as_str(),
        length.used,
        length.limit,
        length.unit.as_str()
    )?;
    for d in &report.diagnostics {
        let start = byte_of_utf16(&post.text, d.start).unwrap_or(0);
        let end = byte_of_utf16(&post.text, d.end).unwrap_or(post.text.len());
        let (line, col) = line_col(&post.text, start);
        writeln!(
            out,
            "{}:{line}:{col}: {} {}: {}",
            post.name,
            d.severity.as_str(),
            d.rule,
            d.message
        )?;
        let flagged = post.text.get(start..end).unwrap_or("");
        if !flagged.is_empty() {
            writeln!(out, "    | {}", excerpt(flagged))?;
        }
        for s in &d.suggestions {
            writeln!(out, "    = {}", s.label)?;
        }
    }
    if report.diagnostics.is_empty() {
        writeln!(out, "    no problems found")?;
    }
    Ok(())
}

/// The flagged text on one line, shortened if long.
fn excerpt(flagged: &str) -> String {
    let one_line: String = flagged.chars().map(|c| if c == '\n' { '⏎' } else { c }).collect();
    if one_line.chars().count() > EXCERPT_CHARS {
        let head: String = one_line.chars().take(EXCERPT_CHARS).collect();
        format!("{head}…")
    } else {
        one_line
    }
}
