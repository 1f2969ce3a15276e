//! A document's sorted list of offsets (grapheme starts, words, sentences) kept across edits,
//! with the moves that edits made to its items stored rather than applied.
//!
//! A session keeps the whole text's segmentation from one check to the next and splices in the
//! edited paragraphs' parts (`crate::session`). Applying each edit's change in length to every
//! item after it would read and write all of them on each keystroke; [`Shifted`] records it as
//! one entry ("from item `i` on, add `d`"), and an item's offset is the stored one plus the
//! entries at or before it. The whole list is made ([`Shifted::into_flat`]) only when a reader
//! asks for it as a slice; single items and searches read it as it is.

use super::{Span, Word};

/// What a [`Shifted`] list holds: items with byte offsets, moved by a whole number of bytes.
pub(crate) trait Offsets: Clone {
    /// Where it starts (the list is sorted by it).
    fn start(&self) -> usize;
    /// Itself moved `by` bytes on (wrapping: a move back is a wrapped-around one forward).
    fn moved(&self, by: usize) -> Self;
}

impl Offsets for usize {
    fn start(&self) -> usize {
        *self
    }
    fn moved(&self, by: usize) -> Self {
        self.wrapping_add(by)
    }
}

impl Offsets for Span {
    fn start(&self) -> usize {
        self.start
    }
    fn moved(&self, by: usize) -> Self {
        self.start.wrapping_add(by)..self.end.wrapping_add(by)
    }
}

impl Offsets for Word {
    fn start(&self) -> usize {
        self.span.start
    }
    fn moved(&self, by: usize) -> Self {
        Word { span: self.span.moved(by) }
    }
}

impl Offsets for crate::entities::Entity {
    fn start(&self) -> usize {
        self.span.start
    }
    fn moved(&self, by: usize) -> Self {
        crate::entities::Entity::new(self.kind, self.span.moved(by))
    }
}

impl Offsets for crate::rules::readability::Sentence {
    fn start(&self) -> usize {
        self.span.start
    }
    fn moved(&self, by: usize) -> Self {
        Self { span: self.span.moved(by), ..self.clone() }
    }
}

/// Replaces `all[range]` with `new` and returns where the items after them start. As many new
/// items as replaced ones (most keystrokes): written over them, the tail left where it lies.
/// Else the tail taken off and put back after the new items: two copies of it, lighter code
/// than a splice for each item type.
pub(crate) fn replace_items<T>(all: &mut Vec<T>, range: Span, new: Vec<T>) -> usize {
    let end = range.end.min(all.len());
    let start = range.start.min(end);
    if let Some(slots) = all.get_mut(start..end)
        && slots.len() == new.len()
    {
        for (slot, x) in slots.iter_mut().zip(new) {
            *slot = x;
        }
        return end;
    }
    let tail = all.split_off(end);
    all.truncate(start);
    all.extend(new);
    let moved = all.len();
    all.extend(tail);
    moved
}

/// Replaces the items of `all` (sorted by start) that start in `replaced` with `new` (sorted,
/// in place already) and moves the items after them `by` bytes (wrapping): what
/// [`Shifted::splice`] does, on a plain list whose readers take it as a slice (the move
/// applied to each item after the edit, one addition each).
pub(crate) fn splice_flat<T: Offsets>(all: &mut Vec<T>, replaced: &Span, new: Vec<T>, by: usize) {
    let i = all.partition_point(|x| x.start() < replaced.start);
    let j = all.partition_point(|x| x.start() < replaced.end).max(i);
    let moved = replace_items(all, i..j, new);
    if by != 0 {
        for x in all.get_mut(moved..).unwrap_or_default() {
            *x = x.moved(by);
        }
    }
}

/// How many moves a list stores before it applies them (each read of an item adds them up).
const MAX_MOVES: usize = 8;

/// How many free places a list makes at an edit when it needs more: typing on there fills them
/// instead of moving the items after the edit.
const SPARE: usize = 64;

/// A list sorted by start, stored with the moves not yet applied to it (see the module's doc),
/// and with free places (a gap) where the last edit was, so that edits that follow one another
/// there move no item: an edit elsewhere moves the gap, the items between the two places only.
#[derive(Debug, Clone)]
pub(crate) struct Shifted<T> {
    stored: Vec<T>,
    /// The places of `stored` that hold no item (what they hold is not read).
    gap: Span,
    /// `(i, by)`: every item from index `i` on lies `by` bytes (wrapping) after where it is
    /// stored; sorted by `i`, one entry per index.
    moves: Vec<(usize, usize)>,
}

impl<T: Offsets> Shifted<T> {
    /// The list as it is, nothing to move.
    pub(crate) fn new(flat: Vec<T>) -> Self {
        Shifted { stored: flat, gap: 0..0, moves: Vec::new() }
    }

    pub(crate) fn len(&self) -> usize {
        self.stored.len() - self.gap.len()
    }

    /// Whether the stored items are the items (no move pending, no gap).
    pub(crate) fn is_flat(&self) -> bool {
        self.moves.is_empty() && self.gap.is_empty()
    }

    /// The stored items: the items when [`Shifted::is_flat`].
    pub(crate) fn stored(&self) -> &[T] {
        &self.stored
    }

    /// Where the item at index `i` is stored.
    fn place(&self, i: usize) -> usize {
        if i < self.gap.start { i } else { i + self.gap.len() }
    }

    /// How far the item at index `i` lies from where it is stored.
    fn by_at(&self, i: usize) -> usize {
        self.moves
            .iter()
            .take_while(|(at, _)| *at <= i)
            .fold(0, |sum, (_, by)| sum.wrapping_add(*by))
    }

    /// The stored item at index `i`.
    fn stored_at(&self, i: usize) -> Option<&T> {
        if i >= self.len() {
            return None;
        }
        self.stored.get(self.place(i))
    }

    /// The item at index `i`.
    pub(crate) fn get(&self, i: usize) -> Option<T> {
        self.stored_at(i).map(|x| x.moved(self.by_at(i)))
    }

    /// The start of the item at index `i`.
    pub(crate) fn start_at(&self, i: usize) -> Option<usize> {
        self.stored_at(i).map(|x| x.start().wrapping_add(self.by_at(i)))
    }

    /// The index of the first item whose start is not below `at` (a binary search).
    pub(crate) fn first_from(&self, at: usize) -> usize {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = low + (high - low) / 2;
            if self.start_at(mid).is_some_and(|s| s < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        low
    }

    /// The items, every move applied.
    pub(crate) fn into_flat(self) -> Vec<T> {
        let Shifted { mut stored, gap, moves } = self;
        stored.drain(gap);
        let mut by = 0usize;
        for (k, (from, step)) in moves.iter().enumerate() {
            by = by.wrapping_add(*step);
            let to = moves.get(k + 1).map_or(stored.len(), |(next, _)| *next);
            if let Some(run) = stored.get_mut(*from..to) {
                run.iter_mut().for_each(|x| *x = x.moved(by));
            }
        }
        stored
    }

    /// The items, every move applied, as a new list (this one left as it is).
    pub(crate) fn to_flat(&self) -> Vec<T> {
        self.clone().into_flat()
    }

    /// Moves the gap to start before the item at index `i`: the items between its place and
    /// `i` copied across it (what the gap's places hold is never read), a gap's width at a
    /// time so that each copy reads and writes places apart.
    fn gap_to(&mut self, i: usize) {
        let Span { start: g, end } = self.gap.clone();
        let width = end - g;
        if width > 0 && g < i {
            // Forward: the items at `g + width..i + width` go to `g..i`.
            let mut at = g;
            while at < i {
                let n = width.min(i - at);
                let Some((to, from)) = self.stored.split_at_mut_checked(at + width) else {
                    break;
                };
                if let (Some(to), Some(from)) = (to.get_mut(at..at + n), from.get(..n)) {
                    to.clone_from_slice(from);
                }
                at += n;
            }
        } else if width > 0 {
            // Back: the items at `i..g` go to `i + width..g + width`, the last first.
            let mut at = g;
            while at > i {
                let n = width.min(at - i);
                let Some((from, to)) = self.stored.split_at_mut_checked(at) else {
                    break;
                };
                if let (Some(to), Some(from)) = (to.get_mut(width - n..width), from.get(at - n..at))
                {
                    to.clone_from_slice(from);
                }
                at -= n;
            }
        }
        self.gap = i..i + width;
    }

    /// Replaces the items that start in `replaced` with `new` (sorted, in place already) and
    /// moves the items after them `by` bytes (wrapping): an edit that put `new` where
    /// `replaced` was. The items before and after are not read.
    pub(crate) fn splice(&mut self, replaced: Span, new: Vec<T>, by: usize) {
        let i = self.first_from(replaced.start);
        let j = self.first_from(replaced.end).max(i);
        let n = new.len();
        // The new items are where they belong: stored back by the moves that reach them.
        let back = self.by_at(i).wrapping_neg();
        // The replaced items join the gap, moved to them; the new ones take its first places.
        self.gap_to(i);
        self.gap.end += j - i;
        if let Some(first) = new.first().filter(|_| n > self.gap.len()) {
            let more = n - self.gap.len() + SPARE;
            let at = self.gap.end;
            self.stored.splice(at..at, std::iter::repeat_n(first.clone(), more));
            self.gap.end += more;
        }
        for (k, x) in new.into_iter().enumerate() {
            if let Some(place) = self.stored.get_mut(i + k) {
                *place = x.moved(back);
            }
        }
        self.gap.start = i + n;
        let len = self.len();
        record_move(&mut self.moves, i..j, n, by, len);
        if self.moves.len() > MAX_MOVES {
            let stored = std::mem::take(&mut self.stored);
            let (gap, moves) =
                (std::mem::replace(&mut self.gap, 0..0), std::mem::take(&mut self.moves));
            *self = Shifted::new(Shifted { stored, gap, moves }.into_flat());
        }
    }
}

/// Records in `moves` (sorted by index, one entry per index) that the items `replaced` of a
/// list now `len` long were replaced by `n` items and those after them moved `by` bytes. Not
/// generic over the item type, so that the list types share one copy.
fn record_move(moves: &mut Vec<(usize, usize)>, replaced: Span, n: usize, by: usize, len: usize) {
    let (i, j) = (replaced.start, replaced.end);
    // The moves of the items replaced now start after the new ones, with those after (the
    // order is kept).
    for (at, _) in moves.iter_mut() {
        if *at > j {
            *at = *at - j + i + n;
        } else if *at > i {
            *at = i + n;
        }
    }
    // After the moves from the same index on, then merged into the first of them.
    let k = moves.partition_point(|&(at, _)| at <= i + n);
    moves.insert(k, (i + n, by));
    moves.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 = kept.1.wrapping_add(later.1);
        }
        same
    });
    moves.retain(|&(at, by)| by != 0 && at < len);
}

/// A [`Shifted`] list that a reader may also ask for as a slice: made whole then, once.
#[derive(Debug, Clone)]
pub(crate) struct Listed<T> {
    list: Shifted<T>,
    flat: std::cell::OnceCell<Vec<T>>,
}

impl<T: Offsets> Listed<T> {
    pub(crate) fn new(list: Shifted<T>) -> Self {
        Listed { list, flat: std::cell::OnceCell::new() }
    }

    /// The items (made whole on the first call when moves are pending).
    pub(crate) fn slice(&self) -> &[T] {
        if self.list.is_flat() {
            return self.list.stored();
        }
        self.flat.get_or_init(|| self.list.to_flat())
    }

    /// The list, as it was given or as a reader had it made whole.
    pub(crate) fn into_list(self) -> Shifted<T> {
        match self.flat.into_inner() {
            Some(flat) => Shifted::new(flat),
            None => self.list,
        }
    }

    pub(crate) fn list(&self) -> &Shifted<T> {
        &self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn splices_give_what_applying_each_edit_gives(
            start in proptest::collection::btree_set(0usize..400, 0..40),
            edits in proptest::collection::vec((0usize..500, 0usize..20, proptest::collection::btree_set(0usize..20, 0..5)), 1..30),
        ) {
            let mut flat: Vec<usize> = start.into_iter().collect();
            let mut shifted = Shifted::new(flat.clone());
            let mut plain = flat.clone();
            for (from, removed, inserted) in edits {
                let len = flat.last().map_or(0, |l| l + 1);
                let from = from.min(len);
                let to = from + removed;
                let grown = inserted.last().map_or(0, |l| l + 1);
                let new: Vec<usize> = inserted.iter().map(|x| x + from).collect();
                // The edit: `removed` bytes at `from` became `grown` bytes.
                let by = (from + grown).wrapping_sub(to);
                let mut next: Vec<usize> = flat.iter().copied().filter(|&x| x < from).collect();
                next.extend(&new);
                next.extend(flat.iter().filter(|&&x| x >= to).map(|x| x.wrapping_add(by)));
                flat = next;
                splice_flat(&mut plain, &(from..to), new.clone(), by);
                prop_assert_eq!(&plain, &flat);
                shifted.splice(from..to, new, by);
                prop_assert_eq!(shifted.len(), flat.len());
                for (i, x) in flat.iter().enumerate() {
                    prop_assert_eq!(shifted.get(i), Some(*x));
                }
                for at in [0, from, to, len / 2, len + 30] {
                    prop_assert_eq!(shifted.first_from(at), flat.partition_point(|&x| x < at));
                }
                prop_assert_eq!(shifted.to_flat(), flat.clone());
            }
        }
    }

    #[test]
    fn spans_and_words_move_at_both_ends() {
        let mut words = Shifted::new(vec![Word { span: 0..3 }, Word { span: 4..7 }]);
        words.splice(0..3, vec![Word { span: 0..5 }], 2);
        assert_eq!(words.get(1), Some(Word { span: 6..9 }));
        assert!(!words.is_flat());
        assert_eq!(words.into_flat(), vec![Word { span: 0..5 }, Word { span: 6..9 }]);
    }
}
