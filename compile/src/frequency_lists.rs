//! The hashtag word lists encoded for build.rs: `words-*.txt` (the library's
//! `src/hashtags/data`) as the two byte streams that the library's `hashtags/frequency.rs`
//! embeds and describes: a trie's shape, one byte per node, and
//! the words' costs, half a byte per word.
//!
//! Why not an FST: an FST is already a compressed form, so the gzip that serves the `.wasm`
//! could not shrink it; these streams are plainly laid out and gzip to about half its size.

use std::fs;
use std::path::Path;

/// Bits of a shape byte (the letter is bits 0–4, `a` = 1).
const HAS_CHILD: u8 = 1 << 5;
const HAS_SIBLING: u8 = 1 << 6;
const ENDS_WORD: u8 = 1 << 7;

/// Writes `frequency.bin`, the streams of [`encode`], and `frequency.rs`, their lengths and
/// their checksum: what a build that leaves the lists out checks the bytes it is given against
/// (`pkg/words.bin`, the library's `hashtags::words::install`).
pub fn write(data: &Path, out_dir: &Path) {
    let (bytes, lens) = encode(data);
    let sum = crate::checksum::fnv1a(&bytes);
    fs::write(out_dir.join("frequency.bin"), &bytes).expect("write frequency.bin");
    let rust = format!(
        "/// Lengths in `frequency.bin`: en shape, fr shape, en costs, fr costs.\n\
         const LENS: [usize; 4] = {lens:?};\n\
         /// FNV-1a (64 bits) of `frequency.bin`.\n\
         const CHECKSUM: u64 = {sum:#018x};\n"
    );
    fs::write(out_dir.join("frequency.rs"), rust).expect("write frequency.rs");
}

/// The lists of `data` (`words-en.txt`, `words-fr.txt`) as their streams end to end (English
/// then French shape, English then French costs: like with like, which gzips smaller than each
/// list's streams together), and the four streams' lengths.
pub fn encode(data: &Path) -> (Vec<u8>, [usize; 4]) {
    let mut shapes = Vec::new();
    let mut costs = Vec::new();
    for lang in ["en", "fr"] {
        let path = data.join(format!("words-{lang}.txt"));
        let src = path.display().to_string();
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{src}: {e}"));
        let mut entries: Vec<(Vec<u8>, u8)> = text
            .lines()
            .filter(|l| !l.is_empty())
            .map(|line| {
                let (word, cost) = line.split_once('\t').unwrap_or_else(|| panic!("{src}: {line}"));
                assert!(
                    (1..32).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_lowercase()),
                    "{src}: {line}: words are folded to a-z, and shorter than the run-time stack"
                );
                let dict = cost.ends_with('*');
                let cost: u8 = cost
                    .trim_end_matches('*')
                    .parse()
                    .unwrap_or_else(|e| panic!("{src}: {line}: {e}"));
                // Low bit: in a dictionary of common words (not a proper noun).
                let value = cost.checked_mul(2).map(|c| c + u8::from(dict));
                (word.as_bytes().to_vec(), value.unwrap_or_else(|| panic!("{src}: {line}: cost")))
            })
            .collect();
        entries.sort();
        entries.dedup_by(|a, b| a.0 == b.0);
        let mut shape = Vec::new();
        let mut values = Vec::new();
        nodes(&entries, 0, &mut shape, &mut values);
        check_skips(&shape, &src);
        costs.push(pack_costs(&values, &src));
        shapes.push(shape);
    }
    let mut lens = [0; 4];
    for (len, stream) in lens.iter_mut().zip(shapes.iter().chain(&costs)) {
        *len = stream.len();
    }
    ([shapes, costs].concat().concat(), lens)
}

/// Appends, depth first, the nodes under the common `depth`-byte prefix of `entries` (sorted
/// and distinct): siblings in byte order, each followed by its subtree. A word's cost is
/// written when its last node is, so costs come in the words' sorted order.
fn nodes(entries: &[(Vec<u8>, u8)], depth: usize, shape: &mut Vec<u8>, costs: &mut Vec<u8>) {
    let mut rest = entries;
    while let Some((head, _)) = rest.split_first() {
        let Some(&label) = head.0.get(depth) else {
            // The prefix itself: a word that ends at the parent's node.
            rest = &rest[1..];
            continue;
        };
        let len = rest.iter().take_while(|e| e.0.get(depth) == Some(&label)).count();
        let (group, tail) = rest.split_at(len);
        rest = tail;
        let mut byte = label - b'a' + 1;
        if !rest.is_empty() {
            byte |= HAS_SIBLING;
        }
        if head.0.len() == depth + 1 {
            byte |= ENDS_WORD;
            costs.push(head.1);
        }
        if group.iter().any(|e| e.0.len() > depth + 1) {
            byte |= HAS_CHILD;
        }
        shape.push(byte);
        nodes(group, depth + 1, shape, costs);
    }
}

/// The values as the run time reads them: the 16 distinct values, most frequent first, then
/// each word's index among them, two words a byte (the first in the low half). Why: about 15
/// values, two of them most of the words, so a byte each left gzip matching short runs of
/// near-random bytes, which costs more than coding nibbles.
fn pack_costs(values: &[u8], src: &str) -> Vec<u8> {
    let mut counts = [0usize; 256];
    for &v in values {
        counts[usize::from(v)] += 1;
    }
    let mut table: Vec<u8> = (0..=255).filter(|&v| counts[usize::from(v)] > 0).collect();
    assert!(table.len() <= 16, "{src}: at most 16 distinct costs");
    table.sort_by_key(|&v| std::cmp::Reverse(counts[usize::from(v)]));
    let code = |v: u8| table.iter().position(|&t| t == v).map_or(0, |i| i as u8);
    let mut out = table.clone();
    out.resize(16, 0);
    for pair in values.chunks(2) {
        let high = pair.get(1).map_or(0, |&v| code(v));
        out.push(code(pair[0]) | high << 4);
    }
    out
}

/// Every skip the run time computes (a subtree's size and how many words end in it, for the
/// nodes with children and a next sibling) fits its 18 and 14 bits.
fn check_skips(shape: &[u8], src: &str) {
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut rank = 0;
    for (i, &b) in shape.iter().enumerate() {
        if b & HAS_CHILD != 0 && b & HAS_SIBLING != 0 {
            open.push((i, rank));
        } else if b & (HAS_CHILD | HAS_SIBLING) == 0 {
            assert!(b & ENDS_WORD != 0, "{src}: a leaf ends a word");
            if let Some((start, start_rank)) = open.pop() {
                assert!(i + 1 - start < 1 << 18, "{src}: a subtree too large for the trie");
                assert!(rank + 1 - start_rank < 1 << 14, "{src}: a subtree with too many words");
            }
        }
        rank += usize::from(b & ENDS_WORD != 0);
    }
}
