//! Specific tags drawn from the post itself: the named events, places, products and dates it
//! mentions. Nothing is invented: every suggested tag is spelled from words of the post.

use crate::text::{Span, SpanSet};

use super::fold::{fold, push_folded};
use super::lexicon;
use super::words;

/// At most this many alternatives are offered for a hollow tag.
pub const MAX: usize = 3;

/// A word of the post outside entities: its text and whether a sentence starts with it.
struct Token<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    sentence_start: bool,
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "VivaTech", "iPhone", "SNCF": a capital past the first letter marks a name.
fn has_inner_capital(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

/// A common word rather than a name: "See", "Nous", "Monday" at the head of a sentence.
///
/// A post repeats its sentence openers ("Nous", "Le"), and each answer costs a fold and three
/// lookups, so answers are remembered for the length of one check.
struct Common<'t> {
    memo: Vec<(&'t str, bool)>,
    /// The folded word, reused from one word to the next.
    key: String,
}

impl<'t> Common<'t> {
    fn new() -> Self {
        Common { memo: Vec::new(), key: String::new() }
    }

    fn is_common(&mut self, word: &'t str) -> bool {
        if let Some(&(_, common)) = self.memo.iter().find(|(w, _)| *w == word) {
            return common;
        }
        self.key.clear();
        for c in word.chars() {
            push_folded(c, &mut self.key);
        }
        let key = self.key.as_str();
        let common = lexicon::listed(key).is_some()
            || words::lookup_any(key).is_some_and(|e| e.dictionary && e.zipf() >= 3.0);
        self.memo.push((word, common));
        common
    }
}

/// Function words that may sit inside a name ("Tour de France", "Salon du Bourget").
fn is_linking(word: &str) -> bool {
    matches!(word, "de" | "du" | "des" | "la" | "le" | "of" | "the" | "d" | "l" | "en" | "sur")
}

/// The post's words, outside hashtags, mentions and URLs (the `skip` spans).
///
/// This runs over the whole post on every check: a run of ASCII letters and digits is skipped
/// in a tight loop, other ASCII bytes are classified as bytes, and only other characters are
/// decoded.
fn tokens<'t>(text: &'t str, skip: &SpanSet) -> Vec<Token<'t>> {
    let bytes = text.as_bytes();
    let mut words = Words { text, spans: skip.spans(), next_span: 0, out: Vec::new() };
    // About one word in six bytes of prose: one allocation for most posts.
    words.out.reserve(text.len() / 6);
    let mut sentence_start = true;
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(i);
            }
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            continue;
        }
        let (alphanumeric, stop, width) = if b.is_ascii() {
            (false, matches!(b, b'.' | b'!' | b'?' | b'\n' | b':' | b'|'), 1)
        } else {
            let c = text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}');
            (c.is_alphanumeric(), matches!(c, '…' | '•'), c.len_utf8())
        };
        if alphanumeric {
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else {
            if let Some(start) = word_start.take() {
                words.push(start, i, sentence_start);
                sentence_start = false;
            }
            if stop {
                sentence_start = true;
            }
        }
        i += width;
    }
    if let Some(start) = word_start {
        words.push(start, text.len(), sentence_start);
    }
    words.out
}

/// The tokens found so far, and the entity spans they are checked against.
struct Words<'t, 's> {
    text: &'t str,
    spans: &'s [Span],
    /// Words come in order, so the first span that may overlap one only moves forward.
    next_span: usize,
    out: Vec<Token<'t>>,
}

impl<'t> Words<'t, '_> {
    /// Keeps the word at `start..end` unless an entity covers it.
    fn push(&mut self, start: usize, end: usize, sentence_start: bool) {
        while self.spans.get(self.next_span).is_some_and(|s| s.end <= start) {
            self.next_span += 1;
        }
        let inside = self.spans.get(self.next_span).is_some_and(|s| s.start < end.max(start + 1));
        // A word glued to a sigil is an entity even where no extractor ran.
        let before = self.text.as_bytes().get(..start).unwrap_or_default();
        let sigil =
            matches!(before.last(), Some(b'#' | b'@' | b'/')) || before.ends_with("＃".as_bytes());
        if !inside && !sigil {
            if let Some(word) = self.text.get(start..end) {
                self.out.push(Token { text: word, start, end, sentence_start });
            }
        }
    }
}

/// `name` as a tag: its words run together, each word's first letter in capitals, accents and
/// letters kept, anything but letters and digits dropped ("Saint-Étienne" -> "#SaintÉtienne").
fn tag_of(words: &[&str]) -> String {
    let mut tag = String::from("#");
    for word in words {
        let mut chars = word.chars().filter(|c| c.is_alphanumeric());
        if let Some(first) = chars.next() {
            tag.extend(first.to_uppercase());
            tag.extend(chars);
        }
    }
    tag
}

/// Specific tags drawn from `text`, best first, none of them hollow nor in `existing` (folded
/// keys of the post's tags). `skip` are the entity spans.
pub fn from_text(text: &str, skip: &SpanSet, existing: &[String]) -> Vec<String> {
    let tokens = tokens(text, skip);
    let mut common = Common::new();
    let mut found: Vec<String> = Vec::new();
    // The folded key of each tag in `found`, so that none is folded twice.
    let mut found_keys: Vec<String> = Vec::new();
    let mut add = |tag: String, found: &mut Vec<String>| {
        let key = fold(tag.trim_start_matches('#'));
        if key.chars().count() < 2
            || lexicon::listed(&key).is_some()
            || existing.contains(&key)
            || found_keys.contains(&key)
        {
            return;
        }
        found.push(tag);
        found_keys.push(key);
    };
    // Buffers reused from one run to the next.
    let mut run: Vec<&Token<'_>> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(token) = tokens.get(i) else { break };
        if !is_capitalised(token.text) {
            i += 1;
            continue;
        }
        // A run of capitalised words, adjacent but for spaces, hyphens, apostrophes and
        // linking words between two capitalised ones.
        run.clear();
        run.push(token);
        let mut j = i + 1;
        while let Some(next) = tokens.get(j) {
            let prev_end = run.last().map_or(0, |t| t.end);
            let gap = text.get(prev_end..next.start).unwrap_or("");
            let joined = gap.chars().all(|c| matches!(c, ' ' | '-' | '\'' | '’'));
            if !joined || gap.is_empty() || gap.len() > 3 || next.sentence_start {
                break;
            }
            let linking = is_linking(next.text)
                && tokens.get(j + 1).is_some_and(|t| is_capitalised(t.text) && !t.sentence_start);
            if is_capitalised(next.text) || linking {
                run.push(next);
                j += 1;
            } else {
                break;
            }
        }
        // A sentence's first word is a name only if it looks like one.
        if run.first().is_some_and(|t| t.sentence_start && !has_inner_capital(t.text))
            && run.first().is_some_and(|t| common.is_common(t.text))
        {
            run.remove(0);
            if run.is_empty() {
                i = j;
                continue;
            }
        }
        words.clear();
        words.extend(run.iter().map(|t| t.text));
        let year = tokens.get(j).filter(|t| {
            is_year(t.text)
                && run.last().is_some_and(|last| {
                    text.get(last.end..t.start).is_some_and(|g| g.chars().all(|c| c == ' '))
                })
        });
        let named = words.len() > 1
            || words.iter().any(|w| has_inner_capital(w))
            || words.iter().any(|w| !common.is_common(w))
            || year.is_some();
        key.clear();
        for w in &words {
            lexicon::push_place_key(w, &mut key);
        }
        let place = lexicon::place(&key);
        if named || place.is_some() {
            let base = tag_of(&words);
            if let Some(year) = year {
                add(format!("{base}{}", year.text), &mut found);
            }
            add(base, &mut found);
        }
        // Places inside a longer run ("VivaTech Paris"): each word on its own.
        if words.len() > 1 {
            for w in &words {
                key.clear();
                lexicon::push_place_key(w, &mut key);
                if lexicon::place(&key).is_some() {
                    add(tag_of(&[w]), &mut found);
                }
            }
        }
        i = j.max(i + 1);
    }
    found.truncate(MAX * 2);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alts(text: &str) -> Vec<String> {
        from_text(text, &SpanSet::default(), &[])
    }

    /// The tokens, char by char: maximal runs of alphanumeric chars, kept unless a span of
    /// `skip` covers them or a sigil glues them to one.
    fn reference_tokens(text: &str, skip: &SpanSet) -> Vec<(usize, usize, bool)> {
        let mut out = Vec::new();
        let mut sentence_start = true;
        let mut word_start = None;
        let mut push = |start: usize, end: usize, sentence_start: &mut bool| {
            let before = text.get(..start).unwrap_or("");
            let sigil = matches!(before.chars().next_back(), Some('#' | '@' | '/' | '＃'));
            if !skip.overlaps(&(start..end)) && !sigil {
                out.push((start, end, *sentence_start));
            }
            *sentence_start = false;
        };
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(start) = word_start.take() {
                push(start, i, &mut sentence_start);
            }
            if matches!(c, '.' | '!' | '?' | '\n' | ':' | '|' | '…' | '•') {
                sentence_start = true;
            }
        }
        if let Some(start) = word_start {
            push(start, text.len(), &mut sentence_start);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_the_alphanumeric_runs(
            text in "[aZ0é É.!?:|\n#@/＃’\\-…•\u{301}日🎉]{0,40}",
            cut in 0usize..40,
        ) {
            let skip = SpanSet::new(std::iter::once(cut..cut + 3));
            let found: Vec<(usize, usize, bool)> =
                tokens(&text, &skip).iter().map(|t| (t.start, t.end, t.sentence_start)).collect();
            proptest::prop_assert_eq!(found, reference_tokens(&text, &skip));
        }
    }

    #[test]
    fn draws_events_places_and_dates_from_the_post() {
        let a = alts("See you at VivaTech 2026 in Paris! #innovation");
        assert_eq!(a, ["#VivaTech2026", "#VivaTech", "#Paris"]);
        let a = alts("Rendez-vous au Salon de l'Agriculture à Lyon. #innovation");
        assert!(a.contains(&"#Lyon".to_string()), "{a:?}");
        let a = alts("Our Field Service Summit opens in Saint-Étienne.");
        assert!(a.contains(&"#FieldServiceSummit".to_string()), "{a:?}");
        assert!(a.contains(&"#SaintÉtienne".to_string()), "{a:?}");
    }

    #[test]
    fn invents_nothing() {
        // No name, place or event: nothing to suggest.
        assert!(alts("We are proud to share our new vision. #innovation #success").is_empty());
        assert!(
            alts("Nous sommes fiers de vous annoncer notre nouvelle offre. #innovation").is_empty()
        );
        assert!(alts("").is_empty());
        // Every suggestion is spelled from the post's own words.
        let text = "Join us at the Rust Nation 2026 meetup in London with Ferrous Systems.";
        for tag in alts(text) {
            let body = tag.trim_start_matches('#');
            let letters: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
            assert!(letters.contains(body), "{tag} is not from the text");
        }
    }

    #[test]
    fn skips_existing_and_hollow_tags() {
        let a = from_text("Live from Paris", &SpanSet::default(), &["paris".to_string()]);
        assert!(a.is_empty(), "{a:?}");
        assert!(alts("Welcome to France").is_empty());
    }
}
