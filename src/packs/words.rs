//! Word lists for the rules that work word by word (passive, prohibitions, formality,
//! shouting), from `fr/grammar.txt`, `en/grammar.txt` and `caps.txt`: expanded by build.rs
//! (see [`super::compile`]) into sorted static lists, so they cost nothing to load.

use crate::i18n::Locale;
use crate::matcher::Accents;
use crate::matcher::fold::fold_str;

/// A sorted list of distinct words.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordSet(pub &'static [&'static str]);

impl WordSet {
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        self.0.binary_search(&word.as_ref()).is_ok()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Sorted pairs with distinct keys.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordMap(pub &'static [(&'static str, &'static str)]);

impl WordMap {
    pub fn get<Q: AsRef<str> + ?Sized>(&self, key: &Q) -> Option<&'static str> {
        let key = key.as_ref();
        let at = self.0.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
        self.0.get(at).map(|(_, v)| *v)
    }
}

/// One language's lists, folded (lower case, straight apostrophes; accents kept).
#[derive(Debug, Clone, Default)]
pub struct Grammar {
    pub be: WordSet,
    pub participles: WordSet,
    pub not_participles: WordSet,
    pub adverbs: WordSet,
    pub reflexive: WordSet,
    pub negation: WordSet,
    pub tu: WordSet,
    pub vous: WordSet,
    pub ton_noun: WordSet,
    pub prohibition_start: WordSet,
    /// Contraction → expansion ("don't" → "do not").
    pub contractions: WordMap,
}

#[derive(Debug, Clone, Default)]
pub struct Words {
    pub fr: Grammar,
    pub en: Grammar,
    /// Upper-case words that are not shouting (NASA, RH, B2B).
    pub acronyms: WordSet,
    /// Short upper-case words that are (FREE, NEW).
    pub shout: WordSet,
}

impl Words {
    /// The built-in lists (a copy of a few static slices).
    pub fn load() -> Words {
        super::builtin::WORDS.clone()
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
