//! # tone/institutional
//!
//! **What it flags.** Stock phrases of institutional communication: openers such as "Nous sommes
//! fiers de vous annoncer", "Nous avons le plaisir de", "We are thrilled to announce", "We are
//! excited to share", and courtesies such as "N’hésitez pas à nous contacter" or "Please do not
//! hesitate to", and the clichés about staff ("our people are our greatest asset", « nos
//! collaborateurs sont notre plus grande richesse »). Elided forms ("ravis d’annoncer") and both
//! apostrophes are matched; a phrase quoted to mock it is left alone. The fix removes an opener
//! only where a whole sentence remains ("We are thrilled to announce that our app is live" →
//! "Our app is live"; "We are thrilled to announce it!" gets a hint and no fix).
//!
//! **Why it matters.** A post is not a press release. The opener delays the news, sounds like
//! every other brand, and is the line readers skip; on most platforms it is also the only line
//! shown before "see more".
//!
//! **Example.** "Nous sommes fiers de vous annoncer notre partenariat avec Acme !"
//!
//! **Better.** Start with the news: "Voici notre partenariat avec Acme !" or "Acme et nous, c’est
//! parti !"

use super::lexicon;
use crate::packs::Lex;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Institutional;

static META: RuleMeta = RuleMeta {
    id: "tone/institutional",
    default_severity: Severity::Warning,
    summary: "Press-release stock phrases (Nous sommes fiers de vous annoncer, We are thrilled to announce…).",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for Institutional {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        lexicon::flag(cx, &META, Lex::Institutional, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_stock_openers() {
        let text = "Nous sommes fiers de vous annoncer notre partenariat !";
        assert_eq!(
            Case::fr(text).check().flagged("tone/institutional"),
            ["Nous sommes fiers de vous annoncer"]
        );
        let text = "We are thrilled to announce that we ship on Sundays.";
        assert_eq!(
            Case::en(text).check().flagged("tone/institutional"),
            ["We are thrilled to announce that"]
        );
        let text = "We are delighted to invite you to our open day.";
        assert_eq!(
            Case::en(text).check().flagged("tone/institutional"),
            ["We are delighted to invite you"]
        );
        let text =
            "Ravis ? Nous sommes ravis d’annoncer la nouvelle. N'hésitez pas à nous contacter.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/institutional"),
            ["Nous sommes ravis d’annoncer", "N'hésitez pas à nous contacter"]
        );
        // The formula in the third person: no fix, the subject would be left hanging.
        let text = "The Council is pleased to announce that the new lanes are open.";
        let report = Case::en(text).check();
        assert_eq!(report.flagged("tone/institutional"), ["is pleased to announce that"]);
        assert!(report.of("tone/institutional")[0].suggestions.is_empty());
        // The stock apology, in both languages.
        let text = "Fermé jusqu’à 14 h. Nous nous excusons pour la gêne occasionnée.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/institutional"),
            ["Nous nous excusons pour la gêne occasionnée"]
        );
    }

    #[test]
    fn does_not_flag_a_direct_opening() {
        assert!(
            Case::fr("Notre partenariat avec Acme démarre lundi.")
                .check()
                .flagged("tone/institutional")
                .is_empty()
        );
        assert!(
            Case::en("We are excited about Sundays.")
                .check()
                .flagged("tone/institutional")
                .is_empty()
        );
    }

    #[test]
    fn the_fixes_start_with_the_news() {
        let text = "Nous sommes fiers de vous annoncer notre partenariat !";
        assert_eq!(Case::fr(text).check().fixed("tone/institutional"), "Voici notre partenariat !");
        let text = "We are thrilled to announce that we ship on Sundays.";
        assert_eq!(Case::en(text).check().fixed("tone/institutional"), "We ship on Sundays.");
    }

    #[test]
    fn a_cliche_quoted_to_mock_it_is_not_the_brand_speaking() {
        let text = "Ici, pas de « nous sommes fiers d’annoncer » : juste les horaires d’été.";
        assert!(Case::fr(text).check().flagged("tone/institutional").is_empty());
    }

    #[test]
    fn an_opener_is_removed_only_where_a_sentence_remains() {
        // Removing the opener would leave "It!" or "Our new app.": a hint, no fix.
        for text in ["We are thrilled to announce it!", "We are thrilled to announce our new app."]
        {
            let report = Case::en(text).check();
            let found = report.of("tone/institutional");
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].suggestions.iter().all(|s| !s.replacement.is_empty()), "{text}");
        }
        assert_eq!(
            Case::en("We are thrilled to announce that our app is live.")
                .check()
                .fixed("tone/institutional"),
            "Our app is live."
        );
    }

    #[test]
    fn people_as_the_greatest_asset_is_a_cliche() {
        let text = "Our people are our greatest asset.";
        assert_eq!(
            Case::en(text).check().flagged("tone/institutional"),
            ["Our people are our greatest asset"]
        );
        let text = "Nos collaborateurs sont notre plus grande richesse.";
        assert_eq!(Case::fr(text).check().flagged("tone/institutional").len(), 1);
    }

    #[test]
    fn vows_and_officialese() {
        for (text, found) in [
            ("We are committed to driving change in our sector.", "We are committed to driving"),
            ("Quality is at the heart of everything we do.", "at the heart of everything we do"),
            ("Please ensure that your bins are out by 7am.", "Please ensure that"),
            (
                "La mairie a le plaisir de vous informer de la réouverture.",
                "a le plaisir de vous informer",
            ),
            (
                "Le client est au cœur de tout ce que nous faisons.",
                "au cœur de tout ce que nous faisons",
            ),
        ] {
            assert_eq!(Case::detect(text).check().flagged("tone/institutional"), [found], "{text}");
        }
        // A plain request is no formula; "please ensure" without "that" has no safe rewording.
        assert!(
            Case::en("Please bring your ticket.").check().flagged("tone/institutional").is_empty()
        );
        assert_eq!(
            Case::en("Please ensure that the gate is shut.").check().fixed("tone/institutional"),
            "Please make sure that the gate is shut."
        );
    }

    #[test]
    fn an_opener_turned_up_is_still_a_formula() {
        let text = "We are absolutely thrilled and incredibly humbled to share the news.";
        assert_eq!(
            Case::en(text).check().flagged("tone/institutional"),
            ["We are absolutely thrilled"]
        );
        let text = "Nous voulons construire ensemble l’avenir du quartier.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/institutional"),
            ["construire ensemble l’avenir"]
        );
    }
}
