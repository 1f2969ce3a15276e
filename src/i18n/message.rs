//! Messages from the catalogue, filled with named arguments (`{name}`).
//!
//! Every finding of every check asks for one or two messages, so each template is split at its
//! placeholders once, on first use, and the arguments most messages take (words and counts) are
//! written straight into the message rather than through `Display`.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use super::Locale;
use super::catalogue::CATALOGUE;

/// The message for `key` in `locale`, with `{name}` placeholders filled from `args`.
/// An unknown key yields the key itself, so a missing entry shows up instead of crashing.
/// Keys are `'static` (literals, rule ids): [`recent`] knows them by their address. Out of
/// line: a copy in each of the rules' many calls would weigh on the `.wasm`.
#[inline(never)]
pub fn tr(locale: Locale, key: &'static str, args: &[(&str, &dyn Arg)]) -> String {
    let Some(templates) = recent(key) else {
        return key.to_string();
    };
    let parts = match locale {
        Locale::En => &templates.en,
        Locale::Fr => &templates.fr,
    };
    assemble(parts, args)
}

/// The literal text before and after the one placeholder of `key`'s template in `locale`
/// (`"Replace with “{with}”"`: `"Replace with “"` and `"”"`); `None` for an unknown key or a
/// template with no placeholder or several. For the wasm wire, which rebuilds such messages in
/// JavaScript from their argument instead of sending them whole.
pub fn around_placeholder(
    locale: Locale,
    key: &'static str,
) -> Option<(&'static str, &'static str)> {
    let templates = recent(key)?;
    let parts = match locale {
        Locale::En => &templates.en,
        Locale::Fr => &templates.fr,
    };
    match parts.as_slice() {
        [before, _, after] => Some((before, after)),
        _ => None,
    }
}

/// Replaces each `{name}` in `template` with the matching argument; a name without an
/// argument, or a brace left open, stays as written.
pub fn fill(template: &str, args: &[(&str, &dyn Arg)]) -> String {
    assemble(&split(template), args)
}

/// Every catalogue key (for tests and tooling).
pub fn keys() -> impl Iterator<Item = &'static str> {
    CATALOGUE.iter().map(|(k, _, _)| *k)
}

/// A catalogue entry's two templates, split by [`split`].
struct Templates {
    en: Vec<&'static str>,
    fr: Vec<&'static str>,
}

/// The templates of `key`: a hash look-up into the catalogue, split on first use. Every finding
/// asks for one or two messages, and the keys share long prefixes ("tone/", "hashtag/") that a
/// binary search compares again at every step.
fn templates(key: &str) -> Option<&'static Templates> {
    static BY_KEY: OnceLock<HashMap<&'static str, Templates>> = OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        CATALOGUE
            .iter()
            .map(|&(key, en, fr)| {
                // A one-language build has one language's templates ([`CATALOGUE`]).
                let (en, fr) = match (en.is_empty(), fr.is_empty()) {
                    (true, false) => (fr, fr),
                    (false, true) => (en, en),
                    _ => (en, fr),
                };
                (key, Templates { en: split(en), fr: split(fr) })
            })
            .collect()
    });
    by_key.get(key)
}

/// A slot of [`recent`]: a key's address and length, and its templates.
type Slot = (usize, usize, Option<&'static Templates>);

/// How many keys [`recent`] remembers.
const SLOTS: usize = 16;

thread_local! {
    /// The templates of keys asked for lately, each in the slot its address picks.
    static RECENT: [Cell<Slot>; SLOTS] = const { [const { Cell::new((0, 0, None)) }; SLOTS] };
}

/// [`templates`] of `key`, remembered by the key's address: a finding asks for its rule's
/// message and its fixes' labels, a few keys asked again and again, and a static string's
/// address always holds the same key, so that most look-ups neither hash nor compare it.
fn recent(key: &'static str) -> Option<&'static Templates> {
    let at = key.as_ptr() as usize;
    let slot = (at.wrapping_mul(0x9E37_79B9) >> 7) & (SLOTS - 1);
    RECENT.with(|recent| {
        let cell = recent.get(slot)?;
        match cell.get() {
            (addr, len, found) if addr == at && len == key.len() => found,
            _ => {
                let found = templates(key);
                cell.set((at, key.len(), found));
                found
            }
        }
    })
}

/// `template` as literal text and placeholder names, alternating: even indices are text (maybe
/// empty), odd ones names. `"{n} of {m}"` is `["", "n", " of ", "m", ""]`.
fn split(template: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = template;
    // Braces are ASCII: a byte search finds them on char boundaries.
    let brace = |s: &str, from: usize, brace: u8| {
        s.as_bytes().get(from..)?.iter().position(|&b| b == brace).map(|p| from + p)
    };
    while let Some(open) = brace(rest, 0, b'{') {
        let Some(close) = brace(rest, open + 1, b'}') else { break };
        parts.push(rest.get(..open).unwrap_or(""));
        parts.push(rest.get(open + 1..close).unwrap_or(""));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    parts.push(rest);
    parts
}

/// The message from split `parts` and `args`.
fn assemble(parts: &[&str], args: &[(&str, &dyn Arg)]) -> String {
    let literal: usize = parts.iter().step_by(2).map(|p| p.len()).sum();
    let mut out = String::with_capacity(literal + 24 * (parts.len() / 2));
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
            continue;
        }
        match args.iter().find(|(name, _)| name == part) {
            Some((_, value)) => value.push_to(&mut out),
            None => {
                out.push('{');
                out.push_str(part);
                out.push('}');
            }
        }
    }
    out
}

/// A value that fills a `{name}` placeholder, written straight into the message.
///
/// Messages are filled for every finding of every check, and their arguments are mostly words
/// and counts: strings are copied and integers written digit by digit, without the formatting
/// machinery that `Display` goes through; signed integers go through `Display`. No float is an
/// argument: formatting one would link core's float printing (about 15 KB of code) into the
/// `.wasm`, so decimals are written as integers by the rule that shows them.
pub trait Arg {
    fn push_to(&self, out: &mut String);
}

impl Arg for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Arg for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Arg for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

impl Arg for std::borrow::Cow<'_, str> {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

/// Unsigned integers, decimal, as `Display` writes them.
fn push_decimal(mut n: u64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

macro_rules! unsigned_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn push_to(&self, out: &mut String) {
                push_decimal(u64::from(*self), out);
            }
        }
    )*};
}
unsigned_arg!(u8, u16, u32, u64);

impl Arg for usize {
    fn push_to(&self, out: &mut String) {
        push_decimal(*self as u64, out);
    }
}

macro_rules! display_arg {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn push_to(&self, out: &mut String) {
                // Writing to a String cannot fail.
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
display_arg!(i32, i64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_around_a_single_placeholder_rebuilds_the_message() {
        for locale in [Locale::En, Locale::Fr] {
            let (before, after) = around_placeholder(locale, "fix.replace").unwrap();
            let with = "« un mot »";
            assert_eq!(
                format!("{before}{with}{after}"),
                tr(locale, "fix.replace", &[("with", &with)])
            );
        }
        assert_eq!(around_placeholder(Locale::En, "fix.remove"), None);
        assert_eq!(around_placeholder(Locale::En, "no.such.key"), None);
    }

    /// Placeholders filled by scanning the template as it goes: what `fill` did before
    /// templates were split once.
    fn scanned(template: &str, args: &[(&str, &dyn Arg)]) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match args.iter().find(|(n, _)| *n == name) {
                        Some((_, value)) => value.push_to(&mut out),
                        None => out.push_str(&format!("{{{name}}}")),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn templates_split_into_text_and_names() {
        assert_eq!(split("{n} of {m}"), ["", "n", " of ", "m", ""]);
        assert_eq!(split("no names"), ["no names"]);
        assert_eq!(split("open { brace"), ["open { brace"]);
        assert_eq!(split("« {with} »"), ["« ", "with", " »"]);
    }

    proptest::proptest! {
        /// Split once and assembled, a template gives what scanning it gives.
        #[test]
        fn split_templates_fill_as_scanned_ones(template in "[a-z {}«»é]{0,40}") {
            let args: &[(&str, &dyn Arg)] = &[("a", &"x"), ("b", &42usize), ("", &'!')];
            proptest::prop_assert_eq!(fill(&template, args), scanned(&template, args));
        }
    }

    #[test]
    fn every_catalogue_message_fills_as_scanned() {
        let args: &[(&str, &dyn Arg)] = &[("n", &3usize), ("max", &"12"), ("with", &"x")];
        for &(key, en, fr) in CATALOGUE {
            assert_eq!(tr(Locale::En, key, args), scanned(en, args), "{key}");
            assert_eq!(tr(Locale::Fr, key, args), scanned(fr, args), "{key}");
        }
    }
}
