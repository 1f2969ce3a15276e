//! Snapshots of the tone/ and terms/ rules over real-length posts: every flagged span with its
//! text, rule, severity, message and fixes, then the post with the first fix of each finding
//! applied (later findings first, overlapping ones skipped).

use std::fmt::Write;

use brio::profile::Format;
use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform, Profile, Report, Suggestion};

fn ours(rule: &str) -> bool {
    rule.starts_with("tone/") || rule.starts_with("terms/")
}

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(units.get(start..end).unwrap_or(&[]))
}

fn check(text: &str, locale: Locale, profile: Option<&str>) -> Report {
    let profile = profile.map(|p| Profile::parse(p, Format::Toml).expect("valid profile"));
    let checker = Checker::new(CheckerOptions {
        locale: Some(locale),
        platform: Some(Platform::Linkedin),
        profile,
    })
    .expect("valid options");
    checker.check(text, &CheckOptions::default())
}

fn render(text: &str, report: &Report) -> String {
    let mut out = String::new();
    let mut fixes: Vec<&Suggestion> = Vec::new();
    for d in report.diagnostics.iter().filter(|d| ours(&d.rule)) {
        let flagged = utf16_slice(text, d.start, d.end);
        let _ = writeln!(
            out,
            "{} ({}) {}..{} {:?}",
            d.rule,
            d.severity.as_str(),
            d.start,
            d.end,
            flagged
        );
        let _ = writeln!(out, "    {}", d.message);
        for s in &d.suggestions {
            let safe = if s.safe { " [safe]" } else { "" };
            let _ = writeln!(out, "    -> {:?} ({}){safe}", s.replacement, s.label);
        }
        if let Some(first) = d.suggestions.first() {
            fixes.push(first);
        }
    }
    // Apply from the end so that earlier offsets stay valid; skip fixes that overlap.
    fixes.sort_by_key(|s| std::cmp::Reverse((s.start, s.end)));
    let mut fixed = text.to_string();
    let mut floor = usize::MAX;
    for s in fixes {
        if s.end <= floor {
            fixed = brio::apply_fix(&fixed, s).expect("fix applies");
            floor = s.start;
        }
    }
    let _ = writeln!(out, "\n--- after the first fix of each finding ---\n{fixed}");
    out
}

fn snapshot(name: &str, locale: Locale, profile: Option<&str>) -> String {
    let path = format!("{}/tests/posts/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("post exists");
    let text = text.trim_end();
    render(text, &check(text, locale, profile))
}

#[test]
fn fr_done_when() {
    insta::assert_snapshot!(snapshot("fr-done-when", Locale::Fr, None));
}

#[test]
fn en_done_when() {
    insta::assert_snapshot!(snapshot("en-done-when", Locale::En, None));
}

#[test]
fn fr_annonce() {
    insta::assert_snapshot!(snapshot("fr-annonce", Locale::Fr, None));
}

#[test]
fn fr_recrutement() {
    insta::assert_snapshot!(snapshot("fr-recrutement", Locale::Fr, None));
}

#[test]
fn en_launch() {
    insta::assert_snapshot!(snapshot("en-launch", Locale::En, None));
}

#[test]
fn en_event() {
    insta::assert_snapshot!(snapshot("en-event", Locale::En, None));
}

const ACME: &str = r#"
name = "Acme"
[voice]
address = "vous"
max_exclamations = 1
[rules]
"tone/passive" = "off"
"tone/jargon" = "info"
[[terms]]
use = "commerçants partenaires"
instead_of = ["commerçants"]
[[terms]]
avoid = ["disruptif", "startup"]
reason = "ce n’est plus notre vocabulaire"
[[terms]]
spelling = "Acme"
"#;

#[test]
fn fr_recrutement_with_a_profile() {
    insta::assert_snapshot!(snapshot("fr-recrutement", Locale::Fr, Some(ACME)));
}

#[test]
fn fr_annonce_with_a_profile() {
    insta::assert_snapshot!(snapshot("fr-annonce", Locale::Fr, Some(ACME)));
}
