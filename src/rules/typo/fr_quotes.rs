//! # typo/fr-quotes
//!
//! **What it flags.** In French posts, a quotation in "straight quotes" or “English quotes”.
//! Quotes are paired within a line; a straight quote opens only at the start of a word and closes
//! only at the end of one (so `un écran 15"` is not a quotation). English quotes inside
//! « guillemets » are left alone: French uses them for a quotation within a quotation.
//!
//! **Why it matters.** French quotes with « guillemets » and no-break spaces; English quotes in a
//! French post look pasted from elsewhere.
//!
//! **Example.** `Notre devise : "faire simple".`
//!
//! **Better.** `Notre devise : « faire simple ».` (the fix is safe: it swaps the quotes and adds
//! the no-break spaces).

use super::{NBSP, char_at, char_before, ends_prose, in_url, is_no_break};
use crate::i18n::Locale;
use crate::report::{Finding, Fix, Severity};
use crate::rules::marks::MarkSet;
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct FrQuotes;

static META: RuleMeta = RuleMeta {
    id: "typo/fr-quotes",
    default_severity: Severity::Info,
    summary: "French: \"straight\" or “English” quotes instead of « guillemets ».",
    fixable: true,
    reach: Reach::Paragraph,
};

/// The characters this rule follows: line breaks, quotes and guillemets.
static MARKS: MarkSet = MarkSet::of("\n\"«»“”");

impl Rule for FrQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.locale != Locale::Fr {
            return;
        }
        let text = cx.text();
        let mut guillemets = 0usize;
        let mut straight: Option<usize> = None;
        let mut curly: Option<usize> = None;
        let mut newline = None;
        for (i, c) in cx.find_marks(&MARKS).find() {
            match c {
                '\n' => {
                    straight = None;
                    curly = None;
                    // A « left open does not run over a blank line (as `text::quoted_spans`).
                    if i.checked_sub(1) == newline {
                        guillemets = 0;
                    }
                    newline = Some(i);
                }
                '«' => guillemets += 1,
                '»' => guillemets = guillemets.saturating_sub(1),
                '"' if guillemets == 0 => {
                    let prev = char_before(text, i);
                    let next = char_at(text, i + 1);
                    let closes = prev.is_some_and(|p| !p.is_whitespace())
                        && (ends_prose(next) || next.is_some_and(|n| ";:!?".contains(n)));
                    let opens = prev.is_none_or(|p| p.is_whitespace() || "([".contains(p))
                        && next.is_some_and(|n| !n.is_whitespace());
                    match straight {
                        Some(open) if closes => {
                            push(cx, open, i, '"', out);
                            straight = None;
                        }
                        _ => straight = (opens && !in_url(cx, i)).then_some(i),
                    }
                }
                '“' if guillemets == 0 => curly = Some(i),
                '”' if guillemets == 0 => {
                    if let Some(open) = curly.take() {
                        push(cx, open, i, '”', out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Flags the quotation from the opening quote at `open` to the closing `close_char` at `close`.
fn push(cx: &Context<'_>, open: usize, close: usize, close_char: char, out: &mut Vec<Finding>) {
    let text = cx.text();
    let open_len = text.get(open..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
    let Some(inner) = text.get(open + open_len..close) else {
        return;
    };
    let inner = inner.trim_matches(|c: char| c == ' ' || is_no_break(c));
    if inner.is_empty() {
        return;
    }
    let span = open..close + close_char.len_utf8();
    out.push(Finding::new(META.id, span.clone(), cx.tr("typo/fr-quotes", &[])).with_fix(Fix {
        label: cx.tr("typo/fr-quotes.fix", &[]),
        replacement: format!("«{NBSP}{inner}{NBSP}»"),
        span,
        safe: true,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn a_guillemet_left_open_ends_at_a_blank_line() {
        let case = Case::fr("« Une citation ouverte\n\nIl a dit \"oui\" hier.");
        assert_eq!(case.check().flagged("typo/fr-quotes"), ["\"oui\""]);
        let case = Case::fr("« Une citation\nIl a dit \"oui\" hier. »");
        assert!(case.check().flagged("typo/fr-quotes").is_empty());
    }

    #[test]
    fn straight_quotes_become_guillemets() {
        let case = Case::fr("Notre devise : \"faire simple\".");
        assert_eq!(case.flagged(&FrQuotes), ["\"faire simple\""]);
        assert_eq!(case.fixed(&FrQuotes), "Notre devise : «\u{a0}faire simple\u{a0}».");
    }

    #[test]
    fn english_quotes_become_guillemets() {
        let case = Case::fr("Il a dit “ bonjour ” et “merci”!");
        assert_eq!(case.fixed(&FrQuotes), "Il a dit «\u{a0}bonjour\u{a0}» et «\u{a0}merci\u{a0}»!");
    }

    #[test]
    fn leaves_inches_nested_quotes_and_english_alone() {
        for ok in [
            "Un écran 15\" tout neuf",
            "« Il a dit “oui” hier »",
            "Un \"guillemet\nqui ne ferme pas\"",
            "Lien https://x.fr/?q=\"a\" ici",
        ] {
            assert!(Case::fr(ok).run(&FrQuotes).is_empty(), "{ok:?}");
        }
        assert!(Case::en("He said \"hi\".").run(&FrQuotes).is_empty());
    }
}
