//! Compiles, ahead of time, the built-in packs (`src/packs`) into static tables and the hashtag
//! word lists (`src/hashtags/data/words-*.txt`, made by `scripts/gen_wordlists.py`) into the
//! byte streams `src/hashtags/frequency.rs` reads: both with the pack compiler (`compile/`), the
//! crate the library compiles a profile's terms with. Also the Sentence_Break table of
//! `src/text/sentences.rs`, from ICU4X's Unicode data.

use std::env;
use std::path::Path;

use brio_compile::Locale;

fn main() {
    println!("cargo::rerun-if-changed=src/packs");
    println!("cargo::rerun-if-changed=src/hashtags/data");
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
