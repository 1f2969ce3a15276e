//! # platform/hook
//!
//! **What it flags.** A first line that runs past the feed's "see more" cut, from the cut to the
//! end of the line: about 210 characters on LinkedIn, 125 on Instagram, 477 on Facebook. X,
//! Threads, Bluesky and Mastodon show whole posts and are not checked. The cuts are third-party
//! measurements (they vary with the screen and the app) kept in the platform data.
//!
//! **Why it matters.** The first line is the hook: readers decide from it whether to tap "see
//! more". If it is cut, they decide on half a thought.
//!
//! **Example.** An Instagram caption opening with a 200-character sentence about the company's
//! history before getting to the news.
//!
//! **Better.** Open with the news in one short line, then a line break, then the story.

use crate::platform::see_more;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Hook;

static META: RuleMeta = RuleMeta {
    id: "platform/hook",
    default_severity: Severity::Info,
    summary: "The first line runs past the feed's \"see more\" cut (LinkedIn ~210, Instagram ~125).",
    fixable: false,
    reach: Reach::Document,
};

impl Rule for Hook {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(shown) = see_more(cx.platform) else {
            return;
        };
        // Feeds drop leading blank lines: the hook is the first line with text.
        let Some(line) = cx.doc.lines().find(|l| !cx.doc.slice(l).trim().is_empty()) else {
            return;
        };
        // Single bounds and searches: the document's list is not made whole for them.
        let first = cx.doc.grapheme_index(line.start);
        let Some(cut) = cx.doc.grapheme_bound(first + shown.chars) else {
            return;
        };
        if cut >= line.end {
            return;
        }
        let length = cx.doc.grapheme_index(line.end) - first;
        let message = cx.tr(
            "platform/hook",
            &[("platform", &cx.platform.info().name), ("cut", &shown.chars), ("length", &length)],
        );
        out.push(Finding::new(META.id, cut..line.end, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::Platform;
    use crate::rules::fixture::Case;

    #[test]
    fn flags_the_part_of_the_first_line_past_the_cut() {
        let text = format!("{}é👍🏽 tail\nsecond line", "a".repeat(124));
        let case = Case::en(&text).on(Platform::Instagram);
        let found = case.flagged(&Hook);
        assert_eq!(found, ["👍🏽 tail"]);
        assert!(case.run(&Hook)[0].message.contains("125"));
    }

    #[test]
    fn a_short_first_line_or_a_feed_without_cut_passes() {
        let text = format!("Short hook.\n{}", "b".repeat(500));
        assert!(Case::en(&text).on(Platform::Linkedin).run(&Hook).is_empty());
        let long = "c".repeat(500);
        assert!(Case::en(&long).on(Platform::X).run(&Hook).is_empty());
        assert_eq!(Case::en(&long).on(Platform::Linkedin).flagged(&Hook), ["c".repeat(290)]);
    }
}
