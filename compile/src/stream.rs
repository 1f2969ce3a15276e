//! Sorted patterns as one byte stream, the form in which build.rs embeds the built-in packs'
//! variants: the `.wasm` is served gzipped, and this stream gzips much smaller than the trie's
//! own arrays (labels, `u16` links, end bitmap and counts) would, since those arrays spell out
//! what the layout implies (sibling distances, ranks). The trie is built from
//! the decoded patterns once per process, in well under a millisecond.
//!
//! The stream is the patterns' trie, depth first, siblings in byte order: each node is its
//! byte, then [`LEAF`] if it ends a pattern and has no children, or [`END`] if it ends one
//! and has children; a node with children is followed by them and then [`CLOSE`]. Pattern
//! bytes are UTF-8, which never holds these three bytes. A node without children always ends
//! a pattern, so the byte after a node tells whether its children follow. Self-contained
//! (std only): build.rs includes this file.

/// A node that ends a pattern and has no children.
pub const LEAF: u8 = 0xFD;
/// A node that ends a pattern and has children.
pub const END: u8 = 0xFE;
/// The end of a node's children.
pub const CLOSE: u8 = 0xFF;

/// The stream of `patterns`, which must be sorted, distinct, non-empty and valid UTF-8.
pub fn encode(patterns: &[&[u8]]) -> Result<Vec<u8>, String> {
    if patterns.windows(2).any(|w| w[0] >= w[1]) {
        return Err("patterns must be sorted and distinct".into());
    }
    if patterns.iter().any(|p| p.is_empty() || std::str::from_utf8(p).is_err()) {
        return Err("patterns must be non-empty UTF-8".into());
    }
    let mut out = Vec::new();
    nodes(patterns, 0, &mut out);
    Ok(out)
}

/// The children of the node spelled by the common `depth`-byte prefix of sorted `patterns`:
/// each child's byte with the patterns that go through it (the prefix itself, which ends at
/// the parent, is skipped). Shared by this encoder and by the library's trie builder (`matcher/trie.rs`).
pub fn children<'a>(
    patterns: &'a [&'a [u8]],
    depth: usize,
) -> impl Iterator<Item = (u8, &'a [&'a [u8]])> {
    let mut rest = patterns;
    std::iter::from_fn(move || {
        loop {
            let (head, after) = rest.split_first()?;
            let Some(&label) = head.get(depth) else {
                rest = after;
                continue;
            };
            let len = rest.iter().take_while(|p| p.get(depth) == Some(&label)).count();
            let (group, tail) = rest.split_at(len);
            rest = tail;
            return Some((label, group));
        }
    })
}

/// Appends the nodes under the common `depth`-byte prefix of `patterns`.
fn nodes(patterns: &[&[u8]], depth: usize, out: &mut Vec<u8>) {
    for (label, group) in children(patterns, depth) {
        out.push(label);
        let ends = group.first().is_some_and(|p| p.len() == depth + 1);
        if group.iter().any(|p| p.len() > depth + 1) {
            if ends {
                out.push(END);
            }
            nodes(group, depth + 1, out);
            out.push(CLOSE);
        } else {
            out.push(LEAF);
        }
    }
}

/// The patterns of `stream`, in order. A malformed stream (it comes from build.rs, so never)
/// gives what it spells up to the fault rather than a panic.
pub fn decode(stream: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut prefix = Vec::new();
    let mut bytes = stream.iter().copied().peekable();
    while let Some(b) = bytes.next() {
        match b {
            CLOSE => {
                prefix.pop();
            }
            LEAF | END => break,
            label => {
                prefix.push(label);
                match bytes.peek() {
                    Some(&LEAF) => {
                        out.push(prefix.clone());
                        prefix.pop();
                        bytes.next();
                    }
                    Some(&END) => {
                        out.push(prefix.clone());
                        bytes.next();
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let patterns: [&[u8]; 7] = [b"a", b"ab", b"abc", b"abd", b"b", b"bd", "é t".as_bytes()];
        let stream = encode(&patterns).expect("sorted");
        // 10 nodes, 7 pattern ends, 6 nodes with children.
        assert_eq!(stream.len(), 10 + 7 + 6);
        assert_eq!(decode(&stream), patterns.map(<[u8]>::to_vec));
        assert!(decode(&encode(&[]).expect("empty")).is_empty());
    }

    #[test]
    fn rejects_what_it_cannot_encode() {
        assert!(encode(&[b"b", b"a"]).is_err());
        assert!(encode(&[b""]).is_err());
        assert!(encode(&[b"\xff"]).is_err());
    }

    #[test]
    fn malformed_streams_do_not_panic() {
        assert_eq!(decode(&[CLOSE, CLOSE, b'a', LEAF]), [b"a".to_vec()]);
        assert_eq!(decode(b"ab"), Vec::<Vec<u8>>::new());
        assert_eq!(decode(&[LEAF, b'a', LEAF]), Vec::<Vec<u8>>::new());
    }
}
