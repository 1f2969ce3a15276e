//! # tone/superlative
//!
//! **What it flags.** Self-praise and superlatives: "leader mondial", "numéro 1",
//! "révolutionnaire", "expérience unique", "world-class", "unparalleled", "the ultimate",
//! "industry-leading", "la meilleure appli"…, and superlatives with a scope: « la banque la plus
//! simple de France », "the best coffee in Leeds", "the region's leading lender", "we are the
//! UK's most trusted bank" (flagged with no fix: only the writer knows the fact behind them).
//! Without a scope, "les personnes les plus fragiles" is not a claim, and is left alone; so are
//! "Sunderland's most deprived wards" (no "we are": a place described, not the brand praised),
//! "it's best to book early" (advice) and quotations. A superlative of praise also claims a
//! named place or a time: « la plus belle vue de Biarritz », "London's most luxurious spa",
//! "the most iconic fragrance of the decade"; one that describes does not ("the most polluted
//! city in India", « la tempête la plus puissante de la décennie »). A word of praise that is
//! its whole sentence is a cry, not a claim (« INCROYABLE !!! » over a late goal), a
//! distinction's title is a fact (« deux Meilleurs Ouvriers de France », « le Grand Prix de la
//! meilleure baguette de Paris », "the award for the best pub in Leeds"), and the words of a
//! name or a work's title are the name's ("The Ultimate IPA is back", "a Smash Bros. Ultimate
//! bundle", « Le Meilleur des mondes, d’Aldous Huxley »).
//!
//! **Why it matters.** Every brand says it is the best; readers discount it, and regulators may
//! ask for proof. A fact convinces where an adjective does not.
//!
//! **Example.** "Leader mondial de la logistique, nous offrons une expérience unique."
//!
//! **Better.** Give the fact behind the claim: "12 000 colis livrés chaque jour dans 40 pays."

use super::lexicon;
use super::scoped::scoped;
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;

pub struct Superlative;

static META: RuleMeta = RuleMeta {
    id: "tone/superlative",
    default_severity: Severity::Warning,
    summary: "Puffery and superlatives (leader mondial, world-class, révolutionnaire…) that nothing proves.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Superlative {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let first = out.len();
        lexicon::flag(cx, &META, Lex::Superlative, out);
        // A word of praise that is its whole sentence is a cry, not a claim: « INCROYABLE !!! »
        // over a last-minute goal, "Amazing!" (no noun, no brand, nothing to prove).
        let mut mine = out.split_off(first);
        mine.retain(|f| !is_a_cry(cx, &f.span));
        out.append(&mut mine);
        // A scoped superlative is reported whole, with no fix (only the writer knows the fact
        // behind it), in place of the lexicon's findings inside it: fixing "révolutionnaire"
        // in « la plus révolutionnaire du marché » would leave the claim.
        for mut span in scoped(cx) {
            let mut i = first;
            while i < out.len() {
                let inside =
                    out.get(i).is_some_and(|f| f.span.start < span.end && span.start < f.span.end);
                if inside {
                    let f = out.remove(i);
                    span = span.start.min(f.span.start)..span.end.max(f.span.end);
                } else {
                    i += 1;
                }
            }
            let found = cx.doc.slice(&span);
            let why = cx.tr("tone/superlative.scoped", &[]);
            let message = cx.tr(META.id, &[("text", &found), ("why", &why)]);
            out.push(Finding::new(META.id, span, message));
        }
        if let Some(mine) = out.get_mut(first..) {
            crate::order::sort_by_key(mine, |f| (f.span.start, 0));
        }
    }
}

/// Whether `span` is the whole of its sentence, but for marks, spaces and emoji.
fn is_a_cry(cx: &Context<'_>, span: &Span) -> bool {
    let sentences = cx.doc.sentences();
    let at = sentences.partition_point(|s| s.end <= span.start);
    let bare = |r: Span| cx.doc.slice(&r).chars().all(|c| !c.is_alphanumeric());
    sentences.get(at).is_some_and(|s| {
        s.start <= span.start
            && span.end <= s.end
            && bare(s.start..span.start)
            && bare(span.end..s.end)
    })
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::fixture::Case;

    #[test]
    fn flags_puffery() {
        let text = "Leader mondial, nous offrons une expérience unique et révolutionnaire.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/superlative"),
            ["Leader mondial", "expérience unique", "révolutionnaire"]
        );
        assert_eq!(
            Case::fr("Une expérience client unique à bord.").check().flagged("tone/superlative"),
            ["expérience client unique"]
        );
        let text = "Une adresse sans équivalent, le summum du raffinement.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/superlative"),
            ["sans équivalent", "le summum"]
        );
        let text = "Une appli unique sur le marché, une véritable révolution.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/superlative"),
            ["unique sur le marché", "véritable révolution"]
        );
        assert_eq!(
            Case::fr("Des profs qui révolutionnent leur classe.")
                .check()
                .flagged("tone/superlative"),
            ["révolutionnent"]
        );
        let text = "A world-class, unparalleled service.";
        assert_eq!(
            Case::en(text).check().flagged("tone/superlative"),
            ["world-class", "unparalleled"]
        );
    }

    #[test]
    fn does_not_flag_facts_or_ordinary_uses() {
        assert!(
            Case::fr("Un accès unique par badge, 40 pays.")
                .check()
                .flagged("tone/superlative")
                .is_empty()
        );
        assert!(
            Case::en("We deliver in 40 countries.").check().flagged("tone/superlative").is_empty()
        );
        // History's revolutions are no puffery.
        assert!(
            Case::fr("Ce fut une véritable révolution industrielle pour la vallée.")
                .check()
                .flagged("tone/superlative")
                .is_empty()
        );
    }

    #[test]
    fn a_jargon_phrase_is_not_flagged_twice() {
        let text = "Des solutions innovantes.";
        assert!(Case::fr(text).check().flagged("tone/superlative").is_empty());
        assert_eq!(Case::fr(text).check().flagged("tone/jargon"), ["solutions innovantes"]);
    }

    #[test]
    fn the_fix_offers_a_plainer_word() {
        assert_eq!(
            Case::fr("Un service révolutionnaire.").check().fixed("tone/superlative"),
            "Un service nouveau."
        );
    }

    #[test]
    fn superlatives_with_a_scope_are_claims() {
        let cases = [
            ("Nous sommes la banque la plus simple de France.", Fr, "la plus simple de France"),
            ("The region's leading SME lender.", En, "region's leading SME lender"),
            ("Industry-leading support.", En, "Industry-leading"),
            ("La meilleure appli de voyage.", Fr, "La meilleure appli"),
            (
                "We want to become the UK's most customer-centric retailer.",
                En,
                "UK's most customer-centric",
            ),
            ("Our café is Leeds's most loved breakfast spot.", En, "Leeds's most loved"),
        ];
        for (text, locale, want) in cases {
            assert_eq!(
                Case::new(text, locale).check().flagged("tone/superlative"),
                [want],
                "{text}"
            );
        }
        // No scope, or not the brand: left alone.
        assert!(
            Case::fr("Protégez les personnes les plus fragiles.")
                .check()
                .flagged("tone/superlative")
                .is_empty()
        );
        for text in [
            "It's best to book early.",
            "That's best left to the experts.",
            "What's best for your team depends on its size.",
            "Volunteers visited Sunderland's most deprived wards.",
        ] {
            assert!(Case::en(text).check().flagged("tone/superlative").is_empty(), "{text}");
        }
        assert!(
            Case::en("Sunderland's most deprived wards.")
                .check()
                .flagged("tone/superlative")
                .is_empty()
        );
    }

    #[test]
    fn incredibly_before_a_feeling_is_no_claim() {
        let text = "We're incredibly grateful to our investors.";
        assert!(Case::en(text).check().flagged("tone/superlative").is_empty());
        assert_eq!(
            Case::en("An incredibly fast service.").check().flagged("tone/superlative"),
            ["incredibly"]
        );
    }

    #[test]
    fn a_cry_of_praise_alone_is_not_a_claim() {
        for text in ["INCROYABLE !!! Le FC Annecy élimine Lyon.", "Incroyable ! Quel match."] {
            assert!(Case::fr(text).check().flagged("tone/superlative").is_empty(), "{text}");
        }
        assert!(
            Case::en("Amazing!! What a finish.").check().flagged("tone/superlative").is_empty()
        );
        assert_eq!(
            Case::fr("Une offre incroyable ! Venez vite.").check().flagged("tone/superlative"),
            ["incroyable"]
        );
    }

    #[test]
    fn a_word_of_a_name_or_title_is_not_a_claim() {
        assert!(
            Case::en("Just in: a Smash Bros. Ultimate bundle, £320.")
                .check()
                .flagged("tone/superlative")
                .is_empty()
        );
        assert!(
            Case::fr("Ce soir, on regarde le film Une Expérience Unique.")
                .check()
                .flagged("tone/superlative")
                .is_empty()
        );
        // A distinction's title is no claim of the brand's; the same words in lower case are.
        let text = "Les cours sont assurés par deux Meilleurs Ouvriers de France.";
        assert!(Case::fr(text).check().flagged("tone/superlative").is_empty(), "{text}");
        assert_eq!(
            Case::fr("Nous sommes les meilleurs ouvriers de France.")
                .check()
                .flagged("tone/superlative"),
            ["les meilleurs ouvriers de France"]
        );
        assert_eq!(
            Case::fr("Meilleurs Ouvriers de France : nos boulangers.")
                .check()
                .flagged("tone/superlative"),
            ["Meilleurs Ouvriers de France"]
        );
        // After a comma, or at a sentence's start, a capital says nothing.
        assert_eq!(
            Case::fr("Croqvital, Leader européen du secteur, lance sa gamme.")
                .check()
                .flagged("tone/superlative"),
            ["Leader européen"]
        );
        assert_eq!(
            Case::en("We open on Saturday. Ultimate comfort awaits.")
                .check()
                .flagged("tone/superlative"),
            ["Ultimate"]
        );
        // Capitals throughout shout; they name nothing.
        assert_eq!(
            Case::en("Grab AN INCREDIBLE DEAL today.").check().flagged("tone/superlative"),
            ["INCREDIBLE"]
        );
    }

    #[test]
    fn a_scope_is_read_within_the_phrase_and_names_a_place() {
        // A book's title and its author: the comma ends the phrase, and a title's capitalised
        // "All" names no place.
        for (text, locale) in [
            ("1. Le Meilleur des mondes, d’Aldous Huxley. Le classique.", Fr),
            ("1. The Best of All Possible Worlds by Karen Lord. Quietly hopeful.", En),
            ("It is the best of All the options we had.", En),
            // A prize or a contest named by its superlative.
            ("Le Grand Prix de la meilleure baguette de Paris 2026 revient à Mathieu.", Fr),
            ("Inscriptions au concours du meilleur croissant de Bretagne.", Fr),
            ("She won the award for the best pub in Leeds.", En),
        ] {
            let found = Case::new(text, locale).check().flagged("tone/superlative");
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // The same frames without the comma, or with a place, are still claims.
        for (text, locale, claim) in [
            ("La plus belle vue d’Annecy est chez nous.", Fr, "La plus belle vue d’Annecy"),
            (
                "Leader du café de spécialité en France, nous ouvrons à Lyon.",
                Fr,
                "Leader du café de spécialité en France",
            ),
            ("Notre parc est sans doute le meilleur de la vallée.", Fr, "le meilleur de la vallée"),
            ("The best coffee in Leeds, made daily.", En, "The best coffee in Leeds"),
        ] {
            assert_eq!(Case::new(text, locale).check().flagged("tone/superlative"), [claim]);
        }
    }

    #[test]
    fn praise_claims_a_named_place_or_a_time_too() {
        let cases = [
            ("Découvrez la plus belle vue de Biarritz.", Fr, "la plus belle vue de Biarritz"),
            ("La meilleure tarte d’Annecy est ici.", Fr, "La meilleure tarte d’Annecy"),
            ("Le parfum le plus iconique de la saison.", Fr, "le plus iconique de la saison"),
            ("La plus audacieuse de l’année, sans hésiter.", Fr, "La plus audacieuse de l’année"),
            (
                "Leader de la bistronomie en France, le groupe ouvre à Lyon.",
                Fr,
                "Leader de la bistronomie en France",
            ),
            (
                "Meet the most iconic fragrance of the decade.",
                En,
                "the most iconic fragrance of the decade",
            ),
            (
                "Explore the most romantic wedding venue in the Cotswolds.",
                En,
                "the most romantic wedding venue in the Cotswolds",
            ),
            ("London's most luxurious spa opens today.", En, "London's most luxurious"),
            (
                "The most exciting hatchback in its class.",
                En,
                "The most exciting hatchback in its class",
            ),
            ("These are the best deals of the year.", En, "the best deals of the year"),
            (
                "The most anticipated thriller of the year is here.",
                En,
                "The most anticipated thriller of the year",
            ),
        ];
        for (text, locale, want) in cases {
            assert_eq!(
                Case::new(text, locale).check().flagged("tone/superlative"),
                [want],
                "{text}"
            );
        }
        // A grade that describes, or a scope of one's own life: no claim.
        for (text, locale) in [
            ("Les quartiers les plus pauvres de Marseille attendent.", Fr),
            ("La tempête la plus puissante de la décennie a frappé.", Fr),
            ("C’était le plus beau jour de ma vie.", Fr),
            ("Delhi is the most polluted city in India.", En),
            ("It was the most beautiful day of my life.", En),
            ("The most powerful storm in a decade hit Cornwall.", En),
            ("Komodos are the world's largest lizards.", En),
            ("The biggest storm in the UK this year.", En),
        ] {
            assert!(
                Case::new(text, locale).check().flagged("tone/superlative").is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn an_invariable_adjective_leaves_the_noun_singular() {
        // « français » ends in -s in the singular too: the fix keeps one leader.
        assert_eq!(
            Case::fr("Cela fait de nous le leader français de la prothèse.")
                .check()
                .fixed("tone/superlative"),
            "Cela fait de nous le spécialiste de la prothèse."
        );
    }

    #[test]
    fn an_article_follows_the_new_word() {
        assert_eq!(
            Case::en("An unrivalled service.").check().fixed("tone/superlative"),
            "A distinctive service."
        );
    }

    #[test]
    fn event_and_award_puffery() {
        let text = "The must-attend summit of the year, with a prestigious award.";
        assert_eq!(
            Case::en(text).check().flagged("tone/superlative"),
            ["must-attend", "prestigious"]
        );
        assert_eq!(
            Case::en("An unmissable evening of music.").check().flagged("tone/superlative"),
            ["unmissable"]
        );
    }
}
