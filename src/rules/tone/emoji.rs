//! # tone/emoji
//!
//! **What it flags.** Emoji past the voice's `max_emoji` (per platform when the profile says
//! so in `[platforms.<id>.voice]`): each emoji after the allowed number is flagged. Without a
//! limit in the profile, the rule says nothing.
//!
//! **Why it matters.** A few emoji set a tone; a string of them buries the message, and screen
//! readers read every one aloud by name.
//!
//! **Example.** With `max_emoji = 2`: "Lancement 🚀🔥🎉✨".
//!
//! **Better.** "Lancement 🚀" (the fix removes each extra emoji; it needs the writer's eye).

use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Rule, RuleMeta};
use crate::text::Span;

pub struct Emoji;

static META: RuleMeta = RuleMeta {
    id: "tone/emoji",
    default_severity: Severity::Warning,
    summary: "More emoji than the voice's max_emoji allows.",
    fixable: true,
};

impl Rule for Emoji {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(max) = cx.compiled.voice.max_emoji else {
            return;
        };
        flag_extra(cx, &cx.entities.emoji, max as usize, out);
    }
}

fn flag_extra(cx: &Context<'_>, emoji: &[Span], max: usize, out: &mut Vec<Finding>) {
    for (n, span) in emoji.iter().enumerate().skip(max) {
        let message = cx.tr(META.id, &[("n", &(n + 1)), ("max", &max)]);
        out.push(Finding::new(META.id, span.clone(), message).with_fix(Fix {
            label: cx.tr("fix.remove", &[]),
            replacement: String::new(),
            span: span.clone(),
            safe: false,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Entities;
    use crate::profile::Profile;
    use crate::rules::fixture::Case;

    /// Runs the rule with the emoji given directly (extraction is another module's job).
    fn run(text: &str, emoji: Vec<Span>, max: Option<u32>) -> Vec<Finding> {
        let mut profile = Profile::default();
        profile.voice.max_emoji = max;
        let mut case = Case::fr(text).profile(profile);
        case.entities = Some(Entities { emoji, ..Default::default() });
        case.run(&Emoji)
    }

    fn spans(text: &str) -> Vec<Span> {
        ["🚀", "🔥", "🎉", "✨"]
            .iter()
            .filter_map(|e| text.find(e).map(|i| i..i + e.len()))
            .collect()
    }

    #[test]
    fn flags_each_emoji_past_the_limit() {
        let text = "Lancement 🚀🔥🎉✨";
        let out = run(text, spans(text), Some(2));
        let flagged: Vec<&str> = out.iter().map(|f| &text[f.span.clone()]).collect();
        assert_eq!(flagged, ["🎉", "✨"]);
        assert!(out[0].message.contains('3'), "{}", out[0].message);
    }

    #[test]
    fn does_not_flag_within_the_limit_or_without_one() {
        let text = "Lancement 🚀🔥";
        assert!(run(text, spans(text), Some(2)).is_empty());
        let text = "Lancement 🚀🔥🎉✨";
        assert!(run(text, spans(text), None).is_empty());
    }

    #[test]
    fn the_fix_removes_the_emoji() {
        let text = "Go 🚀🔥";
        let out = run(text, spans(text), Some(1));
        let fix = &out[0].fixes[0];
        let mut fixed = text.to_string();
        fixed.replace_range(fix.span.clone(), &fix.replacement);
        assert_eq!(fixed, "Go 🚀");
    }
}
