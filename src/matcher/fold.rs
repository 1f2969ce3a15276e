//! Folding: the text as the matcher sees it (lower case, one kind of apostrophe and hyphen, runs
//! of white space as one space, accents optionally stripped), with a map back to the original.
//!
//! Patterns are folded with the same function, so that "L’Écosystème" in a post and
//! "l'ecosysteme" in a pack meet in the middle. Every folded byte remembers the original char it
//! came from, so a match maps back to exact original byte offsets.

/// A folded copy of a text and, per folded byte, the original char's byte range.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the start of the original char that produced it.
    starts: Vec<u32>,
    /// For each byte of `text`, the end of the original char(s) that produced it.
    ends: Vec<u32>,
}

impl Folded {
    /// The original byte range of the folded range `start..end` (end exclusive).
    pub fn original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let s = *self.starts.get(start)?;
        let e = *self.ends.get(end.checked_sub(1)?)?;
        Some((s as usize, e as usize))
    }
}

/// How far to fold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accents {
    /// "é" stays "é" (only case, apostrophes, hyphens and spaces are folded).
    Keep,
    /// "é" becomes "e", "œ" becomes "oe".
    Strip,
}

/// Folds `text`, recording where each folded byte came from.
pub fn fold(text: &str, accents: Accents) -> Folded {
    fold_tracked(text, accents, true)
}

/// Folds `text`; the offset map is filled only when `track` is set (patterns and comparisons
/// need the folded text alone, and building the map was most of the cost of a Checker).
fn fold_tracked(text: &str, accents: Accents, track: bool) -> Folded {
    let capacity = if track { text.len() } else { 0 };
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(capacity),
        ends: Vec::with_capacity(capacity),
    };
    // Offsets are u32: a post longer than 4 GB cannot reach us (wasm32 memory), and natively we
    // stop folding there rather than wrap.
    if u32::try_from(text.len()).is_err() {
        return out;
    }
    let mut buf = [0u8; 4];
    for (at, ch) in text.char_indices() {
        let start = at as u32;
        let end = (at + ch.len_utf8()) as u32;
        // Most of a post: ASCII letters and digits, which fold to themselves in lower case.
        if ch.is_ascii_alphanumeric() {
            let lower = ch.to_ascii_lowercase();
            push(&mut out, lower.encode_utf8(&mut buf), start, end, track);
            continue;
        }
        match classify(ch, accents) {
            Fold::Drop => {
                // A combining mark: the previous folded char now ends after it, so that a
                // match never ends between a letter and its accent.
                if let Some(last) = out.ends.last_mut() {
                    *last = end;
                }
            }
            Fold::Space => {
                if out.text.ends_with(' ') {
                    if let Some(last) = out.ends.last_mut() {
                        *last = end;
                    }
                } else {
                    push(&mut out, " ", start, end, track);
                }
            }
            Fold::Str(s) => push(&mut out, s, start, end, track),
            Fold::Lower => {
                for lower in ch.to_lowercase() {
                    push(&mut out, lower.encode_utf8(&mut buf), start, end, track);
                }
            }
        }
    }
    out
}

/// Folds `text` without keeping the offset map (for patterns and comparisons).
pub fn fold_str(text: &str, accents: Accents) -> String {
    let folded = fold_tracked(text, accents, false).text;
    let trimmed = folded.trim();
    if trimmed.len() == folded.len() { folded } else { trimmed.to_string() }
}

fn push(out: &mut Folded, s: &str, start: u32, end: u32, track: bool) {
    out.text.push_str(s);
    if track {
        for _ in 0..s.len() {
            out.starts.push(start);
            out.ends.push(end);
        }
    }
}

enum Fold {
    Drop,
    Space,
    Str(&'static str),
    Lower,
}

fn classify(ch: char, accents: Accents) -> Fold {
    match ch {
        '\'' | '’' | '‘' | 'ʼ' | '′' | '`' => return Fold::Str("'"),
        '-' | '\u{2010}' | '\u{2011}' => return Fold::Str("-"),
        c if c.is_whitespace() => return Fold::Space,
        // Invisible joiners and soft hyphens never separate words.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
            return Fold::Drop;
        }
        _ => {}
    }
    if accents == Accents::Keep {
        return Fold::Lower;
    }
    match ch {
        '\u{0300}'..='\u{036F}' => Fold::Drop,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            Fold::Str("a")
        }
        'ç' | 'Ç' => Fold::Str("c"),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => Fold::Str("e"),
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => Fold::Str("i"),
        'ñ' | 'Ñ' => Fold::Str("n"),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => Fold::Str("o"),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => Fold::Str("u"),
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => Fold::Str("y"),
        'œ' | 'Œ' => Fold::Str("oe"),
        'æ' | 'Æ' => Fold::Str("ae"),
        _ => Fold::Lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_apostrophes_and_spaces() {
        let f = fold("L’Écosystème  Œuvre\u{a0}x", Accents::Strip);
        assert_eq!(f.text, "l'ecosysteme oeuvre x");
        let f = fold("L’Écosystème", Accents::Keep);
        assert_eq!(f.text, "l'écosystème");
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let text = "Un Écosystème  unique";
        let f = fold(text, Accents::Strip);
        let at = f.text.find("ecosysteme unique").expect("found");
        let (s, e) = f.original(at, at + "ecosysteme unique".len()).expect("mapped");
        assert_eq!(&text[s..e], "Écosystème  unique");
    }

    #[test]
    fn combining_accents_stay_inside_the_match() {
        let text = "cafe\u{301} noir";
        let f = fold(text, Accents::Strip);
        assert_eq!(f.text, "cafe noir");
        let (s, e) = f.original(0, 4).expect("mapped");
        assert_eq!(&text[s..e], "cafe\u{301}");
    }

    #[test]
    fn expanding_lowercase_keeps_the_map_aligned() {
        // 'İ' lowercases to two chars.
        let text = "İstanbul";
        let f = fold(text, Accents::Keep);
        let (s, e) = f.original(0, f.text.len()).expect("mapped");
        assert_eq!((s, e), (0, text.len()));
    }
}
