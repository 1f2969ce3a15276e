//! Simple inflection: the plural and feminine forms of a French word, the plural and verb forms
//! of an English one. Generated, not looked up: packs mark a word with `~` to match its forms,
//! and a profile's preferred term is given the form of the word it replaces.
//!
//! Over-generation is harmless (a form that does not exist never occurs in a post), so the
//! rules are broad rather than exact.

use crate::Locale;

/// Which form of a pattern a variant is, so that a replacement can be given the same form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// As written in the pack or profile.
    Base,
    /// The plural of the written form ("synergie" → "synergies").
    Plural,
    /// The singular of a written plural ("salariés" → "salarié").
    Singular,
    /// Any other form (feminine, verb forms): replacements are offered as written.
    Other,
}

/// The forms of `word` (the word itself first).
pub fn forms(word: &str, locale: Locale) -> Vec<(String, Form)> {
    let mut out = vec![(word.to_string(), Form::Base)];
    match locale {
        Locale::Fr => {
            out.push((plural_fr(word), Form::Plural));
            for fem in feminine_fr(word) {
                out.push((plural_fr(&fem), Form::Plural));
                out.push((fem, Form::Other));
            }
        }
        Locale::En => {
            out.push((plural_en(word), Form::Plural));
            out.extend(verb_forms_en(word).into_iter().map(|v| (v, Form::Other)));
        }
    }
    if let Some(single) = singular(word, locale) {
        out.push((single, Form::Singular));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(w, _)| !w.is_empty() && seen.insert(w.clone()));
    out
}

/// `word` in the given form, for replacements: the plural of a singular, the singular of a
/// plural; other forms are left as written.
pub fn apply(word: &str, form: Form, locale: Locale) -> String {
    match form {
        Form::Plural => {
            let (head, last) = split_last_word(word);
            let plural = match locale {
                Locale::Fr => plural_fr(last),
                Locale::En => plural_en(last),
            };
            format!("{head}{plural}")
        }
        Form::Singular => {
            let (head, last) = split_last_word(word);
            match singular(last, locale) {
                Some(s) => format!("{head}{s}"),
                None => word.to_string(),
            }
        }
        Form::Base | Form::Other => word.to_string(),
    }
}

/// The plural of one word.
pub fn plural(word: &str, locale: Locale) -> String {
    match locale {
        Locale::Fr => plural_fr(word),
        Locale::En => plural_en(word),
    }
}

fn split_last_word(phrase: &str) -> (&str, &str) {
    match phrase.rfind(' ') {
        Some(i) => (phrase.get(..=i).unwrap_or(""), phrase.get(i + 1..).unwrap_or(phrase)),
        None => ("", phrase),
    }
}

fn plural_fr(word: &str) -> String {
    // The -ail words whose plural is -aux; the others take an s (détails, rails).
    const AUX: &[&str] = &["travail", "bail", "corail", "émail", "soupirail", "vantail", "vitrail"];
    if word.ends_with(['s', 'x', 'z']) {
        word.to_string()
    } else if AUX.contains(&word) {
        format!("{}aux", word.get(..word.len() - 3).unwrap_or(""))
    } else if let Some(stem) = word.strip_suffix("al") {
        format!("{stem}aux")
    } else if word.ends_with("au") || word.ends_with("eu") {
        format!("{word}x")
    } else {
        format!("{word}s")
    }
}

fn feminine_fr(word: &str) -> Vec<String> {
    if word.ends_with('e') && !word.ends_with("é") {
        return Vec::new();
    }
    if let Some(stem) = word.strip_suffix("teur") {
        return vec![format!("{stem}trice"), format!("{stem}teuse")];
    }
    if let Some(stem) = word.strip_suffix("eur") {
        return vec![format!("{stem}euse")];
    }
    if let Some(stem) = word.strip_suffix("eux") {
        return vec![format!("{stem}euse")];
    }
    if let Some(stem) = word.strip_suffix("if") {
        return vec![format!("{stem}ive")];
    }
    if word.ends_with("el") || word.ends_with("ien") || word.ends_with("on") {
        let last = word.chars().last().map(String::from).unwrap_or_default();
        return vec![format!("{word}{last}e")];
    }
    if word.ends_with(['s', 'x']) {
        return Vec::new();
    }
    vec![format!("{word}e")]
}

fn plural_en(word: &str) -> String {
    if word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh") {
        format!("{word}es")
    } else if let Some(stem) = consonant_y(word) {
        format!("{stem}ies")
    } else {
        format!("{word}s")
    }
}

fn verb_forms_en(word: &str) -> Vec<String> {
    if let Some(stem) = consonant_y(word) {
        return vec![format!("{stem}ied"), format!("{word}ing")];
    }
    if let Some(stem) = word.strip_suffix('e') {
        if word.ends_with("ee") {
            return vec![format!("{word}d"), format!("{word}ing")];
        }
        return vec![format!("{word}d"), format!("{stem}ing")];
    }
    vec![format!("{word}ed"), format!("{word}ing")]
}

/// The stem of a word ending in consonant + y ("synergy" → "synerg").
fn consonant_y(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('y')?;
    let before = stem.chars().last()?;
    (!"aeiou".contains(before)).then_some(stem)
}

fn singular(word: &str, locale: Locale) -> Option<String> {
    if word.chars().count() < 4 {
        return None;
    }
    match locale {
        Locale::Fr => {
            if let Some(stem) = word.strip_suffix("aux") {
                Some(format!("{stem}al"))
            } else if word.ends_with("eaux") || word.ends_with("eux") && word.len() > 5 {
                // "réseaux" → "réseau"; "ambitieux" is already singular.
                word.strip_suffix("eaux").map(|s| format!("{s}eau"))
            } else {
                word.strip_suffix('s').filter(|s| !s.ends_with('s')).map(str::to_string)
            }
        }
        Locale::En => {
            if let Some(stem) = word.strip_suffix("ies") {
                Some(format!("{stem}y"))
            } else if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
                None
            } else {
                word.strip_suffix('s').map(str::to_string)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(word: &str, locale: Locale) -> Vec<String> {
        forms(word, locale).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn french_forms() {
        assert_eq!(
            words("disruptif", Locale::Fr),
            ["disruptif", "disruptifs", "disruptives", "disruptive"]
        );
        assert!(words("innovateur", Locale::Fr).contains(&"innovatrices".to_string()));
        assert!(words("synergie", Locale::Fr).contains(&"synergies".to_string()));
        assert!(words("optimal", Locale::Fr).contains(&"optimaux".to_string()));
        assert!(words("salariés", Locale::Fr).contains(&"salarié".to_string()));
    }

    #[test]
    fn english_forms() {
        let w = words("leverage", Locale::En);
        for f in ["leverages", "leveraged", "leveraging"] {
            assert!(w.contains(&f.to_string()), "{f}");
        }
        assert!(words("synergy", Locale::En).contains(&"synergies".to_string()));
        assert!(words("employees", Locale::En).contains(&"employee".to_string()));
    }

    #[test]
    fn apply_gives_the_same_form() {
        assert_eq!(apply("collaborateur", Form::Plural, Locale::Fr), "collaborateurs");
        assert_eq!(apply("collaborateurs", Form::Singular, Locale::Fr), "collaborateur");
        assert_eq!(apply("team member", Form::Plural, Locale::En), "team members");
        assert_eq!(apply("équipe", Form::Base, Locale::Fr), "équipe");
    }
}
