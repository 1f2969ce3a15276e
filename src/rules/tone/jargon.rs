//! # tone/jargon
//!
//! **What it flags.** Corporate jargon from the built-in packs: "synergies", "leverage",
//! "best-in-class", "solutions innovantes", "disruptif", "écosystème", "accompagner"… in any
//! case, with or without accents, singular or plural, in the post's language.
//!
//! **Why it matters.** Jargon is how every company sounds; it tells the reader nothing about
//! this one. Readers skim past it, and the brand's own voice disappears behind it.
//!
//! **Example.** "Nous accompagnons nos clients grâce à des solutions innovantes."
//!
//! **Better.** Say what you do: "Nous aidons nos clients à réduire leurs délais de livraison."

use super::lexicon::{self, PROFILE};
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Rule, RuleMeta};

pub struct Jargon;

static META: RuleMeta = RuleMeta {
    id: "tone/jargon",
    default_severity: Severity::Warning,
    summary: "Corporate jargon (synergies, leverage, solutions innovantes…); suggests plain words.",
    fixable: true,
};

impl Rule for Jargon {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let before: &[&[Lex]] = &[PROFILE, &[Lex::Institutional]];
        lexicon::flag(cx, &META, Lex::Jargon, before, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn flags_jargon_in_both_languages() {
        let text = "Nous accompagnons nos clients grâce à des solutions innovantes.";
        assert_eq!(flagged(text, Fr, "tone/jargon"), ["accompagnons", "solutions innovantes"]);
        let text = "We leverage best-in-class synergies.";
        assert_eq!(flagged(text, En, "tone/jargon"), ["leverage", "best-in-class", "synergies"]);
    }

    #[test]
    fn matches_without_accents_and_across_forms() {
        assert_eq!(
            flagged("Un ecosysteme DISRUPTIF.", Fr, "tone/jargon"),
            ["ecosysteme", "DISRUPTIF"]
        );
        assert_eq!(flagged("We leveraged it.", En, "tone/jargon"), ["leveraged"]);
    }

    #[test]
    fn does_not_flag_plain_words_or_other_languages() {
        assert!(
            flagged("Nous aidons nos clients à livrer plus vite.", Fr, "tone/jargon").is_empty()
        );
        assert!(flagged("Le levier du vélo. La raccompagner.", Fr, "tone/jargon").is_empty());
        assert!(flagged("We accompagnons them.", En, "tone/jargon").is_empty());
    }

    #[test]
    fn the_fix_keeps_the_case() {
        assert_eq!(fixed("Synergies everywhere.", En, "tone/jargon"), "Collaborations everywhere.");
        assert_eq!(fixed("Nos synergies.", Fr, "tone/jargon"), "Nos collaborations.");
    }
}
