//! Not a timing bench: runs one case a fixed number of times so that a profiler can count it.
//!
//! ```sh
//! cargo bench --bench callgrind --no-run   # prints the binary's path
//! valgrind --tool=callgrind target/release/deps/callgrind-<hash> post_fr 20
//! ```
//! Cases: tweet_fr, tweet_en, post_fr, post_en, doc100k, new (Checker construction); for the
//! hashtag path, sentence_en (one sentence), tags5_en (the same with five generic tags) and
//! post_en_tags30 (post_en ending with a wall of 30 tags). `file:PATH` checks every post of a
//! class of the bench corpus, as `node bench/corpus/generate.js --class CLASS --posts PATH`
//! writes them (each post: a line `platform locale`, the text, then a line with one `\u{1e}`).

use std::hint::black_box;

use brio::{CheckOptions, Checker, CheckerOptions, Platform};

#[path = "common/posts.rs"]
mod posts;

/// One English sentence, alone or followed by tags.
const SENTENCE_EN: &str = "We shipped the new booking flow for our Lyon clinics this week.";
/// Five generic tags.
const TAGS5: &str = "#innovation #motivation #success #tech #digital";
/// Thirty tags: generic, specific, run-together and accented.
const TAGS30: &str = "#innovation #motivation #success #tech #digital #leadership #growth \
    #business #marketing #teamwork #futureofwork #digitaltransformation #customerexperience \
    #healthcare #Lyon #LyonClinics #booking #product #design #ux #startup #entrepreneur #ai \
    #data #cloud #santé #événement #bienêtre #WorkLifeBalance #mondaymotivation";

fn checker(platform: Platform) -> Checker {
    match Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() }) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let case = args.next().unwrap_or_else(|| "post_fr".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let options = CheckOptions::default();
    if let Some(path) = case.strip_prefix("file:") {
        return check_file(path, rounds, &options);
    }
    if let Some(path) = case.strip_prefix("keys:") {
        return keystrokes(path, rounds, &options);
    }
    let (platform, text) = match case.as_str() {
        "tweet_fr" => (Platform::X, posts::TWEET_FR.to_string()),
        "tweet_en" => (Platform::X, posts::TWEET_EN.to_string()),
        "post_fr" => (Platform::Linkedin, posts::POST_FR.to_string()),
        "post_en" => (Platform::Linkedin, posts::POST_EN.to_string()),
        "sentence_en" => (Platform::Linkedin, SENTENCE_EN.to_string()),
        "tags5_en" => (Platform::Linkedin, format!("{SENTENCE_EN} {TAGS5}")),
        "post_en_tags30" => {
            (Platform::Linkedin, format!("{}\n\n{TAGS30}", posts::POST_EN.trim_end()))
        }
        "doc100k" => (Platform::Linkedin, posts::sized(posts::POST_FR, 100_000)),
        "new" => {
            for _ in 0..rounds {
                black_box(checker(Platform::Linkedin));
            }
            return;
        }
        other => panic!("unknown case {other}"),
    };
    let checker = checker(platform);
    let mut diagnostics = 0;
    for _ in 0..rounds {
        diagnostics += checker.check(black_box(&text), &options).diagnostics.len();
    }
    println!("{case}: {rounds} rounds, {diagnostics} diagnostics");
}

/// Types one character at 25 places spread over each post of the file at `path` and deletes
/// it, each an edit of a session answered with its delta (`Session::change`, what the wasm
/// package's `Session.edit` calls), `rounds` times: what an editor does on each keystroke in a
/// long document.
fn keystrokes(path: &str, rounds: usize, options: &CheckOptions) {
    let mut edits = 0;
    for (checker, text) in read_posts(path) {
        let mut session = checker.session(options.clone());
        session.update(&text);
        let places: Vec<usize> = (0..25)
            .map(|i| {
                let at = text.len() * (2 * i + 1) / 50;
                text.get(at..).and_then(|rest| rest.find(' ')).map_or(text.len(), |n| at + n)
            })
            .collect();
        for _ in 0..rounds {
            for &at in &places {
                black_box(session.change(at..at, "s").ok());
                black_box(session.change(at..at + 1, "").ok());
                edits += 2;
            }
        }
    }
    println!("{path}: {rounds} rounds, {edits} edits");
}

/// The posts of the file at `path` (see the module's doc), each with a checker of its
/// platform and locale.
fn read_posts(path: &str) -> Vec<(Checker, String)> {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    source
        .split("\n\u{1e}\n")
        .filter(|post| !post.trim().is_empty())
        .map(|post| {
            let (head, text) = post.split_once('\n').unwrap_or((post, ""));
            let (platform, locale) = head.split_once(' ').unwrap_or((head, "en"));
            let options = CheckerOptions {
                platform: Platform::from_id(platform),
                locale: brio::Locale::from_tag(locale),
                ..Default::default()
            };
            let checker = Checker::new(options).unwrap_or_else(|e| panic!("{e}"));
            (checker, text.to_string())
        })
        .collect()
}

/// Checks each post of the file at `path` (see the module's doc) `rounds` times, each with a
/// checker of its platform and locale.
fn check_file(path: &str, rounds: usize, options: &CheckOptions) {
    let posts = read_posts(path);
    let mut diagnostics = 0;
    for _ in 0..rounds {
        for (checker, text) in &posts {
            diagnostics += checker.check(black_box(text), options).diagnostics.len();
        }
    }
    println!("{path}: {} posts, {rounds} rounds, {diagnostics} diagnostics", posts.len());
}
