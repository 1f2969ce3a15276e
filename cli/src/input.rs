//! Reading posts, profiles and histories, with errors that say which file and why.

use std::fs;
use std::io::{self, Read};

use brio::profile::{Format, Profile};

/// A post to check: where it came from and its text.
pub struct Post {
    pub name: String,
    pub text: String,
}

/// Reads a file (or standard input for `-`) as UTF-8.
pub fn read_text(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        buf
    } else {
        fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let name = if path == "-" { "<stdin>" } else { path };
        format!("{name}: not valid UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to())
    })
}

pub fn read_post(path: &str) -> Result<Post, String> {
    let name = if path == "-" { "<stdin>".to_string() } else { path.to_string() };
    Ok(Post { name, text: read_text(path)? })
}

pub fn read_profile(path: &str) -> Result<Profile, String> {
    let source = read_text(path)?;
    Profile::parse(&source, Format::from_path(path)).map_err(|e| format!("{path}: {e}"))
}

/// Reads a history file: JSON Lines, each a JSON string or an object with a `text` field.
/// Blank lines are skipped; anything else is an error naming the line.
pub fn read_history(path: &str) -> Result<Vec<String>, String> {
    let source = read_text(path)?;
    let mut posts = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{path}:{}: not a JSON value: {e}", i + 1))?;
        let text = match value {
            serde_json::Value::String(s) => s,
            serde_json::Value::Object(mut o) => match o.remove("text") {
                Some(serde_json::Value::String(s)) => s,
                _ => {
                    return Err(format!("{path}:{}: object without a string `text` field", i + 1));
                }
            },
            _ => {
                return Err(format!(
                    "{path}:{}: expected a JSON string or an object with `text`",
                    i + 1
                ));
            }
        };
        posts.push(text);
    }
    Ok(posts)
}
