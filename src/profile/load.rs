//! Reading a profile from TOML or JSON, with errors that say what is wrong, where (line and
//! column, and the table), and what would be right.
//!
//! serde reports problems in its own words ("unknown field `adress`, expected one of …"); this
//! module finds the key they are about in the source and rewrites them for the person who wrote
//! the profile.

use super::locate::{Locator, Part, Seg, section};
use super::suggest::{list, nearest};
use super::validate::{self, Problem};
use super::{Format, Profile, toml_json};
use crate::Error;
use crate::text::{Span, line_col};

/// Parses and validates a profile (`rule_ids`: the rules it may name); the error names the place
/// and the problem.
pub(super) fn parse(source: &str, format: Format, rule_ids: &[&str]) -> Result<Profile, Error> {
    let parsed = match format {
        Format::Toml => parse_toml(source),
        Format::Json => parse_json(source),
    };
    let profile = parsed.map_err(|raw| Error::Profile(explain(source, format, raw)))?;
    if let Some(problem) = validate::problems(&profile, rule_ids).into_iter().next() {
        let locator = Locator::new(source, format);
        return Err(Error::Profile(render(&problem, Some((source, &locator)), format)));
    }
    Ok(profile)
}

/// A problem as serde reported it.
struct Raw {
    message: String,
    place: Option<Place>,
    syntax: bool,
}

/// Where serde put a problem.
enum Place {
    /// In bytes: TOML syntax errors give the span of the problem; serde_json a position just
    /// past the token (an empty span).
    Span(Span),
    /// The key or value at a path: a data error in a TOML profile, found in its JSON rewrite.
    Path(Vec<Seg>, Part),
}

fn parse_toml(source: &str) -> Result<Profile, Raw> {
    // Syntax first, so that a syntax error is not reported as a data one.
    let table = toml::de::DeTable::parse(source).map_err(|e| Raw {
        message: e.message().to_string(),
        place: e.span().map(Place::Span),
        syntax: true,
    })?;
    let json = toml_json::to_json(table.get_ref());
    parse_json(&json).map_err(|raw| {
        // The position is in the JSON rewrite: its path finds the place in the TOML source.
        let place = match raw.place {
            Some(Place::Span(span)) => Locator::new(&json, Format::Json)
                .at(&span)
                .map(|(entry, part)| Place::Path(entry.path.clone(), part)),
            place => place,
        };
        Raw {
            message: raw.message,
            place: place.or(Some(Place::Path(Vec::new(), Part::Value))),
            syntax: false,
        }
    })
}

fn parse_json(source: &str) -> Result<Profile, Raw> {
    serde_json::from_str(source).map_err(|e| {
        let full = e.to_string();
        // serde_json appends " at line L column C"; the position is given separately.
        let message = match full.rfind(" at line ") {
            Some(i) => full.get(..i).unwrap_or(&full).to_string(),
            None => full.clone(),
        };
        let offset = offset_of(source, e.line(), e.column());
        Raw { message, place: offset.map(|o| Place::Span(o..o)), syntax: !e.is_data() }
    })
}

/// The byte offset of serde_json's 1-based line and byte column.
fn offset_of(source: &str, line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let line_start =
        if line == 1 { 0 } else { source.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)? };
    Some((line_start + column).min(source.len()))
}

fn at(source: &str, offset: usize) -> String {
    let (line, column) = line_col(source, offset);
    format!(" at line {line}, column {column}")
}

fn in_section(path: &[Seg], format: Format) -> String {
    section(path, format).map(|s| format!(" in {s}")).unwrap_or_default()
}

/// The backquoted names in `text`, in order.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn last_key(path: &[Seg]) -> &str {
    path.iter()
        .rev()
        .find_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
        .unwrap_or("")
}

const LEVELS: &[&str] = &["off", "hint", "info", "warning", "error"];

/// What a value at `path` may be, in words, when the schema says more than serde does.
fn expected_at(path: &[Seg]) -> Option<String> {
    let parent = path.len().checked_sub(2).and_then(|i| path.get(i));
    let in_rules = matches!(parent, Some(Seg::Key(k)) if k == "rules");
    let key = last_key(path);
    if in_rules || (key == "level" && matches!(path.first(), Some(Seg::Key(k)) if k == "custom")) {
        return Some(format!("one of {}", list(LEVELS)));
    }
    match key {
        "address" => Some(format!("one of {}", list(&["tu", "vous", "any"]))),
        "locale" => Some(format!("one of {}", list(&["fr", "en", "auto"]))),
        k if k.starts_with("max_") => Some("a whole number (0 or more)".to_string()),
        _ => None,
    }
}

/// serde's name for an expected type, in the profile writer's words.
fn plain_type(expected: &str) -> String {
    match expected {
        "u32" | "u64" | "usize" => "a whole number (0 or more)".to_string(),
        "a sequence" => "a list".to_string(),
        "a map" => "a table".to_string(),
        e if e.starts_with("struct ") => "a table".to_string(),
        e => e.to_string(),
    }
}

/// Rewrites a serde problem for people: the key, the place, the accepted values.
fn explain(source: &str, format: Format, raw: Raw) -> String {
    let notation = match format {
        Format::Toml => "TOML",
        Format::Json => "JSON",
    };
    let Some(place) = raw.place else {
        return format!("{notation}: {}", raw.message);
    };
    let locator = Locator::new(source, format);
    let (found, start) = match place {
        Place::Span(span) if raw.syntax => {
            return format!("{notation} syntax error{}: {}", at(source, span.start), raw.message);
        }
        Place::Span(span) => (locator.at(&span), span.start),
        // Not found: the top level (an empty path), whose place is the start.
        Place::Path(path, part) => (locator.find(&path).map(|e| (e, part)), 0),
    };
    let message = raw.message.as_str();

    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (name, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let name = name.trim_matches('`');
        let fields = quoted(expected);
        let (offset, parent) = match found {
            Some((e, Part::Key)) => (e.key.start, e.path.get(..e.path.len().saturating_sub(1))),
            Some((e, Part::Value)) => (e.value.start, Some(e.path.as_slice())),
            None => (start, None),
        };
        let detail = match nearest(name, fields.iter().copied()) {
            Some(near) => format!("did you mean `{near}`?"),
            None if fields.is_empty() => "no keys are allowed here".to_string(),
            None => format!("expected one of {}", list(&fields)),
        };
        return format!(
            "unknown key `{name}`{}{}: {detail}",
            at(source, offset),
            in_section(parent.unwrap_or(&[]), format)
        );
    }

    if let Some(rest) = message.strip_prefix("missing field ") {
        let (offset, path) = match found {
            Some((e, _)) => (e.value.start, e.path.as_slice()),
            None => (start, &[][..]),
        };
        return format!("missing key {rest}{}{}", at(source, offset), in_section(path, format));
    }

    // The rest are about a value: name its key.
    let (offset, path): (usize, &[Seg]) = match found {
        Some((e, _)) => (e.value.start, e.path.as_slice()),
        None => (start, &[]),
    };
    let key = last_key(path);
    let parent = path.get(..path.len().saturating_sub(1)).unwrap_or(&[]);
    let place = format!("{}{}", at(source, offset), in_section(parent, format));
    let for_key = if key.is_empty() { String::new() } else { format!(" for `{key}`") };

    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let value = value.trim_matches('`');
        let accepted = quoted(expected);
        let hint = match nearest(value, accepted.iter().copied()) {
            Some(near) => format!("; did you mean `{near}`?"),
            None => String::new(),
        };
        return format!(
            "invalid value `{value}`{for_key}{place}: expected one of {}{hint}",
            list(&accepted)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found_type, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected_at(path).unwrap_or_else(|| plain_type(expected));
        return format!("wrong type{for_key}{place}: expected {expected}, found {found_type}");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found_value, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = expected_at(path).unwrap_or_else(|| plain_type(expected));
        return format!("invalid value{for_key}{place}: expected {expected}, found {found_value}");
    }
    format!("{message}{place}")
}

/// Writes a validation problem, with its place when the source is known.
pub(super) fn render(
    problem: &Problem,
    source: Option<(&str, &Locator)>,
    format: Format,
) -> String {
    let parent = problem.path.get(..problem.path.len().saturating_sub(1)).unwrap_or(&[]);
    let position = source
        .and_then(|(src, locator)| {
            let entry = locator.find(&problem.path)?;
            let offset = match problem.part {
                Part::Key => entry.key.start,
                Part::Value => entry.value.start,
            };
            Some(at(src, offset))
        })
        .unwrap_or_default();
    format!("{}{position}{}: {}", problem.what, in_section(parent, format), problem.detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toml_err(src: &str) -> String {
        match parse(src, Format::Toml, &crate::rules::ids()) {
            Err(Error::Profile(m)) => m,
            other => panic!("expected an error, got {other:?}"),
        }
    }

    fn json_err(src: &str) -> String {
        match parse(src, Format::Json, &crate::rules::ids()) {
            Err(Error::Profile(m)) => m,
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn unknown_key_names_place_and_nearest_key() {
        let src = "name = \"Acme\"\nlocale = \"fr\"\n\n[voice]\nadress = \"vous\"\n";
        assert_eq!(
            toml_err(src),
            "unknown key `adress` at line 5, column 1 in [voice]: did you mean `address`?"
        );
        let src = "{\n  \"name\": \"Acme\",\n  \"voice\": {\"adress\": \"vous\"}\n}";
        assert_eq!(
            json_err(src),
            "unknown key `adress` at line 3, column 13 in `voice`: did you mean `address`?"
        );
    }

    #[test]
    fn unknown_top_level_key_without_a_near_one_lists_the_keys() {
        let m = toml_err("colour = \"red\"\n");
        assert!(m.starts_with("unknown key `colour` at line 1, column 1: expected one of `name`"));
        assert_eq!(
            json_err(r#"{"nme": "Acme"}"#),
            "unknown key `nme` at line 1, column 2: did you mean `name`?"
        );
    }

    #[test]
    fn wrong_enum_values_list_the_accepted_ones() {
        assert_eq!(
            toml_err("[voice]\naddress = \"vouz\"\n"),
            "invalid value `vouz` for `address` at line 2, column 11 in [voice]: expected one \
             of `tu`, `vous`, `any`; did you mean `vous`?"
        );
        assert_eq!(
            json_err(r#"{"rules": {"platform/too-long": "loud"}}"#),
            "invalid value `loud` for `platform/too-long` at line 1, column 33 in `rules`: \
             expected one of `off`, `hint`, `info`, `warning`, `error`"
        );
        assert_eq!(
            toml_err("[rules]\n\"platform/too-long\" = 3\n"),
            "wrong type for `platform/too-long` at line 2, column 23 in [rules]: expected one \
             of `off`, `hint`, `info`, `warning`, `error`, found integer `3`"
        );
        assert_eq!(
            json_err(r#"{"voice": {"address": true}}"#),
            "wrong type for `address` at line 1, column 23 in `voice`: expected one of `tu`, \
             `vous`, `any`, found boolean `true`"
        );
    }

    #[test]
    fn wrong_types_say_what_was_expected() {
        assert_eq!(
            toml_err("[voice]\nmax_emoji = \"3\"\n"),
            "wrong type for `max_emoji` at line 2, column 13 in [voice]: expected a whole \
             number (0 or more), found string \"3\""
        );
        assert_eq!(
            json_err(r#"{"voice": {"max_emoji": -1}}"#),
            "invalid value for `max_emoji` at line 1, column 25 in `voice`: expected a whole \
             number (0 or more), found integer `-1`"
        );
        assert_eq!(
            toml_err("voice = 3\n"),
            "wrong type for `voice` at line 1, column 9: expected a table, found integer `3`"
        );
        assert_eq!(
            json_err(r#"{"terms": {"use": "x"}}"#),
            "wrong type for `terms` at line 1, column 11: expected a list, found map"
        );
    }

    #[test]
    fn missing_keys_name_the_table() {
        assert_eq!(
            toml_err("[[custom]]\nid = \"x\"\nmessage = \"m\"\n"),
            "missing key `pattern` at line 1, column 1 in [[custom]] #1"
        );
        assert_eq!(
            json_err(r#"{"custom": [{"id": "x", "pattern": "y"}]}"#),
            "missing key `message` at line 1, column 13 in `custom[0]`"
        );
    }

    #[test]
    fn syntax_errors_give_the_position() {
        let m = toml_err("name = \n");
        assert!(m.starts_with("TOML syntax error at line 1, column 8: "), "{m}");
        let m = json_err("{\"name\": ");
        assert!(m.starts_with("JSON syntax error at line 1, column 10: "), "{m}");
        let m = toml_err("[voice]\naddress = \"tu\"\n[voice]\n");
        assert!(m.starts_with("TOML syntax error at line 3, column 2: duplicate key"), "{m}");
    }

    #[test]
    fn nested_platform_keys_are_placed() {
        assert_eq!(
            toml_err("[platforms.linkedin.voice]\nmax_emojis = 1\n"),
            "unknown key `max_emojis` at line 2, column 1 in [platforms.linkedin.voice]: did \
             you mean `max_emoji`?"
        );
    }

    #[test]
    fn validation_problems_are_placed_too() {
        assert_eq!(
            toml_err("name = \"A\"\n[rules]\n\"platform/to-long\" = \"off\"\n"),
            "unknown rule `platform/to-long` at line 3, column 1 in [rules]: did you mean \
             `platform/too-long`?"
        );
        assert_eq!(
            json_err(r#"{"platforms": {"x": {"rules": {"platform/too-lon": "off"}}}}"#),
            "unknown rule `platform/too-lon` at line 1, column 32 in `platforms.x.rules`: did \
             you mean `platform/too-long`?"
        );
        assert_eq!(
            toml_err("[platforms.linkdin.voice]\nmax_emoji = 1\n"),
            "unknown platform `linkdin` at line 1, column 12 in [platforms]: did you mean \
             `linkedin`?"
        );
        assert_eq!(
            toml_err("locale = \"de\"\n"),
            "unknown locale `de` at line 1, column 10: expected one of `fr`, `en`, `auto`"
        );
        assert_eq!(
            toml_err(
                "[[stakeholders]]\nname = \"Bpifrance\"\nhandles = { twitter = \"@Bpifrance\" }\n"
            ),
            "unknown platform `twitter` at line 3, column 13 in [[stakeholders]] #1, `handles`: \
             use `x`"
        );
    }

    #[test]
    fn custom_rule_problems_name_the_rule() {
        let src = "[[custom]]\nid = \"no-asap\"\npattern = \"(ASAP\"\nmessage = \"Say when.\"\n";
        assert_eq!(
            toml_err(src),
            "invalid pattern in custom rule `no-asap` at line 3, column 11 in [[custom]] #1: the \
             pattern does not compile: found open group without closing ')'"
        );
        let src = r#"{"custom": [
  {"id": "no-asap", "pattern": "ASAP", "message": "m"},
  {"id": "no-asap", "pattern": "asap", "message": "m"}
]}"#;
        assert_eq!(
            json_err(src),
            "duplicate custom rule id `no-asap` at line 3, column 10 in `custom[1]`: custom rule \
             #1 already uses it"
        );
        let src = "[[custom]]\nid = \"Big\"\npattern = '(?:\\w{1000}){100}'\nmessage = \"m\"\n";
        let m = toml_err(src);
        assert!(m.starts_with("invalid custom rule id `Big` at line 2, column 6"), "{m}");
        let src = "[[custom]]\nid = \"big\"\npattern = '(?:\\w{1000}){100}'\nmessage = \"m\"\n";
        let m = toml_err(src);
        assert!(m.ends_with("the pattern is too large once compiled (over 256 KiB)"), "{m}");
    }

    #[test]
    fn json_validation_problems_are_placed() {
        assert_eq!(
            json_err("{\n  \"platforms\": {\"linkdin\": {}}\n}"),
            "unknown platform `linkdin` at line 2, column 17 in `platforms`: did you mean \
             `linkedin`?"
        );
        assert_eq!(
            json_err(r#"{"custom": [{"id": "x", "pattern": "a{2,1}", "message": "m"}]}"#),
            "invalid pattern in custom rule `x` at line 1, column 36 in `custom[0]`: the pattern \
             does not compile: found counted repetition with a min bigger than its max"
        );
    }

    #[test]
    fn a_profile_built_in_code_is_validated_without_position() {
        let mut p = Profile::default();
        p.platforms.insert("myspace".into(), Default::default());
        assert_eq!(
            p.validate(),
            Err(Error::Profile(
                "unknown platform `myspace` in `platforms`: expected one of `x`, `mastodon`, \
                 `bluesky`, `threads`, `linkedin`, `instagram`, `facebook`"
                    .into()
            ))
        );
    }

    #[test]
    fn a_good_profile_loads() {
        let src = r#"
name = "Acme"
locale = "fr"
[voice]
address = "vous"
max_sentence_words = 20
[rules]
"platform/too-long" = "warning"
[platforms.linkedin.rules]
"platform/too-long" = "off"
[[stakeholders]]
name = "Bpifrance"
aliases = ["BPI"]
handles = { x = "@Bpifrance", linkedin = "@Bpifrance" }
[[custom]]
id = "no-asap"
pattern = "\\bASAP\\b"
message = "Say when."
"#;
        let p = parse(src, Format::Toml, &crate::rules::ids()).expect("valid");
        assert_eq!(p.custom.len(), 1);
    }
}
