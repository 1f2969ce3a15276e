//! Brio checks draft social-media posts against a brand's tone of voice, each platform's rules,
//! and hollow hashtags.
//!
//! The core is pure Rust with no I/O: build a [`Checker`] once from [`CheckerOptions`], then call
//! [`Checker::check`] on every keystroke's worth of text. Inside, offsets are bytes; the
//! [`Report`] gives UTF-16 offsets, as JavaScript strings and DOM ranges use them.

pub mod entities;
pub mod i18n;
pub mod matcher;
pub mod packs;
pub mod platform;
pub mod profile;
pub mod report;
pub mod rules;
pub mod text;

#[cfg(test)]
pub(crate) mod testing;

#[cfg(target_arch = "wasm32")]
mod wasm;

use std::fmt;

use serde::Serialize;

pub use i18n::Locale;
pub use platform::{Platform, PlatformInfo};
pub use profile::Profile;
pub use report::{Diagnostic, Report, Severity, Suggestion};

use packs::Packs;
use profile::CompiledProfile;
use report::{Finding, Settled};
use rules::{Context, RULES};
use text::Document;

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
    profile: Profile,
    compiled: CompiledProfile,
    packs: Packs,
    /// The severity each rule runs at, in registry order; `None` = off.
    severities: Vec<Option<Severity>>,
}

impl Checker {
    pub fn new(options: CheckerOptions) -> Result<Self, Error> {
        let profile = options.profile.unwrap_or_default();
        let locale = match (options.locale, profile.locale.as_deref()) {
            (Some(l), _) => Some(l),
            (None, Some(tag)) if tag != "auto" => Some(Locale::from_tag(tag).ok_or_else(|| {
                Error::Profile(format!("unknown locale `{tag}` (expected fr, en or auto)"))
            })?),
            _ => None,
        };
        for id in profile.rules.keys() {
            if rules::find(id).is_none() {
                return Err(Error::Profile(format!("unknown rule `{id}` in [rules]")));
            }
        }
        let severities = RULES
            .iter()
            .map(|rule| {
                let meta = rule.meta();
                match profile.rules.get(meta.id) {
                    Some(level) => level.severity(),
                    None => Some(meta.default_severity),
                }
            })
            .collect();
        let platform = options.platform.unwrap_or(Platform::X);
        let compiled = CompiledProfile::build(&profile, platform)?;
        let packs = Packs::build(&profile)?;
        Ok(Self { locale, platform, profile, compiled, packs, severities })
    }

    pub fn platform(&self) -> Platform {
        self.platform
    }

    /// Checks one post.
    pub fn check(&self, text: &str, options: &CheckOptions) -> Report {
        let doc = Document::new(text);
        let locale = self.locale.or_else(|| i18n::detect(text)).unwrap_or(Locale::En);
        let entities = entities::extract(text, self.platform.info().dialect);
        let length = platform::measure(
            self.platform,
            &doc,
            &entities,
            options.content_warning.as_deref().unwrap_or(""),
        );
        // Every lexicon in one pass, shared by the rules that read it.
        let scan = self.packs.scan(&doc, &entities);
        let cx = Context {
            doc: &doc,
            entities: &entities,
            platform: self.platform,
            locale,
            length: &length,
            profile: &self.profile,
            compiled: &self.compiled,
            packs: &self.packs,
            scan: &scan,
            options,
        };
        let mut settled = Vec::new();
        let mut found: Vec<Finding> = Vec::new();
        for (rule, severity) in RULES.iter().zip(&self.severities) {
            let Some(rule_severity) = *severity else {
                continue;
            };
            found.clear();
            rule.check(&cx, &mut found);
            let overridden = self.profile.rules.contains_key(rule.meta().id);
            for mut finding in found.drain(..) {
                finding.span = doc.snap(&finding.span);
                for fix in &mut finding.fixes {
                    fix.span = doc.snap(&fix.span);
                }
                let severity = match finding.severity {
                    Some(own) if !overridden => own,
                    _ => rule_severity,
                };
                settled.push(Settled { finding, severity });
            }
        }
        settled.sort_by_key(|s| (s.finding.span.start, s.finding.span.end));
        report::build(text, locale, self.platform, length, &entities, &[], settled)
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
