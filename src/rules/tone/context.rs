//! Words a post does not say in its own voice: quotations and sentences of reported speech.
//!
//! The tone rules (jargon, stock phrases, puffery, fillers, hedges, forms of address) judge the
//! brand's own words. A minister's words quoted in a post, a customer's « Tu crois ? », or a
//! cliché held up in quotes to mock it are not the brand speaking, and a fix would rewrite
//! someone else's words. Computed once per check, on first use.

use crate::rules::Context;
use crate::text::{Span, SpanSet, quoted_spans};

/// Whether `key` (folded: lower case, straight apostrophes) announces reported speech in the
/// sentence that holds it: the reporting verbs in the third person or the past, and the French
/// incises ("dit-il").
fn cue(key: &str) -> bool {
    matches!(
        key,
        "said"
            | "says"
            | "told"
            | "explained"
            | "stated"
            | "claimed"
            | "wrote"
            | "insisted"
            | "quipped"
            | "recalled"
            | "déclare"
            | "déclaré"
            | "affirme"
            | "affirmé"
            | "expliqué"
            | "explique-t-il"
            | "explique-t-elle"
            | "dit-il"
            | "dit-elle"
            | "disent-ils"
            | "raconte-t-il"
            | "raconte-t-elle"
            | "confie-t-il"
            | "confie-t-elle"
            | "ajoute-t-il"
            | "ajoute-t-elle"
            | "souligne-t-il"
            | "souligne-t-elle"
    )
}

/// Two-word cues: "according to", « a dit », « ont dit »; "selon" and "d'après" before a
/// source ("selon nous", "d'après moi" are the writer's own view: hedges).
fn cue_pair(key: &str, next: &str) -> bool {
    match key {
        "according" => next == "to",
        "a" | "ont" => matches!(next, "dit" | "expliqué" | "raconté" | "confié" | "déclaré"),
        "selon" | "d'après" => !matches!(next, "nous" | "moi" | "vous" | "toi"),
        _ => false,
    }
}

/// The spans the tone rules leave alone: quotations, and sentences with a reporting cue. Made
/// once per check, on first use ([`Context::not_ours`]); out of line, so that profiles name it.
#[inline(never)]
pub(crate) fn not_ours(cx: &Context<'_>) -> SpanSet {
    let mut spans = quoted_spans(cx.text());
    spans.extend(reported_sentences(cx));
    SpanSet::new(spans)
}

/// Whether `span` overlaps words the post does not say in its own voice.
pub(crate) fn is_quoted(cx: &Context<'_>, span: &Span) -> bool {
    let set = cx.not_ours();
    !set.is_empty() && set.overlaps(span)
}

fn reported_sentences(cx: &Context<'_>) -> Vec<Span> {
    let words = cx.words();
    let mut out: Vec<Span> = Vec::new();
    let sentences = cx.doc.sentences();
    let mut at = 0;
    for (i, w) in words.iter().enumerate() {
        let key = w.key();
        let next = words.get(i + 1).map_or("", |n| n.key());
        let cue = cue(key) || cue_pair(key, next);
        if !cue {
            continue;
        }
        // Words come in order: the sentence holding this one is at or after the last found.
        while sentences.get(at).is_some_and(|s| s.end <= w.span.start) {
            at += 1;
        }
        if let Some(sentence) = sentences.get(at) {
            if out.last() != Some(sentence) {
                out.push(sentence.clone());
            }
        }
    }
    out
}
