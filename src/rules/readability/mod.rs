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

/// The post's sentences with their word and syllable counts, URLs left out, and runs of tags
/// that stand alone (below) no sentences: made once per check, on first use
/// ([`Context::sentences`]), and shared by the readability rules. Out of line: profiles then
/// name it, rather than the rule that asked first.
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
        // The last prose word's start, for the full stop that may follow it.
        let mut last_start = 0;
        while let Some(word) = words.get(next) {
            if word.span.start >= span.end {
                break;
            }
            next += 1;
            if word.span.start < span.start || urls.contains(&word.span) {
                continue;
            }
            let n = syllables.count(bytes, &word.span);
            if tag_or_mention(cx, bytes, &word.span) {
                let t = trailing.get_or_insert((0, 0, word.span.start));
                t.0 += 1;
                t.1 += n;
                continue;
            }
            if let Some(end) = prose_end.filter(|_| trailing.is_none())
                && stops(cx.text(), last_start..end, word.span.start)
            {
                // UAX #29 runs on after a full stop when the next letter is lower case (or
                // comes after a number, "£15 a head"): casual posts start sentences so.
                let stop = end + 1;
                out.push(Sentence { span: sentence.span.start..stop, ..sentence });
                sentence = Sentence { span: word.span.start..span.end, words: 0, syllables: 0 };
            }
            last_start = word.span.start;
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

/// Whether a sentence ends between the word at `last` and the word starting at `next`: a full
/// stop right after the first, then white space only (and the symbols before a number), and
/// the first is no abbreviation ("etc. and", "p. 12", "approx. 30" run on; "it. £149" stops).
fn stops(text: &str, last: Span, next: usize) -> bool {
    let (Some(word), Some(gap)) = (text.get(last.clone()), text.get(last.end..next)) else {
        return false;
    };
    let Some(rest) = gap.strip_prefix('.') else { return false };
    let spaced = rest.starts_with(char::is_whitespace)
        && rest.chars().all(|c| c.is_whitespace() || !c.is_alphanumeric() && c != '.');
    // A word with an apostrophe ends a sentence as well: "isn't. 42 families…".
    let letters = |c: char| c.is_alphabetic() || matches!(c, '\'' | '’');
    spaced && word.chars().all(letters) && !crate::text::is_abbreviation(word)
}

/// Whether a word is the name of a hashtag, a mention or a cashtag: one of the entities the
/// platform links starts right before it ("#1" and "C#" are words). The byte before is asked
/// first, so that most words cost no search.
fn tag_or_mention(cx: &Context<'_>, bytes: &[u8], span: &Span) -> bool {
    let before = span.start.checked_sub(1);
    matches!(before.and_then(|i| bytes.get(i)), Some(b'#' | b'@' | b'$'))
        && before.is_some_and(|i| cx.linked.contains(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn tags_mentions_and_cashtags_are_labels_but_not_numbers() {
        let text = "We are #1 for C# jobs, say @acme and $ACME: #hiring";
        let labels = Case::en(text).context(|cx| {
            let bytes = cx.text().as_bytes();
            cx.doc
                .words()
                .iter()
                .filter(|w| tag_or_mention(cx, bytes, &w.span))
                .map(|w| cx.doc.slice(&w.span).to_string())
                .collect::<Vec<_>>()
        });
        assert_eq!(labels, ["acme", "ACME", "hiring"]);
    }
}
