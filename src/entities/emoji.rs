//! Emoji sequences, one span per emoji as it is displayed (and as X weighs it: 2).
//!
//! twitter-text weighs emoji with twemoji-parser, which matches: any emoji character alone,
//! keycaps (`1⃣`, `1️⃣`), flags (a pair of regional indicators, or one alone), skin-tone
//! sequences, tag sequences (🏴󠁧󠁢󠁳󠁣󠁴󠁿) and ZWJ sequences (👨‍👩‍👧). It does not match the
//! text-style ©, ® and ™ unless U+FE0F asks for the emoji style, nor digits, `#` and `*` outside
//! a keycap, nor a character followed by U+FE0E (text style). This follows the same rules from
//! the Unicode emoji properties rather than twemoji's frozen list, so emoji newer than
//! twemoji-parser 11 (🫠, 🧑‍🤝‍🧑) are whole emoji too.

use unicode_properties::{EmojiStatus, UnicodeEmoji};

use super::scan;
use crate::text::Span;

const VS15: char = '\u{FE0E}';
const VS16: char = '\u{FE0F}';
const ZWJ: char = '\u{200D}';
const KEYCAP: char = '\u{20E3}';
const CANCEL_TAG: char = '\u{E007F}';

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

fn is_modifier(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

fn is_tag(c: char) -> bool {
    matches!(c, '\u{E0020}'..='\u{E007E}')
}

fn is_keycap_base(c: char) -> bool {
    c.is_ascii_digit() || c == '#' || c == '*'
}

/// Emoji that twemoji shows as text unless followed by U+FE0F.
fn needs_vs16(c: char) -> bool {
    matches!(c, '\u{A9}' | '\u{AE}' | '\u{2122}')
}

fn is_emoji(c: char) -> bool {
    !matches!(c.emoji_status(), EmojiStatus::NonEmoji | EmojiStatus::NonEmojiButEmojiComponent)
}

fn is_emoji_presentation(c: char) -> bool {
    matches!(
        c.emoji_status(),
        EmojiStatus::EmojiPresentation
            | EmojiStatus::EmojiPresentationAndModifierBase
            | EmojiStatus::EmojiPresentationAndEmojiComponent
            | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
    )
}

/// A cursor over the chars of the text with their byte offsets.
struct Cursor<'t> {
    chars: std::iter::Peekable<std::str::CharIndices<'t>>,
    len: usize,
}

impl Cursor<'_> {
    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn eat(&mut self, want: impl Fn(char) -> bool) -> bool {
        self.chars.next_if(|&(_, c)| want(c)).is_some()
    }

    fn pos(&mut self) -> usize {
        self.chars.peek().map_or(self.len, |&(i, _)| i)
    }

    /// VS16, a skin tone or tags that extend the emoji `base` just read. As in twemoji, VS16
    /// belongs to the emoji only after a text-style character (`❤️`); after an emoji-style one
    /// (`😀`) or a skin tone it is a character of its own, which X weighs 2 apart.
    fn extend(&mut self, base: char) {
        if !is_emoji_presentation(base) {
            self.eat(|c| c == VS16);
        }
        self.eat(is_modifier);
        if self.eat(is_tag) {
            while self.eat(is_tag) {}
            self.eat(|c| c == CANCEL_TAG);
        }
    }
}

/// Whether `c` cannot start an emoji, answered without the emoji table for the characters most
/// text is made of: below U+203C (‼), only ©, ®, digits, `#` and `*` can.
fn surely_not_emoji(c: char) -> bool {
    u32::from(c) < 0x203C && !is_keycap_base(c) && !needs_vs16(c)
}

/// Reads one emoji element starting with `first` (already consumed); `false` if it is not one.
fn element(first: char, cur: &mut Cursor<'_>) -> bool {
    if surely_not_emoji(first) {
        return false;
    }
    if is_regional_indicator(first) {
        cur.eat(is_regional_indicator);
        return true;
    }
    if is_keycap_base(first) {
        let mut ahead = cur.chars.clone();
        if ahead.next_if(|&(_, c)| c == VS16).is_some() {
            if ahead.next_if(|&(_, c)| c == KEYCAP).is_some() {
                cur.chars = ahead;
                return true;
            }
            return false;
        }
        return cur.eat(|c| c == KEYCAP);
    }
    if !is_emoji(first) || cur.peek() == Some(VS15) {
        return false;
    }
    if needs_vs16(first) && cur.peek() != Some(VS16) {
        return false;
    }
    cur.extend(first);
    true
}

/// Spans of the emoji in `text`, ZWJ sequences, flags, keycaps and modifier sequences whole.
pub fn find(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    // Only the bytes that may start an emoji are looked at: ASCII digits, `#` and `*` (keycaps),
    // the lead byte of U+0080-U+00BF (©, ®) and those of U+2000 and up. Each is a char boundary.
    let may_start = |b: u8| b.is_ascii_digit() || matches!(b, b'#' | b'*' | 0xC2 | 0xE2..);
    let chunk_may_start = |x: u64| {
        scan::holds_non_ascii(x)
            || scan::holds_ascii_range(x, b'0', b'9')
            || scan::holds(x, b'#')
            || scan::holds(x, b'*')
    };
    while let Some(start) = scan::find(bytes, from, chunk_may_start, may_start) {
        let Some(rest) = text.get(start..) else { break };
        let mut cur = Cursor { chars: rest.char_indices().peekable(), len: rest.len() };
        let Some((_, c)) = cur.chars.next() else { break };
        from = start + c.len_utf8();
        if !element(c, &mut cur) {
            continue;
        }
        // Join `ZWJ emoji` links while the next element is an emoji too.
        loop {
            let mut ahead = cur.chars.clone();
            if ahead.next_if(|&(_, c)| c == ZWJ).is_none() {
                break;
            }
            let Some((_, next)) = ahead.next() else { break };
            let mut probe = Cursor { chars: ahead, len: cur.len };
            if is_keycap_base(next) || !element(next, &mut probe) {
                break;
            }
            cur.chars = probe.chars;
        }
        from = start + cur.pos();
        found.push(start..from);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emoji(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn sequences_are_one_emoji() {
        let text = "👨‍👩‍👧‍👦 🇫🇷 1️⃣ #⃣ 👍🏽 🏴󠁧󠁢󠁥󠁮󠁧󠁿 🏳️‍🌈 🧑‍🤝‍🧑 👨🏽‍💻";
        assert_eq!(emoji(text), ["👨‍👩‍👧‍👦", "🇫🇷", "1️⃣", "#⃣", "👍🏽", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "🏳️‍🌈", "🧑‍🤝‍🧑", "👨🏽‍💻"]);
    }

    #[test]
    fn text_style_symbols_need_vs16() {
        assert_eq!(emoji("© ® ™ ©️ ™️"), ["©️", "™️"]);
        assert_eq!(emoji("☺ ☺\u{FE0E} ❤"), ["☺", "❤"]);
    }

    #[test]
    fn plain_text_has_no_emoji() {
        assert!(emoji("abc 123 # * éà שלום 日本 \u{200D}\u{200C}").is_empty());
    }

    #[test]
    fn the_fast_path_agrees_with_the_emoji_table() {
        for c in (0..0x203C).filter_map(char::from_u32) {
            if surely_not_emoji(c) {
                assert!(!is_emoji(c) || is_keycap_base(c), "{c:?}");
            }
        }
        assert_eq!(emoji("é©\u{FE0F}‼ ‼\u{FE0E}"), ["©\u{FE0F}", "‼"]);
    }

    #[test]
    fn a_dangling_zwj_is_not_part_of_the_emoji() {
        assert_eq!(emoji("😀\u{200D}a"), ["😀"]);
        assert_eq!(emoji("🇫"), ["🇫"]);
    }
}
