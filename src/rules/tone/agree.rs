//! Replacements that agree with the sentence they land in, or none.
//!
//! A lexicon fix swaps the matched words for a better wording; the words around them were
//! written for the old ones. In French the article, the elision and the adjectives agree in
//! gender and number with the noun ("une synergie nette" cannot become "une travail commun
//! nette"; "l'écosystème" becomes "le réseau", not "l'réseau"); in English "a"/"an" follows the
//! sound of the next word and a verb keeps its tense ("leveraged" → "used"). The pack says what
//! each wording is (`{f}`, `{m pl=…}`, `{adj f=…}`, see `src/packs/README.md`); this module
//! gives it the matched words' gender and number and mends the word before. Where agreement
//! cannot be made certain, it offers no fix: a hint without a fix beats a fix that breaks the
//! sentence.

use std::borrow::Cow;

use crate::i18n::Locale;
use crate::matcher::inflect::{self, Form};
use crate::packs::{Better, Class, Entry, Gender};
use crate::text::Span;
use brio_compile::case::CaseMap as _;

/// A replacement for `span`, agreed with its neighbours: the new words and the span they
/// replace (which may take in the word before, to mend an article or an elision).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Agreed {
    pub span: Span,
    pub with: String,
}

/// `better` in place of `span` (whose text is `found`, matched as `form`) in `text`, or `None`
/// when it cannot be made to agree.
pub(crate) fn agree(
    text: &str,
    span: &Span,
    form: Form,
    entry: &Entry,
    better: &Better,
    locale: Locale,
) -> Option<Agreed> {
    let found = text.get(span.clone())?;
    // Only a pack's entry is agreed, and a build carries its own languages' packs only.
    match locale {
        Locale::Fr if crate::i18n::carried(Locale::Fr) => {
            french(text, span, found, form, entry, better)
        }
        Locale::En if crate::i18n::carried(Locale::En) => english(text, span, found, form, better),
        _ => None,
    }
}

fn french(
    text: &str,
    span: &Span,
    found: &str,
    form: Form,
    entry: &Entry,
    better: &Better,
) -> Option<Agreed> {
    let plural = form == Form::Plural || (form != Form::Singular && head_plural(found));
    let (words, gender) = match (better, entry.class) {
        (Better::Remove, _) => return None,
        // A noun for a noun of the same gender: the article and the adjectives around it
        // stay right. Another gender would need them rewritten, which a fix cannot see.
        (Better::Noun { text: noun, gender, plural: irregular }, Class::Noun(matched)) => {
            if *gender != matched {
                return None;
            }
            let words = match (plural, irregular) {
                (false, _) => Cow::Borrowed(noun.as_str()),
                (true, Some(p)) => Cow::Borrowed(p.as_str()),
                (true, None) => Cow::Owned(plural_phrase(noun)),
            };
            (words, Some(*gender))
        }
        (Better::Noun { .. }, _) => return None,
        (Better::Adjective { text: adj, feminine, plural: irregular }, Class::Adjective) => {
            let fem = match feminine {
                Some(f) => Cow::Borrowed(f.as_str()),
                None => Cow::Owned(on_head(adj, regular_feminine)),
            };
            let epicene = fem == adj.as_str();
            let gender = match gender_of_adjective(found) {
                Some(g) => Some(g),
                None => determiner_gender(text, span.start),
            };
            let base = match gender {
                Some(Gender::Feminine) => fem,
                Some(Gender::Masculine) => Cow::Borrowed(adj.as_str()),
                None if epicene => Cow::Borrowed(adj.as_str()),
                None => return None,
            };
            let words = match (plural, gender, irregular) {
                (false, _, _) => base,
                (true, Some(Gender::Masculine) | None, Some(p)) => Cow::Borrowed(p.as_str()),
                (true, _, _) => Cow::Owned(on_head(&base, |w| inflect::plural(w, Locale::Fr))),
            };
            (words, gender)
        }
        (Better::Adjective { .. }, _) => return None,
        // Unclassed: verbs written conjugated in the pack, or a legacy entry; a one-word
        // wording takes the matched number.
        (Better::Replace(with), _) => {
            let words = if with.contains(' ') {
                Cow::Borrowed(with.as_str())
            } else {
                Cow::Owned(inflect::apply(with, form, Locale::Fr))
            };
            (words, None)
        }
    };
    let words = in_case(found, words);
    elide(text, span, words, gender, matches!(better, Better::Noun { .. }))
}

/// `words` in the case of `found` ([`super::lexicon::keep_case`]), changed in place when they
/// were made for this fix, copied once when they are the pack's.
fn in_case(found: &str, words: Cow<'_, str>) -> String {
    match words {
        Cow::Borrowed(words) => super::lexicon::keep_case(found, words),
        Cow::Owned(words) => super::lexicon::keep_case_owned(found, words),
    }
}

/// Mends the word before `span` for French elision: "l'écosystème" → "le réseau", "de
/// accompagner" → "d'aider"; `None` when the article's gender is needed and unknown.
fn elide(
    text: &str,
    span: &Span,
    with: String,
    gender: Option<Gender>,
    noun: bool,
) -> Option<Agreed> {
    let vowel = starts_with_vowel_sound(&with);
    let before = text.get(..span.start)?;
    // An elided word glued to the match: "l’", "qu'", "d’".
    if let Some(head) = before.strip_suffix('\'').or_else(|| before.strip_suffix('’')) {
        let word_start = start_of_last_word(head);
        let elided = head.get(word_start..)?;
        if vowel {
            return Some(Agreed { span: span.clone(), with });
        }
        let full = match elided.lower().as_str() {
            "l" => match gender {
                Some(Gender::Masculine) => "le",
                Some(Gender::Feminine) => "la",
                None => return None,
            },
            "d" => "de",
            "qu" => "que",
            "j" => "je",
            "n" => "ne",
            "s" => "se",
            "m" => "me",
            "t" => "te",
            "c" => "ce",
            "jusqu" => "jusque",
            "lorsqu" => "lorsque",
            "puisqu" => "puisque",
            "quoiqu" => "quoique",
            _ => return None,
        };
        // "de l’écosystème" → "du réseau", "à l’écosystème" → "au réseau": "de le" and "à le"
        // are no French.
        if full == "le"
            && let Some((start, merged)) = contract_before(text, word_start, &with)
        {
            return Some(Agreed { span: start..span.end, with: merged });
        }
        let full = super::lexicon::keep_case(elided, full);
        return Some(Agreed { span: word_start..span.end, with: format!("{full} {with}") });
    }
    if !vowel {
        return Some(Agreed { span: span.clone(), with });
    }
    // A full word before a vowel: "le" + "atelier" → "l’atelier".
    let word = before.strip_suffix(' ').and_then(|head| head.get(start_of_last_word(head)..));
    match word.map(|w| w.lower()).as_deref() {
        Some("ce") if noun && gender == Some(Gender::Masculine) => {
            let word = word.unwrap_or("ce");
            let cet = super::lexicon::keep_case(word, "cet");
            let start = span.start.saturating_sub(word.len() + 1);
            return Some(Agreed { span: start..span.end, with: format!("{cet} {with}") });
        }
        // "ma", "ta", "sa" become "mon", "ton", "son" before a vowel; "ce" a pronoun, "cet"
        // for a noun: rare enough to leave without a fix.
        Some("ma" | "ta" | "sa" | "ce") => return None,
        _ => {}
    }
    Some(match elided_before(text, span.start) {
        Some((start, elided)) => Agreed { span: start..span.end, with: format!("{elided}{with}") },
        None => Agreed { span: span.clone(), with },
    })
}

/// The French word right before `at` (one space between) elided, for a vowel sound that now
/// follows it: where it starts and its elided form with the post's apostrophe ("que" →
/// "qu’", "du" → "de l’"); `None` when it does not elide.
pub(super) fn elided_before(text: &str, at: usize) -> Option<(usize, String)> {
    let head = text.get(..at)?.strip_suffix(' ')?;
    let word_start = start_of_last_word(head);
    let word = head.get(word_start..)?;
    let elided = match word.lower().as_str() {
        "le" | "la" => "l",
        "de" => "d",
        "que" => "qu",
        "je" => "j",
        "ne" => "n",
        "se" => "s",
        "me" => "m",
        "te" => "t",
        "ce" => "c",
        "jusque" => "jusqu",
        "lorsque" => "lorsqu",
        "puisque" => "puisqu",
        "du" => "de l",
        "au" => "à l",
        _ => return None,
    };
    let elided = super::lexicon::keep_case(word, elided);
    // The post's own apostrophe: ' where it types only that one, ’ otherwise. Read here, where
    // an elision is written, not for every fix: it reads the whole post.
    let apostrophe = if text.contains('\'') && !text.contains('’') { "'" } else { "’" };
    Some((word_start, format!("{elided}{apostrophe}")))
}

/// "de" or "à" right before `at` (one space between), merged with the masculine article
/// "le" that an elided "l’" becomes: the merged form's start and "du"/"au" + `with`.
fn contract_before(text: &str, at: usize, with: &str) -> Option<(usize, String)> {
    let head = text.get(..at)?.strip_suffix(' ')?;
    let start = start_of_last_word(head);
    let word = head.get(start..)?;
    let merged = match word.lower().as_str() {
        "de" => "du",
        "à" => "au",
        _ => return None,
    };
    let merged = super::lexicon::keep_case(word, merged);
    Some((start, format!("{merged} {with}")))
}

/// Where the run of letters that ends `head` starts (`head.len()` when it ends with none).
fn start_of_last_word(head: &str) -> usize {
    head.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(head.len(), |(i, _)| i)
}

/// Whether a French word starts with a vowel sound (before which "le" becomes "l’"). A
/// leading h is taken as aspirated unless the word is one of the common mute-h words.
pub(super) fn starts_with_vowel_sound(words: &str) -> bool {
    const MUTE_H: &[&str] = &[
        "habitant",
        "habitude",
        "habituel",
        "hébergement",
        "heure",
        "histoire",
        "hiver",
        "homme",
        "honneur",
        "hôpital",
        "horaire",
        "hôtel",
        "huile",
        "humain",
        "humeur",
    ];
    // The first letter decides but for an h: only then is the wording lower-cased, as far as
    // the longest mute-h word reads.
    match words.chars().next().and_then(|c| c.lower().next()) {
        Some(c) if "aeiouyàâäéèêëîïôöùûü".contains(c) => true,
        Some('h') => {
            let lower: String = words.chars().take(12).flat_map(|c| c.lower()).collect();
            MUTE_H.iter().any(|h| lower.starts_with(h))
        }
        _ => false,
    }
}

/// Whether a French noun phrase matched without a form is plural: its head's first and last
/// words both end as plurals do. Either alone may be a word whose -s is not the plural's:
/// « leader français » is one leader, « process métier » one process.
fn head_plural(found: &str) -> bool {
    let head = head(found);
    let first = head.split(' ').next().unwrap_or(head);
    ends_plural(first) && ends_plural(head)
}

fn ends_plural(found: &str) -> bool {
    // Only `S` and `X` lower-case to `s` and `x`: the last char says it without a copy.
    let last = found.rsplit(' ').next().unwrap_or(found);
    last.chars().next_back().is_some_and(|c| matches!(c, 's' | 'x' | 'S' | 'X'))
}

/// The gender a French adjective's form shows, when its ending is certain: "innovante" is
/// feminine, "disruptif" masculine; "révolutionnaire" could be either.
fn gender_of_adjective(found: &str) -> Option<Gender> {
    const FEMININE: &[&str] = &[
        "ive", "ante", "ente", "ée", "elle", "euse", "rice", "ienne", "onne", "ète", "ère", "ale",
    ];
    let last = found.rsplit(' ').next().unwrap_or(found).lower();
    let singular = last.strip_suffix('s').unwrap_or(&last);
    if FEMININE.iter().any(|end| singular.ends_with(end)) {
        Some(Gender::Feminine)
    } else if singular.ends_with('e') {
        None
    } else {
        Some(Gender::Masculine)
    }
}

/// The gender a determiner shows just before the match or before the noun it follows:
/// "une approche holistique", "un incroyable succès"; `None` for "l’", "les", "nos"…
fn determiner_gender(text: &str, at: usize) -> Option<Gender> {
    let before = text.get(..at)?;
    let mut words = before
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .rev()
        .filter(|w| !w.is_empty());
    for _ in 0..2 {
        let word = words.next()?.lower();
        match word.as_str() {
            "un" | "le" | "ce" | "cet" | "mon" | "ton" | "son" | "du" | "au" => {
                return Some(Gender::Masculine);
            }
            "une" | "la" | "cette" | "ma" | "ta" | "sa" => return Some(Gender::Feminine),
            _ => {}
        }
    }
    None
}

/// The regular feminine of a French adjective: "nouveau" needs its own (`f=nouvelle`).
fn regular_feminine(adj: &str) -> String {
    if adj.ends_with('e') { adj.to_string() } else { format!("{adj}e") }
}

/// `f` applied to the first word of an adjective phrase ("fondé sur les chiffres").
fn on_head(phrase: &str, f: impl Fn(&str) -> String) -> String {
    match phrase.split_once(' ') {
        Some((head, rest)) => format!("{} {rest}", f(head)),
        None => f(phrase),
    }
}

/// The prepositions that end a French noun phrase's head: the words after them keep their
/// number whatever the head's ("solutions prêtes à l’emploi", "la montée en compétences").
const PREPOSITIONS: &[&str] = &["à", "de", "d’", "d'", "du", "des", "en", "pour", "sur", "avec"];

/// Whether `word` is one of [`PREPOSITIONS`] or an elided "de" ("d’emploi").
fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.iter().any(|s| word.eq_ignore_ascii_case(s))
        || word.starts_with("d’")
        || word.starts_with("d'")
}

/// A French noun phrase's head, whose number is the phrase's: its words before the first
/// preposition (all of it when it has none).
fn head(phrase: &str) -> &str {
    let (mut end, mut at) = (0, 0);
    for word in phrase.split(' ') {
        if is_preposition(word) {
            break;
        }
        if !word.is_empty() {
            end = at + word.len();
        }
        at += word.len() + 1;
    }
    if end == 0 { phrase } else { phrase.get(..end).unwrap_or(phrase) }
}

/// The plural of a French noun phrase: the words before the first preposition agree
/// ("solution prête à l’emploi" → "solutions prêtes à l’emploi").
fn plural_phrase(phrase: &str) -> String {
    let mut out = Vec::new();
    let mut agreeing = true;
    for word in phrase.split(' ') {
        if is_preposition(word) {
            agreeing = false;
        }
        out.push(if agreeing { inflect::plural(word, Locale::Fr) } else { word.to_string() });
    }
    out.join(" ")
}

fn english(text: &str, span: &Span, found: &str, form: Form, better: &Better) -> Option<Agreed> {
    let Better::Replace(with) = better else { return None };
    let words = match form {
        // A verb form of the matched word: the wording's verb takes the same form.
        Form::Other => Cow::Owned(verb_like(found, with)?),
        // "leverages" may be a verb or a plural: a phrase ("build on") cannot tell which of
        // its words should agree.
        _ if with.contains(' ') && form == Form::Plural => return None,
        _ if with.contains(' ') => Cow::Borrowed(with.as_str()),
        _ => Cow::Owned(inflect::apply(with, form, Locale::En)),
    };
    let words =
        if keeps_of(text, span, found, &words) { Cow::Owned(format!("{words} of")) } else { words };
    let words = in_case(found, words);
    Some(article(text, span, words))
}

/// Whether a quantity said with "of" keeps its "of" before a determiner: "the vast majority of
/// our customers" → "most of our customers", where "the vast majority of people" → "most
/// people" ("most our customers" is no English).
fn keeps_of(text: &str, span: &Span, found: &str, with: &str) -> bool {
    const QUANTITIES: &[&str] = &["most", "several", "many", "some", "few", "all", "half"];
    const DETERMINERS: &[&str] = &[
        "the", "our", "their", "its", "your", "my", "his", "her", "these", "those", "this", "that",
        "them", "us", "you", "it", "which", "whom",
    ];
    let of = found.len() > 3
        && found.get(found.len() - 3..).is_some_and(|end| end.eq_ignore_ascii_case(" of"));
    if !of || !QUANTITIES.iter().any(|q| q.eq_ignore_ascii_case(with)) {
        return false;
    }
    let after = text.get(span.end..).unwrap_or("").trim_start();
    let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(next))
}

/// `with`'s first word in the verb form of `found`'s last word ("leveraged" → "used",
/// "empowering" → "helping"); `None` when the form is not one of -s, -ed, -ing.
fn verb_like(found: &str, with: &str) -> Option<String> {
    let last = found.rsplit(' ').next().unwrap_or(found).lower();
    let (verb, rest) = match with.split_once(' ') {
        Some((v, r)) => (v, format!(" {r}")),
        None => (with, String::new()),
    };
    let conjugated = if last.ends_with("ing") {
        gerund(verb)
    } else if last.ends_with("ed") {
        past(verb)
    } else if last.ends_with('s') {
        inflect::plural(verb, Locale::En)
    } else {
        return None;
    };
    Some(format!("{conjugated}{rest}"))
}

const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("bring", "brought"),
    ("build", "built"),
    ("come", "came"),
    ("do", "did"),
    ("find", "found"),
    ("get", "got"),
    ("give", "gave"),
    ("go", "went"),
    ("let", "let"),
    ("make", "made"),
    ("put", "put"),
    ("run", "ran"),
    ("say", "said"),
    ("set", "set"),
    ("take", "took"),
    ("tell", "told"),
    ("think", "thought"),
];

/// A short verb ending consonant-vowel-consonant doubles its last letter ("plan" → "planned").
fn doubles(verb: &str) -> bool {
    let b = verb.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    matches!(b, [c1, v, c2] if !vowel(*c1) && vowel(*v) && !vowel(*c2) && !b"wxy".contains(c2))
}

fn past(verb: &str) -> String {
    if let Some((_, p)) = IRREGULAR_PAST.iter().find(|(v, _)| *v == verb) {
        return (*p).to_string();
    }
    if verb.ends_with('e') {
        format!("{verb}d")
    } else if let Some(stem) = verb.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o'])) {
        format!("{stem}ied")
    } else if doubles(verb) {
        format!("{verb}{}ed", &verb[verb.len() - 1..])
    } else {
        format!("{verb}ed")
    }
}

fn gerund(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix('e').filter(|_| !verb.ends_with("ee")) {
        format!("{stem}ing")
    } else if doubles(verb) {
        format!("{verb}{}ing", &verb[verb.len() - 1..])
    } else {
        format!("{verb}ing")
    }
}

/// Mends "a"/"an" before `span` for the sound of `with`: "an unrivalled" → "a distinctive".
fn article(text: &str, span: &Span, with: String) -> Agreed {
    match article_before(text, span.start, &with) {
        Some((start, article)) => Agreed { span: start..span.end, with: article + &with },
        None => Agreed { span: span.clone(), with },
    }
}

/// The "a" or "an" right before `at` (one space between) mended for the sound of `next`, what
/// follows it once the text from `at` is replaced or removed: where it starts and the article
/// to write there with its space ("a truly immersive" → "an immersive"); `None` when it stays.
pub(super) fn article_before(text: &str, at: usize, next: &str) -> Option<(usize, String)> {
    let head = text.get(..at)?.strip_suffix(' ')?;
    let from = head.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    let word = head.get(from..)?;
    if !(word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")) {
        return None;
    }
    let want = if an_sound(next) { "an" } else { "a" };
    let mended = super::lexicon::keep_case(word, want);
    (!word.eq_ignore_ascii_case(want)).then(|| (from, mended + " "))
}

/// Whether an English word takes "an": a vowel sound, not a "you" or "w" sound.
fn an_sound(word: &str) -> bool {
    const YOU: &[&str] = &["uni", "use", "usu", "uti", "eu", "one", "once", "ubi", "ure"];
    const SILENT_H: &[&str] = &["hour", "honest", "honour", "honor", "heir"];
    // The longest prefix read is six bytes: those, lower-cased, without a copy of the word.
    let mut first = [0u8; 6];
    for (to, from) in first.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    let lower = first.get(..word.len().min(first.len())).unwrap_or_default();
    let starts = |p: &&str| lower.starts_with(p.as_bytes());
    if YOU.iter().any(starts) {
        return false;
    }
    SILENT_H.iter().any(starts) || lower.first().is_some_and(|b| b"aeiou".contains(b))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's case mappings
mod tests {
    use super::*;
    use crate::packs::Better;

    /// [`an_sound`] as it was, lower-casing the whole wording.
    fn an_sound_reference(word: &str) -> bool {
        let lower = word.to_ascii_lowercase();
        const YOU: &[&str] = &["uni", "use", "usu", "uti", "eu", "one", "once", "ubi", "ure"];
        const SILENT_H: &[&str] = &["hour", "honest", "honour", "honor", "heir"];
        if YOU.iter().any(|p| lower.starts_with(p)) {
            return false;
        }
        SILENT_H.iter().any(|p| lower.starts_with(p))
            || lower.starts_with(['a', 'e', 'i', 'o', 'u'])
    }

    proptest::proptest! {
        #[test]
        fn an_sound_as_it_was(word in "[aAeEhHiInNoOrRsStTuUé ]{0,9}|\\PC{0,4}") {
            proptest::prop_assert_eq!(an_sound(&word), an_sound_reference(&word));
        }

        #[test]
        fn plural_endings_as_they_were(found in "[a-zA-Zé ßİ]{0,8}[sSxX]?|\\PC{0,4}") {
            let last = found.rsplit(' ').next().unwrap_or(&found).to_lowercase();
            proptest::prop_assert_eq!(ends_plural(&found), last.ends_with('s') || last.ends_with('x'));
        }
    }

    fn entry(class: Class) -> Entry {
        Entry { locale: None, better: vec![], why: None, class, literal: vec![], near: vec![] }
    }

    fn noun(g: Gender) -> Entry {
        entry(Class::Noun(g))
    }

    fn fr(text: &str, found: &str, entry: &Entry, better: &Better) -> Option<String> {
        let start = text.find(found).expect("found");
        let span = start..start + found.len();
        let a = agree(text, &span, Form::Base, entry, better, Locale::Fr)?;
        Some(format!("{}{}{}", &text[..a.span.start], a.with, &text[a.span.end..]))
    }

    fn en(text: &str, found: &str, form: Form, with: &str) -> Option<String> {
        let start = text.find(found).expect("found");
        let span = start..start + found.len();
        let entry = entry(Class::Any);
        let better = Better::Replace(with.to_string());
        let a = agree(text, &span, form, &entry, &better, Locale::En)?;
        Some(format!("{}{}{}", &text[..a.span.start], a.with, &text[a.span.end..]))
    }

    fn n(text: &str, g: Gender, plural: Option<&str>) -> Better {
        Better::Noun { text: text.into(), gender: g, plural: plural.map(str::to_string) }
    }

    #[test]
    fn a_noun_of_another_gender_is_not_offered() {
        let e = noun(Gender::Feminine);
        let travail = n("travail commun", Gender::Masculine, Some("travaux communs"));
        assert_eq!(fr("Une synergie nette.", "synergie", &e, &travail), None);
        let collab = n("collaboration", Gender::Feminine, None);
        assert_eq!(
            fr("Une synergie nette.", "synergie", &e, &collab).as_deref(),
            Some("Une collaboration nette.")
        );
        assert_eq!(
            fr("Les synergies.", "synergies", &e, &collab).as_deref(),
            Some("Les collaborations.")
        );
    }

    #[test]
    fn a_noun_phrase_has_its_head_s_number() {
        // The plural after the preposition is the complement's, not the phrase's.
        let e = noun(Gender::Feminine);
        let formation = n("formation", Gender::Feminine, None);
        assert_eq!(
            fr("Elle aide à la montée en compétences.", "montée en compétences", &e, &formation)
                .as_deref(),
            Some("Elle aide à la formation.")
        );
        assert_eq!(
            fr("Les montées en compétences.", "montées en compétences", &e, &formation).as_deref(),
            Some("Les formations.")
        );
        assert_eq!(head("solutions clés en main"), "solutions clés");
        assert_eq!(head("montée  en compétences"), "montée");
        assert_eq!(head("écosystème"), "écosystème");
        assert_eq!(head("en"), "en");
        // An adjective's -s is not a plural's when the noun has none.
        assert!(!head_plural("leader français"));
        assert!(head_plural("leaders français"));
        assert!(head_plural("solutions clés en main"));
        assert!(!head_plural("montée en compétences"));
    }

    #[test]
    fn the_elision_follows_the_new_word() {
        let e = noun(Gender::Masculine);
        let reseau = n("réseau", Gender::Masculine, None);
        assert_eq!(
            fr("Tout l’écosystème.", "écosystème", &e, &reseau).as_deref(),
            Some("Tout le réseau.")
        );
        assert_eq!(
            fr("Tout l'écosystème.", "écosystème", &e, &reseau).as_deref(),
            Some("Tout le réseau.")
        );
        // "de le" and "à le" are merged.
        assert_eq!(
            fr("Les acteurs de l'écosystème.", "écosystème", &e, &reseau).as_deref(),
            Some("Les acteurs du réseau.")
        );
        assert_eq!(
            fr("De l’écosystème à l’écosystème.", "écosystème", &e, &reseau).as_deref(),
            Some("Du réseau à l’écosystème.")
        );
        let atelier = n("atelier", Gender::Masculine, None);
        assert_eq!(
            fr("Le workshop de mardi.", "workshop", &e, &atelier).as_deref(),
            Some("L’atelier de mardi.")
        );
        let verb = Better::Replace("aider".into());
        let any = entry(Class::Any);
        assert_eq!(
            fr("Afin d’accompagner nos clients.", "accompagner", &any, &verb).as_deref(),
            Some("Afin d’aider nos clients.")
        );
        let booste = Better::Replace("augmente".into());
        assert_eq!(
            fr("Ce mois-ci, je booste mes ventes.", "booste", &any, &booste).as_deref(),
            Some("Ce mois-ci, j’augmente mes ventes.")
        );
        let renforce = Better::Replace("renforce".into());
        assert_eq!(
            fr("Ce mois-ci, j’impacte mes ventes.", "impacte", &any, &renforce).as_deref(),
            Some("Ce mois-ci, je renforce mes ventes.")
        );
    }

    #[test]
    fn an_adjective_agrees_or_is_left_alone() {
        let e = entry(Class::Adjective);
        let nouveau = Better::Adjective {
            text: "nouveau".into(),
            feminine: Some("nouvelle".into()),
            plural: Some("nouveaux".into()),
        };
        // The noun's gender is not shown: "l’application" could be either.
        assert_eq!(fr("L’application révolutionnaire.", "révolutionnaire", &e, &nouveau), None);
        assert_eq!(
            fr("Une application révolutionnaire.", "révolutionnaire", &e, &nouveau).as_deref(),
            Some("Une application nouvelle.")
        );
        assert_eq!(
            fr("Des offres innovantes.", "innovantes", &e, &nouveau).as_deref(),
            Some("Des offres nouvelles.")
        );
        let global = Better::Adjective {
            text: "global".into(),
            feminine: None,
            plural: Some("globaux".into()),
        };
        assert_eq!(
            fr("Une approche holistique.", "holistique", &e, &global).as_deref(),
            Some("Une approche globale.")
        );
        let remarquable =
            Better::Adjective { text: "remarquable".into(), feminine: None, plural: None };
        assert_eq!(
            fr("Les résultats exceptionnels.", "exceptionnels", &e, &remarquable).as_deref(),
            Some("Les résultats remarquables.")
        );
    }

    #[test]
    fn english_articles_and_verb_forms_follow() {
        let cases = [
            (
                "An unrivalled service.",
                "unrivalled",
                Form::Base,
                "distinctive",
                "A distinctive service.",
            ),
            ("a seamless hour", "seamless", Form::Base, "easy", "an easy hour"),
            ("We leveraged it.", "leveraged", Form::Other, "use", "We used it."),
            ("Empowering teams.", "Empowering", Form::Other, "help", "Helping teams."),
            ("We leveraged it.", "leveraged", Form::Other, "build on", "We built on it."),
            ("a university", "university", Form::Base, "unit", "a unit"),
        ];
        for (text, found, form, with, want) in cases {
            assert_eq!(en(text, found, form, with).as_deref(), Some(want), "{text}");
        }
    }
}
