//! Brio checks draft social-media posts against a brand's tone of voice, each platform's rules,
//! and hollow hashtags.
//!
//! The core is pure Rust with no I/O: build a [`Checker`] once from [`CheckerOptions`], then call
//! [`Checker::check`] on every keystroke's worth of text. Inside, offsets are bytes; the
//! [`Report`] gives UTF-16 offsets, as JavaScript strings and DOM ranges use them.
//!
//! The layers (text model, entities, per-check facts, rules, report, facades), the contracts
//! and the data flow of one check are described in `docs/architecture.md`.

pub mod entities;
pub mod hashtags;
pub mod i18n;
pub mod learn;
pub mod matcher;
pub mod packs;
pub mod platform;
pub mod profile;
pub mod report;
pub mod rules;
pub mod session;
pub mod text;
pub mod verdict;
pub mod window;

mod canonical;
mod caps;
mod graphemes;
mod word_bounds;
use brio_compile::order;

#[cfg(target_arch = "wasm32")]
mod wasm;

use std::fmt;

use serde::Serialize;

pub use i18n::Locale;
pub use platform::{Platform, PlatformInfo};
pub use profile::Profile;
pub use report::{Diagnostic, Report, Severity, Suggestion};
pub use session::Session;
pub use verdict::{Decision, Reason, Verdict, verdict};

use packs::Packs;
use profile::CompiledProfile;
use report::{Finding, Settled};
use rules::{Context, RULES, Reach};
use text::Document;

/// The language of a post whose language is neither set nor detected: English, or French in a
/// French-only build (the `fr` feature without `en`), which has no English packs.
pub const FALLBACK_LOCALE: Locale =
    if cfg!(feature = "fr") && !cfg!(feature = "en") { Locale::Fr } else { Locale::En };

/// How a [`Checker`] is set up: once per editor, reused for every check.
#[derive(Debug, Clone, Default)]
pub struct CheckerOptions {
    /// The posts' language; `None` detects it per post (falling back to the profile's, then
    /// English).
    pub locale: Option<Locale>,
    /// The platform posts are written for; X when not given.
    pub platform: Option<Platform>,
    pub profile: Option<Profile>,
}

/// What one check may take besides the text.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The account's past posts, newest first (for `hashtag/autopilot`).
    pub history: Vec<String>,
    /// The brand's reference post (for `advocacy/copy-paste`).
    pub reference: Option<String>,
    /// Mastodon's content warning, which counts towards the length.
    pub content_warning: Option<String>,
    /// Traffic per tag (keys with or without `#`), for `hashtag/hollow`'s chance of being seen.
    pub hashtag_stats: std::collections::HashMap<String, hashtags::TagStats>,
    /// The account's audience (followers), for the same estimate.
    pub audience: Option<u64>,
    /// Where the caret is (a byte offset): a text over [`window::INTERACTIVE_LIMIT`] is then
    /// checked around it, and the report's `scope` says which part.
    pub caret: Option<usize>,
}

/// A reason a checker or a fix could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The options are wrong (unknown platform or locale, say).
    Options(String),
    /// The profile could not be loaded; the message names the place.
    Profile(String),
    /// A suggestion does not apply to this text (stale, or out of range).
    Fix(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Options(m) => write!(f, "invalid options: {m}"),
            Error::Profile(m) => write!(f, "invalid profile: {m}"),
            Error::Fix(m) => write!(f, "cannot apply fix: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// A rule as listed by `brio rules` and `Checker.rules()`.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub category: &'static str,
    pub severity: Severity,
    pub description: &'static str,
    pub fixable: bool,
}

/// Checks posts. Build it once; [`Checker::check`] is cheap and reentrant.
#[derive(Debug, Clone)]
pub struct Checker {
    locale: Option<Locale>,
    platform: Platform,
    compiled: CompiledProfile,
    packs: Packs,
    hashtags: hashtags::HashtagConfig,
    /// The verdicts of the tag spellings this checker has seen.
    tag_memo: hashtags::TagMemo,
    /// The severity each rule runs at, in registry order; `None` = off.
    severities: Vec<Option<Severity>>,
    /// Whether the profile sets each rule's level, in registry order: a level set by the
    /// profile wins over the severity a rule gives one finding.
    overridden: Vec<bool>,
}

impl Checker {
    pub fn new(options: CheckerOptions) -> Result<Self, Error> {
        if !cfg!(feature = "profiles") && options.profile.is_some() {
            return Err(Error::Profile("this build of Brio takes no profile".to_string()));
        }
        let profile = options.profile.unwrap_or_default();
        let locale = match (options.locale, profile.locale.as_deref()) {
            (Some(l), _) => Some(l),
            (None, Some(tag)) if tag != "auto" => Some(Locale::from_tag(tag).ok_or_else(|| {
                Error::Profile(format!("unknown locale `{tag}` (expected fr, en or auto)"))
            })?),
            _ => None,
        };
        profile.validate()?;
        let platform = options.platform.unwrap_or(Platform::X);
        // A rule's level: the platform's [platforms.<id>.rules] first, then [rules], then the
        // rule's default.
        let platform_rules = profile.platforms.get(platform.id()).map(|o| &o.rules);
        let levels: Vec<Option<profile::Level>> = RULES
            .iter()
            .map(|rule| {
                let id = rule.meta().id;
                platform_rules.and_then(|r| r.get(id)).or_else(|| profile.rules.get(id)).copied()
            })
            .collect();
        let severities = RULES
            .iter()
            .zip(&levels)
            .map(|(rule, level)| match level {
                Some(level) => level.severity(),
                None => Some(rule.meta().default_severity),
            })
            .collect();
        let overridden = levels.iter().map(Option::is_some).collect();
        let compiled = CompiledProfile::build(&profile, platform)?;
        let packs = Packs::build(&profile)?;
        let hashtags = hashtags::HashtagConfig::build(&profile);
        Ok(Self {
            locale,
            platform,
            compiled,
            packs,
            hashtags,
            tag_memo: hashtags::TagMemo::default(),
            severities,
            overridden,
        })
    }

    pub fn platform(&self) -> Platform {
        self.platform
    }

    /// Checks one post; a large text with a caret, around the caret (see [`window`]).
    pub fn check(&self, text: &str, options: &CheckOptions) -> Report {
        match options.caret.and_then(|caret| window::around(text, caret)) {
            Some(part) => self.check_part(text, part, options),
            None => self.check_whole(text, options),
        }
    }

    fn check_whole(&self, text: &str, options: &CheckOptions) -> Report {
        let entities = entities::extract(text, self.platform.info().dialect);
        self.with_context(text, options, entities, None, Pass::ALL, |cx| self.report(text, cx))
    }

    /// The rules on `part` of a large text; the length, and the platform's limit, on all of it
    /// (the rules that judge the whole read it through [`rules::Whole`]).
    fn check_part(&self, text: &str, part: text::Span, options: &CheckOptions) -> Report {
        let (Some(before), Some(inside)) = (text.get(..part.start), text.get(part.clone())) else {
            return self.check_whole(text, options);
        };
        let doc = Document::graphemes_only(text);
        let dialect = self.platform.info().dialect;
        let content_warning = options.content_warning.as_deref().unwrap_or("");
        let length = platform::measure(
            self.platform,
            &doc,
            &entities::extract(text, dialect),
            content_warning,
        );
        let around = Around { doc, offset: part.start, length };
        let entities = entities::extract(inside, dialect);
        let mut report =
            self.with_context(inside, options, entities, Some(&around), Pass::ALL, |cx| {
                self.report(text, cx)
            });
        let offset = text::utf16_len(before);
        let total =
            offset + text::utf16_len(inside) + text::utf16_len(text.get(part.end..).unwrap_or(""));
        report.scope = Some(report::Scope {
            start: offset,
            end: offset + text::utf16_len(inside),
            total,
            message: i18n::tr(report.locale, "scope.caret", &[("kb", &(text.len() / 1024))]),
        });
        report
    }

    /// The report on `text` from the rules run on `cx` (on all of `text`, or a part of it).
    fn report(&self, text: &str, cx: &Context<'_>) -> Report {
        let settled = caps::apply(self.run_rules(cx, None), cx.locale, cx.whole.offset);
        let grades = cx.hashtags.grades();
        report::build(
            text,
            cx.whole.offset,
            cx.locale,
            self.platform,
            cx.length.clone(),
            cx.entities,
            &grades,
            settled,
        )
    }

    /// Computes, once, everything the rules read about a post (segmentation, length, hashtag
    /// analysis, lexicon matches) and hands it to `f` as a [`Context`]; what only some rules
    /// read is made on first use ([`rules::facts`]). `entities` are passed in so that tests can
    /// set them by hand; `around` is the whole text when `text` is a part of it; `pass` says
    /// which rules will read the context, so that what none of them reads is not made.
    pub(crate) fn with_context<R>(
        &self,
        text: &str,
        options: &CheckOptions,
        entities: entities::Entities,
        around: Option<&Around<'_>>,
        pass: Pass,
        f: impl FnOnce(&Context<'_>) -> R,
    ) -> R {
        self.with_document(&Document::new(text), options, entities, around, pass, None, f)
    }

    /// [`Checker::with_context`] over a document already segmented, with facts already made
    /// (a session assembles the whole text's from its paragraphs', [`session`]).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn with_document<'t, R>(
        &self,
        doc: &Document<'t>,
        options: &CheckOptions,
        entities: entities::Entities,
        around: Option<&Around<'_>>,
        pass: Pass,
        seed: Option<&mut rules::partials::Seeded<'t>>,
        f: impl FnOnce(&Context<'_>) -> R,
    ) -> R {
        let text = doc.text();
        let locale =
            pass.locale.or(self.locale).or_else(|| i18n::detect(text)).unwrap_or(FALLBACK_LOCALE);
        let dialect = self.platform.info().dialect;
        let content_warning = options.content_warning.as_deref().unwrap_or("");
        let mut seed = seed;
        let kept_tags = seed.as_mut().and_then(|s| s.tags.take());
        let measured;
        let (length, whole) = match around {
            Some(a) => (&a.length, rules::Whole { doc: &a.doc, offset: a.offset }),
            None => {
                measured = match &seed {
                    Some(seed) => platform::measure_known(
                        self.platform,
                        doc,
                        &entities,
                        content_warning,
                        seed.units,
                        seed.at_limit,
                    ),
                    None => platform::measure(self.platform, doc, &entities, content_warning),
                };
                (&measured, rules::Whole { doc, offset: 0 })
            }
        };
        // The seed's facts go into the context; its capitalised words and partial results are
        // lent, and its counted sentences taken back after (a session keeps them).
        let (facts, seed) = match seed {
            Some(s) => (Some(std::mem::take(&mut s.facts)), Some(s)),
            None => (None, None),
        };
        let lent = seed.as_deref();
        let (capitals, partials) = (lent.map(|s| &s.capitals), lent.map(|s| &s.partials));
        // Only the hashtag rules read the analysis, and they read the whole post.
        let tags = match (pass.reach, kept_tags) {
            (Some(Reach::Paragraph), _) => hashtags::Analysis::default(),
            (_, Some(kept)) => kept,
            _ => hashtags::analyze_seeded(
                text,
                &entities,
                &self.hashtags,
                options,
                locale,
                dialect,
                &self.tag_memo,
                capitals,
            ),
        };
        let linked = entities.linked();
        let url_spans = entities.url_spans();
        // Every lexicon in one pass, shared by the rules that read it (paragraph rules only).
        let scan = match pass.reach {
            Some(Reach::Document) => matcher::Scan::default(),
            _ => self.packs.scan(doc, &linked),
        };
        let mut cx = Context {
            doc,
            entities: &entities,
            platform: self.platform,
            locale,
            length,
            compiled: &self.compiled,
            packs: &self.packs,
            scan: &scan,
            linked: &linked,
            url_spans: &url_spans,
            whole,
            facts: Default::default(),
            options,
            hashtags: &tags,
            partials,
        };
        let counted = facts.as_ref().is_some_and(|f| !f.sentences.is_empty());
        if let Some(facts) = facts {
            cx.seed(facts);
        }
        let result = f(&cx);
        let sentences = if counted { cx.take_sentences() } else { Vec::new() };
        drop(cx);
        if let Some(seed) = seed {
            seed.facts.sentences = sentences;
            seed.tags = Some(tags);
        }
        result
    }

    /// The profile as this checker resolved it.
    pub(crate) fn compiled(&self) -> &CompiledProfile {
        &self.compiled
    }

    /// Runs every rule that is on (of `reach`, when given), snaps ranges to graphemes, settles
    /// severities and sorts.
    pub(crate) fn run_rules(&self, cx: &Context<'_>, reach: Option<Reach>) -> Vec<Settled> {
        let mut settled = Vec::new();
        let mut found: Vec<Finding> = Vec::new();
        // A build without the word lists leaves out the rules that read them until they are in.
        let lists = crate::hashtags::words::available();
        for ((rule, severity), overridden) in
            RULES.iter().zip(&self.severities).zip(&self.overridden)
        {
            let Some(rule_severity) = *severity else {
                continue;
            };
            if reach.is_some_and(|reach| rule.meta().reach != reach) {
                continue;
            }
            if !lists && crate::hashtags::words::READERS.contains(&rule.meta().id) {
                continue;
            }
            found.clear();
            rule.check(cx, &mut found);
            for mut finding in found.drain(..) {
                let doc = if finding.on_whole_text { cx.whole.doc } else { cx.doc };
                finding.span = doc.snap(&finding.span);
                for fix in &mut finding.fixes {
                    fix.span = doc.snap(&fix.span);
                }
                let severity = match finding.severity {
                    Some(own) if !*overridden => own,
                    _ => rule_severity,
                };
                settled.push(Settled { finding, severity });
            }
        }
        // Sorted on content, not on registration order, so that the report is the same byte for
        // byte whatever order the rules and packs are registered in. Not capped yet: an
        // incremental check gathers its paragraphs' findings first.
        sort(&mut settled, cx.whole.offset);
        settled
    }

    /// Every rule, for listings.
    pub fn rules() -> Vec<RuleInfo> {
        RULES
            .iter()
            .map(|r| {
                let m = r.meta();
                RuleInfo {
                    id: m.id,
                    category: m.category(),
                    severity: m.default_severity,
                    description: m.summary,
                    fixable: m.fixable,
                }
            })
            .collect()
    }

    /// Every platform, for listings.
    pub fn platforms() -> Vec<&'static PlatformInfo> {
        Platform::ALL.iter().map(|p| p.info()).collect()
    }
}

/// Sorts findings on content, not on registration order, so that the report is the same byte for
/// byte whatever order the rules and packs are registered in (and whichever pass of an
/// incremental check found them). `offset`: where the part the rules ran on starts.
pub(crate) fn sort(settled: &mut [Settled], offset: usize) {
    order::sort_by_key_then(settled, |s| s.finding.place(offset), same_place);
}

/// Which of two findings at the same place [`sort`] puts first.
fn same_place(a: &Settled, b: &Settled) -> std::cmp::Ordering {
    (&a.finding.rule, &a.finding.message).cmp(&(&b.finding.rule, &b.finding.message))
}

/// `first` and `second`, each in [`sort`]'s order (offset 0), merged into the order `sort` gives
/// the two one after the other: a finding of `first` before one of `second` that ties with it,
/// as the stable sort keeps them. One walk instead of a sort, for an incremental check's
/// document findings and its paragraphs'.
pub(crate) fn merge_sorted(
    first: Vec<Settled>,
    second: impl IntoIterator<Item = Settled>,
    capacity: usize,
) -> Vec<Settled> {
    let mut out = Vec::with_capacity(capacity);
    let mut first = first.into_iter().peekable();
    for b in second {
        while let Some(a) = first.next_if(|a| {
            a.finding.place(0).cmp(&b.finding.place(0)).then_with(|| same_place(a, &b)).is_le()
        }) {
            out.push(a);
        }
        out.push(b);
    }
    out.extend(first);
    out
}

/// Which rules will read a context, and in which locale: a check's single pass runs them all;
/// an incremental check ([`session`]) runs the paragraph rules on each paragraph it re-checks,
/// in the document's locale, and the document rules on the whole.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Pass {
    /// The locale to check in, when already known (the document's, for one of its paragraphs).
    pub locale: Option<Locale>,
    /// Only the rules of this reach; `None`: all.
    pub reach: Option<Reach>,
}

impl Pass {
    pub const ALL: Pass = Pass { locale: None, reach: None };
}

/// The whole of a large text, when the part around the caret is checked: its graphemes, where
/// the part starts, and its length as the platform counts it.
pub(crate) struct Around<'w> {
    doc: Document<'w>,
    offset: usize,
    length: platform::Length,
}

/// Applies `suggestion` (UTF-16 offsets, as the report gives them) to `text`.
///
/// Refuses, rather than corrupting the text, when the range is out of bounds or splits a
/// surrogate pair: the text has changed since the check.
pub fn apply_fix(text: &str, suggestion: &Suggestion) -> Result<String, Error> {
    let start = text::byte_of_utf16(text, suggestion.start);
    let end = text::byte_of_utf16(text, suggestion.end);
    match (start, end) {
        (Some(start), Some(end)) if start <= end => {
            let mut out = String::with_capacity(text.len() + suggestion.replacement.len());
            out.push_str(&text[..start]);
            out.push_str(&suggestion.replacement);
            out.push_str(&text[end..]);
            Ok(out)
        }
        _ => Err(Error::Fix(format!(
            "range {}..{} does not fit this text ({} UTF-16 units); check it again",
            suggestion.start,
            suggestion.end,
            text::utf16_len(text)
        ))),
    }
}
