//! # hashtag/casing
//!
//! **What it flags.** Run-together lower-case tags of several words (#accessibledesign,
//! #qualitedevieautravail), split by word segmentation over compact FR and EN word-frequency
//! lists: the cheapest split by word frequency (`-log` frequency, by dynamic programming), each
//! word paying a fixed cost on top and a fragment of one or two letters a dearer one, so that
//! "insta" + "good" beats "in" + "st" + "a" + "good". The fix raises the first letter of each
//! word and keeps every other letter as written, accents included: #qualitédevie becomes
//! #QualitéDeVie. The fix is marked safe only when the split is certain: every part a known
//! word of reasonable frequency, no other split within a margin of its cost, no part of one
//! letter, and no part of two letters but its language's short function words (de, la, au, of,
//! in…). A likely split is offered with an unsafe fix (#iloveparis, #superbowl). A doubtful one
//! is not flagged: known single words (#entrepreneuriat, #innovation) and the singulars of known
//! plurals (#homeowner), acronyms and
//! abbreviations (#ootd, #tbt, #isa, #itjobs, #genai; a split into letters and two-letter
//! words only is one), parts the lists lack (#lifeatacme), rare parts of three letters and
//! splits with a rival of about the same cost (#doglover), and a short last part that is a
//! derivational ending, where a rare single word is the likelier reading (#courtage is not
//! "court" + "age", nor #bankable "bank" + "able", nor #cordless "cord" + "less"). Tags with
//! any capital are left alone.
//!
//! **Why it matters.** Screen readers read #accessibledesign as one garbled word;
//! #AccessibleDesign is read as two. Sighted readers parse it faster too. A wrong split
//! (#InStAGood) is worse than none, so a fix applied unread must never be wrong.
//!
//! **Example.** `#accessibledesign`
//!
//! **Better.** `#AccessibleDesign`

use super::super::{Context, Reach, Rule, RuleMeta};
use crate::report::{Finding, Fix, Severity};

pub struct Casing;

static META: RuleMeta = RuleMeta {
    id: "hashtag/casing",
    default_severity: Severity::Info,
    summary: "Run-together lower-case hashtags: CamelCase them for screen readers.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for Casing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for tag in &cx.hashtags.tags {
            let Some(camel) = &tag.camel else { continue };
            let shown = cx.doc.slice(&tag.span);
            let message = cx.tr("hashtag/casing", &[("tag", &shown), ("camel", &camel.tag)]);
            let fix = Fix {
                label: cx.tr("fix.replace", &[("with", &camel.tag)]),
                replacement: camel.tag.clone(),
                span: tag.span.clone(),
                safe: camel.safe,
            };
            out.push(Finding::new(META.id, tag.span.clone(), message).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    /// The fix's replacement and whether it is safe, for `text`'s one tag.
    fn camel(text: &str) -> Option<(String, bool)> {
        let found = Case::detect(text).run(&Casing);
        assert!(found.len() <= 1, "{found:?}");
        let fix = found.first()?.fixes.first()?;
        Some((fix.replacement.clone(), fix.safe))
    }

    /// Real-world tags, each with its CamelCase form and whether the fix is safe, or `None`
    /// when the tag must not be flagged; the same in a French and an English post.
    #[test]
    fn real_world_tags() {
        let table: &[(&str, Option<(&str, bool)>)] = &[
            // English
            ("throwbackthursday", Some(("ThrowbackThursday", true))),
            ("mondaymotivation", Some(("MondayMotivation", true))),
            ("smallbusiness", Some(("SmallBusiness", true))),
            ("nocode", Some(("NoCode", true))),
            ("opensource", Some(("OpenSource", true))),
            ("instagood", Some(("InstaGood", true))),
            ("instadaily", Some(("InstaDaily", true))),
            ("photooftheday", Some(("PhotoOfTheDay", true))),
            ("machinelearning", Some(("MachineLearning", true))),
            ("datascience", Some(("DataScience", true))),
            ("womenintech", Some(("WomenInTech", true))),
            ("blackfriday", Some(("BlackFriday", true))),
            ("foodporn", Some(("FoodPorn", true))),
            ("accessibledesign", Some(("AccessibleDesign", true))),
            ("fieldservice", Some(("FieldService", true))),
            ("futureofwork", Some(("FutureOfWork", true))),
            ("metoo", Some(("MeToo", true))),
            ("expertsexchange", Some(("ExpertsExchange", true))),
            ("therapistfinder", Some(("TherapistFinder", true))),
            ("iloveparis", Some(("ILoveParis", false))),
            ("superbowl", Some(("SuperBowl", false))),
            ("devops", None),
            ("ootd", None),
            ("ootn", None),
            ("tbt", None),
            ("genai", None),
            ("a11y", None),
            ("itjobs", None),
            ("picoftheday", None),
            ("doglover", None),
            ("penisland", None),
            ("lifeatacme", None),
            ("nowhere", None),
            ("homeowner", None),
            ("innovation", None),
            // French
            ("journeedelafemme", Some(("JourneeDeLaFemme", true))),
            ("fetedelamusique", Some(("FeteDeLaMusique", true))),
            ("developpementdurable", Some(("DeveloppementDurable", true))),
            ("rentreescolaire", Some(("RentreeScolaire", true))),
            ("marketingdigital", Some(("MarketingDigital", true))),
            ("servicepublic", Some(("ServicePublic", true))),
            ("santementale", Some(("SanteMentale", true))),
            ("bienetre", Some(("BienEtre", true))),
            ("bienêtre", Some(("BienÊtre", true))),
            ("intelligenceartificielle", Some(("IntelligenceArtificielle", true))),
            ("qualitedevieautravail", Some(("QualiteDeVieAuTravail", true))),
            ("qualitédevie", Some(("QualitéDeVie", true))),
            ("transformationdigitale", Some(("TransformationDigitale", true))),
            ("semainede4jours", Some(("SemaineDe4Jours", true))),
            ("alaune", Some(("ALaUne", false))),
            ("entrepreneuriat", None),
            ("recrutement", None),
            ("alternance", None),
            ("quotidien", None),
            ("cybersecurite", None),
            ("cybersécurité", None),
            ("teletravail", None),
            ("iagenerative", None),
            ("saintetienne", None),
        ];
        assert!(table.len() >= 40);
        for &(tag, expected) in table {
            let expected = expected.map(|(camel, safe)| (format!("#{camel}"), safe));
            for post in [format!("Notre équipe est là #{tag}"), format!("Our team is here #{tag}")]
            {
                assert_eq!(camel(&post), expected, "{post}");
            }
        }
    }

    #[test]
    fn english_and_french() {
        let safe = |camel: &str| Some((camel.to_string(), true));
        assert_eq!(camel("Read on #accessibledesign"), safe("#AccessibleDesign"));
        assert_eq!(camel("Notre #qualitedevieautravail"), safe("#QualiteDeVieAuTravail"));
        assert_eq!(camel("Notre #qualitédevie"), safe("#QualitéDeVie"));
        assert_eq!(camel("At #fieldservice"), safe("#FieldService"));
        assert_eq!(camel("Notre #transformationdigitale"), safe("#TransformationDigitale"));
        assert_eq!(camel("Go #opensourcesoftware"), safe("#OpenSourceSoftware"));
    }

    #[test]
    fn leaves_single_words_and_camel_case() {
        assert_eq!(camel("Our #innovation"), None);
        assert_eq!(camel("Our #AccessibleDesign"), None);
        assert_eq!(camel("Our #rust"), None);
        assert_eq!(camel("Our #xkcdqwz"), None);
        assert_eq!(camel("Our #日本語"), None);
    }

    #[test]
    fn a_likely_split_is_a_hint_whose_fix_is_not_applied_unread() {
        let found = Case::detect("Game night! #superbowl").run(&Casing);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("#SuperBowl"), "{}", found[0].message);
        assert!(found[0].fixes.iter().all(|f| !f.safe));
    }
}
