//! typo/: typography (French no-break spaces and guillemets, double spaces, English spacing).
//!
//! The helpers here decide what is prose and what is not: URLs, times (10:30), scores (1:0),
//! smileys (:-) ;) :D) and emoji shortcodes (:rocket:) are left alone.

pub mod double_space;
pub mod en_space_before_punct;
pub mod fr_nbsp;
pub mod fr_quotes;

use super::Context;
use super::marks::MarkSet;

/// U+00A0 no-break space.
pub(crate) const NBSP: char = '\u{a0}';
/// U+202F narrow no-break space.
pub(crate) const NNBSP: char = '\u{202f}';

/// Spaces that keep the words on either side on one line.
pub(crate) fn is_no_break(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}' | '\u{feff}')
}

/// White space within a line (not a line break).
pub(crate) fn is_inline_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{b}' | '\u{c}')
}

/// [`is_inline_space`]'s chars, for the rules that look for runs of them.
pub(crate) static INLINE_SPACES: MarkSet = MarkSet::spaces(
    "\t \u{85}\u{a0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}\u{2008}\u{2009}\u{200a}\u{202f}\u{205f}\u{3000}",
);

/// The char before byte `i`.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The char at byte `i`.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Where the run of in-line white space ending at `i` starts.
pub(crate) fn space_run_start(text: &str, i: usize) -> usize {
    let before = text.get(..i).unwrap_or("");
    let trimmed = before.trim_end_matches(is_inline_space);
    trimmed.len()
}

/// Where the run of in-line white space starting at `i` ends.
pub(crate) fn space_run_end(text: &str, i: usize) -> usize {
    let after = text.get(i..).unwrap_or("");
    i + (after.len() - after.trim_start_matches(is_inline_space).len())
}

/// What may follow a punctuation mark in prose: nothing, a space, closing punctuation, or an
/// emoji ("Bravo!🎉"). Anything else (a letter, a digit, a slash) means the mark is part of a
/// token such as a URL, a time or a smiley.
pub(crate) fn ends_prose(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => c.is_whitespace() || "»”\"'’)]}.,…".contains(c) || is_pictograph(c),
    }
}

/// Emoji and pictographs (the blocks emoji live in), which posts put right after a mark.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

/// How far the token checks look on either side; bounds the work on a long unbroken paste.
const TOKEN_SCAN: usize = 256;

/// Whether byte `i` is inside a URL: one the platform links, or a token that looks like one
/// (the extractor may not link it on this platform, and a URL's punctuation is never prose).
pub(crate) fn in_url(cx: &Context<'_>, i: usize) -> bool {
    cx.url_spans.contains(i) || looks_like_url(cx.text(), i)
}

/// Whether the token (a run of chars that are not white space, up to [`TOKEN_SCAN`] bytes
/// before `i` and twice that from its start) around byte `i` looks like a URL. Read byte by
/// byte where the text is ASCII (most of it), char by char elsewhere.
fn looks_like_url(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let mut start = i;
    while start > 0 && i - start < TOKEN_SCAN {
        let width = match bytes.get(start - 1) {
            Some(&b) if b.is_ascii() => usize::from(!b.is_ascii_whitespace() && b != 0x0B),
            _ => match char_before(text, start) {
                Some(c) if !c.is_whitespace() => c.len_utf8(),
                _ => 0,
            },
        };
        if width == 0 {
            break;
        }
        start -= width;
    }
    let token = text.get(start..).unwrap_or("");
    let mut end = 0;
    while let Some(&b) = token.as_bytes().get(end) {
        let width = if b.is_ascii() {
            usize::from(!b.is_ascii_whitespace() && b != 0x0B)
        } else {
            match char_at(token, end) {
                Some(c) if !c.is_whitespace() => c.len_utf8(),
                _ => 0,
            }
        };
        if width == 0 {
            break;
        }
        end += width;
    }
    let token = token.get(..end).unwrap_or("");
    let token = token.get(..token.len().min(TOKEN_SCAN * 2)).unwrap_or(token);
    // A window search: `str::contains` sets up a searcher that costs more than these short
    // tokens take to scan.
    token.as_bytes().windows(3).any(|w| w == b"://")
        || token.starts_with("www.")
        || token.starts_with("mailto:")
}

/// Whether the colon at `i` opens or closes an emoji shortcode such as `:rocket:` or `:+1:`.
pub(crate) fn in_shortcode(text: &str, i: usize) -> bool {
    let is_code = |c: char| c.is_ascii_alphanumeric() || "_+-".contains(c);
    let before = text.get(..i).unwrap_or("");
    let name: String = before.chars().rev().take_while(|c| is_code(*c)).take(40).collect();
    if !name.is_empty() {
        let start = i - name.len();
        if char_before(text, start) == Some(':') {
            return true;
        }
    }
    let after = text.get(i + 1..).unwrap_or("");
    let name_len = after.chars().take_while(|c| is_code(*c)).take(40).count();
    name_len > 0 && after.get(name_len..).is_some_and(|rest| rest.starts_with(':'))
}

/// Whether the `:` or `;` at `i` starts a smiley: `:)`, `;-)`, `:(`, `:]`.
pub(crate) fn starts_smiley(text: &str, i: usize) -> bool {
    let after = text.get(i + 1..).unwrap_or("");
    let after = after.strip_prefix(['-', '\'', 'o', '^']).unwrap_or(after);
    after.starts_with([')', '(', ']', '[', '|', '/', '\\', '*'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcodes_and_smileys() {
        let t = "Go :rocket: now :)";
        assert!(in_shortcode(t, 3));
        assert!(in_shortcode(t, 10));
        assert!(!in_shortcode("Note: rien", 4));
        assert!(starts_smiley(t, 16));
        assert!(starts_smiley(";-)", 0));
        assert!(!starts_smiley(": oui", 0));
    }

    #[test]
    fn inline_spaces_are_the_inline_white_space() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(INLINE_SPACES.contains(c), is_inline_space(c), "U+{:04X}", c as u32);
        }
    }

    /// [`looks_like_url`] as it was, char by char.
    fn looks_like_url_by_chars(text: &str, i: usize) -> bool {
        let mut start = i;
        while start > 0 && i - start < TOKEN_SCAN {
            match char_before(text, start) {
                Some(c) if !c.is_whitespace() => start -= c.len_utf8(),
                _ => break,
            }
        }
        let token = text.get(start..).unwrap_or("");
        let token = token.split(char::is_whitespace).next().unwrap_or("");
        let token = token.get(..token.len().min(TOKEN_SCAN * 2)).unwrap_or(token);
        token.contains("://") || token.starts_with("www.") || token.starts_with("mailto:")
    }

    proptest::proptest! {
        #[test]
        fn urls_look_as_they_did(
            text in "([a:/.w \t\n\u{b}\u{c}\r\u{a0}\u{85}\u{2009}é]|https://|www\\.|mailto:){0,12}|\\PC{0,12}",
            at in 0usize..40,
        ) {
            if at <= text.len() && text.is_char_boundary(at) {
                proptest::prop_assert_eq!(looks_like_url(&text, at), looks_like_url_by_chars(&text, at));
            }
        }
    }

    #[test]
    fn long_tokens_are_cut_as_they_were() {
        let long = format!("{}://{}", "a".repeat(300), "b".repeat(600));
        let long_accented = format!("{}://{} x", "é".repeat(200), "é".repeat(400));
        for text in [&long, &long_accented] {
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)).step_by(7) {
                assert_eq!(looks_like_url(text, at), looks_like_url_by_chars(text, at), "{at}");
            }
        }
    }

    #[test]
    fn space_runs() {
        let t = "a \u{a0} b";
        assert_eq!(space_run_start(t, 5), 1);
        assert_eq!(space_run_end(t, 1), 5);
    }
}
