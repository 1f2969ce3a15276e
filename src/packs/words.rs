//! Word lists for the rules that work word by word (passive, prohibitions, formality,
//! shouting), from `fr/grammar.txt`, `en/grammar.txt` and `caps.txt`: expanded by build.rs
//! (see [`super::compile`]) into sorted static lists, so they cost nothing to load.

use crate::i18n::Locale;
use crate::matcher::Accents;
use crate::matcher::fold::fold_str;

/// A set of words as a static hash table ([`super::compile::table`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordSet(pub &'static [&'static str]);

impl WordSet {
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        let word = word.as_ref();
        let mask = self.0.len().wrapping_sub(1);
        if self.0.is_empty() || word.is_empty() {
            return false;
        }
        let mut at = super::compile::hash(word) as usize & mask;
        // The table is at most half full, so a probe meets an empty slot long before this
        // bound; the bound only keeps a malformed table from looping.
        for _ in 0..self.0.len() {
            match self.0.get(at) {
                Some(&slot) if slot == word => return true,
                Some(&slot) if !slot.is_empty() => at = (at + 1) & mask,
                _ => return false,
            }
        }
        false
    }

    /// The words, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.0.iter().copied().filter(|w| !w.is_empty())
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
