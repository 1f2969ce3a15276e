//! The profile's regular expressions: custom rules' patterns and stakeholder names.
//!
//! They run on `regex-lite`, which keeps the `.wasm` about 250 KB lighter than `regex` (whose
//! Unicode tables and optimised engines are most of that). Its classes (`\w`, `\d`, `\s`, `\b`)
//! and `(?i)` are ASCII-only, which would quietly break French patterns, so two common forms are
//! made Unicode-aware here:
//! - a pattern wrapped in `\b…\b` (the usual "whole word" form, either side alone too) checks
//!   its word boundaries on Unicode letters and digits: `\bcafé\b` matches "café !";
//! - a pattern that starts with `(?i)` also matches the other case of its accented letters:
//!   `(?i)qualité` matches "QUALITÉ".
//!
//! `\p{…}` classes are refused at load with the reason.

use brio_compile::case::CaseMap as _;
use regex_lite::{Captures, Regex, RegexBuilder};

/// Compiled patterns are capped so that a profile cannot make every check slow or exhaust
/// memory (a profile may come from anywhere the extension is configured).
const PATTERN_SIZE_LIMIT: usize = 256 * 1024;
const PATTERN_NEST_LIMIT: u32 = 64;

/// Custom rules one profile may hold, and the compiled size of all their patterns together:
/// each pattern runs on every check, so these bound what a profile can add to a keystroke.
pub const MAX_CUSTOM_RULES: usize = 100;
pub const CUSTOM_TOTAL_SIZE_LIMIT: usize = 1024 * 1024;

/// Matches a search may reject on a word boundary before it gives up on a post: bounds the
/// re-searching (each from one char further) on pathological text.
const MAX_REJECTED: usize = 1_000;

/// A custom rule's pattern, compiled.
#[derive(Debug, Clone)]
pub struct CustomPattern {
    regex: Regex,
    /// The pattern as compiled (after the rewrites above), to measure patterns together.
    source: String,
    /// The pattern opened with `\b`, checked on Unicode words rather than by the engine.
    word_start: bool,
    /// The pattern closed with `\b`, likewise.
    word_end: bool,
}

impl CustomPattern {
    /// Compiles `pattern` with the size limits; the error is one line.
    pub fn new(pattern: &str) -> Result<CustomPattern, String> {
        // A build without profiles (`Checker::new` refuses them) compiles no pattern: saying so
        // here leaves the regex compiler out of its `.wasm`.
        if !cfg!(feature = "profiles") {
            return Err("this build of Brio takes no profile".to_string());
        }
        if pattern.is_empty() {
            return Err("the pattern is empty".to_string());
        }
        let (flags, body) = split_flags(pattern);
        let alternation = has_top_level_alternation(body);
        let (word_start, body) = match body.strip_prefix(r"\b") {
            Some(rest) if !alternation => (true, rest),
            _ => (false, body),
        };
        let (word_end, body) = match body.strip_suffix(r"\b") {
            Some(rest) if !alternation && !ends_escaped(rest) => (true, rest),
            _ => (false, body),
        };
        let body = if flags.contains('i') { with_both_cases(body) } else { body.to_string() };
        let source = format!("{flags}{body}");
        let regex = build(&source)?;
        if regex.is_match("") {
            return Err("the pattern matches empty text, so it would flag everything".to_string());
        }
        Ok(CustomPattern { regex, source, word_start, word_end })
    }

    /// The matches in `text`, leftmost first, without overlaps.
    pub fn matches<'r, 'h>(&'r self, text: &'h str) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        let mut at = 0;
        let mut rejected = 0;
        std::iter::from_fn(move || {
            while at <= text.len() && rejected <= MAX_REJECTED {
                let caps = self.regex.captures_at(text, at)?;
                let m = caps.get(0)?;
                let fits = (!self.word_start || word_boundary(text, m.start()))
                    && (!self.word_end || word_boundary(text, m.end()));
                if fits {
                    at = if m.is_empty() { next_char(text, m.end()) } else { m.end() };
                    return Some(caps);
                }
                rejected += 1;
                at = next_char(text, m.start());
            }
            None
        })
    }
}

/// Whether `patterns` together stay within [`CUSTOM_TOTAL_SIZE_LIMIT`] once compiled. They are
/// measured as the engine measures one pattern: compiled as one alternation under that limit
/// (each in its own group, so that its flags stay its own).
pub fn within_total_size<'p>(patterns: impl Iterator<Item = &'p CustomPattern>) -> bool {
    let alternation: Vec<String> = patterns.map(|p| format!("(?:{})", p.source)).collect();
    if alternation.is_empty() {
        return true;
    }
    RegexBuilder::new(&alternation.join("|"))
        .size_limit(CUSTOM_TOTAL_SIZE_LIMIT)
        .nest_limit(PATTERN_NEST_LIMIT + 1)
        .build()
        .is_ok()
}

/// Stakeholder names as one case-insensitive alternation, longest first.
pub fn names_pattern(names: &[&str], size_limit: usize) -> Result<Regex, String> {
    // As in `CustomPattern::new`: a build without profiles has no stakeholders.
    if !cfg!(feature = "profiles") {
        return Err("this build of Brio takes no profile".to_string());
    }
    let alternation: Vec<String> =
        names.iter().map(|n| with_both_cases(&regex_lite::escape(n))).collect();
    RegexBuilder::new(&alternation.join("|"))
        .case_insensitive(true)
        .size_limit(size_limit)
        .build()
        .map_err(|e| e.to_string())
}

fn build(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .size_limit(PATTERN_SIZE_LIMIT)
        .nest_limit(PATTERN_NEST_LIMIT)
        .build()
        .map_err(|e| {
            let text = e.to_string();
            if text.contains("size limit") {
                return format!(
                    "the pattern is too large once compiled (over {} KiB)",
                    PATTERN_SIZE_LIMIT / 1024
                );
            }
            if pattern.contains(r"\p") || pattern.contains(r"\P") {
                return "the pattern does not compile: Unicode classes (\\p{…}) are not \
                        supported; list the characters, or use \\w"
                    .to_string();
            }
            // The syntax error can be several lines (the pattern, a caret, the reason): keep
            // the reason.
            let reason = text
                .lines()
                .rev()
                .find_map(|l| l.trim().strip_prefix("error: "))
                .unwrap_or(text.lines().last().unwrap_or(""))
                .to_string();
            format!("the pattern does not compile: {reason}")
        })
}

/// A leading run of flag groups (`(?i)`, `(?im)`) and the rest.
fn split_flags(pattern: &str) -> (&str, &str) {
    let mut end = 0;
    while let Some(rest) = pattern.get(end..).and_then(|r| r.strip_prefix("(?")) {
        let flags = rest.bytes().take_while(|b| b.is_ascii_alphabetic() || *b == b'-').count();
        if rest.as_bytes().get(flags) != Some(&b')') {
            break;
        }
        end += 2 + flags + 1;
    }
    pattern.split_at(end)
}

/// Whether `body` has a `|` outside any group or class: `\ba|b\b` is not "a word" as a whole.
fn has_top_level_alternation(body: &str) -> bool {
    let (mut depth, mut in_class, mut escaped) = (0usize, false, false);
    for c in body.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => in_class = true,
            ']' => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => depth = depth.saturating_sub(1),
            '|' if !in_class && depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Whether `s` ends inside an escape (an odd run of backslashes): `\\b` is a backslash and b.
fn ends_escaped(s: &str) -> bool {
    s.bytes().rev().take_while(|b| *b == b'\\').count() % 2 == 1
}

/// `pattern` with each non-ASCII letter that has another case written as both: `é` becomes
/// `[éÉ]` (inside a class, `éÉ`). Non-ASCII chars are never syntax, so this is only a spelling.
fn with_both_cases(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut in_class = false;
    let mut escaped = false;
    for c in pattern.chars() {
        let other = other_case(c).filter(|_| !escaped && !c.is_ascii());
        match other {
            Some(o) if in_class => {
                out.push(c);
                out.push(o);
            }
            Some(o) => {
                out.push('[');
                out.push(c);
                out.push(o);
                out.push(']');
            }
            None => {
                out.push(c);
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '[' => in_class = true,
                    ']' => in_class = false,
                    _ => {}
                }
            }
        }
    }
    out
}

/// The other case of `c` when it is one char (é ↔ É), `None` otherwise.
fn other_case(c: char) -> Option<char> {
    let lower = single(c.lower())?;
    let upper = single(c.upper())?;
    [lower, upper].into_iter().find(|o| *o != c)
}

/// The only item of `chars`, if it has exactly one.
fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
    let first = chars.next()?;
    chars.next().is_none().then_some(first)
}

/// A char of a word, as the profile's whole-word checks see it (custom patterns' `\b`,
/// stakeholder names): a Unicode letter or digit, or `_`.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a word starts or ends at byte `at`: a word char on exactly one side.
fn word_boundary(text: &str, at: usize) -> bool {
    let before = text.get(..at).and_then(|s| s.chars().next_back()).is_some_and(is_word_char);
    let after = text.get(at..).and_then(|s| s.chars().next()).is_some_and(is_word_char);
    before != after
}

/// The byte after the char at `at` (or `text.len() + 1` at the end, to stop a search).
fn next_char(text: &str, at: usize) -> usize {
    text.get(at..).and_then(|s| s.chars().next()).map_or(text.len() + 1, |c| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(pattern: &str, text: &str) -> Vec<String> {
        let p = match CustomPattern::new(pattern) {
            Ok(p) => p,
            Err(e) => panic!("{pattern}: {e}"),
        };
        p.matches(text).filter_map(|c| c.get(0)).map(|m| m.as_str().to_string()).collect()
    }

    #[test]
    fn whole_words_are_unicode_aware() {
        assert_eq!(found(r"\bcafé\b", "Un café ! cafés, décafé"), ["café"]);
        assert_eq!(found(r"\bASAP\b", "ASAP, pas asap ni ASAPs"), ["ASAP"]);
        assert_eq!(found(r"\bété", "l'été, pas cet étéx mais étés"), ["été", "été", "été"]);
        assert_eq!(found(r"\bélan\b", "Sélan élan"), ["élan"]);
    }

    #[test]
    fn rejected_matches_do_not_hide_later_ones() {
        assert_eq!(found(r"\bcat\b", "concat cat"), ["cat"]);
        assert_eq!(found(r"\bab\b", "aab ab"), ["ab"]);
    }

    #[test]
    fn alternation_keeps_the_engine_boundaries() {
        // `\b` only binds the first branch here; the pattern is left to the engine.
        assert_eq!(found(r"\bfoo|bar\b", "foo bar"), ["foo", "bar"]);
        assert_eq!(found(r"\b(?:foo|bar)\b", "xfoo bar"), ["bar"]);
    }

    #[test]
    fn escaped_backslash_before_b_is_a_literal() {
        assert_eq!(found(r"a\\b", r"a\b"), [r"a\b"]);
    }

    #[test]
    fn case_insensitive_patterns_fold_accented_letters() {
        assert_eq!(found(r"(?i)qualité", "QUALITÉ et Qualité"), ["QUALITÉ", "Qualité"]);
        assert_eq!(found(r"(?i)\b[éa]t[éa]\b", "ÉTÉ"), ["ÉTÉ"]);
        // Without (?i), the case of accented letters counts.
        assert_eq!(found(r"qualité", "QUALITÉ"), Vec::<String>::new());
    }

    #[test]
    fn flags_stay_in_front() {
        assert_eq!(split_flags(r"(?i)(?m)\bx"), (r"(?i)(?m)", r"\bx"));
        assert_eq!(split_flags(r"(?:x)"), ("", r"(?:x)"));
        assert_eq!(found(r"(?i)\basap\b", "Asap."), ["Asap"]);
    }

    #[test]
    fn bad_patterns_say_why() {
        let err = |p: &str| CustomPattern::new(p).err().unwrap_or_default();
        assert!(err(r"\p{Greek}").contains("Unicode classes"), "{}", err(r"\p{Greek}"));
        assert!(err("(").contains("does not compile"), "{}", err("("));
        assert!(err("a*").contains("empty text"));
        assert!(err(r"\b").contains("empty text"));
        assert!(err("").contains("empty"));
        assert!(err("(a{1000}){1000}").contains("too large"), "{}", err("(a{1000}){1000}"));
    }

    #[test]
    fn names_match_either_case() {
        let re = match names_pattern(&["Société Générale", "SG"], 1 << 20) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        };
        let hits: Vec<&str> =
            re.find_iter("SOCIÉTÉ GÉNÉRALE et société générale, sg").map(|m| m.as_str()).collect();
        assert_eq!(hits, ["SOCIÉTÉ GÉNÉRALE", "société générale", "sg"]);
    }

    #[test]
    fn pathological_text_stays_bounded() {
        let text = "a".repeat(100_000);
        // Every candidate but the last is rejected (no boundary inside a run of letters): the
        // search gives up long before.
        assert!(found(r"a\b", &text).is_empty());
        assert_eq!(found(r"a\b", "aaa"), ["a"]);
    }
}
