//! Calm runs: the stretches of a post where no sentence can end, most of its text.
//!
//! In a calm state ([`State::calm`]) no char is a break, and letters, digits, spaces, closing
//! and continuing marks (quotes, brackets, commas, colons, hyphens) keep the state calm. So the
//! run of such chars is skipped without a step per char: only its last four parts can remain in
//! the state, and they are read backwards from its end.

use super::{Cat, Part, State, category};
use crate::entities::scan;

/// What a char of a calm run adds to the state: the [`Part`] that [`State::next`] gives it.
const UPPER_LOWER: u8 = 1;
const OTHER: u8 = 2;
const SP_PLUS: u8 = 3;
const CLOSE_PLUS: u8 = 4;

/// The part that `c` adds to a calm state if it keeps it calm, else 0.
const fn calm_part(c: char) -> u8 {
    match category(c) {
        Cat::Upper | Cat::Lower => UPPER_LOWER,
        Cat::Numeric | Cat::Any | Cat::OLetter | Cat::SContinue => OTHER,
        Cat::Sp => SP_PLUS,
        Cat::Close => CLOSE_PLUS,
        _ => 0,
    }
}

/// [`calm_part`] of U+0000–U+00FF: ASCII, then the chars led by C2 and C3 in UTF-8.
const CALM_LATIN1: [u8; 256] = {
    let mut table = [0; 256];
    let mut c = 0;
    while c < 256 {
        table[c] = calm_part(c as u8 as char);
        c += 1;
    }
    table
};

fn part(code: u8) -> Part {
    match code {
        UPPER_LOWER => Part::UpperLower,
        OTHER => Part::Other,
        SP_PLUS => Part::SpPlus,
        _ => Part::ClosePlus,
    }
}

/// Whether a chunk of eight bytes may hold a byte that ends an ASCII stretch of a calm run: a
/// byte that is not ASCII, or a terminator or line break (`\n` to `\r`, `.`, `!`, `?`).
fn may_stop(x: u64) -> bool {
    scan::holds_non_ascii(x)
        || scan::holds_ascii_range(x, b'\n', b'\r')
        || scan::holds(x, b'.')
        || scan::holds(x, b'!')
        || scan::holds(x, b'?')
}

/// The code point of the Latin-1 char (U+0080–U+00FF) led by `lead` (C2 or C3) whose second
/// byte is `second`.
fn latin1(lead: u8, second: u8) -> usize {
    usize::from(((lead & 1) << 6) | (second & 0x3F)) + 0x80
}

/// Skips the calm run from `start` (`state` is calm): returns its end, with `state` as if each
/// of its chars had gone through [`State::next`].
pub(super) fn run(bytes: &[u8], start: usize, state: &mut State) -> usize {
    let calm_ascii = |b: u8| CALM_LATIN1.get(usize::from(b)).is_some_and(|&p| p != 0);
    let mut end = start;
    loop {
        end = scan::find(bytes, end, may_stop, |b| !(b.is_ascii() && calm_ascii(b)))
            .unwrap_or(bytes.len());
        match bytes.get(end..end + 2) {
            Some(&[lead @ (0xC2 | 0xC3), second])
                if CALM_LATIN1.get(latin1(lead, second)).is_some_and(|&p| p != 0) =>
            {
                end += 2;
            }
            _ => break,
        }
    }
    // The run's last parts, newest first; a run of spaces or of closing marks is one part, as
    // in `State::next`.
    let mut parts = [Part::Sot; 4];
    let mut count: usize = 0;
    let mut pos = end;
    while pos > start && count < 4 {
        // The run is ASCII and pairs led by C2 or C3: a byte over 0x7F ends a pair.
        let (code, width) = match bytes.get(pos - 1) {
            Some(&b) if b < 0x80 => (CALM_LATIN1.get(usize::from(b)), 1),
            Some(&b) => {
                let lead = pos.checked_sub(2).and_then(|i| bytes.get(i)).copied().unwrap_or(0);
                (CALM_LATIN1.get(latin1(lead, b)), 2)
            }
            None => break,
        };
        pos -= width;
        let part = part(code.copied().unwrap_or(0));
        let newer = count.checked_sub(1).and_then(|k| parts.get(k));
        if matches!(part, Part::SpPlus | Part::ClosePlus) && newer == Some(&part) {
            continue;
        }
        if let Some(slot) = parts.get_mut(count) {
            *slot = part;
            count += 1;
        }
    }
    // A run that starts with spaces after spaces (or closing marks after closing marks) adds
    // nothing for them.
    let oldest = count.checked_sub(1).and_then(|k| parts.get(k));
    if pos == start
        && oldest.is_some_and(|p| matches!(p, Part::SpPlus | Part::ClosePlus))
        && oldest == Some(&state.last())
    {
        count -= 1;
    }
    for part in parts.iter().take(count).rev() {
        let p = state.0;
        *state = State([p[1], p[2], p[3], *part]);
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The state after `text`, each char through [`State::next`].
    fn stepped(mut state: State, text: &str) -> State {
        for c in text.chars() {
            state = state.next(category(c));
        }
        state
    }

    proptest::proptest! {
        #[test]
        fn runs_leave_the_state_each_char_would(
            before in "a|a |a\\)|a\\) |a \\(|a\\)\\)",
            text in "([a-zA-Z0-9]{1,3}|[ \t]{1,2}|[\"'()\\[\\]«»]{1,2}|[,;:\\-]|\u{a0}|[éÉªµ¿×]|[.!?\n\u{85}\u{ad}…’🎉])*"
        ) {
            let start = stepped(State([Part::Sot; 4]), &before);
            proptest::prop_assert!(start.calm());
            let mut state = start;
            let end = run(text.as_bytes(), 0, &mut state);
            let calm_end = text
                .char_indices()
                .find(|&(_, c)| c as u32 > 0xFF || calm_part(c) == 0)
                .map_or(text.len(), |(i, _)| i);
            proptest::prop_assert_eq!(end, calm_end);
            proptest::prop_assert_eq!(state, stepped(start, text.get(..end).unwrap_or("")));
        }
    }
}
