//! # tone/jargon
//!
//! **What it flags.** Corporate jargon from the built-in packs: "synergies", "leverage",
//! "best-in-class", "solutions innovantes", "disruptif", "écosystème", "accompagner"… in any
//! case, with or without accents, singular or plural, in the post's language. A word in its
//! literal or technical sense is left alone ("disruption" of rail traffic, a bank's "leverage
//! ratio", the "écosystème" of a pond, a pianist who "accompagne" a choir), and so are
//! quotations and reported speech: a brand does not rewrite a minister's words. Fixes agree
//! with the sentence (gender, number and elision in French, "a"/"an" and verb forms in
//! English), or none is offered.
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

    #[test]
    fn a_literal_sense_is_not_jargon() {
        for text in [
            "Disruption between Leeds and York until 14:00: a train has broken down.",
            "Our leverage ratio stayed at 5.1% this quarter.",
            "A longer handle gives you more leverage when you lift.",
            "The canal's ecosystem was surveyed before the works.",
        ] {
            assert!(flagged(text, En, "tone/jargon").is_empty(), "{text}");
        }
        for text in [
            "Nos chercheurs ont mesuré la synergie entre deux antibiotiques.",
            "L’écosystème de l’étang abrite douze espèces de libellules.",
            "Chaque attelle digitale est moulée sur la main du patient.",
            "Une pianiste accompagne chaque répétition de la chorale.",
        ] {
            assert!(flagged(text, Fr, "tone/jargon").is_empty(), "{text}");
        }
        // The same words in their business sense still count.
        assert_eq!(flagged("We leverage our network.", En, "tone/jargon"), ["leverage"]);
        assert_eq!(
            flagged("Nous accompagnons les PME dans leur croissance.", Fr, "tone/jargon"),
            ["accompagnons"]
        );
    }

    #[test]
    fn quoted_and_reported_words_are_left_alone() {
        let text = "« Il faut plus de synergies », a déclaré la ministre.";
        assert!(flagged(text, Fr, "tone/jargon").is_empty());
        let text = "The minister said the plan would leverage private money.";
        assert!(flagged(text, En, "tone/jargon").is_empty());
        let text = "They call it “best-in-class”. We call it a bus that comes on time.";
        assert!(flagged(text, En, "tone/jargon").is_empty());
    }

    #[test]
    fn french_fixes_agree_or_are_not_offered() {
        assert_eq!(
            fixed("Tout l’écosystème y gagne.", Fr, "tone/jargon"),
            "Tout le réseau y gagne."
        );
        assert_eq!(fixed("Une synergie nette.", Fr, "tone/jargon"), "Une collaboration nette.");
        assert_eq!(
            fixed("Les synergies comptent.", Fr, "tone/jargon"),
            "Les collaborations comptent."
        );
        assert_eq!(
            fixed("Des solutions clés en main.", Fr, "tone/jargon"),
            "Des solutions prêtes à l’emploi."
        );
        assert_eq!(fixed("Une approche holistique.", Fr, "tone/jargon"), "Une approche globale.");
        // "solutions innovantes" is feminine; no feminine word says it better.
        let report = check("Des solutions innovantes.", Fr);
        assert!(of(&report, "tone/jargon")[0].suggestions.is_empty());
    }

    #[test]
    fn english_fixes_keep_the_article_and_the_verb_form() {
        assert_eq!(fixed("An ecosystem of partners.", En, "tone/jargon"), "A network of partners.");
        assert_eq!(fixed("We leveraged our data.", En, "tone/jargon"), "We used our data.");
        assert_eq!(
            fixed("We empower enterprises to unlock data.", En, "tone/jargon"),
            "We help enterprises to unlock data."
        );
        assert_eq!(fixed("Unlock new synergies.", En, "tone/jargon"), "Unlock new collaborations.");
    }
}
