//! Word lists for the rules that work word by word (passive, prohibitions, formality,
//! shouting), loaded from `fr/grammar.txt`, `en/grammar.txt` and `caps.txt`.

use std::collections::{HashMap, HashSet};

use super::parse;
use crate::i18n::Locale;
use crate::matcher::Accents;
use crate::matcher::expand;
use crate::matcher::fold::fold_str;

/// One language's lists, folded (lower case, straight apostrophes; accents kept).
#[derive(Debug, Clone, Default)]
pub struct Grammar {
    pub be: HashSet<String>,
    pub participles: HashSet<String>,
    pub not_participles: HashSet<String>,
    pub adverbs: HashSet<String>,
    pub reflexive: HashSet<String>,
    pub negation: HashSet<String>,
    pub tu: HashSet<String>,
    pub vous: HashSet<String>,
    pub ton_noun: HashSet<String>,
    pub prohibition_start: HashSet<String>,
    /// Contraction → expansion ("don't" → "do not").
    pub contractions: HashMap<String, String>,
}

#[derive(Debug, Clone, Default)]
pub struct Words {
    pub fr: Grammar,
    pub en: Grammar,
    /// Upper-case words that are not shouting (NASA, RH, B2B).
    pub acronyms: HashSet<String>,
    /// Short upper-case words that are (FREE, NEW).
    pub shout: HashSet<String>,
}

impl Words {
    pub fn load() -> Result<Words, String> {
        let caps = parse::sets("caps.txt", include_str!("caps.txt"))?;
        let upper = |name: &str| -> HashSet<String> {
            caps.get(name).into_iter().flatten().map(|w| w.to_uppercase()).collect()
        };
        Ok(Words {
            fr: grammar("fr/grammar.txt", include_str!("fr/grammar.txt"), Locale::Fr)?,
            en: grammar("en/grammar.txt", include_str!("en/grammar.txt"), Locale::En)?,
            acronyms: upper("acronyms"),
            shout: upper("shout"),
        })
    }

    pub fn grammar(&self, locale: Locale) -> &Grammar {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
        }
    }
}

/// Folds a word as the rules compare words: lower case, straight apostrophes, accents kept.
pub fn key(word: &str) -> String {
    fold_str(word, Accents::Keep)
}

fn grammar(name: &str, source: &str, locale: Locale) -> Result<Grammar, String> {
    let sets = parse::sets(name, source)?;
    let set = |set: &str| -> Result<HashSet<String>, String> {
        let mut out = HashSet::new();
        for word in sets.get(set).into_iter().flatten() {
            for (v, _) in expand::variants(word, locale, Accents::Keep)? {
                out.insert(v);
            }
        }
        Ok(out)
    };
    let contractions = sets
        .get("contractions")
        .into_iter()
        .flatten()
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (key(k), v.replace('_', " ")))
        .collect();
    Ok(Grammar {
        be: set("be")?,
        participles: set("participles")?,
        not_participles: set("not-participles")?,
        adverbs: set("adverbs")?,
        reflexive: set("reflexive")?,
        negation: set("negation")?,
        tu: set("tu")?,
        vous: set("vous")?,
        ton_noun: set("ton-noun")?,
        prohibition_start: set("prohibition-start")?,
        contractions,
    })
}
