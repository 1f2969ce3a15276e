//! # typo/en-space-before-punct
//!
//! **What it flags.** In English posts, a space before `,` `.` `;` `:` `!` or `?`. A run such as
//! `?!` is one group. Left alone: ellipses (`wait ...`), marks that start a token (`.NET`,
//! `:D`, `.5`), smileys (`:)`), URLs, and marks at the start of a line.
//!
//! **Why it matters.** English sets these marks tight against the word; a space before them
//! reads as a French habit or a typo, and the mark may wrap alone onto the next line.
//!
//! **Example.** `Big news : we ship today !`
//!
//! **Better.** `Big news: we ship today!` (the fix is safe: it removes the space).

use super::{char_at, char_before, ends_prose, in_url, space_run_start, starts_smiley};
use crate::i18n::Locale;
use crate::report::{Finding, Fix, Severity};
use crate::rules::marks::MarkSet;
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct EnSpaceBeforePunct;

static META: RuleMeta = RuleMeta {
    id: "typo/en-space-before-punct",
    default_severity: Severity::Info,
    summary: "English: a space before a comma, period, colon, semicolon, ! or ?",
    fixable: true,
    reach: Reach::Paragraph,
};

/// The punctuation a space should not precede in English.
static MARKS: MarkSet = MarkSet::of(",.;:!?");

impl Rule for EnSpaceBeforePunct {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.locale != Locale::En {
            return;
        }
        let text = cx.doc.text();
        let marks = cx.find_marks(&MARKS);
        let group_mark = |c: char| c == '!' || c == '?';
        for (i, mark) in marks.find() {
            let start = space_run_start(text, i);
            if start == i {
                continue;
            }
            // The word before the space; none at the start of a line.
            match char_before(text, start) {
                None | Some('\n' | '\r') => continue,
                Some(_) => {}
            }
            let group_end = if group_mark(mark) {
                i + text.get(i..).unwrap_or("").chars().take_while(|c| group_mark(*c)).count()
            } else {
                i + 1
            };
            let next = char_at(text, group_end);
            if !ends_prose(next) || (mark == '.' && next == Some('.')) {
                continue;
            }
            if matches!(mark, ':' | ';') && starts_smiley(text, i) {
                continue;
            }
            if in_url(cx, i) {
                continue;
            }
            let group = text.get(i..group_end).unwrap_or("");
            let message = marks.say_with("typo/en-space-before-punct", "mark", group);
            out.push(Finding::new(META.id, start..group_end, message).with_fix(Fix {
                label: marks.say("typo/en-space-before-punct.fix"),
                replacement: String::new(),
                span: start..i,
                safe: true,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn removes_the_space() {
        let case = Case::en("Big news : we ship today !? Yes , really .");
        assert_eq!(case.flagged(&EnSpaceBeforePunct), [" :", " !?", " ,", " ."]);
        assert_eq!(case.fixed(&EnSpaceBeforePunct), "Big news: we ship today!? Yes, really.");
    }

    #[test]
    fn leaves_tokens_smileys_and_ellipses_alone() {
        for ok in [
            "Built on .NET today",
            "See you :) and :D",
            "Wait for it ...",
            "Costs .5 cents",
            "\n? at line start",
            "Open https://example.com/a ?x=1 here",
        ] {
            assert!(Case::en(ok).run(&EnSpaceBeforePunct).is_empty(), "{ok:?}");
        }
        assert!(Case::fr("Oui !").run(&EnSpaceBeforePunct).is_empty());
    }
}
