//! Word boundaries (UAX #29), from a build-time table of the Word_Break property.
//!
//! [`bound_indices`] gives what `unicode-segmentation`'s `split_word_bound_indices` gives: its
//! forward state machine, rule for rule (as `text::sentences` does for sentences), over the
//! classes `build.rs` writes from ICU4X's Unicode data (Word_Break, and Extended_Pictographic
//! for WB3c). The `.wasm` carried that crate's range tables for the same answers at several
//! times the bytes; the crate stays the reference the tests compare with, char by char.

use std::cmp::Ordering;

/// A char's Word_Break value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Any,
    CR,
    LF,
    Newline,
    Extend,
    Zwj,
    Regional,
    Format,
    Katakana,
    HebrewLetter,
    ALetter,
    SingleQuote,
    DoubleQuote,
    MidNumLet,
    MidLetter,
    MidNum,
    Numeric,
    ExtendNumLet,
    WSegSpace,
}

include!(concat!(env!("OUT_DIR"), "/word_break.rs"));

/// The code of `c` in the tables: its class's index, plus [`PICTOGRAPHIC`].
fn code(c: char) -> u8 {
    let c = u32::from(c);
    if let Some(&code) = ASCII.get(c as usize) {
        return code;
    }
    // The last run starting at or before `c` (the first run starts at U+0080).
    let at = RUNS.partition_point(|run| match (run >> 8).cmp(&c) {
        Ordering::Greater => false,
        Ordering::Less | Ordering::Equal => true,
    });
    at.checked_sub(1).and_then(|i| RUNS.get(i)).map_or(0, |run| (run & 0xFF) as u8)
}

fn class(c: char) -> Class {
    CLASSES.get(usize::from(code(c) & !PICTOGRAPHIC)).copied().unwrap_or(Class::Any)
}

pub(crate) fn is_pictographic(c: char) -> bool {
    code(c) & PICTOGRAPHIC != 0
}

/// Where the machine stands within a word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Start,
    Letter,
    HLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    /// After one regional indicator (`false`) or two (`true`).
    Regional(bool),
    FormatExtend(Wanted),
    Zwj,
    Emoji,
    WSegSpace,
}

/// What a run of Format and Extend chars after a mid char waits for (WB6, WB7a–c, WB11, WB12).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Wanted {
    AcceptNone,
    RequireLetter,
    RequireHLetter,
    AcceptQLetter,
    RequireNumeric,
}

/// The words and the runs between them of `text`, with their offsets: what
/// `unicode-segmentation`'s `split_word_bound_indices` yields.
pub fn bound_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    BoundIndices { text, at: 0, cat: None }
}

struct BoundIndices<'a> {
    text: &'a str,
    /// Where the rest starts in the whole text.
    at: usize,
    /// The class of the rest's first char, when the last step read it.
    cat: Option<Class>,
}

impl<'a> BoundIndices<'a> {
    /// The class of the char after the one at `idx` of the rest.
    fn next_class(&self, idx: usize) -> Option<Class> {
        let rest = self.text.get(self.at + idx..)?;
        let mut chars = rest.chars();
        chars.next()?;
        chars.next().map(class)
    }
}

impl<'a> Iterator for BoundIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        use State::*;
        use Wanted::*;
        let string = self.text.get(self.at..)?;
        if string.is_empty() {
            return None;
        }
        let mut take_curr = true;
        let mut take_cat = true;
        let mut idx = 0;
        let mut saveidx = 0;
        let mut state = Start;
        let mut cat = Class::Any;
        let mut savecat = Class::Any;
        // Whether Extend, Format or ZWJ chars were skipped (WB3d before WB4).
        let mut skipped_format_extend = false;
        for (curr, ch) in string.char_indices() {
            idx = curr;
            // WB3c before WB4: a ZWJ folds into the state before it, so whether the last char
            // was one is kept apart.
            let prev_zwj = cat == Class::Zwj;
            cat = self.cat.take().unwrap_or_else(|| class(ch));
            take_cat = true;
            // WB4: Format, Extend and ZWJ chars are skipped, but at the start.
            if state != Start && matches!(cat, Class::Extend | Class::Format | Class::Zwj) {
                skipped_format_extend = true;
                continue;
            }
            if prev_zwj && is_pictographic(ch) {
                state = Emoji;
                continue;
            }
            state = match state {
                Start if cat == Class::CR => {
                    // WB3, WB3a.
                    if self.next_class(idx) == Some(Class::LF) {
                        idx += 1;
                    }
                    break;
                }
                Start => match cat {
                    Class::ALetter => Letter,
                    Class::HebrewLetter => HLetter,
                    Class::Numeric => Numeric,
                    Class::Katakana => Katakana,
                    Class::ExtendNumLet => ExtendNumLet,
                    Class::Regional => Regional(false),
                    Class::LF | Class::Newline => break,
                    Class::Zwj => Zwj,
                    Class::WSegSpace => WSegSpace,
                    _ => {
                        // WB4 at the start: the Format and Extend chars after this one go
                        // with it.
                        if let Some(next) = self.next_class(idx) {
                            if matches!(next, Class::Format | Class::Extend | Class::Zwj) {
                                state = FormatExtend(AcceptNone);
                                self.cat = Some(next);
                                continue;
                            }
                        }
                        break;
                    }
                },
                WSegSpace => match cat {
                    Class::WSegSpace if !skipped_format_extend => WSegSpace,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Zwj | Emoji | Regional(true) => {
                    take_curr = false;
                    break;
                }
                Letter | HLetter => match cat {
                    Class::ALetter => Letter,
                    Class::HebrewLetter => HLetter,
                    Class::Numeric => Numeric,
                    Class::ExtendNumLet => ExtendNumLet,
                    Class::DoubleQuote if state == HLetter => {
                        savecat = cat;
                        saveidx = idx;
                        FormatExtend(RequireHLetter)
                    }
                    Class::SingleQuote if state == HLetter => FormatExtend(AcceptQLetter),
                    Class::MidLetter | Class::MidNumLet | Class::SingleQuote => {
                        savecat = cat;
                        saveidx = idx;
                        FormatExtend(RequireLetter)
                    }
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Numeric => match cat {
                    Class::Numeric => Numeric,
                    Class::ALetter => Letter,
                    Class::HebrewLetter => HLetter,
                    Class::ExtendNumLet => ExtendNumLet,
                    Class::MidNum | Class::MidNumLet | Class::SingleQuote => {
                        savecat = cat;
                        saveidx = idx;
                        FormatExtend(RequireNumeric)
                    }
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Katakana => match cat {
                    Class::Katakana => Katakana,
                    Class::ExtendNumLet => ExtendNumLet,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                ExtendNumLet => match cat {
                    Class::ExtendNumLet => ExtendNumLet,
                    Class::ALetter => Letter,
                    Class::HebrewLetter => HLetter,
                    Class::Numeric => Numeric,
                    Class::Katakana => Katakana,
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                Regional(false) => match cat {
                    Class::Regional => Regional(true),
                    _ => {
                        take_curr = false;
                        break;
                    }
                },
                FormatExtend(wanted) => match (wanted, cat) {
                    (RequireNumeric, Class::Numeric) => Numeric,
                    (RequireLetter | AcceptQLetter, Class::ALetter) => Letter,
                    (RequireLetter | AcceptQLetter | RequireHLetter, Class::HebrewLetter) => {
                        HLetter
                    }
                    (AcceptNone | AcceptQLetter, _) => {
                        take_curr = false;
                        take_cat = false;
                        break;
                    }
                    _ => break,
                },
            }
        }
        if let FormatExtend(RequireLetter | RequireHLetter | RequireNumeric) = state {
            // What the mid char waited for did not come: the word ends before it.
            idx = saveidx;
            cat = savecat;
            take_curr = false;
        }
        self.cat = if take_curr {
            idx += string.get(idx..).and_then(|s| s.chars().next()).map_or(0, char::len_utf8);
            None
        } else if take_cat {
            Some(cat)
        } else {
            None
        };
        let word = string.get(..idx)?;
        let start = self.at;
        self.at += idx;
        Some((start, word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(text: &str) -> Vec<(usize, &str)> {
        bound_indices(text).collect()
    }

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices().collect()
    }

    /// Every char in the contexts where each class meets its rules is segmented as the crate
    /// does it: so its class (and whether it is a pictograph) is the crate's. The chars of
    /// Unicode 17 the crate lacks are left out (`graphemes`' tests list them).
    #[test]
    fn every_char_as_the_crate() {
        for c in crate::graphemes::tests::compared() {
            for text in [
                format!("{c}{c}"),
                format!("a{c}a"),
                format!("1{c}1"),
                format!("\u{5d0}{c}\u{5d0}"),
                format!("\u{30a2}{c}\u{30a2}"),
                format!("\u{200d}{c} "),
                format!(" {c}\u{301}"),
                format!("\u{1f1e6}{c}\u{1f1e6}"),
                format!("_{c}_"),
            ] {
                assert_eq!(ours(&text), reference(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn sequences() {
        for text in [
            "",
            "The quick (\"brown\") fox can't jump 32.3 feet, right?",
            "l’été, aujourd'hui 3,5 % — «\u{a0}oui\u{a0}»",
            "a\r\nb\n\r\u{85}c",
            "\u{5d0}\"\u{5d0} \u{5d0}'x \u{5d0}\"x",
            "1.2.3 a.b. 1,,2 a::b",
            "\u{1f469}\u{200d}\u{1f4bb}\u{1f3fd} \u{1f1eb}\u{1f1f7}\u{1f1e6}\u{1f1e6}\u{1f1e6}",
            "  \u{301}  \u{200d}\u{200d}x",
            "\u{30a2}\u{30a2}_\u{30a2} a_1",
            "\u{301}\u{301}a\u{ad}b",
        ] {
            assert_eq!(ours(text), reference(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// Runs of the chars the rules read, in any order, as the crate segments them.
        #[test]
        fn runs_as_the_crate(text in "[a1\u{5d0}\u{30a2}_'\".,:;\r\n\u{85} \u{3000}\u{301}\u{ad}\u{200d}\u{1f600}\u{1f1e6}\u{2019}!]{0,24}") {
            proptest::prop_assert_eq!(ours(&text), reference(&text));
        }
    }
}
