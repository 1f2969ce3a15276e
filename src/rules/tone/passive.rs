//! # tone/passive
//!
//! **What it flags.** The passive voice: in French a form of "être" followed by a past
//! participle ("a été lancé", "sont proposés", "est prévue"); in English a form of "be"
//! followed by one ("was launched", "are being built", "is made"), an adverb or two allowed in
//! between. Verbs conjugated with "être" (arrivé, né, resté), pronominal verbs ("s’est
//! lancé", "nous nous sommes rencontrés") and adjectives after "être"/"be" (situé, désolé,
//! excited, based) are left alone.
//!
//! **Why it matters.** The passive hides who acts. A brand that acts ("nous avons lancé")
//! sounds present and accountable; "a été lancé" sounds like a notice.
//!
//! **Example.** "Le nouveau service a été lancé par nos équipes."
//!
//! **Better.** "Nos équipes ont lancé le nouveau service."

use std::sync::OnceLock;

use super::words::{Sieve, W, adjacent, sieve, words};
use crate::i18n::Locale;
use crate::packs::Grammar;
use crate::packs::words::WordSet;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Rule, RuleMeta};

pub struct Passive;

static META: RuleMeta = RuleMeta {
    id: "tone/passive",
    default_severity: Severity::Hint,
    summary: "Passive voice (être/be + past participle): say who acts.",
    fixable: false,
};

/// Forms of "avoir" that make "été" a compound tense ("a été", "ont été").
const AVOIR: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
    "auraient",
];

fn is_participle(key: &str, g: &Grammar, locale: Locale) -> bool {
    if key.contains('\'') || g.not_participles.contains(key) {
        return false;
    }
    if g.participles.contains(key) {
        return true;
    }
    let n = key.chars().count();
    match locale {
        Locale::Fr => n >= 4 && ["é", "ée", "és", "ées"].iter().any(|s| key.ends_with(s)),
        Locale::En => n >= 5 && key.ends_with("ed"),
    }
}

fn is_adverb(key: &str, g: &Grammar, locale: Locale) -> bool {
    g.adverbs.contains(key)
        || match locale {
            Locale::Fr => key.ends_with("ment") && key.chars().count() > 6,
            Locale::En => key.ends_with("ly") && key.chars().count() > 4,
        }
}

/// Whether word `i` is a form of "être"/"be" used as the passive auxiliary.
fn is_auxiliary(all: &[W<'_>], i: usize, g: &Grammar, locale: Locale, be: &Sieve) -> bool {
    let Some(w) = all.get(i) else { return false };
    // Most words: no form of "être"/"be" is as long and starts the same, which is all the
    // tests below would find out (in English, only of a word with no elision).
    if !be.may_hold(w.lead) && (locale == Locale::Fr || !w.elided()) {
        return false;
    }
    let (head, tail) = w.elision();
    match locale {
        Locale::Fr => {
            // "s’est", "m’étais": pronominal; "c’est fait": an idiom.
            if matches!(head, Some("s" | "m" | "t" | "c"))
                || !be.may_contain(tail)
                || !g.be.contains(tail)
            {
                return false;
            }
            let prev = |k: usize| i.checked_sub(k).and_then(|p| all.get(p)).map(|p| p.key());
            match (prev(1), prev(2)) {
                (Some(p), _) if g.reflexive.contains(p) => false,
                (Some(p @ ("nous" | "vous")), Some(pp)) if p == pp => false,
                _ => true,
            }
        }
        Locale::En => {
            be.may_contain(w.key()) && g.be.contains(w.key())
                || matches!(head, Some("we" | "you" | "they")) && tail == "re"
                || head == Some("i") && tail == "m"
        }
    }
}

impl Rule for Passive {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let g = cx.packs.words.grammar(cx.locale);
        let all = words(cx);
        static BE: [OnceLock<(Vec<WordSet>, Sieve)>; 2] = [OnceLock::new(), OnceLock::new()];
        let cell = match cx.locale {
            Locale::Fr => &BE[0],
            Locale::En => &BE[1],
        };
        let made = sieve(cell, &[&g.be]);
        let be: &Sieve = &made;
        let mut i = 0;
        while i < all.len() {
            if !is_auxiliary(all, i, g, cx.locale, be) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut found = None;
            while let (Some(prev), Some(w)) = (all.get(j - 1), all.get(j)) {
                if j > i + 3 || !adjacent(cx, &prev.span, &w.span) {
                    break;
                }
                if is_participle(w.key(), g, cx.locale) {
                    found = Some(j);
                    break;
                }
                if !is_adverb(w.key(), g, cx.locale) {
                    break;
                }
                j += 1;
            }
            let Some(j) = found else {
                i += 1;
                continue;
            };
            let mut start = i;
            // "a été lancé": the finding covers the auxiliary "a" too.
            if let (Some(prev), Some(aux)) = (i.checked_sub(1).and_then(|p| all.get(p)), all.get(i))
            {
                if cx.locale == Locale::Fr
                    && aux.key() == "été"
                    && AVOIR.contains(&prev.elision().1)
                    && adjacent(cx, &prev.span, &aux.span)
                {
                    start = i - 1;
                }
            }
            if let (Some(first), Some(last)) = (all.get(start), all.get(j)) {
                let span = first.span.start..last.span.end;
                let text = cx.doc.slice(&span);
                out.push(Finding::new(META.id, span, cx.tr(META.id, &[("text", &text)])));
            }
            i = j + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::tone::support::*;

    #[test]
    fn flags_the_passive() {
        assert_eq!(
            flagged(
                "Le service a été lancé hier. Les colis sont livrés le lundi.",
                Fr,
                "tone/passive"
            ),
            ["a été lancé", "sont livrés"]
        );
        assert_eq!(
            flagged("Le site n’est pas encore lancé.", Fr, "tone/passive"),
            ["n’est pas encore lancé"]
        );
        assert_eq!(
            flagged("The shop was opened in May and is being rebuilt.", En, "tone/passive"),
            ["was opened", "is being rebuilt"]
        );
    }

    #[test]
    fn does_not_flag_active_or_adjectival_uses() {
        for text in [
            "Nous sommes arrivés à Lyon.",
            "Elle s’est lancée en 2019.",
            "Nous nous sommes rencontrés au salon.",
            "Nous sommes situés à Nantes. C’est fait.",
            "L’équipe est fière. C’est une société.",
        ] {
            assert!(flagged(text, Fr, "tone/passive").is_empty(), "{text}");
        }
        for text in ["We are excited. We are based in Leeds.", "It is red. We opened it."] {
            assert!(flagged(text, En, "tone/passive").is_empty(), "{text}");
        }
    }
}
