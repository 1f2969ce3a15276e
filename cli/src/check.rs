//! `brio check`.

use std::io::{self, Write};
use std::process::ExitCode;

use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform, Report};
use clap::{Args, ValueEnum};

use crate::format;
use crate::input::{self, Post};

#[derive(Args)]
pub struct CheckArgs {
    /// The platform the posts are for (x, mastodon, bluesky, threads, linkedin, instagram, facebook).
    #[arg(long, default_value = "x")]
    platform: String,
    /// The posts' language: fr, en, or auto to detect it per post.
    #[arg(long, default_value = "auto")]
    locale: String,
    /// A tone-of-voice profile (TOML, or JSON by its .json extension).
    #[arg(long)]
    profile: Option<String>,
    /// The account's past posts, as JSON Lines (a string, or an object with `text`, per line).
    #[arg(long)]
    history: Option<String>,
    /// The brand's reference post, for employee posts that copy it.
    #[arg(long)]
    reference: Option<String>,
    /// Mastodon's content warning, counted in the length.
    #[arg(long)]
    content_warning: Option<String>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Post files; `-` or nothing reads standard input.
    files: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Sarif,
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("brio: {message}");
    ExitCode::from(2)
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let Some(platform) = Platform::from_id(&args.platform) else {
        return usage_error(&format!(
            "unknown platform `{}` (expected one of: {})",
            args.platform,
            Platform::ids().join(", ")
        ));
    };
    let locale = match args.locale.as_str() {
        "auto" => None,
        tag => match Locale::from_tag(tag) {
            Some(l) => Some(l),
            None => {
                return usage_error(&format!("unknown locale `{tag}` (expected fr, en or auto)"));
            }
        },
    };
    let profile = match args.profile.as_deref().map(input::read_profile).transpose() {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let history = match args.history.as_deref().map(input::read_history).transpose() {
        Ok(h) => h.unwrap_or_default(),
        Err(e) => return usage_error(&e),
    };
    let reference = match args.reference.as_deref().map(input::read_text).transpose() {
        Ok(r) => r,
        Err(e) => return usage_error(&e),
    };
    let checker = match Checker::new(CheckerOptions { locale, platform: Some(platform), profile }) {
        Ok(c) => c,
        Err(e) => return usage_error(&e.to_string()),
    };
    let options = CheckOptions {
        history,
        reference,
        content_warning: args.content_warning.clone(),
        ..Default::default()
    };

    let paths: Vec<String> =
        if args.files.is_empty() { vec!["-".into()] } else { args.files.clone() };
    let mut any_error = false;
    let mut unreadable = false;
    let mut checked: Vec<(Post, Report)> = Vec::new();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for path in &paths {
        let post = match input::read_post(path) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("brio: {e}");
                unreadable = true;
                continue;
            }
        };
        let mut report = checker.check(&post.text, &options);
        report.file = Some(post.name.clone());
        any_error |= report.has_errors();
        let written = match args.format {
            OutputFormat::Json => format::json_line(&mut out, &report),
            OutputFormat::Text => format::text(&mut out, &post, &report),
            OutputFormat::Sarif => Ok(()),
        };
        if let Err(e) = written {
            return broken_pipe_or(e);
        }
        if args.format == OutputFormat::Sarif {
            checked.push((post, report));
        }
    }
    if args.format == OutputFormat::Sarif {
        if let Err(e) = format::sarif(&mut out, &checked) {
            return broken_pipe_or(e);
        }
    }
    let _ = out.flush();
    if unreadable {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn broken_pipe_or(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        usage_error(&format!("cannot write output: {e}"))
    }
}
