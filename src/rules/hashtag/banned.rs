//! # hashtag/banned
//!
//! **What it flags.** A tag the profile bans (`hashtags.banned`), compared case- and
//! accent-insensitively. The fix removes it.
//!
//! **Why it matters.** The brand decided never to carry it: a legal mention it must not fake
//! (#ad on organic posts), a rival's campaign, a tag hijacked by a controversy.
//!
//! **Example.** `Our new range #ad` with `banned = ["#ad"]`.
//!
//! **Better.** `Our new range`

use super::super::{Context, Reach, Rule, RuleMeta};
use super::remove_fix;
use crate::report::{Finding, Grade, Severity};

pub struct Banned;

static META: RuleMeta = RuleMeta {
    id: "hashtag/banned",
    default_severity: Severity::Error,
    summary: "A hashtag the profile bans; the fix removes it.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for Banned {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for tag in cx.hashtags.tags.iter().filter(|t| t.grade == Grade::Banned) {
            let shown = cx.doc.slice(&tag.span);
            let message = cx.tr("hashtag/banned", &[("tag", &shown)]);
            out.push(
                Finding::new(META.id, tag.span.clone(), message)
                    .with_fix(remove_fix(cx, &tag.span)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::profile::{Format, Profile};
    use crate::rules::fixture::Case;

    #[test]
    fn flags_and_removes_a_banned_tag() {
        let profile = Profile::parse("[hashtags]\nbanned = [\"#ad\", \"Pub\"]", Format::Toml)
            .expect("profile");
        let text = "Our new range #AD and #pub";
        let found = Case::detect(text).profile(profile.clone()).run(&Banned);
        assert_eq!(found.len(), 2);
        assert_eq!(Case::detect(text).after(&found[0]), "Our new range and #pub");
    }
}
