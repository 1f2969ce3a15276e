//! FNV-1a, for hash maps over compiled-in data looked up on every check (the message
//! catalogue): their keys are fixed, so hash flooding is no concern, while SipHash's set-up
//! costs more than the short keys' look-ups themselves.

use std::hash::{BuildHasherDefault, Hasher};

/// What a `HashMap` takes to hash with [`Fnv`].
pub(crate) type BuildFnv = BuildHasherDefault<Fnv>;

/// The FNV-1a hasher (64 bits).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn hashes_as_fnv_1a() {
        // The published FNV-1a 64 test vectors.
        let hash = |s: &str| {
            let mut h = Fnv::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_map_finds_its_keys() {
        let map: HashMap<&str, usize, BuildFnv> = ["tone/jargon", "tone/filler", "fix.replace"]
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, i))
            .collect();
        assert_eq!(map.get("tone/filler"), Some(&1));
        assert_eq!(map.get("tone/hedging"), None);
    }
}
