//! Finding a few marks in a post: the one helper of the rules that look for characters.
//!
//! A rule names the characters it looks for in a [`MarkSet`], as text (`MarkSet::of(";:!?«»")`),
//! and asks the post's [`Context`] for them ([`Context::find_marks`]); the [`MarkFinder`] it gets
//! gives where they are ([`MarkFinder::find`], [`MarkFinder::runs`],
//! [`MarkFinder::runs_of_two`]) and says the rule's messages ([`MarkFinder::say`]). Nothing else
//! is the rule's business; what follows is how it stays cheap on every keystroke.
//!
//! Walking the post with `char_indices` would decode every character of it for each such rule.
//! Instead, one pass per check indexes the few bytes where a mark can start ([`Marks::index`],
//! shared by the rules through [`super::facts`]): ASCII punctuation and controls, the lead bytes
//! of non-Latin-1 characters, and a space only when another space may follow it. Letters,
//! digits, lone spaces and the accented letters of French and English (lead byte 0xC3) — most
//! of a post — are not indexed. A [`MarkSet`] derives, when the program is compiled, the UTF-8
//! lead bytes of its characters, and refuses (a compile error) a character the index leaves out;
//! only the indexed characters with such a lead byte are decoded. And since a post repeats its
//! marks, a finder makes each of its messages once per check.

use std::cell::RefCell;

use super::Context;
use crate::text::Span;

/// The bytes that may start an inline space (tab, space, U+00A0, U+1680, U+2000–U+205F,
/// U+3000); see `typo::is_inline_space`.
pub(crate) const fn is_space_lead(b: u8) -> bool {
    matches!(b, b'\t' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Whether the byte `b`, followed by `next`, is indexed: the definition [`KINDS`] is tested
/// against.
#[cfg(test)]
fn indexed(b: u8, next: Option<u8>) -> bool {
    match b {
        // A space matters only as the start of a run of two (double spaces).
        b' ' => next.is_some_and(is_space_lead),
        _ if b.is_ascii() => !b.is_ascii_alphanumeric(),
        // Continuation bytes start nothing; 0xC3 starts the Latin-1 letters (U+00C0–U+00FF).
        0x80..=0xBF | 0xC3 => false,
        _ => true,
    }
}

/// What [`indexed`] says of each byte: never, always, or if a space may follow (a space).
const NEVER: u8 = 0;
const ALWAYS: u8 = 1;
const IF_SPACE_NEXT: u8 = 2;

/// [`indexed`] as a table, for [`Marks::index`], which reads every byte of a post.
const KINDS: [u8; 256] = {
    let mut table = [NEVER; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' => IF_SPACE_NEXT,
            c if c.is_ascii() && !c.is_ascii_alphanumeric() => ALWAYS,
            0x00..=0xBF | 0xC3 => NEVER,
            _ => ALWAYS,
        };
        b += 1;
    }
    table
};

/// Bit 7 of each byte of `chunk` (eight bytes of a post, read little-endian) set when that byte
/// may be [`indexed`]: all but ASCII letters and digits, continuation bytes, 0xC3, and spaces
/// followed by a byte that cannot start a space (an ASCII byte other than a tab or a space).
/// The last byte's follower is in the next chunk: a space there is always a candidate.
///
/// The tests read each byte's low seven bits: adding up to 0x80 to them never carries into the
/// next byte, so bit 7 of each sum answers for its own byte.
fn candidates(chunk: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = ONES * 0x80;
    const LOWS: u64 = ONES * 0x7F;
    let low = chunk & LOWS;
    let high = chunk & HIGHS;
    // Bit 7 set where `x` (seven bits a byte) is `n` or more.
    let at_least = |x: u64, n: u64| x + ONES * (0x80 - n);
    // Bit 7 set where the low seven bits are `n`.
    let low_is = |n: u64| !((low ^ (ONES * n)) + LOWS);
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, 0x61) & !at_least(folded, 0x7B);
    let digit = at_least(low, 0x30) & !at_least(low, 0x3A);
    let spaces = low_is(0x20);
    // Where the next byte may start a space (a tab, a space, or not ASCII); the last byte's
    // next is not in the chunk. High bytes whose low bits match count too: they may.
    let space_next = (((high | spaces | low_is(0x09)) & HIGHS) >> 8) | (1 << 63);
    let ascii_never = (letter | digit | (spaces & !space_next)) & !high;
    // Continuation bytes (0b10xxxxxx: bit 6, moved to bit 7 of its byte, is clear) and 0xC3.
    let high_never = high & (!(chunk << 1) | low_is(0x43));
    HIGHS & !(ascii_never | high_never)
}

/// The characters a rule looks for, and the UTF-8 lead bytes they start with (a bit per byte).
pub(crate) struct MarkSet {
    chars: &'static str,
    leads: [u64; 4],
}

impl MarkSet {
    /// The characters of `chars`, for [`MarkFinder::find`] and [`MarkFinder::runs`]. Fails to
    /// compile (in a `static`) when one of them is a character the index leaves out: a letter,
    /// a digit, a space, or a Latin-1 letter.
    pub(crate) const fn of(chars: &'static str) -> MarkSet {
        let leads = leads(chars);
        let mut b = 0;
        while b < 256 {
            if leads[b / 64] >> (b % 64) & 1 == 1 {
                assert!(
                    indexed_whatever_follows(b as u8),
                    "a mark set holds a letter, a digit, a space or a Latin-1 letter"
                );
            }
            b += 1;
        }
        MarkSet { chars, leads }
    }

    /// The spaces of `chars`, for [`MarkFinder::runs_of_two`] (a run of spaces). Fails to compile
    /// when one of them is not a space the index knows.
    pub(crate) const fn spaces(chars: &'static str) -> MarkSet {
        let leads = leads(chars);
        let mut b = 0;
        while b < 256 {
            if leads[b / 64] >> (b % 64) & 1 == 1 {
                assert!(is_space_lead(b as u8), "a space set holds a char that is no space");
            }
            b += 1;
        }
        MarkSet { chars, leads }
    }

    fn leads(&self, b: u8) -> bool {
        self.leads[usize::from(b / 64)] >> (b % 64) & 1 == 1
    }

    /// Whether `c` is one of the set's characters.
    pub(crate) fn contains(&self, c: char) -> bool {
        self.chars.contains(c)
    }
}

/// The lead bytes of the chars of `chars`, as bits.
const fn leads(chars: &str) -> [u64; 4] {
    let bytes = chars.as_bytes();
    let mut leads = [0u64; 4];
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Continuation bytes (0b10xxxxxx) start nothing.
        if b & 0xC0 != 0x80 {
            leads[(b / 64) as usize] |= 1 << (b % 64);
        }
        i += 1;
    }
    leads
}

/// Whether the index keeps byte `b` whatever byte follows it: [`KINDS`]' `ALWAYS`.
const fn indexed_whatever_follows(b: u8) -> bool {
    KINDS[b as usize] == ALWAYS
}

/// The byte offsets of a post where a mark may start, in order; built once per check.
#[derive(Debug, Default)]
pub(crate) struct Marks {
    at: Vec<usize>,
}

impl Marks {
    /// Out of line, so that profiles name it rather than the rule that asked first.
    #[inline(never)]
    pub(crate) fn index(text: &str) -> Marks {
        let bytes = text.as_bytes();
        let mut at = Vec::with_capacity(bytes.len() / 16);
        let indexed = |i: usize| {
            let kind = bytes
                .get(i)
                .map_or(NEVER, |&b| KINDS.get(usize::from(b)).copied().unwrap_or(NEVER));
            kind == ALWAYS
                || kind == IF_SPACE_NEXT && bytes.get(i + 1).copied().is_some_and(is_space_lead)
        };
        // Eight bytes at a time: most of a post is letters, digits and single spaces, which
        // `candidates` rules out together; the table settles the few bytes it leaves.
        let mut i = 0;
        while let Some(eight) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let mut maybe = candidates(u64::from_le_bytes(eight));
            while maybe != 0 {
                let k = i + (maybe.trailing_zeros() / 8) as usize;
                maybe &= maybe - 1;
                if indexed(k) {
                    at.push(k);
                }
            }
            i += 8;
        }
        for k in i..bytes.len() {
            if indexed(k) {
                at.push(k);
            }
        }
        Marks { at }
    }

    /// The offsets indexed, in order.
    pub(crate) fn positions(&self) -> &[usize] {
        &self.at
    }

    /// An index of these offsets, in order, as [`Marks::index`] would give them.
    pub(crate) fn from_positions(at: Vec<usize>) -> Marks {
        Marks { at }
    }

    /// The characters of `set` in `text`, with their byte offsets, in order: only the indexed
    /// bytes that start one of them are decoded.
    pub(crate) fn find<'m>(
        &'m self,
        text: &'m str,
        set: &'m MarkSet,
    ) -> impl Iterator<Item = (usize, char)> + 'm {
        let bytes = text.as_bytes();
        self.at.iter().filter_map(move |&i| {
            if !set.leads(*bytes.get(i)?) {
                return None;
            }
            let c = text.get(i..)?.chars().next()?;
            set.contains(c).then_some((i, c))
        })
    }

    /// The maximal runs of consecutive characters of `set`, in order.
    pub(crate) fn runs<'m>(
        &'m self,
        text: &'m str,
        set: &'m MarkSet,
    ) -> impl Iterator<Item = Span> + 'm {
        let mut found = self.find(text, set).peekable();
        std::iter::from_fn(move || {
            let (start, c) = found.next()?;
            let mut end = start + c.len_utf8();
            while let Some((_, c)) = found.next_if(|(i, _)| *i == end) {
                end += c.len_utf8();
            }
            Some(start..end)
        })
    }

    /// The runs of two or more consecutive spaces of `set` (made by [`MarkSet::spaces`]). A
    /// run's first character is indexed (a space followed by one that may be a space, or any
    /// other space), and the run is read from the text itself, so that its single spaces need
    /// not be.
    pub(crate) fn runs_of_two<'m>(
        &'m self,
        text: &'m str,
        set: &'m MarkSet,
    ) -> impl Iterator<Item = Span> + 'm {
        let bytes = text.as_bytes();
        let mut next = self.at.iter().peekable();
        std::iter::from_fn(move || {
            while let Some(&start) = next.next() {
                if !bytes.get(start).copied().is_some_and(is_space_lead) {
                    continue;
                }
                let mut end = start;
                let mut count = 0;
                while let Some(c) = text.get(end..).and_then(|rest| rest.chars().next()) {
                    if !set.contains(c) {
                        break;
                    }
                    end += c.len_utf8();
                    count += 1;
                }
                if count >= 2 {
                    while next.next_if(|&&i| i < end).is_some() {}
                    return Some(start..end);
                }
            }
            None
        })
    }
}

/// What a rule that looks for characters works with: where the characters of its [`MarkSet`]
/// are in the post, and its messages, each made once per check. Made by
/// [`Context::find_marks`].
pub(crate) struct MarkFinder<'c, 't> {
    cx: &'c Context<'t>,
    marks: &'c Marks,
    set: &'static MarkSet,
    /// The messages and labels made so far, by key and argument: a post repeats its marks, and
    /// a look-up in the catalogue and its fill cost several times a copy.
    said: RefCell<Vec<(&'static str, &'static str, &'t str, String)>>,
}

impl<'t> Context<'t> {
    /// The helper of a rule that looks for the characters of `set` (see [`super::marks`]).
    pub(crate) fn find_marks(&self, set: &'static MarkSet) -> MarkFinder<'_, 't> {
        MarkFinder { cx: self, marks: self.marks(), set, said: RefCell::default() }
    }
}

impl<'c, 't> MarkFinder<'c, 't> {
    /// The set's characters with their byte offsets, in order.
    pub(crate) fn find(&self) -> impl Iterator<Item = (usize, char)> + 'c {
        self.marks.find(self.cx.text(), self.set)
    }

    /// The maximal runs of consecutive characters of the set, in order.
    pub(crate) fn runs(&self) -> impl Iterator<Item = Span> + 'c {
        self.marks.runs(self.cx.text(), self.set)
    }

    /// The runs of two or more consecutive spaces of the set ([`MarkSet::spaces`]), in order.
    pub(crate) fn runs_of_two(&self) -> impl Iterator<Item = Span> + 'c {
        self.marks.runs_of_two(self.cx.text(), self.set)
    }

    /// `cx.tr(key, &[])`, made once per check.
    pub(crate) fn say(&self, key: &'static str) -> String {
        self.say_with(key, "", "")
    }

    /// `cx.tr(key, &[(name, &arg)])`, made once per check and argument; without the argument
    /// when `name` is empty.
    pub(crate) fn say_with(&self, key: &'static str, name: &'static str, arg: &'t str) -> String {
        let mut said = self.said.borrow_mut();
        let known = said.iter().find(|(k, n, a, _)| *k == key && *n == name && *a == arg);
        if let Some((.., message)) = known {
            return message.clone();
        }
        let cx = self.cx;
        let message = if name.is_empty() { cx.tr(key, &[]) } else { cx.tr(key, &[(name, &arg)]) };
        said.push((key, name, arg, message.clone()));
        message
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: every char of the text, decoded.
    fn naive_runs(text: &str, member: impl Fn(char) -> bool) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for (i, c) in text.char_indices().filter(|(_, c)| member(*c)) {
            match out.last_mut() {
                Some(run) if run.end == i => run.end = i + c.len_utf8(),
                _ => out.push(i..i + c.len_utf8()),
            }
        }
        out
    }

    static SPACE: MarkSet = MarkSet::spaces(" \t\u{a0}\u{202f}\u{3000}");
    static MARK: MarkSet = MarkSet::of("!?«»’‼");

    fn space(c: char) -> bool {
        SPACE.contains(c)
    }

    fn mark(c: char) -> bool {
        MARK.contains(c)
    }

    #[test]
    fn a_set_knows_the_lead_bytes_of_its_chars_and_no_other() {
        let mut buf = [0u8; 4];
        for set in [&MARK, &SPACE] {
            for b in 0..=255u8 {
                let starts = set.chars.chars().any(|c| c.encode_utf8(&mut buf).as_bytes()[0] == b);
                assert_eq!(set.leads(b), starts, "{b:#04x} in {:?}", set.chars);
            }
        }
        assert!(MARK.contains('‼') && !MARK.contains('a') && !MARK.contains(' '));
    }

    #[test]
    fn a_set_refuses_what_the_index_leaves_out() {
        // In a `static` these are compile errors; called at run time, they panic.
        for chars in ["e", "7", " ", "é", "!a"] {
            assert!(std::panic::catch_unwind(|| MarkSet::of(chars)).is_err(), "{chars:?}");
        }
        for chars in ["\u{feff}", "!", " x"] {
            assert!(std::panic::catch_unwind(|| MarkSet::spaces(chars)).is_err(), "{chars:?}");
        }
        // Every char the index keeps whatever follows may be a mark: punctuation, symbols, the
        // lead bytes of other scripts' letters.
        let _ = MarkSet::of("\n!?;:«»’“”…‼⁉❗\u{fe0f}！？、。");
    }

    #[test]
    fn a_finder_says_what_the_catalogue_says_and_makes_it_once() {
        for case in [crate::rules::fixture::Case::fr("a"), crate::rules::fixture::Case::en("a")] {
            case.context(|cx| {
                let marks = cx.find_marks(&MARK);
                for _ in 0..2 {
                    for (key, mark) in [("typo/fr-nbsp.narrow", "!"), ("typo/fr-nbsp.colon", ":")] {
                        assert_eq!(
                            marks.say_with(key, "mark", mark),
                            cx.tr(key, &[("mark", &mark)])
                        );
                    }
                    let narrow = "typo/fr-nbsp.narrow";
                    let said = marks.say_with(narrow, "mark", "?");
                    assert_eq!(said, cx.tr(narrow, &[("mark", &"?")]));
                    let label = "typo/fr-nbsp.fix.nbsp";
                    assert_eq!(marks.say(label), cx.tr(label, &[]));
                    assert_eq!(marks.say("fix.remove"), cx.tr("fix.remove", &[]));
                }
                assert_eq!(marks.said.borrow().len(), 5);
            });
        }
    }

    #[test]
    fn the_table_is_indexed() {
        for b in 0..=255u8 {
            for next in [None, Some(b' '), Some(b'a'), Some(0xC2), Some(0xC3), Some(0xE2)] {
                let kind = KINDS[usize::from(b)];
                let by_table =
                    kind == ALWAYS || kind == IF_SPACE_NEXT && next.is_some_and(is_space_lead);
                assert_eq!(by_table, indexed(b, next), "{b:#04x} then {next:?}");
            }
        }
    }

    #[test]
    fn runs_join_adjacent_marks_only() {
        let text = "a  b\u{a0} c\u{202f}’ é !!‼? «x» ";
        let marks = Marks::index(text);
        let two: Vec<Span> = marks.runs_of_two(text, &SPACE).collect();
        assert_eq!(two, [1..3, 4..7]);
        let runs: Vec<Span> = marks.runs(text, &MARK).collect();
        assert_eq!(runs, naive_runs(text, mark));
        let empty = Marks::index("");
        assert!(empty.runs("", &MARK).next().is_none());
        assert!(empty.runs_of_two("", &SPACE).next().is_none());
        let whole: Vec<Span> = Marks::index(" \u{a0}  ").runs_of_two(" \u{a0}  ", &SPACE).collect();
        assert_eq!(whole.first(), Some(&(0..5)));
        assert_eq!(whole.len(), 1);
    }

    /// The index as it was built: one byte at a time, through the table.
    fn index_byte_by_byte(text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .filter(|&i| {
                let kind = KINDS[usize::from(bytes[i])];
                kind == ALWAYS
                    || kind == IF_SPACE_NEXT && bytes.get(i + 1).is_some_and(|&b| is_space_lead(b))
            })
            .collect()
    }

    #[test]
    fn candidates_cover_every_indexed_byte() {
        let bytes = [
            b'a', b'Z', b'0', b' ', b'\t', b'!', b'@', b'[', b'`', b'{', 0x7F, 0x80, 0xBF, 0xC2,
            0xC3, 0xE2, 0xF0, 0x2F, 0x3A,
        ];
        for chunk in brio_compile::testing::byte_chunks::<9>(&bytes, 0x9E37_79B9_7F4A_7C15, 50_000)
        {
            let maybe = candidates(u64::from_le_bytes(chunk[..8].try_into().unwrap()));
            for k in 0..8 {
                let next = if k < 7 { Some(chunk[k + 1]) } else { None };
                let candidate = maybe >> (8 * k + 7) & 1 == 1;
                // The last byte's follower is unknown: a space there must be a candidate.
                let must = indexed(chunk[k], next) || k == 7 && chunk[k] == b' ';
                assert!(candidate || !must, "{chunk:?} byte {k}");
                let ascii_alnum = chunk[k].is_ascii_alphanumeric();
                let never = ascii_alnum || (0x80..=0xBF).contains(&chunk[k]) || chunk[k] == 0xC3;
                assert!(!(candidate && never), "{chunk:?} byte {k}");
            }
        }
        for b in 0..=255u8 {
            let maybe = candidates(u64::from_le_bytes([b; 8]));
            assert_eq!(maybe >> 7 & 1 == 1, indexed(b, Some(b)), "{b:#04x}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_index_is_the_byte_walk(text in "[a Zé\u{a0}\u{202f}\t’!?«»\n.,:;0]{0,40}|\\PC{0,40}") {
            proptest::prop_assert_eq!(Marks::index(&text).at, index_byte_by_byte(&text));
        }

        #[test]
        fn the_index_finds_what_a_char_walk_finds(
            text in "[a  é\u{a0}\u{202f}\u{3000}\t’!?‼«»\n]{0,40}|\\PC{0,40}"
        ) {
            let marks = Marks::index(&text);
            let runs: Vec<Span> = marks.runs(&text, &MARK).collect();
            proptest::prop_assert_eq!(runs, naive_runs(&text, mark));
            let found: Vec<(usize, char)> = marks.find(&text, &MARK).collect();
            let expected: Vec<(usize, char)> =
                text.char_indices().filter(|(_, c)| mark(*c)).collect();
            proptest::prop_assert_eq!(found, expected);
            let long: Vec<Span> = naive_runs(&text, space)
                .into_iter()
                .filter(|run| text[run.clone()].chars().count() >= 2)
                .collect();
            let two: Vec<Span> = marks.runs_of_two(&text, &SPACE).collect();
            proptest::prop_assert_eq!(two, long);
        }
    }
}
