//! The post's words as [`from_text_except`](super::from_text_except) reads them: maximal runs
//! of letters and digits, outside entities, read forward only as far as the suggestions need.

use crate::text::{Span, SpanSet};

/// A word of the post outside entities: its text, whether a sentence starts with it and
/// whether it starts with a capital.
#[derive(Debug, Clone, Copy)]
pub(in crate::hashtags) struct Token<'t> {
    pub(in crate::hashtags) text: &'t str,
    pub(in crate::hashtags) start: usize,
    pub(in crate::hashtags) end: usize,
    pub(in crate::hashtags) sentence_start: bool,
    pub(in crate::hashtags) capitalised: bool,
}

/// How the scan reads a byte: an ASCII letter or digit, an ASCII sentence stop, or the lead
/// byte of a non-ASCII char, which is decoded to be classified.
pub(in crate::hashtags) const ALNUM: u8 = 1;
pub(in crate::hashtags) const STOP: u8 = 2;
pub(in crate::hashtags) const WIDE: u8 = 4;

static CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(byte, b'.' | b'!' | b'?' | b'\n' | b':' | b'|') {
            STOP
        } else if byte.is_ascii() {
            0
        } else {
            WIDE
        };
        b += 1;
    }
    classes
};

pub(in crate::hashtags) fn class(b: u8) -> u8 {
    CLASSES.get(usize::from(b)).copied().unwrap_or(0)
}

/// `c.is_alphanumeric()`. The accented letters of French and other Latin-script words are
/// answered without a Unicode table: the scan asks for every one of them.
#[inline]
pub(in crate::hashtags) fn is_alnum(c: char) -> bool {
    match c {
        '\u{c0}'..='\u{17f}' => !matches!(c, '×' | '÷'),
        _ => c.is_alphanumeric(),
    }
}

/// `c.is_uppercase()`, with the Latin-1 letters answered without a Unicode table.
#[inline]
pub(in crate::hashtags) fn is_capital(c: char) -> bool {
    match c {
        'À'..='Þ' => c != '×',
        'ß'..='ÿ' => false,
        _ => c.is_uppercase(),
    }
}

/// A word found by [`Scanner`], as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::hashtags) struct Word {
    pub(in crate::hashtags) start: usize,
    pub(in crate::hashtags) end: usize,
    pub(in crate::hashtags) sentence_start: bool,
    pub(in crate::hashtags) capitalised: bool,
}

/// The post's words, maximal runs of alphanumeric chars, read forward only as far as asked.
///
/// A run of ASCII letters and digits is crossed in a tight loop, other ASCII bytes are
/// classified through a table, and only other characters are decoded.
pub(in crate::hashtags) struct Scanner<'t> {
    pub(in crate::hashtags) text: &'t str,
    pub(in crate::hashtags) at: usize,
    /// Whether the next word starts a sentence: the post's first one does.
    pub(in crate::hashtags) sentence_start: bool,
}

impl<'t> Scanner<'t> {
    pub(in crate::hashtags) fn new(text: &'t str) -> Self {
        Scanner { text, at: 0, sentence_start: true }
    }

    /// The char at byte `i`, a char boundary.
    pub(in crate::hashtags) fn char_at(&self, i: usize) -> char {
        self.text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}')
    }

    /// The end of the word that starts at byte `i`.
    #[inline]
    pub(in crate::hashtags) fn word_end(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            let class = class(b);
            if class & ALNUM != 0 {
                i += 1;
                continue;
            }
            if class & WIDE == 0 {
                break;
            }
            let c = self.char_at(i);
            if !is_alnum(c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    /// The next word.
    pub(in crate::hashtags) fn next_word(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        let (start, capitalised) = loop {
            let Some(&b) = bytes.get(i) else {
                self.at = i;
                return None;
            };
            let class = class(b);
            if class & ALNUM != 0 {
                break (i, b.is_ascii_uppercase());
            }
            if class & WIDE == 0 {
                if class & STOP != 0 {
                    self.sentence_start = true;
                }
                i += 1;
                continue;
            }
            let c = self.char_at(i);
            if is_alnum(c) {
                break (i, is_capital(c));
            }
            if matches!(c, '…' | '•') {
                self.sentence_start = true;
            }
            i += c.len_utf8();
        };
        let end = self.word_end(i);
        let sentence_start = std::mem::replace(&mut self.sentence_start, false);
        self.at = end;
        Some(Word { start, end, sentence_start, capitalised })
    }

    /// The next word that starts with a capital.
    ///
    /// Most of a post is small letters, digits, spaces and punctuation, where no such word can
    /// start: the scan looks only at ASCII capitals and non-ASCII chars outside words, found
    /// eight bytes at a time, and tells whether one starts a sentence by looking back from it
    /// to the last word.
    pub(in crate::hashtags) fn next_capitalised(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        loop {
            let Some(at) = capital_or_wide(bytes, i) else {
                self.at = bytes.len();
                return None;
            };
            i = at;
            let &b = bytes.get(i)?;
            let width = if b.is_ascii() {
                if !self.after_alnum(i) {
                    break;
                }
                1
            } else if b & 0xc0 == 0x80 {
                // Inside a char: never, as the search stops only on first bytes.
                1
            } else {
                let c = self.char_at(i);
                // Most are accented small letters inside a word: the char before tells first.
                if !self.after_alnum(i) && is_alnum(c) && is_capital(c) {
                    break;
                }
                c.len_utf8()
            };
            i += width;
        }
        let end = self.word_end(i);
        let sentence_start = self.starts_sentence(i);
        self.at = end;
        self.sentence_start = false;
        Some(Word { start: i, end, sentence_start, capitalised: true })
    }

    /// Whether the char before byte `i` is a letter or a digit: then no word starts at `i`.
    #[inline]
    pub(in crate::hashtags) fn after_alnum(&self, i: usize) -> bool {
        let Some(before) = self.text.get(..i) else { return false };
        match before.as_bytes().last() {
            None => false,
            Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => before.chars().next_back().is_some_and(is_alnum),
        }
    }

    /// Whether the word at byte `start` starts a sentence: a stop, or the post's start, comes
    /// after the last word before it.
    pub(in crate::hashtags) fn starts_sentence(&self, start: usize) -> bool {
        for c in self.text.get(..start).unwrap_or("").chars().rev() {
            if is_alnum(c) {
                return false;
            }
            if matches!(c, '.' | '!' | '?' | '\n' | ':' | '|' | '…' | '•') {
                return true;
            }
        }
        true
    }
}

/// The first byte from `i` on that may start a capitalised word: an ASCII capital or the first
/// byte of a non-ASCII char, not right after an ASCII letter or digit (inside a word: most
/// accented letters and the capitals of "VivaTech" or "SMS").
pub(in crate::hashtags) fn capital_or_wide(bytes: &[u8], mut i: usize) -> Option<usize> {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Added to a byte's low seven bits, these carry into its high bit from `A` and from the
    // byte after `Z` on: never into the next byte.
    const FROM_A: u64 = 0x3f3f_3f3f_3f3f_3f3f;
    const PAST_Z: u64 = 0x2525_2525_2525_2525;
    let after_alnum = |p: usize| {
        p.checked_sub(1).and_then(|q| bytes.get(q)).is_some_and(|&b| class(b) & ALNUM != 0)
    };
    let mut chunks = bytes.get(i..)?.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let Some(&chunk) = chunk.first_chunk::<8>() else { break };
        let word = u64::from_le_bytes(chunk);
        let low = word & LOW;
        let capitals = low.wrapping_add(FROM_A) & !low.wrapping_add(PAST_Z);
        // A first byte has its two high bits set; a continuation byte only the highest.
        let mut found = (capitals | (word & (word << 1))) & HIGH;
        while found != 0 {
            let p = i + (found.trailing_zeros() / 8) as usize;
            if !after_alnum(p) {
                return Some(p);
            }
            found &= found - 1;
        }
        i += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .enumerate()
        .find(|&(p, &b)| (b.is_ascii_uppercase() || b >= 0xc0) && !after_alnum(i + p))
        .map(|(p, _)| i + p)
}

/// The post's capitalised words, as [`Scanner::next_capitalised`] finds them from the start:
/// found once per check, for the post's names ([`crate::hashtags::names`]) and for the
/// alternatives alike.
pub(in crate::hashtags) fn capitalised(text: &str) -> Vec<Word> {
    let mut scanner = Scanner::new(text);
    std::iter::from_fn(|| scanner.next_capitalised()).collect()
}

/// The words of the post outside hashtags, mentions and URLs (the `skip` spans), read on
/// demand: most of a post's words start with a small letter and can never begin a name, so
/// they are passed over without being checked against the spans.
pub(in crate::hashtags) struct Tokens<'t, 's> {
    pub(in crate::hashtags) words: Scanner<'t>,
    pub(in crate::hashtags) spans: &'s [Span],
    /// Words are checked in order, so the first span that may overlap one only moves forward.
    pub(in crate::hashtags) next_span: usize,
    /// The post's capitalised words ([`capitalised`]), and the first one not yet passed.
    capitals: &'s [Word],
    next_capital: usize,
}

impl<'t, 's> Tokens<'t, 's> {
    /// The tokens of `text`, whose capitalised words are `capitals` ([`capitalised`]).
    pub(in crate::hashtags) fn new(text: &'t str, skip: &'s SpanSet, capitals: &'s [Word]) -> Self {
        Tokens {
            words: Scanner::new(text),
            spans: skip.spans(),
            next_span: 0,
            capitals,
            next_capital: 0,
        }
    }

    /// The next capitalised word from the scanner's place on, as
    /// [`Scanner::next_capitalised`] would find it: the scanner stops at a word's end, where
    /// no word starts, so the words found from the post's start are the same from there.
    fn next_capitalised(&mut self) -> Option<Word> {
        let at = self.words.at;
        while self.capitals.get(self.next_capital).is_some_and(|w| w.start < at) {
            self.next_capital += 1;
        }
        let Some(&word) = self.capitals.get(self.next_capital) else {
            self.words.at = self.words.text.len();
            return None;
        };
        self.next_capital += 1;
        self.words.at = word.end;
        self.words.sentence_start = false;
        Some(word)
    }

    /// Whether no entity covers the word at `start..end`.
    pub(in crate::hashtags) fn outside(&mut self, start: usize, end: usize) -> bool {
        while self.spans.get(self.next_span).is_some_and(|s| s.end <= start) {
            self.next_span += 1;
        }
        let inside = self.spans.get(self.next_span).is_some_and(|s| s.start < end.max(start + 1));
        // A word glued to a sigil is an entity even where no extractor ran.
        let before = self.words.text.as_bytes().get(..start).unwrap_or_default();
        let sigil =
            matches!(before.last(), Some(b'#' | b'@' | b'/')) || before.ends_with("＃".as_bytes());
        !inside && !sigil
    }

    /// The next token; with `capitalised_only`, the next capitalised one.
    pub(in crate::hashtags) fn next(&mut self, capitalised_only: bool) -> Option<Token<'t>> {
        loop {
            let word =
                if capitalised_only { self.next_capitalised()? } else { self.words.next_word()? };
            if !self.outside(word.start, word.end) {
                continue;
            }
            if let Some(text) = self.words.text.get(word.start..word.end) {
                return Some(Token {
                    text,
                    start: word.start,
                    end: word.end,
                    sentence_start: word.sentence_start,
                    capitalised: word.capitalised,
                });
            }
        }
    }
}
