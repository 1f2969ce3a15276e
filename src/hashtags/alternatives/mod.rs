//! Specific tags drawn from the post itself: the named events, places, products and dates it
//! mentions. Nothing is invented: every suggested tag is spelled from words of the post.
//!
//! A suggestion is a topic, a noun or a name: runs of capitalised words that are job titles
//! ("Senior Director", "Head of Growth", "Chargée de communication"), that hold a shouted word
//! ("BIG NEWS", "NOW"), or that run past [`MAX_WORDS`] words are not suggested (a place inside
//! them still is), and a run never starts or ends with a function word ("The", "Of", "De").
//! A day or a month alone ("Saturday") is no topic either.
//! Fewer suggestions are better than bad ones.

pub(super) mod scan;

use crate::text::SpanSet;
use brio_compile::case::CaseMap as _;

use super::TagMemo;
use super::frequency;
use super::tag_key::push_folded;
use super::tag_lists;
use scan::{Token, Tokens, is_alnum, is_capital};

/// At most this many alternatives are offered for a hollow tag.
pub const MAX: usize = 3;

/// [`from_text`] offers the first this many tags it finds.
const KEPT: usize = MAX * 2;

/// A suggested tag has at most this many words ("Tour de France", "Grand Paris Express"):
/// longer runs are sentences or titles, unreadable as one tag.
pub const MAX_WORDS: usize = 3;

/// A word of a job title, folded: a run holding one names a position, not a topic.
fn is_title_key(key: &str) -> bool {
    matches!(
        key,
        // English
        "assistant" | "associate" | "ceo" | "cfo" | "chief" | "cio" | "ciso" | "cmo" | "coo"
            | "cpo" | "cto" | "cofounder" | "consultant" | "coordinator" | "director"
            | "directors" | "evp" | "executive" | "founder" | "head" | "intern" | "junior"
            | "lead" | "manager" | "managers" | "officer" | "president" | "principal"
            | "senior" | "specialist" | "svp" | "vice" | "vp"
            // French
            | "adjoint" | "adjointe" | "alternant" | "alternante" | "charge" | "chargee"
            | "chef" | "cheffe" | "cofondateur" | "cofondatrice" | "daf" | "dg" | "directeur"
            | "directeurs" | "directrice" | "directrices" | "drh" | "dsi" | "fondateur"
            | "fondatrice" | "gerant" | "gerante" | "pdg" | "presidente" | "responsable"
            | "responsables" | "stagiaire"
    )
}

/// A function word, folded: a name neither starts nor ends with one ("The Rolling Stones" is
/// suggested as #RollingStones, "Head Of" never).
fn is_function_key(key: &str) -> bool {
    matches!(
        key,
        // English
        "a" | "an" | "and" | "at" | "by" | "for" | "from" | "in" | "into" | "its" | "my" | "of"
            | "on" | "or" | "our" | "the" | "their" | "to" | "with" | "your"
            // English pronouns and conjunctions, capitalised mid-sentence after an emoji
            // ("… 💪 If I can do it")
            | "i" | "if" | "we" | "you" | "it" | "he" | "she" | "they" | "but" | "so" | "as"
            | "when"
            // French
            | "au" | "aux" | "avec" | "d" | "dans" | "de" | "des" | "du" | "en" | "et" | "l"
            | "la" | "le" | "les" | "nos" | "notre" | "ou" | "par" | "pour" | "sur" | "un"
            | "une" | "vos" | "votre"
            // French pronouns and conjunctions, and the stems an apostrophe cuts from their
            // word ("Aujourd’hui", "Jusqu’à", "Lorsqu’il")
            | "je" | "j" | "nous" | "vous" | "il" | "elle" | "si" | "mais" | "quand"
            | "aujourd" | "jusqu" | "lorsqu" | "puisqu" | "quoiqu" | "quelqu"
    )
}

/// A day or a month, folded: capitalised in English, yet no topic on its own ("Saturday",
/// "Sundays").
fn is_calendar_key(key: &str) -> bool {
    is_day_or_month(key) || key.strip_suffix('s').is_some_and(is_day_or_month)
}

fn is_day_or_month(key: &str) -> bool {
    matches!(
        key,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "janvier"
            | "fevrier"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "aout"
            | "septembre"
            | "octobre"
            | "novembre"
            | "decembre"
    )
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
/// lookups in the word lists, so answers are remembered for the length of one check, and
/// across checks in the checker's [`TagMemo`].
struct Common<'t, 'm> {
    memo: Vec<(&'t str, bool)>,
    /// The checker's memo.
    words: &'m TagMemo,
    /// The folded word, reused from one word to the next.
    key: String,
}

impl<'t, 'm> Common<'t, 'm> {
    fn new(words: &'m TagMemo) -> Self {
        Common { memo: Vec::with_capacity(16), words, key: String::with_capacity(32) }
    }

    /// `word` folded, in the reused buffer.
    fn fold(&mut self, word: &str) -> &str {
        self.key.clear();
        for c in word.chars() {
            push_folded(c, &mut self.key);
        }
        &self.key
    }

    /// A word of a job title ("Director", "Chargée").
    fn is_title(&mut self, word: &str) -> bool {
        let key = self.fold(word);
        is_title_key(key)
    }

    /// A day or a month ("Saturday", "Mars").
    fn is_calendar(&mut self, word: &str) -> bool {
        let key = self.fold(word);
        is_calendar_key(key)
    }

    /// A function word ("The", "Of", "À").
    fn is_function(&mut self, word: &str) -> bool {
        let key = self.fold(word);
        is_function_key(key)
    }

    /// A shouted word: in capitals, of two letters or more, and a common word ("NOW", "BIG"),
    /// a place usually written otherwise ("PARIS") or too long for an acronym ("INCROYABLE").
    /// Acronyms stay names: "SNCF", "RGPD", "COP28", "USA".
    fn is_shouted(&mut self, word: &'t str) -> bool {
        let mut letters = 0;
        for c in word.chars() {
            if is_capital(c) {
                letters += 1;
            } else if c.is_alphabetic() {
                return false;
            }
        }
        if letters < 2 {
            return false;
        }
        if word.chars().count() > 5 || self.is_common(word) {
            return true;
        }
        self.key.clear();
        tag_lists::push_place_key(word, &mut self.key);
        tag_lists::place(&self.key).is_some_and(|place| place != word)
    }

    fn is_common(&mut self, word: &'t str) -> bool {
        if let Some(&(_, common)) = self.memo.iter().find(|(w, _)| *w == word) {
            return common;
        }
        let key = &mut self.key;
        let common = self.words.common(word, |word| {
            key.clear();
            for c in word.chars() {
                push_folded(c, key);
            }
            let known = |key: &str| {
                frequency::lookup_any(key).is_some_and(|e| e.dictionary && e.zipf() >= 3.0)
            };
            // An inflected form of a common word is as common ("Humbled", "Viewings").
            tag_lists::listed(key).is_some()
                || known(key)
                || ["s", "es", "d", "ed"].iter().any(|end| {
                    key.strip_suffix(end).is_some_and(|stem| stem.len() > 2 && known(stem))
                })
        });
        self.memo.push((word, common));
        common
    }
}

/// Function words that may sit inside a name ("Tour de France", "Salon du Bourget").
fn is_linking(word: &str) -> bool {
    matches!(word, "de" | "du" | "des" | "la" | "le" | "of" | "the" | "d" | "l" | "en" | "sur")
}

/// An elided article: "l" of "l'Agriculture", "d" of "d'Or".
fn is_elided(word: &str) -> bool {
    matches!(word, "l" | "d")
}

/// How many words `run` has, an elided article ("l'", "d'") not counted apart from its noun.
fn words_in(run: &[Token<'_>]) -> usize {
    run.iter().filter(|t| !is_elided(t.text)).count()
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
            for up in first.upper() {
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
            || tag_lists::listed(key).is_some()
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
    from_text_except(text, skip, |key| existing.iter().any(|k| k == key), &TagMemo::default())
}

/// [`from_text`], where `existing` tells whether a folded key is one of the post's tags, and
/// `memo` the checker's memo of common words.
pub fn from_text_except(
    text: &str,
    skip: &SpanSet,
    existing: impl Fn(&str) -> bool,
    memo: &TagMemo,
) -> Vec<String> {
    from_capitals(text, skip, &scan::capitalised(text), existing, memo)
}

/// [`from_text_except`], where `capitals` are the post's capitalised words
/// ([`scan::capitalised`]), found once for the post's names and its alternatives.
pub(super) fn from_capitals(
    text: &str,
    skip: &SpanSet,
    capitals: &[scan::Word],
    existing: impl Fn(&str) -> bool,
    memo: &TagMemo,
) -> Vec<String> {
    let mut tokens = Tokens::new(text, skip, capitals);
    let mut ahead = Ahead { slots: [None, None] };
    let mut common = Common::new(memo);
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
            // A linking word joins when a capitalised word follows, or an elided article that
            // may lead to one ("Salon de l'Agriculture"; a run left ending on it is trimmed).
            let linking = is_linking(next.text)
                && ahead
                    .peek(1, &mut tokens)
                    .is_some_and(|t| !t.sentence_start && (t.capitalised || is_elided(t.text)));
            if !next.capitalised && !linking {
                break;
            }
            run.push(next);
            prev_end = next.end;
            ahead.pop();
        }
        // A sentence's first word is a name only if it looks like one. When it is dropped and
        // a linking word follows it, the rest is a name's tail ("Tour de France" ->
        // "de France"): no topic.
        let mut headless = false;
        if run.first().is_some_and(|t| t.sentence_start && !has_inner_capital(t.text))
            && run.first().is_some_and(|t| common.is_common(t.text))
        {
            run.remove(0);
            if run.is_empty() {
                continue;
            }
            headless = run.first().is_some_and(|t| !t.capitalised);
        }
        // A name neither starts nor ends with a function word.
        while run.first().is_some_and(|t| common.is_function(t.text)) {
            run.remove(0);
        }
        while run.last().is_some_and(|t| common.is_function(t.text)) {
            run.pop();
        }
        if run.is_empty() {
            continue;
        }
        // A topic: not a job title, not shouted, not a sentence, not a date's day or month.
        let lone_date = match run.as_slice() {
            [only] => common.is_calendar(only.text),
            _ => false,
        };
        let topic = !headless
            && !lone_date
            && words_in(&run) <= MAX_WORDS
            && !run.iter().any(|t| common.is_title(t.text) || common.is_shouted(t.text));
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
            tag_lists::push_place_key(t.text, &mut place_key);
        }
        if topic && (named || tag_lists::place(&place_key).is_some()) {
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
        // Places inside a longer run ("VivaTech Paris") or a run that is no topic: each word on
        // its own.
        if run.len() > 1 || !topic {
            for t in &run {
                place_key.clear();
                tag_lists::push_place_key(t.text, &mut place_key);
                if tag_lists::place(&place_key).is_some() && !common.is_shouted(t.text) {
                    tag_and_key([t.text], &mut tag, &mut key);
                    found.add(&tag, &key);
                }
            }
        }
    }
    found.tags
}

#[cfg(test)]
mod tests;
