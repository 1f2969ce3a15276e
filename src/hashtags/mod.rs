//! Hashtag intelligence: which tags are hollow, used on autopilot, banned, required, badly cased
//! or too many, computed once per check and read by the `hashtag/` rules.
//!
//! - [`lexicon`]: the curated FR/EN list of saturated tags, and place names;
//! - [`words`]: compact word-frequency lists and word segmentation;
//! - [`camel`]: the CamelCase form of run-together tags, and whether it is certain;
//! - [`score`]: how hollow a tag is, listed or not;
//! - [`alternatives`]: specific tags drawn from the post's own words;
//! - [`history`]: tag habits across the account's past posts (also `brio audit`);
//! - [`visibility`]: the chance of being seen in a tag's feed, from integrator statistics.

pub mod alternatives;
pub mod camel;
pub mod frequency;
pub mod history;
mod names;
pub mod score;
pub mod tag_key;
pub mod tag_lists;
pub mod visibility;
pub mod words;

use std::collections::HashSet;

use crate::CheckOptions;
use crate::entities::{Dialect, Entities};
use crate::i18n::Locale;
use crate::profile::Profile;
use crate::report::Grade;
use crate::text::Span;

pub use camel::{Camel, camel_case};
pub use score::{Hollow, Hollowness, Specific};
pub use visibility::{TagStats, Visibility};

/// A trailing block of at least this many tags is a wall of tags.
pub const WALL: usize = 4;

/// The profile's hashtag settings, folded once per checker.
#[derive(Debug, Clone, Default)]
pub struct HashtagConfig {
    /// (key, as written) of each banned tag.
    pub banned: Vec<(String, String)>,
    /// (key, as written, with its sigil) of each required campaign tag.
    pub required: Vec<(String, String)>,
    pub allowed: HashSet<String>,
    /// Keys of the brand's and its stakeholders' names: never hollow.
    pub names: HashSet<String>,
}

impl HashtagConfig {
    pub fn build(profile: &Profile) -> HashtagConfig {
        let pairs = |tags: &[String]| -> Vec<(String, String)> {
            tags.iter()
                .map(|t| {
                    let body = tag_key::strip_sigil(t.trim());
                    (tag_key::fold(body), format!("#{body}"))
                })
                .filter(|(k, _)| !k.is_empty())
                .collect()
        };
        let mut names: HashSet<String> = HashSet::new();
        for name in profile.name.iter().chain(profile.stakeholders.iter().map(|s| &s.name)) {
            names.insert(tag_lists::place_key(name));
        }
        HashtagConfig {
            banned: pairs(&profile.hashtags.banned),
            required: pairs(&profile.hashtags.required),
            allowed: profile.hashtags.allowed.iter().map(|t| tag_key::key(t)).collect(),
            names,
        }
    }
}

/// One hashtag of the post, analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    pub span: Span,
    /// Folded, without its sigil.
    pub key: String,
    pub hollowness: Hollowness,
    pub grade: Grade,
    /// For a repeat, the index of the tag's first occurrence.
    pub first: Option<usize>,
    /// The tag's use across recent past posts, when it is used on autopilot.
    pub habit: Option<history::Usage>,
    /// The chance of being seen, when the integrator gave the tag's statistics.
    pub visibility: Option<Visibility>,
    /// The CamelCase form of a run-together lower-case tag, and whether it is certain.
    pub camel: Option<Camel>,
}

/// A post's hashtags, analysed once per check.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// In the order of `entities.hashtags`.
    pub tags: Vec<Tag>,
    /// The tags stacked at the end of the post, when there are [`WALL`] or more: its span and
    /// the number of tags.
    pub wall: Option<(Span, usize)>,
    /// Specific tags drawn from the post's words (only computed when a tag is hollow).
    pub alternatives: Vec<String>,
    /// The profile's required tags the post lacks, as the profile writes them (with `#`).
    pub missing: Vec<String>,
}

impl Analysis {
    /// The analysis of `text`, an edit of the text analysed, where every tag that started at
    /// or after byte `from` now lies `by` bytes further on (wrapping) and those before stay,
    /// all else it reads the same (no tag, link or capitalised word changed). Only the closing
    /// wall of tags is read again: the white space after the last tag, and between tags, may
    /// hold the edit.
    pub(crate) fn moved(mut self, from: usize, by: usize, text: &str) -> Analysis {
        for tag in self.tags.iter_mut().filter(|t| t.span.start >= from) {
            tag.span = tag.span.start.wrapping_add(by)..tag.span.end.wrapping_add(by);
        }
        self.wall = trailing_wall(text, &self.tags);
        self
    }

    /// The grade of each hashtag, for the report.
    pub fn grades(&self) -> Vec<Option<Grade>> {
        self.tags.iter().map(|t| Some(t.grade)).collect()
    }

    /// Distinct tags (repeats not counted).
    pub fn distinct(&self) -> usize {
        self.tags.iter().filter(|t| t.first.is_none()).count()
    }
}

/// What a tag's spelling alone tells, whatever the post: its score from the lexicon and the
/// word lists (before the profile, the post's names and the integrator's statistics have their
/// say) and its CamelCase form. Both walk the word lists from every position of the tag, which
/// costs far more than the rest of a tag's analysis; a checker checks the same post again on
/// every keystroke, and an account reuses its tags from post to post, so each spelling is
/// worked out once per checker and read from here afterwards.
///
/// It also remembers which capitalised words are common words, for the alternatives.
///
/// Bounded: past [`TagMemo::CAPACITY`] spellings (or words) it starts afresh, so that a paste of
/// thousands of distinct tags costs what it did without a memo. A clone of a checker starts
/// with an empty memo.
#[derive(Debug, Default)]
pub struct TagMemo {
    /// By spelling, one map per locale (French, English), so that a look-up takes the
    /// spelling as it is, without a copy.
    spellings: std::sync::Mutex<[std::collections::HashMap<String, Lexical>; 2]>,
    /// Whether a capitalised word of a post is a common word rather than a name (see
    /// [`alternatives`]): asked of the post's sentence openers on every check.
    common: std::sync::Mutex<std::collections::HashMap<String, bool>>,
}

/// A tag's verdict from its spelling alone (see [`TagMemo`]).
#[derive(Debug, Clone)]
struct Lexical {
    score: Hollowness,
    camel: Option<Camel>,
}

impl Clone for TagMemo {
    fn clone(&self) -> Self {
        TagMemo::default()
    }
}

impl TagMemo {
    /// Spellings remembered before the memo starts afresh.
    pub const CAPACITY: usize = 4096;

    /// The lexical verdict of the tag written `body` (folded to `key`) in a `locale` post,
    /// from the memo or worked out now.
    fn lexical(&self, locale: Locale, body: &str, key: &str) -> Lexical {
        let lock = || self.spellings.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(found) = in_locale(&mut lock(), locale).get(body) {
            return found.clone();
        }
        let found = lexical(locale, body, key);
        let mut all = lock();
        let spellings = in_locale(&mut all, locale);
        if spellings.len() >= Self::CAPACITY {
            spellings.clear();
        }
        spellings.insert(body.to_owned(), found.clone());
        found
    }

    /// Whether `word` is a common word, from the memo or asked of `common` now.
    fn common(&self, word: &str, common: impl FnOnce(&str) -> bool) -> bool {
        let lock = || self.common.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(&found) = lock().get(word) {
            return found;
        }
        let found = common(word);
        let mut words = lock();
        if words.len() >= Self::CAPACITY {
            words.clear();
        }
        words.insert(word.to_owned(), found);
        found
    }
}

/// The memo's spellings of `locale`.
fn in_locale(
    [fr, en]: &mut [std::collections::HashMap<String, Lexical>; 2],
    locale: Locale,
) -> &mut std::collections::HashMap<String, Lexical> {
    match locale {
        Locale::Fr => fr,
        Locale::En => en,
    }
}

/// [`Lexical`], worked out: one segmentation, made only if read, serves both the score and
/// the CamelCase form (a candidate body folds char by char to `key` itself).
fn lexical(locale: Locale, body: &str, key: &str) -> Lexical {
    let segmented = std::cell::OnceCell::new();
    let split = || segmented.get_or_init(|| frequency::split(locale, key)).as_ref();
    let pieces = || split().map(|s| s.pieces.as_slice());
    let camel = if camel::candidate(body) {
        split().and_then(|s| camel::from_split(body, key, s))
    } else {
        None
    };
    // A short tag all in capitals is an acronym (#SPA, an animal shelter; #BTP), not the word
    // its letters may spell: unless the lexicon lists it, it is graded as a name.
    let acronym = is_acronym(body);
    let score = score::score_from(
        key,
        tag_lists::listed(key),
        || if acronym { None } else { frequency::lookup_any(key) },
        || if acronym { None } else { pieces() },
        locale,
    );
    Lexical { score, camel }
}

/// Whether a tag body is two to five letters, all capitals (#SPA, #RSE, #PSG).
fn is_acronym(body: &str) -> bool {
    let letters = body.chars().count();
    (2..=5).contains(&letters) && body.chars().all(char::is_uppercase)
}

/// Where the first tag of each key is. A post has a handful of tags, compared in a line; a
/// paste may have thousands (20,000 tags compared in a line would cost 200 million
/// comparisons), which are looked up in a map, built once the tags outnumber [`Firsts::FEW`].
#[derive(Default)]
struct Firsts {
    index: Option<std::collections::HashMap<String, usize>>,
}

impl Firsts {
    const FEW: usize = 64;

    /// The index in `tags` of the first tag whose key is `key`.
    fn get(&mut self, tags: &[Tag], key: &str) -> Option<usize> {
        if tags.len() <= Self::FEW {
            return tags.iter().position(|t| t.key == key);
        }
        let index = self.index.get_or_insert_with(|| {
            let mut index = std::collections::HashMap::with_capacity(tags.len() * 2);
            for (i, tag) in tags.iter().enumerate() {
                index.entry(tag.key.clone()).or_insert(i);
            }
            index
        });
        index.get(key).copied()
    }

    /// Records that the tag at `i`, with `key`, is the first of its key.
    fn insert(&mut self, key: &str, i: usize) {
        if let Some(index) = &mut self.index {
            index.insert(key.to_owned(), i);
        }
    }
}

/// The capitalised words of a text, which the analysis reads for the post's names and its
/// alternatives (found by the alternatives' scanner). A session keeps each paragraph's: the
/// scan looks back no further than the last line break, so a document's are its paragraphs'
/// one after the other, shifted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Capitals(Vec<alternatives::scan::Word>);

impl Capitals {
    /// The capitalised words of `text`.
    pub(crate) fn of(text: &str) -> Capitals {
        Capitals(alternatives::scan::capitalised(text))
    }

    /// Appends `other`'s, moved `by` bytes on (the words of a paragraph at `by`).
    pub(crate) fn extend_shifted(&mut self, other: &Capitals, by: usize) {
        let moved = |w: &alternatives::scan::Word| alternatives::scan::Word {
            start: w.start + by,
            end: w.end + by,
            ..*w
        };
        self.0.extend(other.0.iter().map(moved));
    }

    /// Whether the analysis reads nothing of `text` from byte `at` on through the capitalised
    /// words that start before it: after the last of them, six words (as the analysis's
    /// scanner reads them) end before `at` and no linked entity of `entities` starts from it to
    /// `at`. A name's words run five from its first, an alternative's run and the words it
    /// looks ahead at fewer: none reaches `at`.
    pub(crate) fn read_before(&self, text: &str, at: usize, entities: &Entities) -> bool {
        let i = self.0.partition_point(|w| w.start < at);
        let Some(last) = i.checked_sub(1).and_then(|i| self.0.get(i)) else { return true };
        let lists = [&entities.hashtags, &entities.mentions, &entities.urls, &entities.cashtags];
        let linked = lists.iter().any(|list| {
            let k = list.partition_point(|e| e.span.start < last.start);
            list.get(k).is_some_and(|e| e.span.start < at)
        });
        if linked {
            return false;
        }
        let mut words = alternatives::scan::Scanner::new(text);
        words.at = last.end;
        (0..6).all(|_| words.next_word().is_some_and(|w| w.end < at))
    }

    /// Whether the words that start in `range` of the last text are `new`'s, the same words
    /// moved by the edit `(start, old end, new end)`, none of them holding it.
    pub(crate) fn same_around(
        &self,
        range: &crate::text::Span,
        new: &Capitals,
        (at, old_end, new_end): (usize, usize, usize),
    ) -> bool {
        let i = self.0.partition_point(|w| w.start < range.start);
        let j = self.0.partition_point(|w| w.start < range.end).max(i);
        let old = self.0.get(i..j).unwrap_or_default();
        old.len() == new.0.len()
            && old.iter().zip(&new.0).all(|(o, n)| {
                let moved = if o.end <= at {
                    Some((o.start, o.end))
                } else if o.start >= old_end {
                    Some((o.start - old_end + new_end, o.end - old_end + new_end))
                } else {
                    None
                };
                moved == Some((n.start, n.end))
                    && o.sentence_start == n.sentence_start
                    && o.capitalised == n.capitalised
            })
    }

    /// Whether a whole word (as the analysis's scanner reads them) lies between byte `at` of
    /// `text` and the first capitalised word from there on, if any: what a name reads before
    /// its first word, to tell whether it starts a sentence, then lies after `at`.
    pub(crate) fn word_before_next(&self, text: &str, at: usize) -> bool {
        let i = self.0.partition_point(|w| w.start < at);
        let Some(next) = self.0.get(i) else { return true };
        let mut words = alternatives::scan::Scanner::new(text);
        words.at = at;
        words.next_word().is_some_and(|w| w.start > at && w.end < next.start)
    }

    /// Replaces the words that start in `replaced` with `new`'s (in place already) and moves
    /// the words after them `by` bytes (wrapping): the words of a document after an edit, from
    /// the edited paragraphs' ([`crate::text::shifted::splice_flat`]).
    pub(crate) fn splice(&mut self, replaced: &crate::text::Span, new: Capitals, by: usize) {
        crate::text::shifted::splice_flat(&mut self.0, replaced, new.0, by);
    }
}

impl crate::text::shifted::Offsets for alternatives::scan::Word {
    fn start(&self) -> usize {
        self.start
    }
    fn moved(&self, by: usize) -> Self {
        Self { start: self.start.wrapping_add(by), end: self.end.wrapping_add(by), ..*self }
    }
}

/// Analyses the post's hashtags. `text` is the post, `dialect` how past posts are linked;
/// `memo` holds the verdicts of the spellings already seen.
pub fn analyze(
    text: &str,
    entities: &Entities,
    config: &HashtagConfig,
    options: &CheckOptions,
    locale: Locale,
    dialect: Dialect,
    memo: &TagMemo,
) -> Analysis {
    analyze_seeded(text, entities, config, options, locale, dialect, memo, None)
}

/// [`analyze`], with the post's capitalised words given when they are known already (a session
/// assembles them from its paragraphs').
#[allow(clippy::too_many_arguments)]
pub(crate) fn analyze_seeded(
    text: &str,
    entities: &Entities,
    config: &HashtagConfig,
    options: &CheckOptions,
    locale: Locale,
    dialect: Dialect,
    memo: &TagMemo,
    known: Option<&Capitals>,
) -> Analysis {
    if entities.hashtags.is_empty() {
        let missing = config.required.iter().map(|(_, tag)| tag.clone()).collect();
        return Analysis { missing, ..Analysis::default() };
    }
    let habits: Vec<history::Usage> = if options.history.len() >= history::MIN_POSTS {
        history::usage_of_posts(&options.history, dialect)
            .into_iter()
            .filter(history::Usage::is_autopilot)
            .collect()
    } else {
        Vec::new()
    };
    let mut tags: Vec<Tag> = Vec::with_capacity(entities.hashtags.len());
    let mut firsts = Firsts::default();
    // Read only when a tag needs them, each at most once: the spans of links, tags and
    // mentions, the post's capitalised words (for its names and its alternatives alike), and
    // its names.
    let linked = std::cell::OnceCell::new();
    let linked = || linked.get_or_init(|| entities.linked());
    let made = std::cell::OnceCell::new();
    let capitals = || match known {
        Some(Capitals(known)) => known.as_slice(),
        None => made.get_or_init(|| alternatives::scan::capitalised(text)).as_slice(),
    };
    let names = std::cell::OnceCell::new();
    for entity in &entities.hashtags {
        let body = entity.body(text);
        let key = tag_key::fold(body);
        let first = firsts.get(&tags, &key);
        if let Some(i) = first.and_then(|i| tags.get(i)) {
            let mut repeat = i.clone();
            repeat.span = entity.span.clone();
            repeat.first = first;
            repeat.camel = None;
            tags.push(repeat);
            continue;
        }
        let Lexical { score, camel } = memo.lexical(locale, body, &key);
        let mut hollowness = if config.allowed.contains(&key) || config.names.contains(&key) {
            Hollowness::Specific(Specific::Profile)
        } else {
            score
        };
        // A common word the post itself writes as a proper noun ("à Menton") names a place or
        // an event; the curated lexicon's tags stay hollow whatever the post says.
        let unlisted =
            matches!(hollowness, Hollowness::Hollow(Hollow::Word { .. } | Hollow::Compound));
        if unlisted
            && names.get_or_init(|| names::Names::new(text, linked(), capitals())).names(&key)
        {
            hollowness = Hollowness::Specific(Specific::Name);
        }
        let visibility = visibility::lookup(&options.hashtag_stats, body, &key)
            .map(|stats| visibility::estimate(*stats, options.audience));
        if let (Hollowness::Hollow(_), Some(v)) = (&hollowness, &visibility) {
            if v.is_seen() {
                hollowness = Hollowness::Specific(Specific::Seen);
            }
        }
        let habit = habits.iter().find(|u| u.key == key).cloned();
        let grade = if config.banned.iter().any(|(k, _)| *k == key) {
            Grade::Banned
        } else if config.required.iter().any(|(k, _)| *k == key) {
            Grade::Campaign
        } else if habit.is_some() {
            Grade::Autopilot
        } else if matches!(hollowness, Hollowness::Hollow(_)) {
            Grade::Hollow
        } else {
            Grade::Specific
        };
        firsts.insert(&key, tags.len());
        tags.push(Tag {
            span: entity.span.clone(),
            key,
            hollowness,
            grade,
            first: None,
            habit,
            visibility,
            camel,
        });
    }
    let wall = trailing_wall(text, &tags);
    let alternatives = if tags.iter().any(|t| matches!(t.hollowness, Hollowness::Hollow(_))) {
        let existing = |key: &str| tags.iter().any(|t| t.key == key);
        alternatives::from_capitals(text, linked(), capitals(), existing, memo)
    } else {
        Vec::new()
    };
    let missing = config
        .required
        .iter()
        .filter(|(key, _)| tags.iter().all(|t| t.key != *key))
        .map(|(_, tag)| tag.clone())
        .collect();
    Analysis { tags, wall, alternatives, missing }
}

/// The block of tags closing the post, separated only by white space, when it has [`WALL`] or
/// more tags.
fn trailing_wall(text: &str, tags: &[Tag]) -> Option<(Span, usize)> {
    let last = tags.last()?;
    let after = text.get(last.span.end..)?;
    if !after.chars().all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '…')) {
        return None;
    }
    let mut start = last.span.start;
    let mut count = 1;
    for tag in tags.iter().rev().skip(1) {
        let gap = text.get(tag.span.end..start)?;
        if !gap.chars().all(char::is_whitespace) {
            break;
        }
        start = tag.span.start;
        count += 1;
    }
    (count >= WALL).then_some((start..last.span.end, count))
}

/// The span that removes the tag at `span` cleanly: with one space before it (or after it,
/// when it opens a line), so that no double space is left behind.
pub fn removal_span(text: &str, span: &Span) -> Span {
    let before = text.get(..span.start).and_then(|b| b.chars().next_back());
    let after = text.get(span.end..).and_then(|a| a.chars().next());
    match (before, after) {
        (Some(' ' | '\t'), _) => span.start - 1..span.end,
        (_, Some(' ' | '\t')) => span.start..span.end + 1,
        _ => span.clone(),
    }
}

#[cfg(test)]
mod tests;
