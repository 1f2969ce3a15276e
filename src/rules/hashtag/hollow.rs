//! # hashtag/hollow
//!
//! **What it flags.** Generic, saturated tags: #innovation, #motivation, #transformationdigitale,
//! #rh, #love. A curated lexicon of several hundred FR and EN tags, with a saturation tier
//! (3: buried in seconds, 2: saturated, 1: generic), is matched case- and accent-insensitively.
//! Unlisted tags are scored: a single common dictionary word with no name, number, place or
//! event in it is hollow, and so is a compound made only of hollow words (#DigitalBusiness);
//! compound, named or dated tags (#VivaTech2026, #RustLang, #Lyon2026, #FieldService) are not,
//! nor are the names of days and festivals built of generic words (#FêteDeLaScience,
//! #NuitDesMusées, #WorldBookDay).
//! The profile's `hashtags.allowed` wins.
//!
//! With the integrator's statistics (`CheckOptions::hashtag_stats`, posts per hour, and
//! `audience`), the verdict becomes a chance of being seen: a post stays on the first screen of
//! a tag's recent feed for `9 / posts_per_hour` hours; read over its first 2 hours, that gives
//! the chance a reader of the tag sees it; an account's audience may also lift it into the top
//! posts (see [`crate::hashtags::visibility`]). Under 10 %, the tag is flagged with its chance;
//! above, it is not flagged.
//!
//! **Why it matters.** Thousands of posts an hour share these tags: a brand's post is buried
//! before anyone browses them, and the tag reads as autopilot.
//!
//! **Example.** `See you at VivaTech 2026 in Paris! #innovation`
//!
//! **Better.** `See you at VivaTech 2026 in Paris! #VivaTech2026` (the fixes offer the specific
//! tags the post itself names, then removal). The offered tags are topics of the post: names,
//! places, events, products and dated names (#Lyon2026), spelled from its words; never a word
//! the post shouts in capitals (#BIGNEWS, #NOW), a job title (Senior Director, Head of,
//! Responsable…), a day or a month alone (#Saturday), a run of more than 3 words, or a run
//! that starts or ends with a function word. Fewer alternatives, or none, rather than bad ones.

use super::super::{Context, Reach, Rule, RuleMeta};
use super::remove_fix;
use crate::hashtags::{Hollow, Hollowness};
use crate::i18n::Fixed;
use crate::report::{Finding, Fix, Severity};

pub struct HollowTag;

static META: RuleMeta = RuleMeta {
    id: "hashtag/hollow",
    default_severity: Severity::Warning,
    summary: "Generic, saturated hashtags where the post cannot be seen; specific tags from the post are offered.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for HollowTag {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let analysis = cx.hashtags;
        // What every hollow tag of the post shares, the sentence that names the alternatives
        // and their fixes' labels, is written once per post, on the first hollow tag, and
        // copied to the others: a wall of 30 generic tags costs 30 copies, not 30 translations.
        let mut shared: Option<(String, Vec<String>)> = None;
        for tag in analysis.tags.iter().filter(|t| t.first.is_none()) {
            let Hollowness::Hollow(why) = tag.hollowness else { continue };
            let shown = cx.doc.slice(&tag.span);
            let mut message = match why {
                Hollow::Listed { tier: 3 } => cx.tr("hashtag/hollow.saturated", &[("tag", &shown)]),
                Hollow::Listed { .. } => cx.tr("hashtag/hollow.listed", &[("tag", &shown)]),
                Hollow::Word { .. } => cx.tr("hashtag/hollow.word", &[("tag", &shown)]),
                Hollow::Compound => cx.tr("hashtag/hollow.compound", &[("tag", &shown)]),
            };
            if let Some(v) = tag.visibility {
                let percent = Fixed::new(v.chance * 100.0, 1);
                let seconds = Fixed::new(v.minutes_in_feed * 60.0, 0);
                message.push(' ');
                message.push_str(
                    &cx.tr(
                        "hashtag/hollow.chance",
                        &[("percent", &percent), ("seconds", &seconds)],
                    ),
                );
            }
            let (offer, labels) = shared.get_or_insert_with(|| {
                let offer = if analysis.alternatives.is_empty() {
                    String::new()
                } else {
                    cx.tr(
                        "hashtag/hollow.alternatives",
                        &[("tags", &analysis.alternatives.join(", "))],
                    )
                };
                let labels = analysis
                    .alternatives
                    .iter()
                    .take(crate::hashtags::alternatives::MAX)
                    .map(|alt| cx.tr("fix.replace", &[("with", alt)]))
                    .collect();
                (offer, labels)
            });
            if !offer.is_empty() {
                message.push(' ');
                message.push_str(offer);
            }
            let mut finding = Finding::new(META.id, tag.span.clone(), message);
            if why.tier() < 2 && tag.visibility.is_none() {
                finding = finding.with_severity(Severity::Info);
            }
            finding.fixes.reserve(labels.len() + 1);
            for (alt, label) in analysis.alternatives.iter().zip(labels.iter()) {
                finding = finding.with_fix(Fix {
                    label: label.clone(),
                    replacement: alt.clone(),
                    span: tag.span.clone(),
                    safe: false,
                });
            }
            out.push(finding.with_fix(remove_fix(cx, &tag.span)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CheckOptions;
    use crate::hashtags::TagStats;

    use crate::profile::Profile;
    use crate::rules::fixture::Case;

    #[test]
    fn flags_a_listed_tag_and_offers_tags_from_the_post() {
        let text = "See you at VivaTech 2026 in Paris! #innovation";
        let found = Case::detect(text).run(&HollowTag);
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(&text[f.span.clone()], "#innovation");
        let replacements: Vec<&str> = f.fixes.iter().map(|x| x.replacement.as_str()).collect();
        assert_eq!(replacements, ["#VivaTech2026", "#VivaTech", "#Paris", ""]);
        assert_eq!(Case::detect(text).after(f), "See you at VivaTech 2026 in Paris! #VivaTech2026");
        let removal = f.fixes.last().expect("removal");
        let mut removed = text.to_string();
        removed.replace_range(removal.span.clone(), "");
        assert_eq!(removed, "See you at VivaTech 2026 in Paris!");
    }

    /// Shouted words and job titles are never offered (#sale -> #BIGNEWS, #blessed ->
    /// #SeniorDirectorOfGlobalStrategicInitiatives were).
    #[test]
    fn offers_neither_shouted_words_nor_job_titles() {
        let replacements = |text: &str| -> Vec<String> {
            let found = Case::detect(text).run(&HollowTag);
            assert_eq!(found.len(), 1, "{found:?}");
            found[0].fixes.iter().map(|f| f.replacement.clone()).collect()
        };
        assert_eq!(
            replacements("BIG NEWS! Our summer SALE starts NOW at our Lyon store. #sale"),
            ["#Lyon", ""]
        );
        assert_eq!(
            replacements(
                "So proud to announce I joined Acme as Senior Director of Global Strategic \
                 Initiatives. #blessed"
            ),
            ["#Acme", ""]
        );
        assert_eq!(
            replacements(
                "Ravis d’accueillir Claire Martin, Directrice Marketing, chez nous À NANTES. \
                 #recrutement"
            ),
            ["#ClaireMartin", ""]
        );
    }

    #[test]
    fn french_and_accents() {
        let found =
            Case::detect("Nous sommes fiers de notre #TransformationDigitale et du #BienÊtre")
                .run(&HollowTag);
        assert_eq!(found.len(), 2);
        assert!(found[0].message.contains("#TransformationDigitale"), "{}", found[0].message);
        // Nothing to draw from this text: only removal is offered.
        assert_eq!(found[0].fixes.len(), 1);
    }

    #[test]
    fn leaves_specific_tags_and_allowed_ones() {
        assert!(
            Case::detect("Talk at #RustConf on #WebAssembly, #Lyon2026").run(&HollowTag).is_empty()
        );
        // A region named by a common word is a place.
        assert!(Case::en("Inspection day at the intake. #Highlands").run(&HollowTag).is_empty());
        let profile =
            Profile::parse("[hashtags]\nallowed = [\"#innovation\"]", crate::profile::Format::Toml)
                .expect("profile");
        let found = Case::detect("Our #Innovation day").profile(profile.clone()).run(&HollowTag);
        assert!(found.is_empty());
    }

    #[test]
    fn statistics_turn_the_verdict_into_a_chance() {
        let mut options = CheckOptions::default();
        options.hashtag_stats.insert("#innovation".into(), TagStats { posts_per_hour: 12_000.0 });
        options.hashtag_stats.insert("mobilite".into(), TagStats { posts_per_hour: 2.0 });
        options.audience = Some(1_500);
        let found =
            Case::detect("Our day #innovation #mobilité").options(options.clone()).run(&HollowTag);
        assert_eq!(found.len(), 1, "a quiet tag is seen: {found:?}");
        assert!(found[0].message.contains('%'), "{}", found[0].message);
    }
}
