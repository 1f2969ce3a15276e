//! readability/: sentence length, reading ease, walls of text.

pub mod long_sentence;
pub mod reading_ease;
mod syllables;
mod url_words;
pub mod wall_of_text;

use super::Context;
use crate::text::Span;
use url_words::UrlWords;

/// A sentence with what the readability rules count in it.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub span: Span,
    pub words: usize,
    pub syllables: usize,
}

/// The post's sentences with their word and syllable counts, URLs left out: made once per
/// check, on first use ([`Context::sentences`]), and shared by the readability rules.
pub(crate) fn count_sentences(cx: &Context<'_>) -> Vec<Sentence> {
    let bytes = cx.text().as_bytes();
    let words = cx.doc.words();
    let mut next = 0;
    let mut urls = UrlWords::new(cx);
    let mut syllables = syllables::Counter::new(cx.locale);
    let mut out = Vec::with_capacity(cx.doc.sentences().len());
    for span in cx.doc.sentences() {
        let mut sentence = Sentence { span: span.clone(), words: 0, syllables: 0 };
        while let Some(word) = words.get(next) {
            if word.span.start >= span.end {
                break;
            }
            next += 1;
            if word.span.start < span.start || urls.contains(&word.span) {
                continue;
            }
            sentence.words += 1;
            sentence.syllables += syllables.count(bytes, &word.span);
        }
        if sentence.words > 0 {
            out.push(sentence);
        }
    }
    out
}
