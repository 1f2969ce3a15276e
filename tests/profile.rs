//! Profiles through the public API: loading errors and per-platform rule levels.

use brio::profile::Format;
use brio::{CheckOptions, Checker, CheckerOptions, Error, Platform, Profile, Severity};

fn checker(profile: &str, platform: Platform) -> Checker {
    let profile = Profile::parse(profile, Format::Toml).expect("valid profile");
    Checker::new(CheckerOptions { platform: Some(platform), profile: Some(profile), locale: None })
        .expect("valid options")
}

fn severities(checker: &Checker, text: &str, rule: &str) -> Vec<Severity> {
    let report = checker.check(text, &CheckOptions::default());
    report.diagnostics.iter().filter(|d| d.rule == rule).map(|d| d.severity).collect()
}

#[test]
fn platform_rule_levels_win_over_profile_levels() {
    let profile = r#"
[rules]
"platform/too-long" = "warning"
[platforms.linkedin.rules]
"platform/too-long" = "off"
"#;
    let long = "a".repeat(3_100);
    let x = checker(profile, Platform::X);
    assert_eq!(severities(&x, &long, "platform/too-long"), [Severity::Warning]);
    let linkedin = checker(profile, Platform::Linkedin);
    assert!(severities(&linkedin, &long, "platform/too-long").is_empty());
}

#[test]
fn checker_rejects_an_invalid_profile_built_in_code() {
    let mut profile = Profile::default();
    profile.rules.insert("tone/nope".into(), brio::profile::Level::Off);
    let err = Checker::new(CheckerOptions { profile: Some(profile), ..Default::default() })
        .expect_err("invalid");
    let Error::Profile(message) = err else { panic!("profile error expected") };
    assert!(message.starts_with("unknown rule `tone/nope` in `rules`"), "{message}");
}

#[test]
fn error_messages_are_one_line() {
    for (source, format) in [
        ("[voice]\nadress = 1\n", Format::Toml),
        ("name = [\n", Format::Toml),
        ("{\"voice\": {\"adress\": 1}}", Format::Json),
        ("{\"voice\": ", Format::Json),
        ("[[custom]]\nid = \"a\"\npattern = \"(\"\nmessage = \"m\"\n", Format::Toml),
    ] {
        let Err(Error::Profile(message)) = Profile::parse(source, format) else {
            panic!("{source:?} should fail");
        };
        assert!(!message.contains('\n'), "{message:?}");
        assert!(message.contains("line "), "{message:?}");
    }
}
