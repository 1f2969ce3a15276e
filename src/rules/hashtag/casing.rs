//! # hashtag/casing
//!
//! **What it flags.** Run-together lower-case tags of several words (#accessibledesign,
//! #qualitedevieautravail), split by word segmentation over compact FR and EN word-frequency
//! lists (the cheapest split by word frequency, by dynamic programming). The fix raises the
//! first letter of each word and keeps every other letter as written, accents included:
//! #qualitédevie becomes #QualitéDeVie. Single-word tags and tags with any capital are left
//! alone, as are tags the lists cannot split into known words.
//!
//! **Why it matters.** Screen readers read #accessibledesign as one garbled word;
//! #AccessibleDesign is read as two. Sighted readers parse it faster too.
//!
//! **Example.** `#accessibledesign`
//!
//! **Better.** `#AccessibleDesign`

use super::super::{Context, Rule, RuleMeta};
use crate::report::{Finding, Fix, Severity};

pub struct Casing;

static META: RuleMeta = RuleMeta {
    id: "hashtag/casing",
    default_severity: Severity::Info,
    summary: "Run-together lower-case hashtags: CamelCase them for screen readers.",
    fixable: true,
};

impl Rule for Casing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for tag in &cx.hashtags.tags {
            let Some(camel) = &tag.camel else { continue };
            let shown = cx.doc.slice(&tag.span);
            let message = cx.tr("hashtag/casing", &[("tag", &shown), ("camel", camel)]);
            let fix = Fix {
                label: cx.tr("fix.replace", &[("with", camel)]),
                replacement: camel.clone(),
                span: tag.span.clone(),
                safe: true,
            };
            out.push(Finding::new(META.id, tag.span.clone(), message).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::harness::run_x;
    use super::*;

    fn camel(text: &str) -> Option<String> {
        run_x(&Casing, text).first().and_then(|f| f.fixes.first()).map(|f| f.replacement.clone())
    }

    #[test]
    fn english_and_french() {
        assert_eq!(camel("Read on #accessibledesign").as_deref(), Some("#AccessibleDesign"));
        assert_eq!(
            camel("Notre #qualitedevieautravail").as_deref(),
            Some("#QualiteDeVieAuTravail")
        );
        assert_eq!(camel("Notre #qualitédevie").as_deref(), Some("#QualitéDeVie"));
        assert_eq!(camel("At #fieldservice").as_deref(), Some("#FieldService"));
        assert_eq!(
            camel("Notre #transformationdigitale").as_deref(),
            Some("#TransformationDigitale")
        );
        assert_eq!(camel("Go #opensourcesoftware").as_deref(), Some("#OpenSourceSoftware"));
    }

    #[test]
    fn leaves_single_words_and_camel_case() {
        assert_eq!(camel("Our #innovation"), None);
        assert_eq!(camel("Our #AccessibleDesign"), None);
        assert_eq!(camel("Our #rust"), None);
        assert_eq!(camel("Our #xkcdqwz"), None);
        assert_eq!(camel("Our #日本語"), None);
    }
}
