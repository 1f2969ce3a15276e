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

/// `brio rules`: the catalogue, as an aligned table or a JSON array.
pub fn print_rules(format: ListFormat) -> io::Result<()> {
    let rules = Checker::rules();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &rules).map_err(io::Error::other)?;
            writeln!(out)?;
        }
        ListFormat::Text => {
            let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0).max("RULE".len());
            writeln!(out, "{:width$}  {:8} {:3}  DESCRIPTION", "RULE", "SEVERITY", "FIX")?;
            for r in rules {
                let fix = if r.fixable { "yes" } else { "" };
                writeln!(
                    out,
                    "{:width$}  {:8} {fix:3}  {}",
                    r.id,
                    r.severity.as_str(),
                    r.description
                )?;
            }
        }
    }
    out.flush()
}
