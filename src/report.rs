//! What a check produces: findings inside the core (byte offsets), the public [`Report`] outside
//! (UTF-16 offsets), converted once per check in one pass. The report is a public contract
//! (`docs/architecture.md`, "Contracts"; additions in `docs/contracts.md`).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::entities::{Entities, Entity};
use crate::i18n::Locale;
use crate::platform::{Length, Platform};
use crate::text::{Span, Utf16Map};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The post will fail on the platform, or breaks a hard brand rule.
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }
}

/// A proposed edit, inside the core (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub label: String,
    pub replacement: String,
    pub span: Span,
    /// Safe fixes keep the meaning and can be applied without reading them (typography, casing);
    /// unsafe ones change wording and need the writer's eye.
    pub safe: bool,
}

/// A diagnostic inside the core (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule id; owned for the profile's custom rules (`custom/<id>`).
    pub rule: Cow<'static, str>,
    pub span: Span,
    pub message: String,
    pub fixes: Vec<Fix>,
    /// Overrides the rule's default severity for this finding (a hard limit hit, say). A
    /// profile's per-rule severity still wins over it.
    pub severity: Option<Severity>,
    /// Whether the spans address the whole text rather than the part the rules ran on (they
    /// differ only when a large text is checked around the caret; see [`crate::rules::Whole`]).
    pub on_whole_text: bool,
}

impl Finding {
    pub fn new(rule: impl Into<Cow<'static, str>>, span: Span, message: impl Into<String>) -> Self {
        Self {
            rule: rule.into(),
            span,
            message: message.into(),
            fixes: Vec::new(),
            severity: None,
            on_whole_text: false,
        }
    }

    /// Where the finding sits in the whole text, the part the rules ran on starting at
    /// `offset`: what reports are sorted by.
    pub(crate) fn place(&self, offset: usize) -> (usize, usize) {
        let at = if self.on_whole_text { 0 } else { offset };
        (at + self.span.start, at + self.span.end)
    }

    /// The finding, its spans taken in the whole text (see [`Finding::on_whole_text`]).
    pub fn on_whole_text(mut self) -> Self {
        self.on_whole_text = true;
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = Some(severity);
        self
    }
}

/// A proposed edit as the public API gives it: UTF-16 offsets into the checked text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub label: String,
    pub replacement: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub safe: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The rule id: borrowed for the built-in rules (as the finding held it), owned for a
    /// profile's custom rules, so that a report does not copy the id and category of each item.
    pub rule: Cow<'static, str>,
    pub category: Cow<'static, str>,
    pub severity: Severity,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub suggestions: Vec<Suggestion>,
}

/// The grade of a hashtag, so that a UI can colour tags like chips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    Specific,
    Hollow,
    Autopilot,
    Banned,
    Campaign,
}

impl Grade {
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Specific => "specific",
            Grade::Hollow => "hollow",
            Grade::Autopilot => "autopilot",
            Grade::Banned => "banned",
            Grade::Campaign => "campaign",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub grade: Option<Grade>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitiesReport {
    pub hashtags: Vec<EntityReport>,
    pub mentions: Vec<EntityReport>,
    pub urls: Vec<EntityReport>,
    pub cashtags: Vec<EntityReport>,
}

/// The result of one check, in the shape `docs/architecture.md` gives (the report contract).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    pub locale: Locale,
    pub platform: Platform,
    pub length: Length,
    pub entities: EntitiesReport,
    pub diagnostics: Vec<Diagnostic>,
    /// Set when only part of a large text was checked (around the caret): the entities and
    /// diagnostics cover that part, the length the whole text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

/// The part of a text a report covers, in UTF-16 units, and why it is not the whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scope {
    pub start: usize,
    pub end: usize,
    /// The whole text's length, in UTF-16 units.
    pub total: usize,
    /// Says so, in the post's language.
    pub message: String,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// A finding whose severity has been settled, ready to be reported.
#[derive(Debug, Clone)]
pub(crate) struct Settled {
    pub finding: Finding,
    pub severity: Severity,
}

/// Builds the public report, converting every byte offset to UTF-16 in one pass.
///
/// `text` is what the report is about; the entities and findings are of `text[offset..]`, the
/// part the rules ran on (all of it, but for a large text checked around the caret), except
/// findings [`on_whole_text`](Finding::on_whole_text), whose spans are in `text` already.
#[allow(clippy::too_many_arguments)]
pub(crate) fn build(
    text: &str,
    offset: usize,
    locale: Locale,
    platform: Platform,
    length: Length,
    entities: &Entities,
    grades: &[Option<Grade>],
    findings: Vec<Settled>,
) -> Report {
    let part = text.get(offset..).unwrap_or("");
    let entity_lists = [&entities.hashtags, &entities.mentions, &entities.urls, &entities.cashtags];
    let entity_offsets = entity_lists
        .iter()
        .flat_map(|l| l.iter())
        .flat_map(|e| [offset + e.span.start, offset + e.span.end]);
    let finding_offsets = findings.iter().flat_map(|s| {
        let f = &s.finding;
        let at = if f.on_whole_text { 0 } else { offset };
        [f.span.start, f.span.end]
            .into_iter()
            .chain(f.fixes.iter().flat_map(|x| [x.span.start, x.span.end]))
            .map(move |b| at + b)
    });
    let map = Utf16Map::new(text, entity_offsets.chain(finding_offsets));

    let entity = |e: &Entity, grade: Option<Grade>| EntityReport {
        text: e.text(part).to_string(),
        start: map.get(offset + e.span.start),
        end: map.get(offset + e.span.end),
        grade,
    };
    let entities = EntitiesReport {
        hashtags: entities
            .hashtags
            .iter()
            .enumerate()
            .map(|(i, e)| entity(e, grades.get(i).copied().flatten()))
            .collect(),
        mentions: entities.mentions.iter().map(|e| entity(e, None)).collect(),
        urls: entities.urls.iter().map(|e| entity(e, None)).collect(),
        cashtags: entities.cashtags.iter().map(|e| entity(e, None)).collect(),
    };
    let diagnostics = findings
        .into_iter()
        .map(|s| {
            let at = if s.finding.on_whole_text { 0 } else { offset };
            diagnostic(s, |b| map.get(at + b))
        })
        .collect();
    Report { file: None, locale, platform, length, entities, diagnostics, scope: None }
}

/// The public diagnostic of `settled`, its byte offsets turned into UTF-16 ones by `units`.
pub(crate) fn diagnostic(settled: Settled, units: impl Fn(usize) -> usize) -> Diagnostic {
    let Settled { finding, severity } = settled;
    let category = match &finding.rule {
        Cow::Borrowed(rule) => Cow::Borrowed(category(rule)),
        Cow::Owned(rule) => Cow::Owned(category(rule).to_string()),
    };
    Diagnostic {
        category,
        rule: finding.rule,
        severity,
        message: finding.message,
        start: units(finding.span.start),
        end: units(finding.span.end),
        suggestions: finding
            .fixes
            .into_iter()
            .map(|fix| Suggestion {
                label: fix.label,
                replacement: fix.replacement,
                start: units(fix.span.start),
                end: units(fix.span.end),
                safe: fix.safe,
            })
            .collect(),
    }
}

/// A rule id's category, the part before its first `/` (all of it if none): a byte search,
/// run for every diagnostic.
pub(crate) fn category(rule: &str) -> &str {
    rule.bytes().position(|b| b == b'/').and_then(|at| rule.get(..at)).unwrap_or(rule)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::LengthUnit;

    fn quoted<T: Serialize>(value: T) -> String {
        serde_json::to_string(&value).unwrap()
    }

    #[test]
    fn a_category_is_the_rule_id_before_its_first_slash() {
        assert_eq!(category("tone/jargon"), "tone");
        assert_eq!(category("custom/brand/x"), "custom");
        assert_eq!(category("plain"), "plain");
        assert_eq!(category(""), "");
    }

    /// The wasm facade writes enums by these names rather than through serde (`wasm/report.rs`):
    /// they must be the names serde gives the CLI's JSON.
    #[test]
    fn enum_names_are_the_serialized_ones() {
        for s in [Severity::Error, Severity::Warning, Severity::Info, Severity::Hint] {
            assert_eq!(quoted(s), format!("\"{}\"", s.as_str()));
        }
        for g in [Grade::Specific, Grade::Hollow, Grade::Autopilot, Grade::Banned, Grade::Campaign]
        {
            assert_eq!(quoted(g), format!("\"{}\"", g.as_str()));
        }
        for u in [LengthUnit::Weighted, LengthUnit::Graphemes, LengthUnit::Characters] {
            assert_eq!(quoted(u), format!("\"{}\"", u.as_str()));
        }
        for p in Platform::ALL {
            assert_eq!(quoted(p), format!("\"{}\"", p.id()));
        }
        for l in [Locale::Fr, Locale::En] {
            assert_eq!(quoted(l), format!("\"{}\"", l.as_str()));
        }
    }
}
