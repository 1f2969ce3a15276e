//! The tone-of-voice profile: what a brand states once about its voice.
//!
//! Loaded from TOML or JSON; every field is optional; unknown keys are errors.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::report::Severity;

/// A rule's level in a profile: off, or a severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Hint,
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Hint => Some(Severity::Hint),
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: Option<String>,
    pub locale: Option<String>,
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
}

/// The two notations a profile can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// Guesses from a file name: `.json` is JSON, anything else TOML.
    pub fn from_path(path: &str) -> Format {
        if path.to_ascii_lowercase().ends_with(".json") {
            Format::Json
        } else {
            Format::Toml
        }
    }
}

impl Profile {
    /// Parses a profile. The error names the place (line and column) and the problem.
    pub fn parse(source: &str, format: Format) -> Result<Profile, crate::Error> {
        match format {
            Format::Toml => {
                toml::from_str(source).map_err(|e| crate::Error::Profile(e.to_string()))
            }
            Format::Json => {
                serde_json::from_str(source).map_err(|e| crate::Error::Profile(e.to_string()))
            }
        }
    }
}
