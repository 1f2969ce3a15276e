//! Caps on how many diagnostics one report holds.
//!
//! A pasted megabyte of "Wow! " would otherwise give hundreds of thousands of diagnostics:
//! tens of megabytes of JSON for the editor to parse and paint, on every keystroke. Past a cap,
//! the findings left out are not dropped silently: one last diagnostic, where the first left-out
//! finding stands, says how many more there are, and carries the most serious severity among
//! them, so that the pre-publish verdict (read from severities) is the same as without the cap.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::i18n::{self, Locale};
use crate::report::{Settled, Severity};

/// Findings one rule (one id: each custom rule counts on its own) may report.
pub const PER_RULE: usize = 200;
/// Findings one report may hold, before the summaries of what was left out.
pub const PER_REPORT: usize = 1_000;

/// What was left out after a cap: how many, where the first of them stands, how serious the
/// worst was.
pub(crate) struct LeftOut {
    count: usize,
    first: Settled,
    worst: Severity,
}

impl LeftOut {
    pub(crate) fn new(first: Settled) -> Self {
        Self { count: 1, worst: first.severity, first }
    }

    pub(crate) fn add(&mut self, s: &Settled) {
        self.count += 1;
        self.worst = self.worst.min(s.severity);
    }

    /// The one diagnostic standing for what one rule had left out past [`PER_RULE`].
    pub(crate) fn rule_summary(self, locale: Locale) -> Settled {
        let (n, max) = (self.count.to_string(), PER_RULE.to_string());
        let message = i18n::tr(locale, "report.more-of-rule", &[("n", &n), ("max", &max)]);
        self.summary(message)
    }

    /// The one diagnostic standing for everything left out, under `rule`'s id.
    fn summary(self, message: String) -> Settled {
        let mut finding = self.first.finding;
        finding.message = message;
        finding.fixes.clear();
        finding.severity = Some(self.worst);
        Settled { finding, severity: self.worst }
    }
}

/// Applies both caps to `settled`, which is sorted by position (in the whole text, the part the
/// rules ran on starting at `offset`): each rule keeps its first [`PER_RULE`] findings, the
/// report its first [`PER_REPORT`], and each cut adds one summary. The result is sorted by
/// position again. Below the caps, `settled` comes back untouched.
pub(crate) fn apply(settled: Vec<Settled>, locale: Locale, offset: usize) -> Vec<Settled> {
    if settled.len() <= PER_RULE {
        return settled;
    }
    let mut kept: Vec<Settled> = Vec::with_capacity(settled.len().min(PER_REPORT));
    // Keyed by the rule ids as the findings hold them: a built-in rule's id is borrowed, so
    // counting its findings allocates nothing.
    let mut seen: HashMap<Cow<'static, str>, usize> = HashMap::new();
    // Per rule id, in order of first cut, so that the output does not depend on hashing.
    let mut per_rule: Vec<LeftOut> = Vec::new();
    let mut cut_index: HashMap<Cow<'static, str>, usize> = HashMap::new();
    let mut over_report: Option<LeftOut> = None;
    for s in settled {
        let count = match seen.get_mut(s.finding.rule.as_ref()) {
            Some(count) => {
                *count += 1;
                *count
            }
            None => {
                seen.insert(s.finding.rule.clone(), 1);
                1
            }
        };
        if count > PER_RULE {
            match cut_index.get(s.finding.rule.as_ref()) {
                Some(&i) => {
                    if let Some(left) = per_rule.get_mut(i) {
                        left.add(&s);
                    }
                }
                None => {
                    cut_index.insert(s.finding.rule.clone(), per_rule.len());
                    per_rule.push(LeftOut::new(s));
                }
            }
        } else if kept.len() >= PER_REPORT {
            match &mut over_report {
                Some(left) => left.add(&s),
                None => over_report = Some(LeftOut::new(s)),
            }
        } else {
            kept.push(s);
        }
    }
    if per_rule.is_empty() && over_report.is_none() {
        return kept;
    }
    for left in per_rule {
        kept.push(left.rule_summary(locale));
    }
    if let Some(left) = over_report {
        let (n, max) = (left.count.to_string(), PER_REPORT.to_string());
        let message = i18n::tr(locale, "report.more", &[("n", &n), ("max", &max)]);
        kept.push(left.summary(message));
    }
    crate::sort(&mut kept, offset);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Finding;

    fn settled(rule: &'static str, at: usize, severity: Severity) -> Settled {
        Settled { finding: Finding::new(rule, at..at + 1, "m"), severity }
    }

    fn count(out: &[Settled], rule: &str) -> usize {
        out.iter().filter(|s| s.finding.rule == rule).count()
    }

    #[test]
    fn below_the_caps_nothing_changes() {
        let input: Vec<Settled> =
            (0..PER_RULE).map(|i| settled("typo/double-space", i, Severity::Hint)).collect();
        let out = apply(input, Locale::En, 0);
        assert_eq!(out.len(), PER_RULE);
        assert!(out.iter().all(|s| s.finding.message == "m"));
    }

    #[test]
    fn one_rule_past_its_cap_ends_with_a_count_at_the_first_left_out() {
        let input: Vec<Settled> = (0..PER_RULE + 50)
            .map(|i| settled("tone/emoji", i * 2, Severity::Hint))
            .chain([settled("tone/jargon", 10_000, Severity::Warning)])
            .collect();
        let out = apply(input, Locale::En, 0);
        assert_eq!(count(&out, "tone/emoji"), PER_RULE + 1);
        assert_eq!(count(&out, "tone/jargon"), 1);
        let summary = out.iter().find(|s| s.finding.message.starts_with("50 more")).unwrap();
        assert_eq!(summary.finding.rule, "tone/emoji");
        assert_eq!(summary.finding.span, PER_RULE * 2..PER_RULE * 2 + 1);
        assert_eq!(
            summary.finding.message,
            "50 more findings of this rule from here on are not shown: a report lists 200 per rule."
        );
        let starts: Vec<usize> = out.iter().map(|s| s.finding.span.start).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "sorted by position");
    }

    #[test]
    fn the_summary_keeps_the_worst_severity_left_out() {
        let mut input: Vec<Settled> =
            (0..PER_RULE + 3).map(|i| settled("custom/no-asap", i, Severity::Warning)).collect();
        input.push(settled("custom/no-asap", PER_RULE + 3, Severity::Error));
        let out = apply(input, Locale::Fr, 0);
        let last = out.last().unwrap();
        assert_eq!(last.severity, Severity::Error);
        assert!(last.finding.message.starts_with("4 autres signalements de cette règle"));
    }

    #[test]
    fn the_report_as_a_whole_is_capped_too() {
        // Six rules of 199 findings each: under the cap per rule, over it per report.
        let rules = ["a/1", "a/2", "a/3", "a/4", "a/5", "a/6"];
        let mut input: Vec<Settled> = Vec::new();
        for i in 0..PER_RULE - 1 {
            for (r, rule) in rules.iter().enumerate() {
                input.push(settled(rule, i * 10 + r, Severity::Info));
            }
        }
        let total = input.len();
        let out = apply(input, Locale::En, 0);
        assert_eq!(out.len(), PER_REPORT + 1);
        let summary = out.iter().find(|s| s.finding.message.contains("at most")).unwrap();
        let n = total - PER_REPORT;
        assert_eq!(
            summary.finding.message,
            format!("{n} more findings from here on are not shown: a report lists 1000 at most.")
        );
    }
}
