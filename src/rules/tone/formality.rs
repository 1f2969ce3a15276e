//! # tone/formality
//!
//! **What it flags.** In French, the way the post addresses its readers: "tu" forms (tu, te,
//! t’, toi, ton, ta, tes) where the profile's `voice.address` is `vous`, "vous" forms (vous,
//! votre, vos) where it is `tu`, and, without a stated address, a post that mixes both (the
//! less used form is flagged). In English, where the voice is formal (`address = "vous"`),
//! contractions ("don’t", "we’re"), as info, with their expansion as a fix. Quoted words (a
//! child's « Tu crois ? » in a post that says "vous") are someone else's address and are left
//! alone.
//!
//! **Why it matters.** Switching between "tu" and "vous" in one post reads as a mistake, and
//! the choice is part of the brand's voice: it is decided once, not per writer.
//!
//! **Example.** With `address = "vous"`: "Tu veux essayer ? Réservez votre place."
//!
//! **Better.** "Vous voulez essayer ? Réservez votre place."

use super::lexicon::{keep_case, replace_with};
use std::sync::OnceLock;

use super::keyed_words::{KeyedWord, Sieve, sieve};
use crate::i18n::Locale;
use crate::packs::Grammar;
use crate::packs::grammar::WordSet;
use crate::profile::Address;
use crate::report::{Finding, Severity};
use crate::rules::partials::apart;
use crate::rules::tone::context::is_quoted;
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;

pub struct Formality;

static META: RuleMeta = RuleMeta {
    id: "tone/formality",
    default_severity: Severity::Warning,
    summary: "Mixing tu and vous, or addressing readers against the profile; formal EN contractions.",
    fixable: true,
    reach: Reach::Document,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Tu,
    Vous,
}

impl Form {
    fn word(self) -> &'static str {
        match self {
            Form::Tu => "tu",
            Form::Vous => "vous",
        }
    }
}

/// The form of address of the word at `i`, if it is one.
fn address(
    text: &str,
    all: &[KeyedWord<'_>],
    i: usize,
    g: &Grammar,
    sieve: &Sieve,
) -> Option<Form> {
    let w = all.get(i)?;
    // Most words: no elision, and no form of address is as long and starts the same.
    if !w.elided() && !sieve.may_hold(w.lead) {
        return None;
    }
    let (head, tail) = w.elision();
    if head == Some("t") {
        return Some(Form::Tu);
    }
    if head.is_some() || !sieve.may_contain(tail) {
        return None;
    }
    if g.vous.contains(tail) {
        return Some(Form::Vous);
    }
    if !g.tu.contains(tail) {
        return None;
    }
    // "le ton", "un ton" is the noun; "tiens !" the interjection.
    // The word before, in the same paragraph.
    let prev = i.checked_sub(1).and_then(|p| all.get(p)).filter(|p| !apart(text, p, w));
    if tail == "ton"
        && prev.is_some_and(|p| g.ton_noun.contains(p.key()) || p.elision().0 == Some("l"))
    {
        return None;
    }
    if tail == "tiens" {
        return None;
    }
    Some(Form::Tu)
}

/// The "vous" equivalent of a "tu" word where it is a plain swap (possessives, pronouns).
fn to_vous(key: &str) -> Option<&'static str> {
    Some(match key {
        "ton" | "ta" => "votre",
        "tes" => "vos",
        "toi" => "vous",
        _ => return None,
    })
}

impl Rule for Formality {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let voice = cx.compiled.voice.address;
        if cx.locale == Locale::En {
            if voice == Some(Address::Vous) {
                contractions(cx, out);
            }
            return;
        }
        let found = crate::rules::partials::or_made(cx, |p| &p.addresses, addresses);
        let count = |form| found.iter().filter(|a| a.form == form).count();
        let (wrong, key) = match voice {
            Some(Address::Vous) => (Form::Tu, "tone/formality.profile"),
            Some(Address::Tu) => (Form::Vous, "tone/formality.profile"),
            _ => {
                let (tu, vous) = (count(Form::Tu), count(Form::Vous));
                if tu == 0 || vous == 0 {
                    return;
                }
                (if tu <= vous { Form::Tu } else { Form::Vous }, "tone/formality.mix")
            }
        };
        let right = if wrong == Form::Tu { Form::Vous } else { Form::Tu };
        for a in found.iter().filter(|a| a.form == wrong) {
            let text = cx.doc.slice(&a.span);
            let message =
                cx.tr(key, &[("text", &text), ("form", &right.word()), ("other", &wrong.word())]);
            let mut finding = Finding::new(META.id, a.span.clone(), message);
            if let Some(v) = a.vous.filter(|_| wrong == Form::Tu) {
                finding.fixes.push(replace_with(cx, &a.span, keep_case(text, v), false));
            }
            out.push(finding);
        }
    }
}

/// A French form of address outside quotations: the partial result of the rule that a session
/// keeps per paragraph ([`crate::rules::partials`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Addressed {
    pub(crate) span: Span,
    form: Form,
    /// The "vous" equivalent of a "tu" word, where it is a plain swap.
    vous: Option<&'static str>,
}

impl Addressed {
    /// The same, moved `by` bytes on.
    pub(crate) fn moved(&self, by: usize) -> Addressed {
        Addressed { span: self.span.start + by..self.span.end + by, ..self.clone() }
    }
}

/// The forms of address of the text of `cx` outside quotations, in text order (the word before
/// "ton" is read in the same paragraph, [`apart`]): none in English.
pub(crate) fn addresses(cx: &Context<'_>) -> Vec<Addressed> {
    if cx.locale == Locale::En {
        return Vec::new();
    }
    let g = cx.packs.grammar.grammar(Locale::Fr);
    static TU_VOUS: OnceLock<(Vec<WordSet>, Sieve)> = OnceLock::new();
    let made = sieve(&TU_VOUS, &[&g.tu, &g.vous]);
    let sieve: &Sieve = &made;
    let (text, all) = (cx.text(), cx.words());
    let mut found = Vec::new();
    for (i, w) in all.iter().enumerate() {
        let Some(form) = address(text, all, i, g, sieve) else { continue };
        // A quoted « Tu crois ? » is someone else's address, not the post's.
        if is_quoted(cx, &w.span) {
            continue;
        }
        let vous = if form == Form::Tu { to_vous(w.key()) } else { None };
        found.push(Addressed { span: w.span.clone(), form, vous });
    }
    found
}

/// Whether the rule reads the post's keyed words in `locale` with this profile (the English
/// contractions of a formal voice): elsewhere it reads its partial results, so a session
/// need not assemble the words for it.
pub(crate) fn reads_words(locale: Locale, compiled: &crate::profile::CompiledProfile) -> bool {
    locale == Locale::En && compiled.voice.address == Some(Address::Vous)
}

/// English contractions in a formal voice, as info.
fn contractions(cx: &Context<'_>, out: &mut Vec<Finding>) {
    let g = cx.packs.grammar.grammar(Locale::En);
    for w in cx.words() {
        let Some(full) = g.contractions.get(w.key()) else { continue };
        let message = cx.tr("tone/formality.contraction", &[("text", &w.text)]);
        let fix = replace_with(cx, &w.span, keep_case(w.text, full), false);
        out.push(
            Finding::new(META.id, w.span.clone(), message)
                .with_fix(fix)
                .with_severity(Severity::Info),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::fixture::Case;

    #[test]
    fn flags_mixed_address() {
        let text = "Tu veux essayer ? Réservez votre place, vous ne le regretterez pas.";
        assert_eq!(Case::fr(text).check().flagged("tone/formality"), ["Tu"]);
    }

    #[test]
    fn flags_address_against_the_profile() {
        let text = "Réserve ta place et invite tes amis !";
        let report = Case::fr(text).toml("[voice]\naddress = \"vous\"\n").check();
        assert_eq!(report.flagged("tone/formality"), ["ta", "tes"]);
        assert_eq!(report.fixed("tone/formality"), "Réserve votre place et invite tes amis !");
        let text = "Réservez votre place.";
        let report = Case::fr(text).toml("[voice]\naddress = \"tu\"\n").check();
        assert_eq!(report.flagged("tone/formality"), ["votre"]);
    }

    #[test]
    fn does_not_flag_a_consistent_post_or_the_noun_ton() {
        assert!(
            Case::fr("Réservez votre place, nous vous attendons.")
                .check()
                .flagged("tone/formality")
                .is_empty()
        );
        assert_eq!(
            Case::fr("Trouve ton style. Le ton de vos posts compte.")
                .check()
                .flagged("tone/formality"),
            ["ton"]
        );
        assert!(
            Case::fr("Le ton juste, pour vous et vos clients.")
                .check()
                .flagged("tone/formality")
                .is_empty()
        );
        assert!(
            Case::fr("Tiens ! Tu es là. Ton café t’attend.")
                .check()
                .flagged("tone/formality")
                .is_empty()
        );
    }

    #[test]
    fn formal_english_expands_contractions() {
        let text = "We’re open and don't close.";
        let report = Case::en(text).toml("[voice]\naddress = \"vous\"\n").check();
        assert_eq!(report.flagged("tone/formality"), ["We’re", "don't"]);
        assert_eq!(report.of("tone/formality")[0].severity, Severity::Info);
        assert_eq!(report.fixed("tone/formality"), "We are open and don't close.");
        assert!(Case::en(text).check().flagged("tone/formality").is_empty());
    }

    #[test]
    fn a_quoted_tu_is_someone_elses_address() {
        let text = "Léa, 7 ans, nous a demandé : « Tu crois que le train roule la nuit ? » Venez le découvrir avec vos enfants.";
        assert!(Case::fr(text).check().flagged("tone/formality").is_empty());
    }
}
