//! Evaluation of the scorer on held-out tags, and the analysis end to end.

use super::*;
use crate::entities;

static HELD_OUT: &str = include_str!("data/heldout.txt");

fn hollowness(tag: &str, locale: Locale) -> Hollowness {
    let text = format!("x {tag}");
    let entities = entities::extract(&text, Dialect::Twitter);
    let analysis = analyze(
        &text,
        &entities,
        &HashtagConfig::default(),
        &CheckOptions::default(),
        locale,
        Dialect::Twitter,
        &TagMemo::default(),
    );
    analysis.tags.first().map(|t| t.hollowness).unwrap_or(Hollowness::Specific(Specific::Name))
}

#[test]
fn a_short_tag_in_capitals_is_an_acronym_unless_listed() {
    assert_eq!(hollowness("#SPA", Locale::Fr), Hollowness::Specific(Specific::Name));
    assert_eq!(hollowness("#BTP", Locale::Fr), Hollowness::Specific(Specific::Name));
    assert!(matches!(hollowness("#LOVE", Locale::En), Hollowness::Hollow(_)));
    assert!(matches!(hollowness("#spa", Locale::Fr), Hollowness::Hollow(_)));
}

#[test]
fn held_out_tags_are_scored_well() {
    let (mut generic, mut flagged, mut specific, mut left) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for line in HELD_OUT.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (kind, tag) = line.split_once(' ').expect("`g #tag` or `s #Tag`");
        assert!(
            tag_lists::listed(&tag_key::key(tag)).is_none(),
            "{tag} is in the lexicon: not held out"
        );
        let hollow = [Locale::En, Locale::Fr]
            .iter()
            .any(|l| matches!(hollowness(tag, *l), Hollowness::Hollow(_)));
        match kind {
            "g" => {
                generic += 1;
                if hollow { flagged += 1 } else { misses.push(tag) }
            }
            "s" => {
                specific += 1;
                if hollow { misses.push(tag) } else { left += 1 }
            }
            _ => panic!("bad line {line}"),
        }
    }
    let flagged_share = flagged as f64 / generic as f64;
    let left_share = left as f64 / specific as f64;
    println!(
        "held out: {flagged}/{generic} generic flagged ({:.0} %), {left}/{specific} specific left alone ({:.0} %); misses: {misses:?}",
        flagged_share * 100.0,
        left_share * 100.0
    );
    assert!(generic >= 40 && specific >= 40);
    assert!(flagged_share >= 0.8, "{flagged_share}");
    assert!(left_share >= 0.9, "{left_share}");
}

#[test]
fn forty_lexicon_tags_in_each_language_are_flagged() {
    let en = [
        "#innovation",
        "#digital",
        "#motivation",
        "#success",
        "#leadership",
        "#AI",
        "#MondayMotivation",
        "#marketing",
        "#business",
        "#entrepreneur",
        "#tech",
        "#love",
        "#instagood",
        "#inspiration",
        "#FutureOfWork",
        "#management",
        "#startup",
        "#team",
        "#covid19",
        "#growth",
        "#mindset",
        "#hiring",
        "#jobs",
        "#teamwork",
        "#sustainability",
        "#DigitalTransformation",
        "#bigdata",
        "#CustomerExperience",
        "#ThoughtLeadership",
        "#blessed",
        "#fitness",
        "#travel",
        "#photooftheday",
        "#goals",
        "#productivity",
        "#networking",
        "#branding",
        "#strategy",
        "#diversity",
        "#wellbeing",
    ];
    let fr = [
        "#TransformationDigitale",
        "#rh",
        "#emploi",
        "#recrutement",
        "#IA",
        "#IntelligenceArtificielle",
        "#numérique",
        "#réussite",
        "#bienêtre",
        "#formation",
        "#actualité",
        "#développementdurable",
        "#RSE",
        "#télétravail",
        "#stratégie",
        "#équipe",
        "#fierté",
        "#collaboration",
        "#innovation",
        "#entrepreneuriat2",
        "#immobilier",
        "#santé",
        "#écologie",
        "#environnement",
        "#diversité",
        "#égalité",
        "#créativité",
        "#efficacité",
        "#énergie",
        "#mobilité",
        "#économie",
        "#communication",
        "#marketingdigital",
        "#cybersécurité",
        "#avenir",
        "#carrière",
        "#réseau",
        "#communauté",
        "#qualité",
        "#confiance",
        "#défi",
    ];
    for tag in en {
        assert!(matches!(hollowness(tag, Locale::En), Hollowness::Hollow(_)), "{tag}");
    }
    let mut n = 0;
    for tag in fr.iter().filter(|t| !t.ends_with('2')) {
        assert!(matches!(hollowness(tag, Locale::Fr), Hollowness::Hollow(_)), "{tag}");
        n += 1;
    }
    assert!(n >= 40);
}

#[test]
fn forty_specific_tags_are_left_alone() {
    let specific = [
        "#VivaTech2026",
        "#RustLang",
        "#Lyon2026",
        "#FieldService",
        "#Paris",
        "#Nantes",
        "#COP28",
        "#JO2024",
        "#CES2026",
        "#WWDC25",
        "#RolandGarros",
        "#TourDeFrance",
        "#Marseille",
        "#Lille",
        "#AccessibleDesign",
        "#WebAssembly",
        "#Kubernetes",
        "#Rust2024",
        "#Bpifrance",
        "#SNCF",
        "#FrenchTechRennes",
        "#SaintÉtienne",
        "#Montréal",
        "#Bretagne",
        "#Euro2028",
        "#GDPR",
        "#RGPD",
        "#RustConf",
        "#PyConFR",
        "#DevoxxFR",
        "#ParisAirShow",
        "#Mondial2026",
        "#Ligue1",
        "#NuitBlanche",
        "#TypeScript",
        "#PostgreSQL",
        "#MWC2026",
        "#Hackathon2026",
        "#AcmeLive",
    ];
    for tag in specific {
        for locale in [Locale::En, Locale::Fr] {
            assert!(
                !matches!(hollowness(tag, locale), Hollowness::Hollow(_)),
                "{tag} ({locale:?})"
            );
        }
    }
}

#[test]
fn grades_and_precedence() {
    let profile = crate::profile::Profile::parse(
        "name = \"Acme\"\n[hashtags]\nbanned = [\"#ad\"]\nrequired = [\"#AcmeLive\"]\nallowed = [\"#Innovation\"]",
        crate::profile::Format::Toml,
    )
    .expect("profile");
    let config = HashtagConfig::build(&profile);
    let text = "Live #AcmeLive #ad #innovation #success #RustLang #Acme #success";
    let entities = entities::extract(text, Dialect::Twitter);
    let a = analyze(
        text,
        &entities,
        &config,
        &CheckOptions::default(),
        Locale::En,
        Dialect::Twitter,
        &TagMemo::default(),
    );
    let grades: Vec<_> = a.grades().into_iter().flatten().collect();
    use crate::report::Grade::*;
    assert_eq!(grades, [Campaign, Banned, Specific, Hollow, Specific, Specific, Hollow]);
    assert_eq!(a.tags[6].first, Some(3));
    assert!(a.missing.is_empty());
}

#[test]
fn never_panics_on_odd_tags() {
    for text in [
        "#",
        "##",
        "#\u{301}",
        "#é",
        "x #🎉 #ǅungla #İstanbul #ﬁnance",
        &format!("#{}", "a".repeat(300)),
    ] {
        let entities = entities::extract(text, Dialect::Twitter);
        let _ = analyze(
            text,
            &entities,
            &HashtagConfig::default(),
            &CheckOptions::default(),
            Locale::Fr,
            Dialect::Twitter,
            &TagMemo::default(),
        );
        let _ = camel_case(text.trim_start_matches('#'), Locale::En);
    }
}

#[test]
fn end_to_end_grades_and_autopilot_through_the_checker() {
    use crate::{Checker, CheckerOptions};
    let checker = Checker::new(CheckerOptions::default()).expect("checker");
    let mut history: Vec<String> = (0..8).map(|i| format!("Post {i} #innovation")).collect();
    history.push("At #VivaTech today".into());
    history.push("Nothing tagged".into());
    let options = CheckOptions { history, ..Default::default() };
    let report = checker.check("See you at VivaTech 2026! #innovation #VivaTech", &options);
    let grades: Vec<_> = report.entities.hashtags.iter().map(|h| h.grade).collect();
    use crate::report::Grade;
    assert_eq!(grades, [Some(Grade::Autopilot), Some(Grade::Specific)]);
    assert!(report.diagnostics.iter().any(|d| d.rule == "hashtag/autopilot"));
    assert!(report.diagnostics.iter().any(|d| d.rule == "hashtag/hollow"));
}

/// A tag scored as first written: the lexicon and the word lists asked up front, the
/// segmentation made whenever either the score or the CamelCase form might read it.
fn reference_tag(body: &str, locale: Locale) -> (Hollowness, Option<Camel>) {
    let key = tag_key::fold(body);
    let needs_pieces = tag_lists::listed(&key).is_none() && frequency::lookup_any(&key).is_none();
    let candidate = camel::candidate(body);
    let segmented =
        if needs_pieces || candidate { frequency::segment_best(locale, &key) } else { None };
    let camel = if candidate { camel_case(body, locale) } else { None };
    let pieces = if needs_pieces { segmented } else { None };
    if is_acronym(body) {
        let score = score::score_from(&key, tag_lists::listed(&key), || None, || None, locale);
        return (score, camel);
    }
    (score::score(&key, pieces.as_deref(), locale), camel)
}

fn analysed(text: &str, locale: Locale) -> Analysis {
    analysed_with(text, locale, &TagMemo::default())
}

fn analysed_with(text: &str, locale: Locale, memo: &TagMemo) -> Analysis {
    analyze(
        text,
        &entities::extract(text, Dialect::Twitter),
        &HashtagConfig::default(),
        &CheckOptions::default(),
        locale,
        Dialect::Twitter,
        memo,
    )
}

/// Tag bodies: lexicon tags, words run together, names, numbers, accents and odd chars.
fn body() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    let piece = proptest::sample::select(vec![
        "innovation",
        "Innovation",
        "digital",
        "business",
        "access",
        "ible",
        "design",
        "qualite",
        "qualité",
        "de",
        "vie",
        "au",
        "travail",
        "lyon",
        "Lyon",
        "paris",
        "2026",
        "7",
        "rust",
        "lang",
        "field",
        "service",
        "xkcd",
        "qz",
        "œuvre",
        "ﬁ",
        "É",
        "SPA",
        "RSE",
        "é",
        "ß",
        "日本",
        "İ",
        "ǅ",
        "coffee",
        "trends",
        "digitale",
        "artisanat",
        "planification",
        "s",
        "e",
    ]);
    proptest::collection::vec(piece, 1..5).prop_map(|pieces| pieces.concat())
}

proptest::proptest! {
    /// The segmentation made only when read, and the lexicon and word lists asked once, give
    /// the hollowness and CamelCase forms of the eager code.
    #[test]
    fn lazy_scoring_is_the_eager_scoring(body in body(), french in proptest::bool::ANY) {
        let locale = if french { Locale::Fr } else { Locale::En };
        let text = format!("x #{body}");
        // Only bodies the extractor takes whole as one tag (not "#2026", say).
        let whole = entities::extract(&text, Dialect::Twitter).hashtags.first().map(|t| t.span.clone());
        proptest::prop_assume!(whole == Some(2..text.len()));
        let analysis = analysed(&text, locale);
        let tag = analysis.tags.first().expect("one tag");
        proptest::prop_assert_eq!((tag.hollowness, tag.camel.clone()), reference_tag(&body, locale));
    }

    /// Repeats point at their first occurrence, whether the tags are few or many.
    #[test]
    fn repeats_point_at_the_first_tag(
        picks in proptest::collection::vec(0usize..24, 0..60),
    ) {
        let text: String = picks.iter().map(|i| format!("#tag{i} ")).collect();
        let analysis = analysed(&text, Locale::En);
        proptest::prop_assert_eq!(analysis.tags.len(), picks.len());
        for (n, tag) in analysis.tags.iter().enumerate() {
            let first = picks.iter().position(|p| *p == picks[n]).expect("itself");
            proptest::prop_assert_eq!(tag.first, (first != n).then_some(first));
            proptest::prop_assert_eq!(&tag.key, &format!("tag{}", picks[n]));
        }
    }
}

/// The memo only remembers: the same posts analysed with a memo that has seen them, in any
/// order and in both languages, give what a fresh analysis gives.
#[test]
fn the_memo_changes_no_verdict() {
    let posts = [
        "See you at VivaTech 2026 in Paris! #innovation #motivation #success #tech #digital",
        "Notre équipe à Menton #menton #bienêtre #BienEtre #qualitedevieautravail #innovation",
        "Our team #throwbackthursday #superbowl #FieldService #rustlang #innovation #Innovation",
        "Rien de neuf #transformationdigitale #rh #Lyon2026 #entrepreneuriat #alaune",
    ];
    let memo = TagMemo::default();
    for round in 0..2 {
        for locale in [Locale::En, Locale::Fr] {
            for text in posts.iter().rev().chain(posts.iter()) {
                let fresh = analysed(text, locale);
                assert!(
                    fresh.tags.iter().any(|t| t.camel.is_some()) || !text.contains("throwback")
                );
                assert_eq!(
                    analysed_with(text, locale, &memo),
                    fresh,
                    "round {round}, {locale:?}: {text}"
                );
            }
        }
    }
    let remembered = memo.spellings.lock().map(|s| s.iter().map(|m| m.len()).sum()).unwrap_or(0);
    assert!(remembered >= 20, "{remembered} spellings remembered");
}

/// A memo never holds more than its capacity: a paste of thousands of distinct tags starts it
/// afresh.
#[test]
fn the_memo_is_bounded() {
    let memo = TagMemo::default();
    for i in 0..TagMemo::CAPACITY + 10 {
        let body = format!("tag{i}");
        let _ = memo.lexical(Locale::En, &body, &body);
    }
    let remembered =
        memo.spellings.lock().map(|s| s.iter().map(|m| m.len()).sum()).unwrap_or(usize::MAX);
    assert!((1..=TagMemo::CAPACITY).contains(&remembered), "{remembered}");
}
