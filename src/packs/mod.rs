//! The built-in French and English packs (lexicons, phrases, word lists) and the profile's
//! terminology.
//!
//! The packs are data files that build.rs parses and expands (with `brio_compile`) into static tables
//! ([`builtin`]): a broken line fails the build, never a user's checker, and every Checker
//! shares them for free. Only the profile's terms are compiled per Checker, into a small
//! [`Matcher`] of their own; a check runs both over the post, folded once.

mod builtin;
pub mod grammar;

use crate::Error;
use crate::i18n::Locale;
use crate::matcher::{self, Form, Hit, Matcher, MatcherBuilder, Scan};
use crate::profile::Profile;
use crate::text::{Document, SpanSet};
use brio_compile::case::CaseMap as _;

pub use brio_compile::pack_files::Lex;
pub use grammar::{Grammar, GrammarLists};

/// A better wording offered for an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Better {
    /// Delete the words (a filler, an opener).
    Remove,
    /// Words used as they are (English, verbs, the profile's terms).
    Replace(String),
    /// A French noun phrase, with its gender and its plural when it is not regular.
    Noun { text: String, gender: Gender, plural: Option<String> },
    /// A French adjective, with its feminine and plural when they are not regular.
    Adjective { text: String, feminine: Option<String>, plural: Option<String> },
}

/// The grammatical gender of a French noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
}

/// What an entry's matched words are, so that a French replacement can agree with the words
/// around them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Class {
    /// Unstated (English entries, verbs, phrases): replacements are offered as written.
    #[default]
    Any,
    Noun(Gender),
    Adjective,
}

impl Class {
    pub fn parse(class: &str) -> Class {
        match class {
            "m" => Class::Noun(Gender::Masculine),
            "f" => Class::Noun(Gender::Feminine),
            "adj" => Class::Adjective,
            _ => Class::Any,
        }
    }
}

/// One lexicon entry: what it says about its matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The posts it applies to; `None` for every locale (names, the profile's terms).
    pub locale: Option<Locale>,
    pub better: Vec<Better>,
    /// Why it is flagged, in the entry's language (or as the profile states it).
    pub why: Option<String>,
    pub class: Class,
    /// Words that make a match literal when one stands near it (folded, accents stripped):
    /// "disruption" of traffic, the "écosystème" of a pond; `>word` must stand right after
    /// the match, `<word` right before.
    pub literal: Vec<String>,
    /// Words of which one must stand near a match for it to count (folded, accents stripped).
    pub near: Vec<String>,
}

/// The built-in packs (shared, compiled by build.rs) and the profile's terminology.
#[derive(Debug, Clone)]
pub struct Packs {
    /// The profile's terms; the built-in variants are [`builtin::matcher`].
    profile: Matcher,
    /// The profile's entries per lexicon, numbered after the built-in ones.
    entries: Vec<Vec<Entry>>,
    pub grammar: GrammarLists,
}

impl Packs {
    pub fn build(profile: &Profile) -> Result<Packs, Error> {
        let mut builder = MatcherBuilder::default();
        let mut entries: Vec<Vec<Entry>> = vec![Vec::new(); Lex::COUNT];
        add_profile_terms(profile, &mut builder, &mut entries)?;
        let matcher = Matcher::from_built(builder.finish())
            .map_err(|e| Error::Profile(format!("terms: {e}")))?;
        Ok(Packs { profile: matcher, entries, grammar: GrammarLists::load() })
    }

    /// Runs every lexicon over the post once. Links, tags and mentions are left alone.
    pub fn scan(&self, doc: &Document<'_>, linked: &SpanSet) -> Scan {
        matcher::scan(&[builtin::matcher(), &self.profile], doc.text(), linked)
    }

    pub fn entry(&self, lex: Lex, id: u32) -> Option<&Entry> {
        let builtin = builtin::entries().get(lex as usize)?;
        match builtin.get(id as usize) {
            Some(entry) => Some(entry),
            None => self.entries.get(lex as usize)?.get((id as usize).checked_sub(builtin.len())?),
        }
    }

    /// Whether `hit`'s entry applies to a post in `locale`.
    pub fn applies(&self, lex: Lex, hit: &Hit, locale: Locale) -> bool {
        self.entry(lex, hit.entry).is_some_and(|e| e.locale.is_none_or(|l| l == locale))
    }

    /// How many entries each lexicon holds (for tests and listings).
    pub fn entry_count(&self, lex: Lex) -> usize {
        builtin::entry_count(lex) + self.entries.get(lex as usize).map_or(0, Vec::len)
    }

    /// How many literal variants the automaton holds.
    pub fn pattern_count(&self) -> usize {
        builtin::matcher().pattern_count() + self.profile.pattern_count()
    }
}

fn entry_id(len: usize) -> Result<u32, Error> {
    u32::try_from(len).map_err(|_| Error::Options("too many lexicon entries".into()))
}

/// A better wording as the pack gives it: `-`, words, or words and their class in braces
/// (`travail commun {m pl=travaux communs}`, `nouveau {adj f=nouvelle pl=nouveaux}`).
fn better(b: &str) -> Better {
    if b == "-" {
        return Better::Remove;
    }
    let Some((text, tags)) = b.strip_suffix('}').and_then(|rest| rest.rsplit_once('{')) else {
        return Better::Replace(b.to_string());
    };
    let text = text.trim().to_string();
    let mut words = tags.split_whitespace();
    let kind = words.next().unwrap_or("");
    let (mut feminine, mut plural) = (None, None);
    // Values hold spaces as `_` (`pl=travaux_communs`).
    for tag in words {
        match tag.split_once('=') {
            Some(("f", v)) => feminine = Some(v.replace('_', " ")),
            Some(("pl", v)) => plural = Some(v.replace('_', " ")),
            _ => {}
        }
    }
    match kind {
        "m" => Better::Noun { text, gender: Gender::Masculine, plural },
        "f" => Better::Noun { text, gender: Gender::Feminine, plural },
        "adj" => Better::Adjective { text, feminine, plural },
        _ => Better::Replace(text),
    }
}

/// Compiles the profile's `[[terms]]`: `instead_of` (prefer `use`), `avoid`, `spelling`.
fn add_profile_terms(
    profile: &Profile,
    builder: &mut MatcherBuilder,
    entries: &mut [Vec<Entry>],
) -> Result<(), Error> {
    // Without profiles there are no terms (and the term compiler is left out of the `.wasm`).
    if !cfg!(feature = "profiles") {
        return Ok(());
    }
    for (n, term) in profile.terms.iter().enumerate() {
        let reason = term.reason.as_ref().map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
        let use_ = term.use_.as_ref().map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        if !term.instead_of.is_empty() && use_.is_none() {
            return Err(Error::Profile(format!(
                "terms[{n}]: `instead_of` needs `use` (the word to write instead)"
            )));
        }
        for (lex, words) in [(Lex::Prefer, &term.instead_of), (Lex::Avoid, &term.avoid)] {
            let Some(list) = entries.get_mut(lex as usize) else { continue };
            for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
                let id = entry_id(builtin::entry_count(lex) + list.len())?;
                for (form_word, form) in profile_forms(word) {
                    builder.add_literal(&form_word, form, lex.id(), id);
                }
                list.push(Entry {
                    locale: None,
                    better: use_.iter().map(|u| Better::Replace(u.clone())).collect(),
                    why: reason.clone(),
                    class: Class::Any,
                    literal: Vec::new(),
                    near: Vec::new(),
                });
            }
        }
        if let Some(spelling) = term.spelling.as_ref().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            let Some(list) = entries.get_mut(Lex::Spelling as usize) else { continue };
            let id = entry_id(builtin::entry_count(Lex::Spelling) + list.len())?;
            builder.add_literal(spelling, Form::Base, Lex::Spelling.id(), id);
            list.push(Entry {
                locale: None,
                better: vec![Better::Replace(spelling.to_string())],
                why: reason.clone(),
                class: Class::Any,
                literal: Vec::new(),
                near: Vec::new(),
            });
        }
    }
    Ok(())
}

/// A profile term as written and its inflected forms (French and English rules): the last word
/// only, since that is where both languages inflect a short term.
fn profile_forms(word: &str) -> Vec<(String, Form)> {
    use crate::matcher::inflect;
    let (head, last) = match word.rfind(' ') {
        Some(i) => (word.get(..=i).unwrap_or(""), word.get(i + 1..).unwrap_or(word)),
        None => ("", word),
    };
    let mut out = vec![(word.to_string(), Form::Base)];
    for locale in [Locale::Fr, Locale::En] {
        for (w, form) in inflect::forms(last, locale) {
            out.push((format!("{head}{w}"), form));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(w, _)| seen.insert(w.lower()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pack_loads() {
        let packs = Packs::build(&Profile::default()).expect("packs load");
        for lex in [
            Lex::Jargon,
            Lex::Institutional,
            Lex::Filler,
            Lex::Superlative,
            Lex::Hedging,
            Lex::Spelling,
        ] {
            assert!(packs.entry_count(lex) >= 20, "{lex:?}: {}", packs.entry_count(lex));
        }
        let total: usize = builtin::entries().iter().map(Vec::len).sum();
        assert!(total >= 300, "{total} entries");
    }

    #[test]
    fn every_entry_has_a_reason_in_its_language() {
        let packs = Packs::build(&Profile::default()).expect("packs load");
        for lex in [Lex::Jargon, Lex::Institutional, Lex::Filler, Lex::Superlative, Lex::Hedging] {
            assert!(packs.entry_count(lex) > 0);
            for e in &builtin::entries()[lex as usize] {
                assert!(e.why.as_ref().is_some_and(|w| !w.is_empty()), "{lex:?}");
            }
        }
    }

    #[test]
    fn profile_terms_are_compiled() {
        let profile = Profile::parse(
            "[[terms]]\nuse = \"collaborateurs\"\ninstead_of = [\"salariés\"]\n[[terms]]\navoid = [\"disruptif\"]\nreason = \"retired\"\n[[terms]]\nspelling = \"AcmeCloud\"\n",
            crate::profile::Format::Toml,
        )
        .expect("valid");
        let packs = Packs::build(&profile).expect("builds");
        assert_eq!(packs.entry_count(Lex::Prefer), 1);
        assert_eq!(packs.entry_count(Lex::Avoid), 1);
        let doc = Document::new("Nos salarié et nos salariés, acmecloud, disruptif.");
        let scan = packs.scan(&doc, &SpanSet::default());
        assert_eq!(scan.all(Lex::Prefer.id()).count(), 2);
        assert_eq!(scan.all(Lex::Avoid.id()).count(), 1);
        assert_eq!(scan.all(Lex::Spelling.id()).count(), 1);
    }

    #[test]
    fn instead_of_without_use_is_an_error() {
        let profile =
            Profile::parse("[[terms]]\ninstead_of = [\"x\"]\n", crate::profile::Format::Toml)
                .expect("valid");
        assert!(matches!(Packs::build(&profile), Err(Error::Profile(_))));
    }
}
