//! A set of posts' habits: the features of [`super::features`] counted over posts and reduced
//! to what a profile can say (counts out of the posts, typical and habitual-most values).

use std::collections::HashMap;

use serde::Serialize;

use super::features::Features;

/// A tag, an opener or one of the brand's names (as it spells it), and how many posts have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub text: String,
    pub posts: usize,
}

/// What a set of posts does.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Habits {
    pub posts: usize,
    /// Posts addressing the reader as « tu » / « vous » (French only).
    pub tu: usize,
    pub vous: usize,
    /// Posts with an English contraction.
    pub contractions: usize,
    /// Posts speaking as I / we / « on ».
    pub i: usize,
    pub we: usize,
    pub on: usize,
    pub emoji_posts: usize,
    /// Posts that open with an emoji.
    pub emoji_openers: usize,
    /// The 95th percentile of emoji per post: the habitual most.
    pub emoji_most: usize,
    pub exclamation_posts: usize,
    pub exclamation_most: usize,
    /// Median and 95th percentile of sentence length, in words.
    pub sentence_median: usize,
    pub sentence_most: usize,
    /// Median and 90th percentile of post length, in graphemes.
    pub length_median: usize,
    pub length_most: usize,
    /// Tags in at least two posts, most used first.
    pub tags: Vec<Count>,
    pub tag_posts: usize,
    pub link_posts: usize,
    pub mention_posts: usize,
    /// First words used by at least three posts, most used first.
    pub openers: Vec<Count>,
    /// Posts that open with a stock phrase ("Nous sommes fiers de", "We are thrilled to").
    pub stock_openers: usize,
    /// The brand's own names, spelled one way in its posts.
    pub names: Vec<Count>,
}

/// The value at percentile `p` (0 to 100) of `values`, nearest rank; 0 for none.
pub fn percentile(values: &mut [usize], p: usize) -> usize {
    if values.is_empty() {
        return 0;
    }
    // The crate's one sort (`order`): a sort of its own here would compile the standard
    // library's sort again for `usize` (equal values, so the stable order is the same).
    crate::order::sort_by_key(values, |&v| (v, 0));
    let rank = (p * values.len()).div_ceil(100).max(1);
    values.get(rank - 1).copied().unwrap_or(0)
}

/// Counts `key` per post, most posts first, ties in text order; only those in `min` posts.
fn ranked(per_post: HashMap<String, usize>, min: usize) -> Vec<Count> {
    let mut out: Vec<Count> = per_post
        .into_iter()
        .filter(|&(_, n)| n >= min)
        .map(|(text, posts)| Count { text, posts })
        .collect();
    rank(&mut out);
    out
}

/// Most posts first, ties in text order (one sort for every list of counts: each sort of a
/// new type is kilobytes more in the .wasm).
fn rank(counts: &mut [Count]) {
    counts.sort_by(|a, b| b.posts.cmp(&a.posts).then_with(|| a.text.cmp(&b.text)));
}

impl Habits {
    pub fn of(posts: &[&Features]) -> Habits {
        let n = posts.len();
        let count = |f: fn(&Features) -> bool| posts.iter().filter(|p| f(p)).count();
        let mut emoji: Vec<usize> = posts.iter().map(|p| p.emoji).collect();
        let mut bangs: Vec<usize> = posts.iter().map(|p| p.exclamations).collect();
        let mut sentences: Vec<usize> =
            posts.iter().flat_map(|p| p.sentence_words.iter().copied()).collect();
        let mut lengths: Vec<usize> = posts.iter().map(|p| p.graphemes).collect();

        let mut tags: HashMap<String, usize> = HashMap::new();
        let mut openers: HashMap<String, usize> = HashMap::new();
        for p in posts {
            // A tag twice in a post counts once (a linear pass: posts carry few tags).
            let mut seen: Vec<&str> = Vec::new();
            for tag in &p.hashtags {
                if !seen.contains(&tag.as_str()) {
                    seen.push(tag);
                }
            }
            for tag in seen {
                *tags.entry(tag.to_string()).or_default() += 1;
            }
            if !p.opener.is_empty() {
                *openers.entry(p.opener.clone()).or_default() += 1;
            }
        }

        Habits {
            posts: n,
            tu: count(|p| p.tu > 0),
            vous: count(|p| p.vous > 0),
            contractions: count(|p| p.contractions > 0),
            i: count(|p| p.i > 0),
            we: count(|p| p.we > 0),
            on: count(|p| p.on > 0),
            emoji_posts: count(|p| p.emoji > 0),
            emoji_openers: count(|p| p.opens_with_emoji),
            emoji_most: percentile(&mut emoji, 95),
            exclamation_posts: count(|p| p.exclamations > 0),
            exclamation_most: percentile(&mut bangs, 95),
            sentence_median: percentile(&mut sentences, 50),
            sentence_most: percentile(&mut sentences, 95),
            length_median: percentile(&mut lengths, 50),
            length_most: percentile(&mut lengths, 90),
            tags: ranked(tags, 2),
            tag_posts: count(|p| !p.hashtags.is_empty()),
            link_posts: count(|p| p.urls > 0),
            mention_posts: count(|p| p.mentions > 0),
            openers: ranked(openers, 3),
            stock_openers: count(|p| stock_opener(p).is_some()),
            names: names(posts),
        }
    }
}

/// Stock openings of press-release posts, folded: what a brand with a voice of its own never
/// starts with (the `tone/institutional` rule has the full list; these are its commonest).
pub const STOCK_OPENERS: &[&[&str]] = &[
    &["nous", "sommes", "fiers"],
    &["nous", "sommes", "heureux"],
    &["nous", "sommes", "ravis"],
    &["nous", "avons", "le", "plaisir"],
    &["c'est", "avec", "une", "grande", "fierté"],
    &["c'est", "avec", "plaisir"],
    &["we", "are", "proud"],
    &["we're", "proud"],
    &["we", "are", "thrilled"],
    &["we're", "thrilled"],
    &["we", "are", "excited"],
    &["we're", "excited"],
    &["we", "are", "delighted"],
    &["we", "are", "pleased"],
    &["we", "are", "happy", "to", "announce"],
];

/// The stock phrase `p` opens with, if any.
pub fn stock_opener(p: &Features) -> Option<&'static [&'static str]> {
    STOCK_OPENERS.iter().copied().find(|phrase| {
        phrase.len() <= p.keys.len() && phrase.iter().zip(&p.keys).all(|(w, (k, _))| w == k)
    })
}

/// The brand's own names: name-shaped words ([`Features::names`]) in at least 3 posts (and 5%
/// of them), always spelled the same way wherever the word appears, in any case.
fn names(posts: &[&Features]) -> Vec<Count> {
    // Folded key → (spelling → uses), and the posts it is in.
    let mut spellings: HashMap<String, (HashMap<&str, usize>, usize)> = HashMap::new();
    for p in posts {
        let mut keys: Vec<String> = Vec::new();
        for (name, _) in &p.names {
            let key = crate::packs::grammar::key(name);
            let entry = spellings.entry(key.clone()).or_default();
            *entry.0.entry(name.as_str()).or_default() += 1;
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        for key in keys {
            if let Some(entry) = spellings.get_mut(&key) {
                entry.1 += 1;
            }
        }
    }
    let min = 3.max(posts.len().div_ceil(20));
    spellings.retain(|_, (_, in_posts)| *in_posts >= min);
    // Every use of the candidates, name-shaped or not ("briopay" in lower case is another
    // spelling), in one pass over the words.
    let mut uses: HashMap<&str, usize> = spellings.keys().map(|k| (k.as_str(), 0)).collect();
    for p in posts {
        for (k, _) in &p.keys {
            if let Some(n) = uses.get_mut(k.as_str()) {
                *n += 1;
            }
        }
    }
    let mut out: Vec<Count> = Vec::new();
    for (key, (forms, in_posts)) in &spellings {
        let all = uses.get(key.as_str()).copied().unwrap_or(0);
        let Some((&spelling, &n)) = forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        else {
            continue;
        };
        if n * 10 >= all * 9 {
            out.push(Count { text: spelling.to_string(), posts: *in_posts });
        }
    }
    rank(&mut out);
    out.truncate(12);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_openers_are_the_first_words() {
        let with = |words: &[&str]| Features {
            keys: words.iter().map(|w| (w.to_string(), 0..0)).collect(),
            ..Features::default()
        };
        assert!(stock_opener(&with(&["nous", "sommes", "fiers", "de"])).is_some());
        assert!(stock_opener(&with(&["we're", "thrilled"])).is_some());
        assert!(stock_opener(&with(&["hier", "nous", "sommes", "fiers"])).is_none());
        assert!(stock_opener(&with(&["we", "are"])).is_none());
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        assert_eq!(percentile(&mut [], 95), 0);
        assert_eq!(percentile(&mut [3, 1, 2], 50), 2);
        let mut v: Vec<usize> = (1..=20).collect();
        assert_eq!(percentile(&mut v, 95), 19);
        assert_eq!(percentile(&mut v, 100), 20);
    }
}
