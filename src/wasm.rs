//! The `#[wasm_bindgen]` facade (wasm32 only): options in, report out, nothing else.
//!
//! Every input from JavaScript is untrusted: options are decoded strictly (unknown keys are
//! errors that name the key) and every failure becomes a thrown JS `Error` with a clear message.
//! Nothing here may panic: a panic is a wasm trap, and a trap leaves the editor without hints.

use js_sys::{Array, Object, Reflect};
use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::hashtags::TagStats;
#[cfg(feature = "profiles")]
use crate::profile::Format;
use crate::profile::Profile;

use crate::text::utf16_len;
use crate::{CheckOptions, CheckerOptions, Diagnostic, Locale, Platform, Severity, Suggestion};

mod report;

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

/** A tone-of-voice profile as an object (docs/architecture.md, "Profile"); every field optional. */
export interface Profile {
  name?: string;
  locale?: "fr" | "en" | "auto";
  voice?: { address?: "tu" | "vous" | "any"; max_exclamations?: number; max_emoji?: number; max_sentence_words?: number; learned?: LearnedVoice };
  rules?: Record<string, "off" | Severity>;
  terms?: { use?: string; instead_of?: string[]; avoid?: string[]; spelling?: string; reason?: string }[];
  hashtags?: { banned?: string[]; required?: string[]; allowed?: string[] };
  platforms?: Record<string, { voice?: Profile["voice"]; rules?: Profile["rules"] }>;
  stakeholders?: { name: string; aliases?: string[]; handles?: Record<string, string> }[];
  custom?: { id: string; pattern: string; message: string; level?: "off" | Severity; replacement?: string }[];
}

/** What `brio learn` counted in the brand's own posts (`[voice.learned]`), for `tone/off-voice`:
 * counts of posts out of `posts`, habitual most per post, median sentence, the brand's names. */
export interface LearnedVoice {
  posts: number;
  tu?: number;
  vous?: number;
  contractions?: number;
  i?: number;
  we?: number;
  emoji_posts?: number;
  emoji?: number;
  emoji_openers?: number;
  exclamation_posts?: number;
  exclamations?: number;
  sentence_words?: number;
  terms?: string[];
}

export interface LearnOptions {
  /** The language to learn; `auto` (the default) learns the most common one of the posts. */
  locale?: "fr" | "en" | "auto";
}

/** What `Checker.learn` returns. */
export interface Learned {
  /** The learned profile, in the schema: `new Checker({ profile })` takes it as it is. */
  profile: Profile;
  /** The same profile as TOML, each value under a comment with its evidence. */
  toml: string;
  /** `notes` (what was read, habits no key holds) and each value's evidence by dotted key
   * (`voice.address`, `terms.0.spelling`). */
  evidence: { notes: string[]; values: Record<string, string> };
  /** How many posts of each kind were read; only own posts (`posts`) teach the voice. */
  read: { posts: number; replies: number; reposts: number; quotes: number; other_language: number };
  /** Records of an export that were skipped, with their line. */
  warnings: { line: number; message: string }[];
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

/** One list's change in a `ReportDelta`: its runs in order (keep the next `keep` old items,
 * drop the `drop` after them, add the next `add` items of `insert`), then the rest of the old
 * items kept. The offsets of the items kept (`start`, `end`, their suggestions') are mapped
 * through the delta's `edit`. */
export interface ListDelta<T> {
  runs: { keep: number; drop: number; add: number }[];
  insert: T[];
}

/** What `Session.edit` answers: the change in the session's report, which `applyDelta`
 * (`www/src/editor/report-delta.js`) applies to the last report to give the new one, equal to
 * `Checker.check` on the edited text. `locale`, `platform` and `length` are whole. */
export interface ReportDelta {
  locale: LocaleId;
  platform: PlatformId;
  length: Length;
  /** The edit, in UTF-16 units: an offset at or before `start` stays, one at or after
   * `start + removed` moves by `inserted - removed`. */
  edit: { start: number; removed: number; inserted: number };
  diagnostics: ListDelta<Diagnostic>;
  entities: { hashtags: ListDelta<Entity>; mentions: ListDelta<Entity>; urls: ListDelta<Entity>; cashtags: ListDelta<Entity> };
}

/** The options of `Checker.session`: a check's, but the caret (a session reports on the whole
 * text, however long). */
export type SessionOptions = Omit<CheckOptions, "caret">;

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

/// One document being typed, checked incrementally: each update re-checks the paragraphs the
/// edit touched and the rules about the whole post, and reports on the whole text, as
/// `Checker.check` does (`crate::session`). Made by `Checker.session`. `edit` takes the edit
/// instead of the whole text and answers with what changed in the report (`ReportDelta`).
#[wasm_bindgen(js_name = Session)]
pub struct JsSession {
    inner: crate::Session,
}

#[wasm_bindgen(js_class = Session)]
impl JsSession {
    /// Checks the document as it now is and returns the report `Checker.check` gives on the
    /// same text without a caret.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsError> {
        let text = text.as_string().ok_or_else(|| JsError::new("text must be a string"))?;
        Ok(report::to_js(&self.inner.update(&text)))
    }

    /// Replaces the UTF-16 units `start..end` of the session's text with `text`, checks the
    /// result as `update` would, and returns what changed in the report since the last one
    /// (`applyDelta` of `www/src/editor/report-delta.js` patches that report with it). Throws
    /// when `start..end` is not a range of the session's text, leaving the session as it was.
    #[wasm_bindgen(unchecked_return_type = "ReportDelta")]
    pub fn edit(
        &mut self,
        start: usize,
        end: usize,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsError> {
        let inserted = text.as_string().ok_or_else(|| JsError::new("text must be a string"))?;
        let inner = &self.inner;
        let range = match (inner.byte_of_utf16(start), inner.byte_of_utf16(end)) {
            (Some(from), Some(to)) if start <= end => from..to,
            _ => {
                let units = utf16_len(inner.text());
                return Err(JsError::new(&format!(
                    "the edit's range {start}..{end} does not fit the session's text ({units} units): was the text changed without the session?"
                )));
            }
        };
        match self.inner.change(range, &inserted) {
            Ok(delta) => Ok(report::delta_to_js(&delta)),
            Err(e) => Err(JsError::new(&e.to_string())),
        }
    }

    /// The report on the session's text, whole (what `update` returns, and what the deltas of
    /// `edit` patched together give).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn report(&mut self) -> JsValue {
        report::to_js(&self.inner.report())
    }

    /// The pre-publish gate on the session's text (`Checker.verdict` of its report).
    #[wasm_bindgen(unchecked_return_type = "Verdict")]
    pub fn verdict(&mut self) -> Result<JsValue, JsError> {
        to_js(&self.inner.verdict())
    }

    /// The session's text, in UTF-16 units (what the offsets of `edit` index).
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        utf16_len(self.inner.text())
    }
}

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
        Ok(report::to_js(&self.inner.check(&text, &options)))
    }

    /// An incremental check of one document being typed, with these check options (no caret:
    /// a session reports on the whole text). See `Session`.
    pub fn session(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "SessionOptions")] options: Option<JsValue>,
    ) -> Result<JsSession, JsError> {
        let options = options.unwrap_or(JsValue::UNDEFINED);
        if !options.is_undefined() && !options.is_null() && !get(&options, "caret")?.is_undefined()
        {
            return Err(JsError::new(
                "invalid session options: a session checks the whole text, it takes no caret",
            ));
        }
        let options = check_options(options, "")?;
        Ok(JsSession { inner: self.inner.session(options) })
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
        let suggestion = read_suggestion(&suggestion)
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
        let diagnostics =
            read_diagnostics(&report).map_err(|e| JsError::new(&format!("invalid report: {e}")))?;
        to_js(&crate::verdict(&diagnostics))
    }

    /// Every rule: id, category, default severity, description, whether it offers fixes.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules() -> Result<JsValue, JsError> {
        to_js(&crate::Checker::rules())
    }

    /// Learns a brand's voice from its own past posts: `posts` is an array of the account's
    /// posts (strings or `{ text, platform? }`), or the text of an export (X's tweets.js,
    /// Mastodon's outbox.json, LinkedIn's Shares.csv, Bluesky records, Brio history JSONL),
    /// recognised by content. Returns the profile object, its TOML with the evidence as comments,
    /// the evidence by key, what was read and the records skipped. Throws an `Error` that says
    /// what is wrong for anything else.
    #[cfg(feature = "learn")]
    #[wasm_bindgen(unchecked_return_type = "Learned")]
    pub fn learn(
        #[wasm_bindgen(
            unchecked_param_type = "string | (string | { text: string; platform?: PlatformId })[]"
        )]
        posts: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LearnOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let options = options.unwrap_or(JsValue::UNDEFINED);
        let mut locale = None;
        if !(options.is_undefined() || options.is_null()) {
            let object = plain_object(&options, "learn options")?;
            reject_unknown_keys(object, &["locale"], "learn option")?;
            locale = match optional_string(&options, "locale")? {
                None => None,
                Some(tag) if tag == "auto" => None,
                Some(tag) => Some(Locale::from_tag(&tag).ok_or_else(|| {
                    JsError::new(&format!(
                        "invalid learn options: unknown locale `{tag}` (expected fr, en or auto)"
                    ))
                })?),
            };
        }
        let posts = match posts.as_string() {
            Some(source) => serde_json::Value::String(source),
            None => {
                let json = js_sys::JSON::stringify(&posts)
                    .ok()
                    .and_then(|s| s.as_string())
                    .ok_or_else(|| JsError::new("learn: posts are not serialisable as JSON"))?;
                serde_json::from_str(&json)
                    .map_err(|e| JsError::new(&format!("learn: unreadable posts: {e}")))?
            }
        };
        let outcome = crate::learn::learn_from(&posts, crate::learn::LearnOptions { locale })
            .map_err(|e| JsError::new(&format!("learn: {e}")))?;
        to_js(&outcome)
    }

    /// The languages whose packs this build carries (`fr`, `en`): both in the full build, one in
    /// a one-language build, whose reports on a post detected in the other language lack that
    /// language's hints (the loader then moves to the full build).
    pub fn locales() -> Vec<String> {
        let mut out = Vec::new();
        if cfg!(feature = "fr") {
            out.push(Locale::Fr.as_str().to_string());
        }
        if cfg!(feature = "en") {
            out.push(Locale::En.as_str().to_string());
        }
        out
    }

    /// Whether this build still lacks the hashtag word lists: a one-language build, until
    /// [`installWords`](JsChecker::install_words) is given `words.bin` (at the package's root).
    /// Until then its checks leave out the rules that read the lists (`hashtag/casing`,
    /// `hashtag/hollow`, `tone/shouting`) and grade only the tags the built-in lists name.
    /// Always false in the full build.
    #[wasm_bindgen(js_name = needsWords)]
    pub fn needs_words() -> bool {
        !crate::hashtags::words::available()
    }

    /// Installs the hashtag word lists in a build that leaves them out: the bytes of the
    /// package's `words.bin`, made with this build. Throws an `Error` for other bytes (another
    /// build's lists). Once in, they serve every checker; in the full build this only checks
    /// the bytes. Checks made before are not made again, and sessions made before keep what
    /// they read: make new ones.
    #[wasm_bindgen(js_name = installWords)]
    pub fn install_words(bytes: Vec<u8>) -> Result<(), JsError> {
        crate::hashtags::words::install(bytes)
            .map_err(|e| JsError::new(&format!("installWords: {e}")))
    }

    /// Every platform: id, name, limit and how it counts.
    #[wasm_bindgen(unchecked_return_type = "PlatformInfo[]")]
    pub fn platforms() -> Result<JsValue, JsError> {
        to_js(&crate::Checker::platforms())
    }
}

/// Results other than reports (a verdict, the rule and platform tables) cross the boundary as one
/// JSON string that the engine parses: faster than building the object field by field from Rust
/// (one call into JS per field), and the same plain objects (`None` as `null`
/// where a field is not skipped). Reports, built on every keystroke, take the faster path of
/// `report.rs`.
///
/// Writing JSON fails only for a map with keys other than strings or a `Serialize` that fails,
/// which none of these types has: the error is not formatted, which would keep serde_json's
/// parse error messages in the one-language builds (about 4 KB gzipped).
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|_| JsError::new("cannot build the result: it does not serialise as JSON"))?;
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
    if let Some(locale) = locale
        && !JsChecker::locales().iter().any(|l| l == locale.as_str())
    {
        return Err(JsError::new(&format!(
            "invalid options: this build of Brio has no `{}` packs (load the full build)",
            locale.as_str()
        )));
    }
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
#[cfg(feature = "profiles")]
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

/// A build without the `profiles` feature (a one-language build) checks with the built-in packs
/// only: it says so rather than ignoring a profile, and the loader gives such pages the full build.
#[cfg(not(feature = "profiles"))]
fn profile(value: JsValue) -> Result<Option<Profile>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    Err(JsError::new("invalid options: this build of Brio takes no profile (load the full build)"))
}

const CHECK_KEYS: &[&str] =
    &["history", "reference", "contentWarning", "hashtagStats", "audience", "caret"];

fn check_options(options: JsValue, text: &str) -> Result<CheckOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(CheckOptions::default());
    }
    let object = plain_object(&options, "check options")?;
    reject_unknown_keys(object, CHECK_KEYS, "check option")?;
    let invalid = |e: String| JsError::new(&format!("invalid check options: {e}"));
    Ok(CheckOptions {
        history: read_history(&get(&options, "history")?).map_err(invalid)?,
        reference: optional(&options, "reference", JsValue::as_string, "a string")
            .map_err(invalid)?,
        content_warning: optional(&options, "contentWarning", JsValue::as_string, "a string")
            .map_err(invalid)?,
        hashtag_stats: read_hashtag_stats(&get(&options, "hashtagStats")?).map_err(invalid)?,
        audience: match optional(&options, "audience", JsValue::as_f64, "a number")
            .map_err(invalid)?
        {
            None => None,
            Some(a) if a.is_finite() && a >= 0.0 => Some(a as u64),
            Some(a) => {
                return Err(JsError::new(&format!(
                    "invalid check options: audience must be a number of followers, not {}",
                    js_number(a)
                )));
            }
        },
        caret: match optional(&options, "caret", JsValue::as_f64, "a number").map_err(invalid)? {
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
                    "invalid check options: caret must be a UTF-16 offset, not {}",
                    js_number(c)
                )));
            }
        },
    })
}

/// A number as JS writes it (`-1.5`, `NaN`, `-Infinity`), for error messages: Rust's float
/// formatting would link core's float printing (about 15 KB of code) into the `.wasm` for them.
fn js_number(n: f64) -> String {
    js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
}

// Check options, suggestions and reports are read from the JS objects field by field, with the
// few checks serde would make: serde-wasm-bindgen and the Deserialize impls of these types for
// it (or for serde_json) would weigh more in the `.wasm` than these few fields are worth.

/// `object[key]`, when present (`undefined` and `null` are absent), converted by `read`.
fn optional<T>(
    object: &JsValue,
    key: &str,
    read: impl Fn(&JsValue) -> Option<T>,
    expected: &str,
) -> Result<Option<T>, String> {
    let value = Reflect::get(object, &JsValue::from_str(key))
        .map_err(|_| format!("cannot read `{key}`"))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    read(&value).map(Some).ok_or_else(|| format!("`{key}` must be {expected}"))
}

fn required<T>(
    object: &JsValue,
    key: &str,
    read: impl Fn(&JsValue) -> Option<T>,
    expected: &str,
) -> Result<T, String> {
    optional(object, key, read, expected)?.ok_or_else(|| format!("missing `{key}` ({expected})"))
}

/// A JS number that is a whole UTF-16 offset.
fn offset(value: &JsValue) -> Option<usize> {
    value
        .as_f64()
        .filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= u32::MAX as f64)
        .map(|n| n as usize)
}

/// The account's past posts: strings, or objects with a `text` (as the CLI's JSON Lines history).
fn read_history(value: &JsValue) -> Result<Vec<String>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if !Array::is_array(value) {
        return Err("`history` must be a list of posts".into());
    }
    let items: &Array = value.unchecked_ref();
    items
        .iter()
        .map(|post| {
            post.as_string()
                .or_else(|| {
                    post.is_object()
                        .then(|| Reflect::get(&post, &JsValue::from_str("text")).ok()?.as_string())
                        .flatten()
                })
                .ok_or_else(|| {
                    "each post of `history` must be a string or an object with a `text` string"
                        .to_string()
                })
        })
        .collect()
}

/// `{ tag: { postsPerHour } }`: what the integrator knows of each tag's traffic.
fn read_hashtag_stats(value: &JsValue) -> Result<HashMap<String, TagStats>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(HashMap::new());
    }
    if !value.is_object() || Array::is_array(value) {
        return Err("`hashtagStats` must be an object".into());
    }
    let mut stats = HashMap::new();
    for entry in Object::entries(value.unchecked_ref()).iter() {
        let entry: Array = entry.unchecked_into();
        let tag = entry.get(0).as_string().unwrap_or_default();
        let tag_stats = entry.get(1);
        if !tag_stats.is_object() || Array::is_array(&tag_stats) {
            return Err(format!("`hashtagStats.{tag}` must be an object"));
        }
        for key in Object::keys(tag_stats.unchecked_ref::<Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if key != "postsPerHour" {
                return Err(format!(
                    "unknown key `{key}` in `hashtagStats.{tag}` (expected `postsPerHour`)"
                ));
            }
        }
        let posts_per_hour = required(&tag_stats, "postsPerHour", JsValue::as_f64, "a number")?;
        stats.insert(tag, TagStats { posts_per_hour });
    }
    Ok(stats)
}

/// A suggestion from a report: `label`, `replacement`, `start`, `end`, `safe` (false when absent).
fn read_suggestion(value: &JsValue) -> Result<Suggestion, String> {
    if !value.is_object() {
        return Err("expected an object".into());
    }
    Ok(Suggestion {
        label: required(value, "label", JsValue::as_string, "a string")?,
        replacement: required(value, "replacement", JsValue::as_string, "a string")?,
        start: required(value, "start", offset, "a UTF-16 offset")?,
        end: required(value, "end", offset, "a UTF-16 offset")?,
        safe: optional(value, "safe", JsValue::as_bool, "a boolean")?.unwrap_or(false),
    })
}

/// The part of a report the gate reads: each diagnostic's rule, severity and message. The other
/// fields are the caller's business.
fn read_diagnostics(report: &JsValue) -> Result<Vec<Diagnostic>, String> {
    if !report.is_object() {
        return Err("expected a report object".into());
    }
    let list =
        required(report, "diagnostics", |v| Array::is_array(v).then(|| v.clone()), "a list")?;
    let list: Array = list.unchecked_into();
    list.iter()
        .map(|d| {
            if !d.is_object() {
                return Err("each diagnostic must be an object".to_string());
            }
            let severity = required(&d, "severity", JsValue::as_string, "a severity")?;
            let severity = [Severity::Error, Severity::Warning, Severity::Info, Severity::Hint]
                .into_iter()
                .find(|s| s.as_str() == severity)
                .ok_or_else(|| {
                    format!("unknown severity `{severity}` (expected error, warning, info or hint)")
                })?;
            Ok(Diagnostic {
                rule: required(&d, "rule", JsValue::as_string, "a string")?.into(),
                severity,
                message: required(&d, "message", JsValue::as_string, "a string")?,
                category: Cow::Borrowed(""),
                start: 0,
                end: 0,
                suggestions: Vec::new(),
            })
        })
        .collect()
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
