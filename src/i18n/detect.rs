//! Whether a post is French or English, guessed from its function words and accents.

use super::Locale;
use brio_compile::case::CaseMap as _;

/// Guesses whether `text` is French or English from its function words and accents.
/// Returns `None` when there is too little to go on.
///
/// It runs on every check of a post whose language is not set, over the whole text, so it
/// reads bytes: runs of ASCII are swept without decoding chars, ASCII words longer than any
/// function word are skipped outright, and the others are looked up as integers ([`key`]).
pub fn detect(text: &str) -> Option<Locale> {
    tally(text).locale()
}

/// The evidence for each language in a text: French and English votes. Words do not span a
/// line break, so the tally of a text is the sum of its paragraphs' tallies, which is how an
/// incremental check ([`crate::session`]) detects the language of a long document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub fr: usize,
    pub en: usize,
}

impl Tally {
    /// The language the votes give, or `None` when there are too few or they tie.
    pub fn locale(self) -> Option<Locale> {
        let Tally { fr, en } = self;
        match fr.cmp(&en) {
            _ if fr + en < 2 => None,
            std::cmp::Ordering::Greater => Some(Locale::Fr),
            std::cmp::Ordering::Less => Some(Locale::En),
            std::cmp::Ordering::Equal => None,
        }
    }
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Self) {
        self.fr += other.fr;
        self.en += other.en;
    }
}

/// The votes of `text`'s words (see [`detect`]).
pub fn tally(text: &str) -> Tally {
    let (mut fr, mut en) = (0usize, 0usize);
    let mut lower = String::new();
    for word in words(text) {
        if word.ascii && !word.apostrophe {
            // The common case: no elision, no accent; lower-cased on the stack.
            if word.text.len() > LONGEST_FUNCTION_WORD {
                continue;
            }
            let Some(key) = key(word.text) else { continue };
            // ASCII letters only: setting bit 5 of each byte lower-cases them all at once.
            let width = u64::MAX.checked_shr(64 - 8 * word.text.len() as u32).unwrap_or(0);
            let key = key | (0x2020_2020_2020_2020 & width);
            fr += usize::from(FRENCH_KEYS.binary_search(&key).is_ok());
            en += usize::from(ENGLISH_KEYS.binary_search(&key).is_ok());
            continue;
        }
        lower.clear();
        if word.ascii {
            lower.push_str(word.text);
            lower.make_ascii_lowercase();
        } else {
            word.text.chars().for_each(|c| push_lowercase(&mut lower, c));
        }
        // Elided articles and pronouns (l’, d’, qu’, n’, c’, j’, s’) are strongly French.
        if let Some((head, _)) = lower.split_once(['\'', '’']) {
            if matches!(head, "l" | "d" | "qu" | "n" | "c" | "j" | "s" | "m" | "t") {
                fr += 2;
                continue;
            }
        }
        fr += usize::from(is_french_function_word(&lower));
        en += usize::from(is_english_function_word(&lower));
        if !word.ascii
            && lower
                .chars()
                .any(|c| matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ù' | 'ç' | 'ô' | 'î' | 'œ'))
        {
            fr += 1;
        }
    }
    Tally { fr, en }
}

/// A run of letters and apostrophes (`'` or `’`), as [`words`] finds them.
struct Word<'a> {
    text: &'a str,
    /// Whether every char is ASCII.
    ascii: bool,
    /// Whether it holds an apostrophe.
    apostrophe: bool,
}

/// Whether `c` belongs to a word: a letter or an apostrophe.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’'
}

/// The char starting at byte `at` of `text`.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The words of `text`: its maximal runs of [`is_word_char`]. ASCII bytes are classified by
/// [`Class::of`] (a range match measured faster than a 256-entry table), in one tight loop per
/// run; only the other chars are decoded.
fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            let &b = bytes.get(at)?;
            match Class::of(b) {
                Class::Separator => at += 1,
                Class::Letter | Class::Apostrophe => break at,
                Class::Other => {
                    let c = char_at(text, at)?;
                    if is_word_char(c) {
                        break at;
                    }
                    at += c.len_utf8();
                }
            }
        };
        let (mut ascii, mut apostrophe) = (true, false);
        while let Some(&b) = bytes.get(at) {
            match Class::of(b) {
                Class::Letter => at += 1,
                Class::Apostrophe => {
                    apostrophe = true;
                    at += 1;
                }
                Class::Separator => break,
                Class::Other => match char_at(text, at) {
                    Some(c) if is_word_char(c) => {
                        ascii = false;
                        apostrophe |= c == '’';
                        at += c.len_utf8();
                    }
                    _ => break,
                },
            }
        }
        Some(Word { text: text.get(start..at)?, ascii, apostrophe })
    })
}

/// What a byte is to [`words`].
#[derive(Clone, Copy)]
enum Class {
    /// An ASCII byte that is neither a letter nor `'`.
    Separator,
    Letter,
    /// `'`.
    Apostrophe,
    /// A byte of a non-ASCII char: decoded to tell.
    Other,
}

impl Class {
    fn of(b: u8) -> Class {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'\'' => Class::Apostrophe,
            0x80.. => Class::Other,
            _ => Class::Separator,
        }
    }
}

/// Pushes `c` lower-cased, as `char::to_lowercase` does; Latin-1 (French accents) without
/// the lookup in the full case table.
fn push_lowercase(out: &mut String, c: char) {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => {
            out.push(char::from_u32(u32::from(c) + 0x20).unwrap_or(c));
        }
        '\0'..='\u{FF}' => out.push(c),
        _ => out.extend(c.lower()),
    }
}

/// The longest ASCII word in [`FRENCH`] and [`ENGLISH`], in bytes.
const LONGEST_FUNCTION_WORD: usize = 6;

/// French function words: articles, pronouns, prepositions, common verbs.
const FRENCH: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "nous", "vous",
    "notre", "nos", "votre", "vos", "pour", "avec", "dans", "sur", "qui", "que", "pas", "ne", "ce",
    "cette", "au", "aux", "en", "je", "tu", "il", "elle", "on", "très", "plus", "mais", "ou", "où",
    "à", "été", "être", "avoir", "fiers", "merci", "chez", "leur", "leurs",
];

/// English function words.
const ENGLISH: &[&str] = &[
    "the", "a", "an", "and", "is", "are", "we", "you", "our", "your", "for", "with", "in", "on",
    "to", "of", "that", "this", "it", "not", "be", "at", "by", "from", "have", "has", "was",
    "were", "will", "can", "my", "i", "they", "their", "more", "but", "or", "thanks", "proud",
    "about", "what", "how", "all", "just", "so",
];

const FRENCH_KEYS: [u64; FRENCH.len()] = keys(FRENCH);
const ENGLISH_KEYS: [u64; ENGLISH.len()] = keys(ENGLISH);

/// A word of at most eight bytes as one integer: its bytes, little-endian, zero-padded (no word
/// holds a zero byte, so different words have different keys). Longer words have none.
fn key(word: &str) -> Option<u64> {
    let mut buf = [0u8; 8];
    buf.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Some(u64::from_le_bytes(buf))
}

/// The sorted [`key`]s of `words`, computed at compile time (which fails if a word is longer
/// than a key).
const fn keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut keys = [0u64; N];
    let mut i = 0;
    while i < N {
        let word = words[i].as_bytes();
        assert!(word.len() <= 8, "a function word fits a key");
        let mut j = 0;
        while j < word.len() {
            keys[i] |= (word[j] as u64) << (8 * j);
            j += 1;
        }
        // Insertion sort: a few dozen keys, once, at compile time.
        let mut k = i;
        while k > 0 && keys[k - 1] > keys[k] {
            let swap = keys[k];
            keys[k] = keys[k - 1];
            keys[k - 1] = swap;
            k -= 1;
        }
        i += 1;
    }
    keys
}

fn is_french_function_word(w: &str) -> bool {
    key(w).is_some_and(|k| FRENCH_KEYS.binary_search(&k).is_ok())
}

fn is_english_function_word(w: &str) -> bool {
    key(w).is_some_and(|k| ENGLISH_KEYS.binary_search(&k).is_ok())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's case mappings
mod tests {
    use super::*;

    /// The detection as first written, on `str::split` and chars: what [`detect`] must agree with.
    fn reference(text: &str) -> Option<Locale> {
        let (mut fr, mut en) = (0usize, 0usize);
        let mut lower = String::new();
        for word in text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’') {
            if word.is_empty() {
                continue;
            }
            let ascii = word.is_ascii();
            if ascii && word.len() > LONGEST_FUNCTION_WORD && !word.contains('\'') {
                // Neither a function word, nor elided, nor accented.
                continue;
            }
            lower.clear();
            if ascii {
                lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            // Elided articles and pronouns (l’, d’, qu’, n’, c’, j’, s’) are strongly French.
            if let Some((head, _)) = lower.split_once(['\'', '’']) {
                if matches!(head, "l" | "d" | "qu" | "n" | "c" | "j" | "s" | "m" | "t") {
                    fr += 2;
                    continue;
                }
            }
            fr += usize::from(is_french_function_word(&lower));
            en += usize::from(is_english_function_word(&lower));
            if !ascii
                && lower
                    .chars()
                    .any(|c| matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ù' | 'ç' | 'ô' | 'î' | 'œ'))
            {
                fr += 1;
            }
        }
        match fr.cmp(&en) {
            _ if fr + en < 2 => None,
            std::cmp::Ordering::Greater => Some(Locale::Fr),
            std::cmp::Ordering::Less => Some(Locale::En),
            std::cmp::Ordering::Equal => None,
        }
    }

    #[test]
    fn latin_1_is_lower_cased_as_to_lowercase_does() {
        for c in ('\0'..='\u{24F}').chain(['Œ', 'œ', 'Ÿ', 'K', 'İ']) {
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn keys_find_every_function_word_and_nothing_else() {
        for w in FRENCH {
            assert!(is_french_function_word(w), "{w}");
        }
        for w in ENGLISH {
            assert!(is_english_function_word(w), "{w}");
        }
        for w in ["", "l", "lee", "ls", "the ", "théâtre", "anda", "nouss", "Le", "THE"] {
            assert!(!is_french_function_word(w) && !is_english_function_word(w), "{w}");
        }
    }

    #[test]
    fn function_words_fit_the_length_shortcut() {
        // The shortcut skips longer ASCII words: no function word may be longer.
        for w in FRENCH.iter().chain(ENGLISH).filter(|w| w.is_ascii()) {
            assert!(w.len() <= LONGEST_FUNCTION_WORD, "{w}");
        }
        assert_eq!(detect("Thanks THANKS thanks for everything"), Some(Locale::En));
        assert_eq!(detect("NOUS SOMMES TRÈS FIERS"), Some(Locale::Fr));
    }

    #[test]
    fn detects_french_and_english() {
        assert_eq!(
            detect("Nous sommes fiers de vous annoncer notre partenariat"),
            Some(Locale::Fr)
        );
        assert_eq!(
            detect("We are thrilled to announce that we leverage synergies"),
            Some(Locale::En)
        );
        assert_eq!(detect("L’équipe d’Acme"), Some(Locale::Fr));
        assert_eq!(detect("#rust"), None);
    }

    proptest::proptest! {
        /// The byte scan finds the same words, so the same guess, as the char-by-char split.
        #[test]
        fn agrees_with_the_char_split(
            words in proptest::collection::vec(
                proptest::sample::select(&[
                    "the", "Le", "LES", "and", "nous", "être", "THANKS", "l'", "L’", "qu’", "d'",
                    "équipe", "Élan", "innovation", "a", "à", "where", "'", "’", "ÉTÉ", "ǅ", "ß",
                ][..]),
                0..30,
            ),
            seps in proptest::collection::vec("[ ,.!?\\n#@0-9’'-]{0,2}|\\PC", 30),
            noise in "\\PC{0,40}",
        ) {
            let mut text = String::new();
            for (word, sep) in words.iter().zip(&seps) {
                text.push_str(word);
                text.push_str(sep);
            }
            proptest::prop_assert_eq!(detect(&text), reference(&text), "{:?}", text);
            proptest::prop_assert_eq!(detect(&noise), reference(&noise));
        }
    }
}
