//! Word lists for the rules that work word by word (passive, prohibitions, formality,
//! shouting), from `fr/grammar.txt`, `en/grammar.txt` and `caps.txt`: expanded by build.rs
//! (see `brio_compile::pack_files`) into sorted static lists, so they cost nothing to load.

use crate::i18n::Locale;
use crate::matcher::Accents;
use crate::matcher::fold::fold_str;

/// A set of words as a static hash table of offsets into their text
/// (`brio_compile::pack_files::packed_table`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordSet {
    /// The words, each followed by a line feed.
    text: &'static str,
    /// Per slot, the offset of its word in `text` plus one (0: empty).
    slots: &'static [u16],
}

impl WordSet {
    pub const fn new(text: &'static str, slots: &'static [u16]) -> WordSet {
        WordSet { text, slots }
    }

    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        let word = word.as_ref();
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() || word.is_empty() {
            return false;
        }
        let text = self.text.as_bytes();
        let mut at = brio_compile::pack_files::hash(word) as usize & mask;
        let word = word.as_bytes();
        // The table is at most half full, so a probe meets an empty slot long before this
        // bound; the bound only keeps a malformed table from looping.
        for _ in 0..self.slots.len() {
            match self.slots.get(at).map(|&s| usize::from(s)) {
                Some(0) | None => return false,
                Some(start) => {
                    let start = start - 1;
                    if text.get(start..start + word.len()) == Some(word)
                        && text.get(start + word.len()) == Some(&b'\n')
                    {
                        return true;
                    }
                    at = (at + 1) & mask;
                }
            }
        }
        false
    }

    /// A set of words known only at run time (tests compare it with the generated one).
    #[cfg(test)]
    pub fn from_packed((text, slots): (String, Vec<u16>)) -> WordSet {
        WordSet { text: text.leak(), slots: slots.leak() }
    }

    /// The words, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.text.split_terminator('\n')
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
    /// Participles that after "être"/"be" name a state (fermé, closed, done) and are a passive
    /// only when an agent follows ("par", "by").
    pub state: WordSet,
    pub adverbs: WordSet,
    pub reflexive: WordSet,
    pub negation: WordSet,
    pub tu: WordSet,
    pub vous: WordSet,
    pub ton_noun: WordSet,
    pub prohibition_start: WordSet,
    /// GrammarLists the language writes capitalised (English weekdays, months, "I"): what
    /// tone/shouting gives them when it lowers the case of a shout.
    pub capitalised: WordSet,
    /// GrammarLists whose case a shout hides (MAY: the month or the verb; PARIS: the city or bets):
    /// tone/shouting does not mark a case change of them safe.
    pub case_ambiguous: WordSet,
    /// Contraction → expansion ("don't" → "do not").
    pub contractions: WordMap,
}

#[derive(Debug, Clone, Default)]
pub struct GrammarLists {
    pub fr: Grammar,
    pub en: Grammar,
    /// Upper-case words that are not shouting (NASA, RH, B2B).
    pub acronyms: WordSet,
    /// Short upper-case words that are (FREE, NEW).
    pub shout: WordSet,
}

impl GrammarLists {
    /// The built-in lists (a copy of a few static slices).
    pub fn load() -> GrammarLists {
        super::builtin::GRAMMAR.clone()
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
