//! Brio's pack compiler: how a word list written by people becomes what the matcher reads.
//!
//! One crate for the two places that compile packs: build.rs, which compiles the built-in packs
//! into static tables ahead of time (feature `build`), and the library, which compiles a
//! profile's terms when a checker is made, reads the tables back, and folds every post the way
//! the patterns were folded. Both therefore follow the very same rules. See
//! `docs/architecture.md` ("The pack compiler").
//!
//! - [`fold`]: the text as the matcher sees it (case, apostrophes, accents), with a map back;
//! - [`inflect`], [`expand`]: the pattern notation (`word~`, `(a|b)`, `_`) expanded to its
//!   variants, inflected forms included;
//! - [`builder`]: variants and their targets (lexicon, entry) sorted for the matcher's trie;
//!   [`stream`]: that sorted list as the compact byte stream the trie is built from;
//! - [`parse`], [`pack_files`]: the pack files' syntax, and every lexicon and grammar list of
//!   `src/packs` compiled with their entries (word sets as static hash tables);
//! - [`order`]: the one sort every caller shares;
//! - [`case`]: lower and upper case as `std` writes them, from compact tables (for the `.wasm`'s
//!   size);
//! - [`checksum`]: FNV-1a, which tells the word lists a build was made with from others.

pub mod builder;
pub mod case;
pub mod checksum;
pub mod expand;
pub mod fold;
pub mod inflect;
mod locale;
pub mod order;
pub mod pack_files;
pub mod parse;
pub mod stream;

#[cfg(feature = "build")]
pub mod frequency_lists;
#[cfg(feature = "build")]
pub mod pack_tables;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use locale::Locale;
