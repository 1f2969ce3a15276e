//! # hashtag/too-many
//!
//! **What it flags.** More distinct tags than the platform's norm (the platform table: X 2
//! advised, LinkedIn 3, Bluesky 3, Mastodon 4, Facebook 3; Threads takes 1 topic tag and
//! Instagram 5 since December 2025, hard limits reported as errors). The tags past the norm are
//! flagged. Separately, a wall of 4 or more tags stacked at the end of the post is flagged too.
//!
//! **Why it matters.** Past the hard limit the platform drops tags or refuses the post; past
//! the advised count, the post reads as spam and the tags dilute each other.
//!
//! **Example.** `Launch day! #a #b #c #d #e` on X.
//!
//! **Better.** One or two specific tags, inside the sentence where they mean something.

use super::super::{Context, Rule, RuleMeta};
use crate::report::{Finding, Severity};

pub struct TooMany;

static META: RuleMeta = RuleMeta {
    id: "hashtag/too-many",
    default_severity: Severity::Warning,
    summary: "More hashtags than the platform's norm or hard limit, or a wall of tags at the end.",
    fixable: false,
};

impl Rule for TooMany {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let analysis = cx.hashtags;
        let info = cx.platform.info();
        let norm = info.hashtags;
        let count = analysis.distinct();
        let over = |limit: usize| {
            // The first distinct tag past the limit, to the last tag.
            let first = analysis.tags.iter().filter(|t| t.first.is_none()).nth(limit)?;
            let last = analysis.tags.last()?;
            Some(first.span.start..last.span.end)
        };
        let platform = info.name;
        if let Some(limit) = norm.hard_limit.filter(|l| count > *l) {
            if let Some(span) = over(limit) {
                let message = cx.tr(
                    "hashtag/too-many.hard",
                    &[("count", &count), ("platform", &platform), ("limit", &limit)],
                );
                out.push(Finding::new(META.id, span, message).with_severity(Severity::Error));
            }
        } else if let Some(limit) = norm.advised.filter(|l| count > *l) {
            if let Some(span) = over(limit) {
                let message = cx.tr(
                    "hashtag/too-many",
                    &[("count", &count), ("platform", &platform), ("limit", &limit)],
                );
                out.push(Finding::new(META.id, span, message));
            }
        }
        if let Some((span, n)) = &analysis.wall {
            let message = cx.tr("hashtag/too-many.wall", &[("count", n)]);
            out.push(Finding::new(META.id, span.clone(), message).with_severity(Severity::Info));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::harness::run;
    use super::*;
    use crate::CheckOptions;
    use crate::platform::Platform;
    use crate::profile::Profile;

    fn on(platform: Platform, text: &str) -> Vec<Finding> {
        run(&TooMany, text, platform, &Profile::default(), &CheckOptions::default())
    }

    #[test]
    fn per_platform_norms() {
        let three = "We ship #RustLang tools for #WebAssembly in #Lyon today";
        let x = on(Platform::X, three);
        assert_eq!(x.len(), 1);
        assert_eq!(x[0].severity, None);
        assert_eq!(&three[x[0].span.clone()], "#Lyon");
        assert!(on(Platform::Linkedin, three).is_empty());
        let threads = on(Platform::Threads, "Two #topics #here today");
        assert_eq!(threads[0].severity, Some(Severity::Error));
        let six = "In #a1 #b1 #c1 #d1 #e1 #f1 text";
        let insta = on(Platform::Instagram, six);
        assert_eq!(insta[0].severity, Some(Severity::Error));
        assert_eq!(&six[insta[0].span.clone()], "#f1");
        assert!(on(Platform::Instagram, "In #a1 #b1 #c1 #d1 #e1 text").is_empty());
    }

    #[test]
    fn repeats_do_not_count_and_walls_are_flagged() {
        assert!(on(Platform::X, "#Rust and #rust and #RUST").is_empty());
        let wall = "Great day with the team.\n\n#RustLang #Lyon #Rennes #WebAssembly";
        let found = on(Platform::Linkedin, wall);
        assert_eq!(found.len(), 2, "{found:?}");
        let w = found.iter().find(|f| f.severity == Some(Severity::Info)).expect("wall");
        assert_eq!(&wall[w.span.clone()], "#RustLang #Lyon #Rennes #WebAssembly");
        assert!(on(Platform::Mastodon, "Wall #a1 #b1 #c1 inside the text").is_empty());
    }
}
