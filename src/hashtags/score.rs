//! Whether a tag is hollow: the lexicon first, then a score for unlisted tags.

use super::frequency::{self, Piece, PieceKind};
use super::tag_lists::{self, Lang, Listed};
use crate::i18n::Locale;

/// A single word at least this frequent (Zipf: log10 of uses per billion words; 3.0 is about
/// the 20,000th word of a language) and in a dictionary of common words is generic.
pub const GENERIC_ZIPF: f32 = 3.5;
/// Words at least this frequent are function words ("de", "of", "the"): they neither make a
/// compound specific nor count as a word of their own.
const FUNCTION_ZIPF: f32 = 6.3;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Hollowness {
    Hollow(Hollow),
    Specific(Specific),
}

/// Why a tag is hollow.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Hollow {
    /// In the lexicon, with its saturation tier (1–3).
    Listed { tier: u8 },
    /// A single generic dictionary word, with its Zipf frequency.
    Word { zipf: f32 },
    /// Made only of hollow words (#DigitalBusiness, #SuccessMindset).
    Compound,
}

impl Hollow {
    /// 1 generic, 2 saturated, 3 buried in seconds.
    pub fn tier(self) -> u8 {
        match self {
            Hollow::Listed { tier } => tier,
            Hollow::Word { .. } | Hollow::Compound => 1,
        }
    }
}

/// Why a tag is specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Specific {
    /// The profile allows it, or it names the brand or one of its stakeholders.
    Profile,
    /// It carries a number: a year, an edition (#VivaTech2026, #COP28).
    Number,
    /// It names a place.
    Place,
    /// It marks the post as advertising (#ad, #partenariat): required, never hollow.
    Disclosure,
    /// A compound with at least one specific part (#RustLang, #FieldService).
    Compound,
    /// A name, or a word too rare to be saturated.
    Name,
    /// The name of a day, week or festival (#FêteDeLaScience, #WorldBookDay): generic words
    /// put together as one event's proper name.
    Event,
    /// Statistics show the tag's feed is slow enough to be seen in.
    Seen,
}

/// Scores a tag from its key (folded, no sigil). `pieces` is its segmentation, if computed.
pub fn score(key: &str, pieces: Option<&[Piece]>, locale: Locale) -> Hollowness {
    score_from(key, tag_lists::listed(key), || frequency::lookup_any(key), || pieces, locale)
}

/// [`score`], from the key's lexicon entry `listed`, its entry in the word lists and its
/// segmentation, each asked for only when the answer depends on it: most tags are listed,
/// dated or single words, and a segmentation costs a walk of both lists from every position.
pub(crate) fn score_from<'p>(
    key: &str,
    listed: Option<Listed>,
    entry: impl FnOnce() -> Option<frequency::Entry>,
    pieces: impl FnOnce() -> Option<&'p [Piece]>,
    locale: Locale,
) -> Hollowness {
    if tag_lists::discloses(key) {
        return Hollowness::Specific(Specific::Disclosure);
    }
    // A place says where, even a saturated one (#France): never flagged, though the lexicon
    // keeps it from being proposed as an alternative.
    if tag_lists::place(key).is_some() {
        return Hollowness::Specific(Specific::Place);
    }
    if let Some(Listed { tier, lang }) = listed {
        // A tag saturated in one language is merely generic in the other.
        let tier = match (lang, locale) {
            (Lang::En, Locale::Fr) | (Lang::Fr, Locale::En) => tier.saturating_sub(1).max(1),
            _ => tier,
        };
        return Hollowness::Hollow(Hollow::Listed { tier });
    }
    if key.chars().any(|c| c.is_numeric()) {
        return Hollowness::Specific(Specific::Number);
    }
    if let Some(entry) = entry() {
        return if entry.dictionary && entry.zipf() >= GENERIC_ZIPF {
            Hollowness::Hollow(Hollow::Word { zipf: entry.zipf() })
        } else {
            Hollowness::Specific(Specific::Name)
        };
    }
    let Some(pieces) = pieces() else {
        return Hollowness::Specific(Specific::Name);
    };
    if names_an_event(key, pieces) {
        return Hollowness::Specific(Specific::Event);
    }
    let mut content = 0;
    for piece in pieces {
        let part = key.get(piece.start..piece.end).unwrap_or("");
        match piece.kind {
            PieceKind::Word(e) if e.zipf() >= FUNCTION_ZIPF => {}
            PieceKind::Word(_) if listed_form(part) => content += 1,
            _ => return Hollowness::Specific(Specific::Compound),
        }
    }
    if content >= 1 {
        Hollowness::Hollow(Hollow::Compound)
    } else {
        Hollowness::Specific(Specific::Compound)
    }
}

/// French events are named head first, then "de", "du" or "des" (#FêteDeLaMusique,
/// #NuitDesMusées, #JournéeDuPatrimoine, #SemaineDuGoût).
const EVENT_HEADS_FR: &[&str] =
    &["fete", "fetes", "journee", "journees", "nuit", "nuits", "semaine", "mois", "festival"];
/// English days and weeks are "World … Day" (#WorldBookDay, #WorldMentalHealthDay),
/// "International … Day" or "National … Week" (#NationalApprenticeshipWeek).
const EVENT_OPENERS_EN: &[&str] = &["world", "international", "national"];
const EVENT_ENDS_EN: &[&str] = &["day", "week", "month"];

/// Whether a compound of generic words is an event's proper name: its words are what any
/// post could say, but together they name one day of the calendar, and the tag is where that
/// day's posts are read. Shorter shapes ("#GameDay", "#FêteEnFamille") stay with the score:
/// they are the saturated tags every brand adds.
fn names_an_event(key: &str, pieces: &[Piece]) -> bool {
    let word =
        |i: usize| pieces.get(i).and_then(|piece| key.get(piece.start..piece.end)).unwrap_or("");
    let Some(last) = pieces.len().checked_sub(1) else {
        return false;
    };
    let french = pieces.len() >= 3
        && EVENT_HEADS_FR.contains(&word(0))
        && ["de", "du", "des", "d"].contains(&word(1));
    let english = pieces.len() >= 3
        && EVENT_OPENERS_EN.contains(&word(0))
        && EVENT_ENDS_EN.contains(&word(last));
    french || english
}

/// A listed tag, or a listed tag's plural or French feminine ("digitale", "trends").
fn listed_form(word: &str) -> bool {
    tag_lists::listed(word).is_some()
        || ["s", "e", "es"].iter().any(|end| {
            word.strip_suffix(end)
                .is_some_and(|stem| stem.len() > 2 && tag_lists::listed(stem).is_some())
        })
}

#[cfg(test)]
mod tests {
    use super::super::tag_key::key;
    use super::*;

    fn hollowness(tag: &str) -> Hollowness {
        let k = key(tag);
        let pieces = frequency::segment_best(Locale::En, &k);
        score(&k, pieces.as_deref(), Locale::En)
    }

    #[test]
    fn the_lexicon_and_the_score() {
        assert!(matches!(
            hollowness("#Innovation"),
            Hollowness::Hollow(Hollow::Listed { tier: 3 })
        ));
        assert!(matches!(hollowness("#coffee"), Hollowness::Hollow(Hollow::Word { .. })));
        assert!(matches!(hollowness("#DigitalBusiness"), Hollowness::Hollow(Hollow::Compound)));
        assert_eq!(hollowness("#VivaTech2026"), Hollowness::Specific(Specific::Number));
        assert_eq!(hollowness("#Lyon"), Hollowness::Specific(Specific::Place));
        // Saturated, but a place: the lexicon lists it only so as not to propose it.
        assert!(tag_lists::listed("france").is_some());
        assert_eq!(hollowness("#France"), Hollowness::Specific(Specific::Place));
        assert_eq!(hollowness("#Gironde"), Hollowness::Specific(Specific::Place));
        // A city whose name the word lists also hold (bristol board) is a place first.
        assert_eq!(hollowness("#Bristol"), Hollowness::Specific(Specific::Place));
        // Generic words, but advertising marks the law asks for.
        for tag in ["#ad", "#Partenariat", "#pub", "#sponsored"] {
            assert_eq!(hollowness(tag), Hollowness::Specific(Specific::Disclosure), "{tag}");
        }
        assert_eq!(hollowness("#RustLang"), Hollowness::Specific(Specific::Compound));
        assert_eq!(hollowness("#WorldBookDay"), Hollowness::Specific(Specific::Event));
        assert_eq!(hollowness("#FieldService"), Hollowness::Specific(Specific::Compound));
    }

    #[test]
    fn events_named_from_generic_words() {
        let fr = |tag: &str| {
            let k = key(tag);
            let pieces = frequency::segment_best(Locale::Fr, &k);
            score(&k, pieces.as_deref(), Locale::Fr)
        };
        for tag in
            ["#FêteDeLaScience", "#FeteDeLaMusique", "#NuitDesMusées", "#JournéeDuPatrimoine"]
        {
            assert_eq!(fr(tag), Hollowness::Specific(Specific::Event), "{tag}");
        }
        // No event's shape: generic words stay hollow.
        assert!(
            matches!(fr("#FêteEnFamille"), Hollowness::Hollow(_)),
            "{:?}",
            fr("#FêteEnFamille")
        );
        assert!(matches!(hollowness("#DigitalBusiness"), Hollowness::Hollow(_)));
    }
}
