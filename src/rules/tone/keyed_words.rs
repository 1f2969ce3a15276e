//! Word-by-word helpers for the rules that read grammar rather than lexicons.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::packs::grammar::WordSet;
use crate::rules::Context;
use crate::text::Span;

/// A word of the post with its folded form (lower case, straight apostrophes).
pub(crate) struct KeyedWord<'t> {
    pub span: Span,
    pub text: &'t str,
    /// The folded form ([`KeyedWord::key`]).
    key: Key,
    /// Where the part after an elided article or pronoun starts in the key, past the head and
    /// its apostrophe ([`KeyedWord::elision`]); 0 for none. Every grammar rule asks, for every word.
    tail: usize,
    /// What a [`Sieve`] reads of the tail ([`KeyedWord::elision`]): the grammar rules ask their sieves
    /// about every word, and almost every answer is no.
    pub lead: Lead,
    /// Whether the word may be in capitals: false when it holds an ASCII lower-case letter or a
    /// digit, or when folding leaves it as it is (every letter of it is then lower case).
    pub may_shout: bool,
}

/// How long a key may be and still be kept in place.
const SHORT: usize = 22;

/// A word's folded form, without an allocation when it can: most words are their own, and
/// most of the others (capitalised words) are short.
#[derive(Debug, Clone)]
enum Key {
    /// The word itself: folding leaves it as it is.
    Same,
    /// The first bytes (as many as the first field says) of the array: UTF-8, from a `str`.
    Short(u8, [u8; SHORT]),
    Long(String),
}

impl Key {
    /// The key of `word` folded as [`crate::packs::grammar::key`] folds it; `class` is
    /// [`classes`] of `word`.
    fn of(word: &str, class: u8) -> Key {
        // Folding lowers the case of ASCII letters and leaves digits and straight apostrophes.
        if class & (UPPER | OTHER) == 0 {
            Key::Same
        } else if class & OTHER == 0 {
            match u8::try_from(word.len()) {
                Ok(len) if word.len() <= SHORT => {
                    let mut bytes = [0; SHORT];
                    for (to, from) in bytes.iter_mut().zip(word.bytes()) {
                        *to = from.to_ascii_lowercase();
                    }
                    Key::Short(len, bytes)
                }
                _ => Key::Long(word.to_ascii_lowercase()),
            }
        } else if folded(word.as_bytes()) {
            Key::Same
        } else {
            Key::Long(crate::packs::grammar::key(word))
        }
    }
}

/// A [`KeyedWord`] apart from its text (a session keeps its paragraphs' words this way, and
/// places them in the whole text on each update).
#[derive(Debug, Clone)]
pub(crate) struct Detached {
    span: Span,
    key: Key,
    tail: usize,
    lead: Lead,
    may_shout: bool,
}

impl Detached {
    /// The word in `text`, `by` bytes further on than it was.
    pub(crate) fn attach<'u>(&self, text: &'u str, by: usize) -> KeyedWord<'u> {
        let span = self.span.start + by..self.span.end + by;
        KeyedWord {
            text: text.get(span.clone()).unwrap_or_default(),
            span,
            key: self.key.clone(),
            tail: self.tail,
            lead: self.lead,
            may_shout: self.may_shout,
        }
    }
}

impl<'t> KeyedWord<'t> {
    /// The word apart from its text.
    pub(crate) fn detach(&self) -> Detached {
        Detached {
            span: self.span.clone(),
            key: self.key.clone(),
            tail: self.tail,
            lead: self.lead,
            may_shout: self.may_shout,
        }
    }

    pub(crate) fn new(span: Span, text: &'t str) -> Self {
        let class = classes(text);
        // Most words: ASCII lower-case letters and digits, their own key, with no elision.
        if class & !(LOWER | DIGIT) == 0 {
            let lead = Lead::of(text);
            return KeyedWord { span, text, key: Key::Same, tail: 0, lead, may_shout: false };
        }
        Self::with_class(span, text, class)
    }

    /// The other words, whose `class` ([`classes`]) has capitals, apostrophes or other bytes.
    /// Out of line: the loop over every word then keeps its registers.
    #[inline(never)]
    fn with_class(span: Span, text: &'t str, class: u8) -> Self {
        let key = Key::of(text, class);
        let may_shout = class & (LOWER | DIGIT) == 0 && !matches!(key, Key::Same);
        let mut w = KeyedWord { span, text, key, tail: 0, lead: Lead(0), may_shout };
        if class & OTHER == 0 {
            // ASCII: the key is the word in lower case, so that its elision is the word's, and
            // its lead the word's, lowered (no need to read the key back).
            if class & APOSTROPHE != 0 {
                w.tail = tail_start(text);
            }
            let Lead(lead) = Lead::of(text.get(w.tail..).unwrap_or(text));
            w.lead = Lead((lead & 0xFF00) | u16::from((lead as u8).to_ascii_lowercase()));
        } else {
            // An apostrophe not ASCII (’) folds to one.
            w.tail = tail_start(w.key());
            w.lead = Lead::of(w.elision().1);
        }
        w
    }

    /// The folded form: lower case, straight apostrophes, as [`crate::packs::grammar::key`]
    /// gives it. Borrowed from the text when folding would not change it (most words).
    pub(crate) fn key(&self) -> &str {
        match &self.key {
            Key::Same => self.text,
            // Lower-cased ASCII: valid UTF-8, which the check only confirms.
            Key::Short(len, bytes) => {
                std::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or_default())
                    .unwrap_or_default()
            }
            Key::Long(key) => key,
        }
    }

    /// Whether the key has an elided head ([`KeyedWord::elision`]).
    pub(crate) fn elided(&self) -> bool {
        self.tail != 0
    }

    /// The part of the key after an elided article or pronoun: ("l", "équipe") for
    /// "l'équipe"; (None, key) otherwise. The head is at most two chars, the tail not empty.
    pub(crate) fn elision(&self) -> (Option<&str>, &str) {
        let key = self.key();
        if self.tail == 0 {
            return (None, key);
        }
        match (key.get(..self.tail - 1), key.get(self.tail..)) {
            (Some(head), Some(tail)) => (Some(head), tail),
            _ => (None, key),
        }
    }
}

/// Where [`KeyedWord::elision`]'s tail starts in `key` (0: no elision), after the first apostrophe. It
/// is ASCII, so the first byte of it found is the first char of it, and a char boundary.
fn tail_start(key: &str) -> usize {
    let Some(at) = key.bytes().position(|b| b == b'\'') else { return 0 };
    let (Some(head), Some(tail)) = (key.get(..at), key.get(at + 1..)) else { return 0 };
    if !tail.is_empty() && head.chars().count() <= 2 { at + 1 } else { 0 }
}

/// What kinds of bytes a word holds, one bit per kind ([`class`]).
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 4;
const APOSTROPHE: u8 = 8;
/// Any other byte: ASCII punctuation, or part of a char beyond ASCII.
const OTHER: u8 = 16;

const fn class(b: u8) -> u8 {
    match b {
        b'a'..=b'z' => LOWER,
        b'A'..=b'Z' => UPPER,
        b'0'..=b'9' => DIGIT,
        b'\'' => APOSTROPHE,
        _ => OTHER,
    }
}

/// [`class`] of every byte.
const CLASSES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = class(b as u8);
        b += 1;
    }
    table
};

/// The union of the classes of `word`'s bytes.
fn classes(word: &str) -> u8 {
    word.bytes().fold(0, |all, b| all | CLASSES.get(usize::from(b)).copied().unwrap_or(OTHER))
}

/// Whether folding leaves `word` as it is: it holds only ASCII lower-case letters, digits and
/// straight apostrophes, and the lower-case letters of Latin-1 (U+00DF to U+00FF but U+00F7)
/// and "œ". Read as UTF-8 bytes: those are 0xC3 0x9F to 0xC3 0xBF (but 0xC3 0xB7) and
/// 0xC5 0x93.
fn folded(word: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = word.get(i) {
        let next = word.get(i + 1).copied();
        i += match b {
            b'a'..=b'z' | b'0'..=b'9' | b'\'' => 1,
            0xC3 if next.is_some_and(|c| (0x9F..=0xBF).contains(&c) && c != 0xB7) => 2,
            0xC5 if next == Some(0x93) => 2,
            _ => return false,
        };
    }
    true
}

/// The post's words outside links, tags and mentions, folded: made once per check, on first
/// use ([`Context::words`]), and shared by the rules that read them. Out of line: profiles then
/// name it, rather than the rule that asked first.
#[inline(never)]
pub(crate) fn collect<'t>(cx: &Context<'t>) -> Vec<KeyedWord<'t>> {
    let text = cx.doc.text();
    let all = cx.doc.words();
    let linked = cx.linked.spans();
    // Words come in order: the first linked span that may overlap one only moves forward
    // (what `linked.overlaps` answers, without a search per word).
    let mut next = 0;
    let mut out = Vec::with_capacity(all.len());
    for w in all {
        let span = &w.span;
        while linked.get(next).is_some_and(|s| s.end <= span.start) {
            next += 1;
        }
        let end = span.end.max(span.start + 1);
        let overlaps = linked.get(next).is_some_and(|s| s.start < end);
        if !overlaps && !after_sigil(text, span.start) {
            out.push(KeyedWord::new(span.clone(), text.get(span.clone()).unwrap_or("")));
        }
    }
    out
}

/// Whether the char before `at` is a sigil (`#`, `@`, `$`, `/`, `＃`) or `_`. Read as bytes:
/// an ASCII byte is always that ASCII char, and `＃` is the only other one.
fn after_sigil(text: &str, at: usize) -> bool {
    let before = text.as_bytes().get(..at).unwrap_or_default();
    match before.last() {
        Some(&b) if b.is_ascii() => matches!(b, b'#' | b'@' | b'$' | b'/' | b'_'),
        Some(_) => before.ends_with("＃".as_bytes()),
        None => false,
    }
}

/// Whether only spaces (no line break, no punctuation) separate two spans.
pub(crate) fn adjacent(cx: &Context<'_>, a: &Span, b: &Span) -> bool {
    cx.text()
        .get(a.end..b.start)
        .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() && c != '\n'))
}

/// Whether the word at `at` opens a clause: after the start, a line break, a bullet or
/// punctuation other than a comma.
pub(crate) fn clause_start(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    match before.chars().rev().find(|c| !(c.is_whitespace() && *c != '\n')) {
        None => true,
        Some(c) => !(c.is_alphanumeric() || matches!(c, ',' | '\'' | '’')),
    }
}

/// A quick "certainly not in these sets" on a word's length and first byte, built from the
/// sets' own words. The grammar rules test every word of a post against short word lists, and
/// almost no word is in them: the sieve answers most of those look-ups without hashing.
#[derive(Clone)]
pub(crate) struct Sieve {
    /// One bit per first byte, for each length in bytes (the last row: 31 bytes and more).
    bits: [[u64; 4]; 32],
}

/// What a [`Sieve`] reads of a word: its length in bytes (31 for 31 and more) and its first
/// byte; 0 for the empty word, which no sieve holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lead(u16);

impl Lead {
    pub(crate) fn of(word: &str) -> Lead {
        match word.as_bytes().first() {
            // At most 31 << 8 | 255: it fits.
            Some(&first) => Lead((word.len().min(31) as u16) << 8 | u16::from(first)),
            None => Lead(0),
        }
    }
}

/// The sieve of `sets`, made once per process into `cell` for the lists it first meets (the
/// built-in ones) rather than on every check. Those lists are kept and compared with `sets` (a
/// few hundred bytes); other lists get a sieve of their own.
pub(crate) fn sieve(
    cell: &'static OnceLock<(Vec<WordSet>, Sieve)>,
    sets: &[&WordSet],
) -> Cow<'static, Sieve> {
    let (made_of, made) =
        cell.get_or_init(|| (sets.iter().map(|&&s| s).collect(), Sieve::of(sets)));
    if made_of.iter().eq(sets.iter().copied()) {
        Cow::Borrowed(made)
    } else {
        Cow::Owned(Sieve::of(sets))
    }
}

impl Sieve {
    pub(crate) fn of(sets: &[&WordSet]) -> Sieve {
        let mut sieve = Sieve { bits: [[0; 4]; 32] };
        for word in sets.iter().flat_map(|set| set.iter()) {
            if let Some(&first) = word.as_bytes().first() {
                if let Some(row) = sieve.bits.get_mut(word.len().min(31)) {
                    if let Some(bits) = row.get_mut(usize::from(first >> 6)) {
                        *bits |= 1 << (first & 63);
                    }
                }
            }
        }
        sieve
    }

    /// False when no word of the sets has `word`'s length and first byte.
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        self.may_hold(Lead::of(word))
    }

    /// False when no word of the sets has this length and first byte.
    pub(crate) fn may_hold(&self, lead: Lead) -> bool {
        let [len, first] = lead.0.to_be_bytes();
        self.bits
            .get(usize::from(len))
            .and_then(|row| row.get(usize::from(first >> 6)))
            .is_some_and(|bits| bits >> (first & 63) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`KeyedWord::elision`] as it was, on the key.
    fn split_elision(key: &str) -> (Option<&str>, &str) {
        match key.split_once('\'') {
            Some((head, tail)) if !tail.is_empty() && head.chars().count() <= 2 => {
                (Some(head), tail)
            }
            _ => (None, key),
        }
    }

    /// Whether `span` overlaps a hashtag, mention, cashtag or URL, or directly follows a sigil
    /// (in case the platform's extraction did not link it): what [`words`] leaves out, with a
    /// search per word.
    fn in_entity(cx: &Context<'_>, span: &Span) -> bool {
        cx.linked.overlaps(span) || after_sigil(cx.text(), span.start)
    }

    #[test]
    fn the_sieve_keeps_every_word_of_its_sets() {
        let words = crate::packs::GrammarLists::load();
        for locale in [crate::Locale::Fr, crate::Locale::En] {
            let g = words.grammar(locale);
            let sets = [&g.be, &g.tu, &g.vous];
            let sieve = Sieve::of(&sets);
            for word in sets.iter().flat_map(|s| s.iter()) {
                assert!(sieve.may_contain(word), "{word}");
            }
            assert!(!sieve.may_contain(""));
            assert!(!sieve.may_contain("zzzzzzzzzz"));
            static CELL: OnceLock<(Vec<WordSet>, Sieve)> = OnceLock::new();
            let cached = super::sieve(&CELL, &sets);
            // Made for the first lists it met; the others get one of their own.
            assert_eq!(matches!(cached, Cow::Borrowed(_)), locale == crate::Locale::Fr);
            for word in sets.iter().flat_map(|s| s.iter()) {
                assert!(cached.may_contain(word), "{word}");
            }
            for word in ["", "a", "zzz", "été", "x'y", "abcdefghijklmnopqrstuvwxyz0123456789"] {
                assert_eq!(cached.may_contain(word), sieve.may_contain(word), "{word}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn keys_fold_as_the_packs_do(
            word in "[aZé É0'’\\-_ßÿ÷œŒæİ\u{301}\u{a0}]{1,8}|\\PC{1,8}|[aZ]{20,26}"
        ) {
            let expected = crate::packs::grammar::key(&word);
            let w = KeyedWord::new(0..word.len(), &word);
            proptest::prop_assert_eq!(w.key(), expected);
        }

        #[test]
        fn folded_bytes_are_folded_chars(
            word in "[aZé É0'’\\-_ßÞÿ÷œŒāæİ\u{301}\u{a0}]{0,8}|\\PC{0,8}"
        ) {
            let by_chars = word.chars().all(|c| {
                c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || c == '\''
                    || matches!(c, '\u{df}'..='\u{ff}' | 'œ') && c != '\u{f7}'
            });
            proptest::prop_assert_eq!(folded(word.as_bytes()), by_chars);
        }

        #[test]
        fn words_remember_what_the_slow_tests_say(
            word in "[aZé É0'’\\-_ßÿ÷œŒæİ\u{301}\u{a0}]{1,8}|\\PC{1,8}"
        ) {
            let w = KeyedWord::new(0..word.len(), &word);
            let key = crate::packs::grammar::key(&word);
            proptest::prop_assert_eq!(w.elision(), split_elision(&key));
            proptest::prop_assert_eq!(w.elided(), split_elision(&key).0.is_some());
            proptest::prop_assert_eq!(w.lead, Lead::of(split_elision(&key).1));
            // Shouting skips the others; its tests check that they are never in capitals.
            let borrowed = matches!(w.key, Key::Same);
            let lower_or_digit = word.chars().any(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            proptest::prop_assert_eq!(w.may_shout, !lower_or_digit && !borrowed);
        }

        #[test]
        fn words_are_those_outside_entities(
            text in "([aZé É.:’'_/#@$＃]|https://x\\.co/a|#tag|@me){0,12}"
        ) {
            crate::rules::fixture::Case::en(&text).context(|cx| {
                let found: Vec<Span> = cx.words().iter().map(|w| w.span.clone()).collect();
                let expected: Vec<Span> = cx
                    .doc
                    .words()
                    .iter()
                    .filter(|w| !in_entity(cx, &w.span))
                    .map(|w| w.span.clone())
                    .collect();
                proptest::prop_assert_eq!(found, expected);
                Ok(())
            })?;
        }

        #[test]
        fn sigils_are_read_as_chars(text in "[a#@$/＃_é\u{301} ]{0,6}", at in 0usize..8) {
            if at <= text.len() && text.is_char_boundary(at) {
                let before = text.get(..at).and_then(|b| b.chars().next_back());
                let expected = matches!(before, Some('#' | '@' | '$' | '/' | '＃' | '_'));
                proptest::prop_assert_eq!(after_sigil(&text, at), expected);
            }
        }
    }
}
