//! readability/: sentence length, reading ease, walls of text.

pub mod long_sentence;
pub mod reading_ease;
mod syllables;
pub mod wall_of_text;

use super::Context;
use super::typo::in_url;
use crate::text::Span;

/// A sentence with what the readability rules count in it.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub span: Span,
    pub words: usize,
    pub syllables: usize,
}

/// Whether the word at `span` belongs to a URL (a URL is not read word by word); `linked` says
/// whether a URL the platform links covers its start.
fn is_url_word(cx: &Context<'_>, span: &Span, linked: bool) -> bool {
    // Read as bytes: in UTF-8 an ASCII byte is always that ASCII char, never part of another.
    let bytes = cx.text().as_bytes();
    let word = bytes.get(span.clone()).unwrap_or_default();
    let before = span.start.checked_sub(1).and_then(|i| bytes.get(i));
    // Only words that could be part of a URL pay for the token check.
    #[allow(clippy::manual_contains)] // `contains` on bytes calls `memchr`: slower on a word.
    let maybe = word.iter().any(|&b| b == b'.')
        || matches!(bytes.get(span.end), Some(b':' | b'/' | b'.'))
        || matches!(before, Some(b'/' | b'.' | b':'));
    linked || (maybe && in_url(cx, span.start))
}

/// The post's sentences with their word and syllable counts, URLs left out; computed once per
/// check and shared by the readability rules.
pub(crate) fn sentences<'c>(cx: &'c Context<'_>) -> &'c [Sentence] {
    cx.sentences.get_or_init(|| count_sentences(cx))
}

fn count_sentences(cx: &Context<'_>) -> Vec<Sentence> {
    let words = cx.doc.words();
    let mut next = 0;
    // Words come in order: the first URL that may cover one only moves forward (what
    // `url_spans.contains` answers, without a search per word).
    let urls = cx.url_spans.spans();
    let mut url = 0;
    let mut scratch = syllables::Scratch::default();
    let mut out = Vec::with_capacity(cx.doc.sentences().len());
    for span in cx.doc.sentences() {
        let mut sentence = Sentence { span: span.clone(), words: 0, syllables: 0 };
        while let Some(word) = words.get(next) {
            if word.span.start >= span.end {
                break;
            }
            next += 1;
            while urls.get(url).is_some_and(|u| u.end <= word.span.start) {
                url += 1;
            }
            let linked = urls.get(url).is_some_and(|u| u.start <= word.span.start);
            if word.span.start < span.start || is_url_word(cx, &word.span, linked) {
                continue;
            }
            sentence.words += 1;
            sentence.syllables +=
                syllables::count(cx.doc.slice(&word.span), cx.locale, &mut scratch);
        }
        if sentence.words > 0 {
            out.push(sentence);
        }
    }
    out
}
