//! SARIF 2.1.0, for code-review tools that show findings on files.

use std::io::{self, Write};

use brio::text::{byte_of_utf16, line_col};
use brio::{Checker, Report, Severity};
use serde_json::{Value, json};

use crate::input::Post;

pub fn sarif(out: &mut impl Write, checked: &[(Post, Report)]) -> io::Result<()> {
    let rules: Vec<Value> = Checker::rules()
        .iter()
        .map(|r| json!({ "id": r.id, "shortDescription": { "text": r.description } }))
        .collect();
    let results: Vec<Value> = checked
        .iter()
        .flat_map(|(post, report)| report.diagnostics.iter().map(move |d| (post, d)))
        .map(|(post, d)| {
            let start = byte_of_utf16(&post.text, d.start).unwrap_or(0);
            let end = byte_of_utf16(&post.text, d.end).unwrap_or(post.text.len());
            let (sl, sc) = line_col(&post.text, start);
            let (el, ec) = line_col(&post.text, end);
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info | Severity::Hint => "note",
            };
            json!({
                "ruleId": d.rule,
                "level": level,
                "message": { "text": d.message },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": post.name },
                    "region": { "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec }
                }}]
            })
        })
        .collect();
    let log = json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": { "driver": { "name": "brio", "version": env!("CARGO_PKG_VERSION"), "rules": rules } },
            "results": results
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
