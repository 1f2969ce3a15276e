//! Every message key the code uses has a message in French and in English.
//!
//! A key missing from the catalogue is not an error at run time: the writer sees the key itself
//! as the message (`tone/jargon.fix` in a card). This test reads the library's sources and
//! finds the keys they use:
//!
//! - every string literal shaped like a key: a rule id with a variant (`typo/fr-nbsp.colon`), or
//!   a key of the shared namespaces (`fix.remove`, `unit.graphemes`); a `format!` template
//!   (`unit.{}`) must match at least one key;
//! - the rule ids used as keys themselves: those of the rule files that pass their id to `tr`
//!   (`cx.tr(META.id, ...)`) or to the lexicon rules' `flag`.
//!
//! Test code (after `#[cfg(test)]`) is left out: tests may ask for keys that do not exist.

use std::fs;
use std::path::{Path, PathBuf};

use brio::Locale;
use brio::i18n::{keys, tr};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file before its tests (`#[cfg(test)] mod tests`), without comments.
fn code(source: &str) -> String {
    let end = source.find("#[cfg(test)]\nmod tests").unwrap_or(source.len());
    source[..end]
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string literals of `code` ("…" with escapes, and r"…" / r#"…"#), as written.
fn literals(code: &str) -> Vec<String> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => {
                // A char literal ('"' among them) or a lifetime: skip a quoted char whole.
                let close = bytes.get(i + 1..).and_then(|rest| {
                    let len = if rest.first() == Some(&b'\\') { 2 } else { 1 };
                    (rest.get(len) == Some(&b'\'')).then_some(len + 2)
                });
                i += close.unwrap_or(1);
            }
            b'r' if bytes.get(i + 1).is_some_and(|&b| b == b'"' || b == b'#')
                && !bytes.get(i.wrapping_sub(1)).is_some_and(|b| b.is_ascii_alphanumeric()) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                let start = i + 1 + hashes + 1;
                let end_mark = format!("\"{}", "#".repeat(hashes));
                let end = code[start..].find(&end_mark).map_or(code.len(), |e| start + e);
                out.push(code[start..end].to_string());
                i = end + end_mark.len();
            }
            b'"' => {
                let mut j = i + 1;
                let mut s = String::new();
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    s.push(bytes[j] as char);
                    j += 1;
                }
                out.push(s);
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The namespaces of the catalogue: rule categories (`tone/…`) and shared ones (`fix.…`).
fn namespaces<'k>(keys: &[&'k str]) -> (Vec<&'k str>, Vec<&'k str>) {
    let mut categories: Vec<&str> =
        keys.iter().filter_map(|k| k.split_once('/')).map(|p| p.0).collect();
    let mut shared: Vec<&str> = keys
        .iter()
        .filter(|k| !k.contains('/'))
        .filter_map(|k| k.split_once('.'))
        .map(|p| p.0)
        .collect();
    categories.sort_unstable();
    categories.dedup();
    shared.sort_unstable();
    shared.dedup();
    (categories, shared)
}

fn key_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '{' || c == '}'
}

/// Whether a literal is shaped like a key: `category/name.variant…` or `shared.name…`.
fn key_shaped(literal: &str, categories: &[&str], shared: &[&str]) -> bool {
    let parts = |rest: &str| {
        let mut parts = rest.split('.');
        let all = parts.clone().all(|p| !p.is_empty() && p.chars().all(key_char));
        parts.next().is_some() && all
    };
    if let Some((category, rest)) = literal.split_once('/') {
        return categories.contains(&category) && rest.contains('.') && parts(rest);
    }
    literal.split_once('.').is_some_and(|(ns, rest)| shared.contains(&ns) && parts(rest))
}

/// Whether `literal` names a key of `keys`; a `{…}` placeholder stands for any text.
fn known(literal: &str, keys: &[&str]) -> bool {
    if !literal.contains('{') {
        return keys.contains(&literal);
    }
    let pieces: Vec<&str> = literal.split(['{', '}']).step_by(2).collect();
    keys.iter().any(|k| {
        let mut rest = *k;
        pieces.iter().enumerate().all(|(n, piece)| {
            let found = if n == 0 {
                rest.strip_prefix(piece)
            } else {
                rest.find(piece).map(|at| &rest[at + piece.len()..])
            };
            found.map(|r| rest = r).is_some()
        }) && (pieces.last().is_some_and(|p| p.is_empty()) || rest.is_empty())
    })
}

/// The keys `code` uses: key-shaped literals, and its rule's id when it passes it to `tr`.
fn used_keys(code: &str, categories: &[&str], shared: &[&str]) -> Vec<String> {
    let mut used: Vec<String> =
        literals(code).into_iter().filter(|l| key_shaped(l, categories, shared)).collect();
    let passes_its_id =
        ["tr(META.id", "tr(M.id", "flag(cx, &META"].iter().any(|p| code.contains(p));
    if passes_its_id {
        let id = code
            .split("id: \"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a rule file that passes its id has one");
        used.push(id.to_string());
    }
    used
}

#[test]
fn every_key_the_code_uses_has_both_messages() {
    let keys: Vec<&str> = keys().collect();
    let (categories, shared) = namespaces(&keys);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source");
        for key in used_keys(&code(&source), &categories, &shared) {
            checked += 1;
            // `tr` takes the `'static` keys of the code; this one is read from its source.
            let static_key: &'static str = Box::leak(key.clone().into_boxed_str());
            let both = !key.contains('{')
                && [Locale::Fr, Locale::En].iter().all(|&l| tr(l, static_key, &[]) != key);
            if !known(&key, &keys) || (!key.contains('{') && !both) {
                missing.push(format!(
                    "{}: `{key}`",
                    file.strip_prefix(root).unwrap_or(&file).display()
                ));
            }
        }
    }
    assert!(missing.is_empty(), "keys without a message in the catalogue:\n{}", missing.join("\n"));
    // The scan finds the keys the rules use (a vacuous pass would find none).
    assert!(checked > 60, "only {checked} keys found: the scan is broken");
}

#[test]
fn a_misspelled_key_is_caught() {
    let keys: Vec<&str> = keys().collect();
    let (categories, shared) = namespaces(&keys);
    let code = code(
        r#"
        let m = cx.tr("tone/jargon.fixx", &[]);
        let unit = tr(locale, &format!("unit.{}", u), &[]);
        let label = "fix.remove";
        let file = "fr/jargon.txt";
        let c = '"'; let other = "typo/fr-nbsp.colon";
        static META: RuleMeta = RuleMeta { id: "tone/made-up", .. };
        let m = cx.tr(META.id, &[]);
#[cfg(test)]
mod tests { fn t() { cx.tr("tone/only-in-tests.x", &[]); } }
        "#,
    );
    let used = used_keys(&code, &categories, &shared);
    assert_eq!(
        used,
        ["tone/jargon.fixx", "unit.{}", "fix.remove", "typo/fr-nbsp.colon", "tone/made-up"]
    );
    let unknown: Vec<&String> = used.iter().filter(|k| !known(k, &keys)).collect();
    assert_eq!(unknown, ["tone/jargon.fixx", "tone/made-up"]);
}
