//! Extended grapheme clusters (UAX #29), from a build-time table of the classes the rules read.
//!
//! `build.rs` writes, from ICU4X's Unicode data, the class of every char from U+0080 on as sorted
//! runs (`start << 8 | class`, a binary search per char outside ASCII): its
//! Grapheme_Cluster_Break, with Extend split by Indic_Conjunct_Break (GB9c) and Other by
//! Extended_Pictographic (GB11) and Indic_Conjunct_Break=Consonant. The `.wasm` carried
//! `unicode-segmentation`'s range tables for the same answers at three times the bytes; that
//! crate stays the reference the tests compare with, char by char.

use std::cmp::Ordering;

/// A char's class for the grapheme rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Any,
    CR,
    LF,
    Control,
    /// Grapheme_Cluster_Break=Extend, not in GB9c's sequences.
    Extend,
    /// Extend with Indic_Conjunct_Break=Extend.
    ExtendInCb,
    /// Extend with Indic_Conjunct_Break=Linker.
    Linker,
    /// ZERO WIDTH JOINER (Indic_Conjunct_Break=Extend too).
    Zwj,
    SpacingMark,
    Prepend,
    L,
    V,
    T,
    Lv,
    Lvt,
    Regional,
    /// Extended_Pictographic (Grapheme_Cluster_Break=Other).
    Pictographic,
    /// Indic_Conjunct_Break=Consonant (Grapheme_Cluster_Break=Other).
    Consonant,
}

include!(concat!(env!("OUT_DIR"), "/grapheme_break.rs"));

/// The class of `c`.
fn class(c: char) -> Class {
    let c = u32::from(c);
    if c < 0x80 {
        return match c {
            0x0D => Class::CR,
            0x0A => Class::LF,
            0..0x20 | 0x7F => Class::Control,
            _ => Class::Any,
        };
    }
    // The last run starting at or before `c` (the first run starts at U+0080).
    let at = RUNS.partition_point(|run| match (run >> 8).cmp(&c) {
        Ordering::Greater => false,
        Ordering::Less | Ordering::Equal => true,
    });
    let code = at.checked_sub(1).and_then(|i| RUNS.get(i)).map_or(0, |run| run & 0xFF);
    CLASSES.get(code as usize).copied().unwrap_or(Class::Any)
}

/// What the rules remember of the text before a boundary.
#[derive(Default)]
struct State {
    /// The class of the char before.
    before: Option<Class>,
    /// GB11: after an Extended_Pictographic and Extend chars, and whether a ZWJ ends them.
    emoji: Option<bool>,
    /// GB12, GB13: how many regional indicators end the text so far.
    regional: usize,
    /// GB9c: after a Consonant and Extend or Linker chars, and whether a Linker is among them.
    conjunct: Option<bool>,
}

impl State {
    /// Whether there is a boundary before a char of class `after`; then takes it in.
    fn boundary(&mut self, after: Class) -> bool {
        use Class::*;
        let boundary = match (self.before, after) {
            (None, _) => true,
            (Some(CR), LF) => false,
            (Some(Control | CR | LF), _) | (_, Control | CR | LF) => true,
            (Some(L), L | V | Lv | Lvt) | (Some(Lv | V), V | T) | (Some(Lvt | T), T) => false,
            (_, Extend | ExtendInCb | Linker | Zwj | SpacingMark) | (Some(Prepend), _) => false,
            (_, Consonant) if self.conjunct == Some(true) => false,
            (Some(Zwj), Pictographic) if self.emoji == Some(true) => false,
            (Some(Regional), Regional) => self.regional % 2 == 0,
            _ => true,
        };
        self.emoji = match (after, self.emoji) {
            (Pictographic, _) => Some(false),
            (Extend | ExtendInCb | Linker, Some(false)) => Some(false),
            (Zwj, Some(false)) => Some(true),
            _ => None,
        };
        self.conjunct = match (after, self.conjunct) {
            (Consonant, _) => Some(false),
            (Linker, Some(_)) => Some(true),
            (ExtendInCb | Zwj, Some(linker)) => Some(linker),
            _ => None,
        };
        self.regional = if after == Regional { self.regional + 1 } else { 0 };
        self.before = Some(after);
        boundary
    }
}

/// The start of every extended grapheme cluster of `text`, each plus `offset`, appended to
/// `out`: what `unicode-segmentation`'s `grapheme_indices(true)` gives.
pub fn starts(text: &str, offset: usize, out: &mut Vec<usize>) {
    let mut state = State::default();
    for (i, c) in text.char_indices() {
        if state.boundary(class(c)) {
            out.push(offset + i);
        }
    }
}

/// How many extended grapheme clusters `text` has.
pub fn count(text: &str) -> usize {
    let mut state = State::default();
    text.chars().filter(|&c| state.boundary(class(c))).count()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        starts(text, 0, &mut out);
        out
    }

    fn reference(text: &str) -> Vec<usize> {
        text.grapheme_indices(true).map(|(i, _)| i).collect()
    }

    /// The chars ICU4X's data (Unicode 17) assigns and the crate's tables do not (it segments
    /// them as unassigned), or no longer counts as Extended_Pictographic where the crate still
    /// reserves room: `.wasm` and crate differ on these only (in grapheme and word classes).
    pub(crate) const NEWER_THAN_THE_CRATE: [std::ops::RangeInclusive<u32>; 35] = [
        0x558..=0x558,
        0x58B..=0x58C,
        0x5C8..=0x5C9,
        0xB53..=0xB54,
        0x1ADE..=0x1ADF,
        0x1AEC..=0x1AF0,
        0x208F..=0x208F,
        0x209D..=0x209F,
        0xA7DD..=0xA7DD,
        0xA7E2..=0xA7E2,
        0xAB6C..=0xAB6D,
        0x107BB..=0x107BF,
        0x10ECB..=0x10ECF,
        0x10ED9..=0x10EEE,
        0x10EF0..=0x10EF9,
        0x11B0A..=0x11B0A,
        0x11DF0..=0x11DF1,
        0x1246F..=0x1246F,
        0x12475..=0x1247F,
        0x12550..=0x12686,
        0x1B124..=0x1B128,
        0x1B168..=0x1B168,
        0x1D127..=0x1D128,
        0x1D250..=0x1D252,
        0x1D25B..=0x1D25C,
        0x1D25F..=0x1D25F,
        0x1D280..=0x1D281,
        0x1D6A6..=0x1D6A6,
        0x1DF1F..=0x1DF24,
        0x1DF2B..=0x1DF81,
        0x1DF90..=0x1DF96,
        0x1DFCD..=0x1DFFF,
        0x1F1AE..=0x1F1AE,
        0x1F7DA..=0x1F7DB,
        0x1F7F1..=0x1F7FF,
    ];

    /// Whether `text` holds a char of [`NEWER_THAN_THE_CRATE`]: tests comparing a segmentation
    /// with the crate's leave such texts out.
    pub(crate) fn newer_than_the_crate(text: &str) -> bool {
        text.chars().any(|c| NEWER_THAN_THE_CRATE.iter().any(|r| r.contains(&u32::from(c))))
    }

    /// The crate segments each of [`NEWER_THAN_THE_CRATE`]'s chars as a char of no class: a
    /// grapheme and a word segment of its own between two letters. So the list hides no
    /// difference in the rules, only in the data.
    #[test]
    fn the_crate_has_no_class_for_the_newer_chars() {
        for c in NEWER_THAN_THE_CRATE.into_iter().flatten().filter_map(char::from_u32) {
            let text = format!("a{c}a");
            assert_eq!(text.graphemes(true).count(), 3, "{c:?}");
            assert_eq!(text.split_word_bound_indices().count(), 3, "{c:?}");
        }
    }

    /// Every char but [`NEWER_THAN_THE_CRATE`]'s.
    pub(crate) fn compared() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32)
            .filter(|c| !NEWER_THAN_THE_CRATE.iter().any(|r| r.contains(c)))
            .filter_map(char::from_u32)
    }

    /// Every char, doubled and in the contexts where each class meets its rules (a Consonant
    /// after a Linker, an Extend or a Linker between Consonants, a pictograph after a ZWJ, a
    /// Hangul jamo, a regional indicator, controls), is segmented as the crate does it: so its
    /// class is the crate's.
    #[test]
    fn every_char_as_the_crate() {
        for c in compared() {
            for text in [
                format!("{c}{c}"),
                format!("a{c}a"),
                format!("\r{c}\n"),
                format!("\u{915}\u{94d}{c}"),
                format!("\u{915}{c}\u{94d}\u{915}"),
                format!("\u{1f600}\u{200d}{c}"),
                format!("\u{1f600}{c}\u{200d}\u{1f600}"),
                format!("\u{1100}{c}\u{11a8}"),
                format!("\u{ac00}{c}\u{1161}"),
                format!("\u{1f1e6}{c}\u{1f1e6}"),
            ] {
                assert_eq!(ours(&text), reference(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn sequences() {
        for text in [
            "",
            "e\u{301}\u{301}x",
            "\r\n\n\r",
            "\u{1f469}\u{200d}\u{1f4bb}\u{1f3fd}",
            "\u{1f469}\u{301}\u{200d}\u{1f4bb}",
            "\u{1f469}\u{200d}\u{301}\u{1f4bb}",
            "a\u{200d}\u{1f4bb}",
            "\u{1f1eb}\u{1f1f7}\u{1f1e6}\u{1f1e6}\u{1f1e6}",
            "\u{915}\u{94d}\u{937}",
            "\u{915}\u{94d}\u{200d}\u{937}",
            "\u{915}\u{93c}\u{94d}\u{94d}\u{937}\u{94d}\u{915}",
            "\u{915}\u{93c}\u{937}",
            "\u{1100}\u{1161}\u{11a8}\u{ac00}\u{11a8}",
            "\u{600}a \u{903}",
        ] {
            assert_eq!(ours(text), reference(text), "{text:?}");
            assert_eq!(count(text), text.graphemes(true).count(), "{text:?}");
        }
    }

    proptest::proptest! {
        /// Runs of the chars the rules join, in any order, as the crate segments them.
        #[test]
        fn runs_as_the_crate(text in "[a\r\n\u{301}\u{200d}\u{94d}\u{93c}\u{915}\u{937}\u{1f600}\u{1f4bb}\u{1f3fd}\u{1f1e6}\u{1f1eb}\u{903}\u{600}\u{1100}\u{1161}\u{11a8}\u{ac00}\u{ac01}\u{a9}]{0,24}") {
            proptest::prop_assert_eq!(ours(&text), reference(&text));
            proptest::prop_assert_eq!(count(&text), text.graphemes(true).count());
        }
    }
}
