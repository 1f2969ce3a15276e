//! # tone/jargon
//!
//! **What it flags.** Corporate jargon from the built-in packs: "synergies", "leverage",
//! "best-in-class", "solutions innovantes", "disruptif", "écosystème", "accompagner"… in any
//! case, with or without accents, singular or plural, in the post's language. A word in its
//! literal or technical sense is left alone ("disruption" of rail traffic, a bank's "leverage
//! ratio", the "écosystème" of a pond, a pianist who "accompagne" a choir), and so are
//! quotations and reported speech: a brand does not rewrite a minister's words. Fixes agree
//! with the sentence (gender, number and elision in French, "a"/"an" and verb forms in
//! English), or none is offered.
//!
//! **Why it matters.** Jargon is how every company sounds; it tells the reader nothing about
//! this one. Readers skim past it, and the brand's own voice disappears behind it.
//!
//! **Example.** "Nous accompagnons nos clients grâce à des solutions innovantes."
//!
//! **Better.** Say what you do: "Nous aidons nos clients à réduire leurs délais de livraison."

use super::lexicon;
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Jargon;

static META: RuleMeta = RuleMeta {
    id: "tone/jargon",
    default_severity: Severity::Warning,
    summary: "Corporate jargon (synergies, leverage, solutions innovantes…); suggests plain words.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Jargon {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        lexicon::flag(cx, &META, Lex::Jargon, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_jargon_in_both_languages() {
        let text = "Nous accompagnons nos clients grâce à des solutions innovantes.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/jargon"),
            ["accompagnons", "solutions innovantes"]
        );
        let text = "Nous voulons disrupter le marché : notre offre disrupte la banque.";
        assert_eq!(Case::fr(text).check().flagged("tone/jargon"), ["disrupter", "disrupte"]);
        let text = "We leverage best-in-class synergies.";
        assert_eq!(
            Case::en(text).check().flagged("tone/jargon"),
            ["leverage", "best-in-class", "synergies"]
        );
    }

    #[test]
    fn matches_without_accents_and_across_forms() {
        assert_eq!(
            Case::fr("Un ecosysteme DISRUPTIF.").check().flagged("tone/jargon"),
            ["ecosysteme", "DISRUPTIF"]
        );
        assert_eq!(Case::en("We leveraged it.").check().flagged("tone/jargon"), ["leveraged"]);
        assert_eq!(
            Case::fr("Des technologies de rupture pour le spatial.").check().flagged("tone/jargon"),
            ["technologies de rupture"]
        );
    }

    #[test]
    fn does_not_flag_plain_words_or_other_languages() {
        assert!(
            Case::fr("Nous aidons nos clients à livrer plus vite.")
                .check()
                .flagged("tone/jargon")
                .is_empty()
        );
        assert!(
            Case::fr("Le levier du vélo. La raccompagner.")
                .check()
                .flagged("tone/jargon")
                .is_empty()
        );
        assert!(Case::en("We accompagnons them.").check().flagged("tone/jargon").is_empty());
    }

    #[test]
    fn the_fix_keeps_the_case() {
        assert_eq!(
            Case::en("Synergies everywhere.").check().fixed("tone/jargon"),
            "Collaborations everywhere."
        );
        assert_eq!(Case::fr("Nos synergies.").check().fixed("tone/jargon"), "Nos collaborations.");
    }

    #[test]
    fn a_literal_sense_is_not_jargon() {
        for text in [
            "Disruption between Leeds and York until 14:00: a train has broken down.",
            "Our leverage ratio stayed at 5.1% this quarter.",
            "A longer handle gives you more leverage when you lift.",
            "We built trebuchets today. The lesson: leverage. The longer arm threw further.",
            "The canal's ecosystem was surveyed before the works.",
            "The ditch ecosystem recovered: the dragonflies came back.",
            "The FCA caps retail CFD leverage at 30:1 on major currency pairs.",
            "Ibuprofen and paracetamol have a modest synergy against pain.",
            "Messages are end-to-end encrypted.",
            "Wind disruption closed the top gondola on 11 days only.",
            "The river took a knock from the floods. That disruption shows in the numbers.",
            "The leverage on a standup rod is what wins it.",
            "Under the fabric we found a seamless hand-stitched roll edge.",
            "Skin fade: the aim is a seamless blend, so work upwards with the clipper.",
            // Dentistry's: an elevator's leverage on a root, the mouth's flora, an impacted tooth.
            "We use an elevator, a thin instrument that works by leverage, to loosen the tooth.",
            "The mouth is an ecosystem: the aim is to remove plaque, not to sterilise it.",
            "Une dent de sagesse incluse, impactée contre la molaire voisine.",
            "La bouche est un écosystème : le but n’est pas de tout stériliser.",
            // An incident: a disruption to something, or an error near.
            "We're seeing a disruption to online banking this morning.",
            "Some payments fail with an error. We are investigating the disruption.",
            // Software: a language's or a registry's packages.
            "Most of the Python ecosystem now ships wheels for ARM.",
            "Scalable means the servers add themselves under load.",
            // The noun: a bar's, or a side's in a talk, not "use".
            "Two of us and a long bar for leverage, one millimetre at a time.",
            "The strike gave the union more leverage in the talks.",
            "Workshop tip: a pedal that won't budge needs leverage, not brute force.",
            // The natural world's: a fen's plants and birds, a reserve's seabed.
            "The painting shows a whole ecosystem: sedge, reed, a heron.",
            "The seagrass is back. The reserve's ecosystem does the work.",
            "Her year on the marshes, a salt-marsh ecosystem of samphire and redshank.",
            // A closed one: a sealed jar's, a spacecraft's.
            "The snails spent six months on the ISS in a closed ecosystem.",
            // A cantilever's, an engineer's.
            "The steel cantilever is propped: the leverage on one anchor group kept us awake.",
            // A family's Christmas, disrupted in a play.
            "A stranger takes the spare room and disrupts a family's careful Christmas.",
        ] {
            assert!(Case::en(text).check().flagged("tone/jargon").is_empty(), "{text}");
        }
        for text in [
            "Nos chercheurs ont mesuré la synergie entre deux antibiotiques.",
            "Paracétamol et codéine agissent en synergie contre la douleur.",
            "L’écosystème de l’étang abrite douze espèces de libellules.",
            "Le sentier évite la tourbière : son écosystème est fragile.",
            "Les crues ont remodelé l’écosystème de l’estuaire.",
            "Chaque attelle digitale est moulée sur la main du patient.",
            "Une pianiste accompagne chaque répétition de la chorale.",
            "Tout l’écosystème npm suit la version 22 de Node.",
            "À bord de l’ISS, notre mini-serre tourne en écosystème fermé.",
        ] {
            assert!(Case::fr(text).check().flagged("tone/jargon").is_empty(), "{text}");
        }
        // The same words in their business sense still count.
        assert_eq!(
            Case::en("We leverage our network.").check().flagged("tone/jargon"),
            ["leverage"]
        );
        // A cue inside an idiom of three joined words is not the word: "best-in-class" is no
        // school class, so "disrupt" stays the start-up's.
        assert_eq!(
            Case::en("Our mission: to disrupt logistics with a best-in-class fleet.")
                .check()
                .flagged("tone/jargon"),
            ["disrupt", "best-in-class"]
        );
        assert_eq!(
            Case::en("Our partner ecosystem drives disruption in retail.")
                .check()
                .flagged("tone/jargon"),
            ["ecosystem", "disruption"]
        );
        assert_eq!(
            Case::en("A scalable offer for every team.").check().flagged("tone/jargon"),
            ["scalable"]
        );
        assert_eq!(
            Case::en("Where every student can reach their full potential.")
                .check()
                .flagged("tone/jargon"),
            ["reach their full potential"]
        );
        assert_eq!(
            Case::en("Journeys that exceed expectations.").check().flagged("tone/jargon"),
            ["exceed expectations"]
        );
        assert_eq!(
            Case::fr("Nous accompagnons les PME dans leur croissance.")
                .check()
                .flagged("tone/jargon"),
            ["accompagnons"]
        );
    }

    #[test]
    fn quoted_and_reported_words_are_left_alone() {
        let text = "« Il faut plus de synergies », a déclaré la ministre.";
        assert!(Case::fr(text).check().flagged("tone/jargon").is_empty());
        let text = "The minister said the plan would leverage private money.";
        assert!(Case::en(text).check().flagged("tone/jargon").is_empty());
        let text = "They call it “best-in-class”. We call it a bus that comes on time.";
        assert!(Case::en(text).check().flagged("tone/jargon").is_empty());
    }

    #[test]
    fn french_fixes_agree_or_are_not_offered() {
        // A verb put for a phrase whose noun is plural keeps its own form.
        assert_eq!(
            Case::fr("Vous pourrez monter en compétences vite.").check().fixed("tone/jargon"),
            "Vous pourrez se former vite."
        );
        // A noun phrase takes its head's number, not its complement's.
        assert_eq!(
            Case::fr("Nous soutenons la montée en compétences des équipes.")
                .check()
                .fixed("tone/jargon"),
            "Nous soutenons la formation des équipes."
        );
        assert_eq!(
            Case::fr("Les montées en compétences coûtent.").check().fixed("tone/jargon"),
            "Les formations coûtent."
        );
        assert_eq!(
            Case::fr("Tout l’écosystème y gagne.").check().fixed("tone/jargon"),
            "Tout le réseau y gagne."
        );
        assert_eq!(
            Case::fr("Une synergie nette.").check().fixed("tone/jargon"),
            "Une collaboration nette."
        );
        assert_eq!(
            Case::fr("Les synergies comptent.").check().fixed("tone/jargon"),
            "Les collaborations comptent."
        );
        assert_eq!(
            Case::fr("Des solutions clés en main.").check().fixed("tone/jargon"),
            "Des solutions prêtes à l’emploi."
        );
        assert_eq!(
            Case::fr("Une approche holistique.").check().fixed("tone/jargon"),
            "Une approche globale."
        );
        // "solutions innovantes" is feminine; no feminine word says it better.
        let report = Case::fr("Des solutions innovantes.").check();
        assert!(report.of("tone/jargon")[0].suggestions.is_empty());
    }

    #[test]
    fn english_fixes_keep_the_article_and_the_verb_form() {
        assert_eq!(
            Case::en("An ecosystem of partners.").check().fixed("tone/jargon"),
            "A network of partners."
        );
        assert_eq!(
            Case::en("We leveraged our data.").check().fixed("tone/jargon"),
            "We used our data."
        );
        assert_eq!(
            Case::en("We empower enterprises to unlock data.").check().fixed("tone/jargon"),
            "We help enterprises to unlock data."
        );
        assert_eq!(
            Case::en("Unlock new synergies.").check().fixed("tone/jargon"),
            "Unlock new collaborations."
        );
    }

    #[test]
    fn value_creation_dna_and_changing_the_game() {
        for (text, found) in [
            ("We create value for all our partners.", "create value"),
            ("Customer care is in our DNA.", "in our DNA"),
            ("We deliver sustainable solutions across the sector.", "sustainable solutions"),
            ("Un dispositif pour accompagner les compagnies émergentes.", "accompagner"),
            ("Cette offre va changer la donne pour les artisans.", "changer la donne"),
            ("L’écoute est dans notre ADN depuis 1950.", "notre ADN"),
        ] {
            assert_eq!(Case::detect(text).check().flagged("tone/jargon"), [found], "{text}");
        }
        // Literal senses: money and price, and DNA in genetics.
        for text in [
            "Our boxes create value for money at every price point.",
            "The test reads our DNA from a cheek sample.",
            "Le test génétique lit notre ADN à partir d’un prélèvement de salive.",
        ] {
            assert!(Case::detect(text).check().flagged("tone/jargon").is_empty(), "{text}");
        }
    }

    #[test]
    fn disruptors_and_going_above_and_beyond() {
        let text = "Meet the disruptors who went above and beyond this year.";
        assert_eq!(
            Case::en(text).check().flagged("tone/jargon"),
            ["disruptors", "went above and beyond"]
        );
        // Chemistry's disruptors are literal.
        let text = "Some plastics contain endocrine disruptors.";
        assert!(Case::en(text).check().flagged("tone/jargon").is_empty());
    }

    #[test]
    fn job_advert_cliches() {
        for (text, found) in [
            ("We need a rockstar developer for our team.", "rockstar developer"),
            ("You are a self-starter in a fast-paced environment.", "self-starter"),
            ("You will hit the ground running.", "hit the ground running"),
            ("Come and unleash your potential.", "unleash your potential"),
            ("Tu es la pépite que nous recherchons.", "pépite"),
            ("Tu es force de proposition.", "force de proposition"),
            ("Tu aimes sortir de ta zone de confort.", "sortir de ta zone de confort"),
        ] {
            assert!(
                Case::detect(text).check().flagged("tone/jargon").contains(&found.to_string()),
                "{text}"
            );
        }
        // A blender, a band's tour, chocolate chips.
        for text in [
            "The Ninja blender is back in stock.",
            "The band toured like rockstars all summer.",
            "Ajoutez les pépites de chocolat à la pâte.",
        ] {
            assert!(Case::detect(text).check().flagged("tone/jargon").is_empty(), "{text}");
        }
    }
}
