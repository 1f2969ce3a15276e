//! # platform/too-many-links
//!
//! **What it flags.** Each link past the most the platform accepts in one post (the platform
//! table's `max_links`: 5 on Threads, from its official API documentation).
//!
//! **Why it matters.** The platform refuses the post.
//!
//! **Example.** A Threads post listing six articles, each with its link.
//!
//! **Better.** Keep the five that matter most, or spread them over a thread of replies.

use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct TooManyLinks;

static META: RuleMeta = RuleMeta {
    id: "platform/too-many-links",
    default_severity: Severity::Error,
    summary: "More links than the platform accepts in one post (Threads: 5).",
    fixable: false,
    reach: Reach::Document,
};

impl Rule for TooManyLinks {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let info = cx.platform.info();
        let Some(max) = info.max_links else {
            return;
        };
        for (n, url) in cx.entities.urls.iter().enumerate().skip(max) {
            let number = n + 1;
            let message = cx.tr(
                "platform/too-many-links",
                &[("platform", &info.name), ("max", &max), ("n", &number)],
            );
            out.push(Finding::new(META.id, url.span.clone(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityKind;
    use crate::platform::Platform;
    use crate::rules::fixture::Case;

    const LINKS: [&str; 6] =
        ["a.example/1", "a.example/2", "a.example/3", "a.example/4", "a.example/5", "a.example/6"];

    #[test]
    fn flags_links_past_five_on_threads() {
        let text = LINKS.join(" ");
        let case = Case::en(&text).on(Platform::Threads).with(EntityKind::Url, &LINKS);
        assert_eq!(case.flagged(&TooManyLinks), ["a.example/6"]);
        assert!(case.run(&TooManyLinks)[0].message.contains("link 6"));
    }

    #[test]
    fn platforms_without_a_limit_pass() {
        let text = LINKS.join(" ");
        let case = Case::en(&text).on(Platform::X).with(EntityKind::Url, &LINKS);
        assert!(case.run(&TooManyLinks).is_empty());
    }
}
