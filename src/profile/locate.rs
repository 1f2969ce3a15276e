//! Where each key of a profile's source is: every key with its path, the span of the key and the
//! span of its value.
//!
//! serde tells what went wrong but, for JSON, only a line and column just past the problem, and
//! for checks made after parsing (an unknown rule id, a bad pattern) nothing at all. This index
//! lets every message name the key, the line, the column and the table it sits in.

use std::fmt::Write as _;

use toml::de::{DeTable, DeValue};

use super::Format;
use crate::text::Span;

/// One step of a path into the profile: a table key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Seg::Key(key.to_string())
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Self {
        Seg::Index(index)
    }
}

/// A key (or an array item, whose `key` span is its value's) found in the source.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub path: Vec<Seg>,
    pub key: Span,
    pub value: Span,
}

/// Every key of one profile source.
#[derive(Debug, Clone, Default)]
pub(crate) struct Locator {
    pub entries: Vec<Entry>,
}

impl Locator {
    /// Indexes `source`. A source with syntax errors is indexed as far as it can be read.
    pub fn new(source: &str, format: Format) -> Locator {
        let mut entries = Vec::new();
        match format {
            Format::Toml => {
                let (table, _errors) = DeTable::parse_recoverable(source);
                walk_toml(table.get_ref(), &mut Vec::new(), &mut entries);
            }
            Format::Json => {
                let mut scan =
                    JsonScan { s: source.as_bytes(), src: source, i: 0, out: Vec::new() };
                scan.value(&mut Vec::new(), 0);
                entries = scan.out;
            }
        }
        Locator { entries }
    }

    /// The entry at exactly `path`.
    pub fn find(&self, path: &[Seg]) -> Option<&Entry> {
        self.entries.iter().find(|e| e.path == path)
    }

    /// The entry whose key is at `span` (TOML error spans) or ends at `offset` (JSON positions),
    /// falling back to the innermost value around the offset.
    pub fn at(&self, span: &Span) -> Option<(&Entry, Part)> {
        if let Some(e) = self.entries.iter().find(|e| e.key == *span || e.key.end == span.start) {
            if !e.path.last().is_some_and(|s| matches!(s, Seg::Index(_))) {
                return Some((e, Part::Key));
            }
        }
        if let Some(e) = self
            .entries
            .iter()
            .filter(|e| e.value == *span || e.value.end == span.start)
            .min_by_key(|e| (e.value.len(), std::cmp::Reverse(e.path.len())))
        {
            return Some((e, Part::Value));
        }
        self.entries
            .iter()
            .filter(|e| e.value.start <= span.start && span.start < e.value.end)
            .min_by_key(|e| (e.value.len(), std::cmp::Reverse(e.path.len())))
            .map(|e| (e, Part::Value))
    }
}

/// Which side of an entry a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Key,
    Value,
}

fn walk_toml(table: &DeTable<'_>, path: &mut Vec<Seg>, out: &mut Vec<Entry>) {
    for (key, value) in table.iter() {
        path.push(Seg::Key(key.get_ref().to_string()));
        out.push(Entry { path: path.clone(), key: key.span(), value: value.span() });
        walk_toml_value(value.get_ref(), path, out);
        path.pop();
    }
}

fn walk_toml_value(value: &DeValue<'_>, path: &mut Vec<Seg>, out: &mut Vec<Entry>) {
    match value {
        DeValue::Table(t) => walk_toml(t, path, out),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                out.push(Entry { path: path.clone(), key: item.span(), value: item.span() });
                walk_toml_value(item.get_ref(), path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Deep enough for any real profile; deeper input is not indexed rather than overflowing the
/// stack.
const MAX_DEPTH: usize = 64;

/// A tolerant JSON reader that only records where keys and values are; it stops at the first
/// syntax problem (serde_json reports those).
struct JsonScan<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    out: Vec<Entry>,
}

impl JsonScan<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|b| b.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Skips a string starting at `self.i` (on its opening quote); returns its span.
    fn string(&mut self) -> Option<Span> {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(start..self.i);
                }
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
    }

    /// Reads one value; returns `None` at a syntax problem.
    fn value(&mut self, path: &mut Vec<Seg>, depth: usize) -> Option<Span> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.ws();
        let start = self.i;
        match self.peek()? {
            b'{' => {
                self.i += 1;
                self.ws();
                if self.peek()? == b'}' {
                    self.i += 1;
                    return Some(start..self.i);
                }
                loop {
                    self.ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let key = self.string()?;
                    let name = self
                        .src
                        .get(key.clone())
                        .and_then(|raw| serde_json::from_str::<String>(raw).ok())
                        .unwrap_or_default();
                    self.ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.i += 1;
                    path.push(Seg::Key(name));
                    let index = self.out.len();
                    self.out.push(Entry { path: path.clone(), key: key.clone(), value: key });
                    let value = self.value(path, depth + 1);
                    path.pop();
                    let value = value?;
                    if let Some(entry) = self.out.get_mut(index) {
                        entry.value = value;
                    }
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            return Some(start..self.i);
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                self.ws();
                if self.peek()? == b']' {
                    self.i += 1;
                    return Some(start..self.i);
                }
                let mut n = 0;
                loop {
                    path.push(Seg::Index(n));
                    let index = self.out.len();
                    self.out.push(Entry { path: path.clone(), key: self.i..self.i, value: 0..0 });
                    let value = self.value(path, depth + 1);
                    path.pop();
                    let value = value?;
                    if let Some(entry) = self.out.get_mut(index) {
                        entry.key = value.clone();
                        entry.value = value;
                    }
                    n += 1;
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(start..self.i);
                        }
                        _ => return None,
                    }
                }
            }
            b'"' => self.string(),
            _ => {
                // Numbers, true, false, null: up to the next delimiter.
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.i += 1;
                }
                (self.i > start).then_some(start..self.i)
            }
        }
    }
}

/// The table a path is in, as the profile's notation writes it: `[voice]`, `[[terms]] #2`,
/// `[platforms.linkedin.rules]` in TOML; `voice`, `terms[1]` in JSON. `None` at the top level.
pub(crate) fn section(path: &[Seg], format: Format) -> Option<String> {
    if path.is_empty() {
        return None;
    }
    let mut out = String::new();
    match format {
        Format::Json => {
            for seg in path {
                match seg {
                    Seg::Key(k) if out.is_empty() => out.push_str(k),
                    Seg::Key(k) => {
                        out.push('.');
                        out.push_str(k);
                    }
                    Seg::Index(i) => {
                        let _ = write!(out, "[{i}]");
                    }
                }
            }
            Some(format!("`{out}`"))
        }
        Format::Toml => {
            // TOML writes an array of tables as `[[name]]`; its items are told apart by number.
            let mut names: Vec<&str> = Vec::new();
            let mut item: Option<usize> = None;
            for seg in path {
                match seg {
                    Seg::Key(k) => names.push(k),
                    Seg::Index(i) => {
                        let _ = write!(out, "[[{}]] #{}", names.join("."), i + 1);
                        names.clear();
                        item = Some(*i);
                    }
                }
            }
            match (item, names.is_empty()) {
                (None, _) => Some(format!("[{}]", names.join("."))),
                (Some(_), true) => Some(out),
                (Some(_), false) => Some(format!("{out}, `{}`", names.join("."))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(seg: &[Seg]) -> String {
        seg.iter()
            .map(|s| match s {
                Seg::Key(k) => k.clone(),
                Seg::Index(i) => i.to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    }

    #[test]
    fn indexes_toml_keys() {
        let src = "name = \"A\"\n[voice]\naddress = \"tu\"\n[[custom]]\nid = \"x\"\n";
        let loc = Locator::new(src, Format::Toml);
        let e = loc.find(&["voice".into(), "address".into()]).expect("found");
        assert_eq!(&src[e.key.clone()], "address");
        assert_eq!(&src[e.value.clone()], "\"tu\"");
        let e = loc.find(&["custom".into(), 0.into(), "id".into()]).expect("found");
        assert_eq!(&src[e.key.clone()], "id");
    }

    #[test]
    fn indexes_json_keys() {
        let src = r#"{"voice": {"address": "tu"}, "custom": [{"id": "x"}, {"id": "y"}]}"#;
        let loc = Locator::new(src, Format::Json);
        let e = loc.find(&["custom".into(), 1.into(), "id".into()]).expect("found");
        assert_eq!(&src[e.key.clone()], "\"id\"");
        assert_eq!(&src[e.value.clone()], "\"y\"");
        let all: Vec<String> = loc.entries.iter().map(|e| keys(&e.path)).collect();
        assert!(all.contains(&"voice.address".to_string()), "{all:?}");
    }

    #[test]
    fn broken_json_is_indexed_up_to_the_problem() {
        let loc = Locator::new(r#"{"voice": {"address": "#, Format::Json);
        assert!(loc.find(&["voice".into(), "address".into()]).is_some());
        let deep = "[".repeat(10_000);
        assert!(Locator::new(&deep, Format::Json).entries.len() <= MAX_DEPTH + 2);
    }

    #[test]
    fn sections_read_like_the_notation() {
        let p: Vec<Seg> = vec!["platforms".into(), "linkedin".into(), "rules".into()];
        assert_eq!(section(&p, Format::Toml).as_deref(), Some("[platforms.linkedin.rules]"));
        let p: Vec<Seg> = vec!["custom".into(), 1.into()];
        assert_eq!(section(&p, Format::Toml).as_deref(), Some("[[custom]] #2"));
        assert_eq!(section(&p, Format::Json).as_deref(), Some("`custom[1]`"));
        let p: Vec<Seg> = vec!["stakeholders".into(), 0.into(), "handles".into()];
        assert_eq!(section(&p, Format::Toml).as_deref(), Some("[[stakeholders]] #1, `handles`"));
        assert_eq!(section(&[], Format::Toml), None);
    }
}
