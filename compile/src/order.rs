//! One sort for the whole crate.
//!
//! Every `sort_by_key` on another element type or with another closure instantiates the standard
//! library's sort anew, several kilobytes of wasm each (the `.wasm` has a size budget, see
//! `docs/architecture.md`). Here the standard sort runs on `(Key, index)` pairs only, once for
//! all callers; what stays generic is taking the keys and moving the items into place, a few
//! dozen bytes per caller.
//!
//! The index breaks the last ties, so the order is the stable one, as `sort_by_key` gives.

use std::cmp::Ordering;

/// What items are sorted on first: a pair, compared as a tuple (a second field or 0).
pub type Key = (usize, usize);

/// Sorts `items` stably by `key`.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Key) {
    sort_by_key_then(items, key, |_, _| Ordering::Equal);
}

/// Sorts `items` stably by `key`, then by `tie` among items with the same key (which it alone
/// compares, so that a costly comparison such as one on strings runs only on ties).
pub fn sort_by_key_then<T>(
    items: &mut [T],
    key: impl Fn(&T) -> Key,
    tie: impl Fn(&T, &T) -> Ordering,
) {
    if items.len() < 2 {
        return;
    }
    let mut keyed: Vec<(Key, usize)> = items.iter().map(key).zip(0..).collect();
    let items_tie = |i: usize, j: usize| match (items.get(i), items.get(j)) {
        (Some(a), Some(b)) => tie(a, b),
        _ => Ordering::Equal,
    };
    if sort_keyed(&mut keyed, &items_tie) {
        permute(items, &mut keyed);
    }
}

/// The one instantiation of the standard sort; false when nothing is to move. The index makes
/// every element distinct, so the unstable sort (smaller than the stable one) gives the stable
/// order. Not generic, so that as little as possible is compiled once per caller.
fn sort_keyed(keyed: &mut [(Key, usize)], tie: &dyn Fn(usize, usize) -> Ordering) -> bool {
    // Most callers sort what is nearly always in order already (entities found left to right):
    // strictly rising keys need neither the sort nor the moves.
    if keyed.windows(2).all(|w| matches!(w, [(a, _), (b, _)] if a < b)) {
        return false;
    }
    keyed.sort_unstable_by(|(ka, ia), (kb, ib)| {
        ka.cmp(kb).then_with(|| tie(*ia, *ib)).then(ia.cmp(ib))
    });
    true
}

/// Moves the item at index `order[k].1` to position `k`, following each cycle of the
/// permutation once.
fn permute<T>(items: &mut [T], order: &mut [(Key, usize)]) {
    for start in 0..order.len() {
        let mut at = start;
        // Each step puts the right item at `at` and marks `at` done (pointing at itself).
        while let Some((_, slot)) = order.get_mut(at) {
            let from = std::mem::replace(slot, at);
            if from == at || from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime", "fig", "yuzu"];
        for n in 0..=words.len() {
            let mut ours: Vec<&str> = words.iter().copied().take(n).collect();
            let mut std_sorted = ours.clone();
            sort_by_key(&mut ours, |w| (w.len(), 0));
            std_sorted.sort_by_key(|w| w.len());
            assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn ties_go_to_the_comparison_then_to_the_order_given() {
        let mut items = vec![(2, "b", 0), (1, "z", 1), (2, "a", 2), (1, "z", 3), (0, "q", 4)];
        sort_by_key_then(&mut items, |t| (t.0, 0), |a, b| a.1.cmp(b.1));
        assert_eq!(items, vec![(0, "q", 4), (1, "z", 1), (1, "z", 3), (2, "a", 2), (2, "b", 0)]);
    }

    #[test]
    fn every_permutation_of_five_lands_sorted() {
        // All 120 orders of 0..5, each reached by Heap's algorithm.
        fn heap(k: usize, a: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
            if k == 1 {
                out.push(a.clone());
                return;
            }
            for i in 0..k {
                heap(k - 1, a, out);
                let j = if k % 2 == 0 { i } else { 0 };
                a.swap(j, k - 1);
            }
        }
        let mut all = Vec::new();
        heap(5, &mut (0..5).collect(), &mut all);
        assert_eq!(all.len(), 120);
        for mut p in all {
            sort_by_key(&mut p, |&x| (x, 0));
            assert_eq!(p, vec![0, 1, 2, 3, 4]);
        }
    }
}
