//! Criterion benches of the core: a check on a tweet, on 3,000-character posts in each language,
//! on a 100 KB document; building a Checker; entity extraction alone. The posts are the files of
//! `bench/posts/`, which the Node comparison (`bench/compare.js`) reads too.
//!
//! `make bench` runs these and the side-by-side Node comparison.

use std::hint::black_box;

use brio::entities::{Dialect, extract};
use brio::{CheckOptions, Checker, CheckerOptions, Platform};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/posts.rs"]
mod posts;
use posts::{POST_EN, POST_FR, TWEET_EN, TWEET_FR, sized};

fn checker(platform: Platform) -> Checker {
    Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() })
        .expect("valid options")
}

fn bench_check(c: &mut Criterion) {
    let options = CheckOptions::default();
    let mut group = c.benchmark_group("check");
    let x = checker(Platform::X);
    let linkedin = checker(Platform::Linkedin);
    let cases = [
        ("tweet_fr", &x, TWEET_FR.to_string()),
        ("tweet_en", &x, TWEET_EN.to_string()),
        ("post3000_fr", &linkedin, POST_FR.to_string()),
        ("post3000_en", &linkedin, POST_EN.to_string()),
        ("doc100k_fr", &linkedin, sized(POST_FR, 100_000)),
    ];
    for (name, checker, text) in &cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| checker.check(black_box(text), &options)));
    }
    group.finish();
}

fn bench_setup(c: &mut Criterion) {
    c.bench_function("checker_new", |b| b.iter(|| checker(black_box(Platform::Linkedin))));
}

fn bench_entities(c: &mut Criterion) {
    let text = POST_EN;
    c.bench_function("entities_3000", |b| b.iter(|| extract(black_box(text), Dialect::Twitter)));
}

criterion_group!(benches, bench_check, bench_setup, bench_entities);
criterion_main!(benches);
