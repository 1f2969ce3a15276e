//! # tone/prohibitions
//!
//! **What it flags.** A run of prohibitions: three or more orders in the negative in one post.
//! In French, "ne" (or "n’"), up to two object pronouns, a verb and "pas", "plus", "jamais",
//! "rien"…: "Ne manquez pas…", "N’oubliez jamais…", "Ne les laissez pas…", "Ne pas jeter…",
//! at the start of a sentence, a line or a list item, and also after a comma or "et", "mais",
//! "donc" when the verb is in the "vous" or "nous" form ("Pour votre sécurité, ne descendez
//! pas", "… et ne laissez pas vos sacs"). In English, "Don’t…", "Do not…", "Never…" at the
//! start of a sentence, after a comma, "please", "so", or after "and", "but", "or" in a clause
//! without a subject ("Bring water and don’t forget a hat"). Each of them is flagged once the
//! post holds three. Statements ("nous ne fermons pas", "we open at 9 and don’t close until
//! 6"), questions ("Ne trouvez-vous pas ?", "Don’t you love it?") and "never" before an
//! auxiliary or "again" ("Never been better") are not orders. An order is read within its
//! paragraph: no word after a blank line is its verb.
//!
//! **Why it matters.** A post that says what not to do sounds like a rule book; readers
//! remember the forbidden action, not the advice. A positive instruction is shorter and kinder.
//!
//! **Example.** "N’oubliez pas votre badge. Ne venez pas en retard. Ne garez pas devant."
//!
//! **Better.** "Pensez à votre badge, arrivez à 9 h, garez-vous au parking P2."

use std::sync::OnceLock;

use super::keyed_words::{KeyedWord, Lead, Sieve, clause_start, sieve};
use crate::i18n::Locale;
use crate::packs::Grammar;
use crate::packs::grammar::WordSet;
use crate::report::{Finding, Severity};
use crate::rules::partials::within;
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;

pub struct Prohibitions;

static META: RuleMeta = RuleMeta {
    id: "tone/prohibitions",
    default_severity: Severity::Info,
    summary: "Three or more negative orders (ne … pas, don't, never) in one post.",
    fixable: false,
    reach: Reach::Document,
};

/// How many prohibitions make a run.
const RUN: usize = 3;

/// Words after which a French order starts as it would a clause ("donc ne venez pas").
const OPENERS_FR: &[&str] = &["donc", "alors", "surtout", "svp", "stp", "plaît", "enfin"];
/// Conjunctions that may join an order to another ("arrivez tôt et ne laissez rien") or a
/// statement to another ("nous ouvrons à 9 h et ne fermons pas"): the clause before tells.
const JOINERS_FR: &[&str] = &["et", "mais", "ou", "puis"];
/// Object pronouns between "ne" and the verb ("ne les laissez pas", "ne vous inquiétez pas").
const OBJECTS_FR: &[&str] =
    &["le", "la", "les", "lui", "leur", "y", "en", "me", "te", "nous", "vous"];
/// Elided object pronouns ("ne l’oubliez pas", "ne t’inquiète pas").
const ELIDED_OBJECTS_FR: &[&str] = &["l", "m", "t"];
/// Adverbs between the verb and the negation ("n’oubliez surtout pas").
/// "à" for "ne touchez à rien".
const INSIDE_FR: &[&str] = &["surtout", "donc", "vraiment", "absolument", "certainement", "à"];
/// After a subject "vous" or "nous", the words that may follow it: a pronoun or "ne".
const AFTER_SUBJECT_FR: &[&str] =
    &["ne", "y", "en", "le", "la", "les", "lui", "leur", "vous", "nous", "êtes", "dites", "faites"];

/// Words after which an English order starts as it would a clause ("please don't").
const OPENERS_EN: &[&str] = &["please", "pls", "plz", "so", "then", "just"];
/// Conjunctions that may join an order ("bring water and don't forget a hat") or a statement
/// ("we open at 9 and don't close until 6").
const JOINERS_EN: &[&str] = &["and", "but", "or"];
/// Words that make the clause before a conjunction a statement: subject pronouns, and the
/// determiners a noun subject starts with ("our bakers start early and never stop").
const SUBJECTS_EN: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "i'm", "we're", "you're", "they're", "he's",
    "she's", "it's", "i've", "we've", "you've", "they've", "i'll", "we'll", "you'll", "they'll",
    "i'd", "we'd", "you'd", "they'd", "there", "the", "a", "an", "our", "my", "your", "their",
    "his", "her", "its", "this", "that", "these", "those", "every", "each", "some", "many", "most",
    "all", "no", "everyone", "nobody", "people",
];
/// Words after "never" that make it no order ("never again", "never been better", "never
/// have I…").
const NOT_AFTER_NEVER: &[&str] = &[
    "a", "an", "the", "again", "before", "been", "had", "has", "have", "was", "were", "is", "are",
    "did", "do", "does", "will", "would", "could", "should", "can", "mind", "enough", "once",
    "too", "so", "more", "less", "ever",
];
/// Verbs whose base form is also their past participle: after "never" they are read as the
/// order they usually are ("Never put water on a chip pan fire"), not as a participle
/// ("never seen").
const BASE_AS_PARTICIPLE: &[&str] = &[
    "put",
    "cut",
    "set",
    "let",
    "hit",
    "shut",
    "run",
    "come",
    "become",
    "hurt",
    "cost",
    "quit",
    "spread",
    "read",
    "bet",
    "burst",
    "cast",
    "split",
    "upset",
    "shed",
    "overcome",
    "forecast",
    "broadcast",
];
/// Words after "don't" that make it a question ("don't you love it") or a statement whose
/// subject was left out.
const NOT_AFTER_DONT: &[&str] = &["you", "we", "they", "i", "he", "she", "it", "know"];

/// Where a possible order stands in its sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// At the start of a clause (of a sentence, a line, after a colon) or after "please",
    /// "donc": nothing before it can be its subject.
    Start,
    /// After a comma: the clause before may be a condition ("si vous venez, ne…").
    Comma,
    /// After "et", "and": the order may share a subject with the clause before.
    Joined,
}

/// Where the word at `i` stands, if it may start an order.
fn place(
    cx: &Context<'_>,
    all: &[KeyedWord<'_>],
    i: usize,
    openers: &[&str],
    joiners: &[&str],
) -> Option<Place> {
    let w = all.get(i)?;
    let text = cx.text();
    if clause_start(text, w.span.start) {
        return Some(Place::Start);
    }
    let before = text.get(..w.span.start)?.trim_end();
    if before.ends_with(',') {
        return Some(Place::Comma);
    }
    let prev = all.get(i.checked_sub(1)?)?;
    if !super::keyed_words::adjacent(cx, &prev.span, &w.span) {
        return None;
    }
    if openers.contains(&prev.key()) {
        Some(Place::Start)
    } else if joiners.contains(&prev.key()) {
        Some(Place::Joined)
    } else {
        None
    }
}

/// The words of the clause before word `i`: back to the start of its sentence or the last
/// comma, colon or semicolon before it.
fn clause_before<'a, 't>(
    cx: &Context<'_>,
    all: &'a [KeyedWord<'t>],
    i: usize,
) -> &'a [KeyedWord<'t>] {
    let text = cx.text();
    let Some(w) = all.get(i) else { return &[] };
    let sentences = cx.doc.sentences();
    let at = sentences.partition_point(|s| s.end <= w.span.start);
    let start = sentences.get(at).map_or(0, |s| s.start);
    let mut first = i;
    while let Some(k) = first.checked_sub(1) {
        let (Some(a), Some(b)) = (all.get(k), all.get(first)) else { break };
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        if a.span.start < start || gap.contains([',', ';', ':', '\n']) {
            break;
        }
        first = k;
    }
    all.get(first..i).unwrap_or(&[])
}

/// Whether the sentence holding byte `at` is a question: a "?" after `at`, before the
/// sentence ends.
fn in_question(cx: &Context<'_>, at: usize) -> bool {
    let sentences = cx.doc.sentences();
    let k = sentences.partition_point(|s| s.end <= at);
    let end = sentences.get(k).map_or(cx.text().len(), |s| s.end);
    cx.text().get(at..end).is_some_and(|rest| rest.contains(['?', '？']))
}

/// The key without the narrow no-break spaces word segmentation glues to a word ("pas\u{202f}"
/// before a "!" typed the French way).
fn bare(key: &str) -> &str {
    key.trim_matches('\u{202f}')
}

/// The end of `w` without a narrow no-break space glued to it.
fn end_of(w: &KeyedWord<'_>) -> usize {
    w.span.end - (w.text.len() - w.text.trim_end_matches('\u{202f}').len())
}

/// Whether a "vous" (for a verb in -ez) or "nous" (in -ons) in `clause` is a subject: followed
/// by "ne", a pronoun or a verb of that person ("nous ouvrons à 9 h et ne fermons pas").
fn has_subject_fr(clause: &[KeyedWord<'_>], verb: &str) -> bool {
    let (pronoun, ending) = if verb.ends_with("ez") { ("vous", "ez") } else { ("nous", "ons") };
    clause.windows(2).any(|pair| {
        let [p, next] = pair else { return false };
        if p.key() != pronoun {
            return false;
        }
        // "vous n’avez", "nous l’avons": an elided "ne" or pronoun.
        let elided = next.elision().0.is_some_and(|h| matches!(h, "n" | "l" | "m" | "t"));
        let key = bare(next.key());
        elided
            || key.ends_with(ending)
            || pronoun == "nous" && key == "sommes"
            || AFTER_SUBJECT_FR.contains(&key)
    })
}

/// The French prohibition starting at word `i`, if there is one.
fn prohibition_fr(cx: &Context<'_>, g: &Grammar, all: &[KeyedWord<'_>], i: usize) -> Option<Span> {
    let w = all.get(i)?;
    // Most words: no elision, and not "ne".
    if !w.elided() && w.lead != Lead::of("ne") {
        return None;
    }
    // The words are tested before the clause: most words start no prohibition, and the test
    // on the text around them costs more.
    let (head, tail) = w.elision();
    if head != Some("n") && tail != "ne" {
        return None;
    }
    let place = place(cx, all, i, OPENERS_FR, JOINERS_FR)?;
    let all = within(cx.text(), all, i);
    // The pieces after "ne": the rest of "n’y", "n’oubliez", then the next words, an elided
    // pronoun set apart ("l’oubliez": "oubliez").
    let rest = all.iter().enumerate().skip(i + 1).take(6).map(|(k, n)| match n.elision() {
        (Some(h), t) if ELIDED_OBJECTS_FR.contains(&h) => (k, t),
        _ => (k, bare(n.key())),
    });
    let own = (head == Some("n")).then_some((i, tail));
    let mut at = own.into_iter().chain(rest).peekable();
    // "Ne pas jeter", "ne jamais laisser": an order in the infinitive, as notices write them.
    if let Some(&(k, first)) = at.peek() {
        if matches!(first, "pas" | "jamais" | "plus") {
            if place == Place::Joined || in_question(cx, w.span.start) {
                return None;
            }
            let last = all.get(k + 1).filter(|v| bare(v.key()).ends_with(['r', 'e']));
            let end = last.or(all.get(k))?;
            return Some(w.span.start..end_of(end));
        }
    }
    let mut objects = 0;
    let (verb_at, verb) = loop {
        let (k, piece) = at.next()?;
        if OBJECTS_FR.contains(&piece) && objects < 2 {
            objects += 1;
            continue;
        }
        break (k, piece);
    };
    // "Ne sachant pas", "N’est-ce pas", "ne trouvez-vous pas": no order.
    let followed_by_hyphen = all
        .get(verb_at)
        .and_then(|v| cx.text().get(v.span.end..))
        .is_some_and(|rest| rest.starts_with(['-', '‑']));
    if verb.ends_with("ant") || g.be.contains(verb) || followed_by_hyphen {
        return None;
    }
    let person = verb.ends_with("ez") || verb.ends_with("ons");
    let end = all
        .iter()
        .skip(verb_at + 1)
        .take(2)
        .enumerate()
        .find_map(|(n, v)| {
            let key = bare(v.key());
            if g.negation.contains(key) {
                Some(Some(v))
            } else if n == 0 && INSIDE_FR.contains(&key) {
                None
            } else {
                Some(None)
            }
        })
        .flatten()?;
    match place {
        Place::Start => {}
        // After a comma or a conjunction, only a verb whose form says who it addresses.
        Place::Comma if person => {}
        Place::Joined
            if person && !has_subject_fr(clause_before(cx, all, i.saturating_sub(1)), verb) => {}
        _ => return None,
    }
    if in_question(cx, w.span.start) {
        return None;
    }
    Some(w.span.start..end_of(end))
}

/// The English prohibition starting at word `i`, if there is one. `starts` sieves the words
/// that open one.
fn prohibition_en(
    cx: &Context<'_>,
    g: &Grammar,
    starts: &Sieve,
    all: &[KeyedWord<'_>],
    i: usize,
) -> Option<Span> {
    let w = all.get(i)?;
    // Most words: no elision (the lead is then the key's), not "do", and no word that opens a
    // prohibition is as long and starts the same.
    if !w.elided() && !starts.may_hold(w.lead) && w.lead != Lead::of("do") {
        return None;
    }
    let all = within(cx.text(), all, i);
    let next = all.get(i + 1);
    let (verb, end) = if g.prohibition_start.contains(w.key()) {
        (next, next.map_or(w.span.end, |n| n.span.end))
    } else if w.key() == "do" && next.is_some_and(|n| n.key() == "not") {
        let verb = all.get(i + 2);
        (verb, verb.or(next).map_or(w.span.end, |n| n.span.end))
    } else {
        return None;
    };
    let verb = verb.map(|v| v.key()).unwrap_or_default();
    if w.key() == "never" {
        let participle = g.participles.contains(verb) && !BASE_AS_PARTICIPLE.contains(&verb)
            || verb.len() >= 5 && verb.ends_with("ed") && !g.not_participles.contains(verb);
        // "never gives up": a statement whose subject was left out.
        let third_person =
            verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss") && !verb.ends_with("us");
        if NOT_AFTER_NEVER.contains(&verb) || participle || third_person {
            return None;
        }
    } else if NOT_AFTER_DONT.contains(&verb) {
        return None;
    }
    match place(cx, all, i, OPENERS_EN, JOINERS_EN)? {
        Place::Start | Place::Comma => {}
        Place::Joined => {
            let clause = clause_before(cx, all, i.saturating_sub(1));
            if clause.iter().any(|c| SUBJECTS_EN.contains(&c.key())) {
                return None;
            }
        }
    }
    if in_question(cx, w.span.start) {
        return None;
    }
    Some(w.span.start..end)
}

/// The orders in the negative of the text of `cx`, in text order (an order never reads a word
/// across a blank line, [`within`]): the partial result a session keeps per paragraph
/// ([`crate::rules::partials`]).
pub(crate) fn orders(cx: &Context<'_>) -> Vec<Span> {
    let all = cx.words();
    let g = cx.packs.grammar.grammar(cx.locale);
    // A build without the language has no grammar words for it (its packs), and so no orders.
    match cx.locale {
        Locale::Fr if crate::i18n::carried(Locale::Fr) => {
            (0..all.len()).filter_map(|i| prohibition_fr(cx, g, all, i)).collect()
        }
        Locale::En if crate::i18n::carried(Locale::En) => {
            static STARTS: OnceLock<(Vec<WordSet>, Sieve)> = OnceLock::new();
            let made = sieve(&STARTS, &[&g.prohibition_start]);
            let starts: &Sieve = &made;
            (0..all.len()).filter_map(|i| prohibition_en(cx, g, starts, all, i)).collect()
        }
        _ => Vec::new(),
    }
}

impl Rule for Prohibitions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let found = crate::rules::partials::or_made(cx, |p| &p.prohibitions, orders);
        if found.len() < RUN {
            return;
        }
        let count = found.len();
        for (n, span) in found.iter().enumerate() {
            let text = cx.doc.slice(span);
            let message = cx.tr(META.id, &[("text", &text), ("n", &(n + 1)), ("count", &count)]);
            out.push(Finding::new(META.id, span.clone(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::Case;

    #[test]
    fn flags_a_run_of_prohibitions() {
        let text = "N’oubliez pas votre badge. Ne venez pas en retard.\n- Ne garez jamais devant.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/prohibitions"),
            ["N’oubliez pas", "Ne venez pas", "Ne garez jamais"]
        );
        let text = "Don't be late. Do not park here. Never skip the badge.";
        assert_eq!(
            Case::en(text).check().flagged("tone/prohibitions"),
            ["Don't be", "Do not park", "Never skip"]
        );
    }

    #[test]
    fn an_order_is_read_within_its_paragraph() {
        // The verb after a blank line is another paragraph's: what the rule finds in a
        // paragraph is what it finds in that paragraph alone (an incremental check's partials).
        let text = "Don't\n\nforget the badge. Don't be late. Do not park here.";
        assert_eq!(
            Case::en(text).check().flagged("tone/prohibitions"),
            ["Don't", "Don't be", "Do not park"]
        );
    }

    #[test]
    fn flags_french_orders_inside_a_sentence() {
        let text = "Pour votre sécurité, ne descendez pas sur les voies et ne laissez pas vos \
                    bagages sans surveillance. Si vous venez en voiture, ne vous garez jamais \
                    devant l’entrée.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/prohibitions"),
            ["ne descendez pas", "ne laissez pas", "ne vous garez jamais"]
        );
        let text = "Rappel : ne les laissez pas seuls. N’y allez jamais sans casque. Arrivez tôt \
                    et n’oubliez surtout pas vos billets\u{202f}!";
        assert_eq!(
            Case::fr(text).check().flagged("tone/prohibitions"),
            ["ne les laissez pas", "N’y allez jamais", "n’oubliez surtout pas"]
        );
        let text = "Ne pas jeter sur la voie publique. Ne touchez à rien. Ne lâchons rien.";
        assert_eq!(
            Case::fr(text).check().flagged("tone/prohibitions"),
            ["Ne pas jeter", "Ne touchez à rien", "Ne lâchons rien"]
        );
    }

    #[test]
    fn flags_english_orders_wherever_they_start() {
        let text = "Please don't run on the platform, and don't leave bags unattended. If you \
                    drive, never park in front of the gate.";
        assert_eq!(
            Case::en(text).check().flagged("tone/prohibitions"),
            ["don't run", "don't leave", "never park"]
        );
        let text = "Bring water and don't forget a hat. It gets hot, so do not skip sunscreen. \
                    Just never swim alone.";
        assert_eq!(
            Case::en(text).check().flagged("tone/prohibitions"),
            ["don't forget", "do not skip", "never swim"]
        );
        // A verb whose participle is its base form is an order after "never" too.
        let text = "Never leave a pan unattended. Don't overload extension leads. Never put \
                    water on a chip pan fire.";
        assert_eq!(
            Case::en(text).check().flagged("tone/prohibitions"),
            ["Never leave", "Don't overload", "Never put"]
        );
        assert!(
            Case::en("We have never put a price on it. Never seen a crowd like it. Don't panic.")
                .check()
                .flagged("tone/prohibitions")
                .is_empty()
        );
    }

    #[test]
    fn does_not_flag_a_single_one_or_statements() {
        let text =
            "Ne manquez pas notre atelier. Nous ne sommes pas fermés, nous ne partons jamais.";
        assert!(Case::fr(text).check().flagged("tone/prohibitions").is_empty());
        assert!(
            Case::en("Don't miss it. We never close.")
                .check()
                .flagged("tone/prohibitions")
                .is_empty()
        );
    }

    /// Each sentence after two orders: were it counted an order, the three would be flagged.
    #[test]
    fn statements_and_questions_are_not_orders() {
        for text in [
            "Nous ne fermons pas en août.",
            "Nous ouvrons à 9 h et ne fermons pas avant 19 h.",
            "Vous arrivez tôt et ne trouvez pas de place.",
            "Vous arrivez et ne trouvez pas de place ?",
            "Ne trouvez-vous pas que c’est beau ?",
            "C’est beau, n’est-ce pas ?",
            "Pourquoi ne pas venir ?",
            "La gare ouvre à 6 h et ne ferme pas la nuit.",
            "La ligne 2 roule, mais ne dessert plus Lyon.",
            "Ne sachant pas quoi faire, il attend.",
            "Vous ne pouvez pas entrer, on ne sait jamais.",
            "Nous ne fermons jamais le lundi, et nous ne partons pas.",
            "Nous vous attendons et ne partirons pas sans vous.",
            "Notre équipe travaille et ne s’arrête jamais.",
            "Nous ouvrons tôt, et ne fermons pas avant minuit ?",
        ] {
            let text = format!("Ne courez pas. Ne criez pas. {text}");
            assert!(Case::fr(&text).check().flagged("tone/prohibitions").is_empty(), "{text}");
        }
        for text in [
            "We open at 9 and don't close until 6.",
            "Our bakers start early and never stop.",
            "Don't you love it?",
            "Why not? You can come, don't you think?",
            "Never been better.",
            "Never again, and never a dull moment.",
            "We don't sell online.",
            "People who don't book can still come.",
            "They never get a seat.",
            "Our team never gives up and never stops.",
            "The shop is open and never closes early.",
        ] {
            let text = format!("Don't run. Don't shout. {text}");
            assert!(Case::en(&text).check().flagged("tone/prohibitions").is_empty(), "{text}");
        }
    }
}
