//! # hashtag/autopilot
//!
//! **What it flags.** A tag that appears in most of the account's recent posts
//! (`CheckOptions::history`, newest first): in at least 60 % of the 20 most recent posts, with at
//! least 5 past posts to judge from. A tag used now and then is not flagged; a required campaign
//! tag is expected everywhere and is not flagged either.
//!
//! **Why it matters.** A tag added to every post says nothing about this one; readers and feeds
//! learn to skip it.
//!
//! **Example.** `#innovation` in 8 of the last 10 posts.
//!
//! **Better.** Tag what this post is about: its event, place or product.

use super::super::{Context, Reach, Rule, RuleMeta};
use super::remove_fix;
use crate::i18n::Fixed;
use crate::report::{Finding, Grade, Severity};

pub struct Autopilot;

static META: RuleMeta = RuleMeta {
    id: "hashtag/autopilot",
    default_severity: Severity::Info,
    summary: "A hashtag used in most of the account's recent posts.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for Autopilot {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for tag in cx.hashtags.tags.iter().filter(|t| t.first.is_none()) {
            let (Grade::Autopilot, Some(habit)) = (tag.grade, &tag.habit) else { continue };
            let shown = cx.doc.slice(&tag.span);
            let percent = Fixed::new(f64::from(habit.share() * 100.0), 0);
            let message = cx.tr(
                "hashtag/autopilot",
                &[
                    ("tag", &shown),
                    ("percent", &percent),
                    ("posts", &habit.posts),
                    ("total", &habit.total),
                ],
            );
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
    use crate::CheckOptions;

    use crate::rules::fixture::Case;

    #[test]
    fn flags_a_habit_not_an_occasional_tag() {
        let mut history: Vec<String> = (0..8).map(|i| format!("Post {i} #innovation")).collect();
        history.push("At #VivaTech today".into());
        history.push("Nothing tagged".into());
        let options = CheckOptions { history, ..Default::default() };
        let found =
            Case::detect("New post #innovation #VivaTech").options(options.clone()).run(&Autopilot);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("80"), "{}", found[0].message);
    }
}
