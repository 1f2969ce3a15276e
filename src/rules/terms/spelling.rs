//! # terms/spelling
//!
//! **What it flags.** Brand and product names written another way than their owners write
//! them: the built-in list (LinkedIn, YouTube, TikTok, WhatsApp, iPhone, PowerPoint, Wi-Fi…)
//! and the profile's own `spelling` terms (the brand's names). "Linkedin", "youtube",
//! "Tik Tok", "wifi" are caught; links, hashtags and mentions are left alone. Straight and
//! curly apostrophes are both accepted.
//!
//! **Why it matters.** A misspelled name looks careless, and the brand's own name misspelled by
//! its own people looks worse.
//!
//! **Example.** "Retrouvez-nous sur Linkedin et Youtube."
//!
//! **Better.** "Retrouvez-nous sur LinkedIn et YouTube." The fix is safe.

use crate::packs::{Better, Lex};
use crate::report::{Finding, Severity};
use crate::rules::tone::lexicon::{self, replace};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Spelling;

static META: RuleMeta = RuleMeta {
    id: "terms/spelling",
    default_severity: Severity::Warning,
    summary: "Names spelled differently from their owners (LinkedIn, YouTube, the brand's own).",
    fixable: true,
    reach: Reach::Paragraph,
};

fn straight(s: &str) -> String {
    s.replace('’', "'")
}

impl Rule for Spelling {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for hit in lexicon::hits(cx, Lex::Spelling) {
            let Some(entry) = cx.packs.entry(Lex::Spelling, hit.entry) else { continue };
            let Some(Better::Replace(name)) = entry.better.first() else { continue };
            let found = cx.doc.slice(&hit.span);
            if straight(found) == straight(name) {
                continue;
            }
            // Keep the writer's apostrophe: the typography rules decide which one is right.
            let name =
                if found.contains('\'') { straight(name) } else { name.replace('\'', "’") };
            let message = cx.tr(META.id, &[("text", &found), ("spelling", &name)]);
            out.push(
                Finding::new(META.id, hit.span.clone(), message)
                    .with_fix(replace(cx, &hit.span, &name, true)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_misspelled_names() {
        let text = "Retrouvez-nous sur Linkedin, youtube et Tik Tok, en wifi depuis votre IPHONE.";
        assert_eq!(
            Case::fr(text).check().flagged("terms/spelling"),
            ["Linkedin", "youtube", "Tik Tok", "wifi", "IPHONE"]
        );
    }

    #[test]
    fn does_not_flag_right_spellings_links_or_tags() {
        for text in [
            "Follow us on LinkedIn, YouTube and TikTok, from your iPhone over Wi-Fi.",
            "See linkedin.com/company/acme and www.youtube.com/acme.",
            "#linkedin @youtube",
            "McDonald's and McDonald’s, L'Oréal.",
        ] {
            assert!(Case::en(text).check().flagged("terms/spelling").is_empty(), "{text}");
        }
    }

    #[test]
    fn the_fix_is_safe_and_spells_it_right() {
        let text = "Nouveau sur Linkedin !";
        let report = Case::fr(text).check();
        assert!(report.of("terms/spelling")[0].suggestions[0].safe);
        assert_eq!(report.fixed("terms/spelling"), "Nouveau sur LinkedIn !");
    }

    #[test]
    fn the_profile_adds_the_brand_names() {
        let profile = "[[terms]]\nspelling = \"AcmeCloud\"\n";
        let text = "Try Acmecloud today.";
        let report = Case::en(text).toml(profile).check();
        assert_eq!(report.fixed("terms/spelling"), "Try AcmeCloud today.");
    }
}
