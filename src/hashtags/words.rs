//! Where the word lists' bytes come from (the streams [`super::frequency`] reads).
//!
//! A build with the `embedded-words` feature (the default: the CLI, the full wasm build)
//! carries them in its data. The one-language wasm builds leave them out, for fewer bytes
//! before a page's first hint (docs/npm.md, "Builds"): the page fetches `pkg/words.bin` after
//! its first check and hands it to [`install`]. Until then a lookup finds no word, and a check
//! leaves out the rules that read the lists ([`READERS`]): their findings, made from half the
//! facts, could be wrong (capitals of a name lowered as a common word's), where a report
//! without them only lacks hints until the page checks again.

#[cfg(not(feature = "embedded-words"))]
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/frequency.rs"));

#[cfg(feature = "embedded-words")]
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/frequency.bin"));

#[cfg(not(feature = "embedded-words"))]
static INSTALLED: OnceLock<&'static [u8]> = OnceLock::new();

/// The rules that read the lists (a tag's split and grade, whether capitals spell a word):
/// left out of a check while the lists are not in.
pub const READERS: [&str; 3] = ["hashtag/casing", "hashtag/hollow", "tone/shouting"];

/// The four streams: each list's trie shape and its costs.
pub(super) struct Streams {
    pub en_shape: &'static [u8],
    pub fr_shape: &'static [u8],
    pub en_costs: &'static [u8],
    pub fr_costs: &'static [u8],
}

/// The streams, or `None` while a build without them has none installed.
pub(super) fn streams() -> Option<Streams> {
    let bytes = bytes()?;
    // The length was checked (by the build, or by `install`): the checked split only keeps the
    // code free of a panic.
    let mut rest = bytes;
    let mut next = |len: usize| {
        let (head, tail) = rest.split_at_checked(len).unwrap_or((&[], &[]));
        rest = tail;
        head
    };
    Some(Streams {
        en_shape: next(LENS[0]),
        fr_shape: next(LENS[1]),
        en_costs: next(LENS[2]),
        fr_costs: next(LENS[3]),
    })
}

#[cfg(feature = "embedded-words")]
fn bytes() -> Option<&'static [u8]> {
    Some(EMBEDDED)
}

#[cfg(not(feature = "embedded-words"))]
fn bytes() -> Option<&'static [u8]> {
    INSTALLED.get().copied()
}

/// Whether the lists are in: always in a build that embeds them, after [`install`] otherwise.
pub fn available() -> bool {
    bytes().is_some()
}

/// The size of the lists, in bytes.
pub fn len() -> usize {
    LENS.iter().sum()
}

/// Why bytes given to [`install`] were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsError {
    /// Not as long as this build's lists.
    Length { expected: usize, found: usize },
    /// As long, but other bytes: the `words.bin` of another build.
    Checksum,
}

impl std::fmt::Display for WordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WordsError::Length { expected, found } => write!(
                f,
                "the word lists are {found} bytes where this build's are {expected}: \
                 words.bin comes from another build of Brio"
            ),
            WordsError::Checksum => f.write_str(
                "the word lists are not this build's: words.bin comes from another build of Brio",
            ),
        }
    }
}

impl std::error::Error for WordsError {}

/// Whether `bytes` are this build's lists (`pkg/words.bin` of the same build).
pub fn verify(bytes: &[u8]) -> Result<(), WordsError> {
    if bytes.len() != len() {
        return Err(WordsError::Length { expected: len(), found: bytes.len() });
    }
    if brio_compile::checksum::fnv1a(bytes) != CHECKSUM {
        return Err(WordsError::Checksum);
    }
    Ok(())
}

/// Installs the lists a build without them was given: checked with [`verify`], then kept for
/// the life of the process (they are read by every check after). Installing them again, or into
/// a build that embeds them, changes nothing.
pub fn install(bytes: Vec<u8>) -> Result<(), WordsError> {
    verify(&bytes)?;
    #[cfg(not(feature = "embedded-words"))]
    if INSTALLED.get().is_none() {
        let _ = INSTALLED.set(Box::leak(bytes.into_boxed_slice()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_lists_pass_their_own_check() {
        let all: Vec<u8> = bytes().map(<[u8]>::to_vec).unwrap_or_default();
        // The tests run with the default features, which embed the lists.
        assert_eq!(all.len(), len());
        assert_eq!(verify(&all), Ok(()));
        assert_eq!(install(all), Ok(()));
        assert!(available());
    }

    #[test]
    fn the_readers_are_rules() {
        let ids: Vec<&str> = crate::Checker::rules().iter().map(|r| r.id).collect();
        for id in READERS {
            assert!(ids.contains(&id), "{id}");
        }
    }

    #[test]
    fn other_bytes_are_refused_with_the_reason() {
        let mut all: Vec<u8> = bytes().map(<[u8]>::to_vec).unwrap_or_default();
        assert_eq!(
            install(all[1..].to_vec()),
            Err(WordsError::Length { expected: len(), found: len() - 1 })
        );
        if let Some(b) = all.get_mut(100) {
            *b ^= 1;
        }
        assert_eq!(install(all), Err(WordsError::Checksum));
        let message = WordsError::Checksum.to_string();
        assert!(message.contains("another build"), "{message}");
    }
}
