//! What the document rules that count over the post find in each paragraph, so that an
//! incremental check ([`crate::session`]) combines its paragraphs' partial results instead of
//! reading every word of the document again on each edit.
//!
//! A partial result is what a rule collects before its verdict: the orders in the negative of
//! `tone/prohibitions`, the forms of address of `tone/formality`, the runs of marks of
//! `tone/exclamation` (whose findings past the voice's limit count them over the post). Each is found word by word
//! without reading a word across a blank line ([`apart`], [`within`]): the post's are then its
//! paragraphs' one after the other, shifted. The rule reads them from [`Context::partials`]
//! when a session assembled them, and finds them itself otherwise; its verdict (three orders
//! or more, the less used form of address) and findings are made from them alike. The
//! session's tests check the assembled partials against the whole text's after every edit.

use super::Context;
use super::facts::Seed;
use super::tone::formality::{self, Addressed};
use super::tone::keyed_words::KeyedWord;
use super::tone::{exclamation, prohibitions};
use crate::hashtags::Capitals;
use crate::text::Span;
use crate::text::shifted::{Offsets, splice_flat};

/// One paragraph's partial results (offsets relative to its start), or the whole text's.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Partials {
    /// `tone/prohibitions`'s orders in the negative, in text order.
    pub(crate) prohibitions: Vec<Span>,
    /// `tone/formality`'s forms of address outside quotations (French only), in text order.
    pub(crate) addresses: Vec<Addressed>,
    /// `tone/exclamation`'s runs of marks, in text order.
    pub(crate) exclamations: Vec<Span>,
}

/// A document rule's partial results: those a session assembled (`pick` from `cx.partials`), or
/// `make`'s from the text when the check is whole.
pub(crate) fn or_made<'a, T: Clone>(
    cx: &Context<'a>,
    pick: impl FnOnce(&'a Partials) -> &'a [T],
    make: impl FnOnce(&Context<'a>) -> Vec<T>,
) -> std::borrow::Cow<'a, [T]> {
    match cx.partials {
        Some(partials) => std::borrow::Cow::Borrowed(pick(partials)),
        None => std::borrow::Cow::Owned(make(cx)),
    }
}

impl Partials {
    /// The partial results of the text of `cx`.
    pub(crate) fn of(cx: &Context<'_>) -> Partials {
        Partials {
            prohibitions: prohibitions::orders(cx),
            addresses: formality::addresses(cx),
            exclamations: exclamation::exclamations(cx),
        }
    }

    /// Appends `other`'s, moved `by` bytes on (the partials of a paragraph at `by`).
    pub(crate) fn extend_shifted(&mut self, other: &Partials, by: usize) {
        let moved = |s: &Span| s.start + by..s.end + by;
        self.prohibitions.extend(other.prohibitions.iter().map(moved));
        self.addresses.extend(other.addresses.iter().map(|a| a.moved(by)));
        self.exclamations.extend(other.exclamations.iter().map(moved));
    }

    /// Replaces the results that start in `replaced` with `new`'s (in place already) and moves
    /// those after them `by` bytes (wrapping): a document's after an edit, from the edited
    /// paragraphs' ([`splice_flat`]).
    pub(crate) fn splice(&mut self, replaced: &Span, new: Partials, by: usize) {
        splice_flat(&mut self.prohibitions, replaced, new.prohibitions, by);
        splice_flat(&mut self.addresses, replaced, new.addresses, by);
        splice_flat(&mut self.exclamations, replaced, new.exclamations, by);
    }
}

impl Offsets for Addressed {
    fn start(&self) -> usize {
        self.span.start
    }
    fn moved(&self, by: usize) -> Self {
        let mut moved = self.clone();
        moved.span = self.span.moved(by);
        moved
    }
}

/// What a session assembled from its paragraphs for a check of the whole text: the facts, the
/// capitalised words the hashtag analysis reads, the partial results and the text's length in
/// UTF-16 units (each as the whole text would give it), and where the char holding the unit at
/// the platform's limit starts, when the session found it.
pub(crate) struct Seeded<'t> {
    pub(crate) facts: Seed<'t>,
    pub(crate) capitals: Capitals,
    pub(crate) partials: Partials,
    pub(crate) units: usize,
    /// The byte where the char holding UTF-16 unit `limit` starts (`limit` the platform's, for
    /// the platforms that count in those units), read from the paragraph that holds it: the
    /// length's overflow then reads no char before it.
    pub(crate) at_limit: Option<usize>,
    /// The hashtag analysis, when the session kept the last pass's and the edit since changed
    /// nothing it reads: the pass takes it instead of analysing again, and puts its analysis
    /// back here for the session to keep.
    pub(crate) tags: Option<crate::hashtags::Analysis>,
}

/// Whether a blank line (two `\n` in a row) lies between the words `a` and `b` of `text`: a
/// rule that reads a word's neighbours reads none across one, so that what it finds in a
/// paragraph does not depend on the paragraphs around it.
pub(crate) fn apart(text: &str, a: &KeyedWord<'_>, b: &KeyedWord<'_>) -> bool {
    let gap = text.as_bytes().get(a.span.end..b.span.start).unwrap_or_default();
    // Most gaps between words are one space.
    gap.len() >= 2 && gap.windows(2).any(|pair| pair == b"\n\n")
}

/// How many words after a word a rule reads at most ([`within`]).
const AHEAD: usize = 9;

/// `all` cut before the first word after word `i` that a blank line parts from the one before
/// it, looked for among the [`AHEAD`] words after `i` (what the rules read of the words after
/// a candidate): the words a rule may read after word `i`.
pub(crate) fn within<'a, 't>(
    text: &str,
    all: &'a [KeyedWord<'t>],
    i: usize,
) -> &'a [KeyedWord<'t>] {
    let last = all.len().min(i + AHEAD + 1);
    for end in i + 1..last {
        let (Some(a), Some(b)) = (all.get(end - 1), all.get(end)) else { break };
        if apart(text, a, b) {
            return all.get(..end).unwrap_or(all);
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn the_words_read_after_one_stop_at_a_blank_line() {
        let text = "Un deux.\ntrois\n\nquatre\r\n\ncinq \n \n six";
        Case::fr(text).context(|cx| {
            let all = cx.words();
            let after = |i: usize| -> Vec<&str> {
                within(cx.text(), all, i).iter().skip(i + 1).map(|w| w.text).collect()
            };
            assert_eq!(after(0), ["deux", "trois"]);
            assert_eq!(after(3), Vec::<&str>::new());
            assert_eq!(after(4), ["six"]);
            let parted: Vec<bool> =
                all.windows(2).map(|p| apart(cx.text(), &p[0], &p[1])).collect();
            assert_eq!(parted, [false, false, true, true, false]);
        });
    }
}
