//! The two notations of the pack files.
//!
//! Lexicons (`fr/jargon.txt`…), one entry per line:
//!
//! ```text
//! # a comment
//! @why the reason given for every entry below, unless an entry gives its own
//! pattern | pattern {f} => better {f} | better {m pl=plural} ## own reason !! literal ?? near
//! ```
//!
//! Patterns use the notation of [`crate::expand`]; a better wording of `-` means
//! "remove it". A class in braces after the patterns says what the matched words are (`{m}`,
//! `{f}`: a French noun of that gender; `{adj}`: an adjective), and one after a better wording
//! what it is, with its irregular forms (`{m pl=travaux_communs}`, `{adj f=nouvelle}`), so that
//! a French fix can agree with the words around it (the library's `rules/tone/agree.rs`). After ` !! `,
//! words (in pattern notation, `~` for their forms) that make a match literal when one of them
//! stands near it (`>word`: right after it, `<word`: right before): `disruption~ !! traffic
//! service~`; after ` ?? `, words of which one must stand near a match for it to count. Word lists (`fr/grammar.txt`, `caps.txt`): `@set name` then words separated by
//! white space, in the same notation; `key=value` pairs form a map (`_` is a space in values).

use std::collections::HashMap;

/// One lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    pub patterns: Vec<String>,
    /// What the matched words are (`m`, `f`, `adj`), or empty.
    pub class: String,
    /// Better wordings, each with its braces if it has any.
    pub better: Vec<String>,
    pub why: String,
    /// Words that make a match literal when they stand near it (`>word`: right after it,
    /// `<word`: right before).
    pub literal: Vec<String>,
    /// Words of which one must stand near a match for it to count (`accompagner` is jargon
    /// near "clients", not near "la chorale").
    pub near: Vec<String>,
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
        let (line, near) = match line.split_once(" ?? ") {
            Some((rest, words)) => (rest, words.split_whitespace().map(str::to_string).collect()),
            None => (line, Vec::new()),
        };
        let (line, literal) = match line.split_once(" !! ") {
            Some((rest, words)) => (rest, words.split_whitespace().map(str::to_string).collect()),
            None => (line, Vec::new()),
        };
        let (body, own_why) = match line.split_once(" ## ") {
            Some((body, reason)) => (body, Some(reason.trim().to_string())),
            None => (line, None),
        };
        let (patterns, better) = match body.split_once("=>") {
            Some((p, b)) => (p, split_list(b)),
            None => (body, Vec::new()),
        };
        let (patterns, class) = match patterns.trim_end().strip_suffix('}') {
            Some(rest) => match rest.rsplit_once('{') {
                Some((p, class)) => (p, class.trim().to_string()),
                None => return Err(format!("{}: a `}}` without its `{{`", at())),
            },
            None => (patterns, String::new()),
        };
        if !matches!(class.as_str(), "" | "m" | "f" | "adj") {
            return Err(format!("{}: unknown class `{{{class}}}` (m, f or adj)", at()));
        }
        let patterns = split_list(patterns);
        if patterns.is_empty() {
            return Err(format!("{}: no pattern", at()));
        }
        let why = own_why.unwrap_or_else(|| why.clone());
        if why.is_empty() {
            return Err(format!("{}: no reason (add `@why …` or `## …`)", at()));
        }
        out.push(RawEntry { patterns, class, better, why, literal, near });
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
    fn parses_classes_and_literal_neighbours() {
        let src = "@why w\nsynergie~ {f} => collaboration {f} | travail commun {m pl=travaux_communs} !! médicament~ >antibiotique~ ?? client~\n";
        let e = lexicon("t", src).expect("parses");
        assert_eq!(e[0].patterns, ["synergie~"]);
        assert_eq!(e[0].class, "f");
        assert_eq!(e[0].better, ["collaboration {f}", "travail commun {m pl=travaux_communs}"]);
        assert_eq!(e[0].literal, ["médicament~", ">antibiotique~"]);
        assert_eq!(e[0].near, ["client~"]);
        assert!(lexicon("t", "@why w\na {x} => b\n").is_err());
    }

    #[test]
    fn parses_sets() {
        let s = sets("t", "@set a\nx y\nz\n@set b\n").expect("parses");
        assert_eq!(s["a"], ["x", "y", "z"]);
        assert!(s["b"].is_empty());
        assert!(sets("t", "x\n").is_err());
    }
}
