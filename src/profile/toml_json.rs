//! A TOML profile rewritten as JSON text, so that one serde deserializer reads both notations.
//!
//! serde_json must be in the `.wasm` anyway (JSON profiles, profile objects from JavaScript, the
//! report), while toml's own serde deserializer, and a second copy of every `Deserialize` impl
//! of the profile for it, would be a second deserializer in the size-budgeted `.wasm`. toml only
//! parses (its `DeTable`, which also gives the spans that error messages point at); the data
//! errors found in the JSON are placed back in the TOML source by their path (`load.rs`).

use std::fmt::Write as _;

use toml::de::{DeFloat, DeInteger, DeTable, DeValue};

/// `table` as compact JSON. Keys keep the table's order, which is the order toml's deserializer
/// visited them in, so the first problem serde finds is the one it found before.
pub(super) fn to_json(table: &DeTable<'_>) -> String {
    let mut out = String::new();
    write_table(table, &mut out);
    out
}

fn write_table(table: &DeTable<'_>, out: &mut String) {
    out.push('{');
    for (i, (key, value)) in table.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(key.get_ref(), out);
        out.push(':');
        write_value(value.get_ref(), out);
    }
    out.push('}');
}

fn write_value(value: &DeValue<'_>, out: &mut String) {
    match value {
        DeValue::String(s) => write_str(s, out),
        DeValue::Integer(i) => write_integer(i, out),
        DeValue::Float(f) => write_float(f, out),
        DeValue::Boolean(b) => out.push_str(if *b { "true" } else { "false" }),
        // No profile field takes a date: written as toml's deserializer presented one (a table
        // with one private key), a date is "found map" where a string is expected, as before.
        DeValue::Datetime(d) => {
            out.push_str("{\"$__toml_private_datetime\":");
            write_str(&d.to_string(), out);
            out.push('}');
        }
        DeValue::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item.get_ref(), out);
            }
            out.push(']');
        }
        DeValue::Table(t) => write_table(t, out),
    }
}

/// toml gives the digits in a form `from_str_radix` reads: signed, without `_` or a `0x` prefix.
fn write_integer(i: &DeInteger<'_>, out: &mut String) {
    let digits = i.as_str();
    if i.radix() == 10 {
        out.push_str(digits.strip_prefix('+').unwrap_or(digits));
    } else {
        match i128::from_str_radix(digits, i.radix()) {
            Ok(n) => {
                let _ = write!(out, "{n}");
            }
            // Out of any range a profile accepts: still a number, so that the error says so.
            Err(_) => out.push_str("1e999"),
        }
    }
}

/// TOML floats are JSON numbers once a leading `+` is dropped, except `inf` and `nan`, which JSON
/// cannot write: those go as strings (no profile field takes a float, so either is an error).
fn write_float(f: &DeFloat<'_>, out: &mut String) {
    let text = f.as_str();
    let text = text.strip_prefix('+').unwrap_or(text);
    if text.bytes().any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E') {
        write_str(text, out);
    } else {
        out.push_str(text);
    }
}

/// A JSON string, escaped by serde_json itself (which reads it back).
fn write_str(s: &str, out: &mut String) {
    // Serialising a str cannot fail; an empty string would only make the profile's error say so.
    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(src: &str) -> String {
        to_json(DeTable::parse(src).expect("valid TOML").get_ref())
    }

    #[test]
    fn writes_every_kind_of_value() {
        assert_eq!(
            json("a = \"q\\\"\\\\\\n\"\nb = [1, +2, -3, 0x1F, 0o7, 0b11, 1_000]\nc = true\n"),
            r#"{"a":"q\"\\\n","b":[1,2,-3,31,7,3,1000],"c":true}"#
        );
        assert_eq!(
            json("f = [+1.5, -2e3, 1E+2, inf, nan]"),
            r#"{"f":[1.5,-2e3,1E+2,"inf","nan"]}"#
        );
        assert_eq!(
            json("[t]\nx.y = 1\n[[u]]\nv = 0xffffffffffffffff\n"),
            r#"{"t":{"x":{"y":1}},"u":[{"v":18446744073709551615}]}"#
        );
        assert_eq!(json("d = 1979-05-27"), r#"{"d":{"$__toml_private_datetime":"1979-05-27"}}"#);
    }

    #[test]
    fn the_json_parses() {
        let text = json("a = \"\\u0001\\t é \\\\ \\\"\"\n");
        let back: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back["a"], "\u{1}\t é \\ \"");
    }
}
