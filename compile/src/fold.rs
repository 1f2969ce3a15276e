//! Folding: the text as the matcher sees it (lower case, one kind of apostrophe and hyphen, runs
//! of white space as one space, accents optionally stripped), with a map back to the original.
//!
//! Patterns are folded with the same function, so that "L’Écosystème" in a post and
//! "l'ecosysteme" in a pack meet in the middle. Every folded byte remembers the original char it
//! came from, so a match maps back to exact original byte offsets.

use crate::case::CaseMap as _;

/// A folded copy of a text and, per folded byte, the original char it came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the start of the original char that produced it.
    starts: Vec<u32>,
    /// The original text's length.
    len: u32,
}

impl Folded {
    /// The original byte range of the folded range `start..end` (end exclusive) of `text`, the
    /// text that was folded.
    ///
    /// The range ends where the original char of the folded byte `end - 1` ends, together with
    /// the chars folded away after it (combining accents, joiners, merged white space), so that
    /// a match never ends between a letter and its accent. The bytes that one original char
    /// folds to share its start, and the next folded byte comes from the first original char
    /// not folded away: that char's start is the end. Only the last byte of a char's folding
    /// owns the chars folded away after it; a range ending inside a folding ("o" of the "oe"
    /// of "œ") ends with the char itself.
    pub fn original(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let s = *self.starts.get(start)?;
        let last = *self.starts.get(end.checked_sub(1)?)?;
        let e = match self.starts.get(end) {
            None => self.len as usize,
            Some(&next) if next != last => next as usize,
            Some(_) => {
                let c = text.get(last as usize..)?.chars().next()?;
                last as usize + c.len_utf8()
            }
        };
        Some((s as usize, e))
    }
}

/// How far to fold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accents {
    /// "é" stays "é" (only case, apostrophes, hyphens and spaces are folded).
    Keep,
    /// "é" becomes "e", "œ" becomes "oe".
    Strip,
}

/// Folds `text`, recording where each folded byte came from.
pub fn fold(text: &str, accents: Accents) -> Folded {
    fold_tracked(text, accents, true)
}

/// Folds `text`; the offset map is filled only when `track` is set (patterns and comparisons
/// need the folded text alone, and building the map was most of the cost of a Checker).
fn fold_tracked(text: &str, accents: Accents, track: bool) -> Folded {
    let capacity = if track { text.len() } else { 0 };
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(capacity),
        len: 0,
    };
    // Offsets are u32: a post longer than 4 GB cannot reach us (wasm32 memory), and natively we
    // stop folding there rather than wrap.
    let Ok(len) = u32::try_from(text.len()) else {
        return out;
    };
    out.len = len;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut buf = [0u8; 4];
    while let Some(&b) = bytes.get(i) {
        // `i` fits in u32 (checked above) and is on a char boundary: it moves by whole chars.
        let start = i as u32;
        // Most of a post: runs of ASCII that fold byte for byte, to lower case (`classify`
        // and `to_lowercase` leave the other chars of the run as they are): all but white
        // space, which may merge, save for a space after a char that is not white space; and
        // the backtick.
        let mut end = i;
        let mut after_space = out.text.ends_with(' ');
        while let Some(eight) = bytes.get(end..end + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let chunk = u64::from_le_bytes(eight);
            if !plain_chunk(chunk, after_space) {
                break;
            }
            after_space = chunk >> 56 == u64::from(b' ');
            end += 8;
        }
        while let Some(&b) = bytes.get(end) {
            let plain = match b {
                b' ' => !after_space,
                b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'`' => false,
                _ => b.is_ascii(),
            };
            if !plain {
                break;
            }
            after_space = b == b' ';
            end += 1;
        }
        if let Some(run) = text.get(i..end).filter(|run| !run.is_empty()) {
            let from = out.text.len();
            out.text.push_str(run);
            if let Some(pushed) = out.text.get_mut(from..) {
                pushed.make_ascii_lowercase();
            }
            if track {
                // `end` fits in u32 too.
                out.starts.extend(start..end as u32);
            }
            i = end;
            continue;
        }
        // Most of a post: ASCII, which folds to one ASCII byte, as `classify` and
        // `to_lowercase` would fold it, or is white space (`char::is_whitespace` holds for
        // exactly these six ASCII chars).
        if b.is_ascii() {
            i += 1;
            let folded = match b {
                b'A'..=b'Z' => b.to_ascii_lowercase(),
                b'`' => b'\'',
                b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => {
                    space(&mut out, start, track);
                    continue;
                }
                _ => b,
            };
            out.text.push(char::from(folded));
            if track {
                out.starts.push(start);
            }
            continue;
        }
        // Most of the rest: accented Latin-1 letters (0xC3 then a continuation byte), which
        // lose their accent to one ASCII letter.
        if b == 0xC3 && accents == Accents::Strip {
            let second = bytes.get(i + 1).map_or(0, |&c| latin1_stripped(c));
            if second != 0 {
                i += 2;
                out.text.push(char::from(second));
                if track {
                    out.starts.push(start);
                }
                continue;
            }
        }
        let Some(ch) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        i += ch.len_utf8();
        match classify(ch, accents) {
            // A combining mark: it belongs to the previous folded char (see `Folded::original`).
            Fold::Drop => {}
            Fold::Space => space(&mut out, start, track),
            Fold::Str(s) => push(&mut out, s, start, track),
            Fold::Lower => {
                for lower in ch.lower() {
                    push(&mut out, lower.encode_utf8(&mut buf), start, track);
                }
            }
        }
    }
    out
}

/// Whether the eight bytes of `chunk` (read little-endian) all belong in a run of plain ASCII
/// (see `fold_tracked`), the byte before them a space if `after_space`: all ASCII, none a
/// control char (white space but the space is among them) or a backtick, and no space after a
/// space. Tested eight bytes at a time: with every byte below 0x80, adding up to 0x7F to each
/// byte never carries into the next one, so each byte's bit 7 answers for that byte alone.
fn plain_chunk(chunk: u64, after_space: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Bit 7 of each byte set if that byte of `x` is not zero (`x` all ASCII).
    let nonzero = |x: u64| ((x & LOWS) + LOWS) | x;
    if chunk & HIGHS != 0 {
        return false;
    }
    // A byte below 0x20 stays below 0x80 once 0x60 is added.
    let controls = !(chunk + ONES * 0x60) & HIGHS;
    let backticks = !nonzero(chunk ^ (ONES * u64::from(b'`'))) & HIGHS;
    let spaces = !nonzero(chunk ^ (ONES * u64::from(b' '))) & HIGHS;
    // A space right after a space: in the chunk, or first after the byte before it.
    let doubled = spaces & ((spaces << 8) | u64::from(after_space) << 7);
    controls | backticks | doubled == 0
}

/// The ASCII letter that [`classify`] folds U+00C0 to U+00FF to with `Accents::Strip`, from the
/// second byte of its UTF-8 (0xC3 then `b`); 0 for the chars that fold otherwise (×, ß, æ, ÷…)
/// or a byte that is no such second byte.
const fn latin1_stripped(b: u8) -> u8 {
    match b {
        0x80..=0x85 | 0xA0..=0xA5 => b'a',
        0x87 | 0xA7 => b'c',
        0x88..=0x8B | 0xA8..=0xAB => b'e',
        0x8C..=0x8F | 0xAC..=0xAF => b'i',
        0x91 | 0xB1 => b'n',
        0x92..=0x96 | 0xB2..=0xB6 => b'o',
        0x99..=0x9C | 0xB9..=0xBC => b'u',
        0x9D | 0xBD | 0xBF => b'y',
        _ => 0,
    }
}

/// Folds `text` without keeping the offset map (for patterns and comparisons).
pub fn fold_str(text: &str, accents: Accents) -> String {
    let folded = fold_tracked(text, accents, false).text;
    let trimmed = folded.trim();
    if trimmed.len() == folded.len() { folded } else { trimmed.to_string() }
}

fn push(out: &mut Folded, s: &str, start: u32, track: bool) {
    out.text.push_str(s);
    if track {
        out.starts.extend(std::iter::repeat_n(start, s.len()));
    }
}

/// White space: one space for a run of it (the run belongs to its first char).
fn space(out: &mut Folded, start: u32, track: bool) {
    if !out.text.ends_with(' ') {
        push(out, " ", start, track);
    }
}

enum Fold {
    Drop,
    Space,
    Str(&'static str),
    Lower,
}

fn classify(ch: char, accents: Accents) -> Fold {
    match ch {
        '\'' | '’' | '‘' | 'ʼ' | '′' | '`' => return Fold::Str("'"),
        '-' | '\u{2010}' | '\u{2011}' => return Fold::Str("-"),
        c if c.is_whitespace() => return Fold::Space,
        // Invisible joiners and soft hyphens never separate words.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
            return Fold::Drop;
        }
        _ => {}
    }
    if accents == Accents::Keep {
        return Fold::Lower;
    }
    match ch {
        '\u{0300}'..='\u{036F}' => Fold::Drop,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            Fold::Str("a")
        }
        'ç' | 'Ç' => Fold::Str("c"),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => Fold::Str("e"),
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => Fold::Str("i"),
        'ñ' | 'Ñ' => Fold::Str("n"),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => Fold::Str("o"),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => Fold::Str("u"),
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => Fold::Str("y"),
        'œ' | 'Œ' => Fold::Str("oe"),
        'æ' | 'Æ' => Fold::Str("ae"),
        _ => Fold::Lower,
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's case mappings
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_apostrophes_and_spaces() {
        let f = fold("L’Écosystème  Œuvre\u{a0}x", Accents::Strip);
        assert_eq!(f.text, "l'ecosysteme oeuvre x");
        let f = fold("L’Écosystème", Accents::Keep);
        assert_eq!(f.text, "l'écosystème");
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let text = "Un Écosystème  unique";
        let f = fold(text, Accents::Strip);
        let at = f.text.find("ecosysteme unique").expect("found");
        let (s, e) = f.original(text, at, at + "ecosysteme unique".len()).expect("mapped");
        assert_eq!(&text[s..e], "Écosystème  unique");
    }

    #[test]
    fn combining_accents_stay_inside_the_match() {
        let text = "cafe\u{301} noir";
        let f = fold(text, Accents::Strip);
        assert_eq!(f.text, "cafe noir");
        let (s, e) = f.original(text, 0, 4).expect("mapped");
        assert_eq!(&text[s..e], "cafe\u{301}");
    }

    /// The fold before its fast path, with the end of each folded byte's original stored
    /// rather than derived: (text, starts, ends).
    fn reference(text: &str, accents: Accents) -> (String, Vec<usize>, Vec<usize>) {
        let (mut folded, mut starts, mut ends) = (String::new(), Vec::new(), Vec::new());
        let mut buf = [0u8; 4];
        for (at, ch) in text.char_indices() {
            let end = at + ch.len_utf8();
            let mut push = |s: &str, folded: &mut String| {
                folded.push_str(s);
                for _ in 0..s.len() {
                    starts.push(at);
                    ends.push(end);
                }
            };
            if ch.is_ascii_alphanumeric() {
                push(ch.to_ascii_lowercase().encode_utf8(&mut buf), &mut folded);
                continue;
            }
            match classify(ch, accents) {
                Fold::Drop => {
                    if let Some(last) = ends.last_mut() {
                        *last = end;
                    }
                }
                Fold::Space if folded.ends_with(' ') => {
                    if let Some(last) = ends.last_mut() {
                        *last = end;
                    }
                }
                Fold::Space => push(" ", &mut folded),
                Fold::Str(s) => push(s, &mut folded),
                Fold::Lower => {
                    for lower in ch.to_lowercase() {
                        push(lower.encode_utf8(&mut buf), &mut folded);
                    }
                }
            }
        }
        (folded, starts, ends)
    }

    fn assert_same_as_reference(text: &str) {
        for accents in [Accents::Keep, Accents::Strip] {
            let f = fold(text, accents);
            let (expected, starts, ends) = reference(text, accents);
            assert_eq!(f.text, expected, "{text:?}");
            assert_eq!(fold_str(text, accents), expected.trim(), "{text:?}");
            for a in 0..=f.text.len() {
                for b in a..=f.text.len() + 1 {
                    let old = (b > 0).then(|| starts.get(a).zip(ends.get(b - 1))).flatten();
                    let old = old.map(|(&s, &e)| (s, e));
                    assert_eq!(f.original(text, a, b), old, "{text:?} {a}..{b}");
                }
            }
        }
    }

    #[test]
    fn plain_chunks_are_plain_byte_for_byte() {
        let bytes = [b'a', b'Z', b' ', b'`', b'\t', b'\n', 0x1F, 0x7F, 0x80, 0xC3, b'-', b'\''];
        for chunk in crate::testing::byte_chunks::<8>(&bytes, 0x1234_5678, 20_000) {
            for after_space in [false, true] {
                let mut prev_space = after_space;
                let expected = chunk.iter().all(|&b| {
                    let plain =
                        b.is_ascii() && b >= 0x20 && b != b'`' && !(b == b' ' && prev_space);
                    prev_space = b == b' ';
                    plain
                });
                assert_eq!(
                    plain_chunk(u64::from_le_bytes(chunk), after_space),
                    expected,
                    "{chunk:?} {after_space}"
                );
            }
        }
    }

    #[test]
    fn latin1_letters_strip_as_classify_strips_them() {
        for c in '\u{c0}'..='\u{ff}' {
            let mut utf8 = [0; 2];
            let [_, second] = *c.encode_utf8(&mut utf8).as_bytes() else { panic!("{c}") };
            match (latin1_stripped(second), classify(c, Accents::Strip)) {
                (0, Fold::Str(s)) => assert!(s.len() != 1, "{c}"),
                (0, _) => {}
                (b, Fold::Str(s)) => assert_eq!(s.as_bytes(), [b], "{c}"),
                (b, _) => panic!("{c} {b}"),
            }
        }
        for b in (0..0x80).chain(0xC0..=0xFF) {
            assert_eq!(latin1_stripped(b), 0, "{b:#04x}");
        }
    }

    #[test]
    fn agrees_with_the_reference_on_every_ascii_char() {
        let all: String = (0..=0x7F_u8).map(char::from).collect();
        assert_same_as_reference(&all);
        for c in all.chars() {
            assert_same_as_reference(&format!("A{c}{c}b\u{301}{c}"));
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_reference(
            text in "[aZ0 \t\r\n'`’\\-éÉœŒİß\u{a0}\u{301}\u{ad}\u{200d}\u{feff}🎉Ω日]{0,12}"
        ) {
            assert_same_as_reference(&text);
        }

        #[test]
        fn agrees_with_the_reference_on_long_ascii_runs(text in "[aZ0 .`\t\né]{0,40}") {
            assert_same_as_reference(&text);
        }

        #[test]
        fn agrees_with_the_reference_on_any_chars(text in "\\PC{0,10}") {
            assert_same_as_reference(&text);
        }
    }

    #[test]
    fn expanding_lowercase_keeps_the_map_aligned() {
        // 'İ' lowercases to two chars.
        let text = "İstanbul";
        let f = fold(text, Accents::Keep);
        let (s, e) = f.original(text, 0, f.text.len()).expect("mapped");
        assert_eq!((s, e), (0, text.len()));
    }
}
