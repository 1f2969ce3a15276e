//! `Checker.learn(posts, options)`'s work, kept out of the wasm facade so that it is tested
//! natively: posts as an export's text or as a list, to the profile, its TOML and evidence.

use serde::Serialize;
use serde_json::Value;

use super::learner::{LearnOptions, Read};
use super::post::{Kind, Post, Warning};
use crate::platform::Platform;

/// What `Checker.learn` returns.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The profile as an object in the schema: `new Checker({ profile })` takes it as it is.
    pub profile: Value,
    /// The same profile as TOML, each value under its evidence.
    pub toml: String,
    /// `{ notes, values }`: the evidence of each value, by its dotted key.
    pub evidence: Value,
    pub read: Read,
    /// Records skipped in an export, with their line.
    pub warnings: Vec<Warning>,
}

/// Learns from `posts`: a string is an export's text (any format [`super::read()`] reads); an
/// array holds the account's own posts, each a string or `{ text, platform? }`.
pub fn learn_from(posts: &Value, options: LearnOptions) -> Result<Outcome, String> {
    let (posts, warnings) = match posts {
        Value::String(source) => {
            let archive = super::read(source).map_err(|e| e.0)?;
            (archive.posts, archive.warnings)
        }
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let (text, platform) = match item {
                    Value::String(s) => (s.as_str(), None),
                    Value::Object(o) => match o.get("text").and_then(Value::as_str) {
                        Some(text) => (text, o.get("platform").and_then(Value::as_str)),
                        None => return Err(format!("posts[{i}] has no `text` string")),
                    },
                    _ => return Err(format!("posts[{i}] must be a string or {{ text }}")),
                };
                let platform = match platform {
                    Some(id) => Some(Platform::from_id(id).ok_or_else(|| {
                        format!(
                            "posts[{i}]: unknown platform `{id}` (expected one of: {})",
                            Platform::ids().join(", ")
                        )
                    })?),
                    None => None,
                };
                out.push(Post::new(text, Kind::Post, platform, i + 1));
            }
            (out, Vec::new())
        }
        _ => return Err("posts must be an array of posts or the text of an export".to_string()),
    };
    let (learned, written) = super::learn_profile(&posts, options).ok_or(
        "no post of the account's own to learn from (replies, reposts and quotes are left out)",
    )?;
    Ok(Outcome {
        profile: written.profile_json(),
        toml: written.toml(),
        evidence: written.evidence_json(),
        read: learned.read,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_array_or_an_export() {
        let posts: Vec<String> = (0..12)
            .map(|i| format!("Vous trouverez notre agence numéro {i} ouverte ce samedi."))
            .collect();
        let out = learn_from(&json!(posts), LearnOptions::default()).unwrap();
        assert_eq!(out.profile["voice"]["address"], "vous");
        assert_eq!(out.profile["voice"]["learned"]["posts"], 12);
        assert!(
            out.toml.contains("# 12 of 12 posts address the reader as « vous »"),
            "{}",
            out.toml
        );
        let out = learn_from(
            &json!("\"Un post.\"\n{\"text\": \"Un autre.\"}\n"),
            LearnOptions::default(),
        )
        .unwrap();
        assert_eq!(out.read.posts, 2);
    }

    #[test]
    fn bad_input_says_what_is_wrong() {
        let err = learn_from(&json!([1]), LearnOptions::default()).unwrap_err();
        assert!(err.contains("posts[0]"), "{err}");
        let err =
            learn_from(&json!([{ "text": "x", "platform": "myspace" }]), LearnOptions::default())
                .unwrap_err();
        assert!(err.contains("unknown platform"), "{err}");
        assert!(
            learn_from(&json!("hello"), LearnOptions::default())
                .unwrap_err()
                .contains("not a recognised export")
        );
        assert!(learn_from(&json!(3), LearnOptions::default()).is_err());
    }
}
