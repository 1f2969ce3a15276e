//! Whether the post itself names what a tag says: "la Fête de la nature", "à Menton", "in
//! Cork". A tag the post writes as a proper noun in its own sentences names a place, an event
//! or an organisation, however common the word is elsewhere ("menton" is a chin, "cork" a
//! stopper): it is specific to this post, not hollow.

use unicode_segmentation::UnicodeSegmentation;

use super::fold::fold;
use crate::text::{Span, SpanSet};

/// The longest run of words read as one name.
const MAX_WORDS: usize = 5;

/// Whether a run of up to [`MAX_WORDS`] words of `text`, outside `skip` (the links, tags and
/// mentions), folds to `key` and starts with a capital in the middle of a sentence (a capital
/// at a sentence's start says nothing).
pub(crate) fn named_in_text(text: &str, skip: &SpanSet, key: &str) -> bool {
    let words: Vec<(Span, &str)> = text
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
        .map(|(at, w)| (at..at + w.len(), w))
        .filter(|(span, _)| !skip.overlaps(span))
        .collect();
    for (i, (span, word)) in words.iter().enumerate() {
        let capital = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase);
        if !capital || sentence_start(text, span.start) {
            continue;
        }
        let mut run = String::new();
        for (_, next) in words.iter().skip(i).take(MAX_WORDS) {
            run.push_str(&fold(next));
            if run == key {
                return true;
            }
            if run.len() >= key.len() || !key.starts_with(run.as_str()) {
                break;
            }
        }
    }
    false
}

/// Whether `at` starts a sentence: nothing before it but white space since the text's start,
/// a line break or a sentence's final mark (an opening quote or bracket is passed over).
fn sentence_start(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let mut chars = before.chars().rev().skip_while(|c| matches!(c, '«' | '“' | '"' | '(' | '\''));
    match chars.find(|c| !(c.is_whitespace() && *c != '\n')) {
        None => true,
        Some(c) => matches!(c, '\n' | '.' | '!' | '?' | '…' | ':' | '•' | '-' | '–' | '—'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str, key: &str) -> bool {
        named_in_text(text, &SpanSet::default(), key)
    }

    #[test]
    fn a_proper_noun_in_the_post_names_the_tag() {
        assert!(named("Rendez-vous à Menton pour la fête du citron.", "menton"));
        assert!(named("Balade pour la Fête de la nature, dimanche.", "fetedelanature"));
        assert!(named("Loans for homes in Cork and Kerry.", "kerry"));
    }

    #[test]
    fn a_common_word_or_a_capital_at_a_sentence_start_does_not() {
        assert!(!named("Innovation is our motto.", "innovation"));
        assert!(!named("We love innovation.", "innovation"));
        assert!(!named("Transformation digitale : nos conseils.", "transformationdigitale"));
        assert!(!named("Bonne année. Motivation au top.", "motivation"));
    }
}
