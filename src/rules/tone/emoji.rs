//! # tone/emoji
//!
//! **What it flags.** A post with more emoji than allowed: the voice's `max_emoji` (per
//! platform when the profile says so in `[platforms.<id>.voice]`), or, when the profile sets
//! none, a generous default for the platform (X, Bluesky, Mastodon and LinkedIn 4, Threads and
//! Facebook 5, Instagram 8; see `src/platform/emoji.rs` for why). One finding per post: it
//! gives the count and the allowance, and covers the extra emoji (those past the allowance)
//! when they stand together, the first of them otherwise. Without a `max_emoji`, a string of
//! more than six emoji in a row (only spaces between them) is flagged too, even within the
//! platform's allowance: seven strung after a sentence on Instagram, which allows eight in a
//! caption, bury it as surely. The finding then covers the emoji past the sixth.
//!
//! **Why it matters.** A few emoji set a tone; a string of them buries the message, and screen
//! readers read every one aloud by name.
//!
//! **Example.** With `max_emoji = 2`: "Lancement 🚀🔥🎉✨".
//!
//! **Better.** "Lancement 🚀🔥" (the fix removes the extra emoji, with the space before each;
//! it needs the writer's eye: which emoji to keep is the writer's call).
//!
//! The fix is offered only when the extra emoji sit on one line and, unless the allowance is
//! none, none of them opens a line. Across lines it would rewrite everything between the
//! first and the last (in a long article, most of it, and in a rich editor that loses the
//! links and styles of every paragraph in between); an emoji that opens a line is a bullet,
//! and dropping the bullets past the allowance leaves a list half with and half without them.
//! There the finding stays, without a fix: which emoji go is the writer's call.

use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;

pub struct Emoji;

static META: RuleMeta = RuleMeta {
    id: "tone/emoji",
    default_severity: Severity::Warning,
    summary: "More emoji than the voice's max_emoji (or the platform's default) allows.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for Emoji {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let emoji = &cx.entities.emoji;
        let norm = cx.platform.emoji_norm();
        let (max, key) = match cx.compiled.voice.max_emoji {
            Some(max) => (max as usize, META.id),
            None => (norm.max, "tone/emoji.platform"),
        };
        let platform = cx.platform.info().name;
        if let Some(extra) = emoji.get(max..).filter(|e| !e.is_empty()) {
            let args: [(&str, &dyn crate::i18n::Arg); 3] =
                [("count", &emoji.len()), ("max", &max), ("platform", &platform)];
            flag(cx, extra, max, cx.tr(key, &args), out);
        } else if cx.compiled.voice.max_emoji.is_none() {
            // Within the allowance: a string of them still buries what it follows. A voice
            // that sets its own number has said how many it wants, wherever they stand.
            let Some(row) = strings(cx.text(), emoji).find(|row| row.len() > norm.in_a_row) else {
                return;
            };
            let Some(extra) = row.get(norm.in_a_row..) else { return };
            let args: [(&str, &dyn crate::i18n::Arg); 3] =
                [("count", &row.len()), ("max", &norm.in_a_row), ("platform", &platform)];
            flag(cx, extra, norm.in_a_row, cx.tr("tone/emoji.row", &args), out);
        }
    }
}

/// The one finding over the `extra` emoji (past `max`), with its fix when one click may make it.
fn flag(cx: &Context<'_>, extra: &[Span], max: usize, message: String, out: &mut Vec<Finding>) {
    let finding = Finding::new(META.id, span(cx.text(), extra), message);
    let fix = removable(cx.text(), extra, max).then(|| removal(cx.text(), extra)).flatten();
    let Some((span, replacement)) = fix else {
        out.push(finding);
        return;
    };
    let n = extra.len();
    out.push(finding.with_fix(Fix {
        label: cx.tr("tone/emoji.fix", &[("extra", &n)]),
        replacement,
        span,
        safe: false,
    }));
}

/// The post's emoji in strings: each run of emoji with only spaces within a line between them
/// ("🚀🔥 🎉" is one string of three; a word or a line break ends one).
fn strings<'e>(text: &str, emoji: &'e [Span]) -> impl Iterator<Item = &'e [Span]> {
    emoji.chunk_by(move |a, b| {
        text.get(a.end..b.start).is_some_and(|gap| gap.chars().all(inline_space))
    })
}

/// Whether one click may remove the `extra` emoji: they sit on one line, and none opens a line
/// (a bullet) unless the allowance is none, so that every bullet goes.
fn removable(text: &str, extra: &[Span], max: usize) -> bool {
    let (Some(first), Some(last)) = (extra.first(), extra.last()) else { return false };
    let one_line = text.get(first.start..last.end).is_some_and(|s| !s.contains(['\n', '\r']));
    let opens_line = |e: &Span| {
        text.get(..e.start)
            .map(|before| before.trim_end_matches(inline_space))
            .is_some_and(|before| before.is_empty() || before.ends_with(['\n', '\r']))
    };
    one_line && (max == 0 || !extra.iter().any(opens_line))
}

/// What the finding covers: the extra emoji when only spaces and other emoji part them (one
/// cluster: "🚀🔥🎉✨"), the first of them otherwise (rather than a stretch of the post).
fn span(text: &str, extra: &[Span]) -> Span {
    let (Some(first), Some(last)) = (extra.first(), extra.last()) else { return 0..0 };
    let together = strings(text, extra).nth(1).is_none();
    if together { first.start..last.end } else { first.clone() }
}

/// A space within a line (a line break ends a cluster of emoji).
fn inline_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

/// The fix that removes every `extra` emoji: the span from the first removed byte to the last,
/// and what replaces it. An emoji goes with the spaces before it ("Bravo 🎉 !" → "Bravo !"),
/// or, at the start of a line, with the spaces after it ("✅ Point" → "Point"), so that no
/// double space or indented line is left behind.
fn removal(text: &str, extra: &[Span]) -> Option<(Span, String)> {
    let mut cuts: Vec<Span> = Vec::with_capacity(extra.len());
    // Whether the last cut took an emoji at the start of a line: the next one, right after
    // it, then starts the line too ("🚀 🔥 Go" → "Go").
    let mut cut_line_start = false;
    for e in extra {
        let before = text.get(..e.start)?;
        let trimmed = before.trim_end_matches(inline_space);
        let spaces_before = before.len() - trimmed.len();
        let after_cut = cut_line_start
            && cuts
                .last()
                .and_then(|c| text.get(c.end..e.start))
                .is_some_and(|gap| gap.chars().all(inline_space));
        let line_start = trimmed.is_empty() || trimmed.ends_with('\n') || after_cut;
        cut_line_start = line_start;
        let mut cut = if line_start {
            let after = text.get(e.end..)?;
            e.start..e.end + (after.len() - after.trim_start_matches(inline_space).len())
        } else {
            e.start - spaces_before..e.end
        };
        // Never back into what the previous cut already took.
        if let Some(prev) = cuts.last() {
            cut.start = cut.start.max(prev.end);
        }
        cuts.push(cut);
    }
    let (start, end) = (cuts.first()?.start, cuts.last()?.end);
    let mut kept = String::new();
    let mut at = start;
    for cut in &cuts {
        kept.push_str(text.get(at..cut.start)?);
        at = cut.end;
    }
    Some((start..end, kept))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::Platform;
    use crate::profile::Profile;
    use crate::rules::fixture::Case;

    /// Runs the rule with the emoji found in `text` (extraction itself is tested elsewhere).
    fn run(text: &str, max: Option<u32>, platform: Platform) -> Vec<Finding> {
        let mut profile = Profile::default();
        profile.voice.max_emoji = max;
        let case = Case::fr(text).profile(profile).on(platform);
        case.run(&Emoji)
    }

    fn flagged(text: &str, max: Option<u32>, platform: Platform) -> Vec<&str> {
        run(text, max, platform).iter().map(|f| &text[f.span.clone()]).collect()
    }

    fn fixed(text: &str, max: Option<u32>, platform: Platform) -> String {
        let out = run(text, max, platform);
        let fix = &out[0].fixes[0];
        assert!(!fix.safe);
        let mut fixed = text.to_string();
        fixed.replace_range(fix.span.clone(), &fix.replacement);
        fixed
    }

    #[test]
    fn one_finding_over_the_extra_emoji() {
        let text = "Lancement 🚀🔥🎉✨";
        let out = run(text, Some(2), Platform::X);
        assert_eq!(out.len(), 1);
        assert_eq!(&text[out[0].span.clone()], "🎉✨");
        assert_eq!(out[0].message, "4 emoji dans ce post ; le ton de la marque en autorise 2.");
        assert_eq!(out[0].fixes[0].label, "Supprimer les emoji en trop (2)");
    }

    #[test]
    fn scattered_extra_emoji_are_one_finding_on_the_first() {
        let text = "Bravo 🎉 à toute l’équipe 👏 ! Merci 🙏 et à bientôt 👋";
        assert_eq!(flagged(text, Some(1), Platform::X), ["👏"]);
        assert_eq!(
            fixed(text, Some(1), Platform::X),
            "Bravo 🎉 à toute l’équipe ! Merci et à bientôt"
        );
    }

    #[test]
    fn the_fix_leaves_no_double_space_or_indent() {
        assert_eq!(fixed("Go 🚀 🔥 now", Some(1), Platform::X), "Go 🚀 now");
        assert_eq!(fixed("Go 🚀🔥", Some(1), Platform::X), "Go 🚀");
        assert_eq!(fixed("🚀 🔥 Go", Some(0), Platform::X), "Go");
        assert_eq!(fixed("Top 🚀\nGo 🔥 🎉", Some(1), Platform::X), "Top 🚀\nGo");
    }

    #[test]
    fn no_fix_across_lines_or_on_bullets() {
        // Across lines: the finding, not a rewrite of every line in between.
        let text = "Bravo 🎉\nMerci 👏\nÀ bientôt 👋";
        let out = run(text, Some(1), Platform::X);
        assert_eq!(out.len(), 1);
        assert!(out[0].fixes.is_empty());
        // A bullet past the allowance: dropping it would leave half a list with bullets.
        let list = "Au programme :\n✅ ateliers\n✅ conférences\n🎁 cadeaux";
        let out = run(list, Some(2), Platform::X);
        assert_eq!(out.len(), 1);
        assert_eq!(&list[out[0].span.clone()], "🎁");
        assert!(out[0].fixes.is_empty());
        // With no emoji allowed, every bullet goes: one line, one click.
        assert_eq!(fixed("✅ ateliers 🎁", Some(0), Platform::X), "ateliers");
    }

    #[test]
    fn without_a_profile_limit_the_platform_default_applies() {
        // Seven emoji in a corporate post: past LinkedIn's four.
        let text = "🚀 Nouveau : notre rapport RSE 2024 📊 est en ligne ✅ Merci aux équipes 🙏 \
                    💪 🌱 Lien en commentaire 👇";
        let out = run(text, None, Platform::Linkedin);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].message,
            "7 emoji dans ce post ; sur LinkedIn, au-delà de 4, ils noient le message."
        );
        assert_eq!(&text[out[0].span.clone()], "💪");
        // Instagram allows more; a few emoji pass everywhere.
        assert!(run(text, None, Platform::Instagram).is_empty());
        assert!(run("Lancement 🚀🔥🎉", None, Platform::X).is_empty());
    }

    #[test]
    fn does_not_flag_within_the_limit() {
        assert!(run("Lancement 🚀🔥", Some(2), Platform::X).is_empty());
        assert!(run("Lancement", Some(0), Platform::X).is_empty());
        // The profile's limit wins over the platform's default, either way.
        let text = "Lancement 🚀🔥🎉✨🎈🎊";
        assert!(run(text, Some(6), Platform::X).is_empty());
        assert_eq!(run("Lancement 🚀", Some(0), Platform::Instagram).len(), 1);
    }

    #[test]
    fn the_english_message() {
        let mut profile = Profile::default();
        profile.voice.max_emoji = Some(1);
        let case = Case::en("Launch 🚀🔥🎉").profile(profile);
        let out = case.run(&Emoji);
        assert_eq!(out[0].message, "3 emoji in this post; the voice allows 1.");
        assert_eq!(out[0].fixes[0].label, "Remove the extra emoji (2)");
        let out = Case::en("Launch 🚀🔥🎉✨🎈").on(Platform::X).run(&Emoji);
        assert_eq!(out[0].message, "5 emoji in this post; on X, more than 4 bury the message.");
    }

    #[test]
    fn a_string_of_emoji_within_the_allowance() {
        // Seven in a row after a sentence, on Instagram (eight allowed): the ones past six.
        let text = "Notre burger au comté est arrivé 🍔🧀🔥😋🎉👌💥\n\nDisponible jusqu’au 30.";
        let out = run(text, None, Platform::Instagram);
        assert_eq!(out.len(), 1);
        assert_eq!(&text[out[0].span.clone()], "💥");
        assert_eq!(
            out[0].message,
            "7 emoji d’affilée ; sur Instagram, au-delà de 6 à la suite, ils noient le message."
        );
        assert_eq!(
            fixed(text, None, Platform::Instagram),
            "Notre burger au comté est arrivé 🍔🧀🔥😋🎉👌\n\nDisponible jusqu’au 30."
        );
        // Spaces between them still make a string; at the start of a line too.
        let spaced = "🚄 🌞 🏖️ 🎉 ✨ 🧳 🌊 Cet été, partez à la mer.";
        assert_eq!(flagged(spaced, None, Platform::Instagram), ["🌊"]);
        let english = Case::en("Our appeal is live 🎄🎁✨❤️🙏🎅⭐🔔").on(Platform::Instagram);
        let out = english.run(&Emoji);
        assert_eq!(
            out[0].message,
            "8 emoji in a row; on Instagram, more than 6 together bury the message."
        );
    }

    #[test]
    fn six_in_a_row_or_seven_apart_pass() {
        assert!(run("Arrivé 🍔🧀🔥😋🎉👌", None, Platform::Instagram).is_empty());
        // The same seven over the caption's lines and words set its tone.
        let apart = "Arrivé 🍔🧀🔥 !\nAu comté 😋🎉\nDès demain 👌💥";
        assert!(run(apart, None, Platform::Instagram).is_empty());
        // A voice's own number is the only one: it may allow a string.
        assert!(run("Arrivé 🍔🧀🔥😋🎉👌💥", Some(8), Platform::Instagram).is_empty());
    }

    #[test]
    fn the_span_falls_back_to_the_first_extra() {
        let text = "a 🎉\nb 🎈";
        let extra = [2..6, 9..13];
        assert_eq!(span(text, &extra), 2..6);
        assert_eq!(span("🎉 🎈", &[0..4, 5..9]), 0..9);
    }
}
