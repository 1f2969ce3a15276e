//! "Did you mean …?": the nearest valid name to a misspelt one.

use brio_compile::case::CaseMap as _;

/// Levenshtein distance between `a` and `b`, in chars.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row.get(j + 1).copied().unwrap_or(0);
            let insertion = row.get(j).copied().unwrap_or(0) + 1;
            let deletion = diagonal + 1;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = substitution.min(insertion).min(deletion);
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// The candidate closest to `name`, when it is close enough to be a likely typo: at most a
/// third of the longer name's length in edits (and at least one edit allowed), compared without
/// case.
pub(crate) fn nearest<'c>(
    name: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let lower = name.lower();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&lower, &c.lower()), c))
        .filter(|(d, c)| *d <= (lower.chars().count().max(c.chars().count()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// `` `a`, `b`, `c` `` for messages.
pub(crate) fn list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("adress", "address"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("vouz", "vous"), 1);
        assert_eq!(edit_distance("é", "e"), 1);
    }

    #[test]
    fn suggests_only_close_names() {
        let fields = ["address", "max_emoji", "max_exclamations", "max_sentence_words"];
        assert_eq!(nearest("adress", fields), Some("address"));
        assert_eq!(nearest("max_emojis", fields), Some("max_emoji"));
        assert_eq!(nearest("colour", fields), None);
        assert_eq!(nearest("LinkdIn", ["linkedin", "x"]), Some("linkedin"));
    }
}
