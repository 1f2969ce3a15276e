//! Which words of a post belong to a URL (a URL is not read word by word), asked in text order.
//!
//! The readability statistics ask it of every word: cursors over the URLs and over the periods
//! move forward with the words, so that each answer costs a few comparisons, and only the words
//! next to a URL's punctuation pay for the token check.

use crate::entities::scan;
use crate::rules::Context;
use crate::rules::typo::in_url;
use crate::text::Span;

pub(super) struct UrlWords<'c, 'a> {
    cx: &'c Context<'a>,
    bytes: &'c [u8],
    /// The URLs the platform links, and the first one that does not end before the last word
    /// asked about.
    urls: &'c [Span],
    url: usize,
    /// The first period at or after the byte before the last word asked about (`usize::MAX`
    /// past the last one).
    period: usize,
}

impl<'c, 'a> UrlWords<'c, 'a> {
    pub(super) fn new(cx: &'c Context<'a>) -> Self {
        let bytes = cx.text().as_bytes();
        let period = scan::find_byte(bytes, 0, b'.').unwrap_or(usize::MAX);
        Self { cx, bytes, urls: cx.url_spans.spans(), url: 0, period }
    }

    /// Whether the word at `span` belongs to a URL: one the platform links covers its start, or
    /// it has URL punctuation in it or next to it (a period, or a slash or colon right before
    /// or after) and its token looks like a URL. Words must be asked about in text order.
    pub(super) fn contains(&mut self, span: &Span) -> bool {
        while self.urls.get(self.url).is_some_and(|u| u.end <= span.start) {
            self.url += 1;
        }
        if self.urls.get(self.url).is_some_and(|u| u.start <= span.start) {
            return true;
        }
        let before = span.start.checked_sub(1);
        let from = before.unwrap_or(span.start);
        while self.period < from {
            self.period = scan::find_byte(self.bytes, self.period + 1, b'.').unwrap_or(usize::MAX);
        }
        // Read as bytes: in UTF-8 an ASCII byte is always that ASCII char, never part of
        // another.
        let maybe = self.period <= span.end
            || matches!(self.bytes.get(span.end), Some(b':' | b'/'))
            || matches!(before.and_then(|i| self.bytes.get(i)), Some(b'/' | b':'));
        maybe && in_url(self.cx, span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    /// The question asked of one word alone, by a scan of the word and its neighbours.
    fn reference(cx: &Context<'_>, span: &Span) -> bool {
        let bytes = cx.text().as_bytes();
        let word = bytes.get(span.clone()).unwrap_or_default();
        let before = span.start.checked_sub(1).and_then(|i| bytes.get(i));
        let maybe = word.contains(&b'.')
            || matches!(bytes.get(span.end), Some(b':' | b'/' | b'.'))
            || matches!(before, Some(b'/' | b'.' | b':'));
        cx.url_spans.contains(span.start) || (maybe && in_url(cx, span.start))
    }

    fn both(text: &str) -> Vec<(bool, bool)> {
        Case::en(text).context(|cx| {
            let mut urls = UrlWords::new(cx);
            cx.doc
                .words()
                .iter()
                .map(|w| (urls.contains(&w.span), reference(cx, &w.span)))
                .collect()
        })
    }

    #[test]
    fn finds_linked_and_unlinked_urls() {
        let text = "See https://acme.example/a/b, www.acme.example and mailto:x@y.z. End.";
        let answers = both(text);
        assert!(answers.iter().all(|(a, b)| a == b), "{answers:?}");
        let inside: Vec<bool> = answers.iter().map(|(a, _)| *a).collect();
        assert!(inside.contains(&true) && inside.first() == Some(&false));
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_scan_of_each_word(
            text in "([a-zé]{1,4}|[ .:/\n]|https?://|www\\.|mailto:|\\.com|/\u{200d}\u{2139}|3\\.5)*"
        ) {
            for (fast, slow) in both(&text) {
                proptest::prop_assert_eq!(fast, slow);
            }
        }
    }
}
