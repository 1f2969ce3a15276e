//! Hashtags: `#` or `＃`, then a run of letters, marks, digits and a few joiners with at least one
//! letter or mark (twitter-text's `validHashtag`).

use crate::entities::chars::{self, DIGIT, LETTER, MARK};
use crate::text::Span;

/// The characters a hashtag is made of. Besides letters, marks and decimal digits, twitter-text
/// allows `_`, ZWNJ and ZWJ (Persian, Indic scripts, emoji-free joins), and a few script-specific
/// punctuation marks used inside words (Hebrew geresh, Japanese middle dot and wave dash, ...).
pub(super) fn is_tag_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    chars::flags(c) & (LETTER | MARK | DIGIT) != 0
        || matches!(
            c,
            '\u{200C}'
                | '\u{200D}'
                | '\u{A67E}'
                | '\u{05BE}'
                | '\u{05F3}'
                | '\u{05F4}'
                | '\u{FF5E}'
                | '\u{301C}'
                | '\u{309B}'
                | '\u{309C}'
                | '\u{30A0}'
                | '\u{30FB}'
                | '\u{3003}'
                | '\u{0F0B}'
                | '\u{0F0C}'
                | '\u{B7}'
        )
}

/// A letter or a mark (`[\p{L}\p{M}]`): a tag needs one, digits alone are not a tag.
fn is_letter(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { chars::flags(c) & (LETTER | MARK) != 0 }
}

pub(super) fn is_hash_sign(c: char) -> bool {
    c == '#' || c == '＃'
}

/// Where the next `#` or `＃` (EF BC 83) may start, from byte `from`.
fn next_sign(bytes: &[u8], from: usize) -> Option<usize> {
    crate::entities::scan::find_either(bytes, from, b'#', 0xEF)
}

/// Hashtag spans (sign included) as twitter-text finds them, before removing those inside URLs.
pub fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut tags = Vec::new();
    // Where the previous match ended: twitter-text's regex scans left to right without
    // overlapping, so a hashtag cannot use the tail of the previous match as its boundary.
    let mut last_end = 0;
    let mut from = 0;
    while let Some(at) = next_sign(bytes, from) {
        from = at + 1;
        let Some(sign) = text.get(at..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if at < last_end || !is_hash_sign(sign) {
            continue;
        }
        let before = text.get(..at).and_then(|b| b.char_indices().next_back());
        let boundary_ok = match before {
            None => true,
            Some((prev_at, prev)) => {
                prev_at >= last_end
                    && (prev == '\u{FE0E}'
                        || prev == '\u{FE0F}'
                        || (prev != '&' && !is_tag_char(prev)))
            }
        };
        if !boundary_ok {
            continue;
        }
        let body_start = at + sign.len_utf8();
        let rest = text.get(body_start..).unwrap_or("");
        // `#️⃣` and `#⃣` are the keycap emoji, not a hashtag.
        if rest.starts_with(['\u{FE0F}', '\u{20E3}']) {
            continue;
        }
        let mut run = 0;
        let mut lettered = false;
        for (i, c) in rest.char_indices() {
            if !is_tag_char(c) {
                break;
            }
            lettered = lettered || is_letter(c);
            run = i + c.len_utf8();
        }
        if run == 0 || !lettered {
            continue;
        }
        let end = body_start + run;
        last_end = end;
        from = end;
        // A hashtag running into another sign or into `://` is not linked (`#a#b`, `#http://`).
        let after = text.get(end..).unwrap_or("");
        if after.starts_with(is_hash_sign) || after.starts_with("://") {
            continue;
        }
        tags.push(at..end);
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn flags_plain_and_full_width_hashtags() {
        assert_eq!(tags("#VivaTech ok ＃日本語"), ["#VivaTech", "＃日本語"]);
    }

    #[test]
    fn does_not_flag_numbers_only_or_glued_tags() {
        assert_eq!(tags("#123 a#b &#39; #a#b #x://"), Vec::<&str>::new());
    }

    #[test]
    fn accepts_marks_joiners_and_rtl_scripts() {
        // Combining acute accent (NFD), ZWNJ in Persian, Hebrew, Arabic.
        assert_eq!(tags("#cafe\u{301}"), ["#cafe\u{301}"]);
        assert_eq!(tags("#می\u{200C}خواهم"), ["#می\u{200C}خواهم"]);
        assert_eq!(tags("שלום #עברית"), ["#עברית"]);
        assert_eq!(tags("#العربية!"), ["#العربية"]);
    }

    #[test]
    fn emoji_stops_a_tag_and_may_precede_one() {
        assert_eq!(tags("#love😀 😀#fun ✌\u{FE0E}#peace"), ["#love", "#fun", "#peace"]);
        // ZWJ is a tag character, so an emoji ZWJ sequence right after a tag is cut at the emoji.
        assert_eq!(tags("#team\u{200D}👍"), ["#team\u{200D}"]);
    }

    #[test]
    fn keycap_is_not_a_hashtag() {
        assert_eq!(tags("#\u{FE0F}\u{20E3} #\u{20E3}"), Vec::<&str>::new());
    }

    #[test]
    fn astral_letters_count() {
        assert_eq!(tags("#\u{20021}"), ["#\u{20021}"]);
    }
}
