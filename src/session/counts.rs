//! How many findings of each rule a session's paragraphs hold, kept as paragraphs come and go,
//! so that whether a report reaches a cap ([`crate::caps`]) is told without counting every
//! finding again: below the caps, `caps::apply` leaves the findings as they are.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::caps::{PER_REPORT, PER_RULE};
use crate::report::Settled;

/// Findings per rule id, and in all.
#[derive(Debug, Clone, Default)]
pub(super) struct Counts {
    per_rule: HashMap<Cow<'static, str>, usize>,
    total: usize,
}

impl Counts {
    /// Counts `findings` in.
    pub(super) fn add(&mut self, findings: &[Settled]) {
        for s in findings {
            match self.per_rule.get_mut(s.finding.rule.as_ref()) {
                Some(n) => *n += 1,
                None => {
                    self.per_rule.insert(s.finding.rule.clone(), 1);
                }
            }
        }
        self.total += findings.len();
    }

    /// Counts `findings`, counted in before, out.
    pub(super) fn remove(&mut self, findings: &[Settled]) {
        for s in findings {
            if let Some(n) = self.per_rule.get_mut(s.finding.rule.as_ref()) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    self.per_rule.remove(s.finding.rule.as_ref());
                }
            }
        }
        self.total = self.total.saturating_sub(findings.len());
    }

    /// How many findings in all.
    pub(super) fn total(&self) -> usize {
        self.total
    }

    /// What the caps do to the paragraphs' findings and `more` together: `None` when the report
    /// as a whole is cut past [`PER_REPORT`], else the rules cut past [`PER_RULE`] (none: the
    /// caps change nothing).
    pub(super) fn over(&self, more: &[Settled]) -> Option<Vec<Cow<'static, str>>> {
        if self.total + more.len() <= PER_RULE {
            return Some(Vec::new());
        }
        let mut extra: HashMap<&Cow<'static, str>, usize> = HashMap::new();
        for s in more {
            *extra.entry(&s.finding.rule).or_default() += 1;
        }
        let (mut over, mut kept) = (Vec::new(), 0);
        let mut count = |rule: &Cow<'static, str>, n: usize| {
            kept += n.min(PER_RULE);
            if n > PER_RULE {
                over.push(rule.clone());
            }
        };
        for (rule, &n) in &self.per_rule {
            count(rule, n + extra.remove(rule).unwrap_or(0));
        }
        for (rule, n) in extra {
            count(rule, n);
        }
        (kept <= PER_REPORT).then_some(over)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Finding, Severity};

    fn of(rule: &'static str, n: usize) -> Vec<Settled> {
        let one =
            |at| Settled { finding: Finding::new(rule, at..at + 1, "m"), severity: Severity::Hint };
        (0..n).map(one).collect()
    }

    #[test]
    fn a_rule_crosses_its_cap_with_the_document_rules_findings() {
        let mut counts = Counts::default();
        counts.add(&of("tone/emoji", PER_RULE - 1));
        counts.add(&of("tone/jargon", 150));
        assert_eq!(counts.over(&of("tone/emoji", 1)), Some(vec![]));
        assert_eq!(counts.over(&of("tone/emoji", 2)), Some(vec!["tone/emoji".into()]));
        counts.remove(&of("tone/emoji", 1));
        assert_eq!(counts.over(&of("tone/emoji", 2)), Some(vec![]));
        let hollow = counts.over(&of("hashtag/hollow", PER_RULE + 1));
        assert_eq!(hollow, Some(vec!["hashtag/hollow".into()]));
    }

    #[test]
    fn the_report_crosses_its_cap_in_all() {
        let mut counts = Counts::default();
        for rule in ["a/1", "a/2", "a/3", "a/4", "a/5"] {
            counts.add(&of(rule, PER_RULE));
        }
        assert_eq!(counts.over(&[]), Some(vec![]));
        assert_eq!(counts.over(&of("a/6", 1)), None);
        counts.remove(&of("a/5", PER_RULE));
        assert_eq!(counts.over(&of("a/6", 1)), Some(vec![]));
        // Past its cap, a rule counts for PER_RULE in the report's count.
        assert_eq!(counts.over(&of("a/1", 5)), Some(vec!["a/1".into()]));
    }
}
