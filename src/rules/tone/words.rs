//! Word-by-word helpers for the rules that read grammar rather than lexicons.

use crate::rules::Context;
use crate::text::Span;

/// A word of the post with its folded form (lower case, straight apostrophes).
pub(crate) struct W<'t> {
    pub span: Span,
    pub text: &'t str,
    pub key: String,
}

/// The post's words outside links, tags and mentions, folded once per check and shared by
/// the rules that read them.
pub(crate) fn words<'c, 't>(cx: &'c Context<'t>) -> &'c [W<'t>] {
    cx.tone_words.get_or_init(|| {
        cx.doc
            .words()
            .iter()
            .filter(|w| !in_entity(cx, &w.span))
            .map(|w| {
                let text = cx.doc.slice(&w.span);
                W { span: w.span.clone(), text, key: crate::packs::words::key(text) }
            })
            .collect()
    })
}

/// Whether `span` overlaps a hashtag, mention, cashtag or URL, or directly follows a sigil
/// (in case the platform's extraction did not link it).
pub(crate) fn in_entity(cx: &Context<'_>, span: &Span) -> bool {
    let overlaps = cx.linked.overlaps(span);
    let sigil = cx
        .text()
        .get(..span.start)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| matches!(c, '#' | '@' | '$' | '/' | '＃' | '_'));
    overlaps || sigil
}

/// Whether only spaces (no line break, no punctuation) separate two spans.
pub(crate) fn adjacent(cx: &Context<'_>, a: &Span, b: &Span) -> bool {
    cx.text()
        .get(a.end..b.start)
        .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() && c != '\n'))
}

/// Whether the word at `at` opens a clause: after the start, a line break, a bullet or
/// punctuation other than a comma.
pub(crate) fn clause_start(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    match before.chars().rev().find(|c| !(c.is_whitespace() && *c != '\n')) {
        None => true,
        Some(c) => !(c.is_alphanumeric() || matches!(c, ',' | '\'' | '’')),
    }
}

/// The part of a folded word after an elided article or pronoun: ("l", "équipe") for
/// "l'équipe"; (None, word) otherwise.
pub(crate) fn split_elision(key: &str) -> (Option<&str>, &str) {
    match key.split_once('\'') {
        Some((head, tail)) if !tail.is_empty() && head.chars().count() <= 2 => (Some(head), tail),
        _ => (None, key),
    }
}
