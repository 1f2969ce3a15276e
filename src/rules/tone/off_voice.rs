//! # tone/off-voice
//!
//! **What it flags.** A draft that does not sound like the brand's own posts, as `brio learn`
//! measured them (`[voice.learned]` in the profile): a switch to « tu » from a brand that says
//! « vous » (or back), "I" from a brand that says "we" (or back), contractions from a brand
//! that never contracts, emoji or exclamation marks far past its habit (or from a brand that
//! uses none), sentences about twice its usual length, a new spelling of one of its own names.
//! One hint per draft, saying how it differs, with the brand's numbers; the name's spelling
//! comes with a fix. Without `[voice.learned]`, or with fewer than 10 posts learned, the rule
//! says nothing; a draft in another language than the profile's is not compared.
//!
//! **Why it matters.** Writers who post for a brand drift from its voice without noticing;
//! the brand's own published posts are the best description of that voice, and the numbers
//! show the writer what readers are used to.
//!
//! **Example.** With a profile learned from posts that say « vous » in 27 of 30 posts and use
//! no emoji: "Tu as vu ? Notre appli Briopay fait peau neuve 🚀🔥"
//!
//! **Better.** "Vous avez vu ? Notre appli BrioPay fait peau neuve."

use super::lexicon::replace_with;
use crate::learn::features::{Features, measure};
use crate::profile::LearnedVoice;
use crate::report::{Finding, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;
use crate::{Locale, packs::grammar::key};

pub struct OffVoice;

static META: RuleMeta = RuleMeta {
    id: "tone/off-voice",
    default_severity: Severity::Hint,
    summary: "A draft unlike the brand's own posts (learned by `brio learn`), with the numbers.",
    fixable: true,
    reach: Reach::Document,
};

/// Fewer posts than this say too little about a voice to hold a draft against them.
const MIN_POSTS: u32 = 10;

/// One way the draft differs: its message part and where it shows.
struct Part {
    text: String,
    span: Option<Span>,
}

/// Whether `part` of `n` is at most a tenth.
fn rare(part: u32, n: u32) -> bool {
    part * 10 <= n
}

/// Whether `part` of `n` is at least half.
fn most(part: u32, n: u32) -> bool {
    part * 2 >= n
}

fn usize_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Rule for OffVoice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(learned) = cx.compiled.voice.learned.as_ref() else { return };
        if learned.posts < MIN_POSTS {
            return;
        }
        if cx.compiled.locale.is_some_and(|l| l != cx.locale) {
            return;
        }
        let f = measure(cx.doc, cx.entities, cx.locale, cx.packs.grammar.grammar(cx.locale));
        let mut parts = Vec::new();
        let mut finding_fixes = Vec::new();
        for (text, span, term) in terms(learned, &f, cx.text()) {
            parts.push(Part {
                text: cx.tr("tone/off-voice.term", &[("text", &text), ("term", &term)]),
                span: Some(span.clone()),
            });
            finding_fixes.push(replace_with(cx, &span, term.to_string(), true));
        }
        address(cx, learned, &f, &mut parts);
        person(cx, learned, &f, &mut parts);
        marks(cx, learned, &f, &mut parts);
        sentences(cx, learned, &f, &mut parts);
        let Some(first) = parts.first() else { return };
        let span = first.span.clone().unwrap_or_else(|| whole(cx.text()));
        let list: Vec<&str> = parts.iter().map(|p| p.text.as_str()).collect();
        // French sets a narrow no-break space before the semicolon.
        let separator = if cx.locale == Locale::Fr { "\u{202f}; " } else { "; " };
        let message = cx.tr(META.id, &[("parts", &list.join(separator))]);
        let mut finding = Finding::new(META.id, span, message);
        finding.fixes = finding_fixes;
        out.push(finding);
    }
}

/// The text without its surrounding white space.
fn whole(text: &str) -> Span {
    let start = text.len() - text.trim_start().len();
    start..text.trim_end().len().max(start)
}

/// Other spellings of the brand's own names: a word that folds to a name ("Briopay",
/// "BRIOPAY"), or two words that join into one ("Brio Pay", "Brio-Pay"). Each with its span
/// and the brand's spelling.
fn terms<'l>(learned: &'l LearnedVoice, f: &Features, text: &str) -> Vec<(String, Span, &'l str)> {
    let folded: Vec<String> = learned.terms.iter().map(|t| key(t)).collect();
    let mut found = Vec::new();
    // Words in text order, so that the spellings come out in order without a sort.
    for (i, (k, span)) in f.keys.iter().enumerate() {
        let written = text.get(span.clone()).unwrap_or("");
        let next = f.keys.get(i + 1);
        for (term, folded) in learned.terms.iter().zip(&folded) {
            if k == folded && written != term {
                found.push((written.to_string(), span.clone(), term.as_str()));
                continue;
            }
            let Some((next, next_span)) = next else { continue };
            let gap = text.get(span.end..next_span.start).unwrap_or("x");
            let joined = gap.chars().all(|c| c == ' ' || c == '-') && gap.len() <= 1;
            if joined
                && folded.len() == k.len() + next.len()
                && folded.starts_with(k.as_str())
                && folded.ends_with(next.as_str())
            {
                let both = span.start..next_span.end;
                found.push((text.get(both.clone()).unwrap_or("").to_string(), both, term.as_str()));
            }
        }
    }
    found
}

/// « tu » where the brand says « vous », and back (French); contractions where it never
/// contracts, and a long draft without any where it always does (English).
fn address(cx: &Context<'_>, l: &LearnedVoice, f: &Features, parts: &mut Vec<Part>) {
    let n = l.posts;
    match cx.locale {
        Locale::Fr => {
            let (tu, vous) = (l.tu.unwrap_or(0), l.vous.unwrap_or(0));
            if f.tu > 0 && f.vous == 0 && rare(tu, n) && most(vous, n) {
                let text = cx.tr("tone/off-voice.tu", &[("count", &vous), ("posts", &n)]);
                parts.push(Part { text, span: f.tu_at.clone() });
            } else if f.vous > 0 && f.tu == 0 && rare(vous, n) && most(tu, n) {
                let text = cx.tr("tone/off-voice.vous", &[("count", &tu), ("posts", &n)]);
                parts.push(Part { text, span: f.vous_at.clone() });
            }
        }
        Locale::En => {
            let Some(with) = l.contractions else { return };
            if f.contractions > 0 && with * 20 <= n {
                let text = cx.tr(
                    "tone/off-voice.contractions",
                    &[("n", &f.contractions), ("count", &(n - with)), ("posts", &n)],
                );
                parts.push(Part { text, span: f.contraction_at.clone() });
            } else if f.contractions == 0 && f.words >= 25 && with * 10 >= n * 7 {
                let text =
                    cx.tr("tone/off-voice.no-contractions", &[("count", &with), ("posts", &n)]);
                parts.push(Part { text, span: None });
            }
        }
    }
}

/// "I" where the brand says "we", and back.
fn person(cx: &Context<'_>, l: &LearnedVoice, f: &Features, parts: &mut Vec<Part>) {
    let (n, i, we) = (l.posts, l.i.unwrap_or(0), l.we.unwrap_or(0));
    if l.i.is_none() || l.we.is_none() {
        return;
    }
    if f.i > 0 && f.we == 0 && rare(i, n) && most(we, n) {
        let text = cx.tr("tone/off-voice.i", &[("count", &we), ("posts", &n)]);
        parts.push(Part { text, span: f.i_at.clone() });
    } else if f.we > 0 && f.i == 0 && rare(we, n) && most(i, n) {
        let text = cx.tr("tone/off-voice.we", &[("count", &i), ("posts", &n)]);
        parts.push(Part { text, span: f.we_at.clone() });
    }
}

/// Emoji and exclamation marks past the brand's habit, or from a brand that uses none; no
/// emoji from a brand whose every post has some; an opening emoji where the brand's posts
/// always (nine in ten) or never open with one.
fn marks(cx: &Context<'_>, l: &LearnedVoice, f: &Features, parts: &mut Vec<Part>) {
    let n = l.posts;
    let emoji = usize_u32(f.emoji);
    if let (Some(with), Some(habit)) = (l.emoji_posts, l.emoji) {
        if with == 0 && emoji > 0 {
            let text = cx.tr("tone/off-voice.emoji-none", &[("n", &emoji), ("posts", &n)]);
            parts.push(Part { text, span: f.emoji_at.clone() });
        } else if emoji > (2 * habit).max(habit + 2) {
            let text = cx.tr("tone/off-voice.emoji", &[("n", &emoji), ("most", &habit)]);
            parts.push(Part { text, span: f.emoji_at.clone() });
        } else if with == n && emoji == 0 {
            let text = cx.tr("tone/off-voice.no-emoji", &[("posts", &n)]);
            parts.push(Part { text, span: None });
        }
    }
    if let Some(openers) = l.emoji_openers {
        if openers * 10 >= n * 9 && !f.opens_with_emoji {
            let text =
                cx.tr("tone/off-voice.no-emoji-opener", &[("count", &openers), ("posts", &n)]);
            parts.push(Part { text, span: None });
        } else if openers == 0 && f.opens_with_emoji {
            let text = cx.tr("tone/off-voice.emoji-opener", &[("posts", &n)]);
            parts.push(Part { text, span: f.emoji_at.clone() });
        }
    }
    let bangs = usize_u32(f.exclamations);
    if let (Some(with), Some(habit)) = (l.exclamation_posts, l.exclamations) {
        if bangs > 0 && (with == 0 || (habit == 0 && bangs >= 2 && rare(with, n))) {
            let text = cx.tr(
                "tone/off-voice.exclamations-none",
                &[("n", &bangs), ("count", &(n - with)), ("posts", &n)],
            );
            parts.push(Part { text, span: f.exclamation_at.clone() });
        } else if habit > 0 && bangs > (2 * habit).max(habit + 2) {
            let text = cx.tr("tone/off-voice.exclamations", &[("n", &bangs), ("most", &habit)]);
            parts.push(Part { text, span: f.exclamation_at.clone() });
        }
    }
}

/// Sentences about twice the brand's usual length: the draft's median sentence at least twice
/// the brand's and a quarter longer than the brand's 95th percentile (`max_sentence_words`), so
/// that one long sentence in a post of the brand's, which happens, is left alone.
fn sentences(cx: &Context<'_>, l: &LearnedVoice, f: &Features, parts: &mut Vec<Part>) {
    let Some(usual) = l.sentence_words else { return };
    let mut lengths = f.sentence_words.clone();
    let median = usize_u32(crate::learn::habits::percentile(&mut lengths, 50));
    let most = cx.compiled.voice.max_sentence_words.unwrap_or(usual * 2);
    if usual > 0 && median >= 2 * usual && median >= most + most / 4 {
        let text = cx.tr("tone/off-voice.sentences", &[("words", &median), ("usual", &usual)]);
        parts.push(Part { text, span: f.longest_at.clone() });
    }
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::fixture::Case;

    const VOUS: &str = "locale = \"fr\"\n[voice]\nmax_sentence_words = 22\n[voice.learned]\nposts = 30\ntu = 0\nvous = 27\ni = 1\nwe = 20\nemoji_posts = 0\nemoji = 0\nexclamation_posts = 2\nexclamations = 0\nsentence_words = 11\nterms = [\"BrioPay\"]\n";

    const CASUAL: &str = "locale = \"en\"\n[voice.learned]\nposts = 40\ncontractions = 34\ni = 2\nwe = 30\nemoji_posts = 40\nemoji = 3\nexclamation_posts = 30\nexclamations = 2\nsentence_words = 8\n";

    fn message(text: &str, locale: crate::Locale, profile: &str) -> Vec<String> {
        let report = Case::new(text, locale).toml(profile).check();
        report.of("tone/off-voice").iter().map(|d| d.message.clone()).collect()
    }

    #[test]
    fn a_switch_to_tu_and_emoji_from_a_brand_without() {
        let text = "Tu as vu ? Notre appli fait peau neuve 🚀🔥🎉✨";
        let found = message(text, Fr, VOUS);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("« tu »") && found[0].contains("27 de ses 30"), "{}", found[0]);
        assert!(found[0].contains("4 emoji"), "{}", found[0]);
        assert_eq!(flagged_with(text, Fr, VOUS), ["Tu"]);
    }

    #[test]
    fn an_emoji_to_open_a_post_is_a_habit_too() {
        let opens = VOUS.replace(
            "emoji_posts = 0\nemoji = 0\n",
            "emoji_posts = 29\nemoji = 1\nemoji_openers = 29\n",
        );
        let found = message("Votre carte arrive demain, sans frais.", Fr, &opens);
        assert_eq!(
            found,
            [
                "Pas comme les posts de la marque : aucun emoji en tête du post, quand 29 de ses 30 posts s’ouvrent sur un."
            ]
        );
        let never = CASUAL.replace("emoji_posts = 40\n", "emoji_posts = 40\nemoji_openers = 0\n");
        let found = message("🎉 We're back, and it's great to see you all here today.", En, &never);
        assert!(
            found
                .iter()
                .any(|m| m.contains("an emoji to open the post, where none of its 40 posts")),
            "{found:?}"
        );
    }

    fn flagged_with(text: &str, locale: crate::Locale, profile: &str) -> Vec<String> {
        Case::new(text, locale).toml(profile).check().flagged("tone/off-voice")
    }

    #[test]
    fn a_new_spelling_of_a_name_is_fixed() {
        let text = "Vos virements passent par Brio Pay, et votre carte par Briopay.";
        assert_eq!(flagged_with(text, Fr, VOUS), ["Brio Pay"]);
        let report = Case::fr(text).toml(VOUS).check();
        let d = &report.of("tone/off-voice")[0];
        assert_eq!(d.suggestions.len(), 2);
        assert_eq!(
            report.fixed("tone/off-voice"),
            "Vos virements passent par BrioPay, et votre carte par Briopay."
        );
    }

    #[test]
    fn the_brands_typical_posts_are_left_alone() {
        for text in [
            "Vos virements arrivent désormais en dix secondes avec BrioPay. Nous avons tout vérifié pour vous.",
            "Nouveau : vous pouvez bloquer votre carte depuis l’application, même sans réseau.",
        ] {
            assert!(message(text, Fr, VOUS).is_empty(), "{text}");
        }
        let text = "We're roasting today 🔥☕ Come say hi, we've got cake! 🎂";
        assert!(message(text, En, CASUAL).is_empty());
    }

    #[test]
    fn a_formal_long_draft_in_a_casual_voice() {
        let text = "We are pleased to announce that our organisation has concluded a strategic agreement with several regional partners, which will enable us to extend the scope of our services considerably over the coming financial year.";
        let found = message(text, En, CASUAL);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("no contraction")
                && found[0].contains("no emoji")
                && found[0].contains("sentences of"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn silent_without_learned_facts_or_with_few_posts() {
        let text = "Tu as vu ? 🚀🔥🎉✨";
        assert!(message(text, Fr, "[voice]\naddress = \"vous\"\n").is_empty());
        assert!(
            message(
                text,
                Fr,
                "[voice.learned]\nposts = 9\ntu = 0\nvous = 9\nemoji_posts = 0\nemoji = 0\n"
            )
            .is_empty()
        );
        assert!(message("I'm here 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", En, VOUS).is_empty());
    }
}
