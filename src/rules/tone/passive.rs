//! # tone/passive
//!
//! **What it flags.** The passive voice: in French a form of "être" followed by a past
//! participle ("a été lancé", "a été interrompu", "ont été supprimés", "est prévue"), known by
//! its ending (-é, -i, -u and their feminine and plural forms) or from a list of the others
//! (pris, fait, ouvert); in English a form of "be" followed by one ("was launched", "has been
//! cancelled", "are being built", "is made"), known by its -ed or from a list of the irregular
//! ones. An adverb or two may stand in between, but not one of degree: "est très angoissé",
//! "is deeply moved" are adjectives (a passive takes no "very"). Participles that name a state ("la gare est
//! fermée", "le magasin est ouvert", "we're closed", "Mill Lane is shut", "it is done") are
//! flagged only when an agent follows ("fermée par la préfecture", "closed by the council");
//! so are participles listed with adjectives ("the future is shared, electric and on-demand").
//! Verbs conjugated with "être" (arrivé, parti, venu), pronominal verbs ("s’est lancé", "nous
//! nous sommes rencontrés"), adjectives and nouns after "être"/"be" (situé, ravi, désolé,
//! excited, based; "a été difficile", "a été un succès", "has been great") are left alone, and
//! so is an order to the reader ("Please be advised that…", "Be warned:"), who is the one to act.
//!
//! **Why it matters.** The passive hides who acts. A brand that acts ("nous avons lancé")
//! sounds present and accountable; "a été lancé" sounds like a notice.
//!
//! **Example.** "Le nouveau service a été lancé par nos équipes."
//!
//! **Better.** "Nos équipes ont lancé le nouveau service."

use std::sync::OnceLock;

use super::keyed_words::{KeyedWord, Sieve, adjacent, clause_start, sieve};
use crate::i18n::Locale;
use crate::packs::grammar::WordSet;
use crate::packs::{Grammar, Lex};
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;

pub struct Passive;

static META: RuleMeta = RuleMeta {
    id: "tone/passive",
    default_severity: Severity::Hint,
    summary: "Passive voice (être/be + past participle): say who acts.",
    fixable: false,
    reach: Reach::Paragraph,
};

/// Forms of "avoir" that make "été" a compound tense ("a été", "ont été").
const AVOIR: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
    "auraient",
];

/// Forms of "have" that make "been" a compound tense ("has been cancelled").
const HAVE: &[&str] = &["has", "have", "had", "hasn't", "haven't", "hadn't"];

/// Words after "par" that make it no agent ("fermé par intermittence", "ouvert par beau
/// temps"), separated by spaces: read only after a participle of state and "par".
const NOT_AGENT_FR: &str = "jour semaine mois an année heure personne temps beau mauvais \
    intermittence défaut endroits moments ailleurs exemple contre conséquent erreur précaution \
    mesure souci";

/// Words after "by" that make it a deadline, not an agent ("done by Friday", "closed by
/// noon", "by the end of June"), separated by spaces.
const NOT_AGENT_EN: &str = "noon midday midnight today tonight tomorrow then now next this end \
    early late mid morning afternoon evening weekend lunchtime monday tuesday wednesday thursday \
    friday saturday sunday january february march april may june july august september october \
    november december christmas far default design appointment hand";

/// Adverbs of degree: a participle they modify is an adjective ("est très angoissé", "is
/// deeply moved": a passive takes no "very").
const DEGREE_FR: &[&str] = &[
    "très",
    "trop",
    "si",
    "tellement",
    "assez",
    "extrêmement",
    "particulièrement",
    "plutôt",
    "fort",
    "peu",
    // « tout gêné », « tout content »; not « tous », which counts people (« ils sont tous
    // invités »), nor « toute(s) », which may too.
    "tout",
];
const DEGREE_EN: &[&str] = &[
    "very",
    "so",
    "too",
    "quite",
    "rather",
    "extremely",
    "incredibly",
    "deeply",
    "highly",
    "pretty",
    "really",
];

fn is_degree(key: &str, locale: Locale) -> bool {
    match locale {
        Locale::Fr => DEGREE_FR.contains(&key),
        Locale::En => DEGREE_EN.contains(&key),
    }
}

/// The key without the narrow no-break spaces word segmentation glues to a word ("parti\u{202f}"
/// before a "!" typed the French way).
fn bare(key: &str) -> &str {
    key.trim_matches('\u{202f}')
}

/// `c` is a consonant (a letter that is no vowel).
fn consonant(c: char) -> bool {
    c.is_alphabetic() && !"aeiouyàâäéèêëîïôöùûüÿœæ".contains(c)
}

/// A French word whose ending is a past participle's: -é, or -i and -u after a consonant
/// (choisi, interrompu; not "mais", "lieu", "vous"), with their feminine and plural forms.
fn participle_ending_fr(key: &str) -> bool {
    if key.chars().count() < 4 {
        return false;
    }
    if ["é", "ée", "és", "ées"].iter().any(|s| key.ends_with(s)) {
        return true;
    }
    let base = key.strip_suffix('s').unwrap_or(key);
    let base = base.strip_suffix('e').unwrap_or(base);
    let mut rev = base.chars().rev();
    // "-que", "-gue" (publique, longue) are never participles: the u is not a vowel there.
    matches!((rev.next(), rev.next()), (Some('i' | 'u'), Some(c)) if consonant(c))
        && !(base.ends_with("qu") || base.ends_with("gu"))
}

fn is_participle(key: &str, g: &Grammar, locale: Locale) -> bool {
    if key.contains('\'') || g.not_participles.contains(key) {
        return false;
    }
    if g.participles.contains(key) || g.state.contains(key) {
        return true;
    }
    match locale {
        Locale::Fr => participle_ending_fr(key),
        Locale::En => key.chars().count() >= 5 && key.ends_with("ed"),
    }
}

/// Whether an agent follows word `j` ("par la préfecture", "by the council"): what makes a
/// participle of state (fermé, closed) a passive.
fn agent_follows(cx: &Context<'_>, all: &[KeyedWord<'_>], j: usize) -> bool {
    let (Some(w), Some(by)) = (all.get(j), all.get(j + 1)) else { return false };
    if !adjacent(cx, &w.span, &by.span) {
        return false;
    }
    let (by_word, not_agent) = match cx.locale {
        Locale::Fr => ("par", NOT_AGENT_FR),
        Locale::En => ("by", NOT_AGENT_EN),
    };
    if bare(by.key()) != by_word {
        return false;
    }
    // "by the end of June": a deadline after "the" too.
    let mut k = j + 2;
    if cx.locale == Locale::En && all.get(k).is_some_and(|n| n.key() == "the") {
        k += 1;
    }
    match all.get(k) {
        Some(n) => {
            let key = bare(n.key());
            !key.starts_with(|c: char| c.is_ascii_digit())
                && !not_agent.split_ascii_whitespace().any(|w| w == key)
        }
        None => false,
    }
}

/// "made redundant": the one way English says a job was cut ("my role was made redundant");
/// it has no active form a writer would use instead, so it is no passive to rewrite.
fn made_redundant(key: &str, next: Option<&str>) -> bool {
    key == "made" && next.is_some_and(|n| n.eq_ignore_ascii_case("redundant"))
}

/// Whether participle `j` opens a list of qualities: a comma, one word that is neither a
/// participle nor an adverb, then "and"/"et" or "or"/"ou" ("the future is shared, electric
/// and on-demand", « l’accès est gratuit, partagé et ouvert » read from "partagé" on). Said
/// of a thing alongside adjectives, the participle names a state, not an act.
fn among_qualities(cx: &Context<'_>, all: &[KeyedWord<'_>], j: usize, g: &Grammar) -> bool {
    let (Some(w), Some(next), Some(and)) = (all.get(j), all.get(j + 1), all.get(j + 2)) else {
        return false;
    };
    let comma = cx
        .text()
        .get(w.span.end..next.span.start)
        .is_some_and(|gap| gap.trim_matches(|c: char| c.is_whitespace() && c != '\n') == ",");
    let quality = bare(next.key());
    let conjunction = match cx.locale {
        Locale::Fr => matches!(bare(and.key()), "et" | "ou"),
        Locale::En => matches!(bare(and.key()), "and" | "or"),
    };
    comma
        && conjunction
        && adjacent(cx, &next.span, &and.span)
        && all.get(j + 3).is_some_and(|last| adjacent(cx, &and.span, &last.span))
        && quality.chars().all(char::is_alphabetic)
        && !is_participle(quality, g, cx.locale)
        && !is_adverb(quality, g, cx.locale)
}

fn is_adverb(key: &str, g: &Grammar, locale: Locale) -> bool {
    g.adverbs.contains(key)
        || match locale {
            Locale::Fr => key.ends_with("ment") && key.chars().count() > 6,
            Locale::En => key.ends_with("ly") && key.chars().count() > 4,
        }
}

/// Whether word `i` is a form of "être"/"be" used as the passive auxiliary.
fn is_auxiliary(all: &[KeyedWord<'_>], i: usize, g: &Grammar, locale: Locale, be: &Sieve) -> bool {
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

/// Whether the "be" at word `i` gives the reader an order: it opens a clause, or follows a
/// "please" or "kindly" that does ("Please be advised that…", "Be warned:"). The reader is the
/// one to act, so "say who acts" has nothing to tell the writer.
fn imperative(cx: &Context<'_>, all: &[KeyedWord<'_>], i: usize) -> bool {
    let Some(be) = all.get(i).filter(|w| cx.locale == Locale::En && w.key() == "be") else {
        return false;
    };
    match i.checked_sub(1).and_then(|p| all.get(p)) {
        Some(p) if matches!(p.key(), "please" | "kindly") && adjacent(cx, &p.span, &be.span) => {
            clause_start(cx.text(), p.span.start)
        }
        _ => clause_start(cx.text(), be.span.start),
    }
}

/// Whether `span` overlaps a hedge or a filler phrase of the packs.
fn inside_a_stock_phrase(cx: &Context<'_>, span: &Span) -> bool {
    cx.scan.overlapping(span).any(|h| {
        [Lex::Hedging, Lex::Filler]
            .into_iter()
            .any(|lex| h.lex == lex.id() && cx.packs.applies(lex, h, cx.locale))
    })
}

impl Rule for Passive {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let g = cx.packs.grammar.grammar(cx.locale);
        let all = cx.words();
        static BE: [OnceLock<(Vec<WordSet>, Sieve)>; 2] = [OnceLock::new(), OnceLock::new()];
        let cell = match cx.locale {
            Locale::Fr => &BE[0],
            Locale::En => &BE[1],
        };
        let made = sieve(cell, &[&g.be]);
        let be: &Sieve = &made;
        let mut i = 0;
        while i < all.len() {
            if !is_auxiliary(all, i, g, cx.locale, be) || imperative(cx, all, i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut found = None;
            while let (Some(prev), Some(w)) = (all.get(j - 1), all.get(j)) {
                if j > i + 3 || !adjacent(cx, &prev.span, &w.span) {
                    break;
                }
                let key = bare(w.key());
                if is_degree(key, cx.locale) {
                    break;
                }
                if is_participle(key, g, cx.locale) {
                    // "La gare est fermée", "we're closed": a state, unless someone did it;
                    // "is shared, electric and on-demand": a state among other qualities.
                    let state = g.state.contains(key)
                        || among_qualities(cx, all, j, g)
                        || made_redundant(key, all.get(j + 1).map(|w| w.key()));
                    if !state || agent_follows(cx, all, j) {
                        found = Some(j);
                    }
                    break;
                }
                if !is_adverb(key, g, cx.locale) {
                    break;
                }
                j += 1;
            }
            let Some(j) = found else {
                i += 1;
                continue;
            };
            let mut start = i;
            // "a été lancé", "has been cancelled": the finding covers "a" and "has" too.
            if let (Some(prev), Some(aux)) = (i.checked_sub(1).and_then(|p| all.get(p)), all.get(i))
            {
                let compound = match cx.locale {
                    Locale::Fr => aux.key() == "été" && AVOIR.contains(&prev.elision().1),
                    Locale::En => aux.key() == "been" && HAVE.contains(&prev.key()),
                };
                if compound && adjacent(cx, &prev.span, &aux.span) {
                    start = i - 1;
                }
            }
            if let (Some(first), Some(last)) = (all.get(start), all.get(j)) {
                // Without the narrow no-break space glued to the participle.
                let glued = last.text.len() - last.text.trim_end_matches('\u{202f}').len();
                let span = first.span.start..last.span.end - glued;
                // "It could be argued", « il est à noter » are reported whole by the hedging
                // and filler rules; a passive inside them is not a second finding.
                if !inside_a_stock_phrase(cx, &span) {
                    let text = cx.doc.slice(&span);
                    out.push(Finding::new(META.id, span, cx.tr(META.id, &[("text", &text)])));
                }
            }
            i = j + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_the_passive() {
        assert_eq!(
            Case::fr("Le service a été lancé hier. Les colis sont livrés le lundi.")
                .check()
                .flagged("tone/passive"),
            ["a été lancé", "sont livrés"]
        );
        assert_eq!(
            Case::fr("Le site n’est pas encore lancé.").check().flagged("tone/passive"),
            ["n’est pas encore lancé"]
        );
        assert_eq!(
            Case::en("The shop was opened in May and is being rebuilt.")
                .check()
                .flagged("tone/passive"),
            ["was opened", "is being rebuilt"]
        );
    }

    #[test]
    fn flags_ete_and_a_participle_of_any_regular_ending() {
        for (text, found) in [
            ("Le trafic a été interrompu entre Lyon et Mâcon.", "a été interrompu"),
            ("Les trains de 18 h ont été supprimés.", "ont été supprimés"),
            ("La candidature de Léa a été retenue par le jury.", "a été retenue"),
            ("Les gagnants ont été choisis au hasard.", "ont été choisis"),
            ("Nos bureaux ont été repeints cet été.", "ont été repeints"),
            ("Le concert a été annulé à cause de la pluie.", "a été annulé"),
            ("La décision a été prise en réunion.", "a été prise"),
            ("Les dossiers ont été transmis à la mairie.", "ont été transmis"),
            ("La ligne est interrompue jusqu’à 17 h.", "est interrompue"),
            ("Les travaux ont été suspendus\u{202f}!", "ont été suspendus"),
        ] {
            assert_eq!(Case::fr(text).check().flagged("tone/passive"), [found], "{text}");
        }
    }

    #[test]
    fn flags_been_and_was_with_a_participle() {
        for (text, found) in [
            ("The match has been cancelled because of the storm.", "has been cancelled"),
            ("All services have been suspended until Monday.", "have been suspended"),
            ("The talk was interrupted twice by a fire alarm.", "was interrupted"),
            ("Three new stores were opened this year.", "were opened"),
            ("The bridge was built in 1890.", "was built"),
            ("Our roadmap had been rewritten twice.", "had been rewritten"),
            ("Tickets were sold by the box office.", "were sold"),
            ("Your password has been reset.", "has been reset"),
        ] {
            assert_eq!(Case::en(text).check().flagged("tone/passive"), [found], "{text}");
        }
    }

    #[test]
    fn an_order_to_the_reader_is_no_passive() {
        for text in [
            "Please be advised that the library closes at 5pm on Fridays.",
            "Important update.\n\nPlease be advised that, from Monday, visits must be booked.",
            "Be warned: the car park is full by nine.",
            "Kindly be informed that the desk has moved.",
        ] {
            let found = Case::en(text).check().flagged("tone/passive");
            assert!(found.iter().all(|f| !f.contains("be ")), "{text}: {found:?}");
        }
        // A "be" inside a clause is still read: "to be", after a modal.
        for (text, found) in [
            ("Visits will have to be approved by the manager.", "be approved"),
            ("Please note the form must be signed by a parent.", "be signed"),
        ] {
            assert_eq!(Case::en(text).check().flagged("tone/passive"), [found], "{text}");
        }
    }

    #[test]
    fn a_participle_among_qualities_is_a_state() {
        for text in [
            "The future of transport is shared, electric and on-demand.",
            "Access is unlimited, free or cheap.",
            "L’accès est partagé, gratuit et ouvert à tous.",
        ] {
            assert!(Case::detect(text).check().flagged("tone/passive").is_empty(), "{text}");
        }
        // A list of acts, a clause after the comma, or someone who acts stays a passive.
        for (text, found) in [
            ("The kit was designed, tested and shipped in May.", "was designed"),
            ("The bridge was repaired, and traffic was diverted.", "was repaired"),
            ("The plan was approved, despite objections, and signed.", "was approved"),
            ("Le dossier a été validé, signé et transmis.", "a été validé"),
        ] {
            let found_now = Case::detect(text).check().flagged("tone/passive");
            assert_eq!(found_now.first().map(String::as_str), Some(found), "{text}");
        }
    }

    #[test]
    fn states_are_a_passive_only_with_an_agent() {
        for text in [
            "C’est l’inverse : elle est enflammée et elle a besoin de soins.",
            "Le télésiège a fermé, car la plateforme d’arrivée était givrée.",
            "If the gum is inflamed, keep brushing it gently.",
            "La gare est fermée.",
            "Le magasin est ouvert le dimanche.",
            "La boutique est fermée pour travaux jusqu’à lundi.",
            "Le musée est situé place Bellecour et il est complet ce week-end.",
            "Tout est prêt : les inscriptions sont ouvertes !",
            "Le petit-déjeuner est inclus, le parking est réservé aux clients.",
            "La salle est fermée par intermittence.",
            "C’est fini, la saison est terminée.",
            "Il est interdit de fumer.",
            "140 postes sont menacés sur le site.",
            "Nala est vaccinée, identifiée et stérilisée ; Moustache est tatoué.",
        ] {
            assert!(Case::fr(text).check().flagged("tone/passive").is_empty(), "{text}");
        }
        for text in [
            "Mill Lane is shut today.",
            "Sorry, we're closed on Sunday.",
            "The museum is open late on Fridays.",
            "It is done. We are all set for Saturday.",
            "The report will be done by Friday.",
            "The shop is closed by 6pm on Sundays.",
            "Our team is based in Leeds and we're fully booked.",
            "Breakfast is included and dogs are allowed.",
            "I'm married, tired and finished for the day.",
            "Check what you should be paid this year.",
            "My role was made redundant in November.",
            "We're insured for hail, and registered with the FCA.",
            "Construction is broken, and the fee is fixed.",
        ] {
            assert!(Case::en(text).check().flagged("tone/passive").is_empty(), "{text}");
        }
        assert_eq!(
            Case::fr("La route sera fermée par la préfecture demain.")
                .check()
                .flagged("tone/passive"),
            ["sera fermée"]
        );
        assert_eq!(
            Case::en("Mill Lane is closed by the council until May.")
                .check()
                .flagged("tone/passive"),
            ["is closed"]
        );
        assert_eq!(
            Case::en("The work was done by volunteers.").check().flagged("tone/passive"),
            ["was done"]
        );
        // Ready is a state; made ready by someone, a passive.
        assert!(Case::en("We are prepared for winter.").check().flagged("tone/passive").is_empty());
        assert_eq!(
            Case::en("The plans have been prepared by the council.")
                .check()
                .flagged("tone/passive"),
            ["have been prepared"]
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
            "L’année a été difficile, mais elle a été un succès.",
            "Ça a été aussi l’occasion de se revoir. Le salon a été ici même.",
            "Nous avons été ravis de vous accueillir et très émus par vos messages.",
            "Elle est partie à Lyon, il est devenu chef et ils sont revenus lundi.",
            "Elle a dessalé, puis elle est remontée sur son Optimist en riant.",
            "Votre aide a été bienvenue. Le programme est joli.",
            "Le rendez-vous a été jeudi. Mais il est aussi là.",
            "Êtes-vous prêts ? Vous êtes nombreux.",
            "Cette réunion a été le lieu d’un vrai débat.",
            "Nous sommes convaincus que la soirée a été très réussie.",
            "Nos équipes sont mobilisées et motivées, nous sommes unis.",
            "Si votre animal est très angoissé, appelez-nous.",
            "Le client est tout gêné de nous avoir appelés un dimanche.",
            "Le spectacle est très attendu et le projet a été très apprécié.",
        ] {
            assert!(Case::fr(text).check().flagged("tone/passive").is_empty(), "{text}");
        }
        for text in [
            "We are excited. We are based in Leeds.",
            "It is red. We opened it.",
            "It has been great, and the launch has been a success.",
            "We were thrilled and a bit stunned by the response.",
            "She was born in Leeds.",
            "The Red line is unaffected and fares are unchanged.",
            "We were deeply moved by your messages, and viewings are highly recommended.",
        ] {
            assert!(Case::en(text).check().flagged("tone/passive").is_empty(), "{text}");
        }
        // A negated participle of a real "un-" verb is still a passive.
        assert_eq!(
            Case::en("The new plan was unveiled today.").check().flagged("tone/passive"),
            ["was unveiled"]
        );
    }

    #[test]
    fn an_adjective_in_que_or_a_passive_inside_a_hedge_is_not_flagged() {
        assert!(
            Case::fr("La réunion est publique et gratuite.")
                .check()
                .flagged("tone/passive")
                .is_empty()
        );
        assert!(
            Case::en("It could be argued that fares are too high.")
                .check()
                .flagged("tone/passive")
                .is_empty()
        );
        assert_eq!(
            Case::fr("Le trafic a été interrompu.").check().flagged("tone/passive"),
            ["a été interrompu"]
        );
    }

    #[test]
    fn french_endings() {
        use super::participle_ending_fr as ending;
        for word in
            ["lancé", "lancées", "choisi", "choisies", "interrompu", "interrompues", "suivis"]
        {
            assert!(ending(word), "{word}");
        }
        for word in ["mais", "fois", "depuis", "lieu", "vous", "tous", "beau", "vrai", "moi", "un"]
        {
            assert!(!ending(word), "{word}");
        }
    }
}
