//! # hashtag/duplicate
//!
//! **What it flags.** The same tag twice in a post, compared case- and accent-insensitively
//! (#Qualité and #qualite are one tag). The repeat is flagged; the fix removes it.
//!
//! **Why it matters.** A repeated tag links to the same feed twice and reads as padding.
//!
//! **Example.** `Our #RustLang meetup, for #rustlang fans`
//!
//! **Better.** `Our #RustLang meetup, for Rust fans`

use super::super::{Context, Reach, Rule, RuleMeta};
use super::remove_fix;
use crate::report::{Finding, Severity};

pub struct Duplicate;

static META: RuleMeta = RuleMeta {
    id: "hashtag/duplicate",
    default_severity: Severity::Warning,
    summary: "The same hashtag twice (case and accents aside); the fix removes the repeat.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for Duplicate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let tags = &cx.hashtags.tags;
        for tag in tags {
            let Some(first) = tag.first.and_then(|i| tags.get(i)) else { continue };
            let shown = cx.doc.slice(&tag.span);
            let original = cx.doc.slice(&first.span);
            let message = cx.tr("hashtag/duplicate", &[("tag", &shown), ("first", &original)]);
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
    use crate::rules::fixture::Case;

    #[test]
    fn flags_the_repeat_and_removes_it() {
        let text = "Our #Qualité day, for #qualite fans";
        let found = Case::detect(text).run(&Duplicate);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "#qualite");
        assert_eq!(Case::detect(text).after(&found[0]), "Our #Qualité day, for fans");
        assert!(Case::detect("#RustLang and #Rust").run(&Duplicate).is_empty());
    }
}
