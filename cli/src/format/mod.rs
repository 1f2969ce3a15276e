//! Output formats: readable text, JSON Lines, SARIF.

mod sarif;
mod text;

use std::io::{self, Write};

use brio::{Checker, Report};

use crate::ListFormat;

pub use sarif::sarif;
pub use text::text;

/// One report as one JSON line.
pub fn json_line(out: &mut impl Write, report: &Report) -> io::Result<()> {
    serde_json::to_writer(&mut *out, report).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

pub fn print_rules(format: ListFormat) {
    let rules = Checker::rules();
    match format {
        ListFormat::Json => {
            println!("{}", serde_json::to_string_pretty(&rules).unwrap_or_default());
        }
        ListFormat::Text => {
            let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in rules {
                let fix = if r.fixable { " [fix]" } else { "" };
                println!("{:width$}  {:8} {}{fix}", r.id, r.severity.as_str(), r.description);
            }
        }
    }
}
