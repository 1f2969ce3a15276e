//! Specific tags drawn from the post itself: the named events, places, products and dates it
//! mentions. Nothing is invented: every suggested tag is spelled from words of the post.

use crate::text::{Span, SpanSet};

use super::fold::push_folded;
use super::lexicon;
use super::words;

/// At most this many alternatives are offered for a hollow tag.
pub const MAX: usize = 3;

/// [`from_text`] offers the first this many tags it finds.
const KEPT: usize = MAX * 2;

/// A word of the post outside entities: its text, whether a sentence starts with it and
/// whether it starts with a capital.
#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    sentence_start: bool,
    capitalised: bool,
}

/// "VivaTech", "iPhone", "SNCF": a capital past the first letter marks a name.
fn has_inner_capital(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

/// A common word rather than a name: "See", "Nous", "Monday" at the head of a sentence.
///
/// A post repeats its sentence openers ("Nous", "Le"), and each answer costs a fold and three
/// lookups, so answers are remembered for the length of one check.
struct Common<'t> {
    memo: Vec<(&'t str, bool)>,
    /// The folded word, reused from one word to the next.
    key: String,
}

impl<'t> Common<'t> {
    fn new() -> Self {
        Common { memo: Vec::with_capacity(16), key: String::with_capacity(32) }
    }

    fn is_common(&mut self, word: &'t str) -> bool {
        if let Some(&(_, common)) = self.memo.iter().find(|(w, _)| *w == word) {
            return common;
        }
        self.key.clear();
        for c in word.chars() {
            push_folded(c, &mut self.key);
        }
        let key = self.key.as_str();
        let common = lexicon::listed(key).is_some()
            || words::lookup_any(key).is_some_and(|e| e.dictionary && e.zipf() >= 3.0);
        self.memo.push((word, common));
        common
    }
}

/// Function words that may sit inside a name ("Tour de France", "Salon du Bourget").
fn is_linking(word: &str) -> bool {
    matches!(word, "de" | "du" | "des" | "la" | "le" | "of" | "the" | "d" | "l" | "en" | "sur")
}

/// How the scan reads a byte: an ASCII letter or digit, an ASCII sentence stop, or the lead
/// byte of a non-ASCII char, which is decoded to be classified.
const ALNUM: u8 = 1;
const STOP: u8 = 2;
const WIDE: u8 = 4;

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

fn class(b: u8) -> u8 {
    CLASSES.get(usize::from(b)).copied().unwrap_or(0)
}

/// `c.is_alphanumeric()`. The accented letters of French and other Latin-script words are
/// answered without a Unicode table: the scan asks for every one of them.
#[inline]
fn is_alnum(c: char) -> bool {
    match c {
        '\u{c0}'..='\u{17f}' => !matches!(c, '×' | '÷'),
        _ => c.is_alphanumeric(),
    }
}

/// `c.is_uppercase()`, with the Latin-1 letters answered without a Unicode table.
#[inline]
fn is_capital(c: char) -> bool {
    match c {
        'À'..='Þ' => c != '×',
        'ß'..='ÿ' => false,
        _ => c.is_uppercase(),
    }
}

/// A word found by [`Scanner`], as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Word {
    start: usize,
    end: usize,
    sentence_start: bool,
    capitalised: bool,
}

/// The post's words, maximal runs of alphanumeric chars, read forward only as far as asked.
///
/// A run of ASCII letters and digits is crossed in a tight loop, other ASCII bytes are
/// classified through a table, and only other characters are decoded.
struct Scanner<'t> {
    text: &'t str,
    at: usize,
    /// Whether the next word starts a sentence: the post's first one does.
    sentence_start: bool,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str) -> Self {
        Scanner { text, at: 0, sentence_start: true }
    }

    /// The char at byte `i`, a char boundary.
    fn char_at(&self, i: usize) -> char {
        self.text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}')
    }

    /// The end of the word that starts at byte `i`.
    #[inline]
    fn word_end(&self, mut i: usize) -> usize {
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
    fn next_word(&mut self) -> Option<Word> {
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
    fn next_capitalised(&mut self) -> Option<Word> {
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
    fn after_alnum(&self, i: usize) -> bool {
        let Some(before) = self.text.get(..i) else { return false };
        match before.as_bytes().last() {
            None => false,
            Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => before.chars().next_back().is_some_and(is_alnum),
        }
    }

    /// Whether the word at byte `start` starts a sentence: a stop, or the post's start, comes
    /// after the last word before it.
    fn starts_sentence(&self, start: usize) -> bool {
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
fn capital_or_wide(bytes: &[u8], mut i: usize) -> Option<usize> {
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

/// The words of the post outside hashtags, mentions and URLs (the `skip` spans), read on
/// demand: most of a post's words start with a small letter and can never begin a name, so
/// they are passed over without being checked against the spans.
struct Tokens<'t, 's> {
    words: Scanner<'t>,
    spans: &'s [Span],
    /// Words are checked in order, so the first span that may overlap one only moves forward.
    next_span: usize,
}

impl<'t, 's> Tokens<'t, 's> {
    fn new(text: &'t str, skip: &'s SpanSet) -> Self {
        Tokens { words: Scanner::new(text), spans: skip.spans(), next_span: 0 }
    }

    /// Whether no entity covers the word at `start..end`.
    fn outside(&mut self, start: usize, end: usize) -> bool {
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
    fn next(&mut self, capitalised_only: bool) -> Option<Token<'t>> {
        loop {
            let word = if capitalised_only {
                self.words.next_capitalised()?
            } else {
                self.words.next_word()?
            };
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

/// The tokens read past the one being looked at: a run of names looks at most two ahead.
struct Ahead<'t> {
    /// Filled from the front.
    slots: [Option<Token<'t>>; 2],
}

impl<'t> Ahead<'t> {
    /// The token `k` (0 or 1) places ahead, read if need be.
    fn peek(&mut self, k: usize, tokens: &mut Tokens<'t, '_>) -> Option<Token<'t>> {
        for i in 0..=k {
            let slot = self.slots.get_mut(i)?;
            if slot.is_none() {
                *slot = Some(tokens.next(false)?);
            }
        }
        self.slots.get(k).copied().flatten()
    }

    /// Takes the next token read ahead, if any.
    fn pop(&mut self) -> Option<Token<'t>> {
        let [first, second] = &mut self.slots;
        let token = first.take();
        *first = second.take();
        token
    }
}

/// `words` as a tag in `tag`: its words run together, each word's first letter in capitals,
/// accents and letters kept, anything but letters and digits dropped ("Saint-Étienne" ->
/// "#SaintÉtienne"). `key` gets the tag's key, the fold of its body, in the same pass.
fn tag_and_key<'a>(words: impl IntoIterator<Item = &'a str>, tag: &mut String, key: &mut String) {
    tag.clear();
    key.clear();
    tag.push('#');
    for word in words {
        let mut chars = word.chars().filter(|&c| is_alnum(c));
        if let Some(first) = chars.next() {
            for up in first.to_uppercase() {
                tag.push(up);
                push_folded(up, key);
            }
            for c in chars {
                tag.push(c);
                push_folded(c, key);
            }
        }
    }
}

/// The tags found so far, and their keys.
struct Found<E> {
    tags: Vec<String>,
    /// The keys run together, each ending where `key_ends` says: one buffer for all.
    keys: String,
    key_ends: Vec<usize>,
    existing: E,
}

impl<E: Fn(&str) -> bool> Found<E> {
    fn new(existing: E) -> Self {
        Found {
            tags: Vec::with_capacity(KEPT),
            keys: String::with_capacity(KEPT * 16),
            key_ends: Vec::with_capacity(KEPT),
            existing,
        }
    }

    /// No more are offered: later tags would change nothing.
    fn full(&self) -> bool {
        self.tags.len() >= KEPT
    }

    fn has_key(&self, key: &str) -> bool {
        let mut start = 0;
        self.key_ends.iter().any(|&end| {
            let found = self.keys.get(start..end) == Some(key);
            start = end;
            found
        })
    }

    /// Adds `tag`, whose key is `key`, unless it is too short, hollow, already in the post or
    /// already found.
    fn add(&mut self, tag: &str, key: &str) {
        if self.full()
            || key.chars().nth(1).is_none()
            || lexicon::listed(key).is_some()
            || (self.existing)(key)
            || self.has_key(key)
        {
            return;
        }
        self.tags.push(tag.to_owned());
        self.keys.push_str(key);
        self.key_ends.push(self.keys.len());
    }
}

/// Specific tags drawn from `text`, best first, none of them hollow nor in `existing` (folded
/// keys of the post's tags). `skip` are the entity spans.
pub fn from_text(text: &str, skip: &SpanSet, existing: &[String]) -> Vec<String> {
    from_text_except(text, skip, |key| existing.iter().any(|k| k == key))
}

/// [`from_text`], where `existing` tells whether a folded key is one of the post's tags.
pub fn from_text_except(
    text: &str,
    skip: &SpanSet,
    existing: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut tokens = Tokens::new(text, skip);
    let mut ahead = Ahead { slots: [None, None] };
    let mut common = Common::new();
    let mut found = Found::new(existing);
    // Buffers reused from one run to the next, sized for most names.
    let mut run: Vec<Token<'_>> = Vec::with_capacity(4);
    let mut place_key = String::with_capacity(32);
    let (mut tag, mut key) = (String::with_capacity(32), String::with_capacity(32));
    let (mut dated, mut dated_key) = (String::new(), String::new());
    while !found.full() {
        // Only a capitalised word starts a name.
        let next = loop {
            match ahead.pop() {
                Some(token) if token.capitalised => break Some(token),
                Some(_) => {}
                None => break tokens.next(true),
            }
        };
        let Some(token) = next else { break };
        // A run of capitalised words, adjacent but for spaces, hyphens, apostrophes and
        // linking words between two capitalised ones.
        run.clear();
        run.push(token);
        let mut prev_end = token.end;
        while let Some(next) = ahead.peek(0, &mut tokens) {
            let gap = text.get(prev_end..next.start).unwrap_or("");
            if gap.is_empty()
                || gap.len() > 3
                || next.sentence_start
                || !gap.chars().all(|c| matches!(c, ' ' | '-' | '\'' | '’'))
            {
                break;
            }
            let linking = is_linking(next.text)
                && ahead.peek(1, &mut tokens).is_some_and(|t| t.capitalised && !t.sentence_start);
            if !next.capitalised && !linking {
                break;
            }
            run.push(next);
            prev_end = next.end;
            ahead.pop();
        }
        // A sentence's first word is a name only if it looks like one.
        if run.first().is_some_and(|t| t.sentence_start && !has_inner_capital(t.text))
            && run.first().is_some_and(|t| common.is_common(t.text))
        {
            run.remove(0);
            if run.is_empty() {
                continue;
            }
        }
        let year = ahead.peek(0, &mut tokens).filter(|t| {
            is_year(t.text)
                && run.last().is_some_and(|last| {
                    text.get(last.end..t.start).is_some_and(|g| g.chars().all(|c| c == ' '))
                })
        });
        // The word lists are asked last: they cost the most.
        let named = run.len() > 1
            || year.is_some()
            || run.iter().any(|t| has_inner_capital(t.text))
            || run.iter().any(|t| !common.is_common(t.text));
        place_key.clear();
        for t in &run {
            lexicon::push_place_key(t.text, &mut place_key);
        }
        if named || lexicon::place(&place_key).is_some() {
            tag_and_key(run.iter().map(|t| t.text), &mut tag, &mut key);
            if let Some(year) = year {
                dated.clone_from(&tag);
                dated.push_str(year.text);
                // A year is ASCII digits: it folds to itself.
                dated_key.clone_from(&key);
                dated_key.push_str(year.text);
                found.add(&dated, &dated_key);
            }
            found.add(&tag, &key);
        }
        // Places inside a longer run ("VivaTech Paris"): each word on its own.
        if run.len() > 1 {
            for t in &run {
                place_key.clear();
                lexicon::push_place_key(t.text, &mut place_key);
                if lexicon::place(&place_key).is_some() {
                    tag_and_key([t.text], &mut tag, &mut key);
                    found.add(&tag, &key);
                }
            }
        }
    }
    found.tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alts(text: &str) -> Vec<String> {
        from_text(text, &SpanSet::default(), &[])
    }

    /// Every token, as the scan reads them.
    fn tokens(text: &str, skip: &SpanSet) -> Vec<(usize, usize, bool)> {
        let mut tokens = Tokens::new(text, skip);
        std::iter::from_fn(|| tokens.next(false))
            .map(|t| (t.start, t.end, t.sentence_start))
            .collect()
    }

    /// The tokens, char by char: maximal runs of alphanumeric chars, kept unless a span of
    /// `skip` covers them or a sigil glues them to one.
    fn reference_tokens(text: &str, skip: &SpanSet) -> Vec<(usize, usize, bool)> {
        let mut out = Vec::new();
        let mut sentence_start = true;
        let mut word_start = None;
        let mut push = |start: usize, end: usize, sentence_start: &mut bool| {
            let before = text.get(..start).unwrap_or("");
            let sigil = matches!(before.chars().next_back(), Some('#' | '@' | '/' | '＃'));
            if !skip.overlaps(&(start..end)) && !sigil {
                out.push((start, end, *sentence_start));
            }
            *sentence_start = false;
        };
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(start) = word_start.take() {
                push(start, i, &mut sentence_start);
            }
            if matches!(c, '.' | '!' | '?' | '\n' | ':' | '|' | '…' | '•') {
                sentence_start = true;
            }
        }
        if let Some(start) = word_start {
            push(start, text.len(), &mut sentence_start);
        }
        out
    }

    /// The suggestions as first written: every token read up front into a list, each tag
    /// spelled, then folded for its key, and the list cut to its first [`KEPT`] at the end.
    fn reference_from_text(text: &str, skip: &SpanSet, existing: &[String]) -> Vec<String> {
        struct Tok<'t> {
            text: &'t str,
            start: usize,
            end: usize,
            sentence_start: bool,
        }
        fn is_capitalised(word: &str) -> bool {
            word.chars().next().is_some_and(char::is_uppercase)
        }
        fn tag_of(words: &[&str]) -> String {
            let mut tag = String::from("#");
            for word in words {
                let mut chars = word.chars().filter(|c| c.is_alphanumeric());
                if let Some(first) = chars.next() {
                    tag.extend(first.to_uppercase());
                    tag.extend(chars);
                }
            }
            tag
        }
        let tokens: Vec<Tok<'_>> = reference_tokens(text, skip)
            .into_iter()
            .map(|(start, end, sentence_start)| Tok {
                text: &text[start..end],
                start,
                end,
                sentence_start,
            })
            .collect();
        let mut common = Common::new();
        let mut found: Vec<String> = Vec::new();
        let mut found_keys: Vec<String> = Vec::new();
        let mut add = |tag: String, found: &mut Vec<String>| {
            let key = super::super::fold::fold(tag.trim_start_matches('#'));
            if key.chars().count() < 2
                || lexicon::listed(&key).is_some()
                || existing.contains(&key)
                || found_keys.contains(&key)
            {
                return;
            }
            found.push(tag);
            found_keys.push(key);
        };
        let mut i = 0;
        while i < tokens.len() {
            let token = &tokens[i];
            if !is_capitalised(token.text) {
                i += 1;
                continue;
            }
            let mut run: Vec<&Tok<'_>> = vec![token];
            let mut j = i + 1;
            while let Some(next) = tokens.get(j) {
                let prev_end = run.last().map_or(0, |t| t.end);
                let gap = text.get(prev_end..next.start).unwrap_or("");
                let joined = gap.chars().all(|c| matches!(c, ' ' | '-' | '\'' | '’'));
                if !joined || gap.is_empty() || gap.len() > 3 || next.sentence_start {
                    break;
                }
                let linking = is_linking(next.text)
                    && tokens
                        .get(j + 1)
                        .is_some_and(|t| is_capitalised(t.text) && !t.sentence_start);
                if is_capitalised(next.text) || linking {
                    run.push(next);
                    j += 1;
                } else {
                    break;
                }
            }
            if run[0].sentence_start
                && !has_inner_capital(run[0].text)
                && common.is_common(run[0].text)
            {
                run.remove(0);
                if run.is_empty() {
                    i = j;
                    continue;
                }
            }
            let words: Vec<&str> = run.iter().map(|t| t.text).collect();
            let year = tokens.get(j).filter(|t| {
                is_year(t.text)
                    && run.last().is_some_and(|last| {
                        text.get(last.end..t.start).is_some_and(|g| g.chars().all(|c| c == ' '))
                    })
            });
            let named = words.len() > 1
                || words.iter().any(|w| has_inner_capital(w))
                || words.iter().any(|w| !common.is_common(w))
                || year.is_some();
            let mut key = String::new();
            for w in &words {
                lexicon::push_place_key(w, &mut key);
            }
            let place = lexicon::place(&key);
            if named || place.is_some() {
                let base = tag_of(&words);
                if let Some(year) = year {
                    add(format!("{base}{}", year.text), &mut found);
                }
                add(base, &mut found);
            }
            if words.len() > 1 {
                for w in &words {
                    key.clear();
                    lexicon::push_place_key(w, &mut key);
                    if lexicon::place(&key).is_some() {
                        add(tag_of(&[w]), &mut found);
                    }
                }
            }
            i = j.max(i + 1);
        }
        found.truncate(KEPT);
        found
    }

    /// Posts made of names, places, years, linking words, sentence stops and entities' sigils.
    fn post() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let piece = proptest::sample::select(vec![
            "Paris",
            "Lyon",
            "Saint-Étienne",
            "VivaTech",
            "Tech",
            "SNCF",
            "Nous",
            "Le",
            "See",
            "Monday",
            "Martine",
            "Welcome",
            "France",
            "Tour",
            "de",
            "du",
            "la",
            "d'",
            "l’",
            "the",
            "of",
            "en",
            "sur",
            "2026",
            "1999",
            "2",
            "innovation",
            "Innovation",
            "rust",
            "Rust",
            "Montréal",
            "Œuvre",
            "É",
            "ǅ",
            "İstanbul",
            "x",
            " ",
            " ",
            " ",
            "  ",
            "-",
            "'",
            "’",
            ". ",
            "! ",
            "? ",
            "\n",
            ": ",
            "|",
            "…",
            "•",
            ", ",
            "#",
            "@",
            "/",
            "＃",
            "🎉",
            "e\u{301}",
            "×",
            "日本",
            "éA",
            "xÉ",
            "ÀB",
            "Ⅻ",
            "Ⓐbc",
            "🄰",
            "ǅx",
            "abcdefghijklm",
            "ABCDEFGHIJ",
            "ça",
            "Ça",
            "\u{a0}",
            "é",
            "A",
        ]);
        proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_the_alphanumeric_runs(
            text in "[aZ0é É.!?:|\n#@/＃’\\-…•\u{301}日🎉×]{0,40}",
            cut in 0usize..40,
        ) {
            let skip = SpanSet::new(std::iter::once(cut..cut + 3));
            proptest::prop_assert_eq!(tokens(&text, &skip), reference_tokens(&text, &skip));
        }

        #[test]
        fn capitals_and_wide_bytes_are_found(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40), from in 0usize..40) {
            let expected = bytes
                .iter()
                .enumerate()
                .skip(from)
                .find(|&(i, &b)| {
                    (b.is_ascii_uppercase() || b >= 0xc0)
                        && !(i > 0 && bytes[i - 1].is_ascii_alphanumeric())
                })
                .map(|(i, _)| i);
            proptest::prop_assert_eq!(capital_or_wide(&bytes, from), expected);
        }

        #[test]
        fn capitalised_tokens_of_any_text(
            text in "[aZ0é É.!?:|\n#@/＃’\\-…•\u{301}日🎉×ÀⅫⒶ🄰ǅ]{0,60}",
            cut in 0usize..60,
        ) {
            let skip = SpanSet::new(std::iter::once(cut..cut + 3));
            let mut scan = Tokens::new(&text, &skip);
            let capitalised: Vec<(usize, usize, bool)> = std::iter::from_fn(|| scan.next(true))
                .map(|t| (t.start, t.end, t.sentence_start))
                .collect();
            let expected: Vec<(usize, usize, bool)> = reference_tokens(&text, &skip)
                .into_iter()
                .filter(|&(start, _, _)| text[start..].chars().next().is_some_and(char::is_uppercase))
                .collect();
            proptest::prop_assert_eq!(capitalised, expected);
        }

        /// Passing over the words that start with a small letter skips none that matter, and
        /// keeps each capitalised one's sentence start.
        #[test]
        fn capitalised_tokens_are_those_of_the_full_scan(text in post(), cut in 0usize..60) {
            let skip = SpanSet::new(std::iter::once(cut..cut + 5));
            let mut scan = Tokens::new(&text, &skip);
            let capitalised: Vec<(usize, usize, bool)> = std::iter::from_fn(|| scan.next(true))
                .map(|t| (t.start, t.end, t.sentence_start))
                .collect();
            let expected: Vec<(usize, usize, bool)> = reference_tokens(&text, &skip)
                .into_iter()
                .filter(|&(start, _, _)| text[start..].chars().next().is_some_and(char::is_uppercase))
                .collect();
            proptest::prop_assert_eq!(capitalised, expected);
        }

        #[test]
        fn the_suggestions_are_those_of_the_simple_code(
            text in post(),
            cut in 0usize..80,
            existing in proptest::sample::subsequence(vec!["paris", "lyon", "vivatech2026", "saintetienne"], 0..3),
        ) {
            let skip = SpanSet::new(std::iter::once(cut..cut + 4));
            let existing: Vec<String> = existing.into_iter().map(String::from).collect();
            proptest::prop_assert_eq!(
                from_text(&text, &skip, &existing),
                reference_from_text(&text, &skip, &existing)
            );
        }
    }

    #[test]
    fn the_bench_posts_get_the_suggestions_of_the_simple_code() {
        let posts = [
            include_str!("../../bench/posts/post-fr.txt"),
            include_str!("../../bench/posts/post-en.txt"),
            include_str!("../../bench/posts/tweet-fr.txt"),
            include_str!("../../bench/posts/tweet-en.txt"),
        ];
        for text in posts {
            for skip in [SpanSet::default(), SpanSet::new([0..5, 30..60, 400..410])] {
                assert_eq!(from_text(text, &skip, &[]), reference_from_text(text, &skip, &[]));
            }
        }
    }

    /// The Latin letters' shortcut answers as the Unicode tables do, for every char.
    #[test]
    fn is_alnum_is_is_alphanumeric() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn is_capital_is_is_uppercase() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_capital(c), c.is_uppercase(), "{c:?}");
        }
    }

    /// The byte table agrees with the chars the scan stands for.
    #[test]
    fn the_byte_classes() {
        for b in 0..=255u8 {
            let c = char::from(b);
            assert_eq!(class(b) & ALNUM != 0, b.is_ascii() && c.is_alphanumeric(), "{b}");
            assert_eq!(
                class(b) & STOP != 0,
                b.is_ascii() && matches!(c, '.' | '!' | '?' | '\n' | ':' | '|'),
                "{b}"
            );
            assert_eq!(class(b) & WIDE != 0, !b.is_ascii(), "{b}");
        }
    }

    #[test]
    fn draws_events_places_and_dates_from_the_post() {
        let a = alts("See you at VivaTech 2026 in Paris! #innovation");
        assert_eq!(a, ["#VivaTech2026", "#VivaTech", "#Paris"]);
        let a = alts("Rendez-vous au Salon de l'Agriculture à Lyon. #innovation");
        assert!(a.contains(&"#Lyon".to_string()), "{a:?}");
        let a = alts("Our Field Service Summit opens in Saint-Étienne.");
        assert!(a.contains(&"#FieldServiceSummit".to_string()), "{a:?}");
        assert!(a.contains(&"#SaintÉtienne".to_string()), "{a:?}");
    }

    #[test]
    fn invents_nothing() {
        // No name, place or event: nothing to suggest.
        assert!(alts("We are proud to share our new vision. #innovation #success").is_empty());
        assert!(
            alts("Nous sommes fiers de vous annoncer notre nouvelle offre. #innovation").is_empty()
        );
        assert!(alts("").is_empty());
        // Every suggestion is spelled from the post's own words.
        let text = "Join us at the Rust Nation 2026 meetup in London with Ferrous Systems.";
        for tag in alts(text) {
            let body = tag.trim_start_matches('#');
            let letters: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
            assert!(letters.contains(body), "{tag} is not from the text");
        }
    }

    #[test]
    fn skips_existing_and_hollow_tags() {
        let a = from_text("Live from Paris", &SpanSet::default(), &["paris".to_string()]);
        assert!(a.is_empty(), "{a:?}");
        assert!(alts("Welcome to France").is_empty());
    }
}
