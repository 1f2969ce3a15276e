//! `brio learn`: a brand's voice learned from its own past posts, printed as a profile with
//! the evidence of each value.

use std::io::{self, Write};
use std::process::ExitCode;

use brio::Locale;
use brio::learn::{self, LearnOptions};
use clap::{Args, ValueEnum};

use crate::input;

#[derive(Args)]
pub struct LearnArgs {
    /// The language to learn: `auto` detects each post's and learns the most common one.
    #[arg(long, default_value = "auto")]
    locale: String,
    /// `toml`: the profile with its evidence as comments; `json`: `{ profile, evidence, read,
    /// warnings }`, whose `profile` loads as a JSON profile.
    #[arg(long, value_enum, default_value_t = LearnFormat::Toml)]
    format: LearnFormat,
    /// Exports of the brand's posts: an X archive's tweets.js, Mastodon's outbox.json,
    /// LinkedIn's Shares.csv, Bluesky post records (JSON or JSON Lines), Brio history (JSON
    /// Lines); `-` for standard input. Recognised by content.
    #[arg(required = true)]
    files: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LearnFormat {
    Toml,
    Json,
}

pub fn run(args: &LearnArgs) -> ExitCode {
    let locale = match args.locale.as_str() {
        "auto" => None,
        tag => match Locale::from_tag(tag) {
            Some(l) => Some(l),
            None => {
                eprintln!("brio: unknown locale `{tag}` (expected fr, en or auto)");
                return ExitCode::from(2);
            }
        },
    };
    let mut posts = Vec::new();
    let mut warnings = Vec::new();
    for path in &args.files {
        let text = match input::read_text(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("brio: {e}");
                return ExitCode::from(2);
            }
        };
        let archive = match learn::read(&text) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("brio: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        for w in &archive.warnings {
            eprintln!("brio: {path}:{}: warning: {}", w.line, w.message);
            warnings
                .push(serde_json::json!({ "file": path, "line": w.line, "message": w.message }));
        }
        posts.extend(archive.posts);
    }
    let Some((learned, written)) = learn::learn_profile(&posts, LearnOptions { locale }) else {
        let which = locale.map_or(String::new(), |l| format!(" in `{}`", l.as_str()));
        eprintln!(
            "brio: no post of the account's own{which} to learn from (replies, reposts and quotes are left out)"
        );
        return ExitCode::from(2);
    };
    let out = match args.format {
        LearnFormat::Toml => written.toml(),
        LearnFormat::Json => {
            let value = serde_json::json!({
                "profile": written.profile_json(),
                "evidence": written.evidence_json(),
                "read": learned.read,
                "warnings": warnings,
            });
            format!("{value:#}\n")
        }
    };
    match io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("brio: cannot write output: {e}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}
