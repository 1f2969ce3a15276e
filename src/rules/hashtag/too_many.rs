//! # hashtag/too-many
//!
//! **What it flags.** More distinct tags than the platform's norm (the platform table: X 2
//! advised, LinkedIn 3, Bluesky 3, Mastodon 4, Facebook 3; Threads takes 1 topic tag and
//! Instagram 5 since December 2025, hard limits reported as errors), and a wall of 4 or more
//! tags stacked at the end of the post. One finding per post, read once: it spans the tags
//! from the first one past the norm, or from the wall's first tag, to the last tag; its message
//! gives the count and the norm when the post breaks it, and names the wall when there is one
//! (a wall within the norm is an info).
//!
//! **Why it matters.** Past the hard limit the platform drops tags or refuses the post; past
//! the advised count, the post reads as spam and the tags dilute each other. A wall of tags at
//! the end reads as autopilot whatever the platform allows.
//!
//! **Example.** `Launch day! #a #b #c #d #e` on X.
//!
//! **Better.** One or two specific tags, inside the sentence where they mean something.

use super::super::{Context, Reach, Rule, RuleMeta};
use crate::report::{Finding, Severity};

pub struct TooMany;

static META: RuleMeta = RuleMeta {
    id: "hashtag/too-many",
    default_severity: Severity::Warning,
    summary: "More hashtags than the platform's norm or hard limit, or a wall of tags at the end.",
    fixable: false,
    reach: Reach::Document,
};

impl Rule for TooMany {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let analysis = cx.hashtags;
        let Some(last) = analysis.tags.last() else { return };
        let info = cx.platform.info();
        let norm = info.hashtags;
        let count = analysis.distinct();
        // The norm the post breaks, the hard limit first: its limit, message and severity.
        let broken = match norm.hard_limit.filter(|l| count > *l) {
            Some(limit) => Some((limit, "hashtag/too-many.hard", Severity::Error)),
            None => norm
                .advised
                .filter(|l| count > *l)
                .map(|limit| (limit, "hashtag/too-many", Severity::Warning)),
        };
        // The first distinct tag past the limit.
        let past = broken.and_then(|(limit, ..)| {
            analysis.tags.iter().filter(|t| t.first.is_none()).nth(limit).map(|t| t.span.start)
        });
        let wall = analysis.wall.as_ref();
        let start = match (past, wall) {
            (Some(past), Some((wall, _))) => past.min(wall.start),
            (Some(past), None) => past,
            (None, Some((wall, _))) => wall.start,
            (None, None) => return,
        };
        let mut message = String::new();
        if let Some((limit, key, _)) = broken {
            let platform = info.name;
            message = cx.tr(key, &[("count", &count), ("platform", &platform), ("limit", &limit)]);
        }
        if let Some((_, n)) = wall {
            if !message.is_empty() {
                message.push(' ');
            }
            message.push_str(&cx.tr("hashtag/too-many.wall", &[("count", n)]));
        }
        let severity = broken.map_or(Severity::Info, |(_, _, severity)| severity);
        let finding = Finding::new(META.id, start..last.span.end, message);
        out.push(if severity == META.default_severity {
            finding
        } else {
            finding.with_severity(severity)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::platform::Platform;

    use crate::rules::fixture::Case;

    fn on(platform: Platform, text: &str) -> Vec<Finding> {
        Case::detect(text).on(platform).run(&TooMany)
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
    fn repeats_do_not_count() {
        assert!(on(Platform::X, "#Rust and #rust and #RUST").is_empty());
    }

    /// A wall past the norm is one finding, over the wall, with the count, the norm and the
    /// wall in one message.
    #[test]
    fn a_wall_past_the_norm_is_one_finding() {
        let wall = "Great day with the team.\n\n#RustLang #Lyon #Rennes #WebAssembly";
        let found = on(Platform::Linkedin, wall);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, None);
        assert_eq!(&wall[found[0].span.clone()], "#RustLang #Lyon #Rennes #WebAssembly");
        assert!(found[0].message.contains("4 hashtags"), "{}", found[0].message);
        assert!(found[0].message.contains("LinkedIn, 3"), "{}", found[0].message);
        assert!(found[0].message.contains("wall of 4"), "{}", found[0].message);
    }

    #[test]
    fn a_wall_within_the_norm_is_an_info() {
        let text = "Wall.\n#a1 #b1 #c1 #d1";
        let found = on(Platform::Mastodon, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Some(Severity::Info));
        assert_eq!(&text[found[0].span.clone()], "#a1 #b1 #c1 #d1");
        assert!(!found[0].message.contains("advised"), "{}", found[0].message);
        assert!(on(Platform::Mastodon, "Wall #a1 #b1 #c1 inside the text").is_empty());
    }

    /// Tags past the norm before the wall are in the same finding.
    #[test]
    fn tags_past_the_norm_before_the_wall_join_it() {
        let text = "We ship #RustLang for #WebAssembly in #Lyon.\n\n#a1 #b1 #c1 #d1";
        let found = on(Platform::X, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&text[found[0].span.clone()], "#Lyon.\n\n#a1 #b1 #c1 #d1");
        assert!(found[0].message.contains("7 hashtags"), "{}", found[0].message);
        assert!(found[0].message.contains("wall of 4"), "{}", found[0].message);
    }

    #[test]
    fn a_wall_past_a_hard_limit_is_one_error() {
        let text =
            "Notre nouvelle collection est arrivée dans les boutiques.\n#a1 #b1 #c1 #d1 #e1 #f1";
        let found = on(Platform::Instagram, text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Some(Severity::Error));
        assert_eq!(&text[found[0].span.clone()], "#a1 #b1 #c1 #d1 #e1 #f1");
        assert!(found[0].message.contains("6 hashtags"), "{}", found[0].message);
        assert!(found[0].message.contains("mur de 6"), "{}", found[0].message);
    }
}
