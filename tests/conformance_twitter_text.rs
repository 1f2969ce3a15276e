//! twitter-text's public conformance suite (Apache-2.0), run against Brio's X entity extraction,
//! validators and weighted length.
//!
//! The YAML files are read at run time from `$BRIO_SHARED/conformance/twitter-text/` (the
//! Makefile sets `BRIO_SHARED`), else from `../shared/` beside the crate, as the suite asks
//! ("do not convert these files to test cases statically"). Missing files fail the test.
//!
//! Indices in the suite are UTF-16 code units, as twitter-text's JavaScript reports them; Brio's
//! byte spans are converted before comparing.

use std::fmt::Write as _;
use std::path::PathBuf;

use brio::entities::{Dialect, extract, twitter};
use brio::platform::{Platform, measure};
use brio::text::{Document, Span, utf16_len};
use unicode_normalization::UnicodeNormalization;
use yaml_rust2::{Yaml, YamlLoader};

/// Sections and the pass rate each must reach, in percent.
const REQUIRED: &[(&str, f64)] = &[
    ("extract/mentions", 95.0),
    ("extract/mentions_with_indices", 95.0),
    ("extract/mentions_or_lists_with_indices", 95.0),
    ("extract/replies", 95.0),
    ("extract/urls", 95.0),
    ("extract/urls_with_indices", 95.0),
    ("extract/urls_with_directional_markers", 95.0),
    ("extract/tco_urls_with_params", 95.0),
    ("extract/hashtags", 100.0),
    ("extract/hashtags_from_astral", 100.0),
    ("extract/hashtags_with_indices", 100.0),
    ("extract/cashtags", 95.0),
    ("extract/cashtags_with_indices", 95.0),
    ("validate/tweets", 100.0),
    ("validate/usernames", 95.0),
    ("validate/lists", 95.0),
    ("validate/hashtags", 100.0),
    ("validate/urls", 95.0),
    ("validate/urls_without_protocol", 95.0),
    ("validate/WeightedTweetsCounterTest", 100.0),
    ("validate/WeightedTweetsWithDiscountedEmojiCounterTest", 100.0),
    ("validate/UnicodeDirectionalMarkerCounterTest", 100.0),
    ("tlds/country", 95.0),
    ("tlds/generic", 95.0),
];

fn suite_dir() -> PathBuf {
    let shared = std::env::var_os("BRIO_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    shared.join("conformance/twitter-text")
}

fn load(name: &str) -> Yaml {
    let path = suite_dir().join(name);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            let where_ = if std::env::var_os("CI").is_some() { "CI" } else { "this machine" };
            panic!(
                "\n\n*** twitter-text conformance suite MISSING on {where_}: cannot read {} ({err}).\n\
                 *** Set BRIO_SHARED to the shared/ folder holding conformance/twitter-text/.\n\n",
                path.display()
            );
        }
    };
    let mut docs = YamlLoader::load_from_str(&text)
        .unwrap_or_else(|err| panic!("{}: invalid YAML: {err}", path.display()));
    assert!(!docs.is_empty(), "{}: empty YAML", path.display());
    docs.swap_remove(0)
}

/// Outcome of one section.
struct Section {
    name: String,
    passed: usize,
    failures: Vec<String>,
}

impl Section {
    fn total(&self) -> usize {
        self.passed + self.failures.len()
    }

    fn rate(&self) -> f64 {
        if self.total() == 0 { 100.0 } else { self.passed as f64 * 100.0 / self.total() as f64 }
    }
}

fn u16_span(text: &str, span: &Span) -> (usize, usize) {
    let start = utf16_len(text.get(..span.start).unwrap_or(""));
    let end = start + utf16_len(text.get(span.clone()).unwrap_or(""));
    (start, end)
}

fn s(text: &str, span: &Span) -> String {
    text.get(span.clone()).unwrap_or("").to_owned()
}

/// Drops the sigil (`#`, `＃`, `$`) of an entity's text.
fn body(text: &str, span: &Span) -> String {
    s(text, span).chars().skip(1).collect()
}

fn strings(y: &Yaml) -> Vec<String> {
    y.as_vec()
        .map(|v| v.iter().map(|x| x.as_str().unwrap_or("").to_owned()).collect())
        .unwrap_or_default()
}

fn indices(y: &Yaml) -> (usize, usize) {
    let get = |i: usize| y["indices"][i].as_i64().unwrap_or(-1) as usize;
    (get(0), get(1))
}

/// Expected list of (value, indices) from `key` and `indices` fields.
fn with_indices(expected: &Yaml, key: &str) -> Vec<(String, (usize, usize))> {
    expected
        .as_vec()
        .map(|v| v.iter().map(|e| (e[key].as_str().unwrap_or("").to_owned(), indices(e))).collect())
        .unwrap_or_default()
}

/// Runs one extract.yml section: the actual result, rendered as a comparable value.
fn run_extract(section: &str, text: &str, expected: &Yaml) -> Option<(String, String)> {
    let show = |v: &dyn std::fmt::Debug| format!("{v:?}");
    let (want, got) = match section {
        "mentions" => (
            show(&strings(expected)),
            show(
                &twitter::mentions_or_lists(text)
                    .iter()
                    .filter(|m| m.list.is_none())
                    .map(|m| s(text, &m.name))
                    .collect::<Vec<_>>(),
            ),
        ),
        "mentions_with_indices" => (
            show(&with_indices(expected, "screen_name")),
            show(
                &twitter::mentions_or_lists(text)
                    .iter()
                    .filter(|m| m.list.is_none())
                    .map(|m| (s(text, &m.name), u16_span(text, &m.span)))
                    .collect::<Vec<_>>(),
            ),
        ),
        "mentions_or_lists_with_indices" => {
            let want: Vec<_> = expected
                .as_vec()
                .map(|v| {
                    v.iter()
                        .map(|e| {
                            (
                                e["screen_name"].as_str().unwrap_or("").to_owned(),
                                e["list_slug"].as_str().unwrap_or("").to_owned(),
                                indices(e),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let got: Vec<_> = twitter::mentions_or_lists(text)
                .iter()
                .map(|m| {
                    let slug = m.list.as_ref().map(|l| s(text, l)).unwrap_or_default();
                    (s(text, &m.name), slug, u16_span(text, &m.span))
                })
                .collect();
            (show(&want), show(&got))
        }
        "replies" => {
            (show(&expected.as_str()), show(&twitter::reply(text).map(|r| s(text, &r)).as_deref()))
        }
        "urls" | "tco_urls_with_params" | "country" | "generic" => (
            show(&strings(expected)),
            show(&twitter::urls(text).iter().map(|u| s(text, u)).collect::<Vec<_>>()),
        ),
        "urls_with_indices" | "urls_with_directional_markers" => (
            show(&with_indices(expected, "url")),
            show(
                &twitter::urls(text)
                    .iter()
                    .map(|u| (s(text, u), u16_span(text, u)))
                    .collect::<Vec<_>>(),
            ),
        ),
        "hashtags" | "hashtags_from_astral" => (
            show(&strings(expected)),
            show(&twitter::hashtags(text).iter().map(|h| body(text, h)).collect::<Vec<_>>()),
        ),
        "hashtags_with_indices" => (
            show(&with_indices(expected, "hashtag")),
            show(
                &twitter::hashtags(text)
                    .iter()
                    .map(|h| (body(text, h), u16_span(text, h)))
                    .collect::<Vec<_>>(),
            ),
        ),
        "cashtags" => (
            show(&strings(expected)),
            show(&twitter::cashtags(text).iter().map(|c| body(text, c)).collect::<Vec<_>>()),
        ),
        "cashtags_with_indices" => (
            show(&with_indices(expected, "cashtag")),
            show(
                &twitter::cashtags(text)
                    .iter()
                    .map(|c| (body(text, c), u16_span(text, c)))
                    .collect::<Vec<_>>(),
            ),
        ),
        _ => return None,
    };
    Some((want, got))
}

/// twitter-text's `parseTweet` result, computed with Brio's X length counter. `emoji` selects
/// config v3 (emoji weigh 2 whole) over v2 (each code point weighs on its own).
fn parse_tweet(text: &str, emoji: bool) -> String {
    let normalized: String = text.nfc().collect();
    let mut entities = extract(&normalized, Dialect::Twitter);
    if !emoji {
        entities.emoji.clear();
    }
    let length = measure(Platform::X, &Document::new(&normalized), &entities, "");
    let weighted = length.used;
    let invalid_at =
        normalized.char_indices().find(|&(_, c)| matches!(c, '\u{FFFE}' | '\u{FEFF}' | '\u{FFFF}'));
    let valid = invalid_at.is_none() && weighted > 0 && weighted <= length.limit;
    let permillage = (weighted as f64 / length.limit as f64 * 1000.0).floor() as i64;
    // The last UTF-16 index that still fits, in the normalized text, shifted back by the
    // normalization's change of length (as twitter-text does).
    let cut = [length.overflow_start, invalid_at.map(|(i, _)| i)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(normalized.len());
    let valid_end = utf16_len(&normalized[..cut]) as i64 - 1 + utf16_len(text) as i64
        - utf16_len(&normalized) as i64;
    let display_end = utf16_len(text).saturating_sub(1);
    format!(
        "weightedLength={weighted} valid={valid} permillage={permillage} validRange=0..{valid_end} displayRange=0..{display_end}"
    )
}

/// The `tweets` section's expectations date from the 140-character limit (twitter-text config
/// v1: every code point weighs 1, a URL 23, at most 140): a 141-character tweet must be refused,
/// which config v3 would accept. Brio's `is_valid_tweet` follows v3; this replays v1 with the
/// same URL extraction.
fn valid_v1(text: &str) -> bool {
    let normalized: String = text.nfc().collect();
    let urls = twitter::urls(&normalized);
    let in_urls: usize = urls.iter().map(|u| s(&normalized, u).chars().count()).sum();
    let length = normalized.chars().count() - in_urls + 23 * urls.len();
    !text.is_empty() && !twitter::has_invalid_characters(text) && length <= 140
}

fn expected_parse(e: &Yaml) -> String {
    let n = |k: &str| e[k].as_i64().unwrap_or(-1);
    format!(
        "weightedLength={} valid={} permillage={} validRange={}..{} displayRange={}..{}",
        n("weightedLength"),
        e["valid"].as_bool().unwrap_or(false),
        n("permillage"),
        n("validRangeStart"),
        n("validRangeEnd"),
        n("displayRangeStart"),
        n("displayRangeEnd"),
    )
}

fn run_validate(section: &str, text: &str, expected: &Yaml) -> Option<(String, String)> {
    let flag = |got: bool| Some((format!("{:?}", expected.as_bool()), format!("{:?}", Some(got))));
    match section {
        "tweets" => flag(valid_v1(text)),
        "usernames" => flag(twitter::is_valid_username(text)),
        "lists" => flag(twitter::is_valid_list(text)),
        "hashtags" => flag(twitter::is_valid_hashtag(text)),
        "urls" => flag(twitter::is_valid_url(text, true)),
        "urls_without_protocol" => flag(twitter::is_valid_url(text, false)),
        "WeightedTweetsCounterTest" => Some((expected_parse(expected), parse_tweet(text, false))),
        "WeightedTweetsWithDiscountedEmojiCounterTest" | "UnicodeDirectionalMarkerCounterTest" => {
            Some((expected_parse(expected), parse_tweet(text, true)))
        }
        _ => None,
    }
}

fn run_file(file: &str, sections: &mut Vec<Section>) {
    let doc = load(&format!("{file}.yml"));
    let Some(tests) = doc["tests"].as_hash() else {
        panic!("{file}.yml: no `tests` mapping");
    };
    for (name, cases) in tests {
        let name = name.as_str().unwrap_or("");
        let mut section =
            Section { name: format!("{file}/{name}"), passed: 0, failures: Vec::new() };
        for case in cases.as_vec().map(Vec::as_slice).unwrap_or(&[]) {
            let text = case["text"].as_str().unwrap_or("");
            let description = case["description"].as_str().unwrap_or("?");
            let outcome = match file {
                "validate" => run_validate(name, text, &case["expected"]),
                _ => run_extract(name, text, &case["expected"]),
            };
            let Some((want, got)) = outcome else {
                section.failures.push(format!("{description}: section not run"));
                continue;
            };
            if want == got {
                section.passed += 1;
            } else {
                let mut short = got.clone();
                short.truncate(300);
                let mut want_short = want.clone();
                want_short.truncate(300);
                section
                    .failures
                    .push(format!("{description}\n      want {want_short}\n      got  {short}"));
            }
        }
        sections.push(section);
    }
}

#[test]
fn twitter_text_conformance() {
    let mut sections = Vec::new();
    for file in ["extract", "validate", "tlds"] {
        run_file(file, &mut sections);
    }
    let mut table = String::from("\ntwitter-text conformance\n");
    let _ = writeln!(table, "{:<58} {:>9} {:>8} {:>9}", "section", "passed", "rate", "required");
    let mut problems = Vec::new();
    for (name, _) in REQUIRED {
        if !sections.iter().any(|s| s.name == *name) {
            problems.push(format!("section {name} missing from the suite"));
        }
    }
    for section in &sections {
        let required = REQUIRED.iter().find(|(n, _)| *n == section.name).map(|r| r.1);
        let _ = writeln!(
            table,
            "{:<58} {:>4}/{:<4} {:>7.1}% {:>9}",
            section.name,
            section.passed,
            section.total(),
            section.rate(),
            required.map_or("-".to_owned(), |r| format!("{r:.0}%")),
        );
        if required.is_some_and(|r| section.rate() < r) {
            problems.push(format!(
                "{} at {:.1}% (needs {:.0}%); failing cases:\n    {}",
                section.name,
                section.rate(),
                required.unwrap_or(100.0),
                section.failures.join("\n    ")
            ));
        }
    }
    eprintln!("{table}");
    for section in &sections {
        for failure in &section.failures {
            eprintln!("  [{}] {failure}", section.name);
        }
    }
    assert!(problems.is_empty(), "{table}\n{}", problems.join("\n"));
}
