//! Superlatives with a scope: « la banque la plus simple de France », "the region's leading
//! lender", "the best coffee in Leeds". No lexicon can list them (any adjective fits between
//! the words), but their frame is fixed: a superlative word, a few words, then the place or
//! field it claims to top. Without a scope, "la plus grande prudence" or "the most vulnerable
//! people" are not claims about the brand, and are left alone.
//!
//! A superlative of praise ("the most iconic", « la plus belle », « la meilleure ») claims more
//! scopes than a neutral one: a named place (« le centre le plus luxueux de Paris », "London's
//! most luxurious clinic"), a time or a range ("of the decade", « de la saison », "in its
//! class"). A neutral one keeps to the fixed scopes: « les quartiers les plus pauvres de
//! Marseille » or "the most polluted city in India" describe, and praise no one.

use super::context::is_quoted;
use super::keyed_words::KeyedWord;
use crate::i18n::Locale;
use crate::rules::Context;
use crate::text::Span;

/// How many words may stand between the superlative word and its scope.
const GAP: usize = 4;

/// Adjectives of praise, French (every form): graded, they claim the best of a named place or a
/// time too. Descriptive grades ("puissant", "élevé", "grand") are not among them: « la
/// tempête la plus puissante de la décennie » is news, not a claim.
const PRAISE_FR: &[&str] = &[
    "beau",
    "bel",
    "belle",
    "beaux",
    "belles",
    "luxueux",
    "luxueuse",
    "luxueuses",
    "iconique",
    "iconiques",
    "emblématique",
    "emblématiques",
    "désirable",
    "désirables",
    "prestigieux",
    "prestigieuse",
    "prestigieuses",
    "élégant",
    "élégante",
    "élégants",
    "élégantes",
    "raffiné",
    "raffinée",
    "raffinés",
    "raffinées",
    "convoité",
    "convoitée",
    "convoités",
    "convoitées",
    "audacieux",
    "audacieuse",
    "audacieuses",
    "exclusif",
    "exclusive",
    "exclusifs",
    "exclusives",
    "spectaculaire",
    "spectaculaires",
    "magnifique",
    "magnifiques",
    "délicieux",
    "délicieuse",
    "délicieuses",
    "innovant",
    "innovante",
    "innovants",
    "innovantes",
    "sophistiqué",
    "sophistiquée",
    "sophistiqués",
    "sophistiquées",
    "chic",
    "romantique",
    "romantiques",
    "charmant",
    "charmante",
    "charmants",
    "charmantes",
    "pittoresque",
    "pittoresques",
];

/// Adjectives of praise, English (see [`PRAISE_FR`]).
const PRAISE_EN: &[&str] = &[
    "iconic",
    "desirable",
    "luxurious",
    "beautiful",
    "stunning",
    "exclusive",
    "prestigious",
    "exciting",
    "elegant",
    "stylish",
    "coveted",
    "acclaimed",
    "breathtaking",
    "spectacular",
    "magnificent",
    "glamorous",
    "sophisticated",
    "delicious",
    "innovative",
    "trusted",
    "anticipated",
    "romantic",
    "charming",
    "picturesque",
];

/// Times and ranges a superlative of praise claims to top: "of the decade", « de la saison »,
/// "in its class".
const SPANS_FR: &[&str] = &["décennie", "année", "saison", "siècle", "gamme", "catégorie"];
const SPANS_EN: &[&str] = &["decade", "year", "season", "century", "class", "range", "category"];

/// Whether a word as written starts with a capital and goes on in lower case: a name ("Leeds",
/// "Biarritz"), not an acronym.
fn named(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().skip(1).any(char::is_lowercase)
}

/// Whether a word, as `written` and by its `key`, names a place or a field as a scope: a name
/// as written ([`named`]) that is no word a title capitalises ("The Best of All Possible
/// Worlds": "All" names nothing).
fn named_scope(written: &str, key: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "all", "every", "each", "both", "any", "some", "these", "those", "this", "that", "them",
        "us", "you", "me", "tous", "toutes", "nous", "vous",
    ];
    named(written) && !NOT_NAMES.contains(&key)
}

/// Whether only spaces or a hyphen separate two words: a scope is read within the phrase of the
/// superlative, not past a comma (« Le Meilleur des mondes, d’Aldous Huxley »).
fn joined(text: &str, a: &KeyedWord<'_>, b: &KeyedWord<'_>) -> bool {
    text.get(a.span.end..b.span.start)
        .is_some_and(|gap| gap.chars().all(|c| c == '-' || (c.is_whitespace() && c != '\n')))
}

/// The spans of scoped superlatives in the post.
pub(crate) fn scoped(cx: &Context<'_>) -> Vec<Span> {
    let all = cx.words();
    let mut out: Vec<Span> = Vec::new();
    for (i, w) in all.iter().enumerate() {
        // Each language's frames are written in code, as a pack would list them: a build
        // without the language leaves them out with its packs.
        let found = match cx.locale {
            Locale::Fr if crate::i18n::carried(Locale::Fr) => french(cx.text(), all, i, w),
            Locale::En if crate::i18n::carried(Locale::En) => english(cx.text(), all, i, w),
            _ => None,
        };
        // A title is asked about only of the rare word that opens a frame.
        let found = found.filter(|s| {
            !in_a_title(cx.text(), all, i) && !names_a_distinction(all, s) && !is_quoted(cx, s)
        });
        if let Some(span) = found {
            if out.last().is_none_or(|last| last.end <= span.start) {
                out.push(span);
            }
        }
    }
    out
}

/// Whether word `i` runs on a title or a distinction: it and the word after it are
/// capitalised (a capital, then lower case), one space apart, and it does not start a sentence
/// (« deux Meilleurs Ouvriers de France », "our Best Young Chef award"). A capital at a
/// sentence's start, or after a colon, says nothing.
fn in_a_title(text: &str, all: &[KeyedWord<'_>], i: usize) -> bool {
    use super::lexicon::titled;
    let (Some(w), Some(next)) = (all.get(i), all.get(i + 1)) else { return false };
    if !titled(w.text) || !titled(next.text) || text.get(w.span.end..next.span.start) != Some(" ") {
        return false;
    }
    let before = text.get(..w.span.start).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
    before.chars().next_back().is_some_and(|c| !matches!(c, '.' | '!' | '?' | '…' | ':' | '\n'))
}

/// Whether the superlative at `span` names a prize or a contest rather than claims:
/// « le Grand Prix de la meilleure baguette de Paris », « le concours du meilleur croissant »,
/// "the award for the best pub in Leeds", "our Best Bakery in Bristol award".
fn names_a_distinction(all: &[KeyedWord<'_>], span: &Span) -> bool {
    const PRIZES: &[&str] = &[
        "prix",
        "concours",
        "trophée",
        "trophées",
        "championnat",
        "award",
        "awards",
        "prize",
        "trophy",
        "contest",
        "competition",
    ];
    // After the superlative, only English names one ("… in Bristol award"); a French « prix »
    // there is a price.
    const PRIZES_AFTER: &[&str] = &["award", "awards", "prize", "trophy", "contest"];
    let first = all.partition_point(|w| w.span.start < span.start);
    let before = |back: usize| first.checked_sub(back).and_then(|b| all.get(b));
    let of = before(1).is_some_and(|w| matches!(w.key(), "de" | "du" | "des" | "for"));
    let after = all.get(all.partition_point(|w| w.span.start < span.end));
    of && before(2).is_some_and(|w| PRIZES.contains(&w.key()))
        || after.is_some_and(|w| PRIZES_AFTER.contains(&w.key()))
}

fn key<'a>(all: &'a [KeyedWord<'_>], i: usize) -> &'a str {
    all.get(i).map_or("", |w| w.key())
}

/// « le/la/les plus … de France », « le/la meilleur(e) … du monde ».
fn french(text: &str, all: &[KeyedWord<'_>], i: usize, w: &KeyedWord<'_>) -> Option<Span> {
    let (superlative, praise) = match w.key() {
        "plus" => (
            matches!(key(all, i.checked_sub(1)?), "le" | "la" | "les"),
            PRAISE_FR.contains(&key(all, i + 1)),
        ),
        "meilleur" | "meilleure" | "meilleurs" | "meilleures" => (true, true),
        // « Leader de la bistronomie en France », « leader du café de spécialité en France »: a
        // rank claimed over a field and a place. Not « leader du marché », « leader européen »:
        // the lexicon has them, with their fixes (the scope is read after the field, below).
        "leader" | "leaders" => {
            let next = all.get(i + 1)?;
            (matches!(next.key(), "de" | "du" | "des") || next.elision().0 == Some("d"), false)
        }
        _ => (false, false),
    };
    if !superlative {
        return None;
    }
    const SCOPE: &[&str] = &[
        "france",
        "monde",
        "europe",
        "ville",
        "pays",
        "région",
        "marché",
        "secteur",
        "quartier",
        "département",
        "coin",
        "planète",
        "univers",
        "galaxie",
        "hexagone",
        "vallée",
        "village",
        "île",
        "côte",
        "capitale",
    ];
    // A leader's field comes first (« du café de spécialité »): its scope is read after it.
    let leader = w.key().starts_with("leader");
    let (from, to) = if leader { (i + 2, i + GAP + 2) } else { (i + 1, i + GAP) };
    for j in from..=to.min(all.len().saturating_sub(1)) {
        let here = all.get(j)?;
        if !joined(text, all.get(j - 1)?, here) {
            return None;
        }
        let (head, tail) = here.elision();
        // A scope, or for praise a time, a range or a name as written ("Paris", "d’Annecy").
        let scope = |k: &str, written: &str| {
            SCOPE.contains(&k) || (praise && (SPANS_FR.contains(&k) || named_scope(written, k)))
        };
        let end = if head == Some("d") {
            scope(tail, after_elision(here, tail)).then_some(here.span.end)
        } else if matches!(here.key(), "de" | "du" | "au" | "en" | "des") {
            let next = all.get(j + 1)?;
            let next = if next.key() == "la" { all.get(j + 2)? } else { next };
            // « de l’année »: the word after the elided article.
            let (_, key) = next.elision();
            scope(key, after_elision(next, key)).then_some(next.span.end)
        } else {
            None
        };
        if let Some(end) = end {
            let start = i.checked_sub(1).and_then(|p| all.get(p)).map_or(w.span.start, |p| {
                if matches!(p.key(), "le" | "la" | "les") { p.span.start } else { w.span.start }
            });
            return Some(start..end);
        }
    }
    None
}

/// The part of `w` as written that its key's `tail` (after an elided article, [`KeyedWord::elision`])
/// folds: "Annecy" of "d’Annecy", which [`named`] reads for its capital.
fn after_elision<'w>(w: &KeyedWord<'w>, tail: &str) -> &'w str {
    w.text.get(w.text.len().saturating_sub(tail.len())..).unwrap_or(w.text)
}

/// "the best … in Leeds", "the UK's most …", "the region's leading …".
fn english(text: &str, all: &[KeyedWord<'_>], i: usize, w: &KeyedWord<'_>) -> Option<Span> {
    const TOP: &[&str] = &[
        "best",
        "finest",
        "greatest",
        "biggest",
        "largest",
        "leading",
        "favourite",
        "favorite",
        "friendliest",
        "cheapest",
        "fastest",
        "smartest",
    ];
    let most = w.key() == "most";
    if !most && !TOP.contains(&w.key()) {
        return None;
    }
    let prev = i.checked_sub(1).and_then(|p| all.get(p));
    let possessive = prev.filter(|p| {
        p.key().ends_with("'s") && p.key().len() > 2 && !NOT_POSSESSIVE.contains(&p.key())
    });
    let praise = most && PRAISE_EN.contains(&key(all, i + 1));
    if most && !praise {
        return most_after_possessive(text, all, i, possessive?, true);
    }
    // Size is a fact as often as a claim ("Komodos are the world's largest lizards"): it
    // claims only when the writers say it of themselves ("We are the UK's largest bakery").
    let size = matches!(w.key(), "biggest" | "largest");
    if size && !we_are(all, i.checked_sub(if possessive.is_some() { 1 } else { 0 })?) {
        return None;
    }
    // A possessive scope before: "Britain's best-loved", "the region's leading lender",
    // "London's most luxurious clinic".
    if let Some(p) = possessive {
        if praise {
            return most_after_possessive(text, all, i, p, false);
        }
        return Some(p.span.start..w.span.end);
    }
    if prev.is_none_or(|p| p.key() != "the") {
        return None;
    }
    // "best" and "finest" praise by themselves, as « meilleur » does: they claim a time or a
    // range too ("the best deals of the year").
    let praise = praise || matches!(w.key(), "best" | "finest");
    const SCOPE: &[&str] = &[
        "world", "uk", "country", "region", "city", "town", "market", "industry", "sector",
        "business", "north", "south", "east", "west", "universe", "planet", "galaxy", "area",
        "valley", "village", "county", "island",
    ];
    for j in i + 1..=(i + GAP).min(all.len().saturating_sub(1)) {
        let here = all.get(j)?;
        if !joined(text, all.get(j - 1)?, here) {
            return None;
        }
        if !matches!(here.key(), "in" | "of" | "on") {
            continue;
        }
        let mut next = all.get(j + 1)?;
        // "the world"; for praise, "its class", "our range" too.
        let determiner = match next.key() {
            "the" => true,
            "its" | "our" | "their" | "this" => praise,
            _ => false,
        };
        if determiner {
            next = all.get(j + 2)?;
        }
        // A named place is a scope too: "in Leeds", "in Ireland"; for praise, a time or a
        // range: "of the decade", "in its class".
        let spans = praise && SPANS_EN.contains(&next.key());
        if SCOPE.contains(&next.key()) || named_scope(next.text, next.key()) || spans {
            return Some(prev.map_or(w.span.start, |p| p.span.start)..next.span.end);
        }
        return None;
    }
    None
}

/// Whether a form of "be" or "become" stands before word `at` (or before the "the" that comes
/// before it): "we are the UK's…", "We are the biggest…", which put the writer in the place.
fn writer_is(all: &[KeyedWord<'_>], at: usize) -> bool {
    const BE: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "become", "becomes", "becoming",
        "became", "remain", "remains", "we're", "they're", "you're", "i'm",
    ];
    let at = past_the(all, at);
    at.checked_sub(1).and_then(|b| all.get(b)).is_some_and(|b| BE.contains(&b.key()))
}

/// Whether the writers put themselves before word `at` (or before its "the"): "we are",
/// "we're", "I am", "I'm", "we become", "we remain".
fn we_are(all: &[KeyedWord<'_>], at: usize) -> bool {
    let at = past_the(all, at);
    let word = |back: usize| at.checked_sub(back).and_then(|b| all.get(b)).map_or("", |w| w.key());
    match word(1) {
        "we're" | "i'm" => true,
        "are" | "am" | "become" | "remain" => matches!(word(2), "we" | "i"),
        _ => false,
    }
}

/// Where to look back from for what comes before word `at`: the "the" before it, if any
/// ("we are the UK's…"), or the word itself.
fn past_the(all: &[KeyedWord<'_>], at: usize) -> usize {
    match at.checked_sub(1).and_then(|b| all.get(b)) {
        Some(the) if the.key() == "the" => at - 1,
        _ => at,
    }
}

/// Words in "'s" that are "is" or "has" contracted, not a possessive: "it's best to book
/// early" gives advice, it claims nothing.
const NOT_POSSESSIVE: &[&str] = &[
    "it's",
    "that's",
    "what's",
    "there's",
    "here's",
    "who's",
    "he's",
    "she's",
    "let's",
    "where's",
    "how's",
    "when's",
    "why's",
    "nothing's",
    "something's",
    "everything's",
    "one's",
];

/// "we are the UK's most trusted bank": "most" and the word it grades, after a possessive, when
/// a form of "be" or "become" puts the writer in the place ("Sunderland's most deprived wards"
/// describes a town, it praises no one) or, without `needs_be`, when the word is one of praise
/// ("London's most luxurious clinic"). The span runs from the possessive to the graded word,
/// with the words a hyphen joins to it ("customer-centric").
fn most_after_possessive(
    text: &str,
    all: &[KeyedWord<'_>],
    i: usize,
    possessive: &KeyedWord<'_>,
    needs_be: bool,
) -> Option<Span> {
    if needs_be && !writer_is(all, i.checked_sub(1)?) {
        return None;
    }
    let mut last = i + 1;
    let mut end = all.get(last)?.span.end;
    while let Some(next) = all.get(last + 1) {
        if text.get(end..next.span.start) != Some("-") {
            break;
        }
        last += 1;
        end = next.span.end;
    }
    Some(possessive.span.start..end)
}
