//! # tone/shouting
//!
//! **What it flags.** Words written in capitals for emphasis: "HUGE NEWS", "C’EST PARTI",
//! "FREE". Acronyms and initialisms are left alone (NASA, UN, RH, CEO, B2B, URSSAF, any word
//! with a digit, short words unless they are known shouts or part of a run of capitals), and so
//! are hashtags, mentions and links. A run of capitals is one finding.
//!
//! **Why it matters.** Capitals read as shouting, are harder to read, and screen readers may
//! spell them out letter by letter.
//!
//! **Example.** "HUGE NEWS: our shop opens in Lyon."
//!
//! **Better.** "Huge news: our shop opens in Lyon." The fix (safe) writes the run in sentence
//! case and keeps the acronyms in it.

use super::lexicon::sentence_start;
use super::words::{W, words};
use crate::packs::Words;
use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Rule, RuleMeta};

pub struct Shouting;

static META: RuleMeta = RuleMeta {
    id: "tone/shouting",
    default_severity: Severity::Warning,
    summary: "Words in capitals for emphasis (not acronyms); the fix writes them in sentence case.",
    fixable: true,
};

/// How a word in capitals reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caps {
    /// Not in capitals, or a single letter.
    No,
    /// A known acronym, or short enough to be one.
    Acronym,
    /// Capitals that may be an acronym alone (short, with a vowel), but shout in a run
    /// ("DON'T MISS IT").
    Maybe,
    /// Capitals that shout on their own.
    Shout,
}

fn caps(word: &str, words: &Words) -> Caps {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return Caps::No;
    }
    // Counted without collecting: most words have a lower-case letter and stop here.
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    if letters().any(|c| !c.is_uppercase()) || letters().nth(1).is_none() {
        return Caps::No;
    }
    // "L’ONU": the elided article does not make the acronym shout.
    let upper = word.to_uppercase().replace('’', "'");
    let tail = upper.rsplit('\'').next().unwrap_or(&upper);
    if words.acronyms.contains(&upper) || words.acronyms.contains(tail) {
        return Caps::Acronym;
    }
    if words.shout.contains(&upper) {
        return Caps::Shout;
    }
    let vowels = letters().filter(|c| "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ".contains(*c)).count();
    if letters().count() >= 5 && vowels > 0 {
        Caps::Shout
    } else if vowels > 0 {
        Caps::Maybe
    } else {
        Caps::Acronym
    }
}

impl Rule for Shouting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let text = cx.text();
        let mut run: Vec<(&W<'_>, Caps)> = Vec::new();
        for w in words(cx) {
            // Most words cannot be in capitals (`may_shout`); `caps` would say so after a walk
            // over their chars.
            let c = if w.may_shout { caps(w.text, &cx.packs.words) } else { Caps::No };
            let joins =
                run.last().is_some_and(|(prev, _)| same_run(text, prev.span.end, w.span.start));
            if (c == Caps::No || !joins) && !run.is_empty() {
                flush(cx, text, &mut run, out);
            }
            if c != Caps::No {
                run.push((w, c));
            }
        }
        flush(cx, text, &mut run, out);
    }
}

/// Reports the run if it shouts, and empties it.
fn flush(cx: &Context<'_>, text: &str, run: &mut Vec<(&W<'_>, Caps)>, out: &mut Vec<Finding>) {
    let shouts = run.iter().filter(|(_, c)| *c == Caps::Shout).count();
    let maybes = run.iter().filter(|(_, c)| *c == Caps::Maybe).count();
    if shouts > 0 || maybes >= 2 {
        if let Some(finding) = finding(cx, text, run) {
            out.push(finding);
        }
    }
    run.clear();
}

/// Words stay in one run when only spaces and light punctuation separate them.
fn same_run(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start).is_some_and(|gap| {
        gap.chars()
            .all(|c| (c.is_whitespace() && c != '\n') || matches!(c, ',' | '-' | '\'' | '’' | '&'))
    })
}

fn finding(cx: &Context<'_>, text: &str, run: &[(&W<'_>, Caps)]) -> Option<Finding> {
    // Acronyms at either end of a run are not part of the shouting.
    let first = run.iter().position(|(_, c)| *c != Caps::Acronym)?;
    let last = run.iter().rposition(|(_, c)| *c != Caps::Acronym)?;
    let run = run.get(first..=last)?;
    let (start, end) = (run.first()?.0.span.start, run.last()?.0.span.end);
    let mut replacement = String::with_capacity(end - start);
    let mut at = start;
    for (i, (w, c)) in run.iter().enumerate() {
        replacement.push_str(text.get(at..w.span.start)?);
        if *c == Caps::Acronym {
            replacement.push_str(w.text);
        } else {
            let lower = w.text.to_lowercase();
            if i == 0 && sentence_start(text, start) {
                let mut chars = lower.chars();
                if let Some(f) = chars.next() {
                    replacement.extend(f.to_uppercase());
                    replacement.push_str(chars.as_str());
                }
            } else {
                replacement.push_str(&lower);
            }
        }
        at = w.span.end;
    }
    let found = text.get(start..end)?;
    let message = cx.tr(META.id, &[("text", &found)]);
    Some(Finding::new(META.id, start..end, message).with_fix(Fix {
        label: cx.tr("fix.sentence-case", &[]),
        replacement,
        span: start..end,
        safe: true,
    }))
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    proptest::proptest! {
        #[test]
        fn words_with_a_lower_case_letter_or_digit_are_not_caps(word in "[aZÉé0'’\\-]{1,8}") {
            if word.chars().any(|c| c.is_ascii_lowercase() || c.is_ascii_digit()) {
                let words = crate::packs::Words::load();
                proptest::prop_assert!(super::caps(&word, &words) == super::Caps::No);
            }
        }

        #[test]
        fn words_that_may_not_shout_are_not_caps(
            word in "[aZÉéßÞÿœŒİ0'’.\\-\u{301}]{1,8}|\\PC{1,8}"
        ) {
            if !crate::rules::tone::words::W::new(0..word.len(), &word).may_shout {
                let words = crate::packs::Words::load();
                proptest::prop_assert!(super::caps(&word, &words) == super::Caps::No);
            }
        }
    }

    #[test]
    fn flags_shouting_runs_and_words() {
        assert_eq!(flagged("HUGE NEWS: our shop opens.", En, "tone/shouting"), ["HUGE NEWS"]);
        assert_eq!(flagged("C’EST PARTI pour Lyon", Fr, "tone/shouting"), ["C’EST PARTI"]);
        assert_eq!(flagged("It is FREE today.", En, "tone/shouting"), ["FREE"]);
        assert_eq!(flagged("DON'T MISS IT", En, "tone/shouting"), ["DON'T MISS IT"]);
    }

    #[test]
    fn does_not_flag_acronyms_tags_or_mentions() {
        for text in [
            "Our CEO met NASA and the UN about B2B deals.",
            "La DRH et l’URSSAF, avec le CNRS et l’INSEE.",
            "#HUGENEWS with @ACMECORP",
            "Le CAC40 et la SNCF RATP.",
        ] {
            assert!(flagged(text, En, "tone/shouting").is_empty(), "{text}");
        }
    }

    #[test]
    fn the_fix_writes_sentence_case_and_keeps_acronyms() {
        assert_eq!(fixed("HUGE NEWS from NASA.", En, "tone/shouting"), "Huge news from NASA.");
        assert_eq!(fixed("Today: HUGE NASA NEWS.", En, "tone/shouting"), "Today: huge NASA news.");
        let report = check("HUGE NEWS", En);
        assert!(of(&report, "tone/shouting")[0].suggestions[0].safe);
    }
}
