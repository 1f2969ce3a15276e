//! What one post shows of a voice, measured the same way on the brand's past posts (to learn)
//! and on a draft (for `tone/off-voice`): how it addresses the reader, who speaks, emoji,
//! exclamations, sentence length, tags, links, mentions and the brand's own names.

use crate::entities::Entities;
use crate::i18n::Locale;
use crate::packs::grammar::{Grammar, key};
use crate::text::{Document, Span, SpanSet, quoted_spans};

/// The voice features of one post. Each `*_at` is where the feature first shows, to point a
/// hint at it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// Words outside links, tags and mentions.
    pub words: usize,
    pub graphemes: usize,
    /// French "tu" forms (tu, te, t’, toi, ton, ta, tes) and "vous" forms (vous, votre, vos).
    pub tu: usize,
    pub tu_at: Option<Span>,
    pub vous: usize,
    pub vous_at: Option<Span>,
    /// English contractions ("don’t", "we’re").
    pub contractions: usize,
    pub contraction_at: Option<Span>,
    /// First person singular (je, j’, moi, mon; I, me, my) and plural (nous, notre; we, our).
    pub i: usize,
    pub i_at: Option<Span>,
    pub we: usize,
    pub we_at: Option<Span>,
    /// French "on" as the brand's "we".
    pub on: usize,
    pub emoji: usize,
    pub emoji_at: Option<Span>,
    /// Whether the post opens with an emoji (a habit of some brands: "🚋 Ligne A : …").
    pub opens_with_emoji: bool,
    pub exclamations: usize,
    pub exclamation_at: Option<Span>,
    /// Words per sentence, in order.
    pub sentence_words: Vec<usize>,
    /// The longest sentence.
    pub longest_at: Option<Span>,
    /// Hashtags as written, with their `#`.
    pub hashtags: Vec<String>,
    pub mentions: usize,
    pub urls: usize,
    /// The first word, folded (lower case, straight apostrophe): how the post opens.
    pub opener: String,
    /// Words written with a capital inside or after a digit ("BrioPay", "iPhone", "TGV"),
    /// with where they are: the brand's own names are among them.
    pub names: Vec<(String, Span)>,
    /// Every word outside entities, folded, with its span (for the names' other spellings).
    pub keys: Vec<(String, Span)>,
}

impl Features {
    /// The longest sentence's words.
    pub fn longest(&self) -> usize {
        self.sentence_words.iter().copied().max().unwrap_or(0)
    }
}

const I_FR: &[&str] = &["je", "moi", "mon", "ma", "mes", "moi-même"];
const WE_FR: &[&str] = &["nous", "notre", "nos", "nous-mêmes"];
const I_EN: &[&str] = &["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"];
const WE_EN: &[&str] = &["we", "we're", "we've", "we'd", "we'll", "our", "ours", "ourselves", "us"];

fn note(count: &mut usize, at: &mut Option<Span>, span: &Span) {
    *count += 1;
    if at.is_none() {
        *at = Some(span.clone());
    }
}

/// Whether `word` is a name by its shape: a capital after its first letter, or letters and
/// digits mixed with a capital ("BrioPay", "iPhone", "TGV", "M6"), at least two letters long.
fn is_name_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    let rest: Vec<char> = chars.collect();
    if rest.is_empty() || !word.chars().any(char::is_alphabetic) {
        return false;
    }
    let inner_capital = rest.iter().any(|c| c.is_uppercase());
    let digit_mix =
        word.chars().any(|c| c.is_ascii_digit()) && (first.is_uppercase() || inner_capital);
    inner_capital || digit_mix
}

/// Measures one post. `grammar` is the post's language's word lists.
pub fn measure(
    doc: &Document<'_>,
    entities: &Entities,
    locale: Locale,
    grammar: &Grammar,
) -> Features {
    let text = doc.text();
    let mut f = Features { graphemes: doc.grapheme_count(), ..Features::default() };
    let linked = entities.linked();
    let quoted = SpanSet::new(quoted_spans(text));

    let mut prev: Option<String> = None;
    for w in doc.words() {
        if linked.overlaps(&w.span) {
            continue;
        }
        let word = doc.slice(&w.span);
        let k = key(word);
        f.words += 1;
        if f.opener.is_empty() {
            f.opener = k.clone();
        }
        if is_name_shaped(word) {
            f.names.push((word.to_string(), w.span.clone()));
        }
        if !quoted.overlaps(&w.span) {
            person_and_address(&mut f, &k, word, &w.span, prev.as_deref(), locale, grammar);
        }
        prev = Some(k.clone());
        f.keys.push((k, w.span.clone()));
    }

    f.emoji = entities.emoji.len();
    f.emoji_at = entities.emoji.first().cloned();
    let lead = text.len() - text.trim_start().len();
    f.opens_with_emoji = entities.emoji.first().is_some_and(|e| e.start == lead);
    for (i, c) in text.char_indices() {
        let n = match c {
            '!' | '！' | '❗' | '❕' | '⁉' => 1,
            '‼' => 2,
            _ => 0,
        };
        if n > 0 {
            f.exclamations += n;
            if f.exclamation_at.is_none() {
                f.exclamation_at = Some(i..i + c.len_utf8());
            }
        }
    }

    // Words per sentence, links and tags left out (a URL is not a word a reader reads).
    let words = doc.words();
    let mut w = 0;
    let mut longest = 0;
    for sentence in doc.sentences() {
        while words.get(w).is_some_and(|x| x.span.end <= sentence.start) {
            w += 1;
        }
        let mut n = 0;
        let mut j = w;
        while let Some(x) = words.get(j).filter(|x| x.span.start < sentence.end) {
            n += usize::from(!linked.overlaps(&x.span));
            j += 1;
        }
        if n > 0 {
            if n > longest {
                longest = n;
                f.longest_at = Some(sentence.clone());
            }
            f.sentence_words.push(n);
        }
    }

    f.hashtags = entities.hashtags.iter().map(|h| h.text(text).to_string()).collect();
    f.mentions = entities.mentions.len();
    f.urls = entities.urls.len();
    f
}

fn person_and_address(
    f: &mut Features,
    k: &str,
    word: &str,
    span: &Span,
    prev: Option<&str>,
    locale: Locale,
    g: &Grammar,
) {
    match locale {
        Locale::Fr => {
            let (head, tail) = match k.split_once('\'') {
                Some((head, tail)) => (Some(head), tail),
                None => (None, k),
            };
            match head {
                Some("t") => return note(&mut f.tu, &mut f.tu_at, span),
                Some("j") => return note(&mut f.i, &mut f.i_at, span),
                Some(_) => return,
                None => {}
            }
            // "le ton", "un ton" is the noun; "tiens !" the interjection.
            let noun_ton = tail == "ton" && matches!(prev, Some("le" | "un" | "du" | "ce" | "bon"));
            if g.vous.contains(tail) {
                note(&mut f.vous, &mut f.vous_at, span);
            } else if g.tu.contains(tail) && !noun_ton && tail != "tiens" {
                note(&mut f.tu, &mut f.tu_at, span);
            } else if I_FR.contains(&tail) {
                note(&mut f.i, &mut f.i_at, span);
            } else if WE_FR.contains(&tail) {
                note(&mut f.we, &mut f.we_at, span);
            } else if tail == "on" {
                f.on += 1;
            }
        }
        Locale::En => {
            if g.contractions.get(k).is_some() {
                note(&mut f.contractions, &mut f.contraction_at, span);
            }
            // "US" is the country.
            if I_EN.contains(&k) {
                note(&mut f.i, &mut f.i_at, span);
            } else if WE_EN.contains(&k) && word != "US" {
                note(&mut f.we, &mut f.we_at, span);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{Dialect, extract};
    use crate::packs::grammar::GrammarLists;

    fn of(text: &str, locale: Locale) -> Features {
        let words = GrammarLists::load();
        let doc = Document::new(text);
        measure(&doc, &extract(text, Dialect::Twitter), locale, words.grammar(locale))
    }

    #[test]
    fn french_address_and_person() {
        let f =
            of("Nous vous attendons avec votre équipe. Le ton est donné, on y va !", Locale::Fr);
        assert_eq!((f.vous, f.tu, f.we, f.on, f.exclamations), (2, 0, 1, 1, 1));
        let f = of("J’arrive : t’es prêt ? Ton café 🚀", Locale::Fr);
        assert_eq!((f.tu, f.i, f.emoji), (2, 1, 1));
        assert_eq!(f.opener, "j'arrive");
        assert!(!f.opens_with_emoji);
        assert!(of(" 🚋 Ligne A : trafic normal.", Locale::Fr).opens_with_emoji);
    }

    #[test]
    fn english_contractions_and_person() {
        let f = of("We’re open. I don't know about the US, but our team is.", Locale::En);
        assert_eq!((f.contractions, f.we, f.i), (2, 2, 1));
    }

    #[test]
    fn sentences_names_and_entities() {
        let f = of(
            "Try BrioPay on your iPhone today. It works https://brio.fr/pay #BrioPay",
            Locale::En,
        );
        assert_eq!(f.sentence_words, [6, 2]);
        let names: Vec<&str> = f.names.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["BrioPay", "iPhone"]);
        assert_eq!((f.hashtags.len(), f.urls), (1, 1));
    }
}
