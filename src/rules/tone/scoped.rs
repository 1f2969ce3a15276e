//! Superlatives with a scope: « la banque la plus simple de France », "the region's leading
//! lender", "the best coffee in Leeds". No lexicon can list them (any adjective fits between
//! the words), but their frame is fixed: a superlative word, a few words, then the place or
//! field it claims to top. Without a scope, "la plus grande prudence" or "the most vulnerable
//! people" are not claims about the brand, and are left alone.

use super::context::is_quoted;
use super::keyed_words::KeyedWord;
use crate::i18n::Locale;
use crate::rules::Context;
use crate::text::Span;

/// How many words may stand between the superlative word and its scope.
const GAP: usize = 4;

/// The spans of scoped superlatives in the post.
pub(crate) fn scoped(cx: &Context<'_>) -> Vec<Span> {
    let all = cx.words();
    let mut out: Vec<Span> = Vec::new();
    for (i, w) in all.iter().enumerate() {
        let found = match cx.locale {
            Locale::Fr => french(all, i, w),
            Locale::En => english(cx.text(), all, i, w),
        };
        if let Some(span) = found.filter(|s| !is_quoted(cx, s)) {
            if out.last().is_none_or(|last| last.end <= span.start) {
                out.push(span);
            }
        }
    }
    out
}

fn key<'a>(all: &'a [KeyedWord<'_>], i: usize) -> &'a str {
    all.get(i).map_or("", |w| w.key())
}

/// « le/la/les plus … de France », « le/la meilleur(e) … du monde ».
fn french(all: &[KeyedWord<'_>], i: usize, w: &KeyedWord<'_>) -> Option<Span> {
    let superlative = match w.key() {
        "plus" => matches!(key(all, i.checked_sub(1)?), "le" | "la" | "les"),
        "meilleur" | "meilleure" | "meilleurs" | "meilleures" => true,
        _ => false,
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
    ];
    for j in i + 1..=(i + GAP).min(all.len().saturating_sub(1)) {
        let here = all.get(j)?;
        let (head, tail) = here.elision();
        let scope = |k: &str| SCOPE.contains(&k);
        let end = if head == Some("d") && scope(tail) {
            Some(here.span.end)
        } else if matches!(here.key(), "de" | "du" | "au" | "en" | "des") {
            let next = all.get(j + 1)?;
            let next = if next.key() == "la" { all.get(j + 2)? } else { next };
            scope(next.key()).then_some(next.span.end)
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
    if most {
        return most_after_possessive(text, all, i, possessive?);
    }
    // A possessive scope before: "Britain's best-loved", "the region's leading lender".
    if let Some(p) = possessive {
        return Some(p.span.start..w.span.end);
    }
    if prev.is_none_or(|p| p.key() != "the") {
        return None;
    }
    const SCOPE: &[&str] = &[
        "world", "uk", "country", "region", "city", "town", "market", "industry", "sector",
        "business", "north", "south", "east", "west", "universe", "planet", "galaxy", "area",
    ];
    for j in i + 1..=(i + GAP).min(all.len().saturating_sub(1)) {
        let here = all.get(j)?;
        if !matches!(here.key(), "in" | "of" | "on") {
            continue;
        }
        let mut next = all.get(j + 1)?;
        if next.key() == "the" {
            next = all.get(j + 2)?;
        }
        // A named place is a scope too: "in Leeds", "in Ireland".
        let named = next.text.chars().next().is_some_and(char::is_uppercase)
            && next.text.chars().skip(1).any(char::is_lowercase);
        if SCOPE.contains(&next.key()) || named {
            return Some(prev.map_or(w.span.start, |p| p.span.start)..next.span.end);
        }
        return None;
    }
    None
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
/// describes a town, it praises no one). The span runs from the possessive to the graded word,
/// with the words a hyphen joins to it ("customer-centric").
fn most_after_possessive(
    text: &str,
    all: &[KeyedWord<'_>],
    i: usize,
    possessive: &KeyedWord<'_>,
) -> Option<Span> {
    const BE: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "become", "becomes", "becoming",
        "became", "remain", "remains", "we're", "they're", "you're", "i'm",
    ];
    let at = i.checked_sub(1)?;
    let before = match at.checked_sub(1).and_then(|b| all.get(b)) {
        Some(the) if the.key() == "the" => at.checked_sub(2).and_then(|b| all.get(b)),
        other => other,
    };
    if !before.is_some_and(|b| BE.contains(&b.key())) {
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
