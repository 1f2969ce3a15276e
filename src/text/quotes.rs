//! Where a post quotes someone: text between quotation marks, and sentences of reported speech
//! ("the minister said…", « selon le maire, … »).
//!
//! The tone rules leave these words alone: they are someone else's, or a phrase the post
//! holds up at arm's length (« “nous sommes fiers d'annoncer”, disent-ils tous »), and a brand
//! does not rewrite a quote. Finding a quote is cheap and certain only for paired marks; an
//! unpaired mark quotes nothing, so that a stray `"` never silences a whole post.

use crate::entities::scan;
use crate::text::Span;

/// The longest quotation considered, in bytes: a mark left open is paired with one that
/// closes a later, unrelated quote only across more than this.
const MAX_QUOTE: usize = 600;

/// The spans of quoted text, marks included, in text order and disjoint: « … », “ … ”, „ … “,
/// " … " (straight marks paired in order), and ‘ … ’ where the opening mark starts a word
/// and the closing one ends it (an apostrophe inside a word is not a quote).
pub fn quoted_spans(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Every quotation mark is `"` or starts with byte 0xC2 (« ») or 0xE2 (“ ” „ ‘ ’): the
    // rest of the text is passed over eight bytes at a time, without decoding it.
    let bytes = text.as_bytes();
    let mut from = 0;
    let marks = std::iter::from_fn(|| {
        let at = scan::find(bytes, from, may_hold_mark, |b| matches!(b, b'"' | 0xC2 | 0xE2))?;
        from = at + 1;
        Some(at)
    });
    // Whether a blank line lies between the open mark and the one being read: a quotation
    // does not run over a paragraph break, so that what a paragraph quotes is decided by the
    // paragraph alone (an incremental check re-reads only the paragraphs an edit touched).
    let mut crossed = false;
    let mut read = 0;
    for at in marks {
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { continue };
        if !matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '‘' | '’') {
            continue;
        }
        // Read only while a mark is open: a mark that opens starts with nothing crossed.
        crossed |= open.is_some()
            && text
                .get(read..at)
                .is_some_and(|gap| super::first_blank_line(gap.as_bytes()).is_some());
        read = at + c.len_utf8();
        let prev = text.get(..at).and_then(|before| before.chars().next_back());
        let next = text.get(at + c.len_utf8()..).and_then(|after| after.chars().next());
        match open {
            Some(_) if crossed => {
                open = opens(c, prev, next).then_some((at, c));
            }
            Some((start, opener)) if closes(opener, c, next) => {
                out.push(start..at + c.len_utf8());
                open = None;
            }
            Some((start, _)) if at - start > MAX_QUOTE => {
                open = opens(c, prev, next).then_some((at, c));
            }
            Some(_) => {}
            None => {
                if opens(c, prev, next) {
                    open = Some((at, c));
                }
            }
        }
        if open.is_some_and(|(start, _)| start == at) {
            crossed = false;
        }
    }
    out
}

/// Whether some byte of `chunk` (eight bytes of the text) may start a quotation mark.
fn may_hold_mark(chunk: u64) -> bool {
    scan::holds(chunk, b'"') || scan::holds(chunk, 0xC2) || scan::holds(chunk, 0xE2)
}

fn opens(c: char, prev: Option<char>, next: Option<char>) -> bool {
    match c {
        '«' | '“' | '„' | '"' => true,
        '‘' => {
            prev.is_none_or(|p| !p.is_alphanumeric()) && next.is_some_and(char::is_alphanumeric)
        }
        _ => false,
    }
}

fn closes(opener: char, c: char, next: Option<char>) -> bool {
    match opener {
        '«' => c == '»',
        '“' => c == '”',
        '„' => c == '“' || c == '”',
        '"' => c == '"',
        '‘' => c == '’' && next.is_none_or(|n| !n.is_alphanumeric()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quoted_spans(text).into_iter().filter_map(|s| text.get(s)).collect()
    }

    #[test]
    fn a_quotation_does_not_run_over_a_blank_line() {
        assert!(quoted_spans("« ouvert\n\nfermé »").is_empty());
        assert_eq!(quoted_spans("« un\ndeux »"), vec![0..13]);
        assert_eq!(quoted_spans("\"open\n\n\"closed\" here"), vec![7..15]);
    }

    #[test]
    fn finds_paired_marks_of_both_languages() {
        assert_eq!(
            quoted("Le ministre : « une synergie inédite ». Et “leverage” aussi."),
            ["« une synergie inédite »", "“leverage”"]
        );
        assert_eq!(
            quoted(r#"She said "we leverage AI" and "synergy"."#),
            [r#""we leverage AI""#, r#""synergy""#]
        );
        assert_eq!(quoted("They call it ‘best-in-class’, we don’t."), ["‘best-in-class’"]);
    }

    #[test]
    fn an_unpaired_mark_quotes_nothing() {
        assert!(quoted("Le 12\" écran et nos synergies.").is_empty());
        assert!(quoted("« Ouvert. Nos synergies partout.").is_empty());
        assert!(quoted("We’re open, it’s Bob’s shop.").is_empty());
    }

    /// [`quoted_spans`] as it was, reading every gap between two marks for a blank line.
    fn reference(text: &str) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        let mut open: Option<(usize, char)> = None;
        let mut crossed = false;
        let mut read = 0;
        for (at, c) in text.char_indices() {
            if !matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '‘' | '’') {
                continue;
            }
            crossed |= text[read..at].contains("\n\n");
            read = at + c.len_utf8();
            let prev = text[..at].chars().next_back();
            let next = text[at + c.len_utf8()..].chars().next();
            match open {
                Some(_) if crossed => open = opens(c, prev, next).then_some((at, c)),
                Some((start, opener)) if closes(opener, c, next) => {
                    out.push(start..at + c.len_utf8());
                    open = None;
                }
                Some((start, _)) if at - start > MAX_QUOTE => {
                    open = opens(c, prev, next).then_some((at, c));
                }
                Some(_) => {}
                None if opens(c, prev, next) => open = Some((at, c)),
                None => {}
            }
            if open.is_some_and(|(start, _)| start == at) {
                crossed = false;
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_reading_every_gap(text in "[a \n\"«»“”„‘’é]{0,60}") {
            proptest::prop_assert_eq!(quoted_spans(&text), reference(&text));
        }
    }

    #[test]
    fn a_mark_left_open_does_not_reach_a_far_quote() {
        let text = format!("« début {} « citation »", "mot ".repeat(200));
        assert_eq!(quoted(&text), ["« citation »"]);
    }
}
