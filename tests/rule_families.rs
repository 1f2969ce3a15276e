//! The rule families through the public API: no panic on any input, fixes that apply, and
//! messages in the post's language.

use brio::profile::Format;
use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform, Profile, apply_fix};
use proptest::prelude::*;

const PROFILE: &str = r#"
[voice]
max_sentence_words = 12
[[stakeholders]]
name = "Bpifrance"
aliases = ["BPI", "Île-de-France"]
handles = { x = "@Bpifrance", linkedin = "@Bpifrance", instagram = "@bpifrance" }
[[custom]]
id = "no-asap"
pattern = "(?i)\\basap\\b"
message = "Say when."
replacement = "by Friday"
"#;

fn checkers() -> &'static [Checker] {
    static CHECKERS: std::sync::OnceLock<Vec<Checker>> = std::sync::OnceLock::new();
    CHECKERS.get_or_init(build_checkers)
}

fn build_checkers() -> Vec<Checker> {
    let profile = Profile::parse(PROFILE, Format::Toml).expect("valid profile");
    let mut out = Vec::new();
    for platform in Platform::ALL {
        for locale in [Some(Locale::Fr), Some(Locale::En), None] {
            out.push(
                Checker::new(CheckerOptions {
                    locale,
                    platform: Some(platform),
                    profile: Some(profile.clone()),
                })
                .expect("valid options"),
            );
        }
    }
    out
}

/// Text made of the characters the rules care about, to reach their corners.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        " ",
        "  ",
        "\u{a0}",
        "\u{202f}",
        "\n",
        "\n\n",
        "\t",
        "!",
        "?",
        ":",
        ";",
        ",",
        ".",
        "«",
        "»",
        "\"",
        "“",
        "”",
        ")",
        "(",
        "-",
        "D",
        "10",
        "é",
        "e\u{301}",
        "👍🏽",
        "🇫🇷",
        "bpi",
        "Bpifrance",
        "@Bpifrance",
        "#Bpifrance",
        "ASAP",
        "https://x.fr/a?b",
        "www.a.fr",
        ":rocket:",
        "word",
        "mot",
        "l’équipe",
        "Île-de-France",
        ".",
        "…",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_fixes_apply(text in tricky(), any in "\\PC{0,80}") {
        let options = CheckOptions { reference: Some(text.clone()), ..Default::default() };
        for checker in checkers() {
            for input in [&text, &any] {
                let report = checker.check(input, &options);
                for d in &report.diagnostics {
                    prop_assert!(d.start <= d.end);
                    for s in &d.suggestions {
                        prop_assert!(apply_fix(input, s).is_ok());
                    }
                }
            }
        }
    }
}

#[test]
fn a_french_post_gets_french_messages_and_safe_typography_fixes() {
    let checker = Checker::new(CheckerOptions {
        locale: Some(Locale::Fr),
        platform: Some(Platform::Linkedin),
        profile: None,
    })
    .expect("valid");
    let text = "Enfin disponible! Notre devise: \"faire simple\".";
    let report = checker.check(text, &CheckOptions::default());
    let mut fixed = text.to_string();
    // Apply the safe fixes from the last to the first, so earlier offsets stay valid.
    let mut safe: Vec<_> =
        report.diagnostics.iter().flat_map(|d| d.suggestions.iter()).filter(|s| s.safe).collect();
    safe.sort_by_key(|s| std::cmp::Reverse(s.start));
    for s in safe {
        fixed = apply_fix(&fixed, s).expect("applies");
    }
    assert_eq!(fixed, "Enfin disponible\u{202f}! Notre devise\u{a0}: «\u{a0}faire simple\u{a0}».");
    assert!(report.diagnostics.iter().all(|d| d.message.starts_with("En français")));
}

#[test]
fn a_megabyte_paste_is_checked() {
    let paragraph = "Nous sommes fiers d’annoncer notre partenariat avec Bpifrance: \"super\"  ! ";
    let text = paragraph.repeat(1_000_000 / paragraph.len());
    let options = CheckOptions { reference: Some(text.clone()), ..Default::default() };
    // One French LinkedIn checker: every rule family runs on it (the property test covers the
    // others); in a debug build this is the slowest test, so it stays at one.
    let checker = Checker::new(CheckerOptions {
        locale: Some(Locale::Fr),
        platform: Some(Platform::Linkedin),
        profile: Some(Profile::parse(PROFILE, Format::Toml).expect("valid")),
    })
    .expect("valid");
    let report = checker.check(&text, &options);
    assert!(report.diagnostics.iter().any(|d| d.rule == "advocacy/copy-paste"));
    assert!(report.diagnostics.iter().any(|d| d.rule == "typo/fr-nbsp"));
}
