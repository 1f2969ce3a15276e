//! Compiles, ahead of time, the built-in packs (`src/packs`) into static tables and the hashtag
//! word lists (`src/hashtags/data/words-*.txt`, made by `scripts/gen_wordlists.py`) into the
//! byte streams `src/hashtags/frequency.rs` reads: both with the pack compiler (`compile/`), the
//! crate the library compiles a profile's terms with. Also the Sentence_Break, grapheme-break
//! and Word_Break tables of `src/text/sentences.rs`, `src/graphemes.rs` and
//! `src/word_bounds.rs`, from ICU4X's Unicode data; the canonical decompositions, compositions
//! and combining classes of `src/canonical.rs`, from `unicode-normalization`'s; and the one list
//! of top-level domains of `src/entities/tlds.rs`.

use std::env;
use std::path::Path;

use brio_compile::Locale;

fn main() {
    println!("cargo::rerun-if-changed=src/packs");
    println!("cargo::rerun-if-changed=src/hashtags/data");
    println!("cargo::rerun-if-changed=src/entities/data/tlds.txt");
    println!("cargo::rerun-if-changed=src/entities/twitter/tlds.txt");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    // The `fr` and `en` features: which languages' packs the build carries (docs/npm.md, "Builds").
    let locales: Vec<Locale> = [(Locale::Fr, "CARGO_FEATURE_FR"), (Locale::En, "CARGO_FEATURE_EN")]
        .into_iter()
        .filter(|(_, feature)| env::var_os(feature).is_some())
        .map(|(locale, _)| locale)
        .collect();
    brio_compile::pack_tables::write(Path::new("src/packs"), out, &locales);
    brio_compile::frequency_lists::write(Path::new("src/hashtags/data"), out);
    write_sentence_break(out);
    write_canonical(out);
    write_tlds(out);
    write_grapheme_break(out);
    write_word_break(out);
    for list in ["hollow.txt", "places.txt"] {
        write_without_comments(&Path::new("src/hashtags/data").join(list), &out.join(list));
    }
}

/// A list of `src/hashtags/data` as the library reads it at run time: its lines without the
/// comments and blank lines, which are for the people who keep it, not for the `.wasm` (about
/// 0.7 KB gzipped for the two lists).
fn write_without_comments(from: &Path, to: &Path) {
    let text = std::fs::read_to_string(from).expect("the list is readable");
    let kept: String = text
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .flat_map(|line| [line.trim_end(), "\n"])
        .collect();
    std::fs::write(to, kept).expect("OUT_DIR is writable");
}

/// The Word_Break property (UAX #29) of every char, with Extended_Pictographic (WB3c), from
/// ICU4X's Unicode data, as the tables `src/word_bounds.rs` reads: a direct table of ASCII's
/// codes, and from U+0080 on the sorted runs of one code, `start << 8 | code`. A code is the
/// value's index in `Class`'s names below, plus [`PICTOGRAPHIC`] for an Extended_Pictographic
/// char.
fn write_word_break(out: &Path) {
    use icu_properties::props::{ExtendedPictographic, WordBreak as W};
    use icu_properties::{CodePointMapData, CodePointSetData};
    const PICTOGRAPHIC: u32 = 0x20;
    const CLASSES: [(W, &str); 19] = [
        (W::Other, "Any"),
        (W::CR, "CR"),
        (W::LF, "LF"),
        (W::Newline, "Newline"),
        (W::Extend, "Extend"),
        (W::ZWJ, "Zwj"),
        (W::RegionalIndicator, "Regional"),
        (W::Format, "Format"),
        (W::Katakana, "Katakana"),
        (W::HebrewLetter, "HebrewLetter"),
        (W::ALetter, "ALetter"),
        (W::SingleQuote, "SingleQuote"),
        (W::DoubleQuote, "DoubleQuote"),
        (W::MidNumLet, "MidNumLet"),
        (W::MidLetter, "MidLetter"),
        (W::MidNum, "MidNum"),
        (W::Numeric, "Numeric"),
        (W::ExtendNumLet, "ExtendNumLet"),
        (W::WSegSpace, "WSegSpace"),
    ];
    let wb = CodePointMapData::<W>::new();
    let pictographic = CodePointSetData::new::<ExtendedPictographic>();
    let code = |c: u32| -> u32 {
        let value = wb.get32(c);
        let index = CLASSES.iter().position(|(w, _)| *w == value);
        let index = u32::try_from(index.expect("every Word_Break value has a Class")).expect("19");
        index | if pictographic.contains32(c) { PICTOGRAPHIC } else { 0 }
    };
    let ascii = (0..0x80).map(code).map(|v| format!("{v:#x},")).collect::<String>();
    let mut runs: Vec<u32> = Vec::new();
    let mut last = None;
    for c in 0x80..=0x10FFFF {
        let value = code(c);
        if last != Some(value) {
            runs.push(c << 8 | value);
            last = Some(value);
        }
    }
    let names = CLASSES.iter().map(|(_, name)| format!("Class::{name},")).collect::<String>();
    let list = runs.iter().map(|v| format!("{v:#x},")).collect::<String>();
    let source = format!(
        "/// `Class` of each code of the tables below, less [`PICTOGRAPHIC`].\n\
         const CLASSES: [Class; {}] = [{names}];\n\
         /// Added to the code of an Extended_Pictographic char.\n\
         const PICTOGRAPHIC: u8 = {PICTOGRAPHIC:#x};\n\
         /// The code of each ASCII char.\n\
         const ASCII: [u8; 128] = [{ascii}];\n\
         /// From U+0080 on, the start of each run of one code: `start << 8 | code`.\n\
         const RUNS: [u32; {}] = [{list}];\n",
        CLASSES.len(),
        runs.len(),
    );
    std::fs::write(out.join("word_break.rs"), source).expect("OUT_DIR is writable");
}

/// The grapheme-break classes of every char from U+0080 on (UAX #29: Grapheme_Cluster_Break,
/// Extended_Pictographic and Indic_Conjunct_Break, from ICU4X's Unicode data) as the sorted
/// runs `src/graphemes.rs` searches: the start of each run of one class, `start << 8 | class`.
/// A class's code is its index in `Class`'s names below.
fn write_grapheme_break(out: &Path) {
    use icu_properties::props::{
        ExtendedPictographic, GraphemeClusterBreak as G, IndicConjunctBreak as I,
    };
    use icu_properties::{CodePointMapData, CodePointSetData};
    const NAMES: [&str; 18] = [
        "Any",
        "CR",
        "LF",
        "Control",
        "Extend",
        "ExtendInCb",
        "Linker",
        "Zwj",
        "SpacingMark",
        "Prepend",
        "L",
        "V",
        "T",
        "Lv",
        "Lvt",
        "Regional",
        "Pictographic",
        "Consonant",
    ];
    let gcb = CodePointMapData::<G>::new();
    let incb = CodePointMapData::<I>::new();
    let pictographic = CodePointSetData::new::<ExtendedPictographic>();
    let class = |c: u32| -> u32 {
        let name = match (gcb.get32(c), incb.get32(c)) {
            (G::CR, _) => "CR",
            (G::LF, _) => "LF",
            (G::Control, _) => "Control",
            (G::ZWJ, _) => "Zwj",
            (G::Extend, I::Linker) => "Linker",
            (G::Extend, I::Extend) => "ExtendInCb",
            (G::Extend, _) => "Extend",
            (G::SpacingMark, _) => "SpacingMark",
            (G::Prepend, _) => "Prepend",
            (G::L, _) => "L",
            (G::V, _) => "V",
            (G::T, _) => "T",
            (G::LV, _) => "Lv",
            (G::LVT, _) => "Lvt",
            (G::RegionalIndicator, _) => "Regional",
            (G::Other, _) if pictographic.contains32(c) => "Pictographic",
            (G::Other, I::Consonant) => "Consonant",
            (G::Other, _) => "Any",
            other => panic!("U+{c:04X}: no grapheme class for {other:?}"),
        };
        let code = NAMES.iter().position(|n| *n == name).expect("a class of NAMES");
        u32::try_from(code).expect("18 classes")
    };
    let mut runs: Vec<u32> = Vec::new();
    let mut last = None;
    for c in 0x80..=0x10FFFF {
        let code = class(c);
        if last != Some(code) {
            runs.push(c << 8 | code);
            last = Some(code);
        }
    }
    let names = NAMES.iter().map(|name| format!("Class::{name},")).collect::<String>();
    let list = runs.iter().map(|v| format!("{v:#x},")).collect::<String>();
    let source = format!(
        "/// `Class` of each class code of [`RUNS`].\n\
         const CLASSES: [Class; {}] = [{names}];\n\
         /// From U+0080 on, the start of each run of one class: `start << 8 | code`.\n\
         const RUNS: [u32; {}] = [{list}];\n",
        NAMES.len(),
        runs.len(),
    );
    std::fs::write(out.join("grapheme_break.rs"), source).expect("OUT_DIR is writable");
}

/// The two lists of top-level domains (IANA's, `src/entities/data/tlds.txt`, and
/// twitter-text's, `src/entities/twitter/tlds.txt`) as the one list `src/entities/tlds.rs`
/// searches: their union in UTF-8 byte order, a name a line, the names of one list only
/// followed by [`TLD_IANA_ONLY`] or [`TLD_TWITTER_ONLY`]. Nearly every name is in both: one
/// list is about half the bytes of two.
fn write_tlds(out: &Path) {
    const TLD_IANA_ONLY: u8 = 1;
    const TLD_TWITTER_ONLY: u8 = 2;
    let read = |path: &str| -> std::collections::BTreeSet<Vec<u8>> {
        let text = std::fs::read_to_string(path).expect("the TLD lists are in the repository");
        let names = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
        names.map(|name| name.as_bytes().to_vec()).collect()
    };
    let iana = read("src/entities/data/tlds.txt");
    let twitter = read("src/entities/twitter/tlds.txt");
    let mut list = Vec::new();
    for name in iana.union(&twitter) {
        assert!(name.iter().all(|&b| b > b' '), "a TLD is one word");
        list.extend_from_slice(name);
        match (iana.contains(name), twitter.contains(name)) {
            (true, false) => list.push(TLD_IANA_ONLY),
            (false, true) => list.push(TLD_TWITTER_ONLY),
            _ => {}
        }
        list.push(b'\n');
    }
    std::fs::write(out.join("tlds.txt"), list).expect("OUT_DIR is writable");
}

/// The Sentence_Break property (UAX #29) of every char, from ICU4X's Unicode data, as the
/// compact table `src/text/sentences.rs` includes: a direct table (two values a byte) for the
/// chars of most prose up to the end of General Punctuation, and for the rest the starts of the
/// runs of one value, sorted, each `start << 8 | value`.
fn write_sentence_break(out: &Path) {
    use icu_properties::CodePointMapData;
    use icu_properties::props::SentenceBreak as SB;
    // The values in `text::sentences::Cat`'s names; a value's code is its index here.
    const CATS: [(SB, &str); 15] = [
        (SB::Other, "Any"),
        (SB::ATerm, "ATerm"),
        (SB::CR, "CR"),
        (SB::Close, "Close"),
        (SB::Extend, "Extend"),
        (SB::Format, "Format"),
        (SB::LF, "LF"),
        (SB::Lower, "Lower"),
        (SB::Numeric, "Numeric"),
        (SB::OLetter, "OLetter"),
        (SB::SContinue, "SContinue"),
        (SB::STerm, "STerm"),
        (SB::Sep, "Sep"),
        (SB::Sp, "Sp"),
        (SB::Upper, "Upper"),
    ];
    const DIRECT_END: u32 = 0x2070;
    let map = CodePointMapData::<SB>::new();
    let code = |c: u32| -> u32 {
        let value = map.get32(c);
        let index = CATS.iter().position(|(sb, _)| *sb == value);
        u32::try_from(index.expect("every Sentence_Break value has a Cat")).expect("15 values")
    };
    let mut direct = Vec::new();
    for pair in (0..DIRECT_END).step_by(2) {
        direct.push(code(pair) | code(pair + 1) << 4);
    }
    let mut runs: Vec<u32> = Vec::new();
    let mut last = None;
    for c in DIRECT_END..=0x10FFFF {
        let value = code(c);
        if last != Some(value) {
            runs.push(c << 8 | value);
            last = Some(value);
        }
    }
    let list = |values: &[u32]| values.iter().map(|v| format!("{v:#x},")).collect::<String>();
    let names = CATS.iter().map(|(_, name)| format!("Cat::{name},")).collect::<String>();
    let source = format!(
        "/// `Cat` of each value code of the tables below.\n\
         const CATS: [Cat; {}] = [{names}];\n\
         /// The chars below this one are in [`DIRECT`].\n\
         const DIRECT_END: u32 = {DIRECT_END:#x};\n\
         /// Value codes of U+0000 up to `DIRECT_END`, two a byte, the even char's low.\n\
         const DIRECT: [u8; {}] = [{}];\n\
         /// From `DIRECT_END` on, the start of each run of one value: `start << 8 | code`.\n\
         const RUNS: [u32; {}] = [{}];\n",
        CATS.len(),
        direct.len(),
        list(&direct),
        runs.len(),
        list(&runs),
    );
    std::fs::write(out.join("sentence_break.rs"), source).expect("OUT_DIR is writable");
}

/// Hangul syllables: decomposed and composed by arithmetic in `src/canonical.rs`, not listed.
const HANGUL: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// The canonical decompositions, compositions and combining classes of Unicode (UAX #15), as
/// `unicode-normalization` has them, in the sorted tables `src/canonical.rs` searches: each
/// decomposed char's decomposition one step deep (one or two chars, each decomposed in turn),
/// the composition pairs as indices into those, and the runs of one combining class. Sorted
/// tables gzip to a fraction of that crate's hash tables, which its per-char functions link
/// into the `.wasm` whole.
fn write_canonical(out: &Path) {
    use std::collections::HashMap;
    use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
    let chars = || (0..=0x10FFFFu32).filter_map(char::from_u32);
    // Every char's full decomposition, Hangul syllables aside (computed at run time).
    let mut full: Vec<(char, Vec<char>)> = Vec::new();
    for c in chars().filter(|c| !HANGUL.contains(&u32::from(*c))) {
        let mut d = Vec::new();
        decompose_canonical(c, |x| d.push(x));
        if d != [c] {
            full.push((c, d));
        }
    }
    // The pairs a composition can start from: a first char is in a decomposition or has one,
    // and so is a second (see `src/canonical.rs`); Hangul's are computed.
    let mut parts: Vec<char> =
        full.iter().flat_map(|(c, d)| d.iter().chain([c])).copied().collect();
    parts.sort_unstable();
    parts.dedup();
    let mut composed: Vec<(char, char, char)> = Vec::new();
    for &a in &parts {
        for &b in &parts {
            if let Some(c) = compose(a, b).filter(|c| !HANGUL.contains(&u32::from(*c))) {
                composed.push((a, b, c));
            }
        }
    }
    let mut steps: HashMap<char, (char, char)> = HashMap::new();
    for &(a, b, c) in &composed {
        assert!(steps.insert(c, (a, b)).is_none(), "one pair per composite");
    }
    // The other decomposed chars, one step deep: a singleton, or two chars whose full
    // decompositions, end to end, are the char's.
    let by_decomposition: HashMap<&[char], char> =
        full.iter().rev().map(|(c, d)| (d.as_slice(), *c)).collect();
    let one = |d: &[char]| match d {
        [c] => Some(*c),
        _ => by_decomposition.get(d).copied(),
    };
    for (c, d) in &full {
        if steps.contains_key(c) {
            continue;
        }
        let step = match d.as_slice() {
            [single] => Some((*single, '\0')),
            _ => (1..d.len()).rev().find_map(|k| Some((one(&d[..k])?, one(&d[k..])?))),
        };
        steps.insert(*c, step.expect("every decomposition is two chars' decompositions"));
    }
    let mut decomposed: Vec<char> = full.iter().map(|(c, _)| *c).collect();
    decomposed.sort_unstable();
    let expand = |c: char| {
        let mut out = Vec::new();
        let mut stack = vec![c];
        while let Some(x) = stack.pop() {
            match steps.get(&x) {
                Some(&(a, b)) => stack.extend([b, a].into_iter().filter(|y| *y != '\0')),
                None => out.push(x),
            }
        }
        out
    };
    for (c, d) in &full {
        assert_eq!(&expand(*c), d, "the steps of U+{:04X}", u32::from(*c));
    }
    let index: HashMap<char, usize> = decomposed.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let mut pairs: Vec<(char, char, usize)> =
        composed.iter().map(|&(a, b, c)| (a, b, index[&c])).collect();
    pairs.sort_unstable();
    let mut runs: Vec<u32> = Vec::new();
    let mut last = None;
    for c in chars() {
        let class = canonical_combining_class(c);
        if last != Some(class) {
            runs.push(u32::from(c) << 8 | u32::from(class));
            last = Some(class);
        }
    }
    let first_decomposed = decomposed.first().copied().expect("Unicode has decompositions");
    let first_second = pairs.iter().map(|p| p.1).min().expect("Unicode has compositions");
    let first_marked = runs.get(1).map_or(0, |run| run >> 8);
    let char_list = |cs: &mut dyn Iterator<Item = char>| {
        cs.map(|c| format!("'\\u{{{:x}}}',", u32::from(c))).collect::<String>()
    };
    let list = |values: &[u32]| values.iter().map(|v| format!("{v:#x},")).collect::<String>();
    let pair_list = pairs.iter().map(|p| format!("{},", p.2)).collect::<String>();
    assert!(decomposed.len() <= usize::from(u16::MAX), "pair indices are u16");
    let n = decomposed.len();
    let source = format!(
        "/// Below this char no char has a canonical decomposition.\n\
         const FIRST_DECOMPOSED: char = '\\u{{{:x}}}';\n\
         /// The chars with a canonical decomposition (Hangul syllables aside), sorted.\n\
         static DECOMPOSED: [char; {n}] = [{}];\n\
         /// Each one's decomposition one step deep: a first char, and a second or `'\\0'`.\n\
         static FIRSTS: [char; {n}] = [{}];\n\
         static SECONDS: [char; {n}] = [{}];\n\
         /// Below this char no char is the second of a composition pair.\n\
         const FIRST_SECOND: char = '\\u{{{:x}}}';\n\
         /// The composites (Hangul aside), as indices of [`DECOMPOSED`], sorted by their pair.\n\
         static PAIRS: [u16; {}] = [{pair_list}];\n\
         /// Below this char every combining class is 0.\n\
         const FIRST_MARKED: u32 = {first_marked:#x};\n\
         /// The start of each run of one canonical combining class: `start << 8 | class`.\n\
         static CLASS_RUNS: [u32; {}] = [{}];\n",
        u32::from(first_decomposed),
        char_list(&mut decomposed.iter().copied()),
        char_list(&mut decomposed.iter().map(|c| steps[c].0)),
        char_list(&mut decomposed.iter().map(|c| steps[c].1)),
        u32::from(first_second),
        pairs.len(),
        runs.len(),
        list(&runs),
    );
    std::fs::write(out.join("canonical.rs"), source).expect("OUT_DIR is writable");
}
