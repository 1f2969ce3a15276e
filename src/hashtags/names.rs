//! Whether the post itself names what a tag says: "la Fête de la nature", "à Menton", "in
//! Cork". A tag the post writes as a proper noun in its own sentences names a place, an event
//! or an organisation, however common the word is elsewhere ("menton" is a chin, "cork" a
//! stopper): it is specific to this post, not hollow.

use super::tag_key::fold;
use crate::text::{Span, SpanSet};

/// The longest run of words read as one name.
const MAX_WORDS: usize = 5;

/// The post's words outside links, tags and mentions, as runs of letters and digits (a name's
/// words are plain words), each with whether it starts with a capital in the middle of a
/// sentence. Made once per check, and only when a tag needs it; words are folded only where a
/// name may start.
pub(crate) struct Names<'t> {
    text: &'t str,
    words: Vec<(Span, bool)>,
}

impl<'t> Names<'t> {
    pub(crate) fn new(text: &'t str, skip: &SpanSet) -> Names<'t> {
        let mut words = Vec::with_capacity(text.len() / 6);
        // Words come left to right: the skipped spans are passed once, not searched per word.
        let mut skips = skip.spans().iter().peekable();
        let mut push = |span: Span| {
            while skips.next_if(|s| s.end <= span.start).is_some() {}
            if skips.peek().is_some_and(|s| s.start < span.end) {
                return;
            }
            let word = text.get(span.clone()).unwrap_or("");
            let capital = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase)
                && !sentence_start(text, span.start);
            words.push((span, capital));
        };
        // Runs of letters and digits; ASCII bytes are told apart without decoding a char.
        let bytes = text.as_bytes();
        let mut start = None;
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            let (alphanumeric, width) = if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = text.get(at..).and_then(|rest| rest.chars().next());
                (c.is_some_and(char::is_alphanumeric), c.map_or(1, char::len_utf8))
            };
            match (alphanumeric, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    push(s..at);
                    start = None;
                }
                _ => {}
            }
            at += width;
        }
        if let Some(s) = start {
            push(s..text.len());
        }
        Names { text, words }
    }

    /// Whether a run of up to [`MAX_WORDS`] words folds to `key` and starts with a capital in
    /// the middle of a sentence (a capital at a sentence's start says nothing).
    pub(crate) fn names(&self, key: &str) -> bool {
        for (i, (_, capital)) in self.words.iter().enumerate() {
            if !capital {
                continue;
            }
            let mut run = String::new();
            for (span, _) in self.words.iter().skip(i).take(MAX_WORDS) {
                run.push_str(&fold(self.text.get(span.clone()).unwrap_or("")));
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
        Names::new(text, &SpanSet::default()).names(key)
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
