//! Compiles, ahead of time, the built-in packs (`src/packs`) into static tables and the hashtag
//! word lists (`src/hashtags/data/words-*.txt`, made by `scripts/gen_wordlists.py`) into the
//! byte streams `src/hashtags/frequency.rs` reads: both with the pack compiler (`compile/`), the
//! crate the library compiles a profile's terms with.

use std::env;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=src/packs");
    println!("cargo::rerun-if-changed=src/hashtags/data");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    brio_compile::pack_tables::write(Path::new("src/packs"), out);
    brio_compile::frequency_lists::write(Path::new("src/hashtags/data"), out);
}
