//! # readability/reading-ease
//!
//! **What it flags.** A post that is hard to read by the classic formulas: Flesch reading ease
//! in English (206.835 − 1.015 × words per sentence − 84.6 × syllables per word) and its French
//! adaptation by Kandel and Moles (207 − 1.015 × words per sentence − 73.6 × syllables per word).
//! Posts scoring below 40 are flagged ("difficult": a university reading level; social posts
//! do best above 60). Only posts long enough to score are checked: at least 40 words, or at
//! least 3 sentences. The flag sits on the hardest sentence, where rewriting helps most.
//! Syllables are estimated per language from vowel groups and silent endings.
//!
//! **Why it matters.** A feed is skimmed: long words and long sentences are scrolled past.
//!
//! **Example.** `Nous sommes fiers d’annoncer l’industrialisation opérationnelle de notre
//! plateforme collaborative, permettant l’optimisation systématique des processus décisionnels
//! transversaux.` (Kandel–Moles about 0).
//!
//! **Better.** `Notre plateforme est prête. Vos équipes décident plus vite, ensemble.`

use super::Sentence;
use crate::i18n::Locale;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct ReadingEase;

/// Scores below this are flagged.
pub const THRESHOLD: f64 = SHOWN_THRESHOLD as f64;
/// [`THRESHOLD`] as the message shows it: an integer, so that no float formatting is compiled
/// into the `.wasm` for it.
const SHOWN_THRESHOLD: u32 = 40;
/// Fewer words than this (and fewer than [`MIN_SENTENCES`] sentences) are too few to score.
pub const MIN_WORDS: usize = 40;
pub const MIN_SENTENCES: usize = 3;

static META: RuleMeta = RuleMeta {
    id: "readability/reading-ease",
    default_severity: Severity::Info,
    summary: "Hard to read: Flesch (EN) or Kandel–Moles (FR) reading ease below 40.",
    fixable: false,
    reach: Reach::Document,
};

/// The reading ease of `words` words in `sentences` sentences with `syllables` syllables.
pub fn score(locale: Locale, words: usize, sentences: usize, syllables: usize) -> f64 {
    let (base, per_syllable) = match locale {
        Locale::En => (206.835, 84.6),
        Locale::Fr => (207.0, 73.6),
    };
    let words_f = words.max(1) as f64;
    base - 1.015 * (words_f / sentences.max(1) as f64) - per_syllable * (syllables as f64 / words_f)
}

fn sentence_score(locale: Locale, s: &Sentence) -> f64 {
    score(locale, s.words, 1, s.syllables)
}

impl Rule for ReadingEase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let all = cx.sentences();
        let words: usize = all.iter().map(|s| s.words).sum();
        if words < MIN_WORDS && all.len() < MIN_SENTENCES {
            return;
        }
        let syllables: usize = all.iter().map(|s| s.syllables).sum();
        let post = score(cx.locale, words, all.len(), syllables);
        if post >= THRESHOLD {
            return;
        }
        let Some(hardest) = all
            .iter()
            .min_by(|a, b| sentence_score(cx.locale, a).total_cmp(&sentence_score(cx.locale, b)))
        else {
            return;
        };
        let formula = match cx.locale {
            Locale::En => "Flesch",
            Locale::Fr => "Kandel–Moles",
        };
        let shown = post.round().max(0.0) as i64;
        let message = cx.tr(
            "readability/reading-ease",
            &[("score", &shown), ("formula", &formula), ("threshold", &SHOWN_THRESHOLD)],
        );
        out.push(Finding::new(META.id, hardest.span.clone(), message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    const HARD_FR: &str = "Nous sommes fiers d’annoncer l’industrialisation opérationnelle de \
        notre plateforme collaborative. Elle permet l’optimisation systématique des processus \
        décisionnels transversaux. Cette démarche structurante accompagne la transformation \
        organisationnelle.";

    #[test]
    fn flags_a_hard_french_post_on_its_hardest_sentence() {
        let case = Case::fr(HARD_FR);
        let found = case.run(&ReadingEase);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("Kandel–Moles"), "{}", found[0].message);
        let flagged = case.flagged(&ReadingEase);
        assert!(
            flagged[0].starts_with("Elle permet") || flagged[0].starts_with("Cette"),
            "{flagged:?}"
        );
    }

    #[test]
    fn easy_posts_pass() {
        let easy =
            "Our app is live. It is fast and it is free. Try it now and tell us what you think.";
        assert!(Case::en(easy).run(&ReadingEase).is_empty());
    }

    #[test]
    fn short_posts_are_not_scored() {
        assert!(
            Case::fr("L’industrialisation opérationnelle transversale.")
                .run(&ReadingEase)
                .is_empty()
        );
    }

    #[test]
    fn scores_follow_the_formulas() {
        // 100 words, 5 sentences, 150 syllables.
        assert!((score(Locale::En, 100, 5, 150) - 59.635).abs() < 1e-9);
        assert!((score(Locale::Fr, 100, 5, 150) - 76.3).abs() < 1e-9);
    }

    #[test]
    fn a_wall_of_tags_is_not_the_hardest_sentence() {
        let text = "We're excited to share that we've partnered with Northwind to leverage \
            AI-powered solutions that empower teams to unlock their full potential. Together, \
            we'll deliver best-in-class experiences across the entire customer journey.\n\n\
            #ArtificialIntelligence #Transformation #Collaboration #Sustainability";
        let flagged = Case::en(text).flagged(&ReadingEase);
        assert!(flagged.iter().all(|f| !f.starts_with('#')), "{flagged:?}");
    }
}
