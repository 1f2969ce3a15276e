//! Precision: ordinary, well-written posts on which the default packs raise nothing, and the
//! profile changing what fires.

use brio::profile::Format;
use brio::{CheckOptions, Checker, CheckerOptions, Locale, Platform, Profile, Report};

fn check(text: &str, locale: Locale, profile: Option<&str>) -> Report {
    let profile = profile.map(|p| Profile::parse(p, Format::Toml).expect("valid profile"));
    let checker = Checker::new(CheckerOptions {
        locale: Some(locale),
        platform: Some(Platform::Linkedin),
        profile,
    })
    .expect("valid options");
    checker.check(text, &CheckOptions::default())
}

fn ours(report: &Report) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("tone/") || d.rule.starts_with("terms/"))
        .map(|d| format!("{} {}: {}", d.rule, d.severity.as_str(), d.message))
        .collect()
}

const FR: &[&str] = &[
    "Notre boulangerie de la rue Oberkampf ouvre ce samedi à 7 h. Au menu : pain au levain, croissants au beurre de Charentes et une brioche à la fleur d’oranger que Léa prépare depuis trois semaines. Passez nous voir !",
    "Depuis lundi, nos livreurs à vélo couvrent aussi Villeurbanne. Commandez avant 11 h, le colis arrive l’après-midi même. Merci à Karim et à son équipe, qui ont testé chaque rue du nouveau quartier.",
    "Nous recrutons deux développeurs backend à Nantes, en CDI. Vous travaillerez sur l’outil de planification qu’utilisent 300 cliniques. Télétravail deux jours par semaine, salaire entre 48 et 55 k€. Écrivez à Julie, elle répond à tout le monde.",
    "Hier soir, 120 personnes ont assisté à notre atelier sur la réparation des vélos électriques. Les questions les plus fréquentes portaient sur les batteries : nous publierons nos réponses jeudi sur notre blog.",
    "La nouvelle version de l’application affiche enfin les horaires des pharmacies de garde. Vous pouvez aussi filtrer par distance ou par accès en fauteuil roulant. Dites-nous ce qui manque encore.",
    "Cette année, nous avons planté 4 200 arbres avec les écoles de la Drôme. Les élèves de CM2 de Crest ont choisi les essences et suivront leur croissance jusqu’au collège.",
    "Petit rappel : la boutique ferme à 18 h le 24 décembre et rouvre le 27 au matin. Les commandes passées en ligne pendant ces jours partiront dès la réouverture.",
    "Notre cheffe Aïcha partage sa recette de soupe au potiron : un oignon, un kilo de potiron, un litre de bouillon et une pincée de muscade. Vingt-cinq minutes de cuisson, puis on mixe.",
    "Les inscriptions au semi-marathon de Lille sont ouvertes. Le parcours longe la Deûle puis traverse le Vieux-Lille. Départ à 9 h 30 place de la République, ravitaillement tous les cinq kilomètres.",
    "Merci à tous ceux qui ont répondu à notre enquête sur les horaires d’ouverture. Vous êtes nombreux à demander une ouverture le dimanche matin : nous l’essayons dès le mois prochain.",
    "Le musée prête ce mois-ci trois tableaux de Berthe Morisot au musée d’Orsay. Ils reviendront à Rouen en septembre, avec une salle entièrement repensée pour les accueillir.",
    "Notre podcast reçoit cette semaine Camille, maraîchère dans le Gers. Elle raconte comment elle a réduit de moitié l’arrosage de ses tomates grâce au paillage. À écouter sur Spotify et Deezer.",
];

const EN: &[&str] = &[
    "Our bakery on Mill Street opens this Saturday at 7am. Expect sourdough, butter croissants and the cardamom buns Priya has been testing for three weeks. Come and say hello!",
    "From Monday, our bike couriers also cover Salford. Order before 11am and it arrives the same afternoon. Thanks to Tom and his crew, who rode every street of the new area first.",
    "We are hiring two backend developers in Bristol. You will work on the scheduling tool that 300 clinics use every day. Two remote days a week, salary between £48k and £55k. Write to Julie: she answers everyone.",
    "Last night, 120 people came to our workshop on repairing electric bikes. Most questions were about batteries, so we will post our answers on the blog on Thursday.",
    "The new version of the app now shows which pharmacies are open late. You can also filter by distance or wheelchair access. Tell us what is still missing.",
    "This year we planted 4,200 trees with primary schools in Devon. The children chose the species and will follow how they grow until they leave school.",
    "A quick reminder: the shop closes at 6pm on 24 December and opens again on the 27th. Orders placed online in between will ship the morning we reopen.",
    "Our chef Aisha shares her pumpkin soup recipe: one onion, a kilo of pumpkin, a litre of stock and a pinch of nutmeg. Twenty-five minutes on the stove, then blend.",
    "Registration for the Leeds half marathon is open. The route follows the canal, then crosses the city centre. The start is at 9:30 on Park Square, with water every five kilometres.",
    "Thank you to everyone who answered our survey about opening hours. Many of you asked for Sunday mornings, so we will try it from next month.",
    "The museum is lending three paintings by Gwen John to the Tate this month. They come back to Cardiff in September, to a room we rebuilt for them.",
    "This week on our podcast: Sam, who grows vegetables in Kent, explains how mulching halved the water her tomatoes need. Listen on Spotify or YouTube.",
];

#[test]
fn well_written_french_posts_are_clean() {
    let found: Vec<_> = FR.iter().flat_map(|p| ours(&check(p, Locale::Fr, None))).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn well_written_english_posts_are_clean() {
    let found: Vec<_> = EN.iter().flat_map(|p| ours(&check(p, Locale::En, None))).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_done_when_posts_fire_the_right_rules() {
    let fr = "Nous sommes fiers de vous annoncer notre partenariat ! Nous accompagnons nos clients grâce à des solutions innovantes.";
    let report = check(fr, Locale::Fr, None);
    let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_str()).collect();
    // The plain space before "!" is French typography's business (typo/fr-nbsp).
    assert_eq!(rules, ["tone/institutional", "typo/fr-nbsp", "tone/jargon", "tone/jargon"]);
    let d = &report.diagnostics;
    assert_eq!((d[0].start, d[0].end), (0, 34));
    assert_eq!(d[1].suggestions[0].replacement, "\u{202f}!");
    assert_eq!((d[2].start, d[2].end), (60, 72));
    assert_eq!((d[3].start, d[3].end), (97, 117));
    assert!(d[0].message.contains("communiqué"), "{}", d[0].message);
    assert_eq!(d[2].suggestions[0].replacement, "aidons");
    // "solutions" is feminine: no masculine word ("produits") is offered in its place, since
    // the words around it were written for a feminine noun.
    assert!(d[3].suggestions.is_empty());

    let en = "We are thrilled to announce that we leverage best-in-class synergies!!!";
    let report = check(en, Locale::En, None);
    let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_str()).collect();
    assert_eq!(
        rules,
        ["tone/institutional", "tone/jargon", "tone/jargon", "tone/jargon", "tone/exclamation"]
    );
    let last = report.diagnostics.last().expect("exclamation");
    assert_eq!((last.start, last.end), (68, 71));
    assert_eq!(last.suggestions[0].replacement, "!");
    assert!(last.suggestions[0].safe);
    assert!(report.diagnostics[0].message.contains("press-release"));
}

#[test]
fn a_profile_changes_what_fires() {
    let text = "Nos salariés sont ravis ! Une offre disruptive, sur LinkedIn et sur acmecloud.";
    let plain = check(text, Locale::Fr, None);
    let rules = |r: &Report| r.diagnostics.iter().map(|d| d.rule.clone()).collect::<Vec<_>>();
    assert_eq!(rules(&plain), ["typo/fr-nbsp", "tone/jargon"]);

    let profile = r#"
[voice]
max_exclamations = 0
[rules]
"tone/jargon" = "off"
[[terms]]
use = "collaborateurs"
instead_of = ["salariés"]
[[terms]]
avoid = ["disruptif"]
reason = "un mot que nous n’employons plus"
[[terms]]
spelling = "AcmeCloud"
"#;
    let with = check(text, Locale::Fr, Some(profile));
    assert_eq!(
        rules(&with),
        ["terms/prefer", "typo/fr-nbsp", "tone/exclamation", "terms/avoid", "terms/spelling"]
    );
    let prefer = &with.diagnostics[0];
    assert_eq!(prefer.suggestions[0].replacement, "collaborateurs");
    assert!(with.diagnostics[3].message.contains("n’employons plus"));
}
