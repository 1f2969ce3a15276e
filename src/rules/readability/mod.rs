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
/// check, on first use ([`Context::sentences`]), and shared by the readability rules. Out of
/// line: profiles then name it, rather than the rule that asked first.
#[inline(never)]
pub(crate) fn count_sentences(cx: &Context<'_>) -> Vec<Sentence> {
    let bytes = cx.text().as_bytes();
    let words = cx.doc.words();
    let mut next = 0;
    let mut urls = UrlWords::new(cx);
    let mut syllables = syllables::Counter::new(cx.locale);
    let mut out = Vec::with_capacity(cx.doc.sentences().len());
    for span in cx.doc.sentences() {
        let mut sentence = Sentence { span: span.clone(), words: 0, syllables: 0 };
        // Hashtags and mentions after the last word of prose, held back until the sentence
        // says whether they belong to it: (words, syllables, start of the first).
        let mut trailing: Option<(usize, usize, usize)> = None;
        let mut prose_end = None;
        while let Some(word) = words.get(next) {
            if word.span.start >= span.end {
                break;
            }
            next += 1;
            if word.span.start < span.start || urls.contains(&word.span) {
                continue;
            }
            let n = syllables.count(bytes, &word.span);
            if tag_or_mention(bytes, &word.span) {
                let t = trailing.get_or_insert((0, 0, word.span.start));
                t.0 += 1;
                t.1 += n;
                continue;
            }
            if let Some((w, s, _)) = trailing.take() {
                sentence.words += w;
                sentence.syllables += s;
            }
            sentence.words += 1;
            sentence.syllables += n;
            prose_end = Some(word.span.end);
        }
        // Tags inside a sentence are read with it and count as its words. A run of tags or
        // mentions alone ("#AI #innovation #FutureOfWork"), or after the sentence's last mark
        // ("Great day. #travel #love…", which UAX #29 keeps in the sentence when the first tag
        // is lower-case), is a list of labels that nobody reads as a sentence: neither long nor
        // hard to read.
        if let (Some((w, s, first)), Some(end)) = (trailing, prose_end) {
            let between = cx.text().get(end..first).unwrap_or_default();
            if !between.contains(['.', '!', '?', '…']) {
                sentence.words += w;
                sentence.syllables += s;
            }
        }
        if prose_end.is_some() {
            out.push(sentence);
        }
    }
    out
}

/// Whether a word is the name of a hashtag or a mention: the byte before it is `#` or `@`.
fn tag_or_mention(bytes: &[u8], span: &Span) -> bool {
    matches!(span.start.checked_sub(1).and_then(|i| bytes.get(i)), Some(b'#' | b'@'))
}
