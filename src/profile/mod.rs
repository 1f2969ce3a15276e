//! The tone-of-voice profile: what a brand states once about its voice.
//!
//! Loaded from TOML or JSON; every field is optional; unknown keys are errors that name the key,
//! its line and column, and the nearest valid key. Names the profile uses (rule ids, platform
//! ids) must exist and its patterns must compile: a broken profile fails at load, not at check.

mod compiled;
mod load;
mod locate;
pub mod regex;
mod suggest;
mod toml_json;
mod validate;

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::report::Severity;

pub use compiled::CompiledProfile;

/// A rule's level in a profile: off, or a severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    Hint,
    Info,
    Warning,
    Error,
}

impl Level {
    const NAMES: &[&str] = &["off", "hint", "info", "warning", "error"];
    const ALL: [Level; 5] = [Level::Off, Level::Hint, Level::Info, Level::Warning, Level::Error];

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

/// A brand's tone-of-voice profile (the schema: `docs/architecture.md`, "Profile"). Every field
/// is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: Option<String>,
    /// `fr`, `en` or `auto`.
    pub locale: Option<String>,
    #[serde(default)]
    pub voice: Voice,
    /// Per-rule level: `off`, `hint`, `info`, `warning`, `error`.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    #[serde(default)]
    pub terms: Vec<Term>,
    #[serde(default)]
    pub hashtags: Hashtags,
    /// Overrides per platform id (`[platforms.linkedin.voice]`).
    #[serde(default)]
    pub platforms: BTreeMap<String, PlatformOverride>,
    #[serde(default)]
    pub stakeholders: Vec<Stakeholder>,
    #[serde(default)]
    pub custom: Vec<CustomRule>,
}

/// How the brand addresses its readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    Tu,
    Vous,
    Any,
}

impl Address {
    const NAMES: &[&str] = &["tu", "vous", "any"];
    const ALL: [Address; 3] = [Address::Tu, Address::Vous, Address::Any];
}

/// A value written as one of a few names. Read as a string rather than as a serde enum: the
/// same messages from every notation ("unknown variant `loud`, expected one of …", "invalid type:
/// integer `3`, expected one of …"), where serde_json's enum reader says only "expected value"
/// for a number.
struct OneOf(&'static [&'static str]);

impl<'de> serde::de::Visitor<'de> for OneOf {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "one of {}", suggest::list(self.0))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        self.0.iter().position(|name| *name == v).ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let i = d.deserialize_str(OneOf(Level::NAMES))?;
        Ok(Level::ALL.get(i).copied().unwrap_or(Level::Off))
    }
}

impl<'de> Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let i = d.deserialize_str(OneOf(Address::NAMES))?;
        Ok(Address::ALL.get(i).copied().unwrap_or(Address::Any))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    pub address: Option<Address>,
    pub max_exclamations: Option<u32>,
    pub max_emoji: Option<u32>,
    pub max_sentence_words: Option<u32>,
    /// What `brio learn` measured in the brand's own posts, for `tone/off-voice`.
    pub learned: Option<LearnedVoice>,
}

/// The brand's habits as `brio learn` counted them in its own past posts (`[voice.learned]`):
/// counts of posts out of `posts`, and typical values. `tone/off-voice` compares a draft with
/// them; without this table it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct LearnedVoice {
    /// How many of the brand's own posts (replies and reposts left out) were read.
    pub posts: u32,
    /// Posts that address the reader as « tu » / « vous » (French).
    pub tu: Option<u32>,
    pub vous: Option<u32>,
    /// Posts with an English contraction.
    pub contractions: Option<u32>,
    /// Posts that speak as « je » / "I", and as « nous » / "we".
    pub i: Option<u32>,
    pub we: Option<u32>,
    /// Posts with at least one emoji, and the habitual most per post (a high percentile).
    pub emoji_posts: Option<u32>,
    pub emoji: Option<u32>,
    /// Posts that open with an emoji ("🚋 Ligne A : …").
    pub emoji_openers: Option<u32>,
    /// Posts with an exclamation mark, and the habitual most per post.
    pub exclamation_posts: Option<u32>,
    pub exclamations: Option<u32>,
    /// The median sentence, in words.
    pub sentence_words: Option<u32>,
    /// The brand's own names as it spells them ("BrioPay"): another spelling gets a fix.
    #[serde(default)]
    pub terms: Vec<String>,
}

impl Voice {
    /// `self` with the fields that `over` sets replaced.
    pub fn merged(&self, over: &Voice) -> Voice {
        Voice {
            address: over.address.or(self.address),
            max_exclamations: over.max_exclamations.or(self.max_exclamations),
            max_emoji: over.max_emoji.or(self.max_emoji),
            max_sentence_words: over.max_sentence_words.or(self.max_sentence_words),
            learned: over.learned.clone().or_else(|| self.learned.clone()),
        }
    }
}

/// One terminology entry: `use` + `instead_of` (prefer, with a fix), `avoid` (with a reason),
/// or `spelling` (the one right way to write a name, such as "LinkedIn").
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[serde(rename = "use")]
    pub use_: Option<String>,
    #[serde(default)]
    pub instead_of: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    pub spelling: Option<String>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hashtags {
    #[serde(default)]
    pub banned: Vec<String>,
    /// Campaign tags every post must carry.
    #[serde(default)]
    pub required: Vec<String>,
    /// Never hollow for this brand.
    #[serde(default)]
    pub allowed: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlatformOverride {
    #[serde(default)]
    pub voice: Voice,
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
}

/// A person or organisation the brand should tag when it names them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    pub name: String,
    /// Other ways the post may name them.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Handle per platform id, such as `x = "@Bpifrance"`.
    #[serde(default)]
    pub handles: BTreeMap<String, String>,
}

/// A brand's own pattern rule, reported as `custom/<id>`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRule {
    pub id: String,
    /// A regular expression (Rust `regex` syntax).
    pub pattern: String,
    pub message: String,
    pub level: Option<Level>,
    /// Replacement offered as a fix, if any.
    pub replacement: Option<String>,
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
        if path.to_ascii_lowercase().ends_with(".json") { Format::Json } else { Format::Toml }
    }
}

impl Profile {
    /// Parses and validates a profile. The error names the key, its line and column, the table
    /// it is in, and what would be right:
    /// "unknown key `adress` at line 4, column 1 in [voice]: did you mean `address`?".
    pub fn parse(source: &str, format: Format) -> Result<Profile, crate::Error> {
        load::parse(source, format, &crate::rules::ids())
    }

    /// Checks a profile built in code or decoded from a JS object (there is no source to point
    /// into, so the error names the table but no line).
    pub fn validate(&self) -> Result<(), crate::Error> {
        // Without profiles, the only profile is the default one, valid (and the validator's
        // code is left out of the `.wasm`).
        if !cfg!(feature = "profiles") {
            return Ok(());
        }
        match validate::problems(self, &crate::rules::ids()).first() {
            Some(problem) => Err(crate::Error::Profile(load::render(problem, None, Format::Json))),
            None => Ok(()),
        }
    }
}
