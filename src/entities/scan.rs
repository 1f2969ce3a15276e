//! Finding the next byte of interest (a sigil, a dot, a possible emoji start) eight bytes at a
//! time: each extractor scans the whole post for its own bytes, and most chunks of eight hold
//! none.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether some byte of `chunk` equals `byte` (the classic test for a zero byte, exact as a
/// whole even though its per-byte bits are not).
pub(crate) fn holds(chunk: u64, byte: u8) -> bool {
    let x = chunk ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// Whether some byte of `chunk` is not ASCII.
pub(crate) fn holds_non_ascii(chunk: u64) -> bool {
    chunk & HIGHS != 0
}

/// Whether some byte of an all-ASCII `chunk` is in `lo..=hi` (both ASCII): adding `0x80 - lo`
/// sets a byte's high bit when it is at least `lo`, with no carry into the next byte since
/// every byte is below 0x80.
pub(crate) fn holds_ascii_range(chunk: u64, lo: u8, hi: u8) -> bool {
    let at_least_lo = chunk + ONES * u64::from(0x80 - lo);
    let above_hi = chunk + ONES * u64::from(0x7F - hi);
    at_least_lo & !above_hi & HIGHS != 0
}

/// The first position from `from` of a byte that `is` holds for, as
/// `bytes[from..].iter().position(is)` gives it; `may` tells whether a chunk of eight bytes
/// (read little-endian) may hold one, and must not miss any.
pub(crate) fn find(
    bytes: &[u8],
    from: usize,
    may: impl Fn(u64) -> bool,
    is: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        if let Ok(eight) = <[u8; 8]>::try_from(chunk) {
            if !may(u64::from_le_bytes(eight)) {
                at += 8;
                continue;
            }
        }
        if let Some(i) = chunk.iter().position(|&b| is(b)) {
            return Some(at + i);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| is(b)).map(|i| at + i)
}

/// The first position from `from` of `byte`.
pub(crate) fn find_byte(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    find(bytes, from, |x| holds(x, byte), |x| x == byte)
}

/// The first position from `from` of `a` or `b`.
pub(crate) fn find_either(bytes: &[u8], from: usize, a: u8, b: u8) -> Option<usize> {
    find(bytes, from, |x| holds(x, a) || holds(x, b), |x| x == a || x == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn finds_what_a_byte_scan_finds(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40),
            from in 0usize..45,
            a in proptest::prelude::any::<u8>(),
            b in proptest::prelude::any::<u8>(),
        ) {
            let expected = bytes.get(from..).and_then(|r| r.iter().position(|&x| x == a || x == b)).map(|i| from + i);
            proptest::prop_assert_eq!(find_either(&bytes, from, a, b), expected);
        }

        #[test]
        fn ascii_ranges_are_exact(chunk in proptest::collection::vec(0u8..0x80, 8), lo in 0u8..0x80, len in 0u8..0x80) {
            let hi = lo.saturating_add(len).min(0x7F);
            let x = u64::from_le_bytes(<[u8; 8]>::try_from(chunk.as_slice()).expect("eight"));
            let expected = chunk.iter().any(|b| (lo..=hi).contains(b));
            proptest::prop_assert_eq!(holds_ascii_range(x, lo, hi), expected);
        }
    }
}
