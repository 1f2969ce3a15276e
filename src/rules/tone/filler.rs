//! # tone/filler
//!
//! **What it flags.** Words that fill without saying: "en effet", "du coup", "force est de
//! constater que", "basically", "actually", "in order to", "due to the fact that"…
//!
//! **Why it matters.** Social posts are read in a glance; every empty word pushes the point
//! further away, and past the "see more" cut.
//!
//! **Example.** "En effet, nous livrons désormais le dimanche."
//!
//! **Better.** "Nous livrons désormais le dimanche." The fix removes the filler and capitalises
//! what then starts the sentence.

use super::lexicon;
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Filler;

static META: RuleMeta = RuleMeta {
    id: "tone/filler",
    default_severity: Severity::Info,
    summary: "Filler words (en effet, du coup, basically, actually…) the sentence does not need.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Filler {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        lexicon::flag(cx, &META, Lex::Filler, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_fillers() {
        assert_eq!(
            Case::fr("En effet, nous livrons le dimanche.").check().flagged("tone/filler"),
            ["En effet"]
        );
        assert_eq!(
            Case::en("This is basically done in order to help.").check().flagged("tone/filler"),
            ["basically", "in order to"]
        );
    }

    #[test]
    fn does_not_flag_plain_sentences() {
        assert!(Case::fr("Nous livrons le dimanche.").check().flagged("tone/filler").is_empty());
        // A level that is a level: the budget kept at the level of a year.
        let kept = "Nous demandons que les subventions soient maintenues au niveau de 2025.";
        assert!(Case::fr(kept).check().flagged("tone/filler").is_empty());
        assert_eq!(
            Case::fr("Au niveau de la communication, nous avançons.")
                .check()
                .flagged("tone/filler"),
            ["Au niveau de"]
        );
        assert!(Case::en("Our order page is ready.").check().flagged("tone/filler").is_empty());
        let frank = "Le coût du risque augmente. Nous en parlons franchement dans le rapport.";
        assert!(Case::fr(frank).check().flagged("tone/filler").is_empty());
        // The day's end as a time: "leave at the end of the day", "until the end of the day".
        for text in [
            "Every student will leave at the end of the day with the loaves they made.",
            "The desk closes at the end of the day.",
        ] {
            assert!(Case::en(text).check().flagged("tone/filler").is_empty(), "{text}");
        }
        assert_eq!(
            Case::en("At the end of the day, we bake bread.").check().flagged("tone/filler"),
            ["At the end of the day"]
        );
    }

    #[test]
    fn the_fix_removes_the_filler_and_capitalises() {
        assert_eq!(
            Case::fr("En effet, nous livrons.").check().fixed("tone/filler"),
            "Nous livrons."
        );
        assert_eq!(Case::en("It is actually done.").check().fixed("tone/filler"), "It is done.");
        assert_eq!(Case::en("Done, actually.").check().fixed("tone/filler"), "Done.");
        assert_eq!(
            Case::en("We act in order to help.").check().fixed("tone/filler"),
            "We act to help."
        );
    }

    #[test]
    fn a_quantity_keeps_its_of_before_a_determiner() {
        for (text, fixed) in [
            (
                "As the vast majority of our customers bank online, we close.",
                "As most of our customers bank online, we close.",
            ),
            (
                "The rates on a number of our accounts will fall.",
                "The rates on several of our accounts will fall.",
            ),
            ("The vast majority of people agree.", "Most people agree."),
            ("We closed a number of branches.", "We closed several branches."),
        ] {
            assert_eq!(Case::en(text).check().fixed("tone/filler"), fixed, "{text}");
        }
    }
}
