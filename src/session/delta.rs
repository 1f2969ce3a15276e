//! What changed between two reports of one session, so that an editor that holds the last
//! report takes only the change across (the wasm package's `Session.edit`, then on to the
//! page's thread) rather than the whole report of a long document on every keystroke.
//!
//! A [`ReportDelta`] keeps each list's common head and common tail, their items' offsets
//! mapped through the edit ([`Edit::map`]: those before it stay, those after it move by what
//! it added). The head and the tail are found by comparing the items themselves, so
//! [`ReportDelta::apply`] on the old report gives the new one exactly, whatever the edit changed
//! (a change far from the edit, a locale flip, a cap on findings: the lists then keep less).

use crate::platform::Length;
use crate::report::{Diagnostic, EntitiesReport, EntityReport, Report, Suggestion};
use crate::{Locale, Platform};

/// One list's change: its first `keep` items stay, the next `drop` go, `insert` comes in their
/// place, and the items after them stay; the offsets of the items kept are mapped through the
/// delta's edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListDelta<T> {
    pub keep: usize,
    pub drop: usize,
    pub insert: Vec<T>,
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
trait Placed: PartialEq + Clone {
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

/// The change from `old` to `new`: the longest common head, then the longest common tail of
/// what is left, the items' offsets mapped through the edit `by`.
fn list<T: Placed>(old: &[T], new: &[T], by: Edit) -> ListDelta<T> {
    let keep = old.iter().zip(new).take_while(|(a, b)| a.is_moved(b, by)).count();
    let old_rest = old.get(keep..).unwrap_or_default();
    let new_rest = new.get(keep..).unwrap_or_default();
    let tail = old_rest
        .iter()
        .rev()
        .zip(new_rest.iter().rev())
        .take_while(|(a, b)| a.is_moved(b, by))
        .count();
    let insert = new_rest.get(..new_rest.len() - tail).unwrap_or_default().to_vec();
    ListDelta { keep, drop: old_rest.len() - tail, insert }
}

/// `old` changed by `delta`, the kept tail moved `by` units.
fn patch<T: Placed>(old: &[T], delta: &ListDelta<T>, by: Edit) -> Vec<T> {
    let head = old.iter().take(delta.keep).map(|t| t.moved(by));
    let tail = old.iter().skip(delta.keep + delta.drop).map(|t| t.moved(by));
    head.chain(delta.insert.iter().cloned()).chain(tail).collect()
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
        assert_eq!((delta.keep, delta.drop), (1, 1));
        assert_eq!(delta.insert, [tag("#bxy", 10)]);
        assert_eq!(patch(&old, &delta, typed(12, 2)), new);
    }

    #[test]
    fn an_item_over_the_edit_is_kept_with_its_end_moved() {
        let whole = |end| EntityReport { text: "x".into(), start: 0, end, grade: None };
        let old = [whole(30), tag("#b", 10), tag("#c", 20)];
        let new = [whole(32), tag("#bxy", 10), tag("#c", 22)];
        let delta = list(&old, &new, typed(12, 2));
        assert_eq!((delta.keep, delta.drop, delta.insert.len()), (1, 1, 1));
        assert_eq!(patch(&old, &delta, typed(12, 2)), new);
    }

    #[test]
    fn an_item_that_did_not_move_with_the_edit_is_sent_again() {
        let old = [tag("#a", 0), tag("#b", 10)];
        let new = [tag("#a", 0), tag("#b", 10)];
        // Equal, yet an edit of 3 units before #b would have moved it.
        let delta = list(&old, &new, typed(5, 3));
        assert_eq!((delta.keep, delta.drop, delta.insert.len()), (1, 1, 1));
        assert_eq!(patch(&old, &delta, typed(5, 3)), new);
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
