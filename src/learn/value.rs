//! Small readers over `serde_json::Value`, so that a record missing a field is a warning and
//! never a panic.

use serde_json::Value;

/// The string at `key`, if it is one.
pub(crate) fn str_at<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

/// Whether `key` holds something (not absent, not null, not an empty string).
pub(crate) fn present(v: &Value, key: &str) -> bool {
    match v.get(key) {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Bool(b)) => *b,
        Some(_) => true,
    }
}

/// Whether `key` is true, written as a JSON boolean or as the string "true" (X writes both).
pub(crate) fn truthy(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

/// Lines of byte offsets met in increasing order, counted from the last one asked: linear over
/// a file, where counting from the start for every record would be quadratic.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    at: usize,
    line: usize,
}

impl Lines {
    /// The 1-based line of byte `at` in `source`; `at` below the last one asked restarts.
    pub(crate) fn of(&mut self, source: &str, at: usize) -> usize {
        if at < self.at {
            *self = Lines::default();
        }
        let newlines = source
            .as_bytes()
            .get(self.at..at)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
        self.line += newlines;
        self.at = at;
        self.line + 1
    }
}
