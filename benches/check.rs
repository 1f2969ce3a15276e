//! Criterion benches of the core: a check on a tweet, on 3,000-character posts in each language,
//! on a 100 KB document; building a Checker; entity extraction alone.
//!
//! `make bench` runs these and the side-by-side Node comparison.

use std::hint::black_box;

use brio::entities::{Dialect, extract};
use brio::{CheckOptions, Checker, CheckerOptions, Platform};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const TWEET_EN: &str = "We are thrilled to announce our partnership with @Acme!!! Join us at VivaTech 2026 in Paris 🚀 https://acme.example/vivatech #innovation #VivaTech2026";
const PARAGRAPH_FR: &str = "Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Depuis trois ans, nos équipes accompagnent les artisans de la région lyonnaise : 120 ateliers équipés, 18 000 heures de formation et un outil de planification pensé avec eux. Rendez-vous le 12 juin à Lyon pour en parler : https://acme.example/lyon #Lyon2026 #artisanat\n\n";
const PARAGRAPH_EN: &str = "We are thrilled to announce that we leverage best-in-class synergies with @Acme. Over three years our field teams visited 1,200 workshops, trained 300 technicians and shipped a scheduling tool designed with them. Come and see it at VivaTech 2026 in Paris: acme.example/launch #FieldService #innovation\n\n";

/// `paragraph` repeated until the text reaches `chars` characters (cut on a char boundary).
fn sized(paragraph: &str, chars: usize) -> String {
    paragraph.chars().cycle().take(chars).collect()
}

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
        ("tweet_en", &x, TWEET_EN.to_string()),
        ("post3000_fr", &linkedin, sized(PARAGRAPH_FR, 3000)),
        ("post3000_en", &linkedin, sized(PARAGRAPH_EN, 3000)),
        ("doc100k_fr", &linkedin, sized(PARAGRAPH_FR, 100_000)),
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
    let text = sized(PARAGRAPH_EN, 3000);
    c.bench_function("entities_3000", |b| b.iter(|| extract(black_box(&text), Dialect::Twitter)));
}

criterion_group!(benches, bench_check, bench_setup, bench_entities);
criterion_main!(benches);
