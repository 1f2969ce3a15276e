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

use std::borrow::Cow;
use std::sync::Arc;

use super::delta::{self, Edit, ListDelta, Placed, ReportDelta, Run};
use crate::platform::Length;
use crate::report::{Diagnostic, EntitiesReport, EntityReport, Grade, Report, Settled};
use crate::text::Span;
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
    /// The rules past their cap ([`crate::caps::PER_RULE`]), whose findings after it the
    /// entries leave out.
    over: Vec<Cow<'static, str>>,
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
            over: Vec::new(),
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
    /// its document diagnostics were made of, `over` the rules past their cap.
    pub(super) fn finish(mut self, settled: Vec<Settled>, over: &[Cow<'static, str>]) -> Last {
        self.last.settled = settled;
        self.last.over = over.to_vec();
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
            over: Vec::new(),
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

    #[inline(never)]
    fn diagnostic(&self, e: &Entry) -> Option<Diagnostic> {
        match &e.from {
            From::Paragraph(built, i) => built.diagnostics.get(*i).map(|d| shifted(d, e.base)),
            From::Document(i) => self.document.get(*i).cloned(),
        }
    }

    #[inline(never)]
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

/// One of the diagnostics of an edit's region: a document rule's (its index in the document
/// rules' list) or a new paragraph's (its items, the index there, where the paragraph starts in
/// units).
pub(super) enum Placing {
    Document(usize),
    Paragraph(Arc<Built>, usize, usize),
}

/// What a document pass after an edit made, for [`Last::splice`] to put in the last report's
/// place: the edit's region (the paragraphs it replaced, with the gaps around them) and what
/// now lies there.
pub(super) struct Region {
    /// Where the region starts, in UTF-16 units, and where it ended before the edit and ends
    /// after it.
    pub(super) units: (usize, usize, usize),
    /// The edit itself, in units, which the delta's kept items are mapped through.
    pub(super) edit: Edit,
    pub(super) locale: Locale,
    pub(super) length: Length,
    /// The document rules' diagnostics, their findings, and the rules past their cap.
    pub(super) document: Vec<Diagnostic>,
    pub(super) settled: Vec<Settled>,
    pub(super) over: Vec<Cow<'static, str>>,
    /// Whether no paragraph follows the region (its items may then start where it ends).
    pub(super) at_end: bool,
    /// The indices in `document` of the diagnostics that start in the region.
    pub(super) in_region: Span,
    /// The region's diagnostics, in report order.
    pub(super) diagnostics: Vec<Placing>,
    /// The new paragraphs' items and where each starts in units.
    pub(super) paragraphs: Vec<(Arc<Built>, usize)>,
    /// The document's hashtags' grades, in text order.
    pub(super) grades: Vec<Option<Grade>>,
}

impl Last {
    /// How many diagnostics of each rule of `rules` the region starting at unit `from` and
    /// ending before `to` holds in this report (those the caps left in), `None` when this
    /// report is whole.
    pub(super) fn kept_in(
        &self,
        from: usize,
        to: usize,
        rules: &[Cow<'static, str>],
    ) -> Option<Vec<usize>> {
        if self.whole.is_some() {
            return None;
        }
        let (a, b) = within(&self.diagnostics, from, to);
        let mut kept = vec![0; rules.len()];
        for e in self.diagnostics.get(a..b).unwrap_or_default() {
            let From::Paragraph(built, i) = &e.from else { continue };
            let Some(d) = built.diagnostics.get(*i) else { continue };
            if let Some(n) = rules.iter().position(|r| *r == d.rule).and_then(|r| kept.get_mut(r)) {
                *n += 1;
            }
        }
        Some(kept)
    }

    /// The report after an edit, made of this one in place by putting the region's new items in
    /// the place of its old ones and moving those after it; the delta from this one to it:
    /// the items before the region kept, the region's dropped and added, those after kept. `Err`
    /// (this report, as it was) when that is not the change: a document rule's diagnostic
    /// outside the region that the edit did more than move, a hashtag's grade outside it that
    /// changed, an item of the paragraph before the region at its very start, another locale.
    #[inline(never)]
    pub(super) fn splice(&mut self, region: Region) -> Result<ReportDelta, Box<Region>> {
        let (from, old_to, new_to) = region.units;
        if self.whole.is_some() || self.locale != region.locale || self.over != region.over {
            return Err(Box::new(region));
        }
        let by = region.edit;
        let (a, b) = within(&self.diagnostics, from, old_to);
        // An item that starts where the region does belongs to the paragraph before it (a
        // finding at its end) unless the region starts the text: its order among the region's
        // is not known here.
        let before_at_start = from > 0
            && self
                .diagnostics
                .get(a..b)
                .unwrap_or_default()
                .iter()
                .any(|e| e.start == from && matches!(e.from, From::Paragraph(..)));
        // Past the last paragraph, an item that starts where the region ends may be one of
        // the region's old paragraphs'.
        let at_end = region.at_end
            && self
                .diagnostics
                .get(b..)
                .unwrap_or_default()
                .iter()
                .any(|e| matches!(e.from, From::Paragraph(..)));
        if before_at_start || at_end {
            return Err(Box::new(region));
        }
        // The document rules' diagnostics before and after the region: the same, moved; or
        // in the same place with what they say changed (a count, the length), each then
        // dropped and added again where it is.
        let old_in = {
            let (x, y) = (
                self.document.partition_point(|d| d.start < from),
                self.document.partition_point(|d| d.start < old_to),
            );
            x..y.max(x)
        };
        let new_in = region.in_region.clone();
        let after_old = self.document.len() - old_in.end;
        if old_in.start != new_in.start
            || after_old != region.document.len().saturating_sub(new_in.end)
        {
            return Err(Box::new(region));
        }
        let pairs = (0..old_in.start).map(|i| (i, i));
        let pairs = pairs.chain((0..after_old).map(|k| (old_in.end + k, new_in.end + k)));
        let mut changed = Vec::new();
        for (i, j) in pairs {
            let (Some(x), Some(y)) = (self.document.get(i), region.document.get(j)) else {
                return Err(Box::new(region));
            };
            if x.is_moved(y, by) {
                continue;
            }
            let shift = new_to.wrapping_sub(old_to);
            match self.slot(i, y.start, (a, b), (from, new_to, shift)) {
                Some(at) => changed.push((at, y.start)),
                None => return Err(Box::new(region)),
            }
        }
        // The hashtags' grades outside the region.
        let (ta, tb) = within(&self.entities[0], from, old_to);
        let added_tags =
            region.paragraphs.iter().map(|(p, _)| p.entities.hashtags.len()).sum::<usize>();
        let grade_at = |j: usize| region.grades.get(j).copied().flatten();
        let tags = &self.entities[0];
        let grades_kept = tags.len() - (tb - ta) + added_tags == region.grades.len()
            && tags.iter().take(ta).enumerate().all(|(j, e)| e.grade == grade_at(j))
            && tags
                .iter()
                .skip(tb)
                .enumerate()
                .all(|(k, e)| e.grade == grade_at(ta + added_tags + k));
        if !grades_kept {
            return Err(Box::new(region));
        }
        // The region's old items, to tell which of them the new ones only move.
        let old_items: Option<Vec<Diagnostic>> = self
            .diagnostics
            .get(a..b)
            .unwrap_or_default()
            .iter()
            .map(|e| self.diagnostic(e))
            .collect();
        let old_entities: Option<Vec<Vec<EntityReport>>> = (0..KINDS)
            .map(|k| {
                let (ea, eb) = within(&self.entities[k], from, old_to);
                let list = self.entities[k].get(ea..eb).unwrap_or_default();
                list.iter().map(|e| self.entity(k, e)).collect()
            })
            .collect();
        let (Some(old_items), Some(old_entities)) = (old_items, old_entities) else {
            return Err(Box::new(region));
        };
        // From here on the report is spliced.
        let shift = new_to.wrapping_sub(old_to);
        let doc_shift = new_in.end.wrapping_sub(old_in.end);
        let fresh: Vec<Entry> = region
            .diagnostics
            .iter()
            .map(|placing| match placing {
                Placing::Paragraph(built, i, base) => {
                    let start = base + built.diagnostics.get(*i).map_or(0, |d| d.start);
                    Entry {
                        from: From::Paragraph(Arc::clone(built), *i),
                        base: *base,
                        start,
                        grade: None,
                    }
                }
                Placing::Document(d) => {
                    let start = region.document.get(*d).map_or(0, |d| d.start);
                    Entry { from: From::Document(*d), base: 0, start, grade: None }
                }
            })
            .collect();
        let added = fresh.len();
        let moved = replace_entries(&mut self.diagnostics, a..b, fresh);
        for e in self.diagnostics.get_mut(moved..).unwrap_or_default() {
            match &mut e.from {
                From::Document(i) => {
                    *i = i.wrapping_add(doc_shift);
                    e.start = region.document.get(*i).map_or(0, |d| d.start);
                }
                From::Paragraph(..) => {
                    e.base = e.base.wrapping_add(shift);
                    e.start = e.start.wrapping_add(shift);
                }
            }
        }
        let mut spans = [(0, 0); KINDS];
        for (k, list) in self.entities.iter_mut().enumerate() {
            let (ea, eb) = within(list, from, old_to);
            let mut fresh = Vec::new();
            for (built, base) in &region.paragraphs {
                for (i, e) in kind(&built.entities, k).iter().enumerate() {
                    let grade = if k == 0 { grade_at(ta + fresh.len()) } else { None };
                    let from = From::Paragraph(Arc::clone(built), i);
                    fresh.push(Entry { from, base: *base, start: base + e.start, grade });
                }
            }
            let n = fresh.len();
            let moved = replace_entries(list, ea..eb, fresh);
            for e in list.get_mut(moved..).unwrap_or_default() {
                e.base = e.base.wrapping_add(shift);
                e.start = e.start.wrapping_add(shift);
            }
            spans[k] = (ea, n);
        }
        self.document = region.document;
        self.settled = region.settled;
        self.over = region.over;
        self.length = region.length;
        // The diagnostics' runs: the changed document rules' ones and the region's, in the
        // order of the last report's entries.
        let mut steps: Vec<(usize, Option<usize>)> = Vec::with_capacity(changed.len() + 1);
        for &(at, start) in &changed {
            let new_at = if at < a { at } else { at - (b - a) + added };
            if let Some(e) = self.diagnostics.get_mut(new_at) {
                e.start = start;
            }
            steps.push((at, Some(new_at)));
        }
        // The changed ones are in order: the region goes after those before it (first where an
        // empty one meets a changed diagnostic after it).
        let k = steps.partition_point(|&(at, _)| at < a);
        steps.insert(k, (a, None));
        let mut diagnostics = ListDelta { runs: Vec::new(), insert: Vec::new() };
        let mut kept = 0;
        for (at, single) in steps {
            match single {
                Some(new_at) => {
                    diagnostics.runs.push(Run { keep: at.saturating_sub(kept), drop: 1, add: 1 });
                    kept = at + 1;
                    let item = self.diagnostics.get(new_at).and_then(|e| self.diagnostic(e));
                    diagnostics.insert.extend(item);
                }
                None => {
                    let entries = self.diagnostics.get(a..a + added).unwrap_or_default();
                    let new_items: Vec<_> =
                        entries.iter().filter_map(|e| self.diagnostic(e)).collect();
                    let (runs, insert) = region_delta(&old_items, &new_items, by);
                    append(&mut diagnostics, &mut kept, a, runs, insert);
                }
            }
        }
        let mut lists = old_entities.into_iter().enumerate().map(|(k, old)| {
            let (ea, n) = spans[k];
            let entries = self.entities[k].get(ea..ea + n).unwrap_or_default();
            let new_items: Vec<_> = entries.iter().filter_map(|e| self.entity(k, e)).collect();
            let (runs, insert) = region_delta(&old, &new_items, by);
            let mut list = ListDelta { runs: Vec::new(), insert: Vec::new() };
            append(&mut list, &mut 0, ea, runs, insert);
            list
        });
        let mut next =
            || lists.next().unwrap_or(ListDelta { runs: Vec::new(), insert: Vec::new() });
        let lists = [next(), next(), next(), next()];
        let [hashtags, mentions, urls, cashtags] = lists;
        let delta = ReportDelta {
            locale: self.locale,
            platform: self.platform,
            length: self.length.clone(),
            edit: by,
            diagnostics,
            hashtags,
            mentions,
            urls,
            cashtags,
        };
        Ok(delta)
    }
}

impl Last {
    /// Where the document rules' diagnostic `i` is among the entries, when it keeps its place
    /// there starting at unit `start` after the edit: it is the first entry that starts where
    /// it did, and the paragraphs' entries on each side of it, moved with the edit, start
    /// before and after `start`.
    /// `a..b` are the entries of the edit's region, which start from unit `from` on and, after
    /// the edit, before `to`; the entries after it move by `shift` (wrapping).
    fn slot(
        &self,
        i: usize,
        start: usize,
        (a, b): (usize, usize),
        (from, to, shift): (usize, usize, usize),
    ) -> Option<usize> {
        let was = self.document.get(i)?.start;
        let list = &self.diagnostics;
        let at = list.partition_point(|e| e.start < was);
        if !matches!(list.get(at)?.from, From::Document(d) if d == i) {
            return None;
        }
        // Where the entry at `q` starts after the edit (`None`: a region's, now from `from`
        // on and before `to`).
        let moved = |q: usize| {
            let e = list.get(q)?;
            if q < a {
                Some(e.start)
            } else if q >= b {
                Some(e.start.wrapping_add(shift))
            } else {
                None
            }
        };
        // Two document rules' diagnostics keep the order of their list.
        let document = |q: usize| list.get(q).is_some_and(|e| matches!(e.from, From::Document(_)));
        let before =
            at == 0 || document(at - 1) || moved(at - 1).map_or(start >= to, |s| s < start);
        let after = at + 1 >= list.len()
            || document(at + 1)
            || moved(at + 1).map_or(start < from, |s| s > start);
        (before && after).then_some(at)
    }
}

/// The change from a region's old items to its new ones (those the edit `by` only moved kept):
/// the runs over the region and the items they add ([`delta::list`]).
fn region_delta<T: Placed>(old: &[T], new: &[T], by: Edit) -> (Vec<Run>, Vec<T>) {
    let ListDelta { runs, insert } = delta::list(old, new, by);
    (runs, insert)
}

/// Appends to `list` the runs `runs` of a region starting at old index `at` and the items
/// they add; `kept` is the old index the runs so far reach, moved past the region's runs.
fn append<T>(list: &mut ListDelta<T>, kept: &mut usize, at: usize, runs: Vec<Run>, insert: Vec<T>) {
    for (n, mut run) in runs.into_iter().enumerate() {
        if n == 0 {
            // The items between the runs so far and the region are kept too.
            run.keep += at.saturating_sub(*kept);
        }
        *kept += run.keep + run.drop;
        list.runs.push(run);
    }
    list.insert.extend(insert);
}

/// The entries of `list` (sorted by where they start) that start at or after unit `from` and
/// before `to`: their indices.
fn within(list: &[Entry], from: usize, to: usize) -> (usize, usize) {
    let a = list.partition_point(|e| e.start < from);
    let b = list.partition_point(|e| e.start < to).max(a);
    (a, b)
}

/// [`crate::text::shifted::replace_items`] for a report's entries.
fn replace_entries(list: &mut Vec<Entry>, range: Span, new: Vec<Entry>) -> usize {
    crate::text::shifted::replace_items(list, range, new)
}
