//! # platform/too-long
//!
//! **What it flags.** The part of a post that does not fit the platform's limit, counted the way
//! the platform's composer counts it: twitter-text weights on X (CJK and emoji count 2, any URL
//! 23), graphemes on Bluesky (and 3,000 UTF-8 bytes), graphemes on Mastodon (links 23, remote
//! mentions as `@user`, the content warning included), characters elsewhere. The flagged range
//! starts at the first character past the limit, where the composer starts its red highlight.
//!
//! **Why it matters.** The platform refuses the post, or cuts it.
//!
//! **Example.** A 300-character post on X: the last 20 characters are flagged.
//!
//! **Better.** Cut the flagged part, or move it to a reply.

use super::super::{Context, Reach, Rule, RuleMeta};
use crate::i18n::{Locale, tr};
use crate::platform::{Length, LengthUnit, Platform};
use crate::report::{Finding, Severity};

pub struct TooLong;

static META: RuleMeta = RuleMeta {
    id: "platform/too-long",
    default_severity: Severity::Error,
    summary: "The post is longer than the platform allows; the overflow is flagged.",
    fixable: false,
    reach: Reach::Document,
};

impl Rule for TooLong {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// The length is the whole text's, and so is the overflow: on a large text checked around
    /// the caret, it may start before the part the other rules read.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(start) = cx.length.overflow_start else {
            return;
        };
        let whole = cx.whole.doc;
        let span = whole.snap(&(start..whole.text().len()));
        let message = message(cx.length, cx.platform, cx.locale);
        out.push(Finding::new(META.id, span, message).on_whole_text());
    }
}

/// What the finding says: the count and the limit, in the platform's unit (Bluesky's byte limit
/// when that is the one crossed).
fn message(length: &Length, platform: Platform, locale: Locale) -> String {
    let name = platform.info().name;
    match length.bytes {
        Some(bytes) if bytes.used > bytes.limit && length.used <= length.limit => tr(
            locale,
            "platform/too-long.bytes",
            &[("used", &bytes.used), ("limit", &bytes.limit), ("platform", &name)],
        ),
        _ => {
            let unit_key = match length.unit {
                LengthUnit::Weighted => "unit.weighted",
                LengthUnit::Graphemes => "unit.graphemes",
                LengthUnit::Characters => "unit.characters",
            };
            let unit = tr(locale, unit_key, &[]);
            let over = length.used.saturating_sub(length.limit);
            tr(
                locale,
                "platform/too-long",
                &[
                    ("used", &length.used),
                    ("unit", &unit),
                    ("platform", &name),
                    ("limit", &length.limit),
                    ("over", &over),
                ],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::platform::Platform;
    use crate::rules::fixture::Case;

    const RULE: &str = "platform/too-long";

    #[test]
    fn flags_the_overflow_on_x() {
        let text = "a".repeat(290);
        let checked = Case::detect(&text).check();
        let d = checked.of(RULE)[0];
        assert_eq!((d.start, d.end), (280, 290));
        assert!(d.message.contains("290"), "{}", d.message);
    }

    #[test]
    fn does_not_flag_a_post_that_fits() {
        assert!(Case::detect("Short and sweet.").on(Platform::X).check().of(RULE).is_empty());
    }

    #[test]
    fn never_splits_an_emoji() {
        let text = format!("{}👍🏽👍🏽", "a".repeat(279));
        let checked = Case::detect(&text).check();
        // "a" x 279 = 279, the first thumbs-up takes the count to 281.
        assert_eq!(checked.flagged(RULE), ["👍🏽👍🏽"]);
        let d = checked.of(RULE)[0];
        assert_eq!((d.start, d.end), (279, 279 + 8));
    }

    #[test]
    fn around_the_caret_of_a_large_text_the_overflow_is_the_whole_texts() {
        let text = "Un mot de plus. ".repeat(crate::window::INTERACTIVE_LIMIT / 8);
        let caret = Some(text.len() - 10);
        let options = crate::CheckOptions { caret, ..Default::default() };
        let checked = Case::fr(&text).on(Platform::Linkedin).options(options).check();
        let scope = checked.scope.as_ref().expect("checked around the caret");
        let d = checked.of(RULE)[0];
        // LinkedIn counts characters: the overflow starts at the 3,001st, long before the part
        // the other rules read, and runs to the end of the text.
        assert_eq!((d.start, d.end), (3_000, text.len()));
        assert!(d.start < scope.start && scope.end == d.end);
        assert!(checked.diagnostics.iter().all(|o| o.rule == RULE || o.start >= scope.start));
    }
}
