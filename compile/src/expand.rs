//! The pattern notation of the packs, expanded into every literal variant at build time:
//!
//! - `[a/b/]` one of the alternatives (an empty one makes the group optional);
//! - `(x)` shorthand for `[/x]`;
//! - `_` a space or a hyphen ("best_in_class" matches "best-in-class" and "best in class");
//! - `word~` the word and its inflected forms (see [`crate::inflect`]);
//! - French elision is generated: "de annoncer" also matches "d’annoncer".
//!
//! Variants are folded (case, accents, apostrophes, spaces) like the text they are matched
//! against.

use crate::Locale;
use crate::fold::{Accents, fold_str};
use crate::inflect::{self, Form};

/// More variants than this from one pattern is a mistake in the pack.
const MAX_VARIANTS: usize = 4096;

/// Every folded variant of `pattern`, with the form of its last inflected word.
pub fn variants(
    pattern: &str,
    locale: Locale,
    accents: Accents,
) -> Result<Vec<(String, Form)>, String> {
    let mut out: Vec<(String, Form)> = Vec::new();
    let mut raws = Vec::new();
    for raw in alternatives(pattern)? {
        // `_` inside a group survives the first pass; expand it now.
        if raw.contains('_') { raws.extend(alternatives(&raw)?) } else { raws.push(raw) }
    }
    for raw in raws {
        for (inflected, form) in inflect_marked(&raw, locale)? {
            let folded = fold_str(&inflected, accents);
            if folded.is_empty() {
                continue;
            }
            if locale == Locale::Fr {
                for elided in elisions(&folded) {
                    out.push((elided, form));
                }
            }
            out.push((folded, form));
            if out.len() > MAX_VARIANTS {
                return Err(format!("`{pattern}` expands to more than {MAX_VARIANTS} variants"));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(v, _)| seen.insert(v.clone()));
    Ok(out)
}

/// Expands `[a/b]`, `(x)` and `_`.
fn alternatives(pattern: &str) -> Result<Vec<String>, String> {
    let mut acc = vec![String::new()];
    let mut rest = pattern;
    while let Some(ch) = rest.chars().next() {
        let (options, used): (Vec<&str>, usize) = match ch {
            '[' | '(' => {
                let close = if ch == '[' { ']' } else { ')' };
                let Some(end) = rest.find(close) else {
                    return Err(format!("unclosed `{ch}` in `{pattern}`"));
                };
                let inner = rest.get(1..end).unwrap_or("");
                if inner.contains(['[', '(']) {
                    return Err(format!("nested groups in `{pattern}`"));
                }
                let options = if ch == '[' { inner.split('/').collect() } else { vec!["", inner] };
                (options, end + 1)
            }
            ']' | ')' => return Err(format!("stray `{ch}` in `{pattern}`")),
            '_' => (vec![" ", "-"], 1),
            c => (vec![rest.get(..c.len_utf8()).unwrap_or("")], c.len_utf8()),
        };
        if options.len() == 1 {
            for a in &mut acc {
                a.push_str(options[0]);
            }
        } else {
            acc = acc.iter().flat_map(|a| options.iter().map(move |o| format!("{a}{o}"))).collect();
            if acc.len() > MAX_VARIANTS {
                return Err(format!("`{pattern}` expands to more than {MAX_VARIANTS} variants"));
            }
        }
        rest = rest.get(used..).unwrap_or("");
    }
    Ok(acc)
}

/// Expands every `word~` into its forms.
fn inflect_marked(phrase: &str, locale: Locale) -> Result<Vec<(String, Form)>, String> {
    if !phrase.contains('~') {
        return Ok(vec![(phrase.to_string(), Form::Base)]);
    }
    let mut acc: Vec<(String, Form)> = vec![(String::new(), Form::Base)];
    for (i, token) in phrase.split(' ').enumerate() {
        let sep = if i == 0 { "" } else { " " };
        let options = match token.strip_suffix('~') {
            // One `~` ends a word: "marché~~" is a slip, whose forms would be nonsense.
            Some(word) if word.ends_with('~') => {
                return Err(format!("`~` doubled in `{phrase}`"));
            }
            Some(word) if !word.is_empty() => inflect::forms(word, locale),
            Some(_) => return Err(format!("`~` without a word in `{phrase}`")),
            None => vec![(token.to_string(), Form::Base)],
        };
        let marked = token.ends_with('~');
        acc = acc
            .iter()
            .flat_map(|(a, f)| {
                options
                    .iter()
                    .map(move |(o, of)| (format!("{a}{sep}{o}"), if marked { *of } else { *f }))
            })
            .collect();
        if acc.len() > MAX_VARIANTS {
            return Err(format!("`{phrase}` expands to more than {MAX_VARIANTS} variants"));
        }
    }
    Ok(acc)
}

/// The elided variants of a folded French phrase: "de annoncer" → "d'annoncer".
fn elisions(folded: &str) -> Vec<String> {
    const ELIDING: &[(&str, &str)] = &[
        ("le", "l'"),
        ("la", "l'"),
        ("de", "d'"),
        ("que", "qu'"),
        ("ne", "n'"),
        ("se", "s'"),
        ("je", "j'"),
        ("ce", "c'"),
        ("me", "m'"),
        ("te", "t'"),
    ];
    let tokens: Vec<&str> = folded.split(' ').collect();
    let mut acc = vec![String::new()];
    let mut changed = false;
    for (i, token) in tokens.iter().enumerate() {
        // A phrase that ends with an eliding word ("nous pensons que") may meet a vowel
        // past its end: "nous pensons qu’il".
        let next_vowel = tokens
            .get(i + 1)
            .and_then(|n| n.chars().next())
            .map_or(i + 1 == tokens.len() && i > 0, |c| "aeiouyhâàéèêîôû".contains(c));
        let elided = ELIDING.iter().find(|(full, _)| full == token).map(|(_, e)| *e);
        let last = i + 1 == tokens.len();
        let sep = if last { "" } else { " " };
        match elided {
            Some(short) if next_vowel && acc.len() < 64 => {
                changed = true;
                acc = acc
                    .iter()
                    .flat_map(|a| [format!("{a}{token}{sep}"), format!("{a}{short}")])
                    .collect();
            }
            _ => {
                for a in &mut acc {
                    a.push_str(token);
                    a.push_str(sep);
                }
            }
        }
    }
    if !changed {
        return Vec::new();
    }
    acc.retain(|v| v != folded);
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(pattern: &str, locale: Locale) -> Vec<String> {
        variants(pattern, locale, Accents::Strip)
            .expect("valid")
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn groups_and_hyphens() {
        assert_eq!(v("solution[s/] innovante(s)", Locale::Fr).len(), 4);
        let best = v("best_in_class", Locale::En);
        assert!(best.contains(&"best-in-class".to_string()));
        assert!(best.contains(&"best in class".to_string()));
    }

    #[test]
    fn elision() {
        let vs = v("fiers de annoncer", Locale::Fr);
        assert!(vs.contains(&"fiers d'annoncer".to_string()), "{vs:?}");
        assert!(vs.contains(&"fiers de annoncer".to_string()));
        assert_eq!(v("le plaisir", Locale::Fr), ["le plaisir"]);
    }

    #[test]
    fn inflection_marks() {
        let vs = v("solution~ innovant~", Locale::Fr);
        assert!(vs.contains(&"solutions innovantes".to_string()), "{vs:?}");
        let vs = v("Écosystème", Locale::Fr);
        assert_eq!(vs, ["ecosysteme"]);
    }

    #[test]
    fn errors() {
        // A doubled or lone `~` is a slip of the pen.
        for slip in ["microbienne~~", "a ~ b", "solution~ x~~"] {
            assert!(variants(slip, Locale::Fr, Accents::Strip).is_err(), "{slip}");
        }
        assert!(variants("a [b", Locale::En, Accents::Strip).is_err());
        assert!(variants("a b]", Locale::En, Accents::Strip).is_err());
        assert!(variants("a ~ b", Locale::En, Accents::Strip).is_err());
    }
}
