//! Extreme inputs: each is checked without a panic and with valid ranges. (Speed is measured by
//! the benches, not asserted here.)

use brio::{CheckOptions, Checker, CheckerOptions, Platform, Report};

fn check_all_platforms(text: &str) -> Vec<Report> {
    Platform::ALL
        .iter()
        .map(|&platform| {
            let checker =
                Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() })
                    .expect("default options");
            checker.check(text, &CheckOptions::default())
        })
        .collect()
}

fn assert_valid(text: &str, report: &Report) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let low_surrogate = |i: usize| units.get(i).is_some_and(|u| (0xDC00..0xE000).contains(u));
    let mut ranges: Vec<(usize, usize)> =
        report.diagnostics.iter().map(|d| (d.start, d.end)).collect();
    let e = &report.entities;
    for list in [&e.hashtags, &e.mentions, &e.urls, &e.cashtags] {
        ranges.extend(list.iter().map(|x| (x.start, x.end)));
    }
    for (start, end) in ranges {
        assert!(start <= end && end <= units.len(), "{start}..{end} of {}", units.len());
        assert!(!low_surrogate(start) && !low_surrogate(end), "{start}..{end} splits a pair");
    }
}

fn run(text: &str) {
    for report in check_all_platforms(text) {
        assert_valid(text, &report);
    }
}

#[test]
fn a_one_megabyte_paste() {
    let paragraph = "Nous sommes fiers de vous annoncer notre partenariat ! Rendez-vous à VivaTech 2026 🚀 https://acme.example #innovation\n";
    let text: String = paragraph.chars().cycle().take(1_000_000).collect();
    run(&text);
}

#[test]
fn fifty_thousand_hash_signs() {
    run(&"#".repeat(50_000));
}

#[test]
fn twenty_thousand_hashtags() {
    let text: String = (0..20_000).map(|i| format!("#tag{i} ")).collect();
    let reports = check_all_platforms(&text);
    for report in &reports {
        assert_valid(&text, report);
    }
}

#[test]
fn zalgo_text() {
    let zalgo: String = "Bonjour"
        .chars()
        .flat_map(|c| {
            std::iter::once(c).chain((0..40).map(|i| char::from_u32(0x300 + i).unwrap_or('a')))
        })
        .collect();
    run(&zalgo);
}

#[test]
fn nul_bytes_crlf_bom_and_lone_marks() {
    run("a\0b\0#tag\0@user\0");
    run("Line one!\r\nLine two  ?\r\n\r\n#tag\r\n");
    run("\u{feff}Bonjour ! #BOM");
    run("\u{301}\u{301}#\u{301}tag @\u{301} \u{200d}\u{200d}");
}

#[test]
fn the_same_input_gives_the_same_report() {
    let text = "We are thrilled to announce that we leverage best-in-class synergies!!! #innovation #innovation @acme https://acme.example";
    let checker = Checker::new(CheckerOptions::default()).expect("default options");
    let first =
        serde_json::to_string(&checker.check(text, &CheckOptions::default())).expect("json");
    for _ in 0..5 {
        let again =
            serde_json::to_string(&checker.check(text, &CheckOptions::default())).expect("json");
        assert_eq!(first, again);
    }
}

/// A megabyte of the same exclamation gives one finding every five bytes: the report keeps a
/// bounded number of them and says how many more there are, with the verdict unchanged.
#[test]
fn a_megabyte_of_findings_is_capped_and_counted() {
    let text = "Wow! ".repeat(200_000);
    let checker = Checker::new(CheckerOptions {
        platform: Some(Platform::Linkedin),
        locale: Some(brio::Locale::En),
        ..Default::default()
    })
    .expect("default options");
    let report = checker.check(&text, &CheckOptions::default());
    assert_valid(&text, &report);
    assert!(report.diagnostics.len() <= 1_000 + 64, "{} diagnostics", report.diagnostics.len());
    let summaries: Vec<_> =
        report.diagnostics.iter().filter(|d| d.message.contains("are not shown")).collect();
    assert!(!summaries.is_empty(), "no summary of the findings left out");
    let left_out: usize =
        summaries.iter().filter_map(|d| d.message.split(' ').next()?.parse::<usize>().ok()).sum();
    assert!(left_out > 100_000, "only {left_out} counted as left out");
    let shown = report.diagnostics.len() - summaries.len();
    assert!(shown >= 200, "{shown} shown");
}
