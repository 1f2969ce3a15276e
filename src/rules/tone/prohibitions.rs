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

use super::words::{W, clause_start, words};
use crate::i18n::Locale;
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

/// The prohibition starting at word `i`, if there is one.
fn prohibition(cx: &Context<'_>, all: &[W<'_>], i: usize) -> Option<Span> {
    let w = all.get(i)?;
    let g = cx.packs.words.grammar(cx.locale);
    // The words are tested before the clause: most words start no prohibition, and the test
    // on the text around them costs more.
    match cx.locale {
        Locale::Fr => {
            let (head, tail) = w.elision();
            if head != Some("n") && tail != "ne" || !clause_start(cx.text(), w.span.start) {
                return None;
            }
            // "Ne manquez pas", "N’oubliez jamais": the negation closes within a few words.
            let end = all.iter().skip(i + 1).take(4).find(|n| g.negation.contains(&*n.key))?;
            Some(w.span.start..end.span.end)
        }
        Locale::En => {
            let next = all.get(i + 1);
            let end = if g.prohibition_start.contains(&*w.key) {
                next.map_or(w.span.end, |n| n.span.end)
            } else if w.key == "do" && next.is_some_and(|n| n.key == "not") {
                all.get(i + 2).or(next).map_or(w.span.end, |n| n.span.end)
            } else {
                return None;
            };
            clause_start(cx.text(), w.span.start).then_some(w.span.start..end)
        }
    }
}

impl Rule for Prohibitions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let all = words(cx);
        let found: Vec<Span> = (0..all.len()).filter_map(|i| prohibition(cx, all, i)).collect();
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
