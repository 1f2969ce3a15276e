//! What a session keeps of each paragraph besides its findings, so that the document rules'
//! context is assembled from the paragraphs rather than made again from the whole text on
//! every update: the paragraph's segmentation (graphemes, words, sentences) and its entities,
//! offsets relative to its start.
//!
//! None of them spans a blank line, so the whole text's are its paragraphs' one after the other,
//! shifted, with one grapheme for each `\n` between them: graphemes break around a line break
//! (UAX #29 GB4, GB5; a paragraph that ends in `\r` keeps its `\n`, see `session::paragraphs`),
//! words and sentences break at one, and no entity holds a white space. The session's tests
//! check the assembled parts against [`Document::new`] and [`entities::extract`] of the whole
//! text after every edit.

use crate::entities::{Entities, Entity};
use crate::text::{Document, Span, Word};

/// One paragraph's parts, offsets relative to its start.
#[derive(Debug, Clone)]
pub(super) struct Pieces {
    /// The start of every grapheme.
    graphemes: Vec<usize>,
    words: Vec<Span>,
    sentences: Vec<Span>,
    entities: Entities,
}

impl Pieces {
    /// The parts of a paragraph, from its document and entities.
    pub(super) fn of(doc: &Document<'_>, entities: &Entities) -> Pieces {
        let bounds = doc.grapheme_bounds();
        Pieces {
            graphemes: bounds.get(..bounds.len().saturating_sub(1)).unwrap_or_default().to_vec(),
            words: doc.words().iter().map(|w| w.span.clone()).collect(),
            sentences: doc.sentences().to_vec(),
            entities: entities.clone(),
        }
    }
}

/// The whole text's document and entities, from its paragraphs (their spans in `text`, in
/// order, and their pieces). `None` when a paragraph has no pieces yet or the text between two
/// paragraphs is not line breaks only: the caller then makes them from the whole text.
pub(super) fn assemble<'t, 'p>(
    text: &'t str,
    paragraphs: impl Iterator<Item = (&'p Span, Option<&'p Pieces>)>,
) -> Option<(Document<'t>, Entities)> {
    let mut graphemes = Vec::with_capacity(text.len() + 1);
    let (mut words, mut sentences) = (Vec::new(), Vec::new());
    let mut all = Entities::default();
    let mut at = 0;
    let between = |from: usize, to: usize, graphemes: &mut Vec<usize>| {
        let gap = text.as_bytes().get(from..to)?;
        gap.iter().all(|&b| b == b'\n').then(|| graphemes.extend(from..to))
    };
    for (span, pieces) in paragraphs {
        let pieces = pieces?;
        between(at, span.start, &mut graphemes)?;
        let by = span.start;
        let moved = |s: &Span| s.start + by..s.end + by;
        graphemes.extend(pieces.graphemes.iter().map(|g| g + by));
        words.extend(pieces.words.iter().map(|w| Word { span: moved(w) }));
        sentences.extend(pieces.sentences.iter().map(moved));
        let e = &pieces.entities;
        let entity = |x: &Entity| Entity::new(x.kind, moved(&x.span));
        all.hashtags.extend(e.hashtags.iter().map(entity));
        all.mentions.extend(e.mentions.iter().map(entity));
        all.urls.extend(e.urls.iter().map(entity));
        all.cashtags.extend(e.cashtags.iter().map(entity));
        all.hidden_urls.extend(e.hidden_urls.iter().map(moved));
        all.emoji.extend(e.emoji.iter().map(moved));
        at = span.end;
    }
    between(at, text.len(), &mut graphemes)?;
    graphemes.push(text.len());
    Some((Document::from_parts(text, graphemes, words, sentences), all))
}

/// Whether `assembled` is what the whole text gives (the tests' check of the module's claim).
#[cfg(test)]
pub(super) fn is_whole(
    assembled: &(Document<'_>, Entities),
    dialect: crate::entities::Dialect,
) -> bool {
    let (doc, found) = assembled;
    let whole = Document::new(doc.text());
    doc.grapheme_bounds() == whole.grapheme_bounds()
        && doc.words() == whole.words()
        && doc.sentences() == whole.sentences()
        && *found == crate::entities::extract(doc.text(), dialect)
}
