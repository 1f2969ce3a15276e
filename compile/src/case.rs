//! Lower and upper case as the standard library writes them (`char::to_lowercase`,
//! `to_uppercase`, `str::to_lowercase` with its final sigma, `str::to_uppercase`), from
//! tables of runs that `build.rs` reads off this toolchain's `std`: chars whose mapping adds
//! the same offset, one after the other or every other one, make one run. `core`'s own tables
//! list every char with its mapping, about 24 KB in the `.wasm`; these are a fraction of that,
//! and the results are the same for every char (the tests compare them all).
//!
//! Every caller in the library goes through [`CaseMap`], so that `core`'s tables are left out of
//! the `.wasm`.

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

const START: u32 = (1 << 21) - 1;
const STRIDE_2: u32 = 1 << 21;
const LEN_SHIFT: u32 = 22;

/// A char's mapping: one to three chars, as `core`'s `ToLowercase` yields them.
#[derive(Clone, Debug)]
pub struct Mapped {
    chars: [char; 3],
    at: u8,
    len: u8,
}

impl Iterator for Mapped {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = *self.chars.get(usize::from(self.at)).filter(|_| self.at < self.len)?;
        self.at += 1;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.len - self.at);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Mapped {}

impl Mapped {
    fn one(c: char) -> Mapped {
        Mapped { chars: [c, '\0', '\0'], at: 0, len: 1 }
    }
}

/// `c` mapped by the table of `runs` (chars above ASCII).
fn map(c: char, runs: &[(u32, i32)], multi: &[[u32; 3]]) -> Mapped {
    let code = c as u32;
    let i = runs.partition_point(|&(head, _)| head & START <= code);
    let Some(&(head, delta)) = i.checked_sub(1).and_then(|i| runs.get(i)) else {
        return Mapped::one(c);
    };
    let offset = code - (head & START);
    let len = head >> LEN_SHIFT;
    if len == 0 {
        // A mapping of several chars, at `delta` in `multi`.
        return match (offset, usize::try_from(delta).ok().and_then(|i| multi.get(i))) {
            (0, Some(three)) => {
                let mut out = Mapped { chars: ['\0'; 3], at: 0, len: 0 };
                for (slot, &m) in out.chars.iter_mut().zip(three).take_while(|(_, m)| **m != 0) {
                    *slot = char::from_u32(m).unwrap_or(c);
                    out.len += 1;
                }
                out
            }
            _ => Mapped::one(c),
        };
    }
    let (index, on_stride) =
        if head & STRIDE_2 != 0 { (offset / 2, offset % 2 == 0) } else { (offset, true) };
    if !on_stride || index >= len {
        return Mapped::one(c);
    }
    Mapped::one(code.checked_add_signed(delta).and_then(char::from_u32).unwrap_or(c))
}

/// `char::is_cased` (Unicode's `Cased`): lower, upper or titlecase.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || CASED_OTHER.binary_search(&(c as u32)).is_ok()
}

/// Unicode's `Case_Ignorable`, which the final sigma looks through.
fn is_case_ignorable(c: char) -> bool {
    let code = c as u32;
    if code < 0x80 {
        return ASCII_IGNORABLE >> code & 1 != 0;
    }
    // The ranges, in order: gap since the previous one's end, then length, each LEB128.
    let mut end = 0x80u32;
    let mut bytes = IGNORABLE.iter();
    let mut next = || {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = *bytes.next()?;
            v |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    };
    while let (Some(gap), Some(len)) = (next(), next()) {
        let start = end + gap;
        if code < start {
            return false;
        }
        end = start + len;
        if code < end {
            return true;
        }
    }
    false
}

/// The first char of `chars` that is not case-ignorable is cased.
fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
}

/// Case mappings, as the standard library's methods of the same meaning write them.
pub trait CaseMap {
    /// What `to_lowercase` gives: an iterator of chars for a char, a `String` for a `str`.
    type Out;
    /// As `to_lowercase`.
    fn lower(&self) -> Self::Out;
    /// As `to_uppercase`.
    fn upper(&self) -> Self::Out;
}

impl CaseMap for char {
    type Out = Mapped;

    fn lower(&self) -> Mapped {
        if self.is_ascii() {
            return Mapped::one(self.to_ascii_lowercase());
        }
        map(*self, &LOWER, &LOWER_MULTI)
    }

    fn upper(&self) -> Mapped {
        if self.is_ascii() {
            return Mapped::one(self.to_ascii_uppercase());
        }
        map(*self, &UPPER, &UPPER_MULTI)
    }
}

impl CaseMap for str {
    type Out = String;

    fn lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(self.len());
        for (i, c) in self.char_indices() {
            if c == 'Σ' {
                // `ς` at the end of a word (Unicode's Final_Sigma), as `str::to_lowercase`.
                let before = self.get(..i).unwrap_or("").chars().rev();
                let after = self.get(i + 'Σ'.len_utf8()..).unwrap_or("").chars();
                let last = ignorable_then_cased(before) && !ignorable_then_cased(after);
                out.push(if last { 'ς' } else { 'σ' });
            } else if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.lower());
            }
        }
        out
    }

    fn upper(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_uppercase();
        }
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_uppercase());
            } else {
                out.extend(c.upper());
            }
        }
        out
    }
}

/// Whether `a` and `b` are the same words but for case: `a.lower() == b.lower()`, without
/// writing out either when both are ASCII (a rule asks it of two words for every wording it
/// offers, and most are).
pub fn same_but_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.lower() == b.lower()
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's case mappings
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    #[test]
    fn every_char_maps_as_std_does() {
        for c in every_char() {
            assert!(c.lower().eq(c.to_lowercase()), "lower {c:?}");
            assert!(c.upper().eq(c.to_uppercase()), "upper {c:?}");
            assert_eq!(c.lower().len(), c.to_lowercase().len(), "{c:?}");
        }
    }

    #[test]
    fn the_runs_are_fewer_than_the_chars() {
        // What the tables are for: far fewer entries than core's ~1,500 pairs each.
        assert!(LOWER.len() < 700, "{}", LOWER.len());
        assert!(UPPER.len() < 800, "{}", UPPER.len());
    }

    #[test]
    fn a_final_sigma_is_written_as_std_writes_it() {
        for s in ["ΣΑΣ", "ΟΔΟΣ.", "Σ", "AΣ", "A.Σ", "A'Σ b", "AΣ'B", "ǅΣ", "ᾈΣ", "1Σ", "AΣ\u{301}"]
        {
            assert_eq!(s.lower(), s.to_lowercase(), "{s:?}");
        }
        // Every char as the one between a cased letter and a sigma, and after one.
        for c in every_char() {
            for s in [format!("A{c}Σ"), format!("1{c}Σ"), format!("AΣ{c}"), format!("{c}Σ")] {
                assert_eq!(s.lower(), s.to_lowercase(), "{s:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn strings_map_as_std_does(s in "[a-zA-Z0-9 .'’ΣσςΑαǅᾈßİﬀ\u{301}\u{345}À-ɏͰ-ϿЀ-ӿ]{0,24}") {
            prop_assert_eq!(s.lower(), s.to_lowercase());
            prop_assert_eq!(s.upper(), s.to_uppercase());
        }

        #[test]
        fn the_same_but_case_is_what_lower_says(
            a in "[aAbBéÉß İıﬀΣσς'’]{0,5}|\\PC{0,5}",
            b in "[aAbBéÉß İıﬀΣσς'’]{0,5}|\\PC{0,5}",
        ) {
            prop_assert_eq!(same_but_case(&a, &b), a.lower() == b.lower());
            prop_assert!(same_but_case(&a, &a.to_ascii_uppercase()));
        }

        #[test]
        fn any_string_maps_as_std_does(s in any::<String>()) {
            prop_assert_eq!(s.lower(), s.to_lowercase());
            prop_assert_eq!(s.upper(), s.to_uppercase());
        }
    }
}
