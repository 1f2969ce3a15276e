//! Test helpers for the tone/ and terms/ rules.

use crate::profile::{Format, Profile};
use crate::report::Diagnostic;
use crate::{CheckOptions, Checker, CheckerOptions, Locale, Report, apply_fix};

pub fn check(text: &str, locale: Locale) -> Report {
    check_profile(text, locale, "")
}

pub fn check_profile(text: &str, locale: Locale, profile: &str) -> Report {
    let profile = Profile::parse(profile, Format::Toml).expect("valid profile");
    let checker = Checker::new(CheckerOptions {
        locale: Some(locale),
        profile: Some(profile),
        ..Default::default()
    })
    .expect("valid options");
    checker.check(text, &CheckOptions::default())
}

/// The diagnostics of `rule`.
pub fn of<'r>(report: &'r Report, rule: &str) -> Vec<&'r Diagnostic> {
    report.diagnostics.iter().filter(|d| d.rule == rule).collect()
}

/// The flagged texts of `rule` in `text`.
pub fn flagged(text: &str, locale: Locale, rule: &str) -> Vec<String> {
    let report = check(text, locale);
    texts(text, &report, rule)
}

pub fn texts(text: &str, report: &Report, rule: &str) -> Vec<String> {
    of(report, rule).iter().map(|d| slice(text, d.start, d.end)).collect()
}

/// The text in UTF-16 range `start..end`.
pub fn slice(text: &str, start: usize, end: usize) -> String {
    let s = crate::text::byte_of_utf16(text, start).expect("in range");
    let e = crate::text::byte_of_utf16(text, end).expect("in range");
    text[s..e].to_string()
}

/// `text` with the first suggestion of the first diagnostic of `rule` applied.
pub fn fixed(text: &str, locale: Locale, rule: &str) -> String {
    let report = check(text, locale);
    fixed_in(text, &report, rule)
}

pub fn fixed_in(text: &str, report: &Report, rule: &str) -> String {
    let d = of(report, rule).into_iter().next().expect("flagged");
    apply_fix(text, d.suggestions.first().expect("a fix")).expect("applies")
}
