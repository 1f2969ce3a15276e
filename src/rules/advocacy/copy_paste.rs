//! # advocacy/copy-paste
//!
//! **What it flags.** An employee's post that is nearly the brand's reference post word for word
//! (the reference is given with the check: `--reference` in the CLI, `reference` in JS).
//! Similarity is 1 − the edit distance between the two posts' words (lower-cased, punctuation
//! left out) divided by the longer post's word count; posts of 80% similarity or more are
//! flagged. For very long texts (over 4 million word pairs) the Jaccard index of word
//! trigrams stands in for it, keeping the check linear. References under 8 words are ignored.
//!
//! **Why it matters.** Ten colleagues posting the same text look automated: feeds show fewer of
//! them, and readers trust a person's own words more than a relayed statement.
//!
//! **Example.** The brand's announcement, pasted with one word changed.
//!
//! **Better.** Say what the news means to you, in your words, in the first line; link to the
//! brand's post for the official version.

use brio_compile::case::CaseMap as _;
use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Document;

pub struct CopyPaste;

/// Posts at least this similar to the reference are flagged.
pub const THRESHOLD: f64 = 0.8;
/// Shorter references are too generic to compare.
pub const MIN_WORDS: usize = 8;
/// Above this many word pairs, the edit distance gives way to trigram Jaccard.
const MAX_PAIRS: usize = 4_000_000;

static META: RuleMeta = RuleMeta {
    id: "advocacy/copy-paste",
    default_severity: Severity::Warning,
    summary: "An employee post nearly identical to the brand's reference post (80% or more).",
    fixable: false,
    reach: Reach::Document,
};

fn words(doc: &Document<'_>) -> Vec<String> {
    doc.words().iter().map(|w| doc.slice(&w.span).lower()).collect()
}

/// Edit distance over words, in one row of memory.
fn word_distance(a: &[String], b: &[String]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, wa) in a.iter().enumerate() {
        let mut diagonal = i;
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, wb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(0);
            let left = row.get(j).copied().unwrap_or(0);
            let cost = diagonal + usize::from(wa != wb);
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = cost.min(above + 1).min(left + 1);
            }
            diagonal = above;
        }
    }
    row.last().copied().unwrap_or(0)
}

fn trigrams(words: &[String]) -> HashSet<u64> {
    words
        .windows(3)
        .map(|w| {
            let mut h = DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// How alike two word sequences are, from 0 (nothing shared) to 1 (identical).
pub fn similarity(a: &[String], b: &[String]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    if a.len().saturating_mul(b.len()) <= MAX_PAIRS {
        return 1.0 - word_distance(a, b) as f64 / longest as f64;
    }
    let (ta, tb) = (trigrams(a), trigrams(b));
    let union = ta.union(&tb).count();
    if union == 0 {
        return 0.0;
    }
    ta.intersection(&tb).count() as f64 / union as f64
}

impl Rule for CopyPaste {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(reference) = cx.options.reference.as_deref() else {
            return;
        };
        let theirs = words(&Document::new(reference));
        let ours = words(cx.doc);
        if theirs.len() < MIN_WORDS || ours.is_empty() {
            return;
        }
        // The distance is at least the difference in length: skip the work when that alone
        // keeps the similarity under the threshold.
        let (short, long) = (ours.len().min(theirs.len()), ours.len().max(theirs.len()));
        if (short as f64) < THRESHOLD * long as f64 {
            return;
        }
        let similar = similarity(&ours, &theirs);
        if similar < THRESHOLD {
            return;
        }
        let (Some(first), Some(last)) = (cx.doc.words().first(), cx.doc.words().last()) else {
            return;
        };
        let percent = (similar * 100.0).floor() as u32;
        let message = cx.tr("advocacy/copy-paste", &[("percent", &percent)]);
        out.push(Finding::new(META.id, first.span.start..last.span.end, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    const REFERENCE: &str = "We are proud to open our new workshop in Lyon, with forty new jobs \
                             and a training centre for young people.";

    fn case(text: &str) -> Case<'_> {
        let mut case = Case::en(text);
        case.options.reference = Some(REFERENCE.to_string());
        case
    }

    #[test]
    fn flags_a_near_copy() {
        let post = "We are proud to open our new workshop in Lyon, with forty new jobs and a \
                    training centre for young talent!";
        let found = case(post).run(&CopyPaste);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("95%"), "{}", found[0].message);
        assert_eq!(found[0].span, 0..post.len() - 1);
    }

    #[test]
    fn a_personal_post_passes() {
        let post = "Three years ago I trained in a garage. Today our team opens a real workshop \
                    in Lyon, with forty new colleagues to welcome. Proud of this one.";
        assert!(case(post).run(&CopyPaste).is_empty());
        assert!(Case::en(REFERENCE).run(&CopyPaste).is_empty(), "no reference, no check");
    }

    #[test]
    fn similarity_measures() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(similarity(&w("a b c d"), &w("a b c d")), 1.0);
        assert_eq!(similarity(&w("a b c d"), &w("a x c d")), 0.75);
        let long: Vec<String> = (0..3000).map(|i| i.to_string()).collect();
        assert_eq!(similarity(&long, &long), 1.0);
    }
}
