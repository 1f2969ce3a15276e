//! # terms/avoid
//!
//! **What it flags.** The words the profile lists under `avoid` (`[[terms]] avoid = [...]`), in
//! any case, with or without accents, singular or plural, with the profile's `reason`. When
//! the same entry gives a `use`, it is offered as the fix.
//!
//! **Why it matters.** The brand has decided these words are not its own (retired jargon, a
//! competitor's name for a feature, a word that hurt someone); every writer should know it at
//! the moment of writing, not at review.
//!
//! **Example.** With `avoid = ["disruptif"]` and `reason = "retired jargon"`: "Une offre
//! disruptive."
//!
//! **Better.** "Une offre qui change la livraison de quartier."

use crate::packs::{Better, Lex};
use crate::report::{Finding, Severity};
use crate::rules::tone::lexicon::{self, inflected, keep_case_owned, replace};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Avoid;

static META: RuleMeta = RuleMeta {
    id: "terms/avoid",
    default_severity: Severity::Warning,
    summary: "Words the profile says to avoid, with its reason.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Avoid {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in lexicon::hits(cx, Lex::Avoid) {
            let Some(entry) = cx.packs.entry(Lex::Avoid, hit.entry) else { continue };
            let found = cx.doc.slice(&hit.span);
            let message = match &entry.why {
                Some(reason) => {
                    cx.tr("terms/avoid.reason", &[("text", &found), ("reason", reason)])
                }
                None => cx.tr(META.id, &[("text", &found)]),
            };
            let mut finding = Finding::new(META.id, hit.span.clone(), message);
            for better in &entry.better {
                if let Better::Replace(with) = better {
                    let with = keep_case_owned(found, inflected(cx, with, hit.form));
                    finding.fixes.push(replace(cx, &hit.span, &with, false));
                }
            }
            out.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    const PROFILE: &str =
        "[[terms]]\navoid = [\"disruptif\", \"game changer\"]\nreason = \"retired jargon\"\n";

    #[test]
    fn flags_avoided_words_with_the_reason() {
        let text = "Une offre DISRUPTIVE, un vrai game-changer ? Non : un game changer.";
        let report = Case::fr(text).toml(PROFILE).check();
        assert_eq!(report.flagged("terms/avoid"), ["DISRUPTIVE", "game changer"]);
        assert!(report.of("terms/avoid")[0].message.contains("retired jargon"));
        // The profile's word is reported once, as the profile's, not again as jargon.
        assert!(!report.flagged("tone/jargon").contains(&"DISRUPTIVE".to_string()));
    }

    #[test]
    fn does_not_flag_without_the_profile() {
        let report = Case::fr("Une offre disruptive.").check();
        assert!(report.of("terms/avoid").is_empty());
        assert_eq!(report.of("tone/jargon").len(), 1);
    }

    #[test]
    fn offers_the_use_word_when_given() {
        let profile = "[[terms]]\navoid = [\"customers\"]\nuse = \"members\"\n";
        let text = "Our Customers love it.";
        let report = Case::en(text).toml(profile).check();
        assert_eq!(report.fixed("terms/avoid"), "Our Members love it.");
    }
}
