//! The facts about a post that several rules read: each made on first use, by whichever rule
//! asks first, and kept for the rest of the check. [`Facts`] holds them; [`Context`] hands them
//! out ([`Context::words`], [`Context::not_ours`], [`Context::sentences`], [`Context::marks`]),
//! and the module each fact belongs to says how it is made.
//!
//! What every check needs (the document, entities, length, lexicon scan, hashtag analysis) is
//! made eagerly in `Checker::with_context`; what only some rules need is made here, lazily, so
//! that a check whose rules are off or whose post has no words pays nothing for it.
//! See `docs/architecture.md` ("Per-check facts").

use std::cell::OnceCell;

use super::Context;
use super::marks::Marks;
use super::readability::{self, Sentence};
use super::tone::{context, keyed_words, keyed_words::KeyedWord};
use crate::text::SpanSet;

/// The lazily made facts of one check; owned by its [`Context`].
#[derive(Default)]
pub(crate) struct Facts<'t> {
    words: OnceCell<Vec<KeyedWord<'t>>>,
    not_ours: OnceCell<SpanSet>,
    sentences: OnceCell<Vec<Sentence>>,
    marks: OnceCell<Marks>,
}

impl<'t> Context<'t> {
    /// The post's words outside links, tags and mentions, each with its folded key (the tone
    /// rules that read grammar; see [`keyed_words`]).
    pub(crate) fn words(&self) -> &[KeyedWord<'t>] {
        self.facts.words.get_or_init(|| keyed_words::collect(self))
    }

    /// Quotations and reported speech, which the tone rules leave alone (see [`context`]).
    pub(crate) fn not_ours(&self) -> &SpanSet {
        self.facts.not_ours.get_or_init(|| context::not_ours(self))
    }

    /// The sentences with their word and syllable counts, URLs left out (the readability
    /// rules; see [`readability`]).
    pub(crate) fn sentences(&self) -> &[Sentence] {
        self.facts.sentences.get_or_init(|| readability::count_sentences(self))
    }

    /// Where a typographic mark may start (the rules that look for marks, through
    /// [`Context::find_marks`] and its kin; see [`super::marks`]).
    pub(crate) fn marks(&self) -> &Marks {
        self.facts.marks.get_or_init(|| Marks::index(self.text()))
    }

    /// Sets the facts that a session assembled from its paragraphs' (`crate::session`), before
    /// any rule asks for them: each as it would be made from the whole text. A fact already
    /// made is kept.
    pub(crate) fn seed(&self, seed: Seed<'t>) {
        // `set` fails only on a fact already made, which is then the same. An empty fact is
        // left to be made from the text if a rule asks (a session assembles some facts only
        // where a rule will read them; made, an empty one is the same).
        if !seed.words.is_empty() {
            let _ = self.facts.words.set(seed.words);
        }
        if !seed.not_ours.is_empty() {
            let _ = self.facts.not_ours.set(seed.not_ours);
        }
        if !seed.sentences.is_empty() {
            let _ = self.facts.sentences.set(seed.sentences);
        }
        if !seed.marks.positions().is_empty() {
            let _ = self.facts.marks.set(seed.marks);
        }
    }

    /// The counted sentences, taken out of the context (a session keeps the ones it seeded
    /// for its next check).
    pub(crate) fn take_sentences(&mut self) -> Vec<Sentence> {
        self.facts.sentences.take().unwrap_or_default()
    }
}

/// Facts made elsewhere than from the context's text, for [`Context::seed`].
#[derive(Default)]
pub(crate) struct Seed<'t> {
    pub words: Vec<KeyedWord<'t>>,
    pub not_ours: SpanSet,
    pub sentences: Vec<Sentence>,
    pub marks: Marks,
}
