//! The rule registry: every rule Brio runs, one line each.
//!
//! A rule is a unit struct implementing [`Rule`], in a file of its own under its category's
//! folder. The file opens with a doc comment in fixed sections (what it flags, why it matters,
//! example, better) from which `docs/rules.md` is generated, and ends with its unit tests, on
//! the one harness ([`fixture`]). What a rule reads is [`Context`]; the steps to add one are in
//! `docs/architecture.md` ("Where a change goes").

pub(crate) mod facts;
pub mod hashtag;
pub(crate) mod marks;
pub(crate) mod partials;
pub mod platform;
// typo/, readability/, advocacy/, influence/, custom/ (rule families)
pub mod advocacy;
pub mod custom;
pub mod influence;
pub mod readability;
pub mod typo;

pub mod terms;
pub mod tone;

#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod posts;

use crate::CheckOptions;
use crate::entities::Entities;
use crate::hashtags::Analysis;
use crate::i18n::{self, Locale};
use crate::matcher::Scan;
use crate::packs::Packs;
use crate::platform::{Length, Platform};
use crate::profile::CompiledProfile;
use crate::report::{Finding, Severity};
use crate::text::{Document, SpanSet};

use serde::Serialize;

/// What a rule is: its stable id (`category/name`), default severity and a one-line summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    pub id: &'static str,
    pub default_severity: Severity,
    /// One line, in English, for `brio rules` and `Checker.rules()`.
    pub summary: &'static str,
    /// Whether the rule offers fixes.
    pub fixable: bool,
    /// How far the rule reads: what an incremental check ([`crate::session`]) may re-run.
    pub reach: Reach,
}

/// How far a rule reads, which decides what an incremental check re-runs after an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reach {
    /// Its findings in a paragraph (text between blank lines) depend on that paragraph alone,
    /// given the post's locale: a check of the paragraph on its own finds the same, shifted.
    /// An incremental check re-runs it on the paragraphs an edit touched only.
    Paragraph,
    /// It reads beyond a paragraph (counts per post, the length, the first lines, the tags of
    /// the whole post, a pattern that may span paragraphs): re-run on the whole text.
    Document,
}

impl RuleMeta {
    pub fn category(&self) -> &'static str {
        crate::report::category(self.id)
    }
}

/// A check over one post.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Appends what the rule finds in the post to `out`.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// Everything a rule may read about the post being checked. Built once per check, by
/// `Checker::with_context`; see `docs/architecture.md` ("Data flow of one check").
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub entities: &'a Entities,
    pub platform: Platform,
    pub locale: Locale,
    /// The post's length as the platform counts it: the whole text's, when the rules run on part
    /// of a large one.
    pub length: &'a Length,
    /// The profile resolved for this platform (voice overrides applied, patterns compiled).
    pub compiled: &'a CompiledProfile,
    pub packs: &'a Packs,
    /// Every lexicon's matches in this post, computed once per check (see [`crate::matcher`]).
    pub scan: &'a Scan,
    /// Every linked entity's span (tags, mentions, URLs, cashtags), for O(log n) look-ups.
    pub linked: &'a SpanSet,
    /// The URLs' spans.
    pub url_spans: &'a SpanSet,
    /// The whole text, when the rules run on part of a large one (see [`Whole`]).
    pub whole: Whole<'a>,
    /// What some rules read, made on first use (see [`facts`]).
    pub(crate) facts: facts::Facts<'a>,
    pub options: &'a CheckOptions,
    /// The post's hashtags, analysed once per check (grades, hollowness, alternatives).
    pub hashtags: &'a Analysis,
    /// The partial results of the counting document rules, when a session assembled them
    /// from its paragraphs' (see [`partials`]); the rules find them otherwise.
    pub(crate) partials: Option<&'a partials::Partials>,
}

impl Context<'_> {
    /// The catalogue message `key` in the post's locale.
    pub fn tr(&self, key: &'static str, args: &[(&str, &dyn crate::i18n::Arg)]) -> String {
        i18n::tr(self.locale, key, args)
    }

    pub fn text(&self) -> &str {
        self.doc.text()
    }
}

/// The whole text a check is about. When a large text is checked around the caret (see
/// [`crate::window`]), the rules run on a part of it; a rule about the whole post (its length)
/// reads the whole here and reports with [`Finding::on_whole_text`]. Otherwise it is the post.
#[derive(Clone, Copy)]
pub struct Whole<'a> {
    /// The whole text, segmented into graphemes only.
    pub doc: &'a Document<'a>,
    /// Where the part the rules run on starts in it (0 for the post itself).
    pub offset: usize,
}

/// Every rule, in the order they run and are listed.
pub static RULES: &[&dyn Rule] = &[
    // hashtag/
    &hashtag::hollow::HollowTag,
    &hashtag::autopilot::Autopilot,
    &hashtag::too_many::TooMany,
    &hashtag::casing::Casing,
    &hashtag::duplicate::Duplicate,
    &hashtag::banned::Banned,
    &hashtag::missing_required::MissingRequired,
    // tone/
    &tone::jargon::Jargon,
    &tone::institutional::Institutional,
    &tone::filler::Filler,
    &tone::superlative::Superlative,
    &tone::shouting::Shouting,
    &tone::exclamation::Exclamation,
    &tone::emoji::Emoji,
    &tone::formality::Formality,
    &tone::passive::Passive,
    &tone::hedging::Hedging,
    &tone::prohibitions::Prohibitions,
    &tone::off_voice::OffVoice,
    // terms/
    &terms::avoid::Avoid,
    &terms::prefer::Prefer,
    &terms::spelling::Spelling,
    // typo/
    &typo::fr_nbsp::FrNbsp,
    &typo::fr_quotes::FrQuotes,
    &typo::double_space::DoubleSpace,
    &typo::en_space_before_punct::EnSpaceBeforePunct,
    // readability/
    &readability::long_sentence::LongSentence,
    &readability::reading_ease::ReadingEase,
    &readability::wall_of_text::WallOfText,
    // platform/
    &platform::too_long::TooLong,
    &platform::link_not_clickable::LinkNotClickable,
    &platform::too_many_links::TooManyLinks,
    &platform::hook::Hook,
    // advocacy/
    &advocacy::copy_paste::CopyPaste,
    // influence/
    &influence::untagged_stakeholder::UntaggedStakeholder,
    // custom/
    &custom::pattern::Pattern,
];

/// The id of every rule, in registry order: what a profile's `[rules]` tables may name.
pub fn ids() -> Vec<&'static str> {
    RULES.iter().map(|r| r.meta().id).collect()
}

/// The rule with this id, if there is one.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        for id in &ids {
            let (category, name) = id.split_once('/').expect("category/name");
            assert!(!category.is_empty() && !name.is_empty(), "{id}");
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '/' || c == '-'), "{id}");
        }
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(n, ids.len(), "duplicate rule id");
    }
}
