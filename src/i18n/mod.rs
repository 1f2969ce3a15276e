//! French and English: the locale of a post, its detection, and the message catalogue.
//!
//! Every message a rule shows exists in both languages and follows the post's locale. Messages
//! are looked up by key and filled with named arguments (`{name}`); a test checks that both
//! languages of every entry use the same arguments.

mod catalogue;
mod detect;
mod fixed;
mod message;

pub use detect::{Tally, detect, tally};
pub use fixed::Fixed;
pub use message::{Arg, around_placeholder, fill, keys, tr};

pub use brio_compile::Locale;

/// Whether this build carries `locale`'s language: its packs, and the rules' word lists written
/// in code (the `fr` and `en` features; docs/npm.md, "Builds"). A one-language build reads a
/// post in the other language without them, as it reads it without that language's packs.
pub(crate) const fn carried(locale: Locale) -> bool {
    match locale {
        Locale::Fr => cfg!(feature = "fr"),
        Locale::En => cfg!(feature = "en"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Integers and strings are written as `Display` would write them.
        #[test]
        fn args_are_written_as_display_writes_them(
            n in proptest::num::u64::ANY,
            small in proptest::num::usize::ANY,
            word in "\\PC{0,12}",
            signed in proptest::num::i64::ANY,
        ) {
            let filled = fill(
                "{n}|{small}|{word}|{signed}|{w}",
                &[("n", &n), ("small", &small), ("word", &word.as_str()), ("signed", &signed),
                  ("w", &word)],
            );
            proptest::prop_assert_eq!(filled, format!("{n}|{small}|{word}|{signed}|{word}"));
        }
    }

    #[test]
    fn integer_edges_are_written_whole() {
        for n in [0u64, 9, 10, 99, 100, u64::MAX] {
            assert_eq!(fill("{n}", &[("n", &n)]), n.to_string());
        }
        assert_eq!(fill("{n}", &[("n", &u8::MAX)]), "255");
    }

    fn placeholders(s: &str) -> Vec<&str> {
        let mut names: Vec<&str> =
            s.split('{').skip(1).filter_map(|p| p.split('}').next()).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for (key, en, fr) in catalogue::CATALOGUE {
            assert_eq!(placeholders(en), placeholders(fr), "{key}");
            assert!(!en.is_empty() && !fr.is_empty(), "{key}");
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = keys().collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len());
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_unknown_ones() {
        let n = 3;
        assert_eq!(fill("{n} of {m}", &[("n", &n)]), "3 of {m}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }
}
