//! # tone/hedging
//!
//! **What it flags.** Hedges: "il semblerait", "peut-être", "nous pensons que", "a priori",
//! "we believe", "perhaps", "it seems", "hopefully"…
//!
//! **Why it matters.** A brand that hedges sounds unsure of its own news. Readers trust a
//! plain statement more, and a real doubt is better said with its reason.
//!
//! **Example.** "We believe this is perhaps our best release."
//!
//! **Better.** "This release cuts loading times by half."

use super::lexicon::{self, PROFILE};
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Rule, RuleMeta};

pub struct Hedging;

static META: RuleMeta = RuleMeta {
    id: "tone/hedging",
    default_severity: Severity::Info,
    summary: "Hedges (il semblerait, peut-être, we believe, perhaps…) that weaken the point.",
    fixable: true,
};

impl Rule for Hedging {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let before: &[&[Lex]] = &[PROFILE, &[Lex::Institutional, Lex::Jargon, Lex::Superlative]];
        lexicon::flag(cx, &META, Lex::Hedging, before, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn flags_hedges() {
        assert_eq!(
            flagged("We believe this is perhaps our best release.", En, "tone/hedging"),
            ["We believe", "perhaps"]
        );
        assert_eq!(
            flagged("Il semblerait que la livraison soit plus rapide.", Fr, "tone/hedging"),
            ["Il semblerait que"]
        );
    }

    #[test]
    fn does_not_flag_plain_statements() {
        assert!(
            flagged("Cette version divise par deux le temps de chargement.", Fr, "tone/hedging")
                .is_empty()
        );
        assert!(flagged("It can be done today.", En, "tone/hedging").is_empty());
    }

    #[test]
    fn the_fix_removes_the_hedge() {
        let text = "Il semblerait que la livraison soit plus rapide.";
        assert_eq!(fixed(text, Fr, "tone/hedging"), "La livraison soit plus rapide.");
        assert_eq!(fixed("It is perhaps faster.", En, "tone/hedging"), "It is faster.");
    }
}
