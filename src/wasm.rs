//! The `#[wasm_bindgen]` facade (wasm32 only): options in, report out, nothing else.
//!
//! Every input from JavaScript is untrusted: options are decoded strictly (unknown keys are
//! errors that name the key) and every failure becomes a thrown JS `Error` with a clear message.
//! Nothing here may panic: a panic is a wasm trap, and a trap leaves the editor without hints.

use js_sys::{Array, Object, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::hashtags::TagStats;
use crate::profile::{Format, Profile};
use crate::{CheckOptions, CheckerOptions, Locale, Platform, Suggestion};

/// The types of the report and of the options, for `pkg/brio.d.ts`. Keep in step with
/// `report.rs`, `platform/` and `RuleInfo`: the JS tests check the shapes at run time.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
export type Severity = "error" | "warning" | "info" | "hint";
export type LocaleId = "fr" | "en";
export type PlatformId = "x" | "mastodon" | "bluesky" | "threads" | "linkedin" | "instagram" | "facebook";
export type LengthUnit = "weighted" | "graphemes" | "characters";
export type HashtagGrade = "specific" | "hollow" | "autopilot" | "banned" | "campaign";

/** A proposed edit; `start`/`end` are UTF-16 offsets into the checked text, end exclusive. */
export interface Suggestion {
  label: string;
  replacement: string;
  start: number;
  end: number;
  /** Safe fixes keep the meaning (typography, casing); unsafe ones change wording. */
  safe: boolean;
}

export interface Diagnostic {
  /** Stable rule id, `category/name`, e.g. `platform/too-long`. */
  rule: string;
  category: string;
  severity: Severity;
  /** In the post's locale. */
  message: string;
  /** UTF-16 offsets: `text.slice(start, end)` is the flagged text. */
  start: number;
  end: number;
  suggestions: Suggestion[];
}

/** A hashtag, mention, URL or cashtag; `text` includes its sigil (`#`, `＃`, `@`, `$`). */
export interface Entity {
  text: string;
  start: number;
  end: number;
  /** Hashtags only, once the hashtag rules grade them. */
  grade?: HashtagGrade;
}

export interface Entities {
  hashtags: Entity[];
  mentions: Entity[];
  urls: Entity[];
  cashtags: Entity[];
}

export interface Length {
  used: number;
  limit: number;
  unit: LengthUnit;
  /** Bluesky only: UTF-8 bytes under their own limit. */
  bytes?: { used: number; limit: number };
}

export interface Report {
  locale: LocaleId;
  platform: PlatformId;
  length: Length;
  entities: Entities;
  diagnostics: Diagnostic[];
  /** Present when only part of a large text was checked (around `CheckOptions.caret`): the
   * entities and diagnostics cover `start..end`; the length, the whole text (`total` units). */
  scope?: { start: number; end: number; total: number; message: string };
}

/** A tone-of-voice profile as an object (DESIGN.md, "Profile"); every field optional. */
export interface Profile {
  name?: string;
  locale?: "fr" | "en" | "auto";
  voice?: { address?: "tu" | "vous" | "any"; max_exclamations?: number; max_emoji?: number; max_sentence_words?: number };
  rules?: Record<string, "off" | Severity>;
  terms?: { use?: string; instead_of?: string[]; avoid?: string[]; spelling?: string; reason?: string }[];
  hashtags?: { banned?: string[]; required?: string[]; allowed?: string[] };
  platforms?: Record<string, { voice?: Profile["voice"]; rules?: Profile["rules"] }>;
  stakeholders?: { name: string; aliases?: string[]; handles?: Record<string, string> }[];
  custom?: { id: string; pattern: string; message: string; level?: "off" | Severity; replacement?: string }[];
}

export interface CheckerOptions {
  /** `auto` (the default) detects the language of each post. */
  locale?: "fr" | "en" | "auto";
  /** A platform id; `x` when not given. */
  platform?: PlatformId | string;
  /** An object, or the source of a profile: JSON when it starts with `{`, TOML otherwise. */
  profile?: Profile | string;
}

export interface CheckOptions {
  /** The account's past posts, newest first (for `hashtag/autopilot`). */
  history?: (string | { text: string })[];
  /** The brand's reference post (for `advocacy/copy-paste`). */
  reference?: string;
  /** Mastodon's content warning, which counts towards the length. */
  contentWarning?: string;
  /** Traffic of tags, as the integrator knows it: refines `hashtag/hollow` into a chance of being seen. */
  hashtagStats?: Record<string, { postsPerHour: number }>;
  /** The account's audience (followers), used with `hashtagStats`. */
  audience?: number;
  /** Where the caret is (UTF-16 offset): a large text is then checked around it, as the
   * report's `scope` says. */
  caret?: number;
}

/** The pre-publish gate's answer (`Checker.verdict`): errors block, warnings ask for review. */
export interface Verdict {
  verdict: "publish" | "review" | "block";
  /** The errors, then the warnings, behind the decision; empty when it is `publish`. */
  reasons: { rule: string; severity: Severity; message: string }[];
}

export interface RuleInfo {
  id: string;
  category: string;
  severity: Severity;
  description: string;
  fixable: boolean;
}

export interface PlatformInfo {
  id: PlatformId;
  name: string;
  limit: number;
  unit: LengthUnit;
  links_clickable: boolean;
  max_links: number | null;
  hashtags: { advised: number | null; hard_limit: number | null };
  source: string;
}
"#;

/// Checks posts; build one per editor and reuse it for every check.
#[wasm_bindgen(js_name = Checker)]
pub struct JsChecker {
    inner: crate::Checker,
}

#[wasm_bindgen(js_class = Checker)]
impl JsChecker {
    /// Builds a checker. Throws an `Error` naming the problem for an unknown platform or locale,
    /// an unknown option, or an invalid profile.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "CheckerOptions")] options: Option<JsValue>,
    ) -> Result<JsChecker, JsError> {
        let options = checker_options(options.unwrap_or(JsValue::UNDEFINED))?;
        let inner = crate::Checker::new(options).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(JsChecker { inner })
    }

    /// Checks one post and returns its report as a plain object.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text.as_string().ok_or_else(|| JsError::new("text must be a string"))?;
        let options = check_options(options.unwrap_or(JsValue::UNDEFINED), &text)?;
        to_js(&self.inner.check(&text, &options))
    }

    /// For `bench/compare.js` only: runs a whole check and returns the number of diagnostics,
    /// so that the cost of building the JS report (serialization across the boundary) can be
    /// told apart from the core's. Not part of the typed API.
    #[wasm_bindgen(js_name = benchCoreOnly, skip_typescript)]
    pub fn bench_core_only(&self, text: &str) -> usize {
        self.inner.check(text, &CheckOptions::default()).diagnostics.len()
    }

    /// Applies a suggestion from a report to `text`. Throws when the text has changed since the
    /// check (the range no longer fits) rather than corrupting it.
    #[wasm_bindgen(js_name = applyFix)]
    pub fn apply_fix(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Suggestion")] suggestion: JsValue,
    ) -> Result<String, JsError> {
        let text = text.as_string().ok_or_else(|| JsError::new("text must be a string"))?;
        let suggestion: Suggestion = serde_wasm_bindgen::from_value(suggestion)
            .map_err(|e| JsError::new(&format!("invalid suggestion: {e}")))?;
        crate::apply_fix(&text, &suggestion).map_err(|e| JsError::new(&e.to_string()))
    }

    /// The pre-publish gate for a report from `check`: `block` when an error is present,
    /// `review` when a warning is, `publish` otherwise, with the diagnostics behind it. The profile has already set
    /// each diagnostic's severity, so the gate follows the brand's levels.
    #[wasm_bindgen(unchecked_return_type = "Verdict")]
    pub fn verdict(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
    ) -> Result<JsValue, JsError> {
        let report: ReportDiagnostics = serde_wasm_bindgen::from_value(report)
            .map_err(|e| JsError::new(&format!("invalid report: {e}")))?;
        to_js(&crate::verdict(&report.diagnostics))
    }

    /// Every rule: id, category, default severity, description, whether it offers fixes.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules() -> Result<JsValue, JsError> {
        to_js(&crate::Checker::rules())
    }

    /// Every platform: id, name, limit and how it counts.
    #[wasm_bindgen(unchecked_return_type = "PlatformInfo[]")]
    pub fn platforms() -> Result<JsValue, JsError> {
        to_js(&crate::Checker::platforms())
    }
}

/// The part of a report the gate reads; the other fields are the caller's business.
#[derive(Deserialize)]
struct ReportDiagnostics {
    diagnostics: Vec<crate::Diagnostic>,
}

/// Results cross the boundary as one JSON string that the engine parses: measured 2-3x faster
/// than building the object field by field from Rust (one call into JS per field), and the same
/// plain objects (`None` as `null` where a field is not skipped).
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("cannot build the result: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("cannot build the result: invalid JSON"))
}

const CHECKER_KEYS: &[&str] = &["locale", "platform", "profile"];

fn checker_options(options: JsValue) -> Result<CheckerOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(CheckerOptions::default());
    }
    let object = plain_object(&options, "Checker options")?;
    reject_unknown_keys(object, CHECKER_KEYS, "Checker option")?;

    let locale = match optional_string(&options, "locale")? {
        None => None,
        Some(tag) if tag == "auto" => None,
        Some(tag) => Some(Locale::from_tag(&tag).ok_or_else(|| {
            JsError::new(&format!(
                "invalid options: unknown locale `{tag}` (expected fr, en or auto)"
            ))
        })?),
    };
    let platform = match optional_string(&options, "platform")? {
        None => None,
        Some(id) => Some(Platform::from_id(&id).ok_or_else(|| {
            JsError::new(&format!(
                "invalid options: unknown platform `{id}` (expected one of: {})",
                Platform::ids().join(", ")
            ))
        })?),
    };
    let profile = profile(get(&options, "profile")?)?;
    Ok(CheckerOptions { locale, platform, profile })
}

/// A profile given as an object, or as TOML or JSON source.
fn profile(value: JsValue) -> Result<Option<Profile>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(source) = value.as_string() {
        let format = if source.trim_start().starts_with('{') { Format::Json } else { Format::Toml };
        return Profile::parse(&source, format).map(Some).map_err(|e| JsError::new(&e.to_string()));
    }
    if !value.is_object() || Array::is_array(&value) {
        return Err(JsError::new("invalid profile: expected an object or TOML/JSON source"));
    }
    // Through JSON rather than serde-wasm-bindgen: the latter reads only the fields it knows,
    // so a misspelt key would be ignored instead of named.
    let json = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new("invalid profile: not serialisable as JSON"))?;
    serde_json::from_str(&json).map(Some).map_err(|e| {
        // Lines and columns of a string the caller never wrote would only confuse.
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        JsError::new(&format!("invalid profile: {message}"))
    })
}

/// What `check` may take besides the text; unknown keys are errors.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsCheckOptions {
    #[serde(default)]
    history: Option<Vec<HistoryPost>>,
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    content_warning: Option<String>,
    #[serde(default)]
    hashtag_stats: Option<std::collections::HashMap<String, JsTagStats>>,
    #[serde(default)]
    audience: Option<f64>,
    #[serde(default)]
    caret: Option<f64>,
}

/// What the integrator knows of a tag's traffic.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JsTagStats {
    posts_per_hour: f64,
}

const CHECK_KEYS: &[&str] =
    &["history", "reference", "contentWarning", "hashtagStats", "audience", "caret"];

/// A past post: its text, or an object with `text` (as the CLI's JSON Lines history).
#[derive(Deserialize)]
#[serde(untagged)]
enum HistoryPost {
    Text(String),
    Post { text: String },
}

fn check_options(options: JsValue, text: &str) -> Result<CheckOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(CheckOptions::default());
    }
    let object = plain_object(&options, "check options")?;
    reject_unknown_keys(object, CHECK_KEYS, "check option")?;
    let o: JsCheckOptions = serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("invalid check options: {e}")))?;
    Ok(CheckOptions {
        history: o
            .history
            .unwrap_or_default()
            .into_iter()
            .map(|p| match p {
                HistoryPost::Text(text) | HistoryPost::Post { text } => text,
            })
            .collect(),
        reference: o.reference,
        content_warning: o.content_warning,
        hashtag_stats: o
            .hashtag_stats
            .unwrap_or_default()
            .into_iter()
            .map(|(tag, s)| (tag, TagStats { posts_per_hour: s.posts_per_hour }))
            .collect(),
        audience: match o.audience {
            None => None,
            Some(a) if a.is_finite() && a >= 0.0 => Some(a as u64),
            Some(a) => {
                return Err(JsError::new(&format!(
                    "invalid check options: audience must be a number of followers, not {a}"
                )));
            }
        },
        caret: match o.caret {
            None => None,
            // Past the end means at the end; inside a surrogate pair, before it.
            Some(c) if c.is_finite() && c >= 0.0 => {
                let mut units = (c as usize).min(crate::text::utf16_len(text));
                loop {
                    match crate::text::byte_of_utf16(text, units) {
                        Some(byte) => break Some(byte),
                        None if units > 0 => units -= 1,
                        None => break Some(0),
                    }
                }
            }
            Some(c) => {
                return Err(JsError::new(&format!(
                    "invalid check options: caret must be a UTF-16 offset, not {c}"
                )));
            }
        },
    })
}

fn plain_object<'a>(value: &'a JsValue, what: &str) -> Result<&'a Object, JsError> {
    if value.is_object() && !Array::is_array(value) {
        Ok(value.unchecked_ref())
    } else {
        Err(JsError::new(&format!("invalid options: {what} must be an object")))
    }
}

fn reject_unknown_keys(object: &Object, known: &[&str], what: &str) -> Result<(), JsError> {
    for key in Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "invalid options: unknown {what} `{key}` (expected one of: {})",
                known.join(", ")
            )));
        }
    }
    Ok(())
}

fn get(object: &JsValue, key: &str) -> Result<JsValue, JsError> {
    Reflect::get(object, &JsValue::from_str(key))
        .map_err(|_| JsError::new(&format!("invalid options: cannot read `{key}`")))
}

fn optional_string(object: &JsValue, key: &str) -> Result<Option<String>, JsError> {
    let value = get(object, key)?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("invalid options: `{key}` must be a string")))
}
