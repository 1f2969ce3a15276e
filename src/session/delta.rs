//! What changed between two reports of one session, so that an editor that holds the last
//! report takes only the change across (the wasm package's `Session.edit`, then on to the
//! page's thread) rather than the whole report of a long document on every keystroke.
//!
//! A [`ReportDelta`] keeps each list's common head and common tail, their items' offsets
//! mapped through the edit ([`Edit::map`]: those before it stay, those after it move by what
//! it added). The head and the tail are found by comparing the items themselves, so
//! [`ReportDelta::apply`] on the old report gives the new one exactly, whatever the edit changed
//! (a change far from the edit, a locale flip, a cap on findings: the lists then keep less).

use std::cmp::Ordering;

use crate::platform::Length;
use crate::report::{Diagnostic, EntitiesReport, EntityReport, Report, Suggestion};
use crate::{Locale, Platform};

/// One list's change: its [`Run`]s in order, then the rest of the old items kept. The offsets
/// of the items kept are mapped through the delta's edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListDelta<T> {
    pub runs: Vec<Run>,
    /// The items the runs add, one run's after the other's.
    pub insert: Vec<T>,
}

/// A step of a [`ListDelta`]: keep the next `keep` old items, drop the `drop` after them, then
/// add the next `add` items of its `insert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Run {
    pub keep: usize,
    pub drop: usize,
    pub add: usize,
}

/// The change from one report of a session to the next (see the module's doc). The small
/// parts (locale, platform, length) are whole.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportDelta {
    pub locale: Locale,
    pub platform: Platform,
    pub length: Length,
    /// The edit, which the offsets of the items kept are mapped through.
    pub edit: Edit,
    pub diagnostics: ListDelta<Diagnostic>,
    pub hashtags: ListDelta<EntityReport>,
    pub mentions: ListDelta<EntityReport>,
    pub urls: ListDelta<EntityReport>,
    pub cashtags: ListDelta<EntityReport>,
}

impl ReportDelta {
    /// The change from `old` to `new`, the report after `edit` (both of whole texts: no
    /// `scope`).
    pub fn between(old: &Report, new: &Report, edit: Edit) -> ReportDelta {
        let (a, b) = (&old.entities, &new.entities);
        ReportDelta {
            locale: new.locale,
            platform: new.platform,
            length: new.length.clone(),
            edit,
            diagnostics: list(&old.diagnostics, &new.diagnostics, edit),
            hashtags: list(&a.hashtags, &b.hashtags, edit),
            mentions: list(&a.mentions, &b.mentions, edit),
            urls: list(&a.urls, &b.urls, edit),
            cashtags: list(&a.cashtags, &b.cashtags, edit),
        }
    }

    /// The new report, from the old one: what an editor holding the old report does with the
    /// delta (`www/src/editor/report-delta.js` does the same in JS).
    pub fn apply(&self, old: &Report) -> Report {
        let (a, by) = (&old.entities, self.edit);
        Report {
            file: old.file.clone(),
            locale: self.locale,
            platform: self.platform,
            length: self.length.clone(),
            entities: EntitiesReport {
                hashtags: patch(&a.hashtags, &self.hashtags, by),
                mentions: patch(&a.mentions, &self.mentions, by),
                urls: patch(&a.urls, &self.urls, by),
                cashtags: patch(&a.cashtags, &self.cashtags, by),
            },
            diagnostics: patch(&old.diagnostics, &self.diagnostics, by),
            scope: None,
        }
    }
}

/// An edit of the text, in UTF-16 units: `removed` units at `start` replaced by `inserted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub removed: usize,
    pub inserted: usize,
}

impl Edit {
    /// Where offset `at` of the text before the edit is after it: the same before the edit,
    /// moved by what it added after it; `None` inside the range it removed.
    pub fn map(self, at: usize) -> Option<usize> {
        if at <= self.start {
            Some(at)
        } else {
            at.checked_sub(self.removed)?.checked_add(self.inserted).filter(|&to| to > self.start)
        }
    }
}

/// A report's item, placed by UTF-16 offsets in the text.
pub(super) trait Placed: PartialEq + Clone {
    /// Where it starts.
    fn start(&self) -> usize;
    /// Whether `self`, its offsets mapped through the edit `by`, is `other`.
    fn is_moved(&self, other: &Self, by: Edit) -> bool;
    /// `self`, its offsets mapped through the edit `by`.
    fn moved(&self, by: Edit) -> Self;
}

/// `at` mapped through `by` (kept where the edit removed it: never asked of a kept item).
fn moved(at: usize, by: Edit) -> usize {
    by.map(at).unwrap_or(at)
}

/// Whether `at` mapped through `by` is `to`.
fn is_moved(at: usize, to: usize, by: Edit) -> bool {
    by.map(at) == Some(to)
}

impl Placed for Suggestion {
    fn start(&self) -> usize {
        self.start
    }

    fn is_moved(&self, other: &Self, by: Edit) -> bool {
        is_moved(self.start, other.start, by)
            && is_moved(self.end, other.end, by)
            && self.safe == other.safe
            && self.label == other.label
            && self.replacement == other.replacement
    }

    fn moved(&self, by: Edit) -> Self {
        Suggestion { start: moved(self.start, by), end: moved(self.end, by), ..self.clone() }
    }
}

impl Placed for Diagnostic {
    fn start(&self) -> usize {
        self.start
    }

    fn is_moved(&self, other: &Self, by: Edit) -> bool {
        is_moved(self.start, other.start, by)
            && is_moved(self.end, other.end, by)
            && self.severity == other.severity
            && self.rule == other.rule
            && self.category == other.category
            && self.message == other.message
            && self.suggestions.len() == other.suggestions.len()
            && self.suggestions.iter().zip(&other.suggestions).all(|(a, b)| a.is_moved(b, by))
    }

    fn moved(&self, by: Edit) -> Self {
        Diagnostic {
            start: moved(self.start, by),
            end: moved(self.end, by),
            suggestions: self.suggestions.iter().map(|s| s.moved(by)).collect(),
            ..self.clone()
        }
    }
}

impl Placed for EntityReport {
    fn start(&self) -> usize {
        self.start
    }

    fn is_moved(&self, other: &Self, by: Edit) -> bool {
        is_moved(self.start, other.start, by)
            && is_moved(self.end, other.end, by)
            && self.grade == other.grade
            && self.text == other.text
    }

    fn moved(&self, by: Edit) -> Self {
        EntityReport { start: moved(self.start, by), end: moved(self.end, by), ..self.clone() }
    }
}

/// The change from `old` to `new`, both sorted by where their items start: the two walked
/// together, an old item kept when it is the new one moved by the edit `by`, else dropped when
/// it starts before the new one (moved), else the new one added. Every item kept is compared
/// whole, so the result is right whatever the order; the order keeps it short.
pub(super) fn list<T: Placed>(old: &[T], new: &[T], by: Edit) -> ListDelta<T> {
    let (runs, added) = walk(
        old.len(),
        new.len(),
        |i, j| old.get(i).zip(new.get(j)).is_some_and(|(a, b)| a.is_moved(b, by)),
        |i| old.get(i).map_or(0, Placed::start),
        |j| new.get(j).map_or(0, Placed::start),
        by,
    );
    let insert = added.into_iter().filter_map(|j| new.get(j).cloned()).collect();
    ListDelta { runs, insert }
}

/// [`list`]'s walk over two lists of `old_len` and `new_len` items, read through functions:
/// `kept(i, j)` says whether old item `i`, moved by the edit `by`, is new item `j`; `old_start`
/// and `new_start` say where an item starts. The runs, and the indices of the new items added.
pub(super) fn walk(
    old_len: usize,
    new_len: usize,
    kept: impl Fn(usize, usize) -> bool,
    old_start: impl Fn(usize) -> usize,
    new_start: impl Fn(usize) -> usize,
    by: Edit,
) -> (Vec<Run>, Vec<usize>) {
    let (mut runs, mut added) = (Vec::new(), Vec::new());
    let mut run = Run::default();
    let (mut i, mut j) = (0, 0);
    while i < old_len && j < new_len {
        if kept(i, j) {
            if run.drop > 0 || run.add > 0 {
                runs.push(run);
                run = Run::default();
            }
            run.keep += 1;
            (i, j) = (i + 1, j + 1);
            continue;
        }
        // An old item in the range the edit removed starts nowhere now: dropped.
        let starts = by.map(old_start(i)).map(|at| at.cmp(&new_start(j)));
        if matches!(starts, None | Some(Ordering::Less | Ordering::Equal)) {
            run.drop += 1;
            i += 1;
        }
        if matches!(starts, Some(Ordering::Greater | Ordering::Equal)) {
            run.add += 1;
            added.push(j);
            j += 1;
        }
    }
    run.drop += old_len.saturating_sub(i);
    run.add += new_len.saturating_sub(j);
    added.extend(j..new_len);
    if run.drop > 0 || run.add > 0 {
        runs.push(run);
    }
    (runs, added)
}

/// `old` changed by `delta`, the items kept mapped through the edit `by`.
fn patch<T: Placed>(old: &[T], delta: &ListDelta<T>, by: Edit) -> Vec<T> {
    let mut out = Vec::with_capacity(old.len() + delta.insert.len());
    let (mut i, mut j) = (0, 0);
    for run in &delta.runs {
        out.extend(old.iter().skip(i).take(run.keep).map(|t| t.moved(by)));
        out.extend(delta.insert.iter().skip(j).take(run.add).cloned());
        (i, j) = (i + run.keep + run.drop, j + run.add);
    }
    out.extend(old.iter().skip(i).map(|t| t.moved(by)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str, start: usize) -> EntityReport {
        EntityReport { text: text.into(), start, end: start + text.len(), grade: None }
    }

    /// `inserted` units typed at `start`.
    fn typed(start: usize, inserted: usize) -> Edit {
        Edit { start, removed: 0, inserted }
    }

    #[test]
    fn a_list_keeps_its_head_and_its_moved_tail() {
        let old = [tag("#a", 0), tag("#b", 10), tag("#c", 20)];
        // Two units typed at 12, inside #b: #b changes, #c moves.
        let new = [tag("#a", 0), tag("#bxy", 10), tag("#c", 22)];
        let delta = list(&old, &new, typed(12, 2));
        assert_eq!(delta.runs, [Run { keep: 1, drop: 1, add: 1 }]);
        assert_eq!(delta.insert, [tag("#bxy", 10)]);
        assert_eq!(patch(&old, &delta, typed(12, 2)), new);
    }

    #[test]
    fn an_item_over_the_edit_is_kept_with_its_end_moved() {
        let whole = |end| EntityReport { text: "x".into(), start: 0, end, grade: None };
        let old = [whole(30), tag("#b", 10), tag("#c", 20)];
        let new = [whole(32), tag("#bxy", 10), tag("#c", 22)];
        let delta = list(&old, &new, typed(12, 2));
        assert_eq!(delta.runs, [Run { keep: 1, drop: 1, add: 1 }]);
        assert_eq!(patch(&old, &delta, typed(12, 2)), new);
    }

    #[test]
    fn an_item_that_did_not_move_with_the_edit_is_sent_again() {
        let old = [tag("#a", 0), tag("#b", 10)];
        let new = [tag("#a", 0), tag("#b", 10)];
        // Equal, yet an edit of 3 units before #b would have moved it.
        let delta = list(&old, &new, typed(5, 3));
        assert_eq!(delta.runs, [Run { keep: 1, drop: 1, add: 1 }]);
        assert_eq!(patch(&old, &delta, typed(5, 3)), new);
    }

    #[test]
    fn changes_apart_are_runs_apart() {
        let old = [tag("#a", 0), tag("#b", 10), tag("#c", 20), tag("#d", 30)];
        // A summary at the start changed (#a), #c dropped, #e added at the end.
        let new = [tag("#A", 0), tag("#b", 11), tag("#d", 31), tag("#e", 40)];
        let delta = list(&old, &new, typed(5, 1));
        assert_eq!(
            delta.runs,
            [
                Run { keep: 0, drop: 1, add: 1 },
                Run { keep: 1, drop: 1, add: 0 },
                Run { keep: 1, drop: 0, add: 1 }
            ]
        );
        assert_eq!(delta.insert, [tag("#A", 0), tag("#e", 40)]);
        assert_eq!(patch(&old, &delta, typed(5, 1)), new);
        assert_eq!(list(&old, &old, typed(99, 1)).runs, []);
    }

    #[test]
    fn offsets_map_through_an_edit() {
        let edit = Edit { start: 4, removed: 3, inserted: 1 };
        assert_eq!(
            [0, 4, 5, 6, 7, 9].map(|at| edit.map(at)),
            [Some(0), Some(4), None, None, Some(5), Some(7)]
        );
        assert_eq!(typed(4, 2).map(4), Some(4));
        assert_eq!(typed(4, 2).map(5), Some(7));
    }
}
