//! # tone/hedging
//!
//! **What it flags.** Hedges: "il semblerait", "peut-être", "nous pensons que", "a priori",
//! "we believe", "perhaps", "it seems", "hopefully", "it could be argued", « sans doute »…,
//! elided forms included (« nous pensons qu’il »). "We believe in fair pay" is a conviction,
//! not a hedge, and so is a belief about what people deserve ("We believe every child deserves
//! a warm coat", « Nous pensons que chacun mérite… »): a value stated, not a doubt. Nor is a
//! condition put to the reader ("Avoid the area if possible", « Venez si possible avec votre
//! carte »): "if possible" and « si possible » count only where no "you", "please", « vous »
//! or common order stands near. The fix removes the hedge, except where the clause after it
//! may be in the subjunctive (« il semblerait que… »): removing it would leave a broken sentence.
//!
//! **Why it matters.** A brand that hedges sounds unsure of its own news. Readers trust a
//! plain statement more, and a real doubt is better said with its reason.
//!
//! **Example.** "We believe this is perhaps our best release."
//!
//! **Better.** "This release cuts loading times by half."

use super::lexicon;
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Hedging;

static META: RuleMeta = RuleMeta {
    id: "tone/hedging",
    default_severity: Severity::Info,
    summary: "Hedges (il semblerait, peut-être, we believe, perhaps…) that weaken the point.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Hedging {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        lexicon::flag(cx, &META, Lex::Hedging, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_hedges() {
        assert_eq!(
            Case::en("We believe this is perhaps our best release.")
                .check()
                .flagged("tone/hedging"),
            ["We believe", "perhaps"]
        );
        assert_eq!(
            Case::fr("Il semblerait que la livraison soit plus rapide.")
                .check()
                .flagged("tone/hedging"),
            ["Il semblerait que"]
        );
        // An adverb inside the stock hedge is part of it: removing it alone would leave one.
        let text = "Our trustees believe it could perhaps be argued that the limits help.";
        let report = Case::en(text).check();
        assert!(report.flagged("tone/hedging").contains(&"it could perhaps be argued that".into()));
        assert!(report.flagged("tone/passive").is_empty());
    }

    #[test]
    fn does_not_flag_plain_statements() {
        assert!(
            Case::fr("Cette version divise par deux le temps de chargement.")
                .check()
                .flagged("tone/hedging")
                .is_empty()
        );
        assert!(Case::en("It can be done today.").check().flagged("tone/hedging").is_empty());
        // « normalement » after the verb says "as usual": the shops are open as every day.
        let usual = "Les boutiques de Séné et de Theix vous accueillent normalement.";
        assert!(Case::fr(usual).check().flagged("tone/hedging").is_empty());
        // After "can" or "could", "possibly" intensifies.
        for text in ["It has everything you could possibly need.", "We can't possibly wait."] {
            assert!(Case::en(text).check().flagged("tone/hedging").is_empty(), "{text}");
        }
        assert_eq!(
            Case::en("The works will possibly end in May.").check().flagged("tone/hedging"),
            ["possibly"]
        );
        // « normalement » after a verb of service running on says how, not how surely.
        for text in [
            "Le trafic continue normalement.",
            "Les livraisons reprendront normalement mercredi.",
            "Les cours se poursuivent normalement.",
            // After the infinitive it says how too; before it, how surely (below).
            "Nos bateaux devraient sortir normalement la semaine prochaine.",
        ] {
            assert!(Case::fr(text).check().flagged("tone/hedging").is_empty(), "{text}");
        }
        assert_eq!(
            Case::fr("Le colis devrait normalement arriver mercredi.")
                .check()
                .flagged("tone/hedging"),
            ["normalement"]
        );
    }

    #[test]
    fn the_fix_removes_the_hedge() {
        let text = "Nous pensons qu’il faut ouvrir le dimanche.";
        assert_eq!(Case::fr(text).check().fixed("tone/hedging"), "Il faut ouvrir le dimanche.");
        assert_eq!(
            Case::en("It is perhaps faster.").check().fixed("tone/hedging"),
            "It is faster."
        );
        let text = "It could be argued that the line is too slow.";
        assert_eq!(Case::en(text).check().fixed("tone/hedging"), "The line is too slow.");
        // The word before elides when a vowel now follows it.
        let text = "Bon, on dit que peut-être on a trouvé le truc.";
        assert_eq!(
            Case::fr(text).check().fixed("tone/hedging"),
            "Bon, on dit qu’on a trouvé le truc."
        );
        let text = "Bon, on dit que peut-être la sieste aide.";
        assert_eq!(Case::fr(text).check().fixed("tone/hedging"), "Bon, on dit que la sieste aide.");
    }

    #[test]
    fn a_hedge_that_governs_the_mood_has_no_fix() {
        // Removing « Il semblerait que » would leave a subjunctive with no clause to govern it.
        let text = "Il semblerait que la livraison soit plus rapide.";
        let report = Case::fr(text).check();
        let found = report.of("tone/hedging");
        assert_eq!(found.len(), 1);
        assert!(found[0].suggestions.is_empty());
    }

    #[test]
    fn a_belief_in_something_is_not_a_hedge() {
        assert!(
            Case::en("We believe in fair pay for every rider.")
                .check()
                .flagged("tone/hedging")
                .is_empty()
        );
        // Only "in" right after makes it one: an "in" elsewhere in the sentence does not.
        assert_eq!(
            Case::en("We believe the new approach is the biggest change in years.")
                .check()
                .flagged("tone/hedging"),
            ["We believe"]
        );
        assert_eq!(
            Case::fr("Sans doute la meilleure saison.").check().flagged("tone/hedging"),
            ["Sans doute"]
        );
    }

    #[test]
    fn a_belief_in_what_people_deserve_is_a_value_not_a_hedge() {
        for text in [
            "We believe every child deserves a warm coat this winter.",
            "We believe that carers deserve a day off.",
        ] {
            assert!(Case::en(text).check().flagged("tone/hedging").is_empty(), "{text}");
        }
        assert!(
            Case::fr("Nous pensons que chaque enfant mérite un manteau chaud.")
                .check()
                .flagged("tone/hedging")
                .is_empty()
        );
        // A belief about a fact is still a hedge.
        assert_eq!(
            Case::en("We believe this release is twice as fast.").check().flagged("tone/hedging"),
            ["We believe"]
        );
    }

    #[test]
    fn a_condition_put_to_the_reader_is_a_courtesy_not_a_hedge() {
        for text in [
            "Déviation par la RD 999. Évitez le secteur si possible.",
            "Venez si possible avec votre carte Vitale.",
        ] {
            assert!(Case::fr(text).check().flagged("tone/hedging").is_empty(), "{text}");
        }
        for text in ["Avoid the area if possible.", "Please bring your NHS number if possible."] {
            assert!(Case::en(text).check().flagged("tone/hedging").is_empty(), "{text}");
        }
        // The brand's own commitment, hedged.
        assert_eq!(
            Case::fr("Nous livrerons les commandes si possible avant Noël.")
                .check()
                .flagged("tone/hedging"),
            ["si possible"]
        );
        assert_eq!(
            Case::en("We will ship orders before Christmas if possible.")
                .check()
                .flagged("tone/hedging"),
            ["if possible"]
        );
    }

    #[test]
    fn peut_etre_without_its_hyphen_is_the_verb_unless_a_verb_comes_before() {
        // « peut être consulté »: "can be consulted", no hedge, and no fix to remove it.
        for text in ["Le dossier peut être consulté en mairie.", "Il peut être utile de réserver."]
        {
            assert!(Case::fr(text).check().flagged("tone/hedging").is_empty(), "{text}");
        }
        // The adverb with its hyphen, with a fix; the adverb typed without it after a verb,
        // flagged without one (removing the match would take the verb).
        let checked = Case::fr("C’est peut-être vrai.").check();
        assert_eq!(checked.flagged("tone/hedging"), ["peut-être"]);
        let checked = Case::fr("Elle a peut être raison.").check();
        assert_eq!(checked.flagged("tone/hedging"), ["a peut être"]);
        assert!(checked.of("tone/hedging")[0].suggestions.is_empty());
    }
}
