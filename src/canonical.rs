//! Canonical decomposition, composition and combining classes (UAX #15), what NFC of a post
//! ([`crate::text::nfc`]) and the folding of tags ([`crate::hashtags::tag_key`]) read.
//!
//! The same answers as `unicode_normalization::char`'s functions of the same names (a test
//! compares them on every char), from sorted tables that `build.rs` writes from that crate's
//! data: the crate's own tables are perfect hashes in hash order, which the `.wasm`, served
//! gzipped, carries at several times the bytes. Hangul syllables are decomposed and composed by
//! arithmetic (Unicode §3.12), as the crate does. Each function answers the chars of most posts
//! (below U+00C0 or U+0300) without a search.
//!
//! A decomposition is kept one step deep, as the Unicode data gives it: one char, or two, each
//! decomposed in turn; a composite is the char whose step is the pair. The composition pairs
//! are found at build time among the chars of the decompositions and the decomposed chars: a
//! pair's first char either has no decomposition, and then starts its composite's, or has
//! one; its second likewise appears in its composite's decomposition or has one.

include!(concat!(env!("OUT_DIR"), "/canonical.rs"));

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// Calls `emit` with each char of the full canonical decomposition of `c` (`c` itself when it
/// has none).
#[inline]
pub fn decompose_canonical(c: char, mut emit: impl FnMut(char)) {
    decompose_into(c, &mut emit);
}

/// [`decompose_canonical`]: each step's chars decomposed in turn (two steps at most).
fn decompose_into<F: FnMut(char)>(c: char, emit: &mut F) {
    if c < FIRST_DECOMPOSED {
        return emit(c);
    }
    let s = u32::from(c).wrapping_sub(S_BASE);
    if s < S_COUNT {
        return decompose_hangul(s, emit);
    }
    let step = DECOMPOSED
        .binary_search(&c)
        .ok()
        .and_then(|at| Some((*FIRSTS.get(at)?, *SECONDS.get(at)?)));
    let Some((first, second)) = step else {
        return emit(c);
    };
    decompose_into(first, emit);
    if second != '\0' {
        decompose_into(second, emit);
    }
}

/// A Hangul syllable's jamo: `s` is its offset from the first syllable.
fn decompose_hangul<F: FnMut(char)>(s: u32, emit: &mut F) {
    let jamo = [L_BASE + s / N_COUNT, V_BASE + (s % N_COUNT) / T_COUNT, T_BASE + s % T_COUNT];
    let count = if s % T_COUNT == 0 { 2 } else { 3 };
    for j in jamo.into_iter().take(count).filter_map(char::from_u32) {
        emit(j);
    }
}

/// The primary composite of `a` followed by `b`, if they compose.
#[inline]
pub fn compose(a: char, b: char) -> Option<char> {
    if b < FIRST_SECOND {
        return None;
    }
    if let Some(hangul) = compose_hangul(u32::from(a), u32::from(b)) {
        return Some(hangul);
    }
    let pair = |i: &u16| {
        let i = usize::from(*i);
        (FIRSTS.get(i).copied(), SECONDS.get(i).copied())
    };
    let at = PAIRS.binary_search_by(|i| pair(i).cmp(&(Some(a), Some(b)))).ok()?;
    PAIRS.get(at).and_then(|i| DECOMPOSED.get(usize::from(*i))).copied()
}

/// A leading consonant and a vowel, or an LV syllable and a trailing consonant, composed.
fn compose_hangul(a: u32, b: u32) -> Option<char> {
    let l = a.wrapping_sub(L_BASE);
    let v = b.wrapping_sub(V_BASE);
    if l < L_COUNT && v < V_COUNT {
        return char::from_u32(S_BASE + l * N_COUNT + v * T_COUNT);
    }
    let s = a.wrapping_sub(S_BASE);
    let t = b.wrapping_sub(T_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && t > 0 && t < T_COUNT {
        return char::from_u32(a + t);
    }
    None
}

/// The canonical combining class of `c` (0 for a starter).
#[inline]
pub fn canonical_combining_class(c: char) -> u8 {
    let c = u32::from(c);
    if c < FIRST_MARKED {
        return 0;
    }
    let run = CLASS_RUNS.partition_point(|&r| r >> 8 <= c);
    run.checked_sub(1).and_then(|i| CLASS_RUNS.get(i)).map_or(0, |r| (r & 0xff) as u8)
}

#[cfg(test)]
mod tests {
    use unicode_normalization::char as reference;

    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn decomposes_and_classes_every_char_as_the_crate_does() {
        for c in every_char() {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            decompose_canonical(c, |d| ours.push(d));
            reference::decompose_canonical(c, |d| theirs.push(d));
            assert_eq!(ours, theirs, "decomposition of U+{:04X}", u32::from(c));
            assert_eq!(
                canonical_combining_class(c),
                reference::canonical_combining_class(c),
                "class of U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn composes_every_pair_of_decomposition_chars_as_the_crate_does() {
        let mut parts: Vec<char> = Vec::new();
        for c in every_char() {
            let mut d = Vec::new();
            reference::decompose_canonical(c, |x| d.push(x));
            if d != [c] {
                parts.push(c);
                parts.extend(d);
            }
        }
        parts.sort_unstable();
        parts.dedup();
        // And some chars that compose with nothing, the Hangul jamo among the rest.
        parts.extend(['a', 'é', '\u{1100}', '\u{1161}', '\u{11A8}', '\u{AC00}', '😀']);
        let mut composed = 0;
        for &a in &parts {
            for &b in &parts {
                assert_eq!(
                    compose(a, b),
                    reference::compose(a, b),
                    "U+{:04X} U+{:04X}",
                    u32::from(a),
                    u32::from(b)
                );
                composed += usize::from(compose(a, b).is_some());
            }
        }
        // The pairs of the tables and Hangul's L+V ones (19 x 21) at least.
        assert!(composed > PAIRS.len() + 399, "{composed}");
    }

    #[test]
    fn hangul_round_trips() {
        let mut jamo = Vec::new();
        decompose_canonical('각', |j| jamo.push(j));
        assert_eq!(jamo, ['\u{1100}', '\u{1161}', '\u{11A8}']);
        let lv = compose(jamo[0], jamo[1]);
        assert_eq!(lv, Some('가'));
        assert_eq!(lv.and_then(|lv| compose(lv, jamo[2])), Some('각'));
        assert_eq!(compose('각', '\u{11A8}'), None);
    }
}
