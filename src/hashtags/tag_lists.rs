//! The compiled-in data: the hollow-tag lexicon (`data/hollow.txt`) and the place names
//! (`data/places.txt`), parsed once into lookup tables; the advertising disclosures.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::tag_key::{fold, push_folded};

// Without their comments (build.rs).
static HOLLOW: &str = include_str!(concat!(env!("OUT_DIR"), "/hollow.txt"));
static PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

/// Which languages a lexicon tag is saturated in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Any,
}

/// A lexicon entry: how saturated the tag is (1 generic, 2 saturated, 3 buried in seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed {
    pub tier: u8,
    pub lang: Lang,
}

/// Parses one lexicon line (`tag tier lang`); `None` for comments, blanks and malformed
/// lines (a unit test checks there are none of the latter).
fn parse_line(line: &str) -> Option<(String, Listed)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.split_whitespace();
    let tag = fields.next()?;
    let tier: u8 = fields.next()?.parse().ok().filter(|t| (1..=3).contains(t))?;
    let lang = match fields.next()? {
        "en" => Lang::En,
        "fr" => Lang::Fr,
        "any" => Lang::Any,
        _ => return None,
    };
    if fields.next().is_some() {
        return None;
    }
    Some((fold(tag), Listed { tier, lang }))
}

/// FNV-1a. The tables are fixed, compiled-in data, so hash flooding is no concern, while
/// SipHash's setup cost dominated the short-key lookups made for every candidate word.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

fn hollow() -> &'static Table<Listed> {
    static TABLE: OnceLock<Table<Listed>> = OnceLock::new();
    TABLE.get_or_init(|| HOLLOW.lines().filter_map(parse_line).collect())
}

/// The lexicon entry of a tag key (folded, no sigil).
pub fn listed(key: &str) -> Option<Listed> {
    hollow().get(key).copied()
}

/// The tags that disclose advertising, by key, sorted: the law (France's 2023 influencer law,
/// the UK's CAP code, the FTC's guides) or the platforms ask for such a mark, so advice to drop
/// it as hollow would be wrong however generic the word (#ad, #pub, #partenariat).
const DISCLOSURES: &[&str] = &[
    "ad",
    "advert",
    "advertisement",
    "affiliate",
    "affiliatelink",
    "collabcommerciale",
    "collaborationcommerciale",
    "gifted",
    "paidpartnership",
    "partenariat",
    "partenariatremunere",
    "produitoffert",
    "pub",
    "publicite",
    "sponsored",
    "sponsorise",
    "sponsorisee",
];

/// Whether a tag key (folded, no sigil) marks a post as advertising.
pub fn discloses(key: &str) -> bool {
    DISCLOSURES.binary_search(&key).is_ok()
}

/// How many tags the lexicon holds, per language (en, fr, any).
pub fn sizes() -> (usize, usize, usize) {
    let count = |l: Lang| hollow().values().filter(|x| x.lang == l).count();
    (count(Lang::En), count(Lang::Fr), count(Lang::Any))
}

/// The key a place name or a tag is compared by: folded, letters and digits only
/// ("Saint-Étienne" and #SaintEtienne are both `saintetienne`).
pub fn place_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    push_place_key(name, &mut key);
    key
}

/// Appends [`place_key`] of `name` to `out`. Folding goes char by char, so the key of words run
/// together is their keys run together, and a caller may build one in a reused buffer.
pub fn push_place_key(name: &str, out: &mut String) {
    for c in name.chars() {
        if c.is_ascii() {
            // Folding lowers an ASCII char to itself or a letter: alphanumeric both or neither.
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        let start = out.len();
        push_folded(c, out);
        // Keep only the letters and digits it folds to (a symbol or punctuation mark folds to
        // itself: rare in the words this reads).
        if out.get(start..).is_some_and(|added| !added.chars().all(char::is_alphanumeric)) {
            let added = out.split_off(start);
            out.extend(added.chars().filter(|c| c.is_alphanumeric()));
        }
    }
}

fn places() -> &'static Table<&'static str> {
    static TABLE: OnceLock<Table<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table::default();
        for name in PLACES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            // The first spelling listed (the accented one) is the one suggested.
            table.entry(place_key(name)).or_insert(name);
        }
        table
    })
}

/// The place a key names, as usually written ("Saint-Étienne").
pub fn place(key: &str) -> Option<&'static str> {
    places().get(key).copied()
}

/// How many place names are listed.
pub fn place_count() -> usize {
    places().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_line_parses() {
        for line in HOLLOW.lines() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            assert!(parse_line(line).is_some(), "malformed lexicon line: {line:?}");
        }
        let keys: Vec<_> = HOLLOW.lines().filter_map(parse_line).map(|(k, _)| k).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "duplicate lexicon tag");
        assert!(keys.len() >= 400, "{}", keys.len());
    }

    #[test]
    fn disclosures_are_sorted_keys_and_never_listed_hollow() {
        assert!(DISCLOSURES.windows(2).all(|w| w[0] < w[1]));
        for &tag in DISCLOSURES {
            assert_eq!(super::super::tag_key::key(tag), tag);
            assert!(listed(tag).is_none(), "{tag} is a disclosure and listed hollow");
        }
        for tag in ["#Ad", "#PUB", "#Partenariat", "#PartenariatRémunéré", "#Sponsorisé"] {
            assert!(discloses(&super::super::tag_key::key(tag)), "{tag}");
        }
        assert!(!discloses("adventure") && !discloses("partenaire"));
    }

    #[test]
    fn lexicon_matches_case_and_accent_insensitively() {
        for tag in ["#Innovation", "#TransformationDigitale", "#BienÊtre", "#RH", "#AI", "#COVID19"]
        {
            assert!(listed(&super::super::tag_key::key(tag)).is_some(), "{tag}");
        }
    }

    proptest::proptest! {
        #[test]
        fn place_keys_are_built_char_by_char(a in "\\PC{0,8}", b in "[aÉ\u{301}’\\- ]{0,4}") {
            let folded =
                |s: &str| fold(s).chars().filter(|c| c.is_alphanumeric()).collect::<String>();
            let joined = format!("{a}{b}");
            proptest::prop_assert_eq!(place_key(&joined), folded(&joined));
            let mut key = place_key(&a);
            push_place_key(&b, &mut key);
            proptest::prop_assert_eq!(key, folded(&joined));
        }
    }

    #[test]
    fn places_fold() {
        assert_eq!(place("saintetienne"), Some("Saint-Étienne"));
        assert_eq!(place(&place_key("Montréal")), Some("Montréal"));
        assert!(place("innovation").is_none());
    }
}
