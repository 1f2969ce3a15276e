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

/// Whether the word at `span` belongs to a URL (a URL is not read word by word).
fn is_url_word(cx: &Context<'_>, span: &Span) -> bool {
    let text = cx.text();
    let near = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    let before = text.get(..span.start).and_then(|s| s.chars().next_back());
    let word = text.get(span.clone()).unwrap_or("");
    // Only words that could be part of a URL pay for the token check.
    let maybe = word.contains('.')
        || matches!(near(span.end), Some(':' | '/' | '.'))
        || matches!(before, Some('/' | '.' | ':'));
    cx.url_spans.contains(span.start) || (maybe && in_url(cx, span.start))
}

/// The post's sentences with their word and syllable counts, URLs left out; computed once per
/// check and shared by the readability rules.
pub(crate) fn sentences<'c>(cx: &'c Context<'_>) -> &'c [Sentence] {
    cx.sentences.get_or_init(|| count_sentences(cx))
}

fn count_sentences(cx: &Context<'_>) -> Vec<Sentence> {
    let words = cx.doc.words();
    let mut next = 0;
    let mut letters = Vec::new();
    let mut out = Vec::with_capacity(cx.doc.sentences().len());
    for span in cx.doc.sentences() {
        let mut sentence = Sentence { span: span.clone(), words: 0, syllables: 0 };
        while let Some(word) = words.get(next) {
            if word.span.start >= span.end {
                break;
            }
            next += 1;
            if word.span.start < span.start || is_url_word(cx, &word.span) {
                continue;
            }
            sentence.words += 1;
            sentence.syllables +=
                syllables::count(cx.doc.slice(&word.span), cx.locale, &mut letters);
        }
        if sentence.words > 0 {
            out.push(sentence);
        }
    }
    out
}
