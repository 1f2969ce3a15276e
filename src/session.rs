//! Incremental checks of one document while it is typed.
//!
//! A [`Session`] keeps the last text it checked, cut into paragraphs (the text between blank
//! lines), with what the paragraph rules ([`Reach::Paragraph`]) found in each. On a new text it
//! finds the edited range (the common prefix and suffix with the last text), keeps the
//! paragraphs wholly outside it (shifting those after it), cuts the edited range into
//! paragraphs again and runs the paragraph rules on those only. The document rules
//! ([`Reach::Document`]: counts per post, the length, the first lines, the tags) run on the
//! whole text, without the lexicon scan that only paragraph rules read, on what the paragraphs
//! keep for them: their segmentation and facts, their capitalised words, their length and the
//! counting rules' partial results ([`crate::rules::partials`]), put together from the
//! paragraphs' parts. The locale is the sum
//! of the paragraphs' votes ([`i18n::Tally`]), as [`i18n::detect`] gives it on the whole.
//!
//! The report is the one [`Checker::check`] gives on the same text without a caret, byte for
//! byte: the tests below check it on random edits of generated long documents. The session
//! keeps its last report as entries ([`last`]): [`Session::change`] answers an edit with what
//! changed in it, made from the paragraphs the edit touched and the document rules' findings. What an editor
//! should use is in `docs/contracts.md` ("Incremental checks").

use std::sync::Arc;

use crate::i18n::{self, Locale, Tally};
use crate::report::{self, Settled};
use crate::rules::Reach;
use crate::text::Span;
use crate::{CheckOptions, Checker, Pass, Report, entities};

mod counts;
pub mod delta;
mod entries;
mod last;
mod pieces;

use crate::text::shifted::{self, Shifted};
use crate::text::{Document, byte_of_utf16, floor_char, utf16_len};
use counts::Counts;
use delta::{Edit, ReportDelta};
use entries::{Done, Prev};
use last::{Built, Last};
use pieces::{Lists, Pieces};

/// The state of one document being typed: its last text and each paragraph's findings.
#[derive(Debug, Clone)]
pub struct Session {
    checker: Checker,
    /// The options of every check of this document (the caret is not one of them: the report
    /// is always of the whole text).
    options: CheckOptions,
    text: String,
    /// In text order; the separators between them (runs of two or more `\n`) belong to none.
    paragraphs: Vec<Paragraph>,
    /// How many findings of each rule the paragraphs hold, for the caps.
    counts: Counts,
    /// The last report, once there is one.
    last: Option<Last>,
    /// The document's segmentation the last document pass assembled, for the next to splice.
    kept: Option<Kept>,
    /// How many edits' reports were spliced from the last one (the tests' check that they are).
    #[cfg(test)]
    spliced: usize,
    /// How many document passes moved the last hashtag analysis rather than made it again.
    #[cfg(test)]
    tags_kept: usize,
}

/// The grapheme starts, words and sentences of the whole text as a document pass assembled
/// them (`pieces::assemble`), and the lists the document rules read whole (made in `locale`),
/// with the text's length then and the one edit made since, if any (its range in the new text
/// and the range it replaced). The moves of the edits before are stored with the segmentation,
/// not applied ([`Shifted`]).
#[derive(Debug, Clone)]
struct Kept {
    graphemes: Shifted<usize>,
    words: Shifted<crate::text::Word>,
    sentences: Shifted<Span>,
    lists: Lists,
    locale: Locale,
    len: usize,
    edit: Option<(Span, Span)>,
    /// The pass's hashtag analysis.
    tags: Option<crate::hashtags::Analysis>,
    /// The edit since, exactly: where it starts, and its end in the last text and in the new.
    typed: (usize, usize, usize),
}

#[derive(Debug, Clone)]
struct Paragraph {
    /// Its bytes in the session's text.
    span: Span,
    /// Its words' votes for a language.
    tally: Tally,
    /// Its length in UTF-16 units.
    units: usize,
    /// The length in UTF-16 units of the text between the paragraph before (or the text's
    /// start) and it.
    gap: usize,
    /// What the paragraph rules found in it, spans relative to `span.start`, and the locale
    /// they ran in (`None`: not run yet).
    findings: Option<(Locale, Vec<Settled>)>,
    /// Its segmentation, entities and facts, made with its findings (boxed: the paragraphs
    /// after an edit move on each update).
    pieces: Option<Box<Pieces>>,
    /// Its findings and entities as report items, made with its findings (shared with the
    /// last report's entries, which tell a kept paragraph's items by it).
    built: Option<Arc<Built>>,
}

/// What [`Session::cut`] did: the range the new paragraphs and their gaps cover, the range of
/// the last text it replaced, the indices of the new paragraphs, and the findings of the
/// paragraphs they replaced.
struct Cut {
    edited: Span,
    replaced: Span,
    fresh: Span,
    gone: Vec<Vec<Settled>>,
}

/// Where an edit replaced paragraphs: the start of the range, its end before the edit and its
/// end after, in bytes and in UTF-16 units. Text outside it did not change: an offset before
/// the start stays, one from the old end on moves by the change in length.
#[derive(Debug, Clone, Copy)]
pub(super) struct Moved {
    bytes: (usize, usize, usize),
    units: (usize, usize, usize),
}

impl Moved {
    /// Byte offset `at` of the last text in the new one (`None` inside the replaced range).
    fn byte(&self, at: usize) -> Option<usize> {
        map_through(self.bytes, at)
    }

    /// UTF-16 offset `at` of the last text in the new one (`None` inside the replaced range).
    fn unit(&self, at: usize) -> Option<usize> {
        map_through(self.units, at)
    }
}

/// `at` mapped through the replacement of `start..old_end` by `start..new_end`.
fn map_through((start, old_end, new_end): (usize, usize, usize), at: usize) -> Option<usize> {
    if at <= start {
        Some(at)
    } else if at >= old_end {
        Some(at - old_end + new_end)
    } else {
        None
    }
}

impl Checker {
    /// An incremental check of one document with these options (see [`Session`]).
    pub fn session(&self, options: CheckOptions) -> Session {
        Session {
            checker: self.clone(),
            options: CheckOptions { caret: None, ..options },
            text: String::new(),
            paragraphs: Vec::new(),
            counts: Counts::default(),
            last: None,
            kept: None,
            #[cfg(test)]
            spliced: 0,
            #[cfg(test)]
            tags_kept: 0,
        }
    }
}

impl Session {
    /// The last text checked.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Checks `text`, the document as it now is, re-running the paragraph rules only on the
    /// paragraphs that changed since the last update. The report is [`Checker::check`]'s.
    pub fn update(&mut self, text: &str) -> Report {
        let (old, new) = (self.text.as_bytes(), text.as_bytes());
        let prefix = common_prefix(old, new);
        let suffix = common_suffix(old, new, old.len().min(new.len()) - prefix);
        let old_len = old.len();
        self.text.clear();
        self.text.push_str(text);
        self.cut(old_len, prefix, suffix);
        self.recheck()
    }

    /// Replaces the bytes `range` of the last text with `inserted` and checks the result, as
    /// [`Session::update`] does on the edited text, without looking for the edit: what an
    /// editor that knows its edits calls. An error when `range` is not a range of whole chars
    /// of the last text (the session is then left as it was).
    pub fn edit(&mut self, range: Span, inserted: &str) -> Result<Report, EditError> {
        let fits = range.start <= range.end
            && self.text.is_char_boundary(range.start)
            && self.text.is_char_boundary(range.end);
        if !fits {
            return Err(EditError { range, len: self.text.len() });
        }
        let old_len = self.text.len();
        let suffix = old_len - range.end;
        self.text.replace_range(range.clone(), inserted);
        self.cut(old_len, range.start, suffix);
        Ok(self.recheck())
    }

    /// The byte offset in the text of UTF-16 offset `unit`, or `None` when it is past the end
    /// or inside a surrogate pair: [`crate::text::byte_of_utf16`], reading only the paragraph
    /// that holds it (the paragraphs know their length in units).
    pub fn byte_of_utf16(&self, unit: usize) -> Option<usize> {
        let (start, piece, within) = self.piece_holding(&self.text, unit)?;
        byte_of_utf16(piece, within).map(|b| start + b)
    }

    /// Where the char holding UTF-16 unit `unit` of `text` (the session's text) starts, `None`
    /// past the end: read from the paragraph, or the gap between two, that holds it.
    fn char_holding(&self, text: &str, unit: usize) -> Option<usize> {
        let (start, piece, within) = self.piece_holding(text, unit)?;
        let mut units = 0;
        for (at, c) in piece.char_indices() {
            units += c.len_utf16();
            if units > within {
                return Some(start + at);
            }
        }
        None
    }

    /// The paragraph of `text` (the session's text), or the gap before one or after the last,
    /// that holds UTF-16 unit `unit` (or ends there, at the text's end): where it starts in
    /// bytes, its text, and the unit's offset in it. Adds the paragraphs' lengths in units
    /// until there, reading no char.
    fn piece_holding<'t>(&self, text: &'t str, unit: usize) -> Option<(usize, &'t str, usize)> {
        let (mut at, mut units) = (0, 0);
        for p in &self.paragraphs {
            if unit < units + p.gap {
                return Some((at, text.get(at..p.span.start)?, unit - units));
            }
            units += p.gap;
            if unit < units + p.units {
                return Some((p.span.start, text.get(p.span.clone())?, unit - units));
            }
            units += p.units;
            at = p.span.end;
        }
        Some((at, text.get(at..)?, unit.checked_sub(units)?))
    }

    /// Runs the paragraph rules on the paragraphs not checked yet (on all of them when the
    /// locale changed) and the document rules on the whole: the report, kept as the last one.
    fn recheck(&mut self) -> Report {
        let last = self.made();
        let report = last.report();
        self.last = Some(last);
        report
    }

    /// The report on the session's text as [`Session::recheck`] makes it, not kept. `prev`:
    /// the last report and the edit since, which the report is spliced from when it can be
    /// ([`Done`]).
    fn current(&mut self, prev: Option<Prev<'_>>) -> Done {
        let text = std::mem::take(&mut self.text);
        let done = self.refresh(&text, prev);
        self.text = text;
        done
    }

    /// [`Session::current`] with no last report to splice.
    fn made(&mut self) -> Last {
        match self.current(None) {
            Done::Made(last) => last,
            // Only an edit's last report is spliced: the whole check, never reached.
            Done::Spliced(_) => Last::whole(self.checker.check(&self.text, &self.options)),
        }
    }

    /// The last report, taken out (made now when there is none yet).
    fn take_last(&mut self) -> Last {
        match self.last.take() {
            Some(last) => last,
            None => self.made(),
        }
    }

    /// The report on the session's text, whole (made now when there is none yet).
    pub fn report(&mut self) -> Report {
        let last = self.take_last();
        let report = last.report();
        self.last = Some(last);
        report
    }

    /// The pre-publish gate on the session's last report ([`crate::verdict`] of its
    /// diagnostics), read without building the report.
    pub fn verdict(&mut self) -> crate::Verdict {
        let last = self.take_last();
        let verdict = crate::verdict::of(last.unplaced());
        self.last = Some(last);
        verdict
    }

    /// Replaces the bytes `range` of the last text with `inserted`, checks the result as
    /// [`Session::edit`] does, and answers with what changed in the report since the last one
    /// (see [`ReportDelta`]): made from the paragraphs the edit touched and the document
    /// rules' findings, not by comparing two whole reports. An error when `range` is not a
    /// range of whole chars of the last text (the session is then left as it was).
    pub fn change(&mut self, range: Span, inserted: &str) -> Result<ReportDelta, EditError> {
        let fits = range.start <= range.end
            && self.text.is_char_boundary(range.start)
            && self.text.is_char_boundary(range.end);
        if !fits {
            return Err(EditError { range, len: self.text.len() });
        }
        let old = self.take_last();
        let removed = self.text.get(range.clone()).map_or(0, utf16_len);
        let edit =
            Edit { start: self.units_of(range.start), removed, inserted: utf16_len(inserted) };
        let old_len = self.text.len();
        let suffix = old_len - range.end;
        self.text.replace_range(range.clone(), inserted);
        let Cut { edited, replaced, fresh, gone } = self.cut(old_len, range.start, suffix);
        // The paragraphs the edit replaced, in bytes and units (the text around them as it was).
        let start = self.units_of(edited.start);
        let new_end = start + self.text.get(edited.clone()).map_or(0, utf16_len);
        let old_end = (new_end + edit.removed).saturating_sub(edit.inserted);
        let moved = Moved {
            bytes: (edited.start, replaced.end, edited.end),
            units: (start, old_end, new_end),
        };
        let mut old = old;
        let prev = Prev { last: &mut old, moved, edit, gone, fresh };
        // Spliced: the last report is now the new one.
        let (new, delta) = match self.current(Some(prev)) {
            Done::Spliced(delta) => {
                #[cfg(test)]
                {
                    self.spliced += 1;
                }
                (old, delta)
            }
            Done::Made(new) => {
                let delta = old.delta(&new, edit);
                (new, delta)
            }
        };
        self.last = Some(new);
        Ok(delta)
    }

    /// The UTF-16 offset of byte `at` of the text (rounded down to a char's start), counting
    /// only the paragraph that holds it (the paragraphs know their length in units).
    fn units_of(&self, at: usize) -> usize {
        let text = self.text.as_str();
        let at = floor_char(text, at.min(text.len()));
        let (mut from, mut units) = (0, 0);
        for p in &self.paragraphs {
            if at < p.span.start {
                break;
            }
            units += p.gap;
            if at < p.span.end {
                return units + text.get(p.span.start..at).map_or(0, utf16_len);
            }
            units += p.units;
            from = p.span.end;
        }
        units + text.get(from..at).map_or(0, utf16_len)
    }

    /// The paragraph rules on the paragraphs not checked yet, in `locale`: their findings,
    /// pieces and items made.
    fn check_paragraphs(&mut self, text: &str, locale: Locale) {
        let dialect = self.checker.platform().info().dialect;
        let platform = self.checker.platform();
        for p in &mut self.paragraphs {
            if p.findings.as_ref().is_some_and(|(l, _)| *l == locale) {
                continue;
            }
            let piece = text.get(p.span.clone()).unwrap_or_default();
            let pass = Pass { locale: Some(locale), reach: Some(Reach::Paragraph) };
            let (found, pieces, built) = self.checker.with_context(
                piece,
                &self.options,
                entities::extract_paragraph(text, p.span.clone(), dialect),
                None,
                pass,
                |cx| {
                    let found = self.checker.run_rules(cx, Some(Reach::Paragraph));
                    let next = text.get(p.span.start..p.span.end + 1).unwrap_or(piece);
                    let items = report::build(
                        piece,
                        0,
                        locale,
                        platform,
                        cx.length.clone(),
                        cx.entities,
                        &[],
                        found.clone(),
                    );
                    let built = Built { diagnostics: items.diagnostics, entities: items.entities };
                    (found, Pieces::of(cx, next), built)
                },
            );
            if let Some((_, old)) = &p.findings {
                self.counts.remove(old);
            }
            self.counts.add(&found);
            p.findings = Some((locale, found));
            p.pieces = Some(Box::new(pieces));
            p.built = Some(Arc::new(built));
        }
    }

    fn refresh(&mut self, text: &str, prev: Option<Prev<'_>>) -> Done {
        let locale = self.locale();
        self.check_paragraphs(text, locale);
        let dialect = self.checker.platform().info().dialect;
        let pass = Pass { locale: Some(locale), reach: Some(Reach::Document) };
        let spans = self.paragraphs.iter().map(|p| (&p.span, p.pieces.as_deref()));
        // The keyed words, not-ours spans and marks only where a document rule reads them.
        let full = crate::rules::tone::formality::reads_words(locale, self.checker.compiled());
        // The last pass's segmentation, spliced where the text changed; its hashtag analysis,
        // moved with the edit, if the edit changed nothing it reads.
        let mut tags = None;
        let reuse = self.kept.take().and_then(|mut k| {
            let (edited, replaced) = k.edit?;
            if k.locale == locale {
                let by = edited.end.wrapping_sub(replaced.end);
                tags = k.tags.take().map(|t| (t, k.typed, by));
            }
            let (graphemes, words, sentences) = (k.graphemes, k.words, k.sentences);
            // The paragraphs' lists are the kept ones' only in the locale they were made in.
            let lists = (k.locale == locale).then_some(k.lists);
            let typed = k.typed;
            Some(pieces::Reuse { typed, graphemes, words, sentences, lists, edited, replaced })
        });
        let (doc, mut entities, mut seed) = match pieces::assemble(text, spans, full, reuse) {
            Some(a) => {
                let mut seed = a.seed;
                if let Some((kept, (at, _, end), by)) = tags.filter(|_| a.quiet) {
                    let capitals = &seed.capitals;
                    let read = capitals.read_before(text, at, &a.entities)
                        && capitals.word_before_next(text, end);
                    seed.tags = read.then(|| kept.moved(at, by, text));
                    #[cfg(test)]
                    {
                        self.tags_kept += usize::from(seed.tags.is_some());
                    }
                }
                (a.doc, a.entities, Some(seed))
            }
            None => (Document::new(text), entities::extract(text, dialect), None),
        };
        // Where the length overflows, found from the paragraphs' lengths in units.
        if let Some(seed) = seed.as_mut() {
            let limit = self.checker.platform().info().limit;
            if seed.units > limit {
                seed.at_limit = self.char_holding(text, limit);
            }
        }
        let assembled = seed.is_some();
        // The entities kept for the next pass are copied into the context (a few); the seed's
        // lists are lent to it.
        let lent = if assembled { entities.clone() } else { std::mem::take(&mut entities) };
        let done = self.checker.with_document(
            &doc,
            &self.options,
            lent,
            None,
            pass,
            seed.as_mut(),
            |cx| {
                let document = self.checker.run_rules(cx, Some(Reach::Document));
                let grades = cx.hashtags.grades();
                // The entries follow the caps on the paragraph rules' findings only.
                let capped =
                    |over: &Vec<_>| document.iter().any(|s| over.contains(&s.finding.rule));
                let over = self.counts.over(&document).filter(|over| assembled && !capped(over));
                if let Some(over) = over {
                    let length = cx.length.clone();
                    return self.entries(text, locale, length, document, grades, &over, prev);
                }
                // Each paragraph's findings are sorted and lie within it, so the paragraphs' are
                // sorted one after the other: merged with the document rules' (sorted too), they
                // are in the order a sort of all of them gives.
                let found = |p: &Paragraph| p.findings.as_ref().map_or(0, |(_, f)| f.len());
                let capacity = document.len() + self.paragraphs.iter().map(found).sum::<usize>();
                let paragraphs = self.paragraphs.iter().flat_map(|p| {
                    let found = p.findings.as_ref().map_or(&[][..], |(_, f)| f.as_slice());
                    found.iter().map(|s| shifted(s, p.span.start))
                });
                let settled = crate::merge_sorted(document, paragraphs, capacity);
                let settled = crate::caps::apply(settled, locale, 0);
                let whole = Last::whole(report::build(
                    text,
                    0,
                    locale,
                    self.checker.platform(),
                    cx.length.clone(),
                    cx.entities,
                    &grades,
                    settled,
                ));
                Done::Made(whole)
            },
        );
        if let Some(mut seed) = seed {
            let tags = seed.tags.take();
            let lists = Lists::returned(entities, seed);
            let (graphemes, words, sentences) = doc.into_parts();
            let len = text.len();
            let kept = Kept {
                graphemes,
                words,
                sentences,
                lists,
                locale,
                len,
                edit: None,
                tags,
                typed: (0, 0, 0),
            };
            self.kept = Some(kept);
        }
        done
    }

    /// The document's locale: the checker's, or the one its paragraphs' votes give.
    fn locale(&self) -> Locale {
        let tally = || {
            let mut all = Tally::default();
            for p in &self.paragraphs {
                all += p.tally;
            }
            all.locale()
        };
        self.checker.locale.or_else(tally).unwrap_or(crate::FALLBACK_LOCALE)
    }

    /// After the session's text changed from `old_len` bytes to what it now is, sharing
    /// `prefix` bytes at its start and `suffix` at its end with the last one: keeps the
    /// paragraphs the edit left alone, cuts the edited range into new ones (their findings not
    /// made yet). `prefix + suffix` is at most the shorter length. What it replaced ([`Cut`]).
    fn cut(&mut self, old_len: usize, prefix: usize, suffix: usize) -> Cut {
        let text = self.text.as_str();
        let new_len = text.len();
        // A paragraph is unchanged when it, and the blank line that ends it, lie in the common
        // prefix; or it, the blank line that starts it and the byte before (a `\r` there makes
        // the blank line one `\n` longer), in the common suffix: where it starts and ends is
        // then the same too.
        let before = self.paragraphs.partition_point(|p| p.span.end + 2 <= prefix);
        let after_old = old_len - suffix + 3;
        let after = self.paragraphs.partition_point(|p| p.span.start < after_old).max(before);
        let shift = |at: usize| at + new_len - old_len;
        let start =
            before.checked_sub(1).and_then(|i| self.paragraphs.get(i)).map_or(0, |p| p.span.end);
        let old_end = self.paragraphs.get(after).map_or(old_len, |p| p.span.start);
        let end = shift(old_end);
        // The kept segmentation follows one edit; a second before a document pass drops it.
        self.kept = self.kept.take().filter(|k| k.edit.is_none() && k.len == old_len).map(|k| {
            let typed = (prefix, old_len - suffix, new_len - suffix);
            Kept { edit: Some((start..end, start..old_end)), typed, ..k }
        });
        let mut from = start;
        let new: Vec<Paragraph> = paragraphs(text, start..end)
            .into_iter()
            .map(|span| {
                let piece = text.get(span.clone()).unwrap_or_default();
                let (tally, units) = (i18n::tally(piece), utf16_len(piece));
                let gap = text.get(from..span.start).map_or(0, utf16_len);
                from = span.end;
                Paragraph { span, tally, units, gap, findings: None, pieces: None, built: None }
            })
            .collect();
        let after = after.min(self.paragraphs.len());
        let mut gone = Vec::with_capacity(after.saturating_sub(before));
        for p in self.paragraphs.get_mut(before..after).unwrap_or_default() {
            if let Some((_, found)) = p.findings.take() {
                self.counts.remove(&found);
                gone.push(found);
            }
        }
        let fresh = before..before + new.len();
        // The paragraphs after the edit stay where they are in the list (moved only when the
        // edit changed how many paragraphs there are), only their spans changed.
        let tail = self.paragraphs.get_mut(after..).unwrap_or_default();
        if new_len != old_len {
            for p in tail.iter_mut() {
                p.span = shift(p.span.start)..shift(p.span.end);
            }
        }
        // The first paragraph after the edit follows the new ones, or what is left before.
        if let Some(p) = tail.first_mut() {
            p.gap = text.get(from..p.span.start).map_or(0, utf16_len);
        }
        shifted::replace_items(&mut self.paragraphs, before..after, new);
        Cut { edited: start..end, replaced: start..old_end, fresh, gone }
    }
}

/// An edit whose range does not fit the session's text ([`Session::edit`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    pub range: Span,
    /// The text's length, in bytes.
    pub len: usize,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the edit's range {}..{} is not a range of whole chars of the session's text ({} long): \
             was the text changed without the session?",
            self.range.start, self.range.end, self.len
        )
    }
}

impl std::error::Error for EditError {}

/// `s`, its spans moved `by` bytes on.
fn shifted(s: &Settled, by: usize) -> Settled {
    let mut s = s.clone();
    s.finding.span = s.finding.span.start + by..s.finding.span.end + by;
    for fix in &mut s.finding.fixes {
        fix.span = fix.span.start + by..fix.span.end + by;
    }
    s
}

/// The paragraphs of `text` within `range`: the non-empty pieces between runs of two or more
/// `\n`. `range` starts at the text's start or at such a run, and ends at the text's end or
/// just after such a run.
fn paragraphs(text: &str, range: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (range.start, range.start);
    while i < range.end {
        if bytes.get(i) != Some(&b'\n') {
            i += 1;
            continue;
        }
        let run =
            bytes.get(i..range.end).map_or(0, |b| b.iter().take_while(|&&c| c == b'\n').count());
        // After a `\r`, the first `\n` ends the paragraph's last line (`\r\n` is one grapheme).
        let crlf = usize::from(i > 0 && bytes.get(i - 1) == Some(&b'\r'));
        if run >= 2 + crlf {
            if start < i + crlf {
                out.push(start..i + crlf);
            }
            start = i + run;
        }
        i += run.max(1);
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

/// How many bytes `a` and `b` share at the start, compared eight at a time.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (a.get(..n).unwrap_or_default(), b.get(..n).unwrap_or_default());
    let mut at = a.chunks_exact(8).zip(b.chunks_exact(8)).take_while(|(x, y)| x == y).count() * 8;
    while at < n && a.get(at) == b.get(at) {
        at += 1;
    }
    at
}

/// The last `n` bytes of `s` (all of it when shorter).
fn tail(s: &[u8], n: usize) -> &[u8] {
    s.get(s.len().saturating_sub(n)..).unwrap_or_default()
}

/// How many bytes, at most `max`, `a` and `b` share at the end.
fn common_suffix(a: &[u8], b: &[u8], max: usize) -> usize {
    let (a, b) = (tail(a, max), tail(b, max));
    let max = a.len().min(b.len());
    let whole = a.rchunks_exact(8).zip(b.rchunks_exact(8)).take_while(|(x, y)| x == y).count() * 8;
    let mut at = whole;
    while at < max && a.get(max - at - 1) == b.get(max - at - 1) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::floor_char;
    use crate::{CheckerOptions, Platform};
    use proptest::prelude::*;

    /// Sentences that set off paragraph rules and document rules alike, in both languages:
    /// jargon, caps, marks, tags (generic, repeated), links, mentions, emoji, quotations.
    const SENTENCES: &[&str] = &[
        "We leverage synergies to empower our stakeholders going forward.",
        "The report was written by the team and it was approved by the board!!!",
        "Nous sommes ravis de vous annoncer notre nouvelle offre innovante.",
        "Il est interdit de fumer , et c'est vraiment très important !",
        "Read more at https://example.com/news and tell @alice what you think.",
        "THIS IS HUGE NEWS FOR EVERYONE",
        "#innovation #motivation #success #tech #digital",
        "Our best-ever, world-class, amazing product is here 🚀🚀🚀🔥🔥",
        "« Une citation qui commence ici",
        "et qui finit là », dit-elle.",
        "\"An open quote that runs on",
        "and closes here,\" she said.",
        "Perhaps we might maybe consider that it could possibly be somewhat useful.",
        "N’oubliez pas votre badge. Ne venez pas en retard.",
        "Don't forget your badge.",
        "Short one.",
        "This sentence goes on and on with many words that keep coming one after another without any pause at all so that it becomes very long indeed for a reader.",
        "Vous pouvez nous écrire, et tu peux aussi nous appeler.",
        "#Innovation again, and $TSLA too.",
        "Bonjour\u{a0}! Ça va ?",
        "https://example.org/a?b=c opens this line, @bob ends it #Tag",
        "👨‍👩‍👧 🇫🇷 e\u{301}te\u{301} ＃全角 and a cafe\u{301}.",
    ];

    fn checker(platform: Platform) -> Checker {
        match Checker::new(CheckerOptions { platform: Some(platform), ..Default::default() }) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        }
    }

    fn document() -> impl Strategy<Value = String> {
        let paragraph = proptest::collection::vec(0..SENTENCES.len(), 1..4)
            .prop_map(|ids| ids.iter().map(|&i| SENTENCES[i]).collect::<Vec<_>>().join(" "));
        let separator = prop_oneof!["\n\n", "\n", "\n\n\n", " ", "\n \n", "\r\n\r\n", "\r\n\n"];
        proptest::collection::vec((paragraph, separator), 1..30)
            .prop_map(|parts| parts.into_iter().map(|(p, s)| format!("{p}{s}")).collect::<String>())
    }

    /// An edit: where (a fraction of the text), how many chars to delete, what to insert.
    fn edit() -> impl Strategy<Value = (f64, usize, String)> {
        let insert = prop_oneof![
            Just(String::new()),
            "[a-zA-Z ]{1,3}",
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("\r".to_string()),
            Just("!".to_string()),
            Just("#".to_string()),
            Just("\"".to_string()),
            Just("»".to_string()),
            Just("é".to_string()),
            Just("🚀".to_string()),
            (0..SENTENCES.len()).prop_map(|i| SENTENCES[i].to_string()),
        ];
        (0.0..=1.0f64, 0usize..4, insert)
    }

    /// The bytes an edit replaces in `text`.
    fn range_of(text: &str, (at, delete, _): &(f64, usize, String)) -> Span {
        let start = floor_char(text, (text.len() as f64 * at) as usize);
        let end = text.get(start..).map_or(start, |rest| {
            start + rest.chars().take(*delete).map(char::len_utf8).sum::<usize>()
        });
        start..end
    }

    fn apply(text: &str, edit: &(f64, usize, String)) -> String {
        let range = range_of(text, edit);
        format!("{}{}{}", &text[..range.start], edit.2, &text[range.end..])
    }

    /// Findings at few places and of few rules and messages, so that ties are common.
    fn findings() -> impl Strategy<Value = Vec<Settled>> {
        let one = (0usize..6, 0usize..3, 0usize..2, 0usize..2).prop_map(|(at, len, rule, msg)| {
            let rule = ["a/one", "b/two"][rule];
            let finding = crate::report::Finding::new(rule, at..at + len, ["x", "y"][msg]);
            Settled { finding, severity: crate::Severity::Warning }
        });
        proptest::collection::vec(one, 0..12).prop_map(|mut v| {
            crate::sort(&mut v, 0);
            v
        })
    }

    /// What tells findings apart: place, rule, message and severity.
    fn seen(list: &[Settled]) -> Vec<(Span, String, String, crate::Severity)> {
        let of = |s: &Settled| {
            (
                s.finding.span.clone(),
                s.finding.rule.to_string(),
                s.finding.message.clone(),
                s.severity,
            )
        };
        list.iter().map(of).collect()
    }

    proptest! {
        #[test]
        fn merging_two_sorted_lists_gives_what_sorting_them_together_gives(
            first in findings(),
            second in findings(),
        ) {
            // The severity says which list a finding is from (the sort does not read it), so
            // that the order of ties between the lists shows.
            let tagged = |v: &[Settled], severity: crate::Severity| -> Vec<Settled> {
                v.iter().cloned().map(|s| Settled { severity, ..s }).collect()
            };
            let (a, b) = (tagged(&first, crate::Severity::Error), tagged(&second, crate::Severity::Info));
            let mut all: Vec<Settled> = a.iter().chain(&b).cloned().collect();
            crate::sort(&mut all, 0);
            prop_assert_eq!(seen(&crate::merge_sorted(a, b, 0)), seen(&all));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn an_update_reports_what_a_check_does(
            platform in prop::sample::select(vec![Platform::X, Platform::Linkedin, Platform::Instagram, Platform::Mastodon]),
            doc in document(),
            edits in proptest::collection::vec(edit(), 1..12),
        ) {
            let checker = checker(platform);
            let options = CheckOptions::default();
            let mut session = checker.session(options.clone());
            let mut text = doc;
            prop_assert_eq!(session.update(&text), checker.check(&text, &options));
            for e in &edits {
                text = apply(&text, e);
                prop_assert_eq!(session.update(&text), checker.check(&text, &options), "{:?}", text);
                prop_assert!(session.assembles_the_whole(), "{:?}", text);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// What an editor does: edits, each checked, and its report patched from the last by
        /// the delta (as `Session.edit` in the wasm package sends it).
        #[test]
        fn an_edit_reports_what_a_check_does_and_its_delta_patches_the_last_report(
            platform in prop::sample::select(vec![Platform::X, Platform::Linkedin, Platform::Instagram, Platform::Mastodon]),
            doc in document(),
            edits in proptest::collection::vec(edit(), 1..12),
        ) {
            let checker = checker(platform);
            let options = CheckOptions::default();
            let mut session = checker.session(options.clone());
            let mut text = doc;
            let mut last = session.update(&text);
            for e in &edits {
                let range = range_of(&text, e);
                let removed = utf16_len(&text[range.clone()]);
                let start = utf16_len(&text[..range.start]);
                let inserted = utf16_len(&e.2);
                let edit = delta::Edit { start, removed, inserted };
                let report = session.edit(range.clone(), &e.2);
                text.replace_range(range, &e.2);
                let whole = checker.check(&text, &options);
                prop_assert_eq!(report.as_ref(), Ok(&whole), "{:?}", text);
                prop_assert_eq!(session.text(), text.as_str());
                prop_assert!(session.assembles_the_whole(), "{:?}", text);
                let units = utf16_len(&text);
                for unit in [0, units / 3, units / 2, units.saturating_sub(1), units, units + 1] {
                    let whole = crate::text::byte_of_utf16(&text, unit);
                    prop_assert_eq!(session.byte_of_utf16(unit), whole, "{}", unit);
                }
                let delta = delta::ReportDelta::between(&last, &whole, edit);
                prop_assert_eq!(&delta.apply(&last), &whole);
                last = whole;
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// What the wasm package's `Session.edit` does: the delta made from the session's
        /// entries patches the last report into the whole check, across locale flips, caps and
        /// paragraphs merged or split.
        #[test]
        fn a_change_makes_the_delta_that_patches_the_last_report(
            platform in prop::sample::select(vec![Platform::X, Platform::Linkedin, Platform::Instagram, Platform::Mastodon]),
            doc in document(),
            edits in proptest::collection::vec(edit(), 1..12),
        ) {
            let checker = checker(platform);
            let options = CheckOptions::default();
            let mut session = checker.session(options.clone());
            let mut text = doc;
            let mut last = session.update(&text);
            for e in &edits {
                let range = range_of(&text, e);
                let delta = session.change(range.clone(), &e.2);
                text.replace_range(range, &e.2);
                let whole = checker.check(&text, &options);
                let Ok(delta) = delta else { panic!("the edit fits") };
                prop_assert_eq!(&delta.apply(&last), &whole, "{:?}", text);
                prop_assert_eq!(&session.report(), &whole);
                prop_assert!(session.assembles_the_whole(), "{:?}", text);
                last = whole;
            }
        }
    }

    impl Session {
        /// Whether the document and entities assembled from the paragraphs are the whole
        /// text's, and the segmentation the last document pass kept (spliced from the one
        /// before where the text changed) too.
        fn assembles_the_whole(&self) -> bool {
            let spans = self.paragraphs.iter().map(|p| (&p.span, p.pieces.as_deref()));
            let Some(assembled) = pieces::assemble(&self.text, spans, true, None) else {
                return false;
            };
            let text = self.text.as_str();
            let whole = Document::new(text);
            let kept = self.kept.as_ref().is_some_and(|k| {
                k.edit.is_none()
                    && k.len == text.len()
                    && k.graphemes.to_flat() == whole.grapheme_bounds()
                    && k.words.to_flat() == whole.words()
                    && k.sentences.to_flat() == whole.sentences()
                    && k.lists.same(&assembled)
            });
            if !kept {
                return false;
            }
            let entities = entities::extract(text, self.checker.platform().info().dialect);
            let pass = Pass { locale: Some(self.locale()), reach: Some(Reach::Document) };
            self.checker.with_context(text, &self.options, entities, None, pass, |cx| {
                pieces::is_whole(&assembled, cx)
            })
        }
    }

    #[test]
    fn an_edit_that_does_not_fit_the_text_is_refused_and_changes_nothing() {
        let checker = checker(Platform::Linkedin);
        let mut session = checker.session(CheckOptions::default());
        let text = "Café au lait.\n\nShort one.";
        let before = session.update(text);
        // Inside `é`, backwards, past the end.
        let backwards = Span { start: 5, end: 2 };
        for range in [3..4, backwards, 0..text.len() + 1] {
            let error = session.edit(range.clone(), "x");
            assert_eq!(error, Err(EditError { range, len: text.len() }));
        }
        assert_eq!(session.text(), text);
        assert_eq!(session.edit(0..0, ""), Ok(before));
        let edited = session.edit(text.len()..text.len(), "!");
        assert_eq!(edited, Ok(checker.check(&format!("{text}!"), &CheckOptions::default())));
    }

    #[test]
    fn a_keystroke_in_one_paragraph_sends_little_of_a_long_report() {
        let checker = checker(Platform::Linkedin);
        let mut session = checker.session(CheckOptions::default());
        let text = vec![SENTENCES.join(" "); 20].join("\n\n");
        let last = session.update(&text);
        // A lowercase word: a capitalised one may become a tag the hashtag rules suggest, which
        // changes every hollow tag's message.
        let at = text.len() / 2;
        let at = at + text[at..].find("keep").unwrap_or_default() + 4;
        let Ok(report) = session.edit(at..at, "s") else { panic!("the edit fits") };
        let edit = delta::Edit { start: utf16_len(&text[..at]), removed: 0, inserted: 1 };
        let delta = delta::ReportDelta::between(&last, &report, edit);
        assert!(last.diagnostics.len() > 200, "{}", last.diagnostics.len());
        assert!(delta.diagnostics.insert.len() < 20, "{:?}", delta.diagnostics.insert);
        let dropped: usize = delta.diagnostics.runs.iter().map(|r| r.drop).sum();
        assert!(dropped < 20, "{delta:?}");
        assert_eq!(delta.apply(&last), report);
    }

    /// Applies `edits` (byte ranges and what replaces them) one after the other through
    /// [`Session::change`], checking after each that the delta patches the last report into
    /// the whole check of the edited text, and that the session's report and verdict are the
    /// whole check's. The deltas.
    fn changes(checker: &Checker, text: &str, edits: &[(Span, &str)]) -> Vec<delta::ReportDelta> {
        changes_spliced(checker, text, edits).0
    }

    /// [`changes`], and how many of the edits' reports were spliced from the last one.
    fn changes_spliced(
        checker: &Checker,
        text: &str,
        edits: &[(Span, &str)],
    ) -> (Vec<delta::ReportDelta>, usize) {
        let options = CheckOptions::default();
        let mut session = checker.session(options.clone());
        let mut text = text.to_string();
        let mut last = session.update(&text);
        let mut deltas = Vec::new();
        for (range, inserted) in edits {
            let Ok(delta) = session.change(range.clone(), inserted) else { panic!("fits") };
            text.replace_range(range.clone(), inserted);
            let whole = checker.check(&text, &options);
            assert_eq!(delta.apply(&last), whole, "{text:?}");
            assert_eq!(session.report(), whole);
            assert_eq!(session.verdict(), crate::verdict(&whole.diagnostics));
            last = whole;
            deltas.push(delta);
        }
        (deltas, session.spliced)
    }

    #[test]
    fn a_rule_crossing_its_cap_far_from_the_edit_is_in_the_delta() {
        let checker = checker(Platform::Linkedin);
        let paragraph = "We leverage it.";
        let text = vec![paragraph; crate::caps::PER_RULE - 1].join("\n\n");
        let end = text.len();
        let more = format!("\n\n{paragraph}");
        // One paragraph more: at the cap; two: past it (a summary); then back under it.
        let edits = [
            (end..end, more.as_str()),
            (end..end, more.as_str()),
            (end..end + more.len(), ""),
            (end..end + more.len(), ""),
        ];
        let deltas = changes(&checker, &text, &edits);
        let summary = |d: &delta::ReportDelta| {
            d.diagnostics
                .insert
                .iter()
                .any(|x| x.message.contains(&crate::caps::PER_RULE.to_string()))
        };
        assert!(!summary(&deltas[0]) && summary(&deltas[1]), "{:?}", deltas[1].diagnostics);
    }

    #[test]
    fn keystrokes_past_a_rules_cap_keep_its_cut_right() {
        // Past the cap of the rule that flags `leverage`, keystrokes before its cut and after
        // it, in paragraphs with its finding and without, one that takes a finding away and
        // one that adds one: each delta patches the last report into the whole check.
        let checker = checker(Platform::Linkedin);
        let paragraphs: Vec<String> =
            (0..crate::caps::PER_RULE + 40)
                .map(|i| {
                    if i % 7 == 3 {
                        "Short one here.".into()
                    } else {
                        format!("We leverage it {i}.")
                    }
                })
                .collect();
        let text = paragraphs.join("\n\n");
        let at = |n: usize, word: &str| {
            let start: usize = paragraphs.iter().take(n).map(|p| p.len() + 2).sum();
            start + paragraphs[n].find(word).unwrap_or_default() + word.len()
        };
        let (early, late) = (at(10, "it"), at(crate::caps::PER_RULE + 38, "it"));
        // A paragraph without the rule's finding before its cut, and one after.
        let (short, late_short) = (at(3, "one"), at(234, "one"));
        let gone = at(12, "leverage");
        let edits = [
            (early..early, "s"),
            (early..early + 1, ""),
            (late..late, "s"),
            (late..late + 1, ""),
            (short..short, "s"),
            (short..short + 1, ""),
            (late_short..late_short, "s"),
            (late_short..late_short + 1, ""),
            (gone - 1..gone, "x"),
            (gone - 1..gone, "e"),
        ];
        // Those that keep the rule's count in their paragraph are spliced from the last report.
        let (_, spliced) = changes_spliced(&checker, &text, &edits);
        assert!(spliced >= 6, "{spliced}");
    }

    #[test]
    fn a_document_rule_flipping_on_a_far_edit_is_in_the_delta() {
        // X's limit: the first paragraph's length finding appears and goes as the last grows.
        let checker = checker(Platform::X);
        let text = format!("{}\n\n{}", "Short first paragraph.", "word ".repeat(50));
        let end = text.len();
        let long = "more words here ".repeat(3);
        let deltas =
            changes(&checker, &text, &[(end..end, long.as_str()), (end..end + long.len(), "")]);
        let too_long = |d: &delta::ReportDelta| {
            d.diagnostics.insert.iter().any(|x| x.rule == "platform/too-long")
        };
        assert!(too_long(&deltas[0]), "{:?}", deltas[0].diagnostics);
        assert!(deltas[1].diagnostics.runs.iter().any(|r| r.drop > 0), "{:?}", deltas[1]);
    }

    #[test]
    fn the_counting_rules_flip_on_an_edit_far_from_what_they_flag() {
        // Two orders and a "vous" at the start; the third order and a "tu" typed at the end
        // make the first paragraph's orders and its "vous" findings, then go again.
        let checker = checker(Platform::Linkedin);
        let first = "N’oubliez pas votre badge. Ne venez pas en retard avec vos amis.";
        let filler = "Nous avons préparé une belle journée pour toute l’équipe du quartier.";
        let text = format!("{first}\n\n{}", [filler; 12].join("\n\n"));
        let end = text.len();
        let more = "\n\nNe garez jamais devant. Tu viens aussi !!! Vraiment !";
        let deltas = changes(&checker, &text, &[(end..end, more), (end..end + more.len(), "")]);
        let rules = |d: &delta::ReportDelta| -> Vec<String> {
            d.diagnostics.insert.iter().map(|x| x.rule.to_string()).collect()
        };
        let added = rules(&deltas[0]);
        for rule in ["tone/prohibitions", "tone/formality", "tone/exclamation"] {
            assert!(added.iter().any(|r| r == rule), "{rule}: {added:?}");
        }
        let dropped: usize = deltas[1].diagnostics.runs.iter().map(|r| r.drop).sum();
        assert!(dropped >= 4, "{:?}", deltas[1].diagnostics);
    }

    #[test]
    fn a_paragraph_is_read_after_its_line_break() {
        // twitter-text reads "ée.org/a" at a text's very start as "e.org/a", and whole after a
        // line break: a paragraph checked alone must read it as the whole text does.
        let text = "Bonjour.\n\née.org/a?b=c et voilà";
        for platform in [Platform::X, Platform::Linkedin] {
            let checker = checker(platform);
            let options = CheckOptions::default();
            let mut session = checker.session(options.clone());
            assert_eq!(session.update(text), checker.check(text, &options), "{platform:?}");
        }
    }

    #[test]
    fn a_keystroke_in_one_paragraph_changes_only_its_items() {
        let checker = checker(Platform::Linkedin);
        let text = vec![SENTENCES.join(" "); 20].join("\n\n");
        let at = text.len() / 2;
        let at = at + text[at..].find("keep").unwrap_or_default() + 4;
        let (deltas, spliced) =
            changes_spliced(&checker, &text, &[(at..at, "s"), (at..at + 1, "")]);
        // Both reports spliced from the last one.
        assert_eq!(spliced, 2);
        for delta in deltas {
            assert!(delta.diagnostics.insert.len() < 20, "{:?}", delta.diagnostics.insert);
            let dropped: usize = delta.diagnostics.runs.iter().map(|r| r.drop).sum();
            assert!(dropped < 20, "{delta:?}");
        }
    }

    #[test]
    fn paragraphs_are_the_pieces_between_blank_lines() {
        let text = "a\nb\n\nc\n\n\n d\n";
        let spans: Vec<&str> =
            paragraphs(text, 0..text.len()).into_iter().map(|s| &text[s]).collect();
        assert_eq!(spans, ["a\nb", "c", " d\n"]);
        assert!(paragraphs("\n\n", 0..2).is_empty());
        let text = "a\r\n\nb\r\n\n\nc";
        let spans: Vec<&str> =
            paragraphs(text, 0..text.len()).into_iter().map(|s| &text[s]).collect();
        assert_eq!(spans, ["a\r\n\nb\r\n", "c"]);
    }

    #[test]
    fn common_ends_are_found_past_chunk_boundaries() {
        let a = b"0123456789abcdefXYZ0123456789abcdef";
        let b = b"0123456789abcdefQ0123456789abcdef";
        assert_eq!(common_prefix(a, b), 16);
        assert_eq!(common_suffix(a, b, 17), 16);
        assert_eq!(common_prefix(b"", b"abc"), 0);
        assert_eq!(common_suffix(b"abc", b"abc", 3), 3);
    }

    #[test]
    fn only_the_edited_paragraph_is_checked_again() {
        let checker = checker(Platform::Linkedin);
        let mut session = checker.session(CheckOptions::default());
        let text = SENTENCES.join("\n\n");
        session.update(&text);
        let n = session.paragraphs.len();
        let at = text.find("Short one.").unwrap_or_default();
        let edited = format!("{}Very s{}", &text[..at], &text[at + 1..]);
        session.text.replace_range(at..at + 1, "Very s");
        session.cut(text.len(), at, text.len() - at - 1);
        let stale: Vec<&str> = session
            .paragraphs
            .iter()
            .filter(|p| p.findings.is_none())
            .map(|p| &edited[p.span.clone()])
            .collect();
        assert_eq!(stale, ["Very short one."]);
        assert_eq!(session.paragraphs.len(), n);
    }

    #[test]
    fn an_update_caps_the_findings_as_a_check_does() {
        let checker = checker(Platform::Linkedin);
        // Findings in every paragraph: the caps must hold over the paragraphs together.
        let text = vec!["Wow! ".repeat(100); 40].join("\n\n");
        let mut session = checker.session(CheckOptions::default());
        let update = session.update(&text);
        assert_eq!(update, checker.check(&text, &CheckOptions::default()));
        let summaries =
            update.diagnostics.iter().filter(|d| d.message.contains("are not shown")).count();
        assert!(summaries > 0, "no summary of what was left out");
        assert!(update.diagnostics.len() <= 1_000 + 64, "{}", update.diagnostics.len());
    }

    #[test]
    fn keystrokes_around_the_names_the_tags_read_keep_the_analysis_right() {
        // A tag the post names (« à Menton ») is specific, an alternative drawn from a name
        // (« Fête de la Nature ») is offered for the hollow one: keystrokes in the words a
        // name reads, next to it, far from it, and ones that make or unmake a name.
        let checker = checker(Platform::Linkedin);
        let filler = "Nous avons préparé une belle journée pour toute l’équipe du quartier.";
        let text = format!(
            "{filler}\n\nRendez-vous à Menton pour la fête du citron avec les amis.\n\n{filler}\n\n\
             Balade pour la Fête de la Nature dimanche prochain.\n\n{filler}\n\n#menton #motivation"
        );
        let at = |word: &str| text.find(word).unwrap_or_default();
        let (menton, fete, citron, amis) = (at("Menton"), at("Fête"), at("citron"), at("amis"));
        let far = at("quartier");
        let edits = [
            (menton + 6..menton + 6, "s"),
            (menton + 6..menton + 7, ""),
            (citron..citron, "x"),
            (citron..citron + 1, ""),
            (amis..amis, "Grand "),
            (amis..amis + 6, ""),
            (fete - 1..fete - 1, "."),
            (fete - 1..fete, ""),
            (far..far, "s"),
            (far..far + 1, ""),
            (menton..menton + 1, "m"),
            (menton..menton + 1, "M"),
        ];
        let (_, spliced) = changes_spliced(&checker, &text, &edits);
        assert!(spliced > 0);
    }

    /// Runs `edits` on a session of `text` on Instagram (five distinct tags are within its
    /// limit, so that a closing wall alone is flagged), checking each delta against the whole
    /// check: whether each report flagged a wall (the first, before any edit), and how many
    /// document passes moved the hashtag analysis rather than made it again.
    fn walls_and_tags_kept(text: &str, edits: &[(Span, &str)]) -> (Vec<bool>, usize) {
        let checker = checker(Platform::Instagram);
        let options = CheckOptions::default();
        let mut session = checker.session(options.clone());
        let mut text = text.to_string();
        let mut last = session.update(&text);
        let walls = |r: &Report| r.diagnostics.iter().any(|d| d.rule == "hashtag/too-many");
        let mut seen = vec![walls(&last)];
        for (range, inserted) in edits {
            let Ok(delta) = session.change(range.clone(), inserted) else { panic!("fits") };
            text.replace_range(range.clone(), inserted);
            let whole = checker.check(&text, &options);
            assert_eq!(delta.apply(&last), whole, "{text:?}");
            seen.push(walls(&whole));
            last = whole;
        }
        (seen, session.tags_kept)
    }

    #[test]
    fn keystrokes_after_tags_move_the_analysis_and_read_the_wall_again() {
        // Tags in the middle of a document and a closing wall: keystrokes between them and
        // after the wall keep the analysis (the tags after the edit moved, those before not),
        // and a paragraph typed after the wall, then taken away, unmakes and remakes it.
        let filler = "Nous avons préparé une belle journée pour toute l’équipe du quartier.";
        let wall = "#motivation #innovation #success #teamwork";
        let text = format!(
            "{filler}\n\n#menton #motivation pour commencer.\n\n{filler}\n\n{filler}\n\n{wall}\n\n"
        );
        let third = text.find("\n\nNous").map_or(0, |n| n + 2);
        let after = text.len();
        // Far from the capitalised words a name reads (six words on from "Nous").
        let word = |from: usize| text[from..].find("toute").map_or(0, |n| from + n);
        let (a, b) = (word(third), word(third + filler.len()));
        let edits = [
            (a..a, "s"),
            (a..a + 1, ""),
            (b..b, "vraiment "),
            (b..b + 9, ""),
            (after..after, "merci !"),
            (after..after + "merci !".len(), ""),
        ];
        let (walls, kept) = walls_and_tags_kept(&text, &edits);
        assert_eq!(walls, [true, true, true, true, true, false, true]);
        // At least the two keystrokes in the fourth paragraph, with a tag before and the wall
        // after. (In the third, each edits the start of a word, and a capitalised word follows
        // in the fourth: what a name reads may have changed, and the tags are analysed anew.)
        assert!(kept >= 2, "{kept}");
    }

    #[test]
    fn a_line_after_the_last_tags_taken_away_makes_a_wall_with_the_analysis_kept() {
        // No capitalised word: nothing a name would read, so the analysis is moved even for
        // an edit after the last tag, and the wall must be read again.
        let text =
            "on se retrouve au marché.\n\n#motivation #innovation #success #teamwork\n\nà demain";
        let at = text.len() - "à demain".len();
        let edits = [(at..text.len(), " "), (at..at + 1, "à demain")];
        assert_eq!(walls_and_tags_kept(text, &edits), (vec![false, true, false], 2));
    }
}
