//! Criterion bench of `brio learn`'s work natively: reading a 10,000-post export (Brio JSON
//! Lines, an X archive, a LinkedIn Shares.csv of the same posts), learning the voice and writing
//! the profile. The target (issue 20): under a second for 10,000 posts. A bench, never a timed
//! test.
//!
//! The posts are eval/voices/'s, repeated with a counter so that no two are the same.

use std::hint::black_box;

use brio::learn::{self, LearnOptions};
use criterion::{Criterion, criterion_group, criterion_main};

const POSTS: usize = 10_000;

/// Every post of eval/voices/, French and English.
fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/voices");
    let mut posts = Vec::new();
    for brand in ["aurel", "glisse", "trameo", "hartwell", "pixel", "fernleaf"] {
        let text = std::fs::read_to_string(format!("{dir}/{brand}.jsonl")).expect("eval/voices");
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            posts.push(v["text"].as_str().expect("text").to_string());
        }
    }
    posts
}

fn posts() -> Vec<String> {
    let base = corpus();
    (0..POSTS).map(|i| format!("{} ({i})", base[i % base.len()])).collect()
}

fn jsonl(posts: &[String]) -> String {
    posts.iter().map(|p| serde_json::json!({ "text": p }).to_string() + "\n").collect()
}

fn x_archive(posts: &[String]) -> String {
    let tweets: Vec<serde_json::Value> = posts
        .iter()
        .enumerate()
        .map(|(i, p)| serde_json::json!({ "tweet": { "id_str": i.to_string(), "full_text": p, "lang": "und" } }))
        .collect();
    format!("window.YTD.tweets.part0 = {}", serde_json::to_string_pretty(&tweets).expect("JSON"))
}

fn linkedin(posts: &[String]) -> String {
    let mut csv = String::from("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n");
    for (i, p) in posts.iter().enumerate() {
        // A line break inside each quoted field, and the quotes doubled, as LinkedIn writes them.
        let field = format!("{}\r\n{}", p.replace('"', "\"\""), i);
        csv.push_str(&format!("2024-04-02 09:15:00,https://www.linkedin.com/feed/update/{i},\"{field}\",,,MEMBER_NETWORK\r\n"));
    }
    csv
}

fn learn_all(source: &str) -> String {
    let archive = learn::read(source).expect("an export");
    let (_, written) =
        learn::learn_profile(&archive.posts, LearnOptions::default()).expect("posts");
    written.toml()
}

fn bench_learn(c: &mut Criterion) {
    let posts = posts();
    let history = jsonl(&posts);
    let archive = x_archive(&posts);
    let shares = linkedin(&posts);
    let mut group = c.benchmark_group("learn");
    group.sample_size(10);
    group.bench_function("history_10k", |b| b.iter(|| learn_all(black_box(&history))));
    group.bench_function("x_archive_10k", |b| b.iter(|| learn_all(black_box(&archive))));
    group.bench_function("linkedin_10k", |b| b.iter(|| learn_all(black_box(&shares))));
    group.finish();
}

criterion_group!(benches, bench_learn);
criterion_main!(benches);
