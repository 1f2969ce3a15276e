//! # hashtag/missing-required
//!
//! **What it flags.** A campaign tag the profile requires (`hashtags.required`) that the post
//! does not carry (case and accents aside). It is flagged at the end of the post, with a fix
//! that appends it.
//!
//! **Why it matters.** Campaign tags gather a campaign's posts in one feed and in the brand's
//! reporting; a post without it is lost to both.
//!
//! **Example.** `Join us on stage tomorrow` with `required = ["#AcmeLive"]`.
//!
//! **Better.** `Join us on stage tomorrow #AcmeLive`

use super::super::{Context, Reach, Rule, RuleMeta};
use crate::report::{Finding, Fix, Severity};

pub struct MissingRequired;

static META: RuleMeta = RuleMeta {
    id: "hashtag/missing-required",
    default_severity: Severity::Warning,
    summary: "A campaign hashtag the profile requires is missing; the fix appends it.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for MissingRequired {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let text = cx.text();
        let end = text.len();
        for tag in &cx.hashtags.missing {
            let glue = match text.chars().next_back() {
                None => "",
                Some(c) if c.is_whitespace() => "",
                Some(_) => " ",
            };
            let message = cx.tr("hashtag/missing-required", &[("tag", tag)]);
            let fix = Fix {
                label: cx.tr("hashtag/missing-required.fix", &[("tag", tag)]),
                replacement: format!("{glue}{tag}"),
                span: end..end,
                safe: true,
            };
            out.push(Finding::new(META.id, end..end, message).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::profile::{Format, Profile};
    use crate::rules::fixture::Case;

    fn profile() -> Profile {
        Profile::parse("[hashtags]\nrequired = [\"#AcmeLive\"]", Format::Toml).expect("profile")
    }

    #[test]
    fn appends_the_missing_campaign_tag() {
        let text = "Join us on stage tomorrow";
        let found = Case::detect(text).profile(profile()).run(&MissingRequired);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, text.len()..text.len());
        assert_eq!(Case::detect(text).after(&found[0]), "Join us on stage tomorrow #AcmeLive");
        let present = "Join us #acmelive";
        assert!(Case::detect(present).profile(profile()).run(&MissingRequired).is_empty());
    }
}
