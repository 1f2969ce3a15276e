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

/// The 1-based line of byte `at` in `source`.
pub(crate) fn line_of(source: &str, at: usize) -> usize {
    1 + source.as_bytes().get(..at).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
}
