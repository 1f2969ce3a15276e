//! # typo/double-space
//!
//! **What it flags.** Two or more spaces in a row between words. Indentation at the start of a
//! line, spaces at the end of one, and runs containing a tab (text laid out in columns) are left
//! alone. In French, a run before `; : ! ? »` or after `«` is left to `typo/fr-nbsp`, whose fix
//! also repairs it.
//!
//! **Why it matters.** Platforms show every space: the gap shows as a hole in the line.
//!
//! **Example.** `Our new app.  Out today.`
//!
//! **Better.** `Our new app. Out today.` (the fix is safe; a no-break space in the run is the one
//! kept).

use super::{INLINE_SPACES, char_at, char_before, is_no_break};
use crate::i18n::Locale;
use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct DoubleSpace;

static META: RuleMeta = RuleMeta {
    id: "typo/double-space",
    default_severity: Severity::Info,
    summary: "Two or more spaces in a row between words.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for DoubleSpace {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let text = cx.text();
        let spaces = cx.find_marks(&INLINE_SPACES);
        for span in spaces.runs_of_two() {
            let (start, end) = (span.start, span.end);
            let run = text.get(start..end).unwrap_or("");
            let count = run.chars().count();
            let (Some(before), Some(after)) = (char_before(text, start), char_at(text, end)) else {
                continue;
            };
            if before.is_whitespace() || after.is_whitespace() || run.contains('\t') {
                continue;
            }
            let breaking = run.chars().any(|c| !is_no_break(c));
            if cx.locale == Locale::Fr && breaking && (";:!?»".contains(after) || before == '«') {
                continue;
            }
            let keep = run.chars().find(|c| is_no_break(*c)).unwrap_or(' ');
            out.push(
                Finding::new(META.id, start..end, cx.tr("typo/double-space", &[("count", &count)]))
                    .with_fix(Fix {
                        label: spaces.say("typo/double-space.fix"),
                        replacement: keep.to_string(),
                        span: start..end,
                        safe: true,
                    }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn collapses_runs_between_words() {
        let case = Case::en("Our new app.  Out   today.");
        assert_eq!(case.flagged(&DoubleSpace), ["  ", "   "]);
        assert_eq!(case.fixed(&DoubleSpace), "Our new app. Out today.");
    }

    #[test]
    fn keeps_the_no_break_space() {
        assert_eq!(Case::en("10 \u{a0}km").fixed(&DoubleSpace), "10\u{a0}km");
    }

    #[test]
    fn leaves_indentation_trailing_spaces_and_tabs_alone() {
        for ok in ["  indented", "line  \nnext", "a \t b", "trailing   ", "one space"] {
            assert!(Case::en(ok).run(&DoubleSpace).is_empty(), "{ok:?}");
        }
    }

    #[test]
    fn leaves_french_marks_to_fr_nbsp() {
        assert!(Case::fr("Oui  !").run(&DoubleSpace).is_empty());
        assert_eq!(Case::en("Yes  !").flagged(&DoubleSpace), ["  "]);
    }
}
