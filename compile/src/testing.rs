//! Helpers for the tests of code that reads a text eight bytes at a time (here and in the
//! library).

/// `count` chunks of `N` (at most 9) bytes drawn from `alphabet`, the same on every run: for
/// the tests of code that reads eight bytes at a time, whose interesting inputs are mixes of a
/// few chosen bytes in every position.
pub fn byte_chunks<const N: usize>(
    alphabet: &[u8],
    seed: u64,
    count: usize,
) -> impl Iterator<Item = [u8; N]> + '_ {
    assert!(N <= 9 && !alphabet.is_empty());
    let mut state = seed;
    (0..count).map(move |_| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        std::array::from_fn(|k| alphabet[(state >> (7 * k)) as usize % alphabet.len()])
    })
}
