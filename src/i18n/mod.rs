//! French and English: the locale of a post, its detection, and the message catalogue.
//!
//! Every message a rule shows exists in both languages and follows the post's locale. Messages
//! are looked up by key and filled with named arguments (`{name}`); a test checks that both
//! languages of every entry use the same arguments.

use serde::{Deserialize, Serialize};

mod catalogue;
mod message;

pub use message::{Arg, fill, keys, tr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Fr,
    En,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// Parses `fr` / `en` (and regional forms such as `fr-CA`, `en_GB`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lang = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match lang.as_str() {
            "fr" => Some(Locale::Fr),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// Guesses whether `text` is French or English from its function words and accents.
/// Returns `None` when there is too little to go on.
///
/// It runs on every check of a post whose language is not set, so words are lower-cased into one
/// reused buffer, and ASCII words longer than any function word are skipped outright.
pub fn detect(text: &str) -> Option<Locale> {
    let (mut fr, mut en) = (0usize, 0usize);
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’') {
        if word.is_empty() {
            continue;
        }
        let ascii = word.is_ascii();
        if ascii && word.len() > LONGEST_FUNCTION_WORD && !word.contains('\'') {
            // Neither a function word, nor elided, nor accented.
            continue;
        }
        lower.clear();
        if ascii {
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        // Elided articles and pronouns (l’, d’, qu’, n’, c’, j’, s’) are strongly French.
        if let Some((head, _)) = lower.split_once(['\'', '’']) {
            if matches!(head, "l" | "d" | "qu" | "n" | "c" | "j" | "s" | "m" | "t") {
                fr += 2;
                continue;
            }
        }
        fr += usize::from(is_french_function_word(&lower));
        en += usize::from(is_english_function_word(&lower));
        if !ascii
            && lower
                .chars()
                .any(|c| matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ù' | 'ç' | 'ô' | 'î' | 'œ'))
        {
            fr += 1;
        }
    }
    match fr.cmp(&en) {
        _ if fr + en < 2 => None,
        std::cmp::Ordering::Greater => Some(Locale::Fr),
        std::cmp::Ordering::Less => Some(Locale::En),
        std::cmp::Ordering::Equal => None,
    }
}

/// The longest word [`is_french_function_word`] and [`is_english_function_word`] know, in bytes.
const LONGEST_FUNCTION_WORD: usize = 6;

fn is_french_function_word(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "un"
            | "une"
            | "des"
            | "du"
            | "de"
            | "et"
            | "est"
            | "sont"
            | "nous"
            | "vous"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "pour"
            | "avec"
            | "dans"
            | "sur"
            | "qui"
            | "que"
            | "pas"
            | "ne"
            | "ce"
            | "cette"
            | "au"
            | "aux"
            | "en"
            | "je"
            | "tu"
            | "il"
            | "elle"
            | "on"
            | "très"
            | "plus"
            | "mais"
            | "ou"
            | "où"
            | "à"
            | "été"
            | "être"
            | "avoir"
            | "fiers"
            | "merci"
            | "chez"
            | "leur"
            | "leurs"
    )
}

fn is_english_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "is"
            | "are"
            | "we"
            | "you"
            | "our"
            | "your"
            | "for"
            | "with"
            | "in"
            | "on"
            | "to"
            | "of"
            | "that"
            | "this"
            | "it"
            | "not"
            | "be"
            | "at"
            | "by"
            | "from"
            | "have"
            | "has"
            | "was"
            | "were"
            | "will"
            | "can"
            | "my"
            | "i"
            | "they"
            | "their"
            | "more"
            | "but"
            | "or"
            | "thanks"
            | "proud"
            | "about"
            | "what"
            | "how"
            | "all"
            | "just"
            | "so"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Integers and strings are written as `Display` would write them.
        #[test]
        fn args_are_written_as_display_writes_them(
            n in proptest::num::u64::ANY,
            small in proptest::num::usize::ANY,
            word in "\\PC{0,12}",
            signed in proptest::num::i64::ANY,
            decimal in proptest::num::f64::NORMAL,
        ) {
            let filled = fill(
                "{n}|{small}|{word}|{signed}|{decimal}|{w}",
                &[("n", &n), ("small", &small), ("word", &word.as_str()), ("signed", &signed),
                  ("decimal", &decimal), ("w", &word)],
            );
            proptest::prop_assert_eq!(filled, format!("{n}|{small}|{word}|{signed}|{decimal}|{word}"));
        }
    }

    #[test]
    fn integer_edges_are_written_whole() {
        for n in [0u64, 9, 10, 99, 100, u64::MAX] {
            assert_eq!(fill("{n}", &[("n", &n)]), n.to_string());
        }
        assert_eq!(fill("{n}", &[("n", &u8::MAX)]), "255");
    }

    fn placeholders(s: &str) -> Vec<&str> {
        let mut names: Vec<&str> =
            s.split('{').skip(1).filter_map(|p| p.split('}').next()).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for (key, en, fr) in catalogue::CATALOGUE {
            assert_eq!(placeholders(en), placeholders(fr), "{key}");
            assert!(!en.is_empty() && !fr.is_empty(), "{key}");
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = keys().collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len());
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_unknown_ones() {
        let n = 3;
        assert_eq!(fill("{n} of {m}", &[("n", &n)]), "3 of {m}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }

    #[test]
    fn function_words_fit_the_length_shortcut() {
        // The shortcut skips longer ASCII words: no function word may be longer.
        for w in ["thanks", "cette", "notre", "votre", "leurs", "avoir", "merci", "proud"] {
            assert!(w.len() <= LONGEST_FUNCTION_WORD, "{w}");
            assert!(is_french_function_word(w) || is_english_function_word(w), "{w}");
        }
        assert_eq!(detect("Thanks THANKS thanks for everything"), Some(Locale::En));
        assert_eq!(detect("NOUS SOMMES TRÈS FIERS"), Some(Locale::Fr));
    }

    #[test]
    fn detects_french_and_english() {
        assert_eq!(
            detect("Nous sommes fiers de vous annoncer notre partenariat"),
            Some(Locale::Fr)
        );
        assert_eq!(
            detect("We are thrilled to announce that we leverage synergies"),
            Some(Locale::En)
        );
        assert_eq!(detect("L’équipe d’Acme"), Some(Locale::Fr));
        assert_eq!(detect("#rust"), None);
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("EN_gb"), Some(Locale::En));
        assert_eq!(Locale::from_tag("de"), None);
    }
}
