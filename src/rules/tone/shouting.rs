//! # tone/shouting
//!
//! **What it flags.** Words written in capitals for emphasis: "HUGE NEWS", "C’EST PARTI",
//! "FREE". Acronyms and initialisms are left alone (NASA, UN, RH, CEO, B2B, URSSAF, any word
//! with a digit or hyphened to a number as names of trials and models are (HEART-5), short
//! words unless they are known shouts, part of a run of capitals, or a common word exclaimed
//! ("are OPEN!!!"), though short capitals that are no word stay acronyms side by side: SAP
//! IBP), and so are code names
//! joined by underscores (MAX_RETRIES), keywords to text to a number ("text SHOUT to
//! 85258"), hashtags, mentions and links. A run of capitals is one
//! finding.
//!
//! **Why it matters.** Capitals read as shouting, are harder to read, and screen readers may
//! spell them out letter by letter.
//!
//! **Example.** "HUGE NEWS: our shop opens in Lyon."
//!
//! **Better.** "Huge news: our shop opens in Lyon." The fix writes the run in sentence case
//! and keeps the acronyms in it; the words English capitalises keep their capital (FRIDAY →
//! Friday, JANUARY → January, I'M → I'm), and so do names (LONDON → London). It is safe only
//! when the case of every word is certain: a common word of the post's language (not one that
//! is also a name, like PARIS or MAY), or a weekday, month or "I" in English; and, in French,
//! only when the run keeps its accents (an accented capital in it), since "A LA FETE" lowered
//! would read "a la fete" rather than "à la fête".

use super::keyed_words::KeyedWord;
use super::lexicon::sentence_start;
use crate::hashtags::frequency::lookup;
use crate::hashtags::tag_key::fold;
use crate::i18n::Locale;
use crate::packs::{Grammar, GrammarLists};
use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;
use brio_compile::case::CaseMap as _;

pub struct Shouting;

static META: RuleMeta = RuleMeta {
    id: "tone/shouting",
    default_severity: Severity::Warning,
    summary: "Words in capitals for emphasis (not acronyms); the fix writes them in sentence case.",
    fixable: true,
    reach: Reach::Paragraph,
};

/// How a word in capitals reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caps {
    /// Not in capitals.
    No,
    /// A single capital ("À", "A", "I"): part of a run between shouted words ("DÉCEMBRE À
    /// PRIX FOUS"), nothing on its own.
    Letter,
    /// A known acronym, or short enough to be one.
    Acronym,
    /// Capitals that may be an acronym alone (short, with a vowel), but shout in a run
    /// ("DON'T MISS IT").
    Maybe,
    /// Capitals that shout on their own.
    Shout,
}

fn caps(word: &str, lists: &GrammarLists) -> Caps {
    // A digit makes a name (HEART5); an underscore, a constant or variable of code
    // (MAX_RETRIES), which has no other spelling.
    if word.chars().any(|c| c.is_ascii_digit() || c == '_') {
        return Caps::No;
    }
    // Counted without collecting: most words have a lower-case letter and stop here.
    let letters = || word.chars().filter(|c| c.is_alphabetic());
    if letters().any(|c| !c.is_uppercase()) {
        return Caps::No;
    }
    if letters().nth(1).is_none() {
        let single = word.chars().nth(1).is_none() && letters().next().is_some();
        return if single { Caps::Letter } else { Caps::No };
    }
    // "L’ONU": the elided article does not make the acronym shout.
    let upper = word.upper().replace('’', "'");
    let tail = upper.rsplit('\'').next().unwrap_or(&upper);
    if lists.acronyms.contains(&upper) || lists.acronyms.contains(tail) {
        return Caps::Acronym;
    }
    if lists.shout.contains(&upper) {
        return Caps::Shout;
    }
    let vowels = letters().filter(|c| "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ".contains(*c)).count();
    let count = letters().count();
    if count >= 7 && vowels > 0 && !elongated(&upper) && !known_inflected(tail) {
        // Seven capitals or more that are no word of either language, and no word drawn out
        // ("GOOOOAL"), are a name set in capitals (VALORANT, a game): they shout only in a run.
        return Caps::Maybe;
    }
    if count >= 5 && vowels > 0 && count <= 6 && letters().all(|c| c.is_ascii()) && !known(tail) {
        // Five or six plain capitals that are no word of either language read as an
        // organisation's acronym (CROUS, DREES, ATSEM): they shout only in a run.
        Caps::Maybe
    } else if count >= 5 && vowels > 0 {
        Caps::Shout
    } else if vowels > 0 {
        Caps::Maybe
    } else {
        Caps::Acronym
    }
}

/// Whether a letter stands three times in a row: a word drawn out for emphasis ("SOOOO",
/// "GOOOOAL"), never a name's spelling.
fn elongated(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(mut last) = chars.next() else { return false };
    let mut run = 1;
    for c in chars {
        run = if c == last { run + 1 } else { 1 };
        if run >= 3 && c.is_alphabetic() {
            return true;
        }
        last = c;
    }
    false
}

/// Whether capitals spell a word of either list, or its plural or feminine that the lists
/// lack ("MOBILISÉES": "mobilisé" with "es").
fn known_inflected(upper: &str) -> bool {
    let key = crate::hashtags::tag_key::fold(upper);
    let mut stem = key.as_str();
    for _ in 0..3 {
        if crate::hashtags::frequency::lookup_any(stem).is_some() {
            return true;
        }
        match stem.strip_suffix('s').or_else(|| stem.strip_suffix('e')) {
            Some(shorter) => stem = shorter,
            None => return false,
        }
    }
    false
}

/// Whether capitals are at most four letters and no word of either language (IBP, RSA): an
/// acronym even next to another one. An elided article before a word is not counted
/// ("L’ONU"); a contraction ("LET'S", "DON'T") is a word.
fn short_unknown(word: &str) -> bool {
    let tail = word.rsplit(['\'', '’']).next().unwrap_or(word);
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    if tail.len() < word.len() && letters(tail) < 2 {
        return false;
    }
    letters(tail) <= 4 && !known(tail)
}

/// Whether a word in capitals is a word of the French or English lists.
fn known(upper: &str) -> bool {
    crate::hashtags::frequency::lookup_any(&crate::hashtags::tag_key::fold(upper)).is_some()
}

impl Rule for Shouting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let text = cx.text();
        let mut run: Vec<(&KeyedWord<'_>, Caps)> = Vec::new();
        for w in cx.words() {
            // Most words cannot be in capitals (`may_shout`); `caps` would say so after a walk
            // over their chars.
            let mut c = if w.may_shout { caps(core(w).1, &cx.packs.grammar) } else { Caps::No };
            if c != Caps::No && (numbered(text, &core(w).0) || sms_keyword(text, &core(w).0)) {
                c = Caps::Acronym;
            }
            if c == Caps::Maybe && exclaimed(text, &core(w).0) && common_word(core(w).1) {
                c = Caps::Shout;
            }
            let joins =
                run.last().is_some_and(|(prev, _)| same_run(text, prev.span.end, w.span.start));
            if c == Caps::Letter && !joins {
                c = Caps::No;
            }
            if (c == Caps::No || !joins) && !run.is_empty() {
                flush(cx, text, &mut run, out);
            }
            if c != Caps::No {
                run.push((w, c));
            }
        }
        flush(cx, text, &mut run, out);
    }
}

/// Reports the run if it shouts, and empties it.
fn flush(
    cx: &Context<'_>,
    text: &str,
    run: &mut Vec<(&KeyedWord<'_>, Caps)>,
    out: &mut Vec<Finding>,
) {
    let shouts = run.iter().filter(|(_, c)| *c == Caps::Shout).count();
    // Short words of neither language are acronyms side by side ("SAP IBP", "CAF RSA");
    // words of a language, and longer capitals, shout together ("SOLD OUT", "SOOOO GOOD").
    // Asked only of a run.
    let maybes = || run.iter().filter(|(w, c)| *c == Caps::Maybe && !short_unknown(core(w).1));
    if shouts > 0 || maybes().nth(1).is_some() {
        if let Some(finding) = finding(cx, text, run) {
            out.push(finding);
        }
    }
    run.clear();
}

/// Whether the capitals at `span` are hyphened to a number, as the names of trials, models
/// and standards are (HEART-5, COVID-19, ISO-9001): a name, not a shout.
fn numbered(text: &str, span: &Span) -> bool {
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    let bytes = text.as_bytes();
    let after = bytes.get(span.end) == Some(&b'-') && digit(bytes.get(span.end + 1));
    let before = span.start >= 2
        && bytes.get(span.start - 1) == Some(&b'-')
        && digit(bytes.get(span.start - 2));
    after || before
}

/// Whether the capitals at `span` are a keyword to text to a number ("text SHOUT to 85258",
/// « envoyez DON au 92392 »): what the reader types, spelled as the service wants it.
fn sms_keyword(text: &str, span: &Span) -> bool {
    let Some(rest) = text.get(span.end..) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    ["to ", "au ", "TO ", "AU "].iter().any(|to| {
        rest.strip_prefix(to)
            .is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Whether an exclamation mark follows the capitals at `span` (after spaces, as French sets it):
/// "are OPEN!!!", « C’est OUVERT ! ». An acronym is seldom exclaimed; a word in capitals that is,
/// is raised.
fn exclaimed(text: &str, span: &Span) -> bool {
    text.get(span.end..)
        .is_some_and(|rest| rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).starts_with('!'))
}

/// Whether capitals spell a common word of either list (in a dictionary, not only a name's
/// spelling, and frequent): "OPEN", « FINI », not "NASA" nor "CAF".
fn common_word(upper: &str) -> bool {
    let key = crate::hashtags::tag_key::fold(upper);
    crate::hashtags::frequency::lookup_any(&key).is_some_and(|e| e.dictionary && e.zipf() >= 4.0)
}

/// Words stay in one run when only spaces and light punctuation separate them.
fn same_run(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start).is_some_and(|gap| {
        gap.chars()
            .all(|c| (c.is_whitespace() && c != '\n') || matches!(c, ',' | '-' | '\'' | '’' | '&'))
    })
}

/// The word without what word segmentation glues to it (the narrow no-break space before a
/// French "!" or "»"): its span and text, from its first letter or digit to its last.
fn core<'t>(w: &KeyedWord<'t>) -> (Span, &'t str) {
    let text = w.text.trim_matches(|c: char| !c.is_alphanumeric());
    let start = w.span.start
        + (w.text.len() - w.text.trim_start_matches(|c: char| !c.is_alphanumeric()).len());
    (start..start + text.len(), text)
}

/// How a shouted word is written in sentence case.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    /// A capital first letter: "Friday", "I'm", "London".
    Capital,
}

/// How `word` (a shouted word, not an acronym) is written in sentence case, and whether that
/// is certain. `at` is the word's span in the post, for "MAY 5" and "5 MARCH".
fn case_of(cx: &Context<'_>, g: &Grammar, word: &str, at: &Span) -> (Case, bool) {
    let key = crate::packs::grammar::key(word);
    if g.case_ambiguous.contains(&key) {
        // The likelier reading, never certain: a name when the word is also listed as one
        // (PARIS), the month next to a number in English ("MAY 5", "5 MARCH"), else lower case.
        let text = cx.text();
        let digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
        let digit_after = text.get(at.end..).is_some_and(|t| digit(t.trim_start()));
        let digit_before = text
            .get(..at.start)
            .is_some_and(|t| t.trim_end().ends_with(|c: char| c.is_ascii_digit()));
        let month = cx.locale == Locale::En && (digit_after || digit_before);
        let name = month || g.capitalised.contains(&key);
        return (if name { Case::Capital } else { Case::Lower }, false);
    }
    if g.capitalised.contains(&key) {
        return (Case::Capital, true);
    }
    // "À", "A", "Y" (and "I", capitalised above).
    if word.chars().nth(1).is_none() {
        return (Case::Lower, true);
    }
    if g.contractions.get(&key).is_some() {
        return (Case::Lower, true);
    }
    // "L’ÉQUIPE", "C’EST": the word after the elided article or pronoun.
    let tail = match key.split_once('\'') {
        Some((head, tail))
            if cx.locale == Locale::Fr
                && matches!(head, "c" | "d" | "j" | "l" | "m" | "n" | "s" | "t" | "qu") =>
        {
            tail
        }
        _ => key.as_str(),
    };
    let folded = fold(tail);
    if folded.is_empty() || !folded.bytes().all(|b| b.is_ascii_lowercase()) {
        return (Case::Lower, false);
    }
    match lookup(cx.locale, &folded) {
        Some(entry) if entry.dictionary => (Case::Lower, true),
        // Listed, but in no dictionary of common words: a name ("LONDON"), unless too short to
        // tell from slang ("OMG").
        Some(_) if folded.len() >= 4 => (Case::Capital, false),
        _ => (Case::Lower, false),
    }
}

/// `word` in lower case, with a capital first letter when it starts a sentence, and a capital
/// after an elided French article when it is a name ("d’Amérique", "L’Amérique").
fn lowered(word: &str, name: bool, starts: bool, locale: Locale) -> String {
    let mut out = word.lower();
    let elided = match out.find(['\'', '’']) {
        Some(i) if locale == Locale::Fr && out.get(..i).is_some_and(|h| h.chars().count() <= 2) => {
            out.get(i..).and_then(|t| t.chars().next()).map(|c| i + c.len_utf8())
        }
        _ => None,
    };
    if name {
        capitalise(&mut out, elided.unwrap_or(0));
    }
    if starts {
        capitalise(&mut out, 0);
    }
    out
}

/// Puts the char at byte `at` of `s` in upper case.
fn capitalise(s: &mut String, at: usize) {
    let Some(c) = s.get(at..).and_then(|t| t.chars().next()) else { return };
    let upper: String = c.upper().collect();
    s.replace_range(at..at + c.len_utf8(), &upper);
}

fn finding(cx: &Context<'_>, text: &str, run: &[(&KeyedWord<'_>, Caps)]) -> Option<Finding> {
    // Acronyms and single letters at either end of a run are not part of the shouting.
    let shouts = |c: &Caps| !matches!(c, Caps::Acronym | Caps::Letter);
    let first = run.iter().position(|(_, c)| shouts(c))?;
    let last = run.iter().rposition(|(_, c)| shouts(c))?;
    let run = run.get(first..=last)?;
    let (start, end) = (core(run.first()?.0).0.start, core(run.last()?.0).0.end);
    let g = cx.packs.grammar.grammar(cx.locale);
    // French capitals often drop their accents ("A LA FETE"); an accented capital in the run
    // shows that this one keeps them, so that its words lowered are spelt right.
    let accents_kept = cx.locale == Locale::En
        || text
            .get(start..end)
            .is_some_and(|t| t.chars().any(|c| c.is_uppercase() && !c.is_ascii()));
    let mut safe = accents_kept;
    let mut replacement = String::with_capacity(end - start);
    let mut at = start;
    for (i, (w, c)) in run.iter().enumerate() {
        let (span, word) = core(w);
        replacement.push_str(text.get(at..span.start)?);
        if *c == Caps::Acronym {
            replacement.push_str(word);
        } else {
            let (case, certain) = case_of(cx, g, word, &span);
            safe &= certain;
            let starts = i == 0 && sentence_start(text, start);
            replacement.push_str(&lowered(word, case == Case::Capital, starts, cx.locale));
        }
        at = span.end;
    }
    let found = text.get(start..end)?;
    let message = cx.tr(META.id, &[("text", &found)]);
    Some(Finding::new(META.id, start..end, message).with_fix(Fix {
        label: cx.tr("fix.sentence-case", &[]),
        replacement,
        span: start..end,
        safe,
    }))
}

#[cfg(test)]
mod tests {
    use crate::Locale::{En, Fr};
    use crate::rules::fixture::Case;

    proptest::proptest! {
        #[test]
        fn words_with_a_lower_case_letter_or_digit_are_not_caps(word in "[aZÉé0'’\\-]{1,8}") {
            if word.chars().any(|c| c.is_ascii_lowercase() || c.is_ascii_digit()) {
                let words = crate::packs::GrammarLists::load();
                proptest::prop_assert!(super::caps(&word, &words) == super::Caps::No);
            }
        }

        #[test]
        fn words_that_may_not_shout_are_not_caps(
            word in "[aZÉéßÞÿœŒİ0'’.\\-\u{301}]{1,8}|\\PC{1,8}"
        ) {
            if !crate::rules::tone::keyed_words::KeyedWord::new(0..word.len(), &word).may_shout {
                let words = crate::packs::GrammarLists::load();
                proptest::prop_assert!(super::caps(&word, &words) == super::Caps::No);
            }
        }
    }

    #[test]
    fn flags_shouting_runs_and_words() {
        assert_eq!(
            Case::en("HUGE NEWS: our shop opens.").check().flagged("tone/shouting"),
            ["HUGE NEWS"]
        );
        assert_eq!(
            Case::fr("C’EST PARTI pour Lyon").check().flagged("tone/shouting"),
            ["C’EST PARTI"]
        );
        assert_eq!(Case::en("It is FREE today.").check().flagged("tone/shouting"), ["FREE"]);
        assert_eq!(Case::en("DON'T MISS IT").check().flagged("tone/shouting"), ["DON'T MISS IT"]);
        // Short words known to shout, alone.
        for (text, shout) in [
            ("Our appeal is LIVE today.", "LIVE"),
            ("This is NOT advice.", "NOT"),
            ("DON'T overload the sockets.", "DON'T"),
            ("Réservez VITE votre place.", "VITE"),
            ("The future of learning is HERE.", "HERE"),
            ("The dinosaur sleepover is BACK for spring.", "BACK"),
            ("This is THE event of the spring.", "THE"),
        ] {
            assert_eq!(Case::detect(text).check().flagged("tone/shouting"), [shout], "{text}");
        }
    }

    #[test]
    fn does_not_flag_acronyms_tags_or_mentions() {
        for text in [
            "Our CEO met NASA and the UN about B2B deals.",
            "La DRH et l’URSSAF, avec le CNRS et l’INSEE.",
            "Le CROSS Corsen nous engage pour un kayakiste en difficulté.",
            "#HUGENEWS with @ACMECORP",
            "Le CAC40 et la SNCF RATP.",
            // Hyphened to a number: a trial's, a virus's, a model's name.
            "Results from the HEART-5 trial are out today.",
            "Since COVID-19, and at the 2024-SUMMIT, we changed.",
            // Keywords to text to a number.
            "Text SHOUT to 85258, any time.",
            "Envoyez DON au 92392 pour donner 5 euros.",
            // Names of code: constants and environment variables.
            "RETRY_LIMIT now defaults to 5 and DATABASE_URL must be set.",
            "La variable CACHE_DIRECTORY passe à 50 Mo.",
        ] {
            assert!(Case::en(text).check().flagged("tone/shouting").is_empty(), "{text}");
        }
        // Next to a constant, a shout still shouts.
        assert_eq!(
            Case::en("HUGE NEWS: RETRY_LIMIT is gone.").check().flagged("tone/shouting"),
            ["HUGE NEWS"]
        );
        // A shout next to a hyphen but no number still shouts.
        assert_eq!(
            Case::en("A HEART-WARMING day.").check().flagged("tone/shouting"),
            ["HEART-WARMING"]
        );
    }

    #[test]
    fn a_short_common_word_in_capitals_shouts_when_exclaimed() {
        assert_eq!(
            Case::en("Auditions for our BA courses are OPEN!!!").check().flagged("tone/shouting"),
            ["OPEN"]
        );
        assert_eq!(Case::fr("C’est FINI !").check().flagged("tone/shouting"), ["FINI"]);
        // Not exclaimed, or an acronym exclaimed: left alone.
        for text in [
            "Auditions are OPEN until May.",
            "C’est FINI.",
            "Thank you NASA!",
            "Merci la CAF !",
            "Go NHS!",
        ] {
            assert!(Case::detect(text).check().flagged("tone/shouting").is_empty(), "{text}");
        }
    }

    #[test]
    fn an_unknown_short_word_in_capitals_is_an_acronym() {
        for text in ["Les bourses du CROUS ouvrent lundi.", "Selon la DREES, 14 % de plus."] {
            assert!(Case::fr(text).check().flagged("tone/shouting").is_empty(), "{text}");
        }
        // A word of the language still shouts, and so do acronym-like words in a run.
        assert_eq!(
            Case::fr("Venez NOMBREUX samedi.").check().flagged("tone/shouting"),
            ["NOMBREUX"]
        );
        assert_eq!(
            Case::fr("Une offre FOLLE aujourd’hui.").check().flagged("tone/shouting"),
            ["FOLLE"]
        );
        // Side by side, acronyms stay acronyms; words of the language shout together.
        assert!(
            Case::en("I led our SAP IBP migration.").check().flagged("tone/shouting").is_empty()
        );
        assert_eq!(
            Case::en("Tickets are SOLD OUT today.").check().flagged("tone/shouting"),
            ["SOLD OUT"]
        );
        assert_eq!(
            Case::en("Ready? LET'S GOOOO tonight.").check().flagged("tone/shouting"),
            ["LET'S GOOOO"]
        );
        // A long name set in capitals is no shout alone; a word drawn out is.
        assert!(
            Case::en("Our VALORANT roster is ready.").check().flagged("tone/shouting").is_empty()
        );
        assert_eq!(
            Case::en("What a match, GOOOOAL for the Reds.").check().flagged("tone/shouting"),
            ["GOOOOAL"]
        );
        // A word's plural or feminine that the lists lack is still a word.
        assert_eq!(
            Case::fr("Nos équipes sont MOBILISÉES ce week-end.").check().flagged("tone/shouting"),
            ["MOBILISÉES"]
        );
    }

    #[test]
    fn the_fix_writes_sentence_case_and_keeps_acronyms() {
        assert_eq!(
            Case::en("HUGE NEWS from NASA.").check().fixed("tone/shouting"),
            "Huge news from NASA."
        );
        assert_eq!(
            Case::en("Today: HUGE NASA NEWS.").check().fixed("tone/shouting"),
            "Today: huge NASA news."
        );
        let report = Case::en("HUGE NEWS").check();
        assert!(report.of("tone/shouting")[0].suggestions[0].safe);
    }

    /// The flagged text and the fix, with whether it is safe.
    fn fix(text: &str, locale: crate::Locale) -> (String, String, bool) {
        let report = Case::new(text, locale).check();
        let d = report.of("tone/shouting");
        let d = d.first().unwrap_or_else(|| panic!("flagged: {text}"));
        let s = &d.suggestions[0];
        (report.slice(d.start, d.end), s.replacement.clone(), s.safe)
    }

    #[test]
    fn the_span_is_the_shouted_words_exactly() {
        for (text, found) in [
            ("Venez «\u{202f}NOMBREUX\u{202f}» ce soir", "NOMBREUX"),
            ("C’EST PARTI\u{202f}!", "C’EST PARTI"),
            ("On vous attend TRÈS NOMBREUX\u{202f}!", "TRÈS NOMBREUX"),
            ("« SOYEZ NOMBREUX »", "SOYEZ NOMBREUX"),
        ] {
            assert_eq!(Case::fr(text).check().flagged("tone/shouting"), [found], "{text}");
        }
        assert_eq!(Case::en("It's FREE!").check().flagged("tone/shouting"), ["FREE"]);
        assert_eq!(Case::en("(HUGE NEWS)").check().flagged("tone/shouting"), ["HUGE NEWS"]);
    }

    #[test]
    fn english_weekdays_months_and_i_keep_their_capital() {
        for (text, expected) in [
            ("We close FRIDAY at 6pm.", "Friday"),
            ("See you MONDAY MORNING", "Monday morning"),
            ("Our SALE ENDS JANUARY 31", "sale ends January"),
            ("I'M SO EXCITED", "I'm so excited"),
            ("Tickets on sale THIS THURSDAY", "this Thursday"),
        ] {
            let (_, fix, safe) = fix(text, En);
            assert_eq!(fix, expected, "{text}");
            assert!(safe, "{text}");
        }
    }

    #[test]
    fn the_fix_is_unsafe_when_a_case_is_not_certain() {
        for (text, expected) in [
            // A name: capitalised, but who knows.
            ("Our new shop in LONDON", "London"),
            // The month or the verb.
            ("SALE ENDS MAY 5", "Sale ends May"),
            ("YOU MAY WIN", "You may win"),
            // A city, most likely; a turkey or Turkey.
            ("Flights to PARIS", "Paris"),
            ("Our TURKEY DINNER", "turkey dinner"),
            // Not a listed word.
            ("It was SOOOO GOOD", "soooo good"),
        ] {
            let (_, fix, safe) = fix(text, En);
            assert_eq!(fix, expected, "{text}");
            assert!(!safe, "{text}");
        }
        // French capitals without accents may have dropped them: "la fete".
        let (_, fix_fr, safe) = fix("Venez A LA FETE", Fr);
        assert_eq!(fix_fr, "la fete");
        assert!(!safe);
        let (_, fix_fr, safe) = fix("Venez NOMBREUX", Fr);
        assert_eq!(fix_fr, "nombreux");
        assert!(!safe);
        let (_, fix_fr, safe) = fix("PARIS EST MAGIQUE", Fr);
        assert_eq!(fix_fr, "Paris est magique");
        assert!(!safe);
        let (_, fix_fr, safe) = fix("On fête MARS ET AVRIL", Fr);
        assert_eq!(fix_fr, "mars et avril");
        assert!(!safe);
    }

    #[test]
    fn french_weekdays_and_months_are_lower_case() {
        for (text, expected) in [
            ("RENDEZ-VOUS DÈS VENDREDI", "Rendez-vous dès vendredi"),
            ("Soldes : DÉCEMBRE À PRIX FOUS", "décembre à prix fous"),
            ("C’EST PARTI DÈS LUNDI", "C’est parti dès lundi"),
            ("Ouvert TOUT L’ÉTÉ", "tout l’été"),
            ("ON SE VOIT À NOËL", "On se voit à Noël"),
        ] {
            let (_, fix, safe) = fix(text, Fr);
            assert_eq!(fix, expected, "{text}");
            assert!(safe, "{text}");
        }
    }
}
