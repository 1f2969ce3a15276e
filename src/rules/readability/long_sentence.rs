//! # readability/long-sentence
//!
//! **What it flags.** A sentence longer than the profile's `voice.max_sentence_words` (25 words
//! when the profile does not say; per-platform voice settings apply). Words are counted as
//! Unicode segments them; URLs do not count, and neither does a run of hashtags or mentions
//! alone (a wall of tags is a list of labels, left to `hashtag/too-many`). A sentence ends where
//! Unicode ends one, and also at a full stop and a space before a small letter or a figure
//! (casual posts start sentences in lower case: "before. perhaps a fluke"; "it. £149"), unless
//! the full stop ends an abbreviation ("approx. thirty", "p. 12", "etc. and").
//!
//! **Why it matters.** A feed is read on a phone, at a glance: past 25 words, readers lose the
//! thread of a sentence before its end.
//!
//! **Example.** `We are delighted to announce that, after months of hard work by our teams in
//! Paris and Lyon, our new collaborative platform, designed for all our partners, is now
//! available to everyone who signed up during the beta.`
//!
//! **Better.** `Our new platform is live. Built in Paris and Lyon for our partners, it is open to
//! everyone from the beta.`

use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct LongSentence;

/// Words in a sentence before it is flagged, when the profile does not say.
pub const DEFAULT_MAX_WORDS: u32 = 25;

static META: RuleMeta = RuleMeta {
    id: "readability/long-sentence",
    default_severity: Severity::Info,
    summary: "A sentence over the profile's max_sentence_words (25 by default).",
    fixable: false,
    reach: Reach::Paragraph,
};

impl Rule for LongSentence {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let max = cx.compiled.voice.max_sentence_words.unwrap_or(DEFAULT_MAX_WORDS) as usize;
        for sentence in cx.sentences() {
            if sentence.words > max {
                let message = cx
                    .tr("readability/long-sentence", &[("words", &sentence.words), ("max", &max)]);
                out.push(Finding::new(META.id, sentence.span.clone(), message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::rules::fixture::Case;

    const LONG: &str = "We are delighted to announce that, after months of hard work by our teams \
                        in Paris and Lyon, our new collaborative platform, designed for all our \
                        partners, is now available to everyone. Short one.";

    #[test]
    fn flags_sentences_over_the_default() {
        let found = Case::en(LONG).flagged(&LongSentence);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("We are") && found[0].ends_with("everyone."));
        let message = &Case::en(LONG).run(&LongSentence)[0].message;
        assert!(message.contains("32") && message.contains("25"), "{message}");
    }

    #[test]
    fn follows_the_profile() {
        let mut profile = Profile::default();
        profile.voice.max_sentence_words = Some(40);
        assert!(Case::en(LONG).profile(profile.clone()).run(&LongSentence).is_empty());
        profile.voice.max_sentence_words = Some(1);
        assert_eq!(Case::en(LONG).profile(profile).run(&LongSentence).len(), 2);
    }

    #[test]
    fn a_full_stop_before_a_small_letter_ends_a_sentence() {
        // UAX #29 runs on there; casual posts start their sentences in lower case.
        let casual = "ok so we've cracked bedtime. it seems the trick was moving bath to after \
                      dinner instead of before. perhaps a fluke. will report back tomorrow if he \
                      sleeps past five";
        assert!(Case::en(casual).run(&LongSentence).is_empty());
        let price = "Two Chardonnays, a Savagnin, a Poulsard and a vin jaune you won't forget \
                     in a hurry. £15 a head, cheese from the Cheese Cellar next door included.";
        assert!(Case::en(price).run(&LongSentence).is_empty());
        // A short word is no abbreviation: "it." ends the first of these two sentences.
        let lesson = "Our trial lessons at Shoreham run every weekend: 30 minutes in a Cessna 152, \
                      you fly and we talk you through it. £149, gift vouchers available.";
        assert!(Case::en(lesson).run(&LongSentence).is_empty());
        // A word with an apostrophe ends one too.
        let appeal = "Our van is empty and our waiting list isn't. 42 families moving out of \
                      temporary housing this month still need a bed, a table or a sofa.";
        assert!(Case::en(appeal).run(&LongSentence).is_empty());
        // An abbreviation's stop does not end one: this is still one sentence of 28 words.
        let abbreviated = "We tested every cable, socket, fuse, plug, adapter and switch in the \
                           building, approx. thirty of them, over two long days with the whole \
                           team, etc. and more.";
        assert_eq!(Case::en(abbreviated).run(&LongSentence).len(), 1);
    }

    #[test]
    fn urls_do_not_count() {
        let text = format!(
            "Read {}",
            "https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z"
        );
        assert!(Case::en(&text).run(&LongSentence).is_empty());
    }

    #[test]
    fn a_wall_of_tags_is_no_sentence() {
        let tags: Vec<String> = (0..30).map(|i| format!("#tag{i}")).collect();
        let text = format!("Our spring range is in. {}", tags.join(" "));
        assert!(Case::en(&text).run(&LongSentence).is_empty());
        // Tags inside a sentence are read with it.
        let inline = format!("We met {} at the fair.", tags.join(" and "));
        assert_eq!(Case::en(&inline).run(&LongSentence).len(), 1);
    }
}
