//! The matching engine: many lexicons, one automaton, one pass per check.
//!
//! Every pattern of every lexicon (the built-in packs and the profile's terms) is expanded into
//! its literal variants ([`expand`]), folded ([`fold`]) and compiled ONCE per checker into one
//! Aho–Corasick automaton. A check folds the post once, runs the automaton once with
//! overlapping matches (so that lexicons never hide each other), keeps the matches that sit on
//! word boundaries, and maps them back to exact byte offsets in the original text. Rules then
//! read their lexicon's matches from the per-check [`Scan`].

pub mod expand;
pub mod fold;
pub mod inflect;

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::i18n::Locale;
use crate::text::{Span, SpanSet};
pub use fold::Accents;
pub use inflect::Form;

/// Which lexicon an entry belongs to; its meaning is the caller's (see [`crate::packs::Lex`]).
pub type LexId = u16;

/// What one compiled variant stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Target {
    lex: LexId,
    entry: u32,
    form: Form,
    /// Index into `exact` when the accents must match too.
    exact: Option<u32>,
}

/// Collects patterns before compiling them into a [`Matcher`].
#[derive(Debug, Default)]
pub struct MatcherBuilder {
    patterns: Vec<String>,
    index: HashMap<String, usize>,
    targets: Vec<Vec<Target>>,
    exact: Vec<String>,
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
            if !list.iter().any(|t| t.lex == lex && t.entry == entry) {
                list.push(target);
            }
        }
    }

    pub fn build(self) -> Result<Matcher, String> {
        let ac = if self.patterns.is_empty() {
            None
        } else {
            Some(
                // A non-contiguous NFA builds several times faster than the contiguous one or a
                // DFA, and start-up is budgeted (30 ms in wasm); a post is short enough that
                // its slower search does not matter.
                AhoCorasickBuilder::new()
                    .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                    .match_kind(MatchKind::Standard)
                    .build(&self.patterns)
                    .map_err(|e| e.to_string())?,
            )
        };
        let edges = self.patterns.iter().map(|p| edges(p)).collect();
        Ok(Matcher { ac, targets: self.targets, exact: self.exact, edges })
    }
}

/// Whether a pattern starts and ends with a word char (and so needs word boundaries there).
fn edges(pattern: &str) -> (bool, bool) {
    let first = pattern.chars().next().is_some_and(is_word_char);
    let last = pattern.chars().last().is_some_and(is_word_char);
    (first, last)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '#' | '@' | '$')
}

/// Every lexicon's patterns, compiled.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    ac: Option<AhoCorasick>,
    targets: Vec<Vec<Target>>,
    exact: Vec<String>,
    edges: Vec<(bool, bool)>,
}

/// One match of one lexicon entry, in original byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub lex: LexId,
    pub entry: u32,
    pub span: Span,
    pub form: Form,
}

/// The matches of every lexicon in one post: computed once per check.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Sorted by start, then longest first.
    hits: Vec<Hit>,
}

impl Scan {
    pub fn new(mut hits: Vec<Hit>) -> Self {
        hits.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
        Self { hits }
    }

    /// Every match of `lex`, overlapping ones included.
    pub fn all(&self, lex: LexId) -> impl Iterator<Item = &Hit> {
        self.hits.iter().filter(move |h| h.lex == lex)
    }

    /// The matches of `lex` that `keep` accepts, leftmost-longest and without overlaps.
    pub fn longest(&self, lex: LexId, keep: impl Fn(&Hit) -> bool) -> Vec<&Hit> {
        let mut out: Vec<&Hit> = Vec::new();
        for hit in self.all(lex).filter(|h| keep(h)) {
            if out.last().is_none_or(|last| hit.span.start >= last.span.end) {
                out.push(hit);
            }
        }
        out
    }
}

impl Matcher {
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// Runs every lexicon over `text` in one pass. Matches overlapping `skip` (links, tags,
    /// mentions) are dropped.
    pub fn scan(&self, text: &str, skip: &SpanSet) -> Scan {
        let Some(ac) = &self.ac else {
            return Scan::default();
        };
        let folded = fold::fold(text, Accents::Strip);
        let haystack = folded.text.as_str();
        let mut hits = Vec::new();
        for m in ac.find_overlapping_iter(haystack) {
            let id = m.pattern().as_usize();
            let (need_start, need_end) = self.edges.get(id).copied().unwrap_or((true, true));
            if need_start && !boundary_before(haystack, m.start()) {
                continue;
            }
            if need_end && !boundary_after(haystack, m.end()) {
                continue;
            }
            let Some((start, end)) = folded.original(m.start(), m.end()) else {
                continue;
            };
            if skip.overlaps(&(start..end)) {
                continue;
            }
            for t in self.targets.get(id).into_iter().flatten() {
                if let Some(exact) = t.exact.and_then(|i| self.exact.get(i as usize)) {
                    let original = text.get(start..end).unwrap_or("");
                    if fold::fold_str(original, Accents::Keep) != *exact {
                        continue;
                    }
                }
                hits.push(Hit { lex: t.lex, entry: t.entry, span: start..end, form: t.form });
            }
        }
        Scan::new(hits)
    }
}

/// No word char right before `at` (a dot between word chars counts as one: "www.x.com").
fn boundary_before(text: &str, at: usize) -> bool {
    let mut before = text.get(..at).unwrap_or("").chars().rev();
    match before.next() {
        None => true,
        Some('.') => !before.next().is_some_and(char::is_alphanumeric),
        Some(c) => !is_word_char(c),
    }
}

/// No word char right after `at` (nor a dot followed by one).
fn boundary_after(text: &str, at: usize) -> bool {
    let mut after = text.get(at..).unwrap_or("").chars();
    match after.next() {
        None => true,
        Some('.') => !after.next().is_some_and(char::is_alphanumeric),
        Some(c) => !is_word_char(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(patterns: &[(&str, Locale, Accents)]) -> Matcher {
        let mut b = MatcherBuilder::default();
        for (i, (p, l, a)) in patterns.iter().enumerate() {
            b.add(p, *l, *a, 0, i as u32).expect("valid");
        }
        b.build().expect("builds")
    }

    fn found<'t>(m: &Matcher, text: &'t str) -> Vec<(&'t str, u32)> {
        let scan = m.scan(text, &SpanSet::default());
        scan.longest(0, |_| true).iter().map(|h| (&text[h.span.clone()], h.entry)).collect()
    }

    #[test]
    fn word_boundaries_and_case() {
        let m = matcher(&[("accompagner", Locale::Fr, Accents::Strip)]);
        assert_eq!(found(&m, "Pour ACCOMPAGNER nos clients"), [("ACCOMPAGNER", 0)]);
        assert!(found(&m, "raccompagner").is_empty());
        assert_eq!(found(&m, "d’accompagner"), [("accompagner", 0)]);
        assert!(found(&m, "#accompagner").is_empty());
        assert!(found(&m, "www.accompagner.fr").is_empty());
    }

    #[test]
    fn elision_with_either_apostrophe() {
        let m = matcher(&[("fiers de annoncer", Locale::Fr, Accents::Strip)]);
        assert_eq!(found(&m, "Fiers d’annoncer"), [("Fiers d’annoncer", 0)]);
        assert_eq!(found(&m, "fiers d'annoncer"), [("fiers d'annoncer", 0)]);
    }

    #[test]
    fn accents_and_spaces() {
        let m = matcher(&[
            ("écosystème", Locale::Fr, Accents::Strip),
            ("best_in_class", Locale::En, Accents::Strip),
        ]);
        let text = "Un ecosysteme, un Écosystème et du best  in-class";
        assert_eq!(found(&m, text), [("ecosysteme", 0), ("Écosystème", 0), ("best  in-class", 1)]);
    }

    #[test]
    fn strict_accents() {
        let m = matcher(&[("où", Locale::Fr, Accents::Keep)]);
        assert_eq!(found(&m, "Où ? ou bien"), [("Où", 0)]);
    }

    #[test]
    fn leftmost_longest_per_lexicon() {
        let m = matcher(&[
            ("we are thrilled to announce", Locale::En, Accents::Strip),
            ("we are thrilled to announce that", Locale::En, Accents::Strip),
        ]);
        assert_eq!(
            found(&m, "We are thrilled to announce that we"),
            [("We are thrilled to announce that", 1)]
        );
    }

    #[test]
    fn skips_entities_and_odd_text() {
        let m = matcher(&[("synergie~", Locale::Fr, Accents::Strip)]);
        let text = "synergies https://x.fr/synergies";
        let skip: [Span; 1] = [Span { start: 10, end: text.len() }];
        let scan = m.scan(text, &SpanSet::new(skip));
        assert_eq!(scan.all(0).count(), 1);
        for t in ["", "\u{301}", "é\u{301}\u{301}", "İİ synergie", "\u{200d}synergie"] {
            let _ = m.scan(t, &SpanSet::default());
        }
    }
}
