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

use super::lexicon::{self, PROFILE};
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Rule, RuleMeta};

pub struct Filler;

static META: RuleMeta = RuleMeta {
    id: "tone/filler",
    default_severity: Severity::Info,
    summary: "Filler words (en effet, du coup, basically, actually…) the sentence does not need.",
    fixable: true,
};

impl Rule for Filler {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let before: &[&[Lex]] =
            &[PROFILE, &[Lex::Institutional, Lex::Jargon, Lex::Superlative, Lex::Hedging]];
        lexicon::flag(cx, &META, Lex::Filler, before, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn flags_fillers() {
        assert_eq!(flagged("En effet, nous livrons le dimanche.", Fr, "tone/filler"), ["En effet"]);
        assert_eq!(
            flagged("This is basically done in order to help.", En, "tone/filler"),
            ["basically", "in order to"]
        );
    }

    #[test]
    fn does_not_flag_plain_sentences() {
        assert!(flagged("Nous livrons le dimanche.", Fr, "tone/filler").is_empty());
        assert!(flagged("Our order page is ready.", En, "tone/filler").is_empty());
    }

    #[test]
    fn the_fix_removes_the_filler_and_capitalises() {
        assert_eq!(fixed("En effet, nous livrons.", Fr, "tone/filler"), "Nous livrons.");
        assert_eq!(fixed("It is actually done.", En, "tone/filler"), "It is done.");
        assert_eq!(fixed("Done, actually.", En, "tone/filler"), "Done.");
        assert_eq!(fixed("We act in order to help.", En, "tone/filler"), "We act to help.");
    }
}
