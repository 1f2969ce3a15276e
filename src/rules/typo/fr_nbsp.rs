//! # typo/fr-nbsp
//!
//! **What it flags.** In French posts, a plain space, or no space, where French typography puts
//! a no-break space: a narrow no-break space (U+202F) before `;`, `!` and `?`, a no-break space
//! (U+00A0) before `:` and inside « guillemets ». Either no-break space is accepted where one is
//! expected. A run such as `?!` or `!!!` is one group: the space goes before its first mark.
//! Left alone: URLs, times and scores (`10:30`, `1:0`), smileys (`:)`, `;-)`, `:D`), emoji
//! shortcodes (`:rocket:`), and marks at the start of a line.
//!
//! **Why it matters.** With a plain space the mark can wrap alone onto the next line, which
//! looks broken on a phone; with no space the text reads as a translation from English.
//!
//! **Example.** `Enfin disponible! Rendez-vous ici : «Brio»`
//!
//! **Better.** `Enfin disponible ! Rendez-vous ici : « Brio »`, with U+202F before `!` and
//! U+00A0 before `:` and inside the guillemets (the fix is safe: it inserts them).

use super::{
    NBSP, NNBSP, char_at, char_before, ends_prose, in_shortcode, in_url, is_no_break,
    space_run_end, space_run_start, starts_smiley,
};
use crate::i18n::Locale;
use crate::report::{Finding, Fix, Severity};
use crate::rules::marks::{MarkFinder, MarkSet};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct FrNbsp;

static META: RuleMeta = RuleMeta {
    id: "typo/fr-nbsp",
    default_severity: Severity::Info,
    summary: "French: no-break space before ; ! ? (narrow) and : and inside « ».",
    fixable: true,
    reach: Reach::Paragraph,
};

/// The marks this rule looks at.
static MARKS: MarkSet = MarkSet::of(";!?:«»");

impl Rule for FrNbsp {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.locale != Locale::Fr {
            return;
        }
        let marks = cx.find_marks(&MARKS);
        for (i, c) in marks.find() {
            match c {
                ';' | '!' | '?' | ':' => before_mark(cx, &marks, i, c, out),
                '«' => after_opening(cx, &marks, i, out),
                '»' => before_closing(cx, &marks, i, out),
                _ => {}
            }
        }
    }
}

/// Whether the white space `text[start..end]` already holds the lines together.
fn holds(text: &str, start: usize, end: usize) -> bool {
    let run = text.get(start..end).unwrap_or("");
    !run.is_empty() && run.chars().all(is_no_break)
}

fn before_mark<'t>(
    cx: &Context<'t>,
    marks: &MarkFinder<'_, 't>,
    i: usize,
    mark: char,
    out: &mut Vec<Finding>,
) {
    let text = cx.doc.text();
    let prev = char_before(text, i);
    let group_mark = |c: char| c == '!' || c == '?';
    // The rest of a `?!` group was handled with its first mark.
    if group_mark(mark) && prev.is_some_and(group_mark) {
        return;
    }
    let group_end = if group_mark(mark) {
        i + text.get(i..).unwrap_or("").chars().take_while(|c| group_mark(*c)).count()
    } else {
        i + 1
    };
    let next = char_at(text, group_end);
    if !ends_prose(next) {
        return;
    }
    if matches!(mark, ':' | ';')
        && (starts_smiley(text, i) || next == Some(':') || prev == Some(':'))
    {
        return;
    }
    if mark == ':' && in_shortcode(text, i) {
        return;
    }
    let start = space_run_start(text, i);
    let Some(before) = char_before(text, start) else {
        return;
    };
    // At the start of a line, or just inside an opening bracket or quote: not a sentence mark.
    if before == '\n' || before == '\r' || (start == i && "([{«\"“‘'".contains(before)) {
        return;
    }
    if holds(text, start, i) || in_url(cx, i) {
        return;
    }
    let (space, key, label) = if mark == ':' {
        (NBSP, "typo/fr-nbsp.colon", "typo/fr-nbsp.fix.nbsp")
    } else {
        (NNBSP, "typo/fr-nbsp.narrow", "typo/fr-nbsp.fix.narrow")
    };
    let group = text.get(i..group_end).unwrap_or("");
    let message = marks.say_with(key, "mark", group);
    let mut replacement = String::with_capacity(space.len_utf8() + group.len());
    replacement.push(space);
    replacement.push_str(group);
    out.push(Finding::new(META.id, start..group_end, message).with_fix(Fix {
        label: marks.say(label),
        replacement,
        span: start..group_end,
        safe: true,
    }));
}

fn after_opening(cx: &Context<'_>, marks: &MarkFinder<'_, '_>, i: usize, out: &mut Vec<Finding>) {
    let text = cx.text();
    let open_end = i + '«'.len_utf8();
    let end = space_run_end(text, open_end);
    match char_at(text, end) {
        None | Some('\n' | '\r' | '»') => return,
        Some(_) => {}
    }
    if holds(text, open_end, end) || in_url(cx, i) {
        return;
    }
    let message = marks.say("typo/fr-nbsp.quotes");
    out.push(Finding::new(META.id, i..end, message).with_fix(Fix {
        label: marks.say("typo/fr-nbsp.fix.nbsp"),
        replacement: format!("«{NBSP}"),
        span: i..end,
        safe: true,
    }));
}

fn before_closing(cx: &Context<'_>, marks: &MarkFinder<'_, '_>, i: usize, out: &mut Vec<Finding>) {
    let text = cx.text();
    let start = space_run_start(text, i);
    match char_before(text, start) {
        None | Some('\n' | '\r' | '«') => return,
        Some(_) => {}
    }
    if holds(text, start, i) || in_url(cx, i) {
        return;
    }
    let end = i + '»'.len_utf8();
    let message = marks.say("typo/fr-nbsp.quotes");
    out.push(Finding::new(META.id, start..end, message).with_fix(Fix {
        label: marks.say("typo/fr-nbsp.fix.nbsp"),
        replacement: format!("{NBSP}»"),
        span: start..end,
        safe: true,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityKind;
    use crate::rules::fixture::Case;

    fn fixed(text: &str) -> String {
        Case::fr(text).fixed(&FrNbsp)
    }

    #[test]
    fn inserts_narrow_spaces_before_exclamation_and_question_marks() {
        assert_eq!(fixed("Enfin disponible!"), "Enfin disponible\u{202f}!");
        assert_eq!(fixed("Vraiment ?"), "Vraiment\u{202f}?");
        assert_eq!(fixed("Quoi  ?!"), "Quoi\u{202f}?!");
        assert_eq!(fixed("Oui;non"), "Oui;non");
        assert_eq!(fixed("Oui; non"), "Oui\u{202f}; non");
        assert_eq!(fixed("Bravo!🎉"), "Bravo\u{202f}!🎉");
    }

    #[test]
    fn a_group_is_one_finding() {
        let found = Case::fr("Génial!!! Et toi?!").flagged(&FrNbsp);
        assert_eq!(found, ["!!!", "?!"]);
    }

    #[test]
    fn colon_takes_a_full_no_break_space() {
        assert_eq!(fixed("Au programme: du code"), "Au programme\u{a0}: du code");
        assert_eq!(fixed("Étape 1: installer"), "Étape 1\u{a0}: installer");
    }

    #[test]
    fn guillemets_take_no_break_spaces_inside() {
        assert_eq!(fixed("Il a dit «bonjour»."), "Il a dit «\u{a0}bonjour\u{a0}».");
        assert_eq!(fixed("« oui »"), "«\u{a0}oui\u{a0}»");
    }

    #[test]
    fn existing_no_break_spaces_are_accepted() {
        for ok in ["Oui\u{202f}!", "Oui\u{a0}!", "Note\u{a0}: oui", "«\u{202f}oui\u{202f}»"] {
            assert!(Case::fr(ok).run(&FrNbsp).is_empty(), "{ok:?}");
        }
    }

    #[test]
    fn leaves_non_prose_alone() {
        for ok in [
            "Rendez-vous à 10:30 demain",
            "Score final 1:0 pour nous",
            "Format 16:9 seulement",
            "Super :) à bientôt ;-) :D",
            "Bravo :tada: et :+1: à tous",
            "Lien https://exemple.fr/a?b=c!d ici",
            "Voir www.exemple.fr/page?x",
            "std::vector",
            "!important",
            "\n? question en début de ligne",
        ] {
            assert!(
                Case::fr(ok).run(&FrNbsp).is_empty(),
                "{ok:?}: {:?}",
                Case::fr(ok).flagged(&FrNbsp)
            );
        }
    }

    #[test]
    fn leaves_linked_urls_alone() {
        let text = "Voir exemple.fr/faq?x!";
        let case = Case::fr(text).with(EntityKind::Url, &["exemple.fr/faq?x"]);
        assert_eq!(case.flagged(&FrNbsp), ["!"]);
    }

    #[test]
    fn english_posts_are_not_checked() {
        assert!(Case::en("Hello!").run(&FrNbsp).is_empty());
    }

    #[test]
    fn message_names_the_mark_in_french() {
        let found = Case::fr("Bravo!").run(&FrNbsp);
        assert!(found[0].message.contains("« ! »"), "{}", found[0].message);
        assert!(found[0].fixes[0].safe);
    }
}
