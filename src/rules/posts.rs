//! The rules on real-length posts, through the whole pipeline: snapshots of what the tone/,
//! terms/ and hashtag/ rules flag (each diagnostic's lines as flagged, then as each of its fixes
//! leaves them; see [`Checked::snapshot`]), and precision on well-written posts, on which the
//! default packs raise nothing.

use super::fixture::{Case, Checked};
use crate::platform::Platform;

fn tone_or_terms(rule: &str) -> bool {
    rule.starts_with("tone/") || rule.starts_with("terms/")
}

/// A post of `tests/posts/`, without its final line break.
fn post(name: &str) -> String {
    let path = format!("{}/tests/posts/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("post exists");
    text.trim_end().to_string()
}

/// The tone/ and terms/ diagnostics of a post on LinkedIn.
fn tone(case: Case<'_>) -> String {
    case.on(Platform::Linkedin).check().snapshot(tone_or_terms)
}

/// The hashtag/ diagnostics of a post.
fn hashtags(case: Case<'_>) -> String {
    case.check().snapshot(|rule| rule.starts_with("hashtag/"))
}

#[test]
fn tone_fr_done_when() {
    insta::assert_snapshot!(tone(Case::fr(&post("fr-done-when"))));
}

#[test]
fn tone_en_done_when() {
    insta::assert_snapshot!(tone(Case::en(&post("en-done-when"))));
}

#[test]
fn tone_fr_annonce() {
    insta::assert_snapshot!(tone(Case::fr(&post("fr-annonce"))));
}

#[test]
fn tone_fr_recrutement() {
    insta::assert_snapshot!(tone(Case::fr(&post("fr-recrutement"))));
}

#[test]
fn tone_en_launch() {
    insta::assert_snapshot!(tone(Case::en(&post("en-launch"))));
}

#[test]
fn tone_en_event() {
    insta::assert_snapshot!(tone(Case::en(&post("en-event"))));
}

const ACME: &str = r#"
name = "Acme"
[voice]
address = "vous"
max_exclamations = 1
[rules]
"tone/passive" = "off"
"tone/jargon" = "info"
[[terms]]
use = "commerçants partenaires"
instead_of = ["commerçants"]
[[terms]]
avoid = ["disruptif", "startup"]
reason = "ce n’est plus notre vocabulaire"
[[terms]]
spelling = "Acme"
"#;

#[test]
fn tone_fr_recrutement_with_a_profile() {
    insta::assert_snapshot!(tone(Case::fr(&post("fr-recrutement")).toml(ACME)));
}

#[test]
fn tone_fr_annonce_with_a_profile() {
    insta::assert_snapshot!(tone(Case::fr(&post("fr-annonce")).toml(ACME)));
}

/// Shouted words and a job title in the text, a wall of tags past LinkedIn's norm, tags that
/// split with certainty, one that splits only likely, and acronyms.
const EN_WALL: &str = "BIG NEWS! Our summer SALE starts NOW at our Lyon store, and Marie Dupont, \
our new Head of Growth, will be there to meet you.

Come by on Saturday.

#sale #instagood #smallbusiness #ootd #superbowl #photooftheday #tbt";

/// A French post: job titles, a name with an elided article and a year, one French word that
/// must not split, and compounds that must.
const FR_RECRUTEMENT: &str = "Nous accueillons Jean Martin, Directeur Commercial, et Sophie \
Leroy, Responsable Marketing Digital. Retrouvez-les au Salon de l'Agriculture 2026 à Paris !

#recrutement #entrepreneuriat #journeedelafemme #qualitedevieautravail";

/// Instagram's hard limit, in a wall.
const INSTAGRAM: &str = "New season, new colours: our spring collection is in the Nantes shop \
from Monday.

#fashion #nofilter #ootd #instagood #womenintech #blackfriday";

/// On X: tags past the norm inside the text, then a wall.
const X_TAGS: &str = "We ship #RustLang tools for #WebAssembly in #Lyon this week.

#opensource #devops #datascience #machinelearning";

#[test]
fn hashtag_en_wall() {
    insta::assert_snapshot!(hashtags(Case::en(EN_WALL).on(Platform::Linkedin)));
}

#[test]
fn hashtag_fr_recrutement() {
    insta::assert_snapshot!(hashtags(Case::fr(FR_RECRUTEMENT).on(Platform::Linkedin)));
}

#[test]
fn hashtag_instagram_hard_limit() {
    insta::assert_snapshot!(hashtags(Case::en(INSTAGRAM).on(Platform::Instagram)));
}

#[test]
fn hashtag_x_tags_in_the_text_and_a_wall() {
    insta::assert_snapshot!(hashtags(Case::en(X_TAGS)));
}

fn ours(checked: Checked<'_>) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .filter(|d| tone_or_terms(&d.rule))
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
    let found: Vec<_> =
        FR.iter().flat_map(|p| ours(Case::fr(p).on(Platform::Linkedin).check())).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn well_written_english_posts_are_clean() {
    let found: Vec<_> =
        EN.iter().flat_map(|p| ours(Case::en(p).on(Platform::Linkedin).check())).collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_done_when_posts_fire_the_right_rules() {
    let fr = "Nous sommes fiers de vous annoncer notre partenariat ! Nous accompagnons nos clients grâce à des solutions innovantes.";
    let report = Case::fr(fr).on(Platform::Linkedin).check();
    let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_ref()).collect();
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
    let report = Case::en(en).on(Platform::Linkedin).check();
    let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_ref()).collect();
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
    let plain = Case::fr(text).on(Platform::Linkedin).check();
    let rules = |r: &Checked<'_>| r.diagnostics.iter().map(|d| d.rule.clone()).collect::<Vec<_>>();
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
    let with = Case::fr(text).on(Platform::Linkedin).toml(profile).check();
    assert_eq!(
        rules(&with),
        ["terms/prefer", "typo/fr-nbsp", "tone/exclamation", "terms/avoid", "terms/spelling"]
    );
    let prefer = &with.diagnostics[0];
    assert_eq!(prefer.suggestions[0].replacement, "collaborateurs");
    assert!(with.diagnostics[3].message.contains("n’employons plus"));
}
