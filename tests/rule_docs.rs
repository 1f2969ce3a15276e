//! `docs/rules.md` is generated from the rule files' `//!` doc comments and the registry.
//!
//! This test renders it and compares it with the committed file: it fails when the file is stale,
//! and rewrites it when run with `BRIO_UPDATE_DOCS=1`:
//!
//! ```sh
//! BRIO_UPDATE_DOCS=1 cargo test --test rule_docs
//! ```
//!
//! It also fails when a registered rule has no doc comment, or lacks one of the four sections.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const SECTIONS: [&str; 4] = ["What it flags.", "Why it matters.", "Example.", "Better."];

/// One rule's doc comment: its id (from the `# id` title) and its sections, in order.
#[derive(Debug)]
struct RuleDoc {
    file: PathBuf,
    sections: Vec<(String, String)>,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The `//!` block at the top of `source`, without the markers.
fn module_doc(source: &str) -> Vec<&str> {
    source
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| {
            l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(l.trim_start_matches("//!"))
        })
        .collect()
}

/// Parses `# id` and the `**Section.**` paragraphs of a rule file's doc comment.
fn parse(file: &Path, lines: &[&str]) -> Option<(String, RuleDoc)> {
    let id = lines.first()?.strip_prefix("# ")?.trim().to_string();
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in lines.iter().skip(1) {
        let opened = SECTIONS.iter().find(|s| line.starts_with(&format!("**{s}**")));
        match (opened, sections.last_mut()) {
            (Some(name), _) => {
                let rest = line.get(name.len() + 4..).unwrap_or("").trim();
                sections.push((name.to_string(), rest.to_string()));
            }
            (None, Some((_, body))) => {
                if line.trim().is_empty() {
                    body.push('\n');
                } else {
                    if !body.is_empty() && !body.ends_with('\n') {
                        body.push(' ');
                    }
                    body.push_str(line.trim());
                }
            }
            (None, None) => {}
        }
    }
    for (_, body) in &mut sections {
        *body = body.trim().to_string();
    }
    Some((id, RuleDoc { file: file.to_path_buf(), sections }))
}

fn rule_docs(root: &Path) -> BTreeMap<String, RuleDoc> {
    let mut files = Vec::new();
    rust_files(&root.join("src/rules"), &mut files);
    let mut docs = BTreeMap::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("readable rule file");
        if let Some((id, doc)) = parse(&file, &module_doc(&source)) {
            docs.insert(id, doc);
        }
    }
    docs
}

fn render(docs: &BTreeMap<String, RuleDoc>) -> String {
    // Grouped by category, categories in the order they first run, rules in registry order.
    let mut rules = brio::Checker::rules();
    let mut categories: Vec<&str> = Vec::new();
    for r in &rules {
        if !categories.contains(&r.category) {
            categories.push(r.category);
        }
    }
    rules.sort_by_key(|r| categories.iter().position(|c| *c == r.category));
    let mut out = String::new();
    out.push_str(
        "# Brio rules\n\n\
         <!-- Generated from the rule files' doc comments by tests/rule_docs.rs; do not edit. \
         Refresh with `BRIO_UPDATE_DOCS=1 cargo test --test rule_docs`. -->\n\n\
         Every rule Brio runs, by category. A profile sets a rule's level in \
         `[rules]` (`off`, `hint`, `info`, `warning`, `error`), or per platform in \
         `[platforms.<id>.rules]`. Safe fixes keep the meaning and can be applied without \
         reading them; the others change wording and need the writer's eye.\n\n\
         | rule | category | default severity | fix | summary |\n\
         |---|---|---|---|---|\n",
    );
    for r in &rules {
        let anchor = r.id.replace('/', "");
        let _ = writeln!(
            out,
            "| [`{}`](#{anchor}) | {} | {} | {} | {} |",
            r.id,
            r.category,
            r.severity.as_str(),
            if r.fixable { "yes" } else { "no" },
            r.description.replace('|', "\\|")
        );
    }
    let mut category = "";
    for r in &rules {
        if r.category != category {
            category = r.category;
            let _ = write!(out, "\n## {category}/\n");
        }
        let _ = write!(
            out,
            "\n### {}\n\n{}\n\nCategory `{}` · default severity `{}` · {}\n",
            r.id,
            r.description,
            r.category,
            r.severity.as_str(),
            if r.fixable { "offers fixes" } else { "no fix" }
        );
        if let Some(doc) = docs.get(r.id) {
            for (name, body) in &doc.sections {
                let body = body.replace("\n\n", "\n").replace('\n', "\n\n");
                let _ = write!(out, "\n**{name}** {body}\n");
            }
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_rule_has_the_four_sections() {
    let docs = rule_docs(&root());
    let mut problems = Vec::new();
    for rule in brio::Checker::rules() {
        let Some(doc) = docs.get(rule.id) else {
            problems.push(format!("{}: no `//! # {}` doc comment in src/rules/", rule.id, rule.id));
            continue;
        };
        let names: Vec<&str> = doc.sections.iter().map(|(n, _)| n.as_str()).collect();
        if names != SECTIONS {
            problems.push(format!(
                "{} ({}): sections {names:?}, expected {SECTIONS:?} in that order",
                rule.id,
                doc.file.display()
            ));
        }
        for (name, body) in &doc.sections {
            if body.is_empty() {
                problems.push(format!("{}: empty section {name}", rule.id));
            }
        }
    }
    let registered: Vec<&str> = brio::Checker::rules().iter().map(|r| r.id).collect();
    for (id, doc) in &docs {
        if !registered.contains(&id.as_str()) {
            problems
                .push(format!("{id} ({}) is documented but not registered", doc.file.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rules_md_is_up_to_date() {
    let path = root().join("docs/rules.md");
    let rendered = render(&rule_docs(&root()));
    if std::env::var_os("BRIO_UPDATE_DOCS").is_some_and(|v| v == "1") {
        fs::create_dir_all(root().join("docs")).expect("docs/ can be created");
        fs::write(&path, &rendered).expect("docs/rules.md can be written");
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == rendered,
        "docs/rules.md is stale: run `BRIO_UPDATE_DOCS=1 cargo test --test rule_docs` and commit it"
    );
}
