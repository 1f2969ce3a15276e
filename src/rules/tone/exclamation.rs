//! # tone/exclamation
//!
//! **What it flags.** Runs of exclamation marks ("!!!", "!!?", "‼", "! ! !", "❗️❗️") and,
//! past the voice's `max_exclamations` (3 when the profile does not say), every further
//! exclamation in the post. Each finding covers the marks it names: a run from its first mark
//! to its last (the spaces between marks, and the variation selector of an emoji mark, within
//! it; the one of an emoji before it, such as "❤️", outside it).
//!
//! **Why it matters.** One exclamation mark carries enthusiasm; three read as spam, and a post
//! that exclaims every sentence has nothing left to stress.
//!
//! **Example.** "We are live!!!"
//!
//! **Better.** "We are live!" The fix (safe) keeps one mark ("?!" for a run with a question,
//! "❗️" for a run of them); for a run past the voice's limit, where one mark would still be
//! one too many, it ends the sentence with "." (or "?"), a fix the writer confirms.

use crate::report::{Finding, Fix, Severity};
use crate::rules::marks::{MarkFinder, MarkSet};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;

pub struct Exclamation;

static META: RuleMeta = RuleMeta {
    id: "tone/exclamation",
    default_severity: Severity::Warning,
    summary: "Runs like \"!!!\" (fix: one \"!\"), and more exclamations than the voice allows.",
    fixable: true,
    reach: Reach::Document,
};

/// The voice's limit when the profile sets none.
const DEFAULT_MAX: u32 = 3;

/// The marks, and the variation selector that makes "❗" an emoji ("❗️"): part of a run.
static MARKS: MarkSet = MarkSet::of("!！‼?？⁉❗❕\u{FE0F}");

/// The variation selector asking for the emoji form of the char before it.
const VS16: char = '\u{FE0F}';

/// A space within a line: marks parted only by such spaces are one run ("! ! !").
fn inline_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
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

/// Every run of exclamation and question marks that holds at least one exclamation: marks
/// next to each other or parted by spaces, without a variation selector that belongs to the
/// emoji before the run ("❤️!!").
fn runs<'m>(text: &'m str, marks: &MarkFinder<'m, '_>) -> impl Iterator<Item = Span> + 'm {
    let mut found = marks
        .runs()
        .map(|run| {
            let lead =
                text.get(run.clone()).map_or(0, |r| r.len() - r.trim_start_matches(VS16).len());
            run.start + lead..run.end
        })
        .filter(|run| !run.is_empty())
        .peekable();
    std::iter::from_fn(move || {
        let mut run = found.next()?;
        loop {
            let end = run.end;
            let spaced = |next: &Span| {
                text.get(end..next.start).is_some_and(|gap| gap.chars().all(inline_space))
            };
            match found.next_if(spaced) {
                Some(next) => run.end = next.end,
                None => break Some(run),
            }
        }
    })
    .filter(|run| text.get(run.clone()).is_some_and(|r| bangs(r) > 0))
}

/// The one mark a run becomes: "?!" when it asks, one "❗️" or "！" when it is made of them,
/// "!" otherwise.
fn one_mark(run: &str) -> &'static str {
    if run.contains(['?', '？', '⁉']) {
        return "?!";
    }
    match run.chars().next() {
        Some('❗') if run.contains(VS16) => "❗\u{FE0F}",
        Some('❗') => "❗",
        Some('❕') if run.contains(VS16) => "❕\u{FE0F}",
        Some('❕') => "❕",
        Some('！') => "！",
        _ => "!",
    }
}

/// The mark a run becomes past the voice's limit: "?" when it asks, "." otherwise.
fn plain_end(run: &str) -> &'static str {
    if run.contains(['?', '？', '⁉']) { "?" } else { "." }
}

/// The runs of marks of the text of `cx` that hold an exclamation, in text order: the partial
/// result a session keeps per paragraph ([`crate::rules::partials`]; a run never crosses a
/// line break).
pub(crate) fn exclamations(cx: &Context<'_>) -> Vec<Span> {
    runs(cx.text(), &cx.find_marks(&MARKS)).collect()
}

impl Rule for Exclamation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let found = crate::rules::partials::or_made(cx, |p| &p.exclamations, exclamations);
        let max = cx.compiled.voice.max_exclamations.unwrap_or(DEFAULT_MAX) as usize;
        for (n, span) in found.iter().cloned().enumerate() {
            let run = cx.doc.slice(&span);
            if bangs(run) > 1 {
                // Past the voice's limit, one mark would still be one too many: the sentence
                // ends plainly instead, which only the writer can judge ("Wow!! what a day").
                let past = n >= max;
                let one = if past { plain_end(run) } else { one_mark(run) };
                let message = cx.tr("tone/exclamation.run", &[("text", &run)]);
                out.push(Finding::new(META.id, span.clone(), message).with_fix(Fix {
                    label: cx.tr("fix.replace", &[("with", &one)]),
                    replacement: one.to_string(),
                    span,
                    safe: !past,
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
    use crate::rules::fixture::Case;

    #[test]
    fn flags_runs() {
        assert_eq!(
            Case::en("We are live!!! Really?!!").check().flagged("tone/exclamation"),
            ["!!!", "?!!"]
        );
        assert_eq!(Case::fr("C’est parti ‼").check().flagged("tone/exclamation"), ["‼"]);
    }

    #[test]
    fn does_not_flag_single_marks_within_the_limit() {
        assert!(
            Case::en("Live! Now! Really?! Yes.").check().flagged("tone/exclamation").is_empty()
        );
    }

    #[test]
    fn the_fix_keeps_one_mark() {
        assert_eq!(Case::en("We are live!!!").check().fixed("tone/exclamation"), "We are live!");
        assert_eq!(Case::fr("Vraiment ?!!").check().fixed("tone/exclamation"), "Vraiment ?!");
        // Past the limit, one mark would still be too many: the sentence ends plainly.
        let text = "Open! New menu! Free coffee! Send your CV!!";
        let case = Case::en(text).check();
        assert_eq!(case.fixed("tone/exclamation"), "Open! New menu! Free coffee! Send your CV.");
    }

    #[test]
    fn the_profile_sets_the_limit() {
        let text = "Bravo ! Merci ! À lundi !";
        assert!(Case::fr(text).check().of("tone/exclamation").is_empty());
        let report = Case::fr(text).toml("[voice]\nmax_exclamations = 1\n").check();
        assert_eq!(report.flagged("tone/exclamation"), ["!", "!"]);
        assert!(report.of("tone/exclamation")[0].message.contains("2"));
    }

    #[test]
    fn spans_cover_the_marks_they_name() {
        // Spaced marks are one run; the space before the first is not in it.
        let text = "Génial\u{202f}! ! !";
        assert_eq!(Case::fr(text).check().flagged("tone/exclamation"), ["! ! !"]);
        assert_eq!(Case::fr(text).check().fixed("tone/exclamation"), "Génial\u{202f}!");
        // Emoji marks with their variation selectors; a heart's stays with the heart.
        let text = "Top ❗\u{fe0f}❗\u{fe0f} Merci ❤\u{fe0f}!!";
        assert_eq!(
            Case::fr(text).check().flagged("tone/exclamation"),
            ["❗\u{fe0f}❗\u{fe0f}", "!!"]
        );
        assert_eq!(
            Case::fr(text).check().fixed("tone/exclamation"),
            "Top ❗\u{fe0f} Merci ❤\u{fe0f}!!"
        );
        let report = Case::fr(text).check();
        let found = report.of("tone/exclamation");
        assert_eq!(
            found[0].message,
            "« ❗\u{fe0f}❗\u{fe0f} » : un seul point d’exclamation suffit."
        );
        // A question then a mark, spaced the French way: one exclamation, no run.
        assert!(Case::fr("C’est vrai ? !").check().flagged("tone/exclamation").is_empty());
        assert_eq!(Case::fr("Sérieux ?!!").check().fixed("tone/exclamation"), "Sérieux ?!");
        assert_eq!(Case::en("Wow！！").check().fixed("tone/exclamation"), "Wow！");
    }

    #[test]
    fn the_count_message_names_the_exclamation_it_covers() {
        let text = "Live! Now! Yes! Wow?!";
        let report = Case::en(text).check();
        let found = report.of("tone/exclamation");
        assert_eq!(report.flagged("tone/exclamation"), ["?!"]);
        assert_eq!(found[0].message, "Exclamation 4 in this post; the voice allows 3.");
    }
}
