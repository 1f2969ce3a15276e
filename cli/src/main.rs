//! `brio`: check social posts from the command line.
//!
//! Exit codes: 0 when no input has an error diagnostic, 1 when some do, 2 for bad usage, an
//! unreadable input or an invalid profile (with a message on stderr saying which and why).

mod audit;
mod check;
mod format;
mod input;
mod learn;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "brio",
    version,
    about = "Checks social posts against a brand's voice, platform rules and hollow hashtags"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check posts (files, or standard input with `-` or no file).
    Check(check::CheckArgs),
    /// Report hashtag habits across past posts.
    Audit(audit::AuditArgs),
    /// Learn a brand's voice from its past posts and print it as a profile.
    Learn(learn::LearnArgs),
    /// List the rules.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Audit(args) => audit::run(&args),
        Command::Learn(args) => learn::run(&args),
        Command::Rules { format } => match format::print_rules(format) {
            // A closed pipe (`brio rules | head`) is not an error.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("brio: cannot write output: {e}");
                ExitCode::from(2)
            }
            _ => ExitCode::SUCCESS,
        },
    }
}
