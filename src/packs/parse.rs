//! The two notations of the pack files.
//!
//! Lexicons (`fr/jargon.txt`…), one entry per line:
//!
//! ```text
//! # a comment
//! @why the reason given for every entry below, unless an entry gives its own
//! pattern | pattern => better | better ## this entry's own reason
//! ```
//!
//! Patterns use the notation of [`crate::matcher::expand`]; a better wording of `-` means
//! "remove it". Word lists (`fr/grammar.txt`, `caps.txt`): `@set name` then words separated by
//! white space, in the same notation; `key=value` pairs form a map (`_` is a space in values).

use std::collections::HashMap;

/// One lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    pub patterns: Vec<String>,
    pub better: Vec<String>,
    pub why: String,
}

/// Parses a lexicon file; the error names the line.
pub fn lexicon(name: &str, source: &str) -> Result<Vec<RawEntry>, String> {
    let mut why = String::new();
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{name}:{}", n + 1);
        if let Some(rest) = line.strip_prefix("@why ") {
            why = rest.trim().to_string();
            continue;
        }
        if line.starts_with('@') {
            return Err(format!("{}: unknown directive `{line}`", at()));
        }
        let (body, own_why) = match line.split_once(" ## ") {
            Some((body, reason)) => (body, Some(reason.trim().to_string())),
            None => (line, None),
        };
        let (patterns, better) = match body.split_once("=>") {
            Some((p, b)) => (p, split_list(b)),
            None => (body, Vec::new()),
        };
        let patterns = split_list(patterns);
        if patterns.is_empty() {
            return Err(format!("{}: no pattern", at()));
        }
        let why = own_why.unwrap_or_else(|| why.clone());
        if why.is_empty() {
            return Err(format!("{}: no reason (add `@why …` or `## …`)", at()));
        }
        out.push(RawEntry { patterns, better, why });
    }
    Ok(out)
}

fn split_list(s: &str) -> Vec<String> {
    s.split(" | ").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect()
}

/// Parses a word-list file into named lists.
pub fn sets(name: &str, source: &str) -> Result<HashMap<String, Vec<String>>, String> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut current: Option<String> = None;
    for (n, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(set) = line.strip_prefix("@set ") {
            let set = set.trim().to_string();
            out.entry(set.clone()).or_default();
            current = Some(set);
            continue;
        }
        let Some(set) = current.as_ref().and_then(|c| out.get_mut(c)) else {
            return Err(format!("{name}:{}: words before any `@set`", n + 1));
        };
        set.extend(line.split_whitespace().map(str::to_string));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_with_defaults_and_overrides() {
        let src = "# c\n@why generic\na | b => c | - ## own\nd\n";
        let e = lexicon("t", src).expect("parses");
        assert_eq!(e[0].patterns, ["a", "b"]);
        assert_eq!(e[0].better, ["c", "-"]);
        assert_eq!(e[0].why, "own");
        assert_eq!(e[1].why, "generic");
        assert!(lexicon("t", "x\n").is_err());
        assert!(lexicon("t", "@what\n").is_err());
    }

    #[test]
    fn parses_sets() {
        let s = sets("t", "@set a\nx y\nz\n@set b\n").expect("parses");
        assert_eq!(s["a"], ["x", "y", "z"]);
        assert!(s["b"].is_empty());
        assert!(sets("t", "x\n").is_err());
    }
}
