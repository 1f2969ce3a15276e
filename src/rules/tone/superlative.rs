//! # tone/superlative
//!
//! **What it flags.** Self-praise and superlatives: "leader mondial", "numéro 1",
//! "révolutionnaire", "expérience unique", "world-class", "unparalleled", "the ultimate"…
//!
//! **Why it matters.** Every brand says it is the best; readers discount it, and regulators may
//! ask for proof. A fact convinces where an adjective does not.
//!
//! **Example.** "Leader mondial de la logistique, nous offrons une expérience unique."
//!
//! **Better.** Give the fact behind the claim: "12 000 colis livrés chaque jour dans 40 pays."

use super::lexicon::{self, PROFILE};
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Rule, RuleMeta};

pub struct Superlative;

static META: RuleMeta = RuleMeta {
    id: "tone/superlative",
    default_severity: Severity::Warning,
    summary: "Puffery and superlatives (leader mondial, world-class, révolutionnaire…) that nothing proves.",
    fixable: true,
};

impl Rule for Superlative {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let before: &[&[Lex]] = &[PROFILE, &[Lex::Institutional, Lex::Jargon]];
        lexicon::flag(cx, &META, Lex::Superlative, before, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn flags_puffery() {
        let text = "Leader mondial, nous offrons une expérience unique et révolutionnaire.";
        assert_eq!(
            flagged(text, Fr, "tone/superlative"),
            ["Leader mondial", "expérience unique", "révolutionnaire"]
        );
        let text = "A world-class, unparalleled service.";
        assert_eq!(flagged(text, En, "tone/superlative"), ["world-class", "unparalleled"]);
    }

    #[test]
    fn does_not_flag_facts_or_ordinary_uses() {
        assert!(flagged("Un accès unique par badge, 40 pays.", Fr, "tone/superlative").is_empty());
        assert!(flagged("We deliver in 40 countries.", En, "tone/superlative").is_empty());
    }

    #[test]
    fn a_jargon_phrase_is_not_flagged_twice() {
        let text = "Des solutions innovantes.";
        assert!(flagged(text, Fr, "tone/superlative").is_empty());
        assert_eq!(flagged(text, Fr, "tone/jargon"), ["solutions innovantes"]);
    }

    #[test]
    fn the_fix_offers_a_plainer_word() {
        assert_eq!(
            fixed("Un service révolutionnaire.", Fr, "tone/superlative"),
            "Un service nouveau."
        );
    }
}
