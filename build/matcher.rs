//! The library's matcher modules that compile patterns, included as they are so that the
//! generated tables follow the very rules the runtime applies.

#[path = "../src/matcher/builder.rs"]
pub mod builder;
#[path = "../src/matcher/expand.rs"]
pub mod expand;
#[path = "../src/matcher/fold.rs"]
pub mod fold;
#[path = "../src/matcher/inflect.rs"]
pub mod inflect;
#[path = "../src/matcher/stream.rs"]
pub mod stream;
#[path = "../src/matcher/trie.rs"]
pub mod trie;
