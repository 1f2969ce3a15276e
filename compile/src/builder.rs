//! Collects the literal variants of every lexicon entry and what each one stands for.
//!
//! build.rs compiles the built-in packs ahead of time with it, the library a profile's terms:
//! the very same code.

use std::collections::HashMap;

use crate::Locale;
use crate::expand;
use crate::fold::{self, Accents};
use crate::inflect::Form;

/// Which lexicon an entry belongs to; its meaning is the caller's (see [`crate::pack_files::Lex`]).
pub type LexId = u16;

/// What one compiled variant stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub lex: LexId,
    pub entry: u32,
    pub form: Form,
    /// Index into the exact forms when the accents must match too.
    pub exact: Option<u32>,
}

impl Target {
    /// A built-in target as a `u16`: entry (bits 5–15), lexicon (2–4), form (0–1); `None` if
    /// it does not fit (build.rs then fails) or needs an exact form.
    pub fn pack(&self) -> Option<u16> {
        let form = match self.form {
            Form::Base => 0,
            Form::Plural => 1,
            Form::Singular => 2,
            Form::Other => 3,
        };
        if self.lex >= 8 || self.entry >= 1 << 11 || self.exact.is_some() {
            return None;
        }
        u16::try_from(self.entry << 5).ok().map(|e| e | self.lex << 2 | form)
    }

    /// The target [`Target::pack`] packed.
    pub const fn unpack(p: u16) -> Target {
        let form = match p & 3 {
            0 => Form::Base,
            1 => Form::Plural,
            2 => Form::Singular,
            _ => Form::Other,
        };
        Target { lex: (p >> 2) & 7, entry: (p >> 5) as u32, form, exact: None }
    }
}

/// Collects patterns before compiling them into a matcher.
#[derive(Debug, Default)]
pub struct MatcherBuilder {
    patterns: Vec<String>,
    index: HashMap<String, usize>,
    targets: Vec<Vec<Target>>,
    exact: Vec<String>,
}

/// The variants, sorted (a variant's id is its index), with their targets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    pub patterns: Vec<String>,
    pub targets: Vec<Vec<Target>>,
    pub exact: Vec<String>,
}

impl MatcherBuilder {
    /// Adds every variant of `pattern` (pack notation, see [`expand`]) for entry `entry` of
    /// lexicon `lex`. With [`Accents::Keep`], "ou" no longer matches "où".
    pub fn add(
        &mut self,
        pattern: &str,
        locale: Locale,
        accents: Accents,
        lex: LexId,
        entry: u32,
    ) -> Result<(), String> {
        if accents == Accents::Strip {
            for (variant, form) in expand::variants(pattern, locale, Accents::Strip)? {
                self.add_folded(variant, form, None, lex, entry);
            }
            return Ok(());
        }
        // The automaton matches accent-blind; the exact form is checked on each match.
        for (exact, form) in expand::variants(pattern, locale, Accents::Keep)? {
            let stripped = fold::fold_str(&exact, Accents::Strip);
            let at = u32::try_from(self.exact.len()).map_err(|e| e.to_string())?;
            self.exact.push(exact);
            self.add_folded(stripped, form, Some(at), lex, entry);
        }
        Ok(())
    }

    /// Adds `literal` as it is (folded, no notation): for names and profile terms.
    pub fn add_literal(&mut self, literal: &str, form: Form, lex: LexId, entry: u32) {
        let folded = fold::fold_str(literal, Accents::Strip);
        if !folded.is_empty() {
            self.add_folded(folded, form, None, lex, entry);
        }
    }

    fn add_folded(
        &mut self,
        variant: String,
        form: Form,
        exact: Option<u32>,
        lex: LexId,
        entry: u32,
    ) {
        let target = Target { lex, entry, form, exact };
        let id = match self.index.get(&variant) {
            Some(&id) => id,
            None => {
                let id = self.patterns.len();
                self.index.insert(variant.clone(), id);
                self.patterns.push(variant);
                self.targets.push(Vec::new());
                id
            }
        };
        if let Some(list) = self.targets.get_mut(id) {
            // The first form added for an entry wins.
            if !list.iter().any(|t| t.lex == lex && t.entry == entry) {
                list.push(target);
            }
        }
    }

    /// The variants in sorted order, as the trie numbers them.
    pub fn finish(self) -> Built {
        let mut pairs: Vec<(String, Vec<Target>)> =
            self.patterns.into_iter().zip(self.targets).collect();
        crate::order::sort_by_key_then(&mut pairs, |_| (0, 0), |a, b| a.0.cmp(&b.0));
        let (patterns, targets) = pairs.into_iter().unzip();
        Built { patterns, targets, exact: self.exact }
    }
}
