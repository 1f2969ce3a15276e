//! The one harness of the rules' tests: a post and what it is checked with, run in one of two
//! modes.
//!
//! - **One rule** ([`Case::run`], [`Case::flagged`], [`Case::fixed`]): the rule alone on the
//!   post's [`Context`], findings in byte offsets as the rule made them. Entities may be set by
//!   hand ([`Case::with`]), so that a rule is tested whatever the extractors find.
//! - **The whole pipeline** ([`Case::check`]): [`Checker::check`] as callers run it, with the
//!   entities the platform's extractor finds, the profile's levels, severities settled, ranges
//!   snapped to graphemes and given in UTF-16 units; [`Checked`] reads the report back as text
//!   (what each diagnostic flags, the post after each suggestion) and renders the snapshots of
//!   `rules::posts`: each diagnostic's lines as flagged, then as each fix leaves them.

use std::fmt::Write as _;

use crate::entities::{self, Entities, Entity, EntityKind};
use crate::i18n::Locale;
use crate::platform::Platform;
use crate::profile::{Format, Profile};
use crate::report::{Diagnostic, Finding, Report, Suggestion};
use crate::text::byte_of_utf16;
use crate::{CheckOptions, Checker, CheckerOptions, apply_fix};

use super::{Context, Rule};

pub(crate) struct Case<'t> {
    pub text: &'t str,
    pub platform: Platform,
    /// `None`: detected from the text, as a checker without a locale does.
    pub locale: Option<Locale>,
    pub profile: Profile,
    pub options: CheckOptions,
    /// `None`: what the extractors find. Set by hand for one rule only; the whole pipeline
    /// always extracts.
    pub entities: Option<Entities>,
}

impl<'t> Case<'t> {
    /// A post in `locale`, on X, with the default profile.
    pub fn new(text: &'t str, locale: Locale) -> Self {
        Case {
            text,
            platform: Platform::X,
            locale: Some(locale),
            profile: Profile::default(),
            options: CheckOptions::default(),
            entities: None,
        }
    }

    pub fn en(text: &'t str) -> Self {
        Case::new(text, Locale::En)
    }

    pub fn fr(text: &'t str) -> Self {
        Case::new(text, Locale::Fr)
    }

    /// A post whose locale the checker detects.
    pub fn detect(text: &'t str) -> Self {
        Case { locale: None, ..Case::en(text) }
    }

    pub fn on(mut self, platform: Platform) -> Self {
        self.platform = platform;
        self
    }

    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// The profile written in TOML.
    pub fn toml(self, profile: &str) -> Self {
        let profile = Profile::parse(profile, Format::Toml).expect("a valid profile");
        self.profile(profile)
    }

    pub fn options(mut self, options: CheckOptions) -> Self {
        self.options = options;
        self
    }

    /// Marks every occurrence of each string as an entity of `kind` (one rule only).
    pub fn with(mut self, kind: EntityKind, items: &[&str]) -> Self {
        let mut entities = self.entities.take().unwrap_or_default();
        for item in items {
            for (start, _) in self.text.match_indices(item) {
                let entity = Entity::new(kind, start..start + item.len());
                match kind {
                    EntityKind::Url => entities.urls.push(entity),
                    EntityKind::Mention => entities.mentions.push(entity),
                    EntityKind::Hashtag => entities.hashtags.push(entity),
                    EntityKind::Cashtag => entities.cashtags.push(entity),
                }
            }
        }
        self.entities = Some(entities);
        self
    }

    fn checker(&self) -> Checker {
        Checker::new(CheckerOptions {
            locale: self.locale,
            platform: Some(self.platform),
            profile: Some(self.profile.clone()),
        })
        .expect("a valid profile")
    }

    // One rule -----------------------------------------------------------------------------

    /// What `rule` alone finds, in byte offsets.
    pub fn run(&self, rule: &dyn Rule) -> Vec<Finding> {
        self.context(|cx| {
            let mut out = Vec::new();
            rule.check(cx, &mut out);
            out
        })
    }

    /// Runs `f` on the case's context.
    pub fn context<R>(&self, f: impl FnOnce(&Context<'_>) -> R) -> R {
        let entities = self
            .entities
            .clone()
            .unwrap_or_else(|| entities::extract(self.text, self.platform.info().dialect));
        self.checker().with_context(self.text, &self.options, entities, None, crate::Pass::ALL, f)
    }

    /// The texts `rule` alone flags.
    pub fn flagged(&self, rule: &dyn Rule) -> Vec<String> {
        self.run(rule)
            .iter()
            .map(|f| self.text.get(f.span.clone()).unwrap_or("").to_string())
            .collect()
    }

    /// The text with the first fix of every finding of `rule` alone applied (findings must not
    /// overlap).
    pub fn fixed(&self, rule: &dyn Rule) -> String {
        let mut fixes: Vec<_> =
            self.run(rule).into_iter().filter_map(|f| f.fixes.into_iter().next()).collect();
        fixes.sort_by_key(|f| std::cmp::Reverse(f.span.start));
        let mut text = self.text.to_string();
        for fix in fixes {
            text.replace_range(fix.span, &fix.replacement);
        }
        text
    }

    /// The text with the first fix of `finding` applied.
    pub fn after(&self, finding: &Finding) -> String {
        let fix = finding.fixes.first().expect("a fix");
        let mut text = self.text.to_string();
        text.replace_range(fix.span.clone(), &fix.replacement);
        text
    }

    // The whole pipeline --------------------------------------------------------------------

    /// The report [`Checker::check`] gives for the case.
    pub fn check(&self) -> Checked<'t> {
        Checked { text: self.text, report: self.checker().check(self.text, &self.options) }
    }
}

/// A post and its report, read back as text.
pub(crate) struct Checked<'t> {
    pub text: &'t str,
    pub report: Report,
}

impl std::ops::Deref for Checked<'_> {
    type Target = Report;

    fn deref(&self) -> &Report {
        &self.report
    }
}

impl Checked<'_> {
    /// The diagnostics of `rule`, in report order.
    pub fn of(&self, rule: &str) -> Vec<&Diagnostic> {
        self.report.diagnostics.iter().filter(|d| d.rule == rule).collect()
    }

    /// The text in the UTF-16 range `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let (Some(s), Some(e)) = (byte_of_utf16(self.text, start), byte_of_utf16(self.text, end))
        else {
            panic!("{start}..{end} is not a range of the text");
        };
        self.text[s..e].to_string()
    }

    /// What each diagnostic of `rule` flags.
    pub fn flagged(&self, rule: &str) -> Vec<String> {
        self.of(rule).iter().map(|d| self.slice(d.start, d.end)).collect()
    }

    /// The text after `suggestion`.
    pub fn after(&self, suggestion: &Suggestion) -> String {
        apply_fix(self.text, suggestion).expect("the suggestion applies")
    }

    /// The text after the first suggestion of the first diagnostic of `rule`.
    pub fn fixed(&self, rule: &str) -> String {
        let d = self.of(rule).into_iter().next().expect("flagged");
        self.after(d.suggestions.first().expect("a fix"))
    }

    /// Every diagnostic whose rule `shown` keeps: its rule, severity, range and message, the
    /// lines it flags with the flagged part underlined, then for each suggestion those lines as
    /// the suggestion leaves them (`-` before, `+` after). `[safe]` marks a fix that may be
    /// applied unread.
    pub fn snapshot(&self, shown: impl Fn(&str) -> bool) -> String {
        let mut out = String::new();
        for d in self.report.diagnostics.iter().filter(|d| shown(&d.rule)) {
            let severity = d.severity.as_str();
            let _ = writeln!(out, "{} ({severity}) {}..{}", d.rule, d.start, d.end);
            let _ = writeln!(out, "  {}", d.message);
            let (start, end) = (self.byte(d.start), self.byte(d.end));
            let (from, to) = lines_around(self.text, start, end);
            for (line, at) in self.text[from..to].split('\n').zip(line_starts(self.text, from)) {
                let _ = writeln!(out, "  | {line}");
                let underline = underline(line, at, start, end);
                if !underline.is_empty() {
                    let _ = writeln!(out, "  | {underline}");
                }
            }
            for s in &d.suggestions {
                let safe = if s.safe { " [safe]" } else { "" };
                let _ = writeln!(out, "  fix: {}{safe}", s.label);
                let (fix_start, fix_end) = (self.byte(s.start), self.byte(s.end));
                let (from, to) = lines_around(self.text, start.min(fix_start), end.max(fix_end));
                let fixed = self.after(s);
                let to_fixed = (to + fixed.len()).saturating_sub(self.text.len());
                for line in self.text[from..to].split('\n') {
                    let _ = writeln!(out, "  - {line}");
                }
                for line in fixed[from..to_fixed].split('\n') {
                    let _ = writeln!(out, "  + {line}");
                }
            }
        }
        out
    }

    fn byte(&self, utf16: usize) -> usize {
        byte_of_utf16(self.text, utf16).expect("a range of the text")
    }
}

/// The lines `start..end` lies on: from the start of the first to the end of the last (without
/// its line break).
fn lines_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    (from, to.max(from))
}

/// Where each line starts, from `from` on.
fn line_starts(text: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(from).chain(text[from..].match_indices('\n').map(move |(i, _)| from + i + 1))
}

/// Carets under the part of `line` (starting at byte `at` of the text) inside `start..end`, one
/// per char; one caret where an empty range sits. Empty when the line holds none of it.
fn underline(line: &str, at: usize, start: usize, end: usize) -> String {
    if start == end {
        return match line.get(start.wrapping_sub(at)..) {
            Some(_) if start >= at => {
                format!("{}^", " ".repeat(line[..start - at].chars().count()))
            }
            _ => String::new(),
        };
    }
    let carets: String = line
        .char_indices()
        .map(|(i, _)| if (start..end).contains(&(at + i)) { '^' } else { ' ' })
        .collect();
    if carets.contains('^') { carets.trim_end().to_string() } else { String::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_underline_covers_the_flagged_chars() {
        assert_eq!(underline("a bé c", 0, 2, 5), "  ^^");
        assert_eq!(underline("second", 10, 2, 12), "^^");
        assert_eq!(underline("first", 0, 3, 12), "   ^^");
        assert_eq!(underline("elsewhere", 20, 2, 5), "");
        assert_eq!(underline("ab", 0, 1, 1), " ^");
        assert_eq!(underline("ab", 0, 2, 2), "  ^");
    }

    #[test]
    fn a_snapshot_shows_each_line_flagged_then_fixed() {
        let checked = Case::en("Hello there.\nOur new app.  Out today.").check();
        let shown = checked.snapshot(|rule| rule == "typo/double-space");
        assert_eq!(
            shown,
            "typo/double-space (info) 25..27\n  2 spaces in a row: one is enough.\n  | Our new app.  Out today.\n  |             ^^\n  fix: Keep one space [safe]\n  - Our new app.  Out today.\n  + Our new app. Out today.\n"
        );
    }
}
