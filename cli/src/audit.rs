//! `brio audit`: hashtag habits across an account's past posts.

use std::io::{self, Write};
use std::process::ExitCode;

use brio::Platform;
use brio::hashtags::{self, Hollowness, history};
use brio::i18n::{self, Locale};
use brio::report::Grade;
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::input;

#[derive(Args)]
pub struct AuditArgs {
    /// The account's past posts, newest first, as JSON Lines (a string, or an object with
    /// `text`, per line).
    #[arg(long)]
    history: String,
    /// The platform the posts were written for (decides how tags are linked).
    #[arg(long, default_value = "x")]
    platform: String,
    #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
    format: AuditFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    Text,
    Json,
}

#[derive(Serialize)]
struct Row {
    tag: String,
    posts: usize,
    total: usize,
    share: f32,
    grade: Grade,
    verdict: &'static str,
}

fn verdict_of(usage: &history::Usage, locale: Locale) -> (Grade, &'static str) {
    let pieces = hashtags::frequency::segment_best(locale, &usage.key);
    let hollow = matches!(
        hashtags::score::score(&usage.key, pieces.as_deref(), locale),
        Hollowness::Hollow(_)
    );
    match (usage.is_autopilot(), hollow) {
        (true, true) => (Grade::Autopilot, "autopilot and hollow: drop it"),
        (true, false) => (Grade::Autopilot, "autopilot: keep it only if it is a campaign tag"),
        (false, true) => (Grade::Hollow, "hollow: replace it with what the post is about"),
        (false, false) => (Grade::Specific, "fine"),
    }
}

pub fn run(args: &AuditArgs) -> ExitCode {
    let Some(platform) = Platform::from_id(&args.platform) else {
        eprintln!(
            "brio: unknown platform `{}` (expected one of: {})",
            args.platform,
            Platform::ids().join(", ")
        );
        return ExitCode::from(2);
    };
    let posts = match input::read_history(&args.history) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("brio: {e}");
            return ExitCode::from(2);
        }
    };
    let locale = i18n::detect(&posts.join("\n")).unwrap_or(Locale::En);
    let usage = history::usage_of_posts(&posts, platform.info().dialect);
    let rows: Vec<Row> = usage
        .iter()
        .map(|u| {
            let (grade, verdict) = verdict_of(u, locale);
            Row {
                tag: u.display.clone(),
                posts: u.posts,
                total: u.total,
                share: u.share(),
                grade,
                verdict,
            }
        })
        .collect();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        AuditFormat::Json => serde_json::to_writer(&mut out, &rows)
            .map_err(io::Error::other)
            .and_then(|()| writeln!(out)),
        AuditFormat::Text => write_text(&mut out, &rows, posts.len()),
    };
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("brio: cannot write output: {e}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn write_text(out: &mut impl Write, rows: &[Row], posts: usize) -> io::Result<()> {
    let window = posts.min(history::WINDOW);
    writeln!(out, "{window} most recent posts of {posts} audited")?;
    if window < history::MIN_POSTS {
        writeln!(
            out,
            "(fewer than {} posts: no habit can be told from chance)",
            history::MIN_POSTS
        )?;
    }
    for row in rows {
        let grade = serde_json::to_value(row.grade).ok();
        let grade = grade.as_ref().and_then(|g| g.as_str()).unwrap_or("");
        writeln!(
            out,
            "{:<28} {:>3}/{:<3} {:>4.0} %  {:<9} {}",
            row.tag,
            row.posts,
            row.total,
            row.share * 100.0,
            grade,
            row.verdict
        )?;
    }
    Ok(())
}
