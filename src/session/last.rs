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
//! After an edit that left the caps' cuts where they were, the entries are made from the last
//! report's ([`Last::spliced`]): the items of the paragraphs the edit left alone kept (those
//! after it moved), the edited paragraphs' put in their place and the document rules'
//! diagnostics merged in again, without reading the paragraphs' findings.
//!
//! Past the report's cap ([`crate::caps`]), the report is not its paragraphs' items and the
//! document rules' one after the other: it is then kept whole, and the delta made by comparing
//! the reports ([`ReportDelta::between`]).

use std::borrow::Cow;
use std::cmp::Ordering;
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
    diagnostics: Vec<Entry>,
    entities: [Vec<Entry>; KINDS],
    /// The report, when the entries do not give it (a cap cut it).
    whole: Option<Report>,
    /// The rules past their cap, and the summaries of what the cap left out of each (spans in
    /// bytes of the text), for the next report made from this one.
    over: Vec<Cow<'static, str>>,
    summaries: Vec<Settled>,
    /// The text's length in UTF-16 units.
    units: usize,
}

/// What an edit changed in the paragraphs, for [`Last::spliced`].
pub(super) struct Splice<'a> {
    /// The edited paragraphs' items before the edit.
    pub(super) old: &'a [Arc<Built>],
    /// The edited paragraphs' items after it, with where each paragraph starts, in units.
    pub(super) new: Vec<(&'a Arc<Built>, usize)>,
    /// Where the edited paragraphs start, in units: the items before are the same.
    pub(super) start: usize,
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
            diagnostics: Vec::with_capacity(capacity),
            entities: Default::default(),
            whole: None,
            over: Vec::new(),
            summaries: Vec::new(),
            units: 0,
        };
        Builder { last, hashtags: 0, grades }
    }

    /// Keeps, for the next report, the rules past their cap, the summaries of what it left out
    /// of each, and the text's length in units.
    pub(super) fn caps(
        &mut self,
        over: &[Cow<'static, str>],
        summaries: Vec<Settled>,
        units: usize,
    ) {
        self.last.over = over.to_vec();
        self.last.summaries = summaries;
        self.last.units = units;
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
        for k in 0..KINDS {
            self.entities_of(k, built, base);
        }
    }

    /// Places the entities of list `k` of `built`, a paragraph starting at `base` units.
    fn entities_of(&mut self, k: usize, built: &Arc<Built>, base: usize) {
        for (i, e) in kind(&built.entities, k).iter().enumerate() {
            let grade = self.grade(k);
            let from = From::Paragraph(Arc::clone(built), i);
            if let Some(list) = self.last.entities.get_mut(k) {
                list.push(Entry { from, base, start: base + e.start, grade });
            }
        }
    }

    /// The grade of the next entity of list `k` placed (the hashtags' only).
    fn grade(&mut self, k: usize) -> Option<Grade> {
        if k != 0 {
            return None;
        }
        self.hashtags += 1;
        self.grades.get(self.hashtags - 1).copied().flatten()
    }

    /// Places the document rules' diagnostics from `d` on that a check sorts before `item`,
    /// a paragraph's diagnostic of a paragraph starting at `base` units: the next to place.
    fn documents_before(&mut self, mut d: usize, item: &Diagnostic, base: usize) -> usize {
        let place = (base + item.start, base + item.end);
        while let Some(doc) = self.last.document.get(d) {
            let order = (doc.start, doc.end)
                .cmp(&place)
                .then_with(|| (&doc.rule, &doc.message).cmp(&(&item.rule, &item.message)));
            if order == Ordering::Greater {
                break;
            }
            self.document(d);
            d += 1;
        }
        d
    }

    /// The last report, once every item is placed.
    pub(super) fn finish(self) -> Last {
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
            diagnostics: Vec::new(),
            entities: Default::default(),
            whole: Some(report),
            over: Vec::new(),
            summaries: Vec::new(),
            units: 0,
        }
    }

    /// Whether the entries give the report, in `locale`, with these rules past their cap.
    pub(super) fn splices(&self, locale: Locale, over: &[Cow<'static, str>]) -> bool {
        self.whole.is_none()
            && self.locale == locale
            && self.over.len() == over.len()
            && self.over.iter().all(|r| over.contains(r))
    }

    /// The summary of what the cap left out of `rule`.
    pub(super) fn summary(&self, rule: &str) -> Option<&Settled> {
        self.summaries.iter().find(|s| s.finding.rule == rule)
    }

    /// The summaries of the caps, spans in bytes of the text before the edit.
    pub(super) fn summaries(&self) -> &[Settled] {
        &self.summaries
    }

    /// The text's length in UTF-16 units.
    pub(super) fn units(&self) -> usize {
        self.units
    }

    /// The entries after an edit that changed the paragraphs as `splice` says and left the
    /// caps' cuts where they were (every item kept was in the report, and every new one is):
    /// `builder` holds the new document rules' diagnostics; the items before the edit are
    /// this report's, those after it this report's moved as the text's length in units went
    /// from `by.0` to `by.1`, the edited paragraphs' in between, and the document rules'
    /// merged in where a check sorts them.
    pub(super) fn spliced(
        &self,
        splice: &Splice,
        by: (usize, usize),
        mut builder: Builder,
    ) -> Builder {
        let after = |at: usize| (at + by.1).saturating_sub(by.0);
        let edited = |e: &Entry| match &e.from {
            From::Paragraph(built, _) => splice.old.iter().any(|b| Arc::ptr_eq(b, built)),
            From::Document(_) => false,
        };
        let mut d = 0;
        let mut placed = false;
        for e in &self.diagnostics {
            let From::Paragraph(built, i) = &e.from else { continue };
            if !placed && (e.base >= splice.start || edited(e)) {
                for &(built, base) in &splice.new {
                    for (i, item) in built.diagnostics.iter().enumerate() {
                        d = builder.documents_before(d, item, base);
                        builder.diagnostic(built, i, base);
                    }
                }
                placed = true;
            }
            if edited(e) {
                continue;
            }
            let Some(item) = built.diagnostics.get(*i) else { continue };
            let (base, start) = if e.base >= splice.start {
                (after(e.base), after(e.start))
            } else {
                (e.base, e.start)
            };
            d = builder.documents_before(d, item, base);
            builder.last.diagnostics.push(Entry { base, start, ..e.clone() });
        }
        if !placed {
            for &(built, base) in &splice.new {
                for (i, item) in built.diagnostics.iter().enumerate() {
                    d = builder.documents_before(d, item, base);
                    builder.diagnostic(built, i, base);
                }
            }
        }
        for d in d..builder.last.document.len() {
            builder.document(d);
        }
        for k in 0..KINDS {
            let mut placed = false;
            for e in &self.entities[k] {
                if !placed && (e.base >= splice.start || edited(e)) {
                    for &(built, base) in &splice.new {
                        builder.entities_of(k, built, base);
                    }
                    placed = true;
                }
                if edited(e) {
                    continue;
                }
                let (base, start) = if e.base >= splice.start {
                    (after(e.base), after(e.start))
                } else {
                    (e.base, e.start)
                };
                let grade = builder.grade(k);
                builder.last.entities[k].push(Entry { base, start, grade, ..e.clone() });
            }
            if !placed {
                for &(built, base) in &splice.new {
                    builder.entities_of(k, built, base);
                }
            }
        }
        builder
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
