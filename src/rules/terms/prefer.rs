//! # terms/prefer
//!
//! **What it flags.** Words the profile replaces with its own (`[[terms]] use = "collaborateurs"`,
//! `instead_of = ["salariés", "employés"]`), in any case and in the singular or the plural.
//! The fix writes the brand's word in the same case and number ("Salarié" → "Collaborateur").
//!
//! **Why it matters.** A brand's vocabulary is part of its voice ("collaborateurs" and not
//! "salariés", "members" and not "customers"); consistency across every writer is what makes
//! it recognisable.
//!
//! **Example.** "Nos salariés vous accueillent."
//!
//! **Better.** "Nos collaborateurs vous accueillent."

use crate::packs::{Better, Lex};
use crate::report::{Finding, Severity};
use crate::rules::tone::lexicon::{self, inflected, keep_case_owned, replace};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Prefer;

static META: RuleMeta = RuleMeta {
    id: "terms/prefer",
    default_severity: Severity::Warning,
    summary: "Words the profile replaces with its own (use / instead_of); the fix keeps case and number.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Prefer {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in lexicon::hits(cx, Lex::Prefer) {
            let Some(entry) = cx.packs.entry(Lex::Prefer, hit.entry) else { continue };
            let Some(Better::Replace(with)) = entry.better.first() else { continue };
            let found = cx.doc.slice(&hit.span);
            let with = keep_case_owned(found, inflected(cx, with, hit.form));
            let message = match &entry.why {
                Some(reason) => cx.tr(
                    "terms/prefer.reason",
                    &[("text", &found), ("use", &with), ("reason", reason)],
                ),
                None => cx.tr(META.id, &[("text", &found), ("use", &with)]),
            };
            out.push(
                Finding::new(META.id, hit.span.clone(), message)
                    .with_fix(replace(cx, &hit.span, &with, false)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    const PROFILE: &str =
        "[[terms]]\nuse = \"collaborateurs\"\ninstead_of = [\"salariés\", \"employés\"]\n";

    #[test]
    fn flags_the_words_the_brand_replaces() {
        let text = "Nos salariés et nos Employés, chaque salarié.";
        let report = Case::fr(text).toml(PROFILE).check();
        assert_eq!(report.flagged("terms/prefer"), ["salariés", "Employés", "salarié"]);
        assert!(report.of("terms/prefer")[0].message.contains("collaborateurs"));
    }

    #[test]
    fn does_not_flag_without_the_profile_or_the_right_word() {
        let text = "Nos collaborateurs vous accueillent.";
        assert!(Case::fr(text).toml(PROFILE).check().of("terms/prefer").is_empty());
        assert!(Case::fr("Nos salariés.").check().of("terms/prefer").is_empty());
    }

    #[test]
    fn the_fix_keeps_case_and_number() {
        let text = "Salarié du mois : Léa.";
        let report = Case::fr(text).toml(PROFILE).check();
        assert_eq!(report.fixed("terms/prefer"), "Collaborateur du mois : Léa.");
        let profile = "[[terms]]\nuse = \"team member\"\ninstead_of = [\"employee\"]\n";
        let text = "Our employees rock.";
        let report = Case::en(text).toml(profile).check();
        assert_eq!(report.fixed("terms/prefer"), "Our team members rock.");
    }
}
