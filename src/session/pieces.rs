//! What a session keeps of each paragraph besides its findings, so that the document rules'
//! context is assembled from the paragraphs rather than made again from the whole text on
//! every update: the paragraph's segmentation (graphemes, words, sentences), its entities, and
//! the facts the document rules read (its keyed words, what is not in the post's own voice,
//! its sentences' counts, where its marks may start), offsets relative to its start.
//!
//! None of them spans a blank line, so the whole text's are its paragraphs' one after the other,
//! shifted, with one grapheme (and one possible mark) for each `\n` between them: graphemes
//! break around a line break (UAX #29 GB4, GB5; a paragraph that ends in `\r` keeps its `\n`,
//! see `session::paragraphs`), words and sentences break at one, no entity holds a white
//! space, quotations stop at a blank line. A paragraph's marks are indexed with the byte after
//! it in view (a space there may start a run). The session's tests check the assembled parts
//! against the whole text's after every edit.

use crate::entities::{Entities, Entity};
use crate::hashtags::Capitals;
use crate::rules::Context;
use crate::rules::facts::Seed;
use crate::rules::marks::Marks;
use crate::rules::partials::{Partials, Seeded};
use crate::rules::readability::Sentence;
use crate::rules::tone::keyed_words::{Detached, KeyedWord};
use crate::text::shifted::{Shifted, splice_flat};
use crate::text::{Document, Span, SpanSet, Word};

/// One paragraph's parts, offsets relative to its start.
#[derive(Debug, Clone)]
pub(super) struct Pieces {
    /// The start of every grapheme.
    graphemes: Vec<usize>,
    words: Vec<Span>,
    sentences: Vec<Span>,
    entities: Entities,
    keyed: Vec<Detached>,
    not_ours: Vec<Span>,
    counted: Vec<Sentence>,
    marks: Vec<usize>,
    capitals: Capitals,
    partials: Partials,
    /// Its length in UTF-16 units.
    units: usize,
}

impl Pieces {
    /// The parts of a paragraph, from the context of its own check; `with_next` is the
    /// paragraph followed by the byte after it in the text, if any.
    pub(super) fn of(cx: &Context<'_>, with_next: &str) -> Pieces {
        let (doc, len) = (cx.doc, cx.text().len());
        let bounds = doc.grapheme_bounds();
        let mut marks = Marks::index(with_next).positions().to_vec();
        marks.retain(|&at| at < len);
        Pieces {
            graphemes: bounds.get(..bounds.len().saturating_sub(1)).unwrap_or_default().to_vec(),
            words: doc.words().iter().map(|w| w.span.clone()).collect(),
            sentences: doc.sentences().to_vec(),
            entities: cx.entities.clone(),
            keyed: cx.words().iter().map(KeyedWord::detach).collect(),
            not_ours: cx.not_ours().spans().to_vec(),
            counted: cx.sentences().to_vec(),
            marks,
            capitals: Capitals::of(cx.text()),
            partials: Partials::of(cx),
            units: crate::text::utf16_len(cx.text()),
        }
    }
}

/// The whole text's document, entities, facts, capitalised words, partial results and length
/// in UTF-16 units, assembled ([`assemble`]). The lists to keep for the next pass are the
/// entities and what the seed holds of them (its counted sentences, capitalised words and
/// partial results, lent to the document pass's context rather than copied for it):
/// [`Lists::returned`] puts them together again after the pass.
pub(super) struct Assembled<'t> {
    pub(super) doc: Document<'t>,
    pub(super) entities: Entities,
    pub(super) seed: Seeded<'t>,
    /// Whether the lists were spliced from the last ones and the edit's range held no linked
    /// entity and no capitalised word, before the edit or after it: what the hashtag analysis
    /// reads there did not change (but for the white space of a closing wall of tags).
    pub(super) quiet: bool,
}

/// The lists the document rules read whole, in the whole text (its entities, counted
/// sentences, capitalised words and partial results): kept from one document pass to the
/// next, so that after an edit only the edited paragraphs' are made and spliced in.
#[derive(Debug, Clone, Default)]
pub(super) struct Lists {
    entities: Entities,
    counted: Vec<Sentence>,
    capitals: Capitals,
    partials: Partials,
}

impl Lists {
    /// The lists kept for the next pass: `entities` and those the document pass was lent in
    /// `seed` (its counted sentences handed back, [`crate::Checker::with_document`]).
    pub(super) fn returned(entities: Entities, seed: Seeded<'_>) -> Lists {
        let Seeded { facts, capitals, partials, .. } = seed;
        Lists { entities, counted: facts.sentences, capitals, partials }
    }

    /// Whether the edit `typed` (its start, and its end before and after) changed no linked
    /// entity and no capitalised word in `range`, the edited paragraphs of the last text, whose
    /// lists now are `new`: none of the first starts there or in `new`, the second are the
    /// same, none holding the edit.
    fn is_quiet_around(&self, range: &Span, new: &Lists, typed: (usize, usize, usize)) -> bool {
        let e = &self.entities;
        let none = |list: &[Entity]| {
            let i = list.partition_point(|x| x.span.start < range.start);
            list.get(i).is_none_or(|x| x.span.start >= range.end)
        };
        let n = &new.entities;
        none(&e.hashtags)
            && none(&e.mentions)
            && none(&e.urls)
            && none(&e.cashtags)
            && [&n.hashtags, &n.mentions, &n.urls, &n.cashtags].iter().all(|list| list.is_empty())
            && self.capitals.same_around(range, &new.capitals, typed)
    }

    /// Appends a paragraph's, moved to where it starts (`by`).
    fn push(&mut self, pieces: &Pieces, by: usize) {
        let moved = |s: &Span| s.start + by..s.end + by;
        let (e, all) = (&pieces.entities, &mut self.entities);
        let entity = |x: &Entity| Entity::new(x.kind, moved(&x.span));
        all.hashtags.extend(e.hashtags.iter().map(entity));
        all.mentions.extend(e.mentions.iter().map(entity));
        all.urls.extend(e.urls.iter().map(entity));
        all.cashtags.extend(e.cashtags.iter().map(entity));
        all.hidden_urls.extend(e.hidden_urls.iter().map(moved));
        all.emoji.extend(e.emoji.iter().map(moved));
        let counted = pieces.counted.iter().map(|s| Sentence { span: moved(&s.span), ..s.clone() });
        self.counted.extend(counted);
        self.capitals.extend_shifted(&pieces.capitals, by);
        self.partials.extend_shifted(&pieces.partials, by);
    }

    /// What lay in `replaced` swapped for `new` (the edited range's, in place already), what
    /// followed moved `by` bytes (wrapping).
    fn splice(&mut self, replaced: &Span, new: Lists, by: usize) {
        let (all, e) = (&mut self.entities, new.entities);
        splice_flat(&mut all.hashtags, replaced, e.hashtags, by);
        splice_flat(&mut all.mentions, replaced, e.mentions, by);
        splice_flat(&mut all.urls, replaced, e.urls, by);
        splice_flat(&mut all.cashtags, replaced, e.cashtags, by);
        splice_flat(&mut all.hidden_urls, replaced, e.hidden_urls, by);
        splice_flat(&mut all.emoji, replaced, e.emoji, by);
        splice_flat(&mut self.counted, replaced, new.counted, by);
        self.capitals.splice(replaced, new.capitals, by);
        self.partials.splice(replaced, new.partials, by);
    }
}

#[cfg(test)]
impl Lists {
    /// Whether `self` holds the lists `assembled` gives.
    pub(super) fn same(&self, assembled: &Assembled<'_>) -> bool {
        let counts = |all: &[Sentence]| -> Vec<(Span, usize, usize)> {
            all.iter().map(|s| (s.span.clone(), s.words, s.syllables)).collect()
        };
        let seed = &assembled.seed;
        self.entities == assembled.entities
            && counts(&self.counted) == counts(&seed.facts.sentences)
            && self.capitals == seed.capitals
            && self.partials == seed.partials
    }
}

/// The last update's grapheme starts (then the text's length), words, sentences and lists
/// (`None` when they no longer hold: the paragraphs were checked again in another locale), and
/// where the text changed since: `edited` in the new text, `replaced` in the last one, both
/// running from the end of the last paragraph kept before the edit to the start of the first
/// kept after it. Outside them the lists hold what the kept paragraphs give, shifted.
pub(super) struct Reuse {
    /// The edit, exactly: its start, and its end before and after.
    pub(super) typed: (usize, usize, usize),
    pub(super) graphemes: Shifted<usize>,
    pub(super) words: Shifted<Word>,
    pub(super) sentences: Shifted<Span>,
    pub(super) lists: Option<Lists>,
    pub(super) edited: Span,
    pub(super) replaced: Span,
}

impl Reuse {
    /// What follows the replaced range now follows the edited one: moved by this (wrapping:
    /// the text may have grown shorter).
    fn by(&self) -> usize {
        self.edited.end.wrapping_sub(self.replaced.end)
    }

    /// The last lists with what lay in `replaced` swapped for the edited range's (made from
    /// its paragraphs and gaps), and what follows moved by the change in length: the move
    /// stored with the lists, not applied to each item ([`Shifted::splice`]).
    fn spliced(
        self,
        graphemes: Vec<usize>,
        words: Vec<Word>,
        sentences: Vec<Span>,
    ) -> (Shifted<usize>, Shifted<Word>, Shifted<Span>) {
        let by = self.by();
        let Reuse {
            graphemes: mut all_g, words: mut all_w, sentences: mut all_s, replaced, ..
        } = self;
        all_g.splice(replaced.clone(), graphemes, by);
        all_w.splice(replaced.clone(), words, by);
        all_s.splice(replaced, sentences, by);
        (all_g, all_w, all_s)
    }
}

/// The whole text's document, entities and facts, from its paragraphs (their spans in `text`,
/// in order, and their pieces). `None` when a paragraph has no pieces yet or the text between
/// two paragraphs is not line breaks only: the caller then makes them from the whole text.
/// The keyed words, what is not in the post's own voice and the marks only `full`: the
/// document rules read them only in some profiles (they read their partial results instead,
/// [`Partials`]); else none, which a context makes from the text if a rule asks after all.
pub(super) fn assemble<'t, 'p>(
    text: &'t str,
    paragraphs: impl Iterator<Item = (&'p Span, Option<&'p Pieces>)>,
    full: bool,
    mut reuse: Option<Reuse>,
) -> Option<Assembled<'t>> {
    let paragraphs: Vec<(&Span, Option<&Pieces>)> = paragraphs.collect();
    // The last lists kept outside the edited range: only what lies in it is made here.
    let edited = reuse.as_ref().map(|r| r.edited.clone());
    let within = |from: usize, to: usize| {
        edited.as_ref().is_none_or(|edited| from >= edited.start && to <= edited.end)
    };
    let kept = reuse.as_mut().and_then(|r| r.lists.take());
    let lists_within = |from: usize, to: usize| kept.is_none() || within(from, to);
    // Each list allocated once, at its size.
    let size =
        |of: fn(&Pieces) -> usize| paragraphs.iter().filter_map(|(_, p)| p.map(of)).sum::<usize>();
    let gaps = text.len() - paragraphs.iter().map(|(s, _)| s.len()).sum::<usize>();
    let (mut graphemes, mut words, mut sentences) = match reuse {
        Some(_) => (Vec::new(), Vec::new(), Vec::new()),
        None => (
            Vec::with_capacity(size(|p| p.graphemes.len()) + gaps + 1),
            Vec::with_capacity(size(|p| p.words.len())),
            Vec::with_capacity(size(|p| p.sentences.len())),
        ),
    };
    let mut keyed = Vec::with_capacity(if full { size(|p| p.keyed.len()) } else { 0 });
    let mut not_ours = Vec::with_capacity(if full { size(|p| p.not_ours.len()) } else { 0 });
    let mut marks = Vec::with_capacity(if full { size(|p| p.marks.len()) + gaps } else { 0 });
    let mut lists = Lists::default();
    let mut units = gaps;
    let mut at = 0;
    // Between paragraphs, only `\n`: each one grapheme, and a mark's possible start.
    let between = |from: usize, to: usize, graphemes: &mut Vec<usize>, marks: &mut Vec<usize>| {
        let gap = text.as_bytes().get(from..to)?;
        gap.iter().all(|&b| b == b'\n').then(|| {
            if within(from, to) {
                graphemes.extend(from..to);
            }
            if full {
                marks.extend(from..to);
            }
        })
    };
    for (span, pieces) in paragraphs {
        let pieces = pieces?;
        between(at, span.start, &mut graphemes, &mut marks)?;
        let by = span.start;
        let moved = |s: &Span| s.start + by..s.end + by;
        if within(span.start, span.end) {
            graphemes.extend(pieces.graphemes.iter().map(|g| g + by));
            words.extend(pieces.words.iter().map(|w| Word { span: moved(w) }));
            sentences.extend(pieces.sentences.iter().map(moved));
        }
        if lists_within(span.start, span.end) {
            lists.push(pieces, by);
        }
        if full {
            keyed.extend(pieces.keyed.iter().map(|w| w.attach(text, by)));
            not_ours.extend(pieces.not_ours.iter().map(moved));
            marks.extend(pieces.marks.iter().map(|m| m + by));
        }
        units += pieces.units;
        at = span.end;
    }
    between(at, text.len(), &mut graphemes, &mut marks)?;
    let mut quiet = false;
    let lists = match (kept, &reuse) {
        (Some(mut all), Some(r)) => {
            quiet = all.is_quiet_around(&r.replaced, &lists, r.typed);
            all.splice(&r.replaced, lists, r.by());
            all
        }
        _ => lists,
    };
    let (graphemes, words, sentences) = match reuse {
        Some(last) => last.spliced(graphemes, words, sentences),
        None => {
            graphemes.push(text.len());
            (Shifted::new(graphemes), Shifted::new(words), Shifted::new(sentences))
        }
    };
    let Lists { entities, counted, capitals, partials } = lists;
    Some(Assembled {
        doc: Document::from_parts(text, graphemes, words, sentences),
        entities,
        seed: Seeded {
            facts: Seed {
                words: keyed,
                not_ours: SpanSet::new(not_ours),
                sentences: counted,
                marks: Marks::from_positions(marks),
            },
            capitals,
            partials,
            units,
            at_limit: None,
            tags: None,
        },
        quiet,
    })
}

/// Whether `assembled` is what the whole text gives (the tests' check of the module's claim):
/// its document and entities, and the facts `cx`, a context of the whole text, makes.
#[cfg(test)]
pub(super) fn is_whole(assembled: &Assembled<'_>, cx: &Context<'_>) -> bool {
    let (doc, facts) = (&assembled.doc, &assembled.seed.facts);
    let whole = Document::new(doc.text());
    let keys = |words: &[KeyedWord<'_>]| -> Vec<(Span, String)> {
        words.iter().map(|w| (w.span.clone(), format!("{}|{}", w.text, w.key()))).collect()
    };
    let counts = |all: &[Sentence]| -> Vec<(Span, usize, usize)> {
        all.iter().map(|s| (s.span.clone(), s.words, s.syllables)).collect()
    };
    doc.grapheme_bounds() == whole.grapheme_bounds()
        && doc.words() == whole.words()
        && doc.sentences() == whole.sentences()
        && assembled.entities == *cx.entities
        && keys(&facts.words) == keys(cx.words())
        && facts.not_ours.spans() == cx.not_ours().spans()
        && counts(&facts.sentences) == counts(cx.sentences())
        && facts.marks.positions() == cx.marks().positions()
        && assembled.seed.capitals == Capitals::of(doc.text())
        && assembled.seed.partials == Partials::of(cx)
        && assembled.seed.units == crate::text::utf16_len(doc.text())
}
