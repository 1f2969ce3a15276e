//! A byte trie laid out flat, cheap to build (an Aho–Corasick automaton for the built-in packs'
//! ~5,000 variants was most of a Checker's start-up; their trie is built once per process, from
//! the pattern stream build.rs embeds, see [`super::stream`]).
//!
//! Nodes are in depth-first order, siblings sorted by byte; a node's first child is the next
//! node. Each node has its byte in `labels` and its links in `links` (a `u16`): whether a
//! pattern ends there (bit 0), whether it has children (bit 1), and the distance to its next
//! sibling (bits 2–15, 0 for none; the rare longer ones are in `far`). Pattern ids are the rank
//! of their end node, i.e. the patterns' sorted order: a bitmap of end nodes with a count per
//! 64 nodes gives it: a rank is a popcount where a sorted end-node list needed a binary search.
//! Self-contained (std only): build.rs includes this file.

use std::borrow::Cow;
use std::sync::OnceLock;

const TERMINAL: u16 = 1;
const HAS_CHILD: u16 = 1 << 1;
const SIBLING_SHIFT: u16 = 2;
/// A sibling distance this long or longer is in `far`.
const FAR: u16 = u16::MAX >> SIBLING_SHIFT;

/// The arrays of a trie, as [`Trie::parts`] gives them (for build.rs to write out) and
/// [`Trie::from_parts`] takes them back.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    pub labels: &'a [u8],
    pub links: &'a [u16],
    /// `(node, distance to its next sibling)` for the distances a link cannot hold, by node.
    pub far: &'a [(u32, u32)],
    /// The node each first byte leads to (0: none; node 0 is the root itself).
    pub root: &'a [u32],
    /// Bit `n % 64` of word `n / 64`: a pattern ends at node `n`.
    pub ends: &'a [u64],
    /// How many patterns end before each word of `ends`.
    pub ends_before: &'a [u32],
}

#[derive(Debug, Clone)]
pub struct Trie<'a> {
    labels: Cow<'a, [u8]>,
    links: Cow<'a, [u16]>,
    far: Cow<'a, [(u32, u32)]>,
    root: Cow<'a, [u32]>,
    ends: Cow<'a, [u64]>,
    ends_before: Cow<'a, [u32]>,
    patterns: usize,
    /// The nodes of two-byte prefixes, made on the first walk: the second byte is where a walk
    /// meets the most siblings (every letter after a space, say).
    second: OnceLock<Second>,
}

/// For each first byte whose node has children, a row of 256 nodes (0: none) by second byte.
#[derive(Debug, Clone)]
struct Second {
    /// The row of each first byte, plus one (0: none).
    row: [u16; 256],
    nodes: Vec<u32>,
}

impl Second {
    /// The node of the two-byte prefix `first`, `b` (0: none).
    #[inline]
    fn child(&self, first: u8, b: u8) -> usize {
        let row = self.row[usize::from(first)];
        if row == 0 {
            return 0;
        }
        let at = (usize::from(row) - 1) * 256 + usize::from(b);
        self.nodes.get(at).map_or(0, |&n| n as usize)
    }
}

impl Default for Trie<'_> {
    fn default() -> Self {
        Trie {
            labels: Cow::Owned(vec![0]),
            links: Cow::Owned(vec![0]),
            far: Cow::default(),
            root: Cow::Owned(vec![0; 256]),
            ends: Cow::Owned(vec![0]),
            ends_before: Cow::Owned(vec![0]),
            patterns: 0,
            second: OnceLock::new(),
        }
    }
}

impl<'a> Trie<'a> {
    /// A trie from its parts, as [`Trie::parts`] gave them, and its pattern count.
    pub const fn from_parts(parts: Parts<'a>, patterns: usize) -> Self {
        Trie {
            labels: Cow::Borrowed(parts.labels),
            links: Cow::Borrowed(parts.links),
            far: Cow::Borrowed(parts.far),
            root: Cow::Borrowed(parts.root),
            ends: Cow::Borrowed(parts.ends),
            ends_before: Cow::Borrowed(parts.ends_before),
            patterns,
            second: OnceLock::new(),
        }
    }

    /// The trie of `patterns`, which must be sorted and distinct; pattern `i` gets id `i`.
    pub fn build(patterns: &[&[u8]]) -> Result<Trie<'static>, String> {
        if patterns.windows(2).any(|w| w[0] >= w[1]) {
            return Err("trie patterns must be sorted and distinct".into());
        }
        let mut nodes =
            Nodes { labels: vec![0], links: vec![0], far: Vec::new(), ends: Vec::new() };
        let mut root = vec![0u32; 256];
        children(patterns, 0, &mut nodes, &mut root)?;
        Ok(Trie::from_nodes(nodes, root))
    }

    /// The trie of the patterns of `stream` ([`super::stream`]): what [`Trie::build`] gives
    /// for them, in one pass over the stream (building from the decoded patterns took tens of
    /// milliseconds in wasm on first use). A malformed stream (from build.rs, so never) gives
    /// the trie of what it spells up to the fault.
    pub fn from_stream(stream: &[u8]) -> Trie<'static> {
        use super::stream::{CLOSE, END, LEAF};
        let mut nodes =
            Nodes { labels: vec![0], links: vec![0], far: Vec::new(), ends: Vec::new() };
        let mut root = vec![0u32; 256];
        // Per open level, the last node placed there (its next sibling's distance is set
        // when that sibling comes).
        let mut previous: Vec<Option<usize>> = vec![None];
        let mut bytes = stream.iter().copied().peekable();
        while let Some(b) = bytes.next() {
            match b {
                CLOSE => {
                    previous.pop();
                    if previous.is_empty() {
                        break;
                    }
                }
                LEAF | END => break,
                label => {
                    let index = nodes.labels.len();
                    let Ok(id) = u32::try_from(index) else { break };
                    if let Some(prev) = previous.last().copied().flatten() {
                        let distance = index - prev;
                        match u16::try_from(distance) {
                            Ok(d) if d < FAR => {
                                if let Some(link) = nodes.links.get_mut(prev) {
                                    *link |= d << SIBLING_SHIFT;
                                }
                            }
                            _ => {
                                let (Ok(p), Ok(d)) = (u32::try_from(prev), u32::try_from(distance))
                                else {
                                    break;
                                };
                                nodes.far.push((p, d));
                                if let Some(link) = nodes.links.get_mut(prev) {
                                    *link |= FAR << SIBLING_SHIFT;
                                }
                            }
                        }
                    }
                    if previous.len() == 1 {
                        if let Some(slot) = root.get_mut(usize::from(label)) {
                            *slot = id;
                        }
                    }
                    if let Some(last) = previous.last_mut() {
                        *last = Some(index);
                    }
                    nodes.labels.push(label);
                    let mut link = 0;
                    match bytes.peek() {
                        Some(&LEAF) => {
                            bytes.next();
                            link |= TERMINAL;
                        }
                        Some(&END) => {
                            bytes.next();
                            link |= TERMINAL | HAS_CHILD;
                            previous.push(None);
                        }
                        Some(_) => {
                            link |= HAS_CHILD;
                            previous.push(None);
                        }
                        None => {}
                    }
                    if link & TERMINAL != 0 {
                        nodes.ends.push(index);
                    }
                    nodes.links.push(link);
                }
            }
        }
        Trie::from_nodes(nodes, root)
    }

    /// The trie of built arrays: the end bitmap and its counts from the end nodes.
    fn from_nodes(nodes: Nodes, root: Vec<u32>) -> Trie<'static> {
        let mut ends = vec![0u64; nodes.labels.len().div_ceil(64)];
        let mut ends_before = Vec::with_capacity(ends.len());
        for &n in &nodes.ends {
            if let Some(word) = ends.get_mut(n / 64) {
                *word |= 1 << (n % 64);
            }
        }
        let mut count = 0u32;
        for word in &ends {
            ends_before.push(count);
            count += word.count_ones();
        }
        Trie {
            labels: Cow::Owned(nodes.labels),
            links: Cow::Owned(nodes.links),
            far: Cow::Owned(nodes.far),
            root: Cow::Owned(root),
            ends: Cow::Owned(ends),
            ends_before: Cow::Owned(ends_before),
            patterns: nodes.ends.len(),
            second: OnceLock::new(),
        }
    }

    /// The arrays (for build.rs to write out).
    pub fn parts(&self) -> Parts<'_> {
        Parts {
            labels: &self.labels,
            links: &self.links,
            far: &self.far,
            root: &self.root,
            ends: &self.ends,
            ends_before: &self.ends_before,
        }
    }

    pub fn pattern_count(&self) -> usize {
        self.patterns
    }

    /// Calls `found(end, pattern)` for every pattern that `hay[start..end]` spells, shortest
    /// first.
    pub fn walk(&self, hay: &[u8], start: usize, mut found: impl FnMut(usize, usize)) {
        let Some(&first) = hay.get(start) else { return };
        let mut node = self.root.get(usize::from(first)).map_or(0, |&n| n as usize);
        if node == 0 {
            return;
        }
        // The arrays, read once: `second` is a OnceLock, so the compiler may not assume that
        // the trie's fields stay put across `found`.
        let (labels, links): (&[u8], &[u16]) = (&self.labels, &self.links);
        let second = self.second.get_or_init(|| self.make_second());
        let mut at = start;
        loop {
            let Some(&link) = links.get(node) else { return };
            at += 1;
            if link & TERMINAL != 0 {
                if let Some(id) = self.rank(node) {
                    found(at, id);
                }
            }
            if link & HAS_CHILD == 0 {
                return;
            }
            let Some(&b) = hay.get(at) else { return };
            node = if at == start + 1 {
                second.child(first, b)
            } else {
                self.child(labels, links, node + 1, b)
            };
            if node == 0 {
                return;
            }
        }
    }

    /// Whether a pattern starts with `b`.
    #[inline]
    pub fn starts_with(&self, b: u8) -> bool {
        self.root.get(usize::from(b)).is_some_and(|&n| n != 0)
    }

    fn make_second(&self) -> Second {
        let mut second = Second { row: [0; 256], nodes: Vec::new() };
        for (first, &node) in self.root.iter().enumerate() {
            let node = node as usize;
            let has_child = self.links.get(node).is_some_and(|&l| l & HAS_CHILD != 0);
            let Some(slot) = second.row.get_mut(first) else { continue };
            if node == 0 || !has_child {
                continue;
            }
            let start = second.nodes.len();
            second.nodes.resize(start + 256, 0);
            // At most 256 rows, one per first byte.
            *slot = u16::try_from(start / 256 + 1).unwrap_or(0);
            let mut child = node + 1;
            while let (Some(&label), Some(&link)) = (self.labels.get(child), self.links.get(child))
            {
                if let Some(n) = second.nodes.get_mut(start + usize::from(label)) {
                    *n = u32::try_from(child).unwrap_or(0);
                }
                let next = match link >> SIBLING_SHIFT {
                    FAR => self.far_sibling(child),
                    next => usize::from(next),
                };
                if next == 0 {
                    break;
                }
                child += next;
            }
        }
        second
    }

    /// The id of the pattern ending at `node`: how many end before it.
    #[inline]
    fn rank(&self, node: usize) -> Option<usize> {
        let bits = *self.ends.get(node / 64)?;
        let before = *self.ends_before.get(node / 64)?;
        let below = bits & ((1u64 << (node % 64)) - 1);
        Some(before as usize + below.count_ones() as usize)
    }

    /// Among the siblings starting at `first`, the one reached by `b` (0: none). `labels` and
    /// `links` are the trie's.
    #[inline]
    fn child(&self, labels: &[u8], links: &[u16], mut node: usize, b: u8) -> usize {
        while let (Some(&label), Some(&link)) = (labels.get(node), links.get(node)) {
            if label == b {
                return node;
            }
            if label > b {
                return 0;
            }
            let next = match link >> SIBLING_SHIFT {
                FAR => self.far_sibling(node),
                next => usize::from(next),
            };
            if next == 0 {
                return 0;
            }
            node += next;
        }
        0
    }

    #[cold]
    fn far_sibling(&self, node: usize) -> usize {
        let Ok(node) = u32::try_from(node) else { return 0 };
        match self.far.binary_search_by_key(&node, |&(n, _)| n) {
            Ok(i) => self.far.get(i).map_or(0, |&(_, d)| d as usize),
            Err(_) => 0,
        }
    }
}

/// The arrays a trie is built into.
struct Nodes {
    labels: Vec<u8>,
    links: Vec<u16>,
    far: Vec<(u32, u32)>,
    /// The end nodes, ascending.
    ends: Vec<usize>,
}

/// Appends the children of the node spelled by the common `depth`-byte prefix of `patterns`.
fn children(
    patterns: &[&[u8]],
    depth: usize,
    nodes: &mut Nodes,
    root: &mut [u32],
) -> Result<(), String> {
    let mut previous: Option<usize> = None;
    for (label, group) in super::stream::children(patterns, depth) {
        let index = nodes.labels.len();
        let id = u32::try_from(index).map_err(|_| "trie too large".to_string())?;
        if let Some(prev) = previous {
            let distance = index - prev;
            match u16::try_from(distance) {
                Ok(d) if d < FAR => nodes.links[prev] |= d << SIBLING_SHIFT,
                _ => {
                    let far = u32::try_from(distance).map_err(|_| "trie too large".to_string())?;
                    // Nodes are appended in order, so `far` stays sorted by node.
                    nodes.far.push((u32::try_from(prev).unwrap_or(u32::MAX), far));
                    nodes.links[prev] |= FAR << SIBLING_SHIFT;
                }
            }
        }
        if depth == 0 {
            // The root's children are found through the table, not by walking siblings.
            root[usize::from(label)] = id;
        }
        previous = Some(index);
        let mut link = 0;
        if group.first().is_some_and(|p| p.len() == depth + 1) {
            link |= TERMINAL;
            nodes.ends.push(index);
        }
        nodes.labels.push(label);
        nodes.links.push(link);
        if group.iter().any(|p| p.len() > depth + 1) {
            nodes.links[index] |= HAS_CHILD;
            children(group, depth + 1, nodes, root)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(trie: &Trie<'_>, hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for start in 0..hay.len() {
            trie.walk(hay.as_bytes(), start, |end, id| out.push((start, end, id)));
        }
        out
    }

    #[test]
    fn finds_every_occurrence_with_sorted_ids() {
        let patterns: [&[u8]; 5] = [b"a", b"ab", b"abc", b"b", b"bd"];
        let trie = Trie::build(&patterns).expect("sorted");
        assert_eq!(trie.pattern_count(), 5);
        assert_eq!(
            all(&trie, "xabcbd"),
            [(1, 2, 0), (1, 3, 1), (1, 4, 2), (2, 3, 3), (4, 5, 3), (4, 6, 4)]
        );
        let copy = Trie::from_parts(trie.parts(), trie.pattern_count());
        assert_eq!(all(&copy, "abd"), all(&trie, "abd"));
    }

    /// A sibling further than a link holds is found through `far`.
    #[test]
    fn far_siblings() {
        let mut owned: Vec<Vec<u8>> =
            (0..20_000).map(|i| format!("xa{i:06}").into_bytes()).collect();
        owned.push(b"xb".to_vec());
        let patterns: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
        let trie = Trie::build(&patterns).expect("sorted");
        assert!(!trie.parts().far.is_empty());
        assert_eq!(all(&trie, "xb"), [(0, 2, 20_000)]);
        assert_eq!(all(&trie, "xa012345"), [(0, 8, 12_345)]);
    }

    /// The trie of a stream is the trie of its patterns, far siblings included.
    #[test]
    fn from_stream_builds_what_build_does() {
        let mut owned: Vec<Vec<u8>> =
            (0..20_000).map(|i| format!("xa{i:06}").into_bytes()).collect();
        owned.extend([b"xb".to_vec(), b"xbc".to_vec(), "y é".as_bytes().to_vec()]);
        let patterns: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
        let built = Trie::build(&patterns).expect("sorted");
        let streamed = Trie::from_stream(&super::super::stream::encode(&patterns).expect("ok"));
        let (a, b) = (built.parts(), streamed.parts());
        assert!(!a.far.is_empty());
        assert_eq!(
            (a.labels, a.links, a.far, a.root, a.ends, a.ends_before),
            (b.labels, b.links, b.far, b.root, b.ends, b.ends_before)
        );
        assert_eq!(built.pattern_count(), streamed.pattern_count());
        assert!(all(&Trie::from_stream(&[0xFF, b'a', 0xFF, 0xFD]), "a").is_empty());
    }

    #[test]
    fn rejects_unsorted_and_handles_empty() {
        assert!(Trie::build(&[b"b".as_slice(), b"a".as_slice()]).is_err());
        let empty = Trie::default();
        assert!(all(&empty, "abc").is_empty());
        let trie = Trie::build(&["é".as_bytes()]).expect("sorted");
        assert_eq!(all(&trie, "café"), [(3, 5, 0)]);
    }
}
