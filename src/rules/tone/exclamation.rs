//! # tone/exclamation
//!
//! **What it flags.** Runs of exclamation marks ("!!!", "!!?", "‼") and, past the voice's
//! `max_exclamations` (3 when the profile does not say), every further exclamation in the post.
//!
//! **Why it matters.** One exclamation mark carries enthusiasm; three read as spam, and a post
//! that exclaims every sentence has nothing left to stress.
//!
//! **Example.** "We are live!!!"
//!
//! **Better.** "We are live!" The fix (safe) keeps one mark ("?!" for a run with a question).

use crate::report::{Finding, Fix, Severity};
use crate::rules::marks::Marks;
use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;

pub struct Exclamation;

static META: RuleMeta = RuleMeta {
    id: "tone/exclamation",
    default_severity: Severity::Warning,
    summary: "Runs like \"!!!\" (fix: one \"!\"), and more exclamations than the voice allows.",
    fixable: true,
};

/// The voice's limit when the profile sets none.
const DEFAULT_MAX: u32 = 3;

/// Whether `b` may start an [`is_mark`] char (for [`Marks`]).
fn is_mark_lead(b: u8) -> bool {
    matches!(b, b'!' | b'?' | 0xE2 | 0xEF)
}

fn is_mark(c: char) -> bool {
    matches!(c, '!' | '！' | '‼' | '?' | '？' | '⁉' | '❗' | '❕')
}

fn bangs(run: &str) -> usize {
    run.chars()
        .map(|c| match c {
            '!' | '！' | '❗' | '❕' | '⁉' => 1,
            '‼' => 2,
            _ => 0,
        })
        .sum()
}

/// Every run of exclamation and question marks that holds at least one exclamation.
fn runs<'m>(text: &'m str, marks: &'m Marks) -> impl Iterator<Item = Span> + 'm {
    marks
        .runs(text, is_mark_lead, is_mark)
        .filter(|run| text.get(run.clone()).is_some_and(|r| bangs(r) > 0))
}

impl Rule for Exclamation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let text = cx.text();
        let max = cx.compiled.voice.max_exclamations.unwrap_or(DEFAULT_MAX) as usize;
        for (n, span) in runs(text, cx.marks()).enumerate() {
            let run = cx.doc.slice(&span);
            if bangs(run) > 1 {
                let one = if run.contains(['?', '？']) { "?!" } else { "!" };
                let message = cx.tr("tone/exclamation.run", &[("text", &run)]);
                out.push(Finding::new(META.id, span.clone(), message).with_fix(Fix {
                    label: cx.tr("fix.replace", &[("with", &one)]),
                    replacement: one.to_string(),
                    span,
                    safe: true,
                }));
            } else if n >= max {
                let message = cx.tr("tone/exclamation.count", &[("n", &(n + 1)), ("max", &max)]);
                out.push(Finding::new(META.id, span, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn the_lead_bytes_cover_every_mark() {
        crate::rules::marks::assert_lead_covers(super::is_mark_lead, super::is_mark);
    }

    #[test]
    fn flags_runs() {
        assert_eq!(flagged("We are live!!! Really?!!", En, "tone/exclamation"), ["!!!", "?!!"]);
        assert_eq!(flagged("C’est parti ‼", Fr, "tone/exclamation"), ["‼"]);
    }

    #[test]
    fn does_not_flag_single_marks_within_the_limit() {
        assert!(flagged("Live! Now! Really?! Yes.", En, "tone/exclamation").is_empty());
    }

    #[test]
    fn the_fix_keeps_one_mark() {
        assert_eq!(fixed("We are live!!!", En, "tone/exclamation"), "We are live!");
        assert_eq!(fixed("Vraiment ?!!", Fr, "tone/exclamation"), "Vraiment ?!");
    }

    #[test]
    fn the_profile_sets_the_limit() {
        let text = "Bravo ! Merci ! À lundi !";
        assert!(of(&check(text, Fr), "tone/exclamation").is_empty());
        let report = check_profile(text, Fr, "[voice]\nmax_exclamations = 1\n");
        assert_eq!(texts(text, &report, "tone/exclamation"), ["!", "!"]);
        assert!(of(&report, "tone/exclamation")[0].message.contains("2"));
    }
}
