//! Byte offsets inside, UTF-16 code units outside.
//!
//! The core works on byte offsets into UTF-8 text. Everything public (CLI JSON, the JS objects)
//! speaks UTF-16 code units, because that is what JavaScript strings and DOM ranges index by.
//! [`Utf16Map`] converts a whole report's worth of offsets after one linear pass over the text,
//! instead of rescanning the prefix for every offset.

/// Converts byte offsets to UTF-16 offsets.
///
/// Built once per check: one linear pass over the text, as far as the furthest offset the
/// report will carry, records how many UTF-16 units precede each block of [`Utf16Map::BLOCK`]
/// bytes; a look-up then counts the units of at most one block. Nothing is sorted, however
/// many offsets a report has. Offsets that do not fall on a char boundary are rounded down to
/// one, so a lookup can never produce a position inside a surrogate pair.
#[derive(Debug, Clone, Default)]
pub struct Utf16Map<'t> {
    text: &'t str,
    /// The UTF-16 units before each block: `blocks[k]` counts the bytes `..k * BLOCK`.
    blocks: Vec<usize>,
}

impl<'t> Utf16Map<'t> {
    /// Bytes per block: a look-up counts at most this many bytes, eight at a time.
    const BLOCK: usize = 32;

    /// Walks `text` once, as far as the furthest of `offsets` (the offsets to be looked up).
    pub fn new(text: &'t str, offsets: impl IntoIterator<Item = usize>) -> Self {
        let furthest = offsets.into_iter().max().unwrap_or(0).min(text.len());
        let mut blocks = Vec::with_capacity(furthest / Self::BLOCK + 1);
        let mut units = 0;
        blocks.push(0);
        for block in text.as_bytes().chunks(Self::BLOCK).take(furthest / Self::BLOCK) {
            units += units_of(block);
            blocks.push(units);
        }
        Self { text, blocks }
    }

    /// The UTF-16 offset of `byte`: one block counted for an offset up to the furthest given to
    /// [`Utf16Map::new`], the bytes since the last block recorded for one past it.
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        // A block that holds whole chars only (it starts with no continuation byte and ends with
        // an ASCII one) and counts as many units as bytes is ASCII, since every other char has
        // fewer units than bytes: each of its offsets is a char boundary, one unit per byte.
        // Most blocks of a post are.
        let block = byte / Self::BLOCK;
        if let (Some(&before), Some(&after)) = (self.blocks.get(block), self.blocks.get(block + 1))
        {
            let bytes = self.text.as_bytes();
            let from = block * Self::BLOCK;
            let whole = bytes.get(from).is_some_and(|&b| b & 0xC0 != 0x80)
                && bytes.get(from + Self::BLOCK - 1).is_some_and(u8::is_ascii);
            if whole && after - before == Self::BLOCK {
                return before + byte % Self::BLOCK;
            }
        }
        // An offset inside a char maps to the char's start.
        let at = super::floor_char(self.text, byte);
        let block = (at / Self::BLOCK).min(self.blocks.len().saturating_sub(1));
        let from = block * Self::BLOCK;
        let before = self.blocks.get(block).copied().unwrap_or(0);
        before + units_of(self.text.as_bytes().get(from..at).unwrap_or_default())
    }
}

/// Length of `text` in UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    units_of(text.as_bytes())
}

/// The UTF-16 units of the chars that start in `bytes` (a slice of UTF-8 that may start or end
/// inside a char): a char counts where its first byte is.
fn units_of(bytes: &[u8]) -> usize {
    // One unit per char (per byte that is not a continuation byte), two for the chars outside
    // the BMP (those whose lead byte is 0xF0 or above): byte arithmetic instead of decoding
    // chars, eight bytes at a time. In a chunk read as a u64, bit 7 of each byte of `x << k`
    // is bit 7 - k of that same byte, so the masks below test each byte's top bits.
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let one_by_one = |bytes: &[u8]| -> usize {
        bytes.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            units += one_by_one(chunk);
            continue;
        };
        let x = u64::from_le_bytes(eight);
        // Continuation bytes are 10xxxxxx; bytes 11110xxx lead the chars outside the BMP.
        let continuation = x & !(x << 1) & HIGHS;
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGHS;
        units += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    units + one_by_one(chunks.remainder())
}

/// The byte offset of UTF-16 offset `unit` in `text`, or `None` when `unit` is past the end or
/// inside a surrogate pair. Used where JS hands positions back (suggestions to apply).
pub fn byte_of_utf16(text: &str, unit: usize) -> Option<usize> {
    let mut utf16 = 0usize;
    for (byte, ch) in text.char_indices() {
        if utf16 == unit {
            return Some(byte);
        }
        if utf16 > unit {
            return None;
        }
        utf16 += ch.len_utf16();
    }
    (utf16 == unit).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let map = Utf16Map::new("hello world", [0, 5, 11]);
        assert_eq!(map.get(0), 0);
        assert_eq!(map.get(5), 5);
        assert_eq!(map.get(11), 11);
    }

    #[test]
    fn astral_chars_count_two_units() {
        // 😀 is 4 bytes and 2 UTF-16 units; é is 2 bytes and 1 unit.
        let text = "😀é#a";
        let map = Utf16Map::new(text, [0, 4, 6, 7, 8]);
        assert_eq!(map.get(4), 2);
        assert_eq!(map.get(6), 3);
        assert_eq!(map.get(7), 4);
        assert_eq!(map.get(8), 5);
        assert_eq!(utf16_len(text), 5);
    }

    #[test]
    fn offsets_inside_a_char_round_down() {
        let map = Utf16Map::new("a😀b", [2, 3]);
        assert_eq!(map.get(2), 1);
        assert_eq!(map.get(3), 1);
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let map = Utf16Map::new("ab", [10]);
        assert_eq!(map.get(10), 2);
    }

    #[test]
    fn utf16_to_byte_round_trips() {
        let text = "a😀é";
        assert_eq!(byte_of_utf16(text, 0), Some(0));
        assert_eq!(byte_of_utf16(text, 1), Some(1));
        assert_eq!(byte_of_utf16(text, 2), None, "inside the surrogate pair");
        assert_eq!(byte_of_utf16(text, 3), Some(5));
        assert_eq!(byte_of_utf16(text, 4), Some(7));
        assert_eq!(byte_of_utf16(text, 5), None);
    }

    /// The map as first written, char by char: what [`Utf16Map::new`] must agree with.
    fn reference(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
        let mut wanted: Vec<usize> = offsets.iter().map(|&o| o.min(text.len())).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut pairs = Vec::new();
        let mut next = wanted.iter().copied().peekable();
        let mut utf16 = 0usize;
        for (byte, ch) in text.char_indices() {
            while let Some(w) = next.next_if(|&w| w < byte + ch.len_utf8()) {
                pairs.push((w, utf16));
            }
            utf16 += ch.len_utf16();
        }
        pairs.extend(next.map(|w| (w, utf16)));
        pairs
    }

    /// Every offset asked for gives the units [`reference`] counts.
    fn agrees(text: &str, offsets: &[usize]) -> Result<(), proptest::test_runner::TestCaseError> {
        let map = Utf16Map::new(text, offsets.iter().copied());
        let got: Vec<(usize, usize)> =
            reference(text, offsets).into_iter().map(|(byte, _)| (byte, map.get(byte))).collect();
        proptest::prop_assert_eq!(got, reference(text, offsets));
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn the_map_agrees_with_a_char_walk(
            text in "[a é😀\\n]{0,40}|\\PC{0,40}",
            offsets in proptest::collection::vec(0usize..200, 0..20),
        ) {
            agrees(&text, &offsets)?;
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_blocks_agree_with_a_char_walk(
            text in "[a-z ]{0,80}[é😀’]{0,2}[a-z ]{0,80}[😀]?[a-z]{0,40}",
            offsets in proptest::collection::vec(0usize..220, 0..40),
        ) {
            agrees(&text, &offsets)?;
        }
    }

    #[test]
    fn a_block_of_as_many_units_as_bytes_may_still_split_chars() {
        // The second block: the last byte of "é" (no unit), 30 ASCII bytes, then the first byte
        // of "😀" (two units): 32 units for 32 bytes, not ASCII.
        let text = format!("{}é{}😀b", "a".repeat(31), "c".repeat(30));
        let offsets: Vec<usize> = (0..=text.len()).collect();
        let map = Utf16Map::new(&text, offsets.iter().copied());
        for (byte, units) in reference(&text, &offsets) {
            assert_eq!(map.get(byte), units, "byte {byte}");
        }
    }

    proptest::proptest! {
        #[test]
        fn utf16_len_agrees_with_encode_utf16(text in "\\PC*") {
            proptest::prop_assert_eq!(utf16_len(&text), text.encode_utf16().count());
        }
    }
}
