//! What the document rules that count over the post find in each paragraph, so that an
//! incremental check ([`crate::session`]) combines its paragraphs' partial results instead of
//! reading every word of the document again on each edit.
//!
//! A partial result is what a rule collects before its verdict: the orders in the negative of
//! `tone/prohibitions`, the forms of address of `tone/formality`, the runs of marks of
//! `tone/exclamation` (whose findings past the voice's limit count them over the post). Each is found word by word
//! within a block of the text that no blank line crosses ([`blocks`]): the post's are then its
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
}

/// What a session assembled from its paragraphs for a check of the whole text: the facts, the
/// capitalised words the hashtag analysis reads, the partial results and the text's length in
/// UTF-16 units (each as the whole text would give it).
pub(crate) struct Seeded<'t> {
    pub(crate) facts: Seed<'t>,
    pub(crate) capitals: Capitals,
    pub(crate) partials: Partials,
    pub(crate) units: usize,
}

/// `all`, the post's keyed words, cut where a blank line (two `\n` in a row) lies between two
/// words: what a rule that reads a word's neighbours reads them within, so that what it finds
/// in a paragraph does not depend on the paragraphs around it.
pub(crate) fn blocks<'a, 't>(
    text: &'a str,
    all: &'a [KeyedWord<'t>],
) -> impl Iterator<Item = &'a [KeyedWord<'t>]> {
    let mut rest = all;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = rest
            .windows(2)
            .position(|pair| {
                let [a, b] = pair else { return false };
                text.get(a.span.end..b.span.start).is_some_and(|gap| gap.contains("\n\n"))
            })
            .map_or(rest.len(), |i| i + 1);
        let (block, after) = rest.split_at(cut);
        rest = after;
        Some(block)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn blocks_are_cut_at_blank_lines_only() {
        let text = "Un deux.\ntrois\n\nquatre\r\n\ncinq \n \n six";
        Case::fr(text).context(|cx| {
            let cut: Vec<Vec<&str>> =
                blocks(cx.text(), cx.words()).map(|b| b.iter().map(|w| w.text).collect()).collect();
            assert_eq!(cut, [vec!["Un", "deux", "trois"], vec!["quatre"], vec!["cinq", "six"]]);
        });
    }
}
