//! A session's report as entries ([`Last`]): the paragraphs' items and the document rules'
//! diagnostics in the order a check sorts their findings in, with the per-rule caps applied as
//! [`crate::caps::apply`] does, in walks over the findings the session holds (no report built,
//! no finding copied but the document rules' and the caps' summaries).

use std::borrow::Cow;

use super::delta::{Edit, ReportDelta};
use super::last::{Builder, Last, Placing, Region};
use super::{Moved, Session};
use crate::caps::{LeftOut, PER_RULE};
use crate::i18n::Locale;
use crate::platform::Length;
use crate::report::{self, Diagnostic, Grade, Settled};
use crate::text::{Span, floor_char, utf16_len};

/// What [`Session::region`] was given, handed back: the document rules' diagnostics, the
/// hashtags' grades and the document rules' findings.
type RegionParts = (Vec<Diagnostic>, Vec<Option<Grade>>, Vec<Settled>);

/// One finding of the merged order: a document rule's (its index), or a paragraph's (the
/// paragraph's index, the finding's there, the finding).
enum Merged<'a> {
    Document(usize),
    Paragraph(usize, usize, &'a Settled),
}

/// The last report and what an edit changed since, for the next document pass to splice the
/// report from ([`Last::splice`]) or reuse its document rules' diagnostics.
pub(super) struct Prev<'l> {
    /// Spliced in place when it can be.
    pub(super) last: &'l mut Last,
    /// The paragraphs the edit replaced (with the gaps around them), in the last text and the
    /// new one.
    pub(super) moved: Moved,
    /// The edit itself, in UTF-16 units.
    pub(super) edit: Edit,
    /// The replaced paragraphs' findings.
    pub(super) gone: Vec<Vec<Settled>>,
    /// The indices of the paragraphs that replaced them.
    pub(super) fresh: Span,
}

/// What a document pass made of the report: the last one spliced in place, and the delta from
/// it; or a new one.
pub(super) enum Done {
    Spliced(ReportDelta),
    Made(Last),
}

impl Session {
    /// The last report as entries (see the module's doc). `document` are the document rules'
    /// findings, sorted; `over` the rules past [`PER_RULE`] (the report as a whole is not
    /// past its cap). `prev` is the last report and the edit since, when there is one: the
    /// report is then spliced from it when only the edited paragraphs' items changed, and a
    /// document rule's diagnostic the edit only moved is taken from it, not made again.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn entries(
        &self,
        text: &str,
        locale: Locale,
        length: Length,
        mut document: Vec<Settled>,
        grades: Vec<Option<Grade>>,
        over: &[Cow<'static, str>],
        prev: Option<Prev<'_>>,
    ) -> Done {
        if !over.is_empty() {
            self.summarise(&mut document, locale, over);
        }
        // Where each paragraph starts, in units.
        let mut bases = Vec::with_capacity(self.paragraphs.len());
        let mut units = 0;
        for p in &self.paragraphs {
            units += p.gap;
            bases.push(units);
            units += p.units;
        }
        let units = |at| self.units_at(text, &bases, at);
        let made = match prev.as_ref().and_then(|p| Some((p.last.settled()?, &p.moved))) {
            Some(((settled, made), moved)) => reused(&document, settled, made, moved, units),
            None => document.iter().map(|s| report::diagnostic(s.clone(), units)).collect(),
        };
        let (made, grades, document) = match prev {
            Some(prev) => {
                let region = self.region(
                    &prev,
                    locale,
                    length.clone(),
                    document,
                    made,
                    grades,
                    over,
                    &bases,
                );
                match region {
                    Ok(region) => match prev.last.splice(region) {
                        Ok(delta) => return Done::Spliced(delta),
                        Err(region) => (region.document, region.grades, region.settled),
                    },
                    Err(parts) => parts,
                }
            }
            None => (made, grades, document),
        };
        let capacity = document.len() + self.counts.total();
        let platform = self.checker.platform();
        let mut builder = Builder::new(locale, platform, length, made, grades, capacity);
        let mut seen = vec![0; over.len()];
        self.merged(&document, |m| match m {
            Merged::Document(d) => builder.document(d),
            Merged::Paragraph(k, i, s) => {
                if is_left_out(s, over, &mut seen) {
                    return;
                }
                let built = self.paragraphs.get(k).and_then(|p| p.built.as_ref());
                if let (Some(built), Some(&base)) = (built, bases.get(k)) {
                    builder.diagnostic(built, i, base);
                }
            }
        });
        for (p, &base) in self.paragraphs.iter().zip(&bases) {
            if let Some(built) = &p.built {
                builder.entities(built, base);
            }
        }
        Done::Made(builder.finish(document, over))
    }

    /// The edit's region of the report for [`Last::splice`]: the document rules' diagnostics
    /// (`document`, made into `made`), the new paragraphs' items and the document rules' that
    /// start in the region, merged in report order, with what the caps leave in. The caps
    /// leave in the same share of the region when each rule past its cap has as many findings
    /// there as before the edit: the first as many as the last report kept there. `Err`, with
    /// what it was given, when that does not hold.
    #[allow(clippy::too_many_arguments)]
    fn region(
        &self,
        prev: &Prev<'_>,
        locale: Locale,
        length: Length,
        document: Vec<Settled>,
        made: Vec<Diagnostic>,
        grades: Vec<Option<Grade>>,
        over: &[Cow<'static, str>],
        bases: &[usize],
    ) -> Result<Region, RegionParts> {
        let (from, old_to, _) = prev.moved.units;
        let (start, _, new_end) = prev.moved.bytes;
        let fresh = self.paragraphs.get(prev.fresh.clone()).unwrap_or_default();
        fn found(p: &super::Paragraph) -> &[Settled] {
            p.findings.as_ref().map_or(&[][..], |(_, f)| f.as_slice())
        }
        // What the caps leave in the region: per rule past its cap, as many as before.
        let count = |all: &mut dyn Iterator<Item = &Settled>, rule: &str| {
            all.filter(|s| same_rule(rule, &s.finding.rule)).count()
        };
        let mut quota = Vec::with_capacity(over.len());
        let kept =
            if over.is_empty() { Some(Vec::new()) } else { prev.last.kept_in(from, old_to, over) };
        let Some(kept) = kept else { return Err((made, grades, document)) };
        for (rule, &n) in over.iter().zip(&kept) {
            let before = count(&mut prev.gone.iter().flatten(), rule);
            let after = count(&mut fresh.iter().flat_map(found), rule);
            if before != after {
                return Err((made, grades, document));
            }
            quota.push(n);
        }
        // Past the last paragraph, a finding at the text's end: its order with the document
        // rules' there is not the region's.
        let at_end = prev.fresh.end >= self.paragraphs.len();
        let last_at_end = at_end
            && fresh
                .iter()
                .any(|p| found(p).iter().any(|s| s.finding.span.start + p.span.start >= new_end));
        if last_at_end {
            return Err((made, grades, document));
        }
        let in_region = {
            let a = document.partition_point(|s| s.finding.span.start < start);
            let b = document.partition_point(|s| s.finding.span.start < new_end).max(a);
            a..b
        };
        let mut diagnostics = Vec::new();
        let mut paragraphs = Vec::with_capacity(fresh.len());
        let mut d = in_region.start;
        let mut seen = vec![0; over.len()];
        for (k, p) in self.paragraphs.iter().enumerate().skip(prev.fresh.start).take(fresh.len()) {
            let (Some(built), Some(&base)) = (p.built.as_ref(), bases.get(k)) else {
                return Err((made, grades, document));
            };
            paragraphs.push((std::sync::Arc::clone(built), base));
            for (i, s) in found(p).iter().enumerate() {
                let place = s.finding.place(p.span.start);
                while d < in_region.end
                    && document.get(d).is_some_and(|doc| {
                        doc.finding
                            .place(0)
                            .cmp(&place)
                            .then_with(|| crate::same_place(doc, s))
                            .is_le()
                    })
                {
                    diagnostics.push(Placing::Document(d));
                    d += 1;
                }
                if let Some(r) = over.iter().position(|rule| same_rule(rule, &s.finding.rule)) {
                    let (Some(n), Some(&q)) = (seen.get_mut(r), quota.get(r)) else { continue };
                    *n += 1;
                    if *n > q {
                        continue;
                    }
                }
                diagnostics.push(Placing::Paragraph(std::sync::Arc::clone(built), i, base));
            }
        }
        diagnostics.extend((d..in_region.end).map(Placing::Document));
        Ok(Region {
            units: prev.moved.units,
            edit: prev.edit,
            locale,
            length,
            document: made,
            settled: document,
            over: over.to_vec(),
            at_end,
            in_region,
            diagnostics,
            paragraphs,
            grades,
        })
    }

    /// Adds to `document` the summaries of what the caps leave out of each rule of `over`
    /// (the paragraph rules': a document rule's findings are few), in sort order.
    fn summarise(&self, document: &mut Vec<Settled>, locale: Locale, over: &[Cow<'static, str>]) {
        let mut left: Vec<Option<LeftOut>> = over.iter().map(|_| None).collect();
        let mut seen = vec![0; over.len()];
        // No document rule's finding is of a rule of `over` (the report is built whole then):
        // the paragraphs' findings in text order are those of the merged order that count.
        for p in &self.paragraphs {
            let found = p.findings.as_ref().map_or(&[][..], |(_, f)| f.as_slice());
            for s in found {
                let Some(r) = over.iter().position(|rule| same_rule(rule, &s.finding.rule)) else {
                    continue;
                };
                let Some(n) = seen.get_mut(r) else { continue };
                *n += 1;
                if *n <= PER_RULE {
                    continue;
                }
                match left.get_mut(r) {
                    Some(Some(out)) => out.add(s),
                    Some(none) => *none = Some(LeftOut::new(super::shifted(s, p.span.start))),
                    None => {}
                }
            }
        }
        for out in left.into_iter().flatten() {
            let summary = out.rule_summary(locale);
            // After the findings it ties with, as the caps' stable sort puts it.
            let at = document.partition_point(|d| {
                d.finding
                    .place(0)
                    .cmp(&summary.finding.place(0))
                    .then_with(|| crate::same_place(d, &summary))
                    .is_le()
            });
            document.insert(at, summary);
        }
    }

    /// Calls `f` on the document rules' findings (`document`, sorted) and the paragraphs'
    /// in the order [`crate::merge_sorted`] gives them.
    fn merged<'a>(&'a self, document: &[Settled], mut f: impl FnMut(Merged<'a>)) {
        let mut d = 0;
        for (k, p) in self.paragraphs.iter().enumerate() {
            let found = p.findings.as_ref().map_or(&[][..], |(_, f)| f.as_slice());
            let before = |doc: &Settled, s: &Settled| {
                let place = s.finding.place(p.span.start);
                doc.finding.place(0).cmp(&place).then_with(|| crate::same_place(doc, s)).is_le()
            };
            // When the next document finding comes after the paragraph's last, none comes
            // between its findings: they are placed without a comparison each.
            let after_all = found.last().is_none_or(|last| {
                document
                    .get(d)
                    .is_none_or(|doc| doc.finding.place(0) > last.finding.place(p.span.start))
            });
            for (i, s) in found.iter().enumerate() {
                while !after_all && document.get(d).is_some_and(|doc| before(doc, s)) {
                    f(Merged::Document(d));
                    d += 1;
                }
                f(Merged::Paragraph(k, i, s));
            }
        }
        for d in d..document.len() {
            f(Merged::Document(d));
        }
    }

    /// Byte `at` of `text` in units, through the paragraph that holds it (`bases`: where each
    /// paragraph starts, in units).
    fn units_at(&self, text: &str, bases: &[usize], at: usize) -> usize {
        let at = floor_char(text, at.min(text.len()));
        let i = self.paragraphs.partition_point(|p| p.span.start <= at);
        let Some((p, base)) =
            i.checked_sub(1).and_then(|k| self.paragraphs.get(k).zip(bases.get(k)))
        else {
            return text.get(..at).map_or(0, utf16_len);
        };
        if at <= p.span.end {
            base + text.get(p.span.start..at).map_or(0, utf16_len)
        } else {
            base + p.units + text.get(p.span.end..at).map_or(0, utf16_len)
        }
    }
}

/// The document rules' findings `document` as diagnostics (`units` maps a byte offset to
/// UTF-16 units): each that is one of the last pass's (`settled`, made into `made`) moved by
/// the edit `moved`, with its spans and fixes, is that diagnostic moved; the others are made.
/// Both lists are sorted by where their findings start.
fn reused(
    document: &[Settled],
    settled: &[Settled],
    made: &[Diagnostic],
    moved: &Moved,
    units: impl Fn(usize) -> usize,
) -> Vec<Diagnostic> {
    let mut i = 0;
    let mut out = Vec::with_capacity(document.len());
    for s in document {
        let start = s.finding.span.start;
        // The last findings that started before this one, moved, are not it.
        while settled
            .get(i)
            .is_some_and(|o| moved.byte(o.finding.span.start).is_none_or(|at| at < start))
        {
            i += 1;
        }
        let mut found = None;
        let mut k = i;
        while let Some(o) = settled.get(k) {
            if moved.byte(o.finding.span.start) != Some(start) {
                break;
            }
            if is_moved(o, s, moved) {
                found = made.get(k).map(|d| moved_diagnostic(d, moved));
                break;
            }
            k += 1;
        }
        out.push(match found {
            Some(d) => d,
            None => report::diagnostic(s.clone(), &units),
        });
    }
    out
}

/// Whether `old`, its spans mapped through `moved`, is `new`.
fn is_moved(old: &Settled, new: &Settled, moved: &Moved) -> bool {
    let span = |a: &crate::text::Span, b: &crate::text::Span| {
        moved.byte(a.start) == Some(b.start) && moved.byte(a.end) == Some(b.end)
    };
    let (a, b) = (&old.finding, &new.finding);
    old.severity == new.severity
        && span(&a.span, &b.span)
        && a.rule == b.rule
        && a.on_whole_text == b.on_whole_text
        && a.severity == b.severity
        && a.message == b.message
        && a.fixes.len() == b.fixes.len()
        && a.fixes.iter().zip(&b.fixes).all(|(x, y)| {
            span(&x.span, &y.span)
                && x.safe == y.safe
                && x.label == y.label
                && x.replacement == y.replacement
        })
}

/// `d`, made of a finding whose spans `moved` maps, with its offsets mapped.
fn moved_diagnostic(d: &Diagnostic, moved: &Moved) -> Diagnostic {
    let unit = |at: usize| moved.unit(at).unwrap_or(at);
    let mut d = d.clone();
    (d.start, d.end) = (unit(d.start), unit(d.end));
    for s in &mut d.suggestions {
        (s.start, s.end) = (unit(s.start), unit(s.end));
    }
    d
}

/// Whether the caps leave `s` out: its rule is in `over` and it comes after the first
/// [`PER_RULE`] of them (`seen` counts each rule's so far).
fn is_left_out(s: &Settled, over: &[Cow<'static, str>], seen: &mut [usize]) -> bool {
    if over.is_empty() {
        return false;
    }
    let Some(r) = over.iter().position(|rule| same_rule(rule, &s.finding.rule)) else {
        return false;
    };
    seen.get_mut(r).is_some_and(|n| {
        *n += 1;
        *n > PER_RULE
    })
}

/// Whether two rule ids are the same: the same static string most often (a rule names its
/// findings with its own id), else compared.
fn same_rule(a: &str, b: &str) -> bool {
    a.len() == b.len() && (std::ptr::eq(a.as_ptr(), b.as_ptr()) || a == b)
}
