//! # readability/wall-of-text
//!
//! **What it flags.** A paragraph (text between line breaks) of more than 60 words, on the
//! platforms whose feed folds long posts behind "see more" (LinkedIn, Instagram, Facebook: see
//! the platform data). 60 words fill about six lines of a phone screen. The fix, not safe since
//! it changes the layout, breaks the paragraph at the sentence boundary nearest its middle.
//!
//! **Why it matters.** On these feeds people decide in a second whether to open a post; a block
//! of text with no air reads as work, and is scrolled past.
//!
//! **Example.** A 90-word LinkedIn paragraph telling the whole story in one block.
//!
//! **Better.** Two or three short paragraphs, a line break between each: one idea each.

use crate::platform::see_more;
use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct WallOfText;

/// Words in one paragraph before it is a wall.
pub const MAX_WORDS: usize = 60;

static META: RuleMeta = RuleMeta {
    id: "readability/wall-of-text",
    default_severity: Severity::Info,
    summary: "A paragraph over 60 words on a feed with a \"see more\" cut: break it up.",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for WallOfText {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if see_more(cx.platform).is_none() {
            return;
        }
        let all = cx.sentences();
        let text = cx.text();
        // Sentences and lines are both in text order: walk them together.
        let mut next = 0;
        for line in cx.doc.lines() {
            let first = next;
            while all.get(next).is_some_and(|s| s.span.start < line.end) {
                next += 1;
            }
            let inside = all.get(first..next).unwrap_or(&[]);
            let words: usize = inside.iter().map(|s| s.words).sum();
            if words <= MAX_WORDS {
                continue;
            }
            let message = cx.tr("readability/wall-of-text", &[("words", &words)]);
            let mut finding = Finding::new(META.id, line.clone(), message);
            // Break between the two sentences whose boundary is nearest the middle.
            let middle = line.start + (line.end - line.start) / 2;
            let gap = inside
                .windows(2)
                .filter_map(|pair| match pair {
                    [a, b] => Some(a.span.end..b.span.start),
                    _ => None,
                })
                .filter(|gap| {
                    text.get(gap.clone()).is_some_and(|g| g.chars().all(char::is_whitespace))
                })
                .min_by_key(|gap| gap.start.abs_diff(middle));
            if let Some(gap) = gap {
                finding = finding.with_fix(Fix {
                    label: cx.tr("readability/wall-of-text.fix", &[]),
                    replacement: "\n\n".to_string(),
                    span: gap,
                    safe: false,
                });
            }
            out.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::Platform;
    use crate::rules::fixture::Case;

    fn wall() -> String {
        let sentence = "We spent a year listening to our customers and their teams. ";
        sentence.repeat(7).trim_end().to_string()
    }

    #[test]
    fn flags_a_long_paragraph_on_linkedin_and_breaks_it_in_the_middle() {
        let text = wall();
        let case = Case::en(&text).on(Platform::Linkedin);
        let found = case.run(&WallOfText);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, 0..text.len());
        assert!(!found[0].fixes[0].safe);
        let fixed = case.fixed(&WallOfText);
        let (first, second) = fixed.split_once("\n\n").expect("broken");
        assert_eq!(first.matches('.').count(), 3, "{fixed}");
        assert_eq!(second.matches('.').count(), 4);
    }

    #[test]
    fn short_paragraphs_and_feeds_without_a_cut_pass() {
        let text = wall();
        assert!(Case::en(&text).on(Platform::Mastodon).run(&WallOfText).is_empty());
        let airy = text.replace(". ", ".\n");
        assert!(Case::en(&airy).on(Platform::Linkedin).run(&WallOfText).is_empty());
    }
}
