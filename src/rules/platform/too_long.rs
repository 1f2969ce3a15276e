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

use super::super::{Context, Rule, RuleMeta};
use crate::i18n::{Locale, tr};
use crate::platform::{Length, Platform};
use crate::report::{Finding, Severity};

pub struct TooLong;

static META: RuleMeta = RuleMeta {
    id: "platform/too-long",
    default_severity: Severity::Error,
    summary: "The post is longer than the platform allows; the overflow is flagged.",
    fixable: false,
};

impl Rule for TooLong {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(start) = cx.length.overflow_start else {
            return;
        };
        let span = cx.doc.snap(&(start..cx.text().len()));
        out.push(Finding::new(META.id, span, message(cx.length, cx.platform, cx.locale)));
    }
}

/// What the finding says: the count and the limit, in the platform's unit (Bluesky's byte limit
/// when that is the one crossed). Shared with the check of a large text's part, which measures
/// the whole text itself.
pub(crate) fn message(length: &Length, platform: Platform, locale: Locale) -> String {
    let name = platform.info().name;
    match length.bytes {
        Some(bytes) if bytes.used > bytes.limit && length.used <= length.limit => tr(
            locale,
            "platform/too-long.bytes",
            &[("used", &bytes.used), ("limit", &bytes.limit), ("platform", &name)],
        ),
        _ => {
            let unit = tr(locale, &format!("unit.{}", length.unit.as_str()), &[]);
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
}
