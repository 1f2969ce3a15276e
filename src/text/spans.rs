//! A set of byte spans answering "does this range touch any of them?" in O(log n).
//!
//! Rules ask, word by word, whether a word lies inside a link, a tag or a mention. Scanning the
//! entity lists for every word is quadratic on a long paste full of links; this set keeps the
//! spans sorted and merged so that each question is one binary search.

use super::Span;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanSet {
    /// Sorted by start, non-empty, not overlapping or touching each other.
    spans: Vec<Span>,
}

impl SpanSet {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> Self {
        let mut all: Vec<Span> = spans.into_iter().filter(|s| s.start < s.end).collect();
        crate::order::sort_by_key(&mut all, |s| (s.start, s.end));
        let mut spans: Vec<Span> = Vec::with_capacity(all.len());
        for s in all {
            match spans.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => spans.push(s),
            }
        }
        Self { spans }
    }

    /// Whether `range` shares at least one byte with a span of the set. An empty range counts
    /// when a span covers its position.
    pub fn overlaps(&self, range: &Span) -> bool {
        let i = self.spans.partition_point(|s| s.end <= range.start);
        self.spans.get(i).is_some_and(|s| s.start < range.end.max(range.start + 1))
    }

    /// Whether byte `at` lies inside a span.
    pub fn contains(&self, at: usize) -> bool {
        self.overlaps(&(at..at + 1))
    }

    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_and_answers_overlaps() {
        let set = SpanSet::new([10..20, 0..5, 4..8, 30..30]);
        assert_eq!(set.spans(), [0..8, 10..20]);
        assert!(set.overlaps(&(7..9)));
        assert!(!set.overlaps(&(8..10)));
        assert!(set.overlaps(&(19..25)));
        assert!(!set.overlaps(&(20..25)));
        assert!(set.contains(0) && set.contains(19));
        assert!(!set.contains(8) && !set.contains(20) && !set.contains(30));
    }

    #[test]
    fn agrees_with_a_linear_scan() {
        let spans = [3..7, 9..12, 12..15, 20..21, 25..40];
        let set = SpanSet::new(spans.clone());
        for start in 0..45 {
            for end in start..45 {
                let linear = spans.iter().any(|s| s.start < end.max(start + 1) && start < s.end);
                assert_eq!(set.overlaps(&(start..end)), linear, "{start}..{end}");
            }
        }
    }
}
