//! # tone/prohibitions
//!
//! **What it flags.** A run of prohibitions: three or more orders in the negative in one post,
//! such as "Ne manquez pas…", "N’oubliez jamais…", "Don’t…", "Do not…", "Never…" at the start
//! of a sentence, a line or a list item. Each of them is flagged once the post holds three.
//!
//! **Why it matters.** A post that says what not to do sounds like a rule book; readers
//! remember the forbidden action, not the advice. A positive instruction is shorter and kinder.
//!
//! **Example.** "N’oubliez pas votre badge. Ne venez pas en retard. Ne garez pas devant."
//!
//! **Better.** "Pensez à votre badge, arrivez à 9 h, garez-vous au parking P2."

use std::sync::OnceLock;

use super::words::{Lead, Sieve, W, clause_start, sieve, words};
use crate::i18n::Locale;
use crate::packs::Grammar;
use crate::packs::words::WordSet;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;

pub struct Prohibitions;

static META: RuleMeta = RuleMeta {
    id: "tone/prohibitions",
    default_severity: Severity::Info,
    summary: "Three or more negative orders (ne … pas, don't, never) in one post.",
    fixable: false,
};

/// How many prohibitions make a run.
const RUN: usize = 3;

/// The French prohibition starting at word `i`, if there is one.
fn prohibition_fr(cx: &Context<'_>, g: &Grammar, all: &[W<'_>], i: usize) -> Option<Span> {
    let w = all.get(i)?;
    // Most words: no elision, and not "ne".
    if !w.elided() && w.lead != Lead::of("ne") {
        return None;
    }
    // The words are tested before the clause: most words start no prohibition, and the test
    // on the text around them costs more.
    let (head, tail) = w.elision();
    if head != Some("n") && tail != "ne" || !clause_start(cx.text(), w.span.start) {
        return None;
    }
    // "Ne manquez pas", "N’oubliez jamais": the negation closes within a few words.
    let end = all.iter().skip(i + 1).take(4).find(|n| g.negation.contains(n.key()))?;
    Some(w.span.start..end.span.end)
}

/// The English prohibition starting at word `i`, if there is one. `starts` sieves the words
/// that open one.
fn prohibition_en(
    cx: &Context<'_>,
    g: &Grammar,
    starts: &Sieve,
    all: &[W<'_>],
    i: usize,
) -> Option<Span> {
    let w = all.get(i)?;
    // Most words: no elision (the lead is then the key's), not "do", and no word that opens a
    // prohibition is as long and starts the same.
    if !w.elided() && !starts.may_hold(w.lead) && w.lead != Lead::of("do") {
        return None;
    }
    let next = all.get(i + 1);
    let end = if g.prohibition_start.contains(w.key()) {
        next.map_or(w.span.end, |n| n.span.end)
    } else if w.key() == "do" && next.is_some_and(|n| n.key() == "not") {
        all.get(i + 2).or(next).map_or(w.span.end, |n| n.span.end)
    } else {
        return None;
    };
    clause_start(cx.text(), w.span.start).then_some(w.span.start..end)
}

impl Rule for Prohibitions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let all = words(cx);
        let g = cx.packs.words.grammar(cx.locale);
        let found: Vec<Span> = match cx.locale {
            Locale::Fr => (0..all.len()).filter_map(|i| prohibition_fr(cx, g, all, i)).collect(),
            Locale::En => {
                static STARTS: OnceLock<(Vec<WordSet>, Sieve)> = OnceLock::new();
                let made = sieve(&STARTS, &[&g.prohibition_start]);
                let starts: &Sieve = &made;
                (0..all.len()).filter_map(|i| prohibition_en(cx, g, starts, all, i)).collect()
            }
        };
        if found.len() < RUN {
            return;
        }
        let count = found.len();
        for (n, span) in found.into_iter().enumerate() {
            let text = cx.doc.slice(&span);
            let message = cx.tr(META.id, &[("text", &text), ("n", &(n + 1)), ("count", &count)]);
            out.push(Finding::new(META.id, span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn flags_a_run_of_prohibitions() {
        let text = "N’oubliez pas votre badge. Ne venez pas en retard.\n- Ne garez jamais devant.";
        assert_eq!(
            flagged(text, Fr, "tone/prohibitions"),
            ["N’oubliez pas", "Ne venez pas", "Ne garez jamais"]
        );
        let text = "Don't be late. Do not park here. Never skip the badge.";
        assert_eq!(
            flagged(text, En, "tone/prohibitions"),
            ["Don't be", "Do not park", "Never skip"]
        );
    }

    #[test]
    fn does_not_flag_a_single_one_or_statements() {
        let text =
            "Ne manquez pas notre atelier. Nous ne sommes pas fermés, nous ne partons jamais.";
        assert!(flagged(text, Fr, "tone/prohibitions").is_empty());
        assert!(flagged("Don't miss it. We never close.", En, "tone/prohibitions").is_empty());
    }
}
