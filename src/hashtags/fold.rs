//! Case and accent folding, so that #Qualité, #qualite and #QUALITÉ are one tag.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of `c` (lower case, accents removed, ligatures spelled out) to `out`.
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        match lower {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => decompose_canonical(lower, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }),
        }
    }
}

/// `s` folded: the key tags are compared by.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// A tag's body without its sigil (`#` or the full-width `＃`).
pub fn strip_sigil(tag: &str) -> &str {
    tag.strip_prefix('#').or_else(|| tag.strip_prefix('＃')).unwrap_or(tag)
}

/// The comparison key of a tag written with or without its sigil.
pub fn key(tag: &str) -> String {
    fold(strip_sigil(tag.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_ligatures() {
        assert_eq!(fold("QualitéDeVie"), "qualitedevie");
        assert_eq!(fold("BienÊtre"), "bienetre");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(key("＃Innovation"), "innovation");
        assert_eq!(key(" #AI "), "ai");
    }
}
