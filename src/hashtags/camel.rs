//! The CamelCase form of a run-together lower-case tag (#accessibledesign ->
//! #AccessibleDesign), and whether it is certain enough to be applied unread.
//!
//! The split is [`frequency::split`]'s: the cheapest by word frequency, each word paying a fixed
//! cost on top and a fragment of one or two letters a dearer one. What it yields is then
//! judged:
//!
//! - no form at all when the split is doubtful: the tag is a known word ("entrepreneuriat" is
//!   one word, never split) or the singular of one ("homeowner"); a part is not a word of the lists; a part of one or two letters is
//!   not one of its language's short words ([`frequency::is_short_word`]: "de", "la", "of",
//!   "in"…), as in acronyms (#ootd, #tbt) and abbreviations (#itjobs); two single letters in a
//!   row or a letter against a number (#genai, #a11y); a part of three letters outside the
//!   dictionary or rare ("del", "ion"), or two rather rare ones in a row; or another split
//!   within a decade of its cost (#doglover: "dog lover" or "do glover"); or a short last part
//!   that holds a derivational ending, where a rarer single word is the likelier reading
//!   (#courtage is not "court" + "age", nor #bankable "bank" + "able": [`DERIVED_ENDINGS`]);
//! - a certain form ([`Camel::safe`]) when every part is a known word of reasonable frequency,
//!   no other split comes within [`frequency::MARGIN`] of its cost, and no part is a single letter
//!   ("a" or "i" may be a word or a slip: #lifeasamom, #iloveparis);
//! - a likely form otherwise, offered as a hint whose fix is not applied unread (#superbowl:
//!   "superb owl" comes close).

use super::frequency::{self, Piece, PieceKind, Split};
use super::tag_key;
use crate::i18n::Locale;
use brio_compile::case::CaseMap as _;

/// A part rarer than this (in half-decades: Zipf 3.5) makes a split uncertain unless a
/// dictionary lists it.
const RARE: u32 = 11;
/// A rival split closer than this (one decade of likelihood) makes a split doubtful.
const TOSS: u32 = 2;
/// A part of three letters rarer than this (Zipf 4.5) makes a split doubtful.
const SHORT_RARE: u32 = 9;
/// Two parts of three letters in a row, each at least this rare (Zipf 5), make it doubtful.
const RATHER_RARE: u32 = 8;

/// Endings of derived words (French and English) that are also short words of the lists: a
/// word the lists lack for its rarity ("courtage", "fermage", "tutorat", "bankable",
/// "ambassadorship", "cordless") splits into a common word and one of these ("court" + "age",
/// "fer" + "mage"), a reading no writer meant. A split whose last part is short and holds one is
/// doubtful; the compounds it also catches (#goldenage, #cruiseship) go without a hint.
const DERIVED_ENDINGS: &[&str] =
    &["age", "able", "ible", "at", "ment", "ship", "hood", "ant", "less"];

/// The longest last part that [`DERIVED_ENDINGS`] make doubtful: the ending and at most one
/// letter before it ("mage" in "fermage").
const SHORT_LAST: usize = 4;

/// A tag's CamelCase form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Camel {
    /// The form, sigil included.
    pub tag: String,
    /// Certain: a fix may apply it unread.
    pub safe: bool,
}

/// The CamelCase form of a tag body written all in lower case and run together, when word
/// segmentation splits it into two or more known words. Original letters are kept (accents
/// included); only the first letter of each word is raised.
pub fn camel_case(body: &str, locale: Locale) -> Option<Camel> {
    if !candidate(body) {
        return None;
    }
    let key = tag_key::fold(body);
    let split = frequency::split(locale, &key)?;
    from_split(body, &key, &split)
}

/// Only a body all in lower case, letters and digits, can be raised to CamelCase.
pub(crate) fn candidate(body: &str) -> bool {
    !body.chars().any(char::is_uppercase) && body.chars().all(char::is_alphanumeric)
}

/// [`camel_case`] of a candidate body, from its key (its folded form) and the key's split
/// (which [`super::analyze`] has already).
pub(crate) fn from_split(body: &str, key: &str, split: &Split) -> Option<Camel> {
    let safe = judge(key, split)?;
    let tag = raise(body, &split.pieces)?;
    Some(Camel { tag, safe })
}

/// Whether the split is certain (`Some(true)`), likely (`Some(false)`) or doubtful (`None`).
fn judge(key: &str, split: &Split) -> Option<bool> {
    let mut words = 0;
    // A rival this close is a coin toss (#doglover: "dog lover" or "do glover"); within the
    // margin, a likely guess.
    let mut safe = match split.rival {
        Some(rival) if rival < split.cost.saturating_add(TOSS) => return None,
        Some(_) => false,
        None => true,
    };
    // The previous piece: a number, a single letter, a rare word of three letters.
    let (mut after_number, mut after_letter, mut after_three) = (false, false, false);
    for piece in &split.pieces {
        let entry = match piece.kind {
            PieceKind::Word(entry) => entry,
            PieceKind::Number => {
                // "a11y": a letter against a number is a code, not a word.
                if after_letter {
                    return None;
                }
                (after_number, after_letter, after_three) = (true, false, false);
                continue;
            }
            PieceKind::Unknown => return None,
        };
        words += 1;
        let part = key.get(piece.start..piece.end)?;
        let short = frequency::is_short_word(split.locale, part.as_bytes());
        let three = part.len() == 3 && entry.cost >= RATHER_RARE;
        match part.len() {
            1 | 2 if !short => return None,
            // "a" + "i" (#GenAI, #ResponsibleAI), "a" + "11" (#a11y): letters, not words.
            1 if after_letter || after_number => return None,
            // "a" or "i" may be a word or a slip (#iloveparis, #lifeasamom).
            1 => safe = false,
            // Three letters outside the dictionary are abbreviations, names or foreign words
            // ("nov", "del", "ive"); rare ones are suffixes or fragments as often as words
            // ("ion", "hon", "pat"); and two rather rare ones in a row are a guess ("tea" +
            // "mac" for an unknown "teamac").
            3 if !entry.dictionary || entry.cost > SHORT_RARE || (three && after_three) => {
                return None;
            }
            _ => {}
        }
        after_number = false;
        after_letter = part.len() == 1;
        after_three = three;
        if entry.cost > RARE && !entry.dictionary {
            safe = false;
        }
    }
    // A known word is one word, however it would split; so is the singular of a known plural
    // (the lists keep "homeowners", the commoner form, and not "homeowner").
    if words < 2 || frequency::lookup_any(key).is_some() || singular_of_known(key) {
        return None;
    }
    if ends_derived(key, split) {
        return None;
    }
    // Nothing but letters and short function words ("is" + "a" for #isa, "am" + "a" for #ama)
    // is an acronym, not a phrase: a phrase has a word of three letters or more.
    if split.pieces.iter().all(|piece| piece.end - piece.start <= 2) {
        return None;
    }
    Some(safe)
}

/// Whether the split's last part is short and holds a derivational ending of `key`, so that a
/// rare single word is as likely a reading as the split (see [`DERIVED_ENDINGS`]).
fn ends_derived(key: &str, split: &Split) -> bool {
    let Some(last) = split.pieces.last() else { return false };
    let part = last.end - last.start;
    last.end == key.len()
        && part <= SHORT_LAST
        && DERIVED_ENDINGS.iter().any(|ending| key.ends_with(ending) && part <= ending.len() + 1)
}

/// Whether `key` with an `s` is a dictionary word of the lists: a closed compound whose
/// plural the lists hold ("homeowner", "homeowners").
fn singular_of_known(key: &str) -> bool {
    let plural = format!("{key}s");
    frequency::lookup_any(&plural).is_some_and(|entry| entry.dictionary)
}

/// `body` with the first letter of each piece raised, sigil added.
fn raise(body: &str, pieces: &[Piece]) -> Option<String> {
    // Fold char by char, remembering where each folded byte comes from.
    let mut folded = String::with_capacity(body.len());
    let mut origin: Vec<usize> = Vec::with_capacity(body.len());
    for (i, c) in body.char_indices() {
        let before = folded.len();
        tag_key::push_folded(c, &mut folded);
        origin.extend(std::iter::repeat_n(i, folded.len() - before));
    }
    let mut out = String::with_capacity(body.len() + 1);
    out.push('#');
    for piece in pieces {
        let start = *origin.get(piece.start)?;
        // A piece must start on a character of its own, not inside a ligature's spelling.
        if piece.start > 0 && origin.get(piece.start - 1) == Some(&start) {
            return None;
        }
        let end = origin.get(piece.end).copied().unwrap_or(body.len());
        let part = body.get(start..end)?;
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.upper());
            out.push_str(chars.as_str());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn camel(body: &str) -> Option<(String, bool)> {
        camel_case(body, Locale::En).map(|c| (c.tag, c.safe))
    }

    #[test]
    fn certain_likely_and_doubtful() {
        assert_eq!(camel("womenintech"), Some(("#WomenInTech".into(), true)));
        assert_eq!(camel("vivatech2026"), Some(("#VivaTech2026".into(), true)));
        // A single letter, or a rival within the margin: a hint.
        assert_eq!(camel("iloveparis"), Some(("#ILoveParis".into(), false)));
        assert_eq!(camel("superbowl"), Some(("#SuperBowl".into(), false)));
        // A known word, a fragment, letters against a number, a coin toss: nothing.
        for body in [
            "entrepreneuriat",
            "nowhere",
            "ootd",
            "itjobs",
            "a11y",
            "genai",
            "doglover",
            "isa",
            "ama",
            // Closed compounds the dictionaries spell as one word.
            "photoshoot",
            "sleepover",
            "fintech",
            "bricklaying",
            "tradesman",
            "infosec",
            "passkeys",
            "nightlife",
            "bookshop",
            // Rare derived words, not a word and an ending.
            "bankable",
            "ambassadorship",
            "goldenage",
        ] {
            assert_eq!(camel(body), None, "{body}");
        }
    }

    #[test]
    fn a_rare_derived_word_is_not_split_at_its_ending() {
        // And a closed compound the lists lack is one word too.
        for body in [
            "courtage",
            "fermage",
            "tutorat",
            "dressage",
            "hydroélectricité",
            "levain",
            "mutualisme",
        ] {
            assert_eq!(camel_case(body, Locale::Fr), None, "{body}");
        }
        for body in [
            "cordless",
            "spotless",
            "mirrorless",
            "photojournalism",
            "homebrew",
            "sourdough",
            "haircare",
            "snowboard",
        ] {
            assert_eq!(camel_case(body, Locale::En), None, "{body}");
        }
        // An ending inside a longer last part is no ending of the tag's: still split.
        assert_eq!(
            camel_case("fetedesvendanges", Locale::Fr).map(|c| c.tag),
            Some("#FeteDesVendanges".into())
        );
        assert_eq!(
            camel("accessiblemanagement").map(|c| c.0),
            Some("#AccessibleManagement".into())
        );
    }

    #[test]
    fn only_lower_case_letters_and_digits() {
        assert!(candidate("qualitédevie2026"));
        assert!(!candidate("QualiteDeVie"));
        assert!(!candidate("qualite_de_vie"));
        assert_eq!(camel("Womenintech"), None);
    }

    #[test]
    fn keeps_the_letters_as_written() {
        let c = camel_case("qualitédevie", Locale::Fr).expect("a form");
        assert_eq!(c.tag, "#QualitéDeVie");
        // A ligature folds to two letters: a word may not start inside it.
        assert_eq!(
            camel_case("cœurdeville", Locale::Fr).map(|c| c.tag),
            Some("#CœurDeVille".into())
        );
    }
}
