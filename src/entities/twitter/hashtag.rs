//! Hashtags: `#` or `＃`, then a run of letters, marks, digits and a few joiners with at least one
//! letter or mark (twitter-text's `validHashtag`).

use std::sync::OnceLock;

use regex::Regex;

use super::cached;
use crate::text::Span;

/// The characters a hashtag is made of. Besides letters, marks and decimal digits, twitter-text
/// allows `_`, ZWNJ and ZWJ (Persian, Indic scripts, emoji-free joins), and a few script-specific
/// punctuation marks used inside words (Hebrew geresh, Japanese middle dot and wave dash, ...).
const TAG_CHARS: &str = r"[\p{L}\p{M}\p{Nd}_\x{200C}\x{200D}\x{A67E}\x{05BE}\x{05F3}\x{05F4}\x{FF5E}\x{301C}\x{309B}\x{309C}\x{30A0}\x{30FB}\x{3003}\x{0F0B}\x{0F0C}\x{B7}]";

fn tag_run() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || format!("^{TAG_CHARS}+"))
}

fn tag_char() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || format!("^{TAG_CHARS}$"))
}

fn letter() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    cached(&RE, || r"[\p{L}\p{M}]".to_owned())
}

pub(super) fn is_hash_sign(c: char) -> bool {
    c == '#' || c == '＃'
}

fn is_tag_char(c: char) -> bool {
    let mut buf = [0u8; 4];
    tag_char().is_some_and(|re| re.is_match(c.encode_utf8(&mut buf)))
}

/// Hashtag spans (sign included) as twitter-text finds them, before removing those inside URLs.
pub fn find(text: &str) -> Vec<Span> {
    let mut tags = Vec::new();
    // Where the previous match ended: twitter-text's regex scans left to right without
    // overlapping, so a hashtag cannot use the tail of the previous match as its boundary.
    let mut last_end = 0;
    for (at, sign) in text.char_indices() {
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
        let Some(run) = tag_run().and_then(|re| re.find(rest)) else {
            continue;
        };
        let body = run.as_str();
        if !letter().is_some_and(|re| re.is_match(body)) {
            continue;
        }
        let end = body_start + run.end();
        last_end = end;
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
