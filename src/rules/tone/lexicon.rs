//! What the lexicon rules share: reading their lexicon's matches from the per-check scan,
//! leaving a span to the rule that says more about it, and building fixes that keep the case
//! and the sentence's shape.

use brio_compile::case::{CaseMap as _, same_but_case};
use std::borrow::Cow;

use super::agree::agree;
use super::keyed_words::KeyedWord;
use crate::matcher::fold::fold_str;
use crate::matcher::{Accents, Form, Hit, inflect};
use crate::packs::{Better, Entry, Lex};
use crate::report::{Finding, Fix};
use crate::rules::{Context, RuleMeta};
use crate::text::{Span, first_blank_line, last_blank_line};

/// Which lexicon reports words that several lexicons match: a match inside a match of a
/// lexicon listed earlier is left to that one (a stock phrase is reported once, as a stock
/// phrase, not again as jargon). The profile's own terms come first: the brand's word wins
/// over the packs'. `terms/spelling` stands apart (a name's spelling is fixed whatever else
/// the words are), and so does every lexicon not listed.
const PRECEDENCE: &[Lex] = &[
    Lex::Avoid,
    Lex::Prefer,
    Lex::Institutional,
    Lex::Jargon,
    Lex::Superlative,
    Lex::Hedging,
    Lex::Filler,
];

/// The lexicons whose matches hide those of `lex`: those before it in [`PRECEDENCE`].
fn outranking(lex: Lex) -> &'static [Lex] {
    let at = PRECEDENCE.iter().position(|&l| l == lex).unwrap_or(0);
    PRECEDENCE.get(..at).unwrap_or_default()
}

/// The matches of `lex` for this post, without those inside a match of a lexicon that
/// outranks it ([`PRECEDENCE`]), and, for the style lexicons, without quoted words.
pub(crate) fn hits<'c>(cx: &'c Context<'_>, lex: Lex) -> Vec<&'c Hit> {
    let before = outranking(lex);
    // The profile's own terms apply everywhere; the style lexicons leave quotes alone.
    let quoted = |lex: Lex, hit: &Hit| {
        !matches!(lex, Lex::Avoid | Lex::Prefer | Lex::Spelling)
            && super::context::is_quoted(cx, &hit.span)
    };
    let shadowed = |hit: &Hit| {
        !before.is_empty()
            && cx.scan.overlapping(&hit.span).any(|h| {
                h.span.start <= hit.span.start
                    && hit.span.end <= h.span.end
                    && before.iter().any(|&o| h.lex == o.id() && cx.packs.applies(o, h, cx.locale))
            })
    };
    // Nor the words of a title or a name ("Smash Bros. Ultimate", « Le Meilleur Pâtissier »,
    // "The Ultimate IPA").
    let named = |lex: Lex, hit: &Hit| {
        !matches!(lex, Lex::Avoid | Lex::Prefer | Lex::Spelling)
            && (in_a_name(cx.text(), hit.span.start) || opens_a_name(cx.text(), &hit.span))
    };
    cx.scan.longest(lex.id(), |h| {
        cx.packs.applies(lex, h, cx.locale) && !shadowed(h) && !quoted(lex, h) && !named(lex, h)
    })
}

/// Whether a word is written as in a title: a capital, then lower case ("Ultimate", "Bros.",
/// not "INCREDIBLE" nor "ultimate").
pub(super) fn titled(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
}

/// Whether the word at `at` goes on a name or a title: it is capitalised, and so is the word
/// right before it (no comma between), which does not start a sentence ("a Smash Bros.
/// Ultimate bundle"). A capital at a sentence's start says nothing, so "We did it. Ultimate
/// comfort…" is still read; nor do capitals throughout, which shout ("AN INCREDIBLE DEAL").
fn in_a_name(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else { return false };
    let first = rest.split(char::is_whitespace).next().unwrap_or("");
    if !titled(first) {
        return false;
    }
    let before = text.get(..at).unwrap_or("").trim_end_matches(is_inline_space);
    if before.len() == at {
        // Not after a space: inside a word ("Co-Founder") or right after a mark.
        return false;
    }
    let start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word = before.get(start..).unwrap_or("");
    // A name runs on without a comma or a colon ("Acme, Leader mondial" is a claim), and a
    // full stop ends a sentence unless it ends a short abbreviation ("Bros.", "St.").
    let runs_on = match word.strip_suffix('.') {
        Some(short) => short.chars().count() <= 4,
        None => word.chars().last().is_some_and(char::is_alphanumeric),
    };
    runs_on && titled(word) && !sentence_start(text, start)
}

/// Whether the words at `span` open a name that runs on after them: each is written as in a
/// title, and so is the word right after (or it is in capitals, an acronym): "The Ultimate
/// IPA", « La Meilleure Blonde ». Inside a sentence that is a name; at a sentence's start only
/// when an article leads it, for a capital there says nothing of the word ("Ultimate Comfort
/// awaits" is still read).
fn opens_a_name(text: &str, span: &Span) -> bool {
    // Asked of every match a lexicon keeps: most start in lower case, and are answered by
    // their first byte.
    if text.as_bytes().get(span.start).is_none_or(u8::is_ascii_lowercase) {
        return false;
    }
    // A capital, then lower case only: "RockStar" is a coinage, not a title's word.
    let title = |word: &str| titled(word) && !word.chars().skip(1).any(char::is_uppercase);
    let Some(found) = text.get(span.clone()) else { return false };
    let Some(rest) = text.get(span.end..).and_then(|rest| rest.strip_prefix(' ')) else {
        return false;
    };
    let next = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // An acronym: two capitals or more, no small letter.
    let capitals = next.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !next.chars().any(char::is_lowercase);
    let led = matches!(found.split(' ').next(), Some("The" | "Le" | "La" | "Les"));
    found.split(' ').all(title)
        && (titled(next) || capitals)
        && (led || !sentence_start(text, span.start))
}

/// Flags every match of a pack lexicon ([`hits`]) with its reason and its better wordings.
pub(crate) fn flag(cx: &Context<'_>, meta: &RuleMeta, lex: Lex, out: &mut Vec<Finding>) {
    let text = cx.text();
    for hit in hits(cx, lex) {
        let Some(entry) = cx.packs.entry(lex, hit.entry) else { continue };
        if literal(cx, entry, &hit.span) {
            continue;
        }
        let found = cx.doc.slice(&hit.span);
        let why = entry.why.as_deref().unwrap_or("");
        let message = cx.tr(meta.id, &[("text", &found), ("why", &why)]);
        let mut finding = Finding::new(meta.id, hit.span.clone(), message);
        for better in &entry.better {
            let fix = match better {
                Better::Remove => (lex != Lex::Institutional || leaves_a_clause(text, &hit.span))
                    .then(|| removal(cx, text, &hit.span)),
                _ => agree(text, &hit.span, hit.form, entry, better, cx.locale)
                    .filter(|a| !doubles_a_word(text, &a.span, &a.with))
                    .map(|a| replace_with(cx, &a.span, a.with, false)),
            };
            // Two wordings may agree into the same fix ("l’" mended the same way).
            if let Some(fix) = fix.filter(|f| !finding.fixes.contains(f)) {
                finding.fixes.push(fix);
            }
        }
        out.push(finding);
    }
}

/// Whether writing `with` over `span` would put the same word twice in a row: "co-construire
/// ensemble" → "construire ensemble ensemble", "leverage our" → "use our our". Such a wording
/// is not offered (the hint stays).
fn doubles_a_word(text: &str, span: &Span, with: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric();
    let same = |a: &str, b: &str| !a.is_empty() && same_but_case(a, b);
    let after = text.get(span.end..).unwrap_or("").trim_start_matches(is_inline_space);
    let next = after.split(|c: char| !is_word(c)).next().unwrap_or("");
    let before = text.get(..span.start).unwrap_or("").trim_end_matches(is_inline_space);
    let previous = before.rsplit(|c: char| !is_word(c)).next().unwrap_or("");
    let last = with.rsplit(|c: char| !is_word(c)).next().unwrap_or("");
    let first = with.split(|c: char| !is_word(c)).next().unwrap_or("");
    same(last, next) || same(first, previous)
}

/// Whether the words around a match say it is meant literally: a word of the entry's
/// `literal` list stands in its sentence or the sentences on either side within its paragraph
/// ("disruption" then "trains", the "écosystème" of a pond, "leverage ratio"), or right after
/// or before it (`>word`, `<word`: "du coup d’envoi"), or none of its `near` words does
/// ("accompagner" without clients or projects nearby is a pianist or a parent).
fn literal(cx: &Context<'_>, entry: &Entry, span: &Span) -> bool {
    if entry.literal.is_empty() && entry.near.is_empty() {
        return false;
    }
    let words = cx.words();
    let sentences = cx.doc.sentences();
    let at = sentences.partition_point(|s| s.end <= span.start);
    let from = sentences.get(at.saturating_sub(1)).map_or(0, |s| s.start);
    let to = sentences.get(at + 1).or(sentences.get(at)).map_or(cx.text().len(), |s| s.end);
    // The neighbours are read within the match's paragraph: a blank line ends what the words
    // around a match can say of it, and a paragraph is then judged the same alone (as a
    // session checks it after an edit) as in its post.
    let (from, to) = within_paragraph(cx.text(), from..to, span);
    let first = words.partition_point(|w| w.span.end <= span.start);
    let last = words.partition_point(|w| w.span.start < span.end);
    // A word is read whole and, if it holds an apostrophe, as its two parts: "l’étang" is
    // "étang", "canal’s" is "canal". Each word is folded once ([`folded`]) and asked of both
    // lists.
    let (literal, near) = (Listed::of(&entry.literal), Listed::of(&entry.near));
    let in_list = |list: &Listed<'_>, word: &str, prefix: &str| -> bool {
        if list.words.is_empty() {
            return false;
        }
        let hit = |part: &str| {
            if prefix.is_empty() { list.has(part) } else { list.has_prefixed(prefix, part) }
        };
        // The apostrophe is ASCII: a byte search finds it on a char boundary, without the
        // set-up of a `str` pattern search (this runs for every word of three sentences).
        let apostrophe = word.bytes().position(|b| b == b'\'');
        hit(word)
            || apostrophe.is_some_and(|at| {
                hit(word.get(..at).unwrap_or("")) || hit(word.get(at + 1..).unwrap_or(""))
            })
    };
    let after = words.get(last).filter(|w| w.span.end <= to);
    let before = first.checked_sub(1).and_then(|i| words.get(i)).filter(|w| w.span.start >= from);
    if after.is_some_and(|w| in_list(&literal, &folded(w), ">"))
        || before.is_some_and(|w| in_list(&literal, &folded(w), "<"))
    {
        return true;
    }
    let lo = words.partition_point(|w| w.span.start < from);
    let hi = words.partition_point(|w| w.span.start < to);
    let around = words
        .get(lo..first)
        .unwrap_or_default()
        .iter()
        .chain(words.get(last..hi).unwrap_or_default());
    let mut found_near = near.words.is_empty();
    for w in around {
        // A `near` word found and no `literal` word to look for: the answer is known.
        if found_near && literal.words.is_empty() {
            return false;
        }
        let word = folded(w);
        if in_list(&literal, &word, "") && !in_a_compound(cx.text(), &w.span) {
            return true;
        }
        found_near = found_near || in_list(&near, &word, "");
    }
    !found_near
}

/// Whether the word at `span` is one of three or more words joined by hyphens: an idiom that
/// says nothing of the word's own sense ("best-in-class" is no school class, "state-of-the-art"
/// no painting), where two joined words still do ("a peat-bog").
fn in_a_compound(text: &str, span: &Span) -> bool {
    // Letters, digits and hyphens, without a space or a mark: the compound the word stands in.
    // Asked only of a word of an entry's list, so rarely.
    let joined = |c: &char| c.is_alphanumeric() || *c == '-';
    let left = text.get(..span.start).unwrap_or_default().chars().rev().take_while(joined);
    let right = text.get(span.end..).unwrap_or_default().chars().take_while(joined);
    left.chain(right).filter(|&c| c == '-').count() >= 2
}

/// `window`, a stretch of sentences around `span`, cut at the blank lines nearest `span` on
/// either side.
fn within_paragraph(text: &str, window: Span, span: &Span) -> (usize, usize) {
    let bytes = text.as_bytes();
    let from = bytes
        .get(window.start..span.start)
        .and_then(last_blank_line)
        .map_or(window.start, |at| window.start + at + 2);
    let to = bytes
        .get(span.end..window.end)
        .and_then(first_blank_line)
        .map_or(window.end, |at| span.end + at);
    (from, to)
}

/// `w`'s key folded without accents, as the entries' word lists are: most keys are ASCII,
/// already that, and are read without a copy.
fn folded<'w>(w: &'w KeyedWord<'_>) -> Cow<'w, str> {
    let key = w.key();
    if key.is_ascii() { Cow::Borrowed(key) } else { Cow::Owned(fold_str(key, Accents::Strip)) }
}

/// A sorted word list of an entry (`literal`, `near`), with a sieve of the lengths and first
/// bytes its words have: [`literal`] asks about every word of three sentences, and most words
/// are told apart by the sieve alone, without a search among strings.
struct Listed<'e> {
    words: &'e [String],
    sieve: [u64; 4],
}

impl<'e> Listed<'e> {
    fn of(words: &'e [String]) -> Self {
        let mut sieve = [0; 4];
        for word in words {
            let bit = Self::bit(word);
            if let Some(cell) = sieve.get_mut(bit / 64) {
                *cell |= 1 << (bit % 64);
            }
        }
        Listed { words, sieve }
    }

    /// The sieve's bit for `word`, from its length and first byte.
    fn bit(word: &str) -> usize {
        Self::bit_of(word.len(), word.as_bytes().first().copied())
    }

    /// The sieve's bit for a word of `len` bytes starting with `first`.
    fn bit_of(len: usize, first: Option<u8>) -> usize {
        (len * 31 + usize::from(first.unwrap_or(0))) % 256
    }

    fn sieved(&self, bit: usize) -> bool {
        self.sieve.get(bit / 64).is_some_and(|cell| cell & (1 << (bit % 64)) != 0)
    }

    /// Whether `word` (not empty) is in the list.
    fn has(&self, word: &str) -> bool {
        self.sieved(Self::bit(word))
            && !word.is_empty()
            && self.words.binary_search_by(|n| n.as_str().cmp(word)).is_ok()
    }

    /// Whether `prefix` then `part` (not both empty) is in the list, without writing the two
    /// out as one word: the `>word` and `<word` entries are asked about for every match.
    fn has_prefixed(&self, prefix: &str, part: &str) -> bool {
        let len = prefix.len() + part.len();
        let first = prefix.as_bytes().first().or(part.as_bytes().first()).copied();
        let joined = || prefix.bytes().chain(part.bytes());
        self.sieved(Self::bit_of(len, first))
            && len > 0
            && self.words.binary_search_by(|n| n.bytes().cmp(joined())).is_ok()
    }
}

/// Whether removing an opener at `span` leaves a sentence: what follows is a clause of its
/// own (after a comma, a colon or a dash, or the opener ends with "that"/"que"), not the
/// opener's object ("We are thrilled to announce our app" would leave "Our app").
fn leaves_a_clause(text: &str, span: &Span) -> bool {
    let matched = text.get(span.clone()).unwrap_or("").lower();
    let last = matched.rsplit([' ', '\'', '’']).next().unwrap_or("");
    if matches!(last, "that" | "que" | "qu") || matched.ends_with("qu’") || matched.ends_with("qu'")
    {
        return true;
    }
    // "Exciting news!" carries its own end.
    if matched.ends_with(['!', ':', '.', '?']) {
        return true;
    }
    let rest = text.get(span.end..).unwrap_or("");
    match rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).chars().next() {
        None => true,
        Some(c) => matches!(c, ',' | ':' | '—' | '–' | '-' | '\n' | '\r' | '.' | '!' | '?' | ';'),
    }
}

/// A fix replacing `span` with `with`.
pub(crate) fn replace(cx: &Context<'_>, span: &Span, with: &str, safe: bool) -> Fix {
    replace_with(cx, span, with.to_string(), safe)
}

/// [`replace`], with the replacement made already.
pub(crate) fn replace_with(cx: &Context<'_>, span: &Span, with: String, safe: bool) -> Fix {
    Fix {
        label: cx.tr("fix.replace", &[("with", &with)]),
        replacement: with,
        span: span.clone(),
        safe,
    }
}

/// `with` in the form of the matched word (plural, singular), for the post's language.
pub(crate) fn inflected(cx: &Context<'_>, with: &str, form: Form) -> String {
    inflect::apply(with, form, cx.locale)
}

/// A fix deleting `span` with the punctuation and space that go with it, and capitalising
/// what then starts the sentence: "En effet, nous…" → "Nous…".
pub(crate) fn removal(cx: &Context<'_>, text: &str, span: &Span) -> Fix {
    let (mut start, mut end) = (span.start, span.end);
    let rest = text.get(end..).unwrap_or("");
    let comma = rest.starts_with(',');
    if comma {
        end += 1;
    }
    let after = text.get(end..).unwrap_or("");
    let spaces: usize = after.chars().take_while(|c| is_inline_space(*c)).map(char::len_utf8).sum();
    let next = after.get(spaces..).and_then(|s| s.chars().next());
    let mut replacement = String::new();
    if next.is_none_or(|c| c == '\n' || c == '\r' || (!comma && is_closing(c))) {
        // Nothing follows on the line: take the space before instead.
        let before = text.get(..start).unwrap_or("");
        let back: usize =
            before.chars().rev().take_while(|c| is_inline_space(*c)).map(char::len_utf8).sum();
        start -= back;
        // "Done, actually." → "Done.": the comma belonged to the removed words.
        if !comma && text.get(..start).is_some_and(|b| b.ends_with(',')) {
            start -= 1;
        }
    } else {
        end += spaces;
        if sentence_start(text, start) {
            if let Some(c) = next.filter(|c| c.is_lowercase()) {
                replacement.extend(c.upper());
                end += c.len_utf8();
            }
        } else if cx.locale == crate::Locale::Fr
            && crate::i18n::carried(crate::Locale::Fr)
            && after.get(spaces..).is_some_and(super::agree::starts_with_vowel_sound)
            && let Some((at, elided)) = super::agree::elided_before(text, start)
        {
            // « je pense que peut-être on » → « je pense qu’on »: the word before elides.
            start = at;
            replacement = elided;
        } else if cx.locale == crate::Locale::En
            && crate::i18n::carried(crate::Locale::En)
            && let Some((at, article)) =
                super::agree::article_before(text, start, after.get(spaces..).unwrap_or(""))
        {
            // "a truly immersive" → "an immersive": the article takes the next word's sound.
            start = at;
            replacement = article;
        }
    }
    Fix { label: cx.tr("fix.remove", &[]), replacement, span: start..end, safe: false }
}

fn is_inline_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

fn is_closing(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | ':' | ',' | ')' | '…')
}

/// Whether `at` starts a sentence: nothing but spaces since the text's start, a line break or
/// a sentence's final punctuation.
pub(crate) fn sentence_start(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    match before.chars().rev().find(|c| !is_inline_space(*c)) {
        None => true,
        Some(c) => matches!(c, '\n' | '.' | '!' | '?' | '…' | '•' | '¡' | '¿' | '‼'),
    }
}

/// [`keep_case`] of a wording the caller owns already (inflected, agreed): where the answer is
/// `with` with its first byte lower-cased or left (most fixes), `with` is changed in place
/// rather than copied.
pub(crate) fn keep_case_owned(found: &str, mut with: String) -> String {
    match ascii_lowered(found, &with) {
        Some(true) => {
            if let Some(first) = with.get_mut(..1) {
                first.make_ascii_lowercase();
            }
            with
        }
        Some(false) => with,
        None => keep_case(found, &with),
    }
}

/// The answer of [`keep_case`] for most matches, which start with an ASCII small letter (not
/// shouted, then), and most wordings, which start with an ASCII char, without the Unicode case
/// tables: whether `with`'s first byte is lower-cased (`false`: a name like "iPhone", kept as
/// written). `None` for the others.
fn ascii_lowered(found: &str, with: &str) -> Option<bool> {
    if !found.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let rest = with.as_bytes().first().filter(|b| b.is_ascii()).and(with.get(1..))?;
    let name_like = if rest.is_ascii() {
        rest.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        rest.chars().any(char::is_uppercase)
    };
    Some(!name_like)
}

/// `with` in the case of `found`: capitalised if it was, upper case if it shouted, lower-case
/// first letter if the match started lower case (and `with` is not a name like "iPhone").
pub(crate) fn keep_case(found: &str, with: &str) -> String {
    if ascii_lowered(found, with).is_some() {
        return keep_case_owned(found, with.to_string());
    }
    // Whether `found` has two letters or more, all upper case; the walk stops at the first
    // letter that is not.
    let mut letters = 0;
    let shouted = found.chars().filter(|c| c.is_alphabetic()).all(|c| {
        letters += 1;
        c.is_uppercase()
    }) && letters > 1;
    if shouted {
        return with.upper();
    }
    let mut chars = with.chars();
    let Some(first) = chars.next() else { return String::new() };
    let rest = chars.as_str();
    let name_like = rest.chars().any(char::is_uppercase);
    let with_first = |first: &mut dyn Iterator<Item = char>| {
        let mut out = String::with_capacity(with.len() + 4);
        out.extend(first);
        out.push_str(rest);
        out
    };
    match found.chars().next() {
        Some(c) if c.is_uppercase() => with_first(&mut first.upper()),
        Some(c) if c.is_lowercase() && !name_like => with_first(&mut first.lower()),
        _ => with.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's case mappings
mod tests {
    use super::*;
    use crate::rules::fixture::Case;

    #[test]
    fn each_lexicon_is_outranked_by_those_listed_before_it() {
        assert!(outranking(Lex::Avoid).is_empty());
        assert_eq!(outranking(Lex::Prefer), [Lex::Avoid]);
        assert_eq!(outranking(Lex::Jargon), [Lex::Avoid, Lex::Prefer, Lex::Institutional]);
        assert_eq!(outranking(Lex::Filler).len(), PRECEDENCE.len() - 1);
        assert!(outranking(Lex::Spelling).is_empty());
        let mut listed = PRECEDENCE.to_vec();
        listed.dedup();
        assert_eq!(listed.len(), PRECEDENCE.len(), "a lexicon listed twice");
        assert_eq!(PRECEDENCE.len(), Lex::COUNT - 1, "every lexicon but spelling is ranked");
    }

    #[test]
    fn the_literal_sense_is_read_within_the_paragraph() {
        // A neighbour sentence with a literal word in the same paragraph: "leverage" is the
        // financial ratio. Past a blank line it says nothing of the match.
        let one = "We leverage our network. Our debt is lower this year.";
        assert!(Case::en(one).check().flagged("tone/jargon").is_empty());
        let two = "We leverage our network.\n\nOur debt is lower this year.";
        assert_eq!(Case::en(two).check().flagged("tone/jargon"), ["leverage"]);
        let two = "Our debt is lower this year.\n\nWe leverage our network.";
        assert_eq!(Case::en(two).check().flagged("tone/jargon"), ["leverage"]);
        // Nor does the word right after a match across one ("going forward with" is moving).
        let one = "We keep going forward with care.";
        assert!(Case::en(one).check().flagged("tone/filler").is_empty());
        let two = "We will grow going forward\n\nwith care.";
        assert_eq!(Case::en(two).check().flagged("tone/filler"), ["going forward"]);
    }

    #[test]
    fn words_that_open_a_name_are_left_alone() {
        // A beer, a show: the superlative is the name's, led by an article or inside a
        // sentence, and followed by a word of the name.
        for text in [
            "The Ultimate IPA is back on Friday.",
            "New on the bar from Friday: The Ultimate IPA, 6.8%.",
            "Ce soir au bar : L’Incontournable Stout, 7 %.",
        ] {
            let checked = Case::detect(text).check();
            assert!(checked.flagged("tone/superlative").is_empty(), "{text}");
        }
        // Opening a sentence without an article, or followed by a word in lower case, it is
        // read; nor is a coinage in capitals a title's word.
        for (text, rule) in [
            ("Ultimate Comfort awaits you this winter.", "tone/superlative"),
            ("It is the Ultimate deal.", "tone/superlative"),
            ("We want a RockStar Growth Ninja on our team.", "tone/jargon"),
        ] {
            let checked = Case::en(text).check();
            assert!(!checked.flagged(rule).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_match_inside_one_of_a_higher_lexicon_is_reported_once() {
        // "Nous sommes fiers de vous annoncer" is a stock opener; "annoncer" alone is not jargon,
        // but the opener holds words other lexicons may match: only the opener is reported.
        let checked = Case::fr("Nous sommes fiers de vous annoncer notre synergie.").check();
        let rules: Vec<&str> = checked.diagnostics.iter().map(|d| d.rule.as_ref()).collect();
        assert_eq!(rules, ["tone/institutional", "tone/jargon"]);
        let profile = "[[terms]]\navoid = [\"synergie\"]\nreason = \"non\"\n";
        let checked = Case::fr("Notre synergie.").toml(profile).check();
        let rules: Vec<&str> = checked.diagnostics.iter().map(|d| d.rule.as_ref()).collect();
        assert_eq!(rules, ["terms/avoid"]);
    }

    /// [`keep_case`] as it was, collecting the letters and the chars.
    fn keep_case_reference(found: &str, with: &str) -> String {
        let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
            return with.to_uppercase();
        }
        let mut chars = with.chars();
        let Some(first) = chars.next() else { return String::new() };
        let rest = chars.as_str();
        let name_like = rest.chars().any(char::is_uppercase);
        match found.chars().next() {
            Some(c) if c.is_uppercase() => first.to_uppercase().chain(rest.chars()).collect(),
            Some(c) if c.is_lowercase() && !name_like => {
                first.to_lowercase().chain(rest.chars()).collect()
            }
            _ => with.to_string(),
        }
    }

    proptest::proptest! {
        #[test]
        fn keeps_case_as_it_did(
            found in "[aZéÉß İ1'’\\-]{0,6}|\\PC{0,6}",
            with in "[aZéÉß İ1'’\\-]{0,6}|\\PC{0,6}",
        ) {
            proptest::prop_assert_eq!(keep_case(&found, &with), keep_case_reference(&found, &with));
            proptest::prop_assert_eq!(keep_case_owned(&found, with.clone()), keep_case_reference(&found, &with));
        }

        #[test]
        fn a_prefixed_word_is_found_as_the_joined_one(
            words in proptest::collection::btree_set("[<>]?[a-cé']{0,4}", 0..12),
            prefix in "[<>]?",
            part in "[a-cé']{0,4}",
        ) {
            let words: Vec<String> = words.into_iter().collect();
            let listed = Listed::of(&words);
            let joined = format!("{prefix}{part}");
            let expected = !joined.is_empty() && words.contains(&joined);
            proptest::prop_assert_eq!(listed.has_prefixed(&prefix, &part), expected);
        }
    }

    #[test]
    fn a_wording_that_doubles_a_word_is_not_offered() {
        let text = "Venez co-construire ensemble le futur.";
        let start = text.find("co-").unwrap_or(0);
        let span = start..start + "co-construire".len();
        assert!(doubles_a_word(text, &span, "construire ensemble"));
        assert!(!doubles_a_word(text, &span, "concevoir avec vous"));
        let text = "We use leverage our data.";
        let start = text.find("leverage").unwrap_or(0);
        assert!(doubles_a_word(text, &(start..start + 8), "use"));
        assert!(!doubles_a_word(text, &(start..start + 8), "build on"));
    }

    #[test]
    fn keeps_case() {
        assert_eq!(keep_case("Salariés", "collaborateurs"), "Collaborateurs");
        assert_eq!(keep_case("SALARIÉS", "collaborateurs"), "COLLABORATEURS");
        assert_eq!(keep_case("salariés", "Collaborateurs"), "collaborateurs");
        assert_eq!(keep_case("iphone", "iPhone"), "iPhone");
    }

    #[test]
    fn a_removal_mends_the_article_before_it() {
        let fixes = |text: &str| -> Vec<String> {
            let checked = Case::en(text).check();
            let d = checked.diagnostics.iter().find(|d| d.rule == "tone/filler");
            // ASCII texts: the UTF-16 offsets are the bytes'.
            let fix = d
                .and_then(|d| d.suggestions.first())
                .map(|s| format!("{}{}{}", &text[..s.start], s.replacement, &text[s.end..]));
            fix.into_iter().collect()
        };
        assert_eq!(fixes("It is a truly immersive show."), ["It is an immersive show."]);
        assert_eq!(fixes("It was An honestly great night."), ["It was A great night."]);
        assert_eq!(fixes("It is a truly good show."), ["It is a good show."]);
    }

    #[test]
    fn sentence_starts() {
        let t = "Bonjour. En effet, oui\nEn fait";
        assert!(sentence_start(t, 0));
        assert!(sentence_start(t, 9));
        assert!(!sentence_start(t, 19));
        assert!(sentence_start(t, 23));
    }
}
