//! How a report crosses to JavaScript: two flat arrays that `report.js` turns into the plain
//! report object, instead of a JSON string that the engine parses.
//!
//! The JSON path spends a large share of a check on the crossing: serde_json writing the
//! string, the UTF-8 decode into a JS string, then `JSON.parse`. Here every string of the report is written once as
//! UTF-16 (which the engine decodes several times faster than UTF-8), its length and every
//! number go into a `u32` array, and `report.js` reads both in one pass, slicing the strings
//! and building objects of fixed shapes. The names that many items repeat (a rule id with its
//! category, a hashtag's grade) cross once: afterwards only their index does; a severity is
//! its index in `report.js`'s list of the four.
//!
//! The order of writes below is the wire format: `report.js` reads in exactly this order. The
//! objects it builds must be the ones `serde_json` would give (same keys, same order, optional
//! fields absent rather than `undefined`): `tests/js/cli-parity.test.js` compares the two on
//! every platform.

use wasm_bindgen::prelude::*;

use crate::i18n;
use crate::report::{EntitiesReport, EntityReport, Report, Severity, Suggestion};
use crate::session::delta::ReportDelta;

#[wasm_bindgen(module = "/src/wasm/report.js")]
extern "C" {
    /// Reads `units` and `numbers` (views into the wasm memory, valid for this call only) into
    /// the report object.
    #[wasm_bindgen(js_name = buildReport)]
    fn build_report(units: &[u16], numbers: &[u32]) -> JsValue;

    /// The delta object from its inserted items (`units` and `numbers` as for `buildReport`)
    /// and `counts`: the edit's start, removed and inserted units, then for the diagnostics,
    /// hashtags, mentions, URLs and cashtags in turn the number of runs and each run's `keep`,
    /// `drop` and `add`.
    #[wasm_bindgen(js_name = buildDelta)]
    fn build_delta(units: &[u16], numbers: &[u32], counts: &[u32]) -> JsValue;
}

/// `delta` as the plain object of the JS API (`ReportDelta` in `brio.d.ts`): its inserted
/// items written as a report's lists, then `buildDelta` puts the counts around them.
pub(super) fn delta_to_js(delta: &ReportDelta) -> JsValue {
    let inserted = Report {
        file: None,
        locale: delta.locale,
        platform: delta.platform,
        length: delta.length.clone(),
        entities: EntitiesReport {
            hashtags: delta.hashtags.insert.clone(),
            mentions: delta.mentions.insert.clone(),
            urls: delta.urls.insert.clone(),
            cashtags: delta.cashtags.insert.clone(),
        },
        diagnostics: delta.diagnostics.insert.clone(),
        scope: None,
    };
    let mut wire = Wire::with_capacity(&inserted);
    wire.report(&inserted);
    let edit = delta.edit;
    let mut counts = vec![edit.start, edit.removed, edit.inserted];
    let runs = [
        &delta.diagnostics.runs,
        &delta.hashtags.runs,
        &delta.mentions.runs,
        &delta.urls.runs,
        &delta.cashtags.runs,
    ];
    for runs in runs {
        counts.push(runs.len());
        counts.extend(runs.iter().flat_map(|r| [r.keep, r.drop, r.add]));
    }
    let counts: Vec<u32> =
        counts.into_iter().map(|n| u32::try_from(n).unwrap_or(u32::MAX)).collect();
    build_delta(&wire.units, &wire.numbers, &counts)
}

/// `report` as the plain object of the JS API (`Report` in `brio.d.ts`).
pub(super) fn to_js(report: &Report) -> JsValue {
    let mut wire = Wire::with_capacity(report);
    wire.report(report);
    build_report(&wire.units, &wire.numbers)
}

/// The two arrays being written, from a report that outlives them.
struct Wire<'r> {
    /// Every string of the report, one after the other, in UTF-16 code units.
    units: Vec<u16>,
    /// Numbers, flags, counts, and the length in code units of each string in `units`.
    numbers: Vec<u32>,
    /// The names already written ([`Wire::name`]), in the order they were first written.
    names: Vec<&'r str>,
    /// The (rule id, category) pairs already written ([`Wire::rule`]), in the same way.
    rules: Vec<(&'r str, &'r str)>,
    /// The text around the replacement in the report's language's "Replace with “…”" label
    /// ([`Wire::suggestion`]), and whether it has crossed yet.
    replace_label: Option<(&'static str, &'static str)>,
    replace_label_sent: bool,
}

impl<'r> Wire<'r> {
    /// Room for a typical report in one allocation per array: a diagnostic is about 130 code
    /// units of text and 10 numbers, a suggestion 40 units and 6 numbers.
    fn with_capacity(report: &Report) -> Self {
        let items = report.diagnostics.len() * 2 + report.entities.hashtags.len() + 8;
        Wire {
            units: Vec::with_capacity(items * 80),
            numbers: Vec::with_capacity(items * 8),
            names: Vec::new(),
            rules: Vec::new(),
            replace_label: i18n::around_placeholder(report.locale, "fix.replace"),
            replace_label_sent: false,
        }
    }

    /// A string, in UTF-16. The report's strings are mostly ASCII, whose bytes are their code
    /// units: an ASCII string (checked a word at a time) is widened byte by byte; the others
    /// (most messages hold a curly quote or an accent among ASCII words) are widened run by run
    /// of ASCII, and only their other chars are decoded and pushed as their one or two units,
    /// never through a slice copy (in wasm, a call to `memcpy` per char). The units are written
    /// into a vector taken out of `self` for the call, so that its length and pointer stay in
    /// locals between pushes, and the room is reserved once: a string has no more UTF-16 units
    /// than UTF-8 bytes.
    fn text(&mut self, s: &str) {
        let mut units = std::mem::take(&mut self.units);
        let before = units.len();
        units.reserve(s.len());
        if s.is_ascii() {
            units.extend(s.bytes().map(u16::from));
        } else {
            let bytes = s.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                let rest = bytes.get(at..).unwrap_or_default();
                let run = rest.iter().position(|b| !b.is_ascii()).unwrap_or(rest.len());
                units.extend(rest.get(..run).unwrap_or_default().iter().map(|&b| u16::from(b)));
                at += run;
                // A char beyond ASCII: `at` is on its first byte, a char boundary.
                let Some(c) = s.get(at..).and_then(|r| r.chars().next()) else { break };
                at += c.len_utf8();
                let c = u32::from(c);
                match u16::try_from(c) {
                    Ok(unit) => units.push(unit),
                    Err(_) => {
                        // A surrogate pair: the high ten bits, then the low ten, of c - 0x10000.
                        let c = c - 0x1_0000;
                        units.push(0xD800 | (c >> 10) as u16);
                        units.push(0xDC00 | (c & 0x3FF) as u16);
                    }
                }
            }
        }
        let written = units.len() - before;
        self.units = units;
        self.number(written);
    }

    /// A name that many items repeat (a rule id, a category, a severity, a grade): the first time
    /// its index, the next index, then its text; afterwards only its index. A post with 60
    /// findings carries a handful of distinct names, and `report.js` builds each JS string once.
    fn name(&mut self, s: &'r str) {
        // Most names are the same `&'static str` each time (rule ids, categories): the same
        // address is found without comparing bytes.
        let same = |n: &&str| std::ptr::eq(n.as_ptr(), s.as_ptr()) && n.len() == s.len();
        let found =
            self.names.iter().position(same).or_else(|| self.names.iter().position(|n| *n == s));
        match found {
            Some(i) => self.number(i),
            None => {
                self.number(self.names.len());
                self.text(s);
                self.names.push(s);
            }
        }
    }

    /// A diagnostic's rule id and category: the first time the pair's index, the next index,
    /// then both as names; afterwards only its index. One look-up per diagnostic rather than
    /// one per name, and `report.js` reads one index.
    fn rule(&mut self, rule: &'r str, category: &'r str) {
        // Built-in rules' ids and categories are the same `&'static str`s each time.
        let same = |a: &str, b: &str| std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len();
        let found = self
            .rules
            .iter()
            .position(|(r, c)| same(r, rule) && same(c, category))
            .or_else(|| self.rules.iter().position(|(r, c)| *r == rule && *c == category));
        match found {
            Some(i) => self.number(i),
            None => {
                self.number(self.rules.len());
                self.name(rule);
                self.name(category);
                self.rules.push((rule, category));
            }
        }
    }

    /// A severity, by its index in `report.js`'s `SEVERITIES`.
    fn severity(&mut self, severity: Severity) {
        self.number(severity_index(severity));
    }

    /// Offsets, counts and lengths: all below 2^32 in a 32-bit address space.
    fn number(&mut self, n: usize) {
        self.numbers.push(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn flag(&mut self, b: bool) {
        self.numbers.push(u32::from(b));
    }

    fn report(&mut self, report: &'r Report) {
        // `file` is the CLI's: never set by the wasm facade, so not written.
        self.text(report.locale.as_str());
        self.text(report.platform.id());

        let length = &report.length;
        self.number(length.used);
        self.number(length.limit);
        self.text(length.unit.as_str());
        self.flag(length.bytes.is_some());
        if let Some(bytes) = &length.bytes {
            self.number(bytes.used);
            self.number(bytes.limit);
        }

        let entities = &report.entities;
        for list in [&entities.hashtags, &entities.mentions, &entities.urls, &entities.cashtags] {
            self.entities(list);
        }

        self.number(report.diagnostics.len());
        for d in &report.diagnostics {
            self.rule(&d.rule, &d.category);
            self.severity(d.severity);
            self.text(&d.message);
            self.number(d.start);
            self.number(d.end);
            self.number(d.suggestions.len());
            for s in &d.suggestions {
                self.suggestion(s);
            }
        }

        self.flag(report.scope.is_some());
        if let Some(scope) = &report.scope {
            self.number(scope.start);
            self.number(scope.end);
            self.number(scope.total);
            self.text(&scope.message);
        }
    }

    /// A suggestion. Most labels are "Replace with “X”" around their replacement X: those cross
    /// as a kind (1; 2 the first time, followed by the text before and after X) and
    /// `report.js` puts the label together from the replacement; the others (0) cross whole.
    fn suggestion(&mut self, s: &'r Suggestion) {
        match self.replace_label {
            Some((before, after)) if is_around(&s.label, before, &s.replacement, after) => {
                if self.replace_label_sent {
                    self.number(1);
                } else {
                    self.number(2);
                    self.text(before);
                    self.text(after);
                    self.replace_label_sent = true;
                }
                self.text(&s.replacement);
            }
            _ => {
                self.number(0);
                self.text(&s.replacement);
                self.text(&s.label);
            }
        }
        self.number(s.start);
        self.number(s.end);
        self.flag(s.safe);
    }

    fn entities(&mut self, list: &'r [EntityReport]) {
        self.number(list.len());
        for e in list {
            self.text(&e.text);
            self.number(e.start);
            self.number(e.end);
            self.flag(e.grade.is_some());
            if let Some(grade) = e.grade {
                self.name(grade.as_str());
            }
        }
    }
}

/// A severity's index in `report.js`'s `SEVERITIES`, which lists them in this order.
fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
        Severity::Hint => 3,
    }
}

/// Whether `label` is `before`, `middle` and `after` one after the other.
fn is_around(label: &str, before: &str, middle: &str, after: &str) -> bool {
    label.len() == before.len() + middle.len() + after.len()
        && label.starts_with(before)
        && label.ends_with(after)
        && label.get(before.len()..label.len() - after.len()) == Some(middle)
}
