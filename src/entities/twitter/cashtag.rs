//! Cashtags: `$` after a space or at the start, then 1 to 6 ASCII letters, optionally `.` or `_`
//! and 1 or 2 more (`$TEST.T`), as twitter-text's `validCashtag`.

use super::is_punct;
use super::mention::is_space;
use crate::text::Span;

/// What may follow a cashtag: the end, a space (JavaScript's `\s`) or ASCII punctuation.
fn ends_ok(after: &str) -> bool {
    match after.chars().next() {
        None => true,
        Some(c) => c.is_whitespace() || c == '\u{FEFF}' || is_punct(c),
    }
}

fn letters(s: &[u8], max: usize) -> usize {
    s.iter().take(max).take_while(|b| b.is_ascii_alphabetic()).count()
}

/// Length of the symbol at the start of `s`, trying the longest forms first as the regex's
/// backtracking does (`$ab.c1` gives up `.c` and keeps `$ab`).
fn symbol_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let head = letters(bytes, 6);
    for n in (1..=head).rev() {
        if matches!(bytes.get(n), Some(b'.' | b'_')) {
            let tail = letters(bytes.get(n + 1..).unwrap_or(&[]), 2);
            for m in (1..=tail).rev() {
                let len = n + 1 + m;
                if ends_ok(s.get(len..).unwrap_or("")) {
                    return Some(len);
                }
            }
        }
        if ends_ok(s.get(n..).unwrap_or("")) {
            return Some(n);
        }
    }
    None
}

/// Cashtag spans, `$` included.
pub fn find(text: &str) -> Vec<Span> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('$') {
        let prev = text.get(..at).and_then(|b| b.chars().next_back());
        if !prev.is_none_or(is_space) {
            continue;
        }
        if let Some(len) = symbol_len(text.get(at + 1..).unwrap_or("")) {
            found.push(at..at + 1 + len);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| &text[s]).collect()
    }

    #[test]
    fn flags_symbols() {
        assert_eq!(tags("$TEST.T $test_ab, $AAPL!"), ["$TEST.T", "$test_ab", "$AAPL"]);
    }

    #[test]
    fn does_not_flag_prices_or_glued_symbols() {
        assert_eq!(tags("$100 a$B $TOOLONGX $株 x$NG"), Vec::<&str>::new());
        assert_eq!(tags("$TEST. $TEST_"), ["$TEST", "$TEST"]);
    }

    #[test]
    fn stops_before_emoji_or_rtl_letters() {
        assert_eq!(tags("$ABC😀 $ABC שלום"), ["$ABC"]);
    }
}
