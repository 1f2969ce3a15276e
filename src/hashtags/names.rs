//! Whether the post itself names what a tag says: "la Fête de la nature", "à Menton", "in
//! Cork". A tag the post writes as a proper noun in its own sentences names a place, an event
//! or an organisation, however common the word is elsewhere ("menton" is a chin, "cork" a
//! stopper): it is specific to this post, not hollow.

use super::alternatives::scan::{Scanner, Word};
use super::tag_key::push_folded;
use crate::text::SpanSet;

/// The longest run of words read as one name.
const MAX_WORDS: usize = 5;

/// The post's capitalised words in the middle of a sentence, outside links, tags and mentions,
/// each with the words that follow it (a name's words are plain words: runs of letters and
/// digits), folded. Made once per check, and only when a tag needs it: the post is read by
/// the alternatives' scanner, which passes over the words that start with a small letter
/// without decoding them, and each run is folded once for all the tags it is compared with.
pub(crate) struct Names {
    runs: Vec<Run>,
}

/// A capitalised word and the words after it, up to [`MAX_WORDS`], folded and concatenated.
struct Run {
    folded: String,
    /// Where each word's folded form ends in `folded`.
    ends: [usize; MAX_WORDS],
    words: usize,
}

impl Names {
    /// The names of `text`, whose capitalised words are `capitals`
    /// ([`capitalised`](super::alternatives::scan::capitalised)).
    pub(crate) fn new(text: &str, skip: &SpanSet, capitals: &[Word]) -> Names {
        let spans = skip.spans();
        let skipped = |start: usize, end: usize| {
            let first = spans.partition_point(|s| s.end <= start);
            spans.get(first).is_some_and(|s| s.start < end)
        };
        let mut runs = Vec::new();
        for word in capitals {
            let written = text.get(word.start..word.end).unwrap_or("");
            if skipped(word.start, word.end)
                || !written.chars().skip(1).any(char::is_lowercase)
                || sentence_start(text, word.start)
            {
                continue;
            }
            let mut run = Run { folded: String::new(), ends: [0; MAX_WORDS], words: 0 };
            let mut words = Scanner::new(text);
            words.at = word.start;
            while run.words < MAX_WORDS {
                let Some(next) = words.next_word() else { break };
                if skipped(next.start, next.end) {
                    continue;
                }
                text.get(next.start..next.end)
                    .unwrap_or("")
                    .chars()
                    .for_each(|c| push_folded(c, &mut run.folded));
                if let Some(end) = run.ends.get_mut(run.words) {
                    *end = run.folded.len();
                }
                run.words += 1;
            }
            runs.push(run);
        }
        Names { runs }
    }

    /// Whether a run of up to [`MAX_WORDS`] words folds to `key` and starts with a capital in
    /// the middle of a sentence (a capital at a sentence's start says nothing).
    pub(crate) fn names(&self, key: &str) -> bool {
        self.runs.iter().any(|run| {
            for &end in run.ends.iter().take(run.words) {
                let words = run.folded.get(..end).unwrap_or("");
                if words == key {
                    return true;
                }
                if words.len() >= key.len() || !key.starts_with(words) {
                    break;
                }
            }
            false
        })
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
    use super::super::alternatives::scan::capitalised;
    use super::*;

    fn named(text: &str, key: &str) -> bool {
        Names::new(text, &SpanSet::default(), &capitalised(text)).names(key)
    }

    #[test]
    fn a_proper_noun_in_the_post_names_the_tag() {
        assert!(named("Rendez-vous à Menton pour la fête du citron.", "menton"));
        assert!(named("Balade pour la Fête de la nature, dimanche.", "fetedelanature"));
        assert!(named("Loans for homes in Cork and Kerry.", "kerry"));
    }

    #[test]
    fn a_name_runs_over_a_skipped_entity_but_does_not_start_in_one() {
        let names = |text: &str, entity: &str| {
            let at = text.find(entity).unwrap_or(0);
            let skip = SpanSet::new(std::iter::once(at..at + entity.len()));
            Names::new(text, &skip, &capitalised(text))
        };
        let over = names("Join us at Fete @hosts de la Nature.", "@hosts");
        assert!(over.names("fetedelanature"));
        assert!(!over.names("fetehosts"));
        let inside = names("Join us at @Fete de la Nature.", "@Fete");
        assert!(!inside.names("fetedelanature"));
        assert!(inside.names("nature"));
    }

    #[test]
    fn a_common_word_or_a_capital_at_a_sentence_start_does_not() {
        assert!(!named("Innovation is our motto.", "innovation"));
        assert!(!named("We love innovation.", "innovation"));
        assert!(!named("Transformation digitale : nos conseils.", "transformationdigitale"));
        assert!(!named("Bonne année. Motivation au top.", "motivation"));
    }
}
