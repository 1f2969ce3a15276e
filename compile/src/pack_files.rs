//! Compiles the built-in pack files: lexicon variants with their entries, and the word lists.
//!
//! build.rs runs this ahead of time and writes the result out as static tables (so a Checker
//! parses and expands nothing at start-up); a test runs it again on the same files and checks
//! that the tables are what it gives.

use crate::case::CaseMap as _;
use std::collections::BTreeMap;

use crate::Locale;
use crate::builder::{LexId, MatcherBuilder};
use crate::expand;
use crate::fold::{Accents, fold_str};
use crate::inflect::Form;
use crate::parse;

/// The lexicons the matcher knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lex {
    Jargon,
    Institutional,
    Filler,
    Superlative,
    Hedging,
    /// Brand names (built in) and the profile's `spelling` terms.
    Spelling,
    /// The profile's `avoid` terms.
    Avoid,
    /// The profile's `instead_of` terms (the better word is its `use`).
    Prefer,
}

impl Lex {
    pub const COUNT: usize = 8;

    pub fn id(self) -> LexId {
        self as LexId
    }
}

/// The lexicon files, relative to `src/packs`.
pub const LEXICONS: &[(Lex, Locale, &str)] = &[
    (Lex::Jargon, Locale::Fr, "fr/jargon.txt"),
    (Lex::Institutional, Locale::Fr, "fr/institutional.txt"),
    (Lex::Filler, Locale::Fr, "fr/filler.txt"),
    (Lex::Superlative, Locale::Fr, "fr/superlative.txt"),
    (Lex::Hedging, Locale::Fr, "fr/hedging.txt"),
    (Lex::Jargon, Locale::En, "en/jargon.txt"),
    (Lex::Institutional, Locale::En, "en/institutional.txt"),
    (Lex::Filler, Locale::En, "en/filler.txt"),
    (Lex::Superlative, Locale::En, "en/superlative.txt"),
    (Lex::Hedging, Locale::En, "en/hedging.txt"),
];

/// An entry as the files give it; a better wording of `-` means "remove".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    pub locale: Option<Locale>,
    /// What the matched words are (`m`, `f`, `adj`), or empty.
    pub class: String,
    pub better: Vec<String>,
    pub why: Option<String>,
    /// The words that make a match literal, expanded and folded (accents stripped), sorted;
    /// `>` or `<` before those that must stand right after or before it.
    pub literal: Vec<String>,
    /// The words of which one must stand near a match, expanded and folded, sorted.
    pub near: Vec<String>,
}

/// Adds every lexicon and brand variant to `builder`; returns the entries per [`Lex`].
/// `read` gives a file's text from its path relative to `src/packs`.
pub fn lexicons(
    builder: &mut MatcherBuilder,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<Vec<RawEntry>>, String> {
    let mut entries: Vec<Vec<RawEntry>> = vec![Vec::new(); Lex::COUNT];
    for &(lex, locale, name) in LEXICONS {
        let text = read(name)?;
        let list = entries.get_mut(lex as usize).ok_or("lex")?;
        for raw in parse::lexicon(name, &text)? {
            let id = entry_id(list.len())?;
            for pattern in &raw.patterns {
                builder
                    .add(pattern, locale, Accents::Strip, lex.id(), id)
                    .map_err(|e| format!("{name}: {e}"))?;
            }
            let literal = neighbours(&raw.literal, locale).map_err(|e| format!("{name}: {e}"))?;
            let near = neighbours(&raw.near, locale).map_err(|e| format!("{name}: {e}"))?;
            list.push(RawEntry {
                locale: Some(locale),
                class: raw.class,
                better: raw.better,
                why: Some(raw.why),
                literal,
                near,
            });
        }
    }
    let brands = read("brands.txt")?;
    let spelling = entries.get_mut(Lex::Spelling as usize).ok_or("lex")?;
    for line in brands.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut names = line.split(" | ").map(str::trim);
        let Some(canonical) = names.next() else { continue };
        let id = entry_id(spelling.len())?;
        builder.add_literal(canonical, Form::Base, Lex::Spelling.id(), id);
        for variant in names {
            builder
                .add(variant, Locale::En, Accents::Strip, Lex::Spelling.id(), id)
                .map_err(|e| format!("brands.txt: {e}"))?;
        }
        spelling.push(RawEntry {
            locale: None,
            class: String::new(),
            better: vec![canonical.to_string()],
            why: None,
            literal: Vec::new(),
            near: Vec::new(),
        });
    }
    Ok(entries)
}

/// Neighbour words expanded to their forms and folded, sorted; a `>` or `<` kept in front.
fn neighbours(words: &[String], locale: Locale) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for word in words {
        let (side, word) = match word.strip_prefix(['>', '<']) {
            Some(rest) => (&word[..1], rest),
            None => ("", word.as_str()),
        };
        for (form, _) in expand::variants(word, locale, Accents::Strip)? {
            out.push(format!("{side}{form}"));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn entry_id(len: usize) -> Result<u32, String> {
    u32::try_from(len).map_err(|_| "too many lexicon entries".to_string())
}

/// The word lists of a grammar file, in this order.
pub const GRAMMAR_SETS: [&str; 13] = [
    "be",
    "participles",
    "not-participles",
    "state",
    "adverbs",
    "reflexive",
    "negation",
    "tu",
    "vous",
    "ton-noun",
    "prohibition-start",
    "capitalised",
    "case-ambiguous",
];

/// One language's word lists, each sorted and distinct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawGrammar {
    /// In [`GRAMMAR_SETS`] order; words folded (lower case, straight apostrophes, accents kept).
    pub sets: Vec<Vec<String>>,
    /// Contraction → expansion, sorted by contraction.
    pub contractions: Vec<(String, String)>,
}

pub fn grammar(name: &str, source: &str, locale: Locale) -> Result<RawGrammar, String> {
    let sets = parse::sets(name, source)?;
    let mut out = Vec::new();
    for set in GRAMMAR_SETS {
        let mut words = Vec::new();
        for word in sets.get(set).into_iter().flatten() {
            for (v, _) in expand::variants(word, locale, Accents::Keep)? {
                words.push(v);
            }
        }
        words.sort();
        words.dedup();
        out.push(words);
    }
    // Later pairs win, as they did in the map this replaces.
    let contractions: BTreeMap<String, String> = sets
        .get("contractions")
        .into_iter()
        .flatten()
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (fold_str(k, Accents::Keep), v.replace('_', " ")))
        .collect();
    Ok(RawGrammar { sets: out, contractions: contractions.into_iter().collect() })
}

/// `caps.txt`: the acronyms and the shouting words, upper-cased, sorted and distinct.
pub fn caps(source: &str) -> Result<(Vec<String>, Vec<String>), String> {
    let caps = parse::sets("caps.txt", source)?;
    let upper = |name: &str| -> Vec<String> {
        let mut words: Vec<String> =
            caps.get(name).into_iter().flatten().map(|w| w.upper()).collect();
        words.sort();
        words.dedup();
        words
    };
    Ok((upper("acronyms"), upper("shout")))
}

/// FNV-1a: the hash of the word lists' static tables (build.rs and run time must agree).
pub fn hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// `words` (sorted, distinct) as a [`table`] of offsets into their text: each word followed by
/// a line feed, in order, and for each slot the offset of its word plus one (0: empty). What
/// build.rs writes for a `WordSet`: a `u16` a slot where a `&str` took 8 bytes.
pub fn packed_table(words: &[String]) -> Result<(String, Vec<u16>), String> {
    let mut text = String::new();
    let mut offsets = std::collections::HashMap::new();
    for word in words.iter().filter(|w| !w.is_empty()) {
        if word.contains('\n') {
            return Err(format!("{word:?}: a word holds a line feed"));
        }
        offsets.insert(word.as_str(), text.len() + 1);
        text.push_str(word);
        text.push('\n');
    }
    let slots = table(words)
        .into_iter()
        .map(|w| offsets.get(w).map_or(Ok(0), |&at| u16::try_from(at)))
        .collect::<Result<Vec<u16>, _>>()
        .map_err(|_| "a word list too long for u16 offsets".to_string())?;
    Ok((text, slots))
}

/// An open-addressing table of `words` (sorted, distinct) for [`hash`] with linear probing:
/// a power of two at least twice their number, empty slots `""`. A lookup then hashes a
/// short word and compares one or two strings, where a binary search compared ten.
pub fn table(words: &[String]) -> Vec<&str> {
    let size = (words.len() * 2).next_power_of_two().max(1);
    let mut slots = vec![""; size];
    for word in words.iter().filter(|w| !w.is_empty()) {
        let mut at = hash(word) as usize & (size - 1);
        while !slots[at].is_empty() {
            at = (at + 1) & (size - 1);
        }
        slots[at] = word;
    }
    slots
}
