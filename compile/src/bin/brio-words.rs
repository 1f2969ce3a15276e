//! Writes the hashtag word lists' streams, as build.rs embeds them, to a file: `pkg/words.bin`,
//! which the one-language wasm builds leave out of their `.wasm` and a page fetches apart
//! (docs/npm.md, "Builds").
//!
//!     brio-words DATA_DIR OUT_FILE
//!
//! DATA_DIR holds `words-en.txt` and `words-fr.txt` (the library's `src/hashtags/data`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [data, out] = args.as_slice() else {
        eprintln!("usage: brio-words DATA_DIR OUT_FILE");
        return ExitCode::from(2);
    };
    let (bytes, _) = brio_compile::frequency_lists::encode(data);
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("brio-words: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
