//! What a session keeps of its last report, so that an edit's [`ReportDelta`] is made from the
//! paragraphs the edit touched and the document rules' findings rather than by building and
//! comparing two whole reports.
//!
//! Each paragraph's findings and entities are built into report items once, when the paragraph
//! is checked ([`Built`]: UTF-16 offsets relative to the paragraph). A report is then kept as
//! one list of [`Entry`]s per list of the report: a paragraph's item (its paragraph's `Arc` and
//! its index there) or a document rule's diagnostic, with where it starts in the text. Two
//! reports' lists are walked together ([`delta::walk`]): a paragraph's item is kept when it is
//! the same item of the same paragraph (the paragraphs the edit left alone keep their `Arc`)
//! and moved with the edit; only the document rules' diagnostics are compared whole. The whole
//! report is built from the entries only when asked for ([`Last::report`]).
//!
//! Past a cap ([`crate::caps`]), the report is not its paragraphs' items and the document
//! rules' one after the other: it is then kept whole, and the delta made by comparing the
//! reports ([`ReportDelta::between`]).

use std::sync::Arc;

use super::delta::{self, Edit, ListDelta, Placed, ReportDelta};
use crate::platform::Length;
use crate::report::{Diagnostic, EntitiesReport, EntityReport, Grade, Report, Settled};
use crate::{Locale, Platform};

/// A paragraph's findings and entities as report items, offsets in UTF-16 units from the
/// paragraph's start (hashtags without their grade, which is the document's).
#[derive(Debug, Default)]
pub(super) struct Built {
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) entities: EntitiesReport,
}

/// Where an entry's item is.
#[derive(Debug, Clone)]
enum From {
    /// The paragraph's item at this index of its list.
    Paragraph(Arc<Built>, usize),
    /// The document rules' diagnostic at this index.
    Document(usize),
}

/// One item of a report's list.
#[derive(Debug, Clone)]
struct Entry {
    from: From,
    /// Where its paragraph starts, in UTF-16 units (0 for a document rule's diagnostic).
    base: usize,
    /// Where it starts in the text, in UTF-16 units.
    start: usize,
    /// A hashtag's grade.
    grade: Option<Grade>,
}

/// The entity lists of a report, in the order of [`EntitiesReport`]'s fields.
const KINDS: usize = 4;

fn kind(entities: &EntitiesReport, k: usize) -> &[EntityReport] {
    match k {
        0 => &entities.hashtags,
        1 => &entities.mentions,
        2 => &entities.urls,
        _ => &entities.cashtags,
    }
}

/// A session's last report, as entries (see the module's doc), or whole past a cap.
#[derive(Debug, Clone)]
pub(super) struct Last {
    locale: Locale,
    platform: Platform,
    length: Length,
    /// The document rules' diagnostics, offsets in the text.
    document: Vec<Diagnostic>,
    /// The document rules' findings they were made of (byte offsets), for the next pass to
    /// reuse those an edit only moves.
    settled: Vec<Settled>,
    diagnostics: Vec<Entry>,
    entities: [Vec<Entry>; KINDS],
    /// The report, when the entries do not give it (a cap cut it).
    whole: Option<Report>,
}

/// Makes a [`Last`] from its paragraphs' items, in text order, and the document rules'.
pub(super) struct Builder {
    last: Last,
    /// How many hashtags are placed.
    hashtags: usize,
    grades: Vec<Option<Grade>>,
}

impl Builder {
    /// `document` are the document rules' diagnostics, in report order; `grades` the
    /// document's hashtags' grades, in text order.
    pub(super) fn new(
        locale: Locale,
        platform: Platform,
        length: Length,
        document: Vec<Diagnostic>,
        grades: Vec<Option<Grade>>,
        capacity: usize,
    ) -> Self {
        let last = Last {
            locale,
            platform,
            length,
            document,
            settled: Vec::new(),
            diagnostics: Vec::with_capacity(capacity),
            entities: Default::default(),
            whole: None,
        };
        Builder { last, hashtags: 0, grades }
    }

    /// Places the document rules' diagnostic `d`.
    pub(super) fn document(&mut self, d: usize) {
        let start = self.last.document.get(d).map_or(0, |d| d.start);
        self.last.diagnostics.push(Entry { from: From::Document(d), base: 0, start, grade: None });
    }

    /// Places diagnostic `i` of `built`, a paragraph starting at `base` units.
    pub(super) fn diagnostic(&mut self, built: &Arc<Built>, i: usize, base: usize) {
        let start = base + built.diagnostics.get(i).map_or(0, |d| d.start);
        let from = From::Paragraph(Arc::clone(built), i);
        self.last.diagnostics.push(Entry { from, base, start, grade: None });
    }

    /// Places the entities of `built`, a paragraph starting at `base` units.
    pub(super) fn entities(&mut self, built: &Arc<Built>, base: usize) {
        for (k, list) in self.last.entities.iter_mut().enumerate() {
            for (i, e) in kind(&built.entities, k).iter().enumerate() {
                let grade = if k == 0 {
                    self.hashtags += 1;
                    self.grades.get(self.hashtags - 1).copied().flatten()
                } else {
                    None
                };
                let from = From::Paragraph(Arc::clone(built), i);
                list.push(Entry { from, base, start: base + e.start, grade });
            }
        }
    }

    /// The last report, once every item is placed; `settled` are the document rules' findings
    /// its document diagnostics were made of.
    pub(super) fn finish(mut self, settled: Vec<Settled>) -> Last {
        self.last.settled = settled;
        self.last
    }
}

impl Last {
    /// A report the entries do not give (past a cap, or not assembled from paragraphs).
    pub(super) fn whole(report: Report) -> Last {
        Last {
            locale: report.locale,
            platform: report.platform,
            length: report.length.clone(),
            document: Vec::new(),
            settled: Vec::new(),
            diagnostics: Vec::new(),
            entities: Default::default(),
            whole: Some(report),
        }
    }

    /// The document rules' findings and the diagnostics made of them, when the entries give
    /// the report.
    pub(super) fn settled(&self) -> Option<(&[Settled], &[Diagnostic])> {
        self.whole.is_none().then_some((&self.settled, &self.document))
    }

    /// The report, whole.
    pub(super) fn report(&self) -> Report {
        if let Some(report) = &self.whole {
            return report.clone();
        }
        let entities =
            |k: usize| self.entities[k].iter().filter_map(|e| self.entity(k, e)).collect();
        Report {
            file: None,
            locale: self.locale,
            platform: self.platform,
            length: self.length.clone(),
            entities: EntitiesReport {
                hashtags: entities(0),
                mentions: entities(1),
                urls: entities(2),
                cashtags: entities(3),
            },
            diagnostics: self.diagnostics.iter().filter_map(|e| self.diagnostic(e)).collect(),
            scope: None,
        }
    }

    /// The report's diagnostics, their offsets left relative to their paragraphs (what a
    /// verdict reads: severities, rules and messages).
    pub(super) fn unplaced(&self) -> Vec<&Diagnostic> {
        if let Some(report) = &self.whole {
            return report.diagnostics.iter().collect();
        }
        self.diagnostics.iter().filter_map(|e| self.unplaced_one(e)).collect()
    }

    fn unplaced_one<'a>(&'a self, e: &'a Entry) -> Option<&'a Diagnostic> {
        match &e.from {
            From::Paragraph(built, i) => built.diagnostics.get(*i),
            From::Document(i) => self.document.get(*i),
        }
    }

    fn diagnostic(&self, e: &Entry) -> Option<Diagnostic> {
        match &e.from {
            From::Paragraph(built, i) => built.diagnostics.get(*i).map(|d| shifted(d, e.base)),
            From::Document(i) => self.document.get(*i).cloned(),
        }
    }

    fn entity(&self, k: usize, e: &Entry) -> Option<EntityReport> {
        let From::Paragraph(built, i) = &e.from else { return None };
        let item = kind(&built.entities, k).get(*i)?;
        Some(EntityReport {
            start: item.start + e.base,
            end: item.end + e.base,
            grade: e.grade,
            ..item.clone()
        })
    }

    /// The change from `self` to `new`, the report after `edit`.
    pub(super) fn delta(&self, new: &Last, edit: Edit) -> ReportDelta {
        if self.whole.is_some() || new.whole.is_some() {
            return ReportDelta::between(&self.report(), &new.report(), edit);
        }
        let diagnostics =
            self.list(new, &self.diagnostics, &new.diagnostics, edit, |l, e| l.diagnostic(e));
        let entities = |k: usize| {
            self.list(new, &self.entities[k], &new.entities[k], edit, |l, e| l.entity(k, e))
        };
        ReportDelta {
            locale: new.locale,
            platform: new.platform,
            length: new.length.clone(),
            edit,
            diagnostics,
            hashtags: entities(0),
            mentions: entities(1),
            urls: entities(2),
            cashtags: entities(3),
        }
    }

    /// One list's change: entries kept when they are the same paragraph item moved with the
    /// edit (with the same grade), else when their items (`item` of a report and an entry)
    /// are equal once moved; a document rule's diagnostic is compared where it is kept.
    fn list<T: Placed>(
        &self,
        new: &Last,
        old_list: &[Entry],
        new_list: &[Entry],
        by: Edit,
        item: impl Fn(&Last, &Entry) -> Option<T>,
    ) -> ListDelta<T> {
        let kept = |i: usize, j: usize| {
            let (Some(a), Some(b)) = (old_list.get(i), new_list.get(j)) else { return false };
            match (&a.from, &b.from) {
                (From::Paragraph(x, i), From::Paragraph(y, j))
                    if Arc::ptr_eq(x, y) && i == j && a.grade == b.grade =>
                {
                    by.map(a.start) == Some(b.start)
                }
                // The edited paragraphs' items: most are the same as before it.
                (From::Paragraph(..), From::Paragraph(..)) => {
                    item(self, a).zip(item(new, b)).is_some_and(|(x, y)| x.is_moved(&y, by))
                }
                (From::Document(i), From::Document(j)) => self
                    .document
                    .get(*i)
                    .zip(new.document.get(*j))
                    .is_some_and(|(x, y)| x.is_moved(y, by)),
                _ => false,
            }
        };
        let (runs, added) = delta::walk(
            old_list.len(),
            new_list.len(),
            kept,
            |i| old_list.get(i).map_or(0, |e| e.start),
            |j| new_list.get(j).map_or(0, |e| e.start),
            by,
        );
        let insert =
            added.into_iter().filter_map(|j| new_list.get(j).and_then(|e| item(new, e))).collect();
        ListDelta { runs, insert }
    }
}

/// `d`, its offsets moved `by` units on.
fn shifted(d: &Diagnostic, by: usize) -> Diagnostic {
    let mut d = d.clone();
    d.start += by;
    d.end += by;
    for s in &mut d.suggestions {
        s.start += by;
        s.end += by;
    }
    d
}
