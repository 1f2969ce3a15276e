//! The built-in packs, compiled by build.rs (`brio_compile::pack_tables`) into static tables, and their
//! variants into a pattern stream whose trie is built on first use: every Checker shares them.

use std::sync::OnceLock;

use super::grammar::{Grammar, GrammarLists, WordMap, WordSet};
use super::{Class, Entry, Lex};
use crate::i18n::Locale;
use crate::matcher::Matcher;
use crate::matcher::trie::Trie;

/// An entry as generated: its locale, better wordings (`-`: remove, with their classes in
/// braces), reason, class, literal neighbours and required neighbours.
type BuiltinEntry = (
    Option<Locale>,
    &'static [&'static str],
    Option<&'static str>,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// The built-in lexicons' variants, sorted (see `src/matcher/stream.rs`).
static PATTERN_STREAM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/packs.patterns"));

/// The built-in lexicons' variants, made once per process (a trie of about 40,000 nodes in
/// one pass over the stream, for 4 KB less gzipped `.wasm` than static tables).
pub fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER
        .get_or_init(|| Matcher::from_static(Trie::from_stream(PATTERN_STREAM), &EXTRA, &TARGETS))
}

/// The built-in entries per [`Lex`], made once per process.
pub fn entries() -> &'static [Vec<Entry>] {
    static ENTRIES_OWNED: OnceLock<Vec<Vec<Entry>>> = OnceLock::new();
    ENTRIES_OWNED.get_or_init(|| {
        ENTRIES
            .iter()
            .map(|list| {
                list.iter()
                    .map(|(locale, better, why, class, literal, near)| Entry {
                        locale: *locale,
                        better: better.iter().map(|b| super::better(b)).collect(),
                        why: why.map(str::to_string),
                        class: Class::parse(class),
                        literal: literal.iter().map(|w| w.to_string()).collect(),
                        near: near.iter().map(|w| w.to_string()).collect(),
                    })
                    .collect()
            })
            .collect()
    })
}

/// How many built-in entries `lex` has (profile entries are numbered after them).
pub fn entry_count(lex: Lex) -> usize {
    ENTRIES.get(lex as usize).map_or(0, |l| l.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::MatcherBuilder;
    use brio_compile::pack_files as compile;

    fn read(name: &str) -> Result<String, String> {
        let text = match name {
            "fr/jargon.txt" => include_str!("fr/jargon.txt"),
            "fr/institutional.txt" => include_str!("fr/institutional.txt"),
            "fr/filler.txt" => include_str!("fr/filler.txt"),
            "fr/superlative.txt" => include_str!("fr/superlative.txt"),
            "fr/hedging.txt" => include_str!("fr/hedging.txt"),
            "en/jargon.txt" => include_str!("en/jargon.txt"),
            "en/institutional.txt" => include_str!("en/institutional.txt"),
            "en/filler.txt" => include_str!("en/filler.txt"),
            "en/superlative.txt" => include_str!("en/superlative.txt"),
            "en/hedging.txt" => include_str!("en/hedging.txt"),
            "brands.txt" => include_str!("brands.txt"),
            other => return Err(format!("no file {other}")),
        };
        Ok(text.to_string())
    }

    /// The generated tables are what the runtime expansion gives for the same files.
    #[test]
    fn generated_matcher_is_the_runtime_expansion() {
        let mut builder = MatcherBuilder::default();
        let raw = compile::lexicons(&mut builder, read).expect("packs compile");
        let built = builder.finish();
        let matcher = matcher();
        assert_eq!(matcher.pattern_count(), built.patterns.len());
        let decoded = crate::matcher::stream::decode(PATTERN_STREAM);
        assert!(decoded.iter().map(Vec::as_slice).eq(built.patterns.iter().map(|p| p.as_bytes())));
        for (id, (pattern, targets)) in built.patterns.iter().zip(&built.targets).enumerate() {
            let mut found = None;
            matcher.trie().walk(pattern.as_bytes(), 0, |end, i| {
                if end == pattern.len() {
                    found = Some(i);
                }
            });
            assert_eq!(found, Some(id), "{pattern}");
            let generated: Vec<_> = matcher.targets_of(id).collect();
            assert_eq!(&generated, targets, "{pattern}");
        }
        for (lex, list) in raw.iter().enumerate() {
            let generated = ENTRIES.get(lex).expect("lex");
            assert_eq!(list.len(), generated.len());
            for (r, (locale, better, why, class, literal, near)) in
                list.iter().zip(generated.iter())
            {
                assert_eq!(r.locale, *locale);
                assert_eq!(r.better, *better);
                assert_eq!(r.why.as_deref(), *why);
                assert_eq!(r.class, *class);
                assert_eq!(r.literal, *literal);
                assert_eq!(r.near, *near);
            }
        }
    }

    fn same(set: &WordSet, words: &[String]) {
        let got: Vec<&str> = set.iter().collect();
        assert_eq!(got, words);
        assert_eq!(*set, WordSet::from_packed(compile::packed_table(words).expect("packs")));
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("not a word") && !set.contains(""));
    }

    #[test]
    fn generated_words_are_the_runtime_expansion() {
        let cases = [
            (&GRAMMAR.fr, include_str!("fr/grammar.txt"), Locale::Fr),
            (&GRAMMAR.en, include_str!("en/grammar.txt"), Locale::En),
        ];
        for (g, text, locale) in cases {
            let raw = compile::grammar("grammar.txt", text, locale).expect("parses");
            let sets = [
                g.be,
                g.participles,
                g.not_participles,
                g.state,
                g.adverbs,
                g.reflexive,
                g.negation,
                g.tu,
                g.vous,
                g.ton_noun,
                g.prohibition_start,
                g.capitalised,
                g.case_ambiguous,
            ];
            assert_eq!(sets.len(), raw.sets.len());
            for (set, words) in sets.iter().zip(&raw.sets) {
                same(set, words);
            }
            let pairs: Vec<(&str, &str)> =
                raw.contractions.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            assert_eq!(g.contractions.0, pairs.as_slice());
        }
        let (acronyms, shout) = compile::caps(include_str!("caps.txt")).expect("parses");
        same(&GRAMMAR.acronyms, &acronyms);
        same(&GRAMMAR.shout, &shout);
        assert!(GRAMMAR.fr.be.contains("est") && GRAMMAR.en.contractions.get("don't").is_some());
    }
}
