//! Snapshots of the hashtag/ rules over real-length posts: every flagged span with its text,
//! rule, severity, message and fixes (`[safe]` marks a fix that may be applied unread), then the
//! post with every safe fix applied.

use std::fmt::Write;

use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform, Report, Suggestion};

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(units.get(start..end).unwrap_or(&[]))
}

fn check(text: &str, locale: Locale, platform: Platform) -> Report {
    let checker = Checker::new(CheckerOptions {
        locale: Some(locale),
        platform: Some(platform),
        profile: None,
    })
    .expect("valid options");
    checker.check(text, &CheckOptions::default())
}

fn snapshot(text: &str, locale: Locale, platform: Platform) -> String {
    let report = check(text, locale, platform);
    let mut out = String::new();
    let mut safe: Vec<&Suggestion> = Vec::new();
    for d in report.diagnostics.iter().filter(|d| d.rule.starts_with("hashtag/")) {
        let flagged = utf16_slice(text, d.start, d.end);
        let severity = d.severity.as_str();
        let _ = writeln!(out, "{} ({severity}) {}..{} {flagged:?}", d.rule, d.start, d.end);
        let _ = writeln!(out, "    {}", d.message);
        for s in &d.suggestions {
            let mark = if s.safe { " [safe]" } else { "" };
            let _ = writeln!(out, "    -> {:?} ({}){mark}", s.replacement, s.label);
            if s.safe {
                safe.push(s);
            }
        }
    }
    // Apply from the end so that earlier offsets stay valid.
    safe.sort_by_key(|s| std::cmp::Reverse((s.start, s.end)));
    let mut fixed = text.to_string();
    for s in safe {
        fixed = brio::apply_fix(&fixed, s).expect("fix applies");
    }
    let _ = writeln!(out, "\n--- after the safe fixes ---\n{fixed}");
    out
}

/// Shouted words and a job title in the text, a wall of tags past LinkedIn's norm, tags that
/// split with certainty, one that splits only likely, and acronyms.
const EN_WALL: &str = "BIG NEWS! Our summer SALE starts NOW at our Lyon store, and Marie Dupont, \
our new Head of Growth, will be there to meet you.

Come by on Saturday.

#sale #instagood #smallbusiness #ootd #superbowl #photooftheday #tbt";

/// A French post: job titles, a name with an elided article and a year, one French word that
/// must not split, and compounds that must.
const FR_RECRUTEMENT: &str = "Nous accueillons Jean Martin, Directeur Commercial, et Sophie \
Leroy, Responsable Marketing Digital. Retrouvez-les au Salon de l'Agriculture 2026 à Paris !

#recrutement #entrepreneuriat #journeedelafemme #qualitedevieautravail";

/// Instagram's hard limit, in a wall.
const INSTAGRAM: &str = "New season, new colours: our spring collection is in the Nantes shop \
from Monday.

#fashion #nofilter #ootd #instagood #womenintech #blackfriday";

/// On X: tags past the norm inside the text, then a wall.
const X_TAGS: &str = "We ship #RustLang tools for #WebAssembly in #Lyon this week.

#opensource #devops #datascience #machinelearning";

#[test]
fn en_wall() {
    insta::assert_snapshot!(snapshot(EN_WALL, Locale::En, Platform::Linkedin));
}

#[test]
fn fr_recrutement() {
    insta::assert_snapshot!(snapshot(FR_RECRUTEMENT, Locale::Fr, Platform::Linkedin));
}

#[test]
fn instagram_hard_limit() {
    insta::assert_snapshot!(snapshot(INSTAGRAM, Locale::En, Platform::Instagram));
}

#[test]
fn x_tags_in_the_text_and_a_wall() {
    insta::assert_snapshot!(snapshot(X_TAGS, Locale::En, Platform::X));
}
