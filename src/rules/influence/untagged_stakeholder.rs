//! # influence/untagged-stakeholder
//!
//! **What it flags.** A person or organisation from the profile's `[[stakeholders]]` directory
//! named in the post (by name or alias, case-insensitively, as a whole word) while their handle
//! on this platform is not @mentioned. The first mention by name is flagged; stakeholders with no
//! handle on the platform are not. Names inside a hashtag, a mention or a URL do not count.
//!
//! **Why it matters.** A tagged partner is notified and may share the post; an untagged one never
//! sees it, and the post reaches only the brand's own audience.
//!
//! **Example.** `Merci à Bpifrance pour son soutien !` on LinkedIn, with the handle
//! `@Bpifrance` in the profile.
//!
//! **Better.** `Merci à @Bpifrance pour son soutien !` (the fix, not safe since the platform
//! must then resolve the tag, puts the handle in place of the name).

use crate::profile::regex::is_word_char;
use crate::report::{Finding, Fix, Severity};
use crate::rules::typo::char_before;
use crate::rules::{Context, Reach, Rule, RuleMeta};
use crate::text::Span;
use brio_compile::case::CaseMap as _;

pub struct UntaggedStakeholder;

static META: RuleMeta = RuleMeta {
    id: "influence/untagged-stakeholder",
    default_severity: Severity::Info,
    summary: "A stakeholder from the profile's directory is named but not @mentioned.",
    fixable: true,
    reach: Reach::Document,
};

/// Whether `span` stands alone as a word (or words) in `text`.
fn whole_word(text: &str, span: &Span) -> bool {
    let before = char_before(text, span.start);
    let after = text.get(span.end..).and_then(|s| s.chars().next());
    let first = text.get(span.clone()).and_then(|s| s.chars().next());
    let last = text.get(span.clone()).and_then(|s| s.chars().next_back());
    // A boundary is needed only where the name itself starts or ends with a word char.
    let open = !first.is_some_and(is_word_char) || !before.is_some_and(is_word_char);
    let close = !last.is_some_and(is_word_char) || !after.is_some_and(is_word_char);
    // `bpifrance.fr` is a domain, not the name.
    let domain = after == Some('.')
        && text.get(span.end + 1..).is_some_and(|rest| rest.starts_with(is_word_char));
    open && close && !domain && !matches!(before, Some('@' | '#' | '＃' | '＠' | '$'))
}

/// Whether the post mentions `handle` (with its `@`), found by the extractor or in the text.
fn mentioned(cx: &Context<'_>, handle: &str) -> bool {
    let text = cx.text();
    if cx.entities.mentions.iter().any(|m| m.text(text).eq_ignore_ascii_case(handle)) {
        return true;
    }
    // Until the platform's extractor links it, a handle written out counts too.
    let first = handle.chars().next().unwrap_or('@');
    text.match_indices(first)
        .any(|(i, _)| text.get(i..).is_some_and(|rest| starts_with_ignoring_case(rest, handle)))
}

fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars();
    prefix.chars().all(|p| chars.next().is_some_and(|c| c.lower().eq(p.lower())))
        && !chars.next().is_some_and(is_word_char)
}

impl Rule for UntaggedStakeholder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Stakeholders come from a profile: a build without profiles has none, and saying so
        // leaves their names' matcher out of its `.wasm`.
        if !cfg!(feature = "profiles") {
            return;
        }
        let text = cx.text();
        let entities = &cx.entities;
        let in_entity = |span: &Span| {
            entities
                .mentions
                .iter()
                .chain(&entities.hashtags)
                .chain(&entities.urls)
                .any(|e| e.span.start < span.end && span.start < e.span.end)
        };
        for stakeholder in &cx.compiled.stakeholders {
            if mentioned(cx, &stakeholder.handle) {
                continue;
            }
            let found = stakeholder
                .names
                .find_iter(text)
                .map(|m| m.range())
                .find(|span| whole_word(text, span) && !in_entity(span));
            let Some(span) = found else {
                continue;
            };
            let message = cx.tr(
                "influence/untagged-stakeholder",
                &[
                    ("name", &cx.doc.slice(&span)),
                    ("platform", &cx.platform.info().name),
                    ("handle", &stakeholder.handle),
                ],
            );
            out.push(Finding::new(META.id, span.clone(), message).with_fix(Fix {
                label: cx.tr("fix.replace", &[("with", &stakeholder.handle)]),
                replacement: stakeholder.handle.clone(),
                span,
                safe: false,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityKind;
    use crate::platform::Platform;
    use crate::profile::{Profile, Stakeholder};
    use crate::rules::fixture::Case;

    fn profile() -> Profile {
        let mut p = Profile::default();
        p.stakeholders.push(Stakeholder {
            name: "Bpifrance".into(),
            aliases: vec!["BPI France".into(), "Bpi".into()],
            handles: [("linkedin".to_string(), "@Bpifrance".to_string())].into_iter().collect(),
        });
        p.stakeholders.push(Stakeholder {
            name: "Région Île-de-France".into(),
            aliases: vec![],
            handles: [("linkedin".to_string(), "@iledefrance".to_string())].into_iter().collect(),
        });
        p
    }

    fn case(text: &str) -> Case<'_> {
        Case::fr(text).on(Platform::Linkedin).profile(profile())
    }

    #[test]
    fn flags_the_first_untagged_name_and_offers_the_handle() {
        let c = case("Merci à BPI France et à la RÉGION ÎLE-DE-FRANCE ! Bpifrance encore.");
        assert_eq!(c.flagged(&UntaggedStakeholder), ["BPI France", "RÉGION ÎLE-DE-FRANCE"]);
        assert_eq!(
            c.fixed(&UntaggedStakeholder),
            "Merci à @Bpifrance et à la @iledefrance ! Bpifrance encore."
        );
        assert!(!c.run(&UntaggedStakeholder)[0].fixes[0].safe);
    }

    #[test]
    fn a_tagged_stakeholder_passes() {
        assert!(case("Merci Bpifrance et @bpifrance !").run(&UntaggedStakeholder).is_empty());
        let text = "Merci Bpi (@Bpifrance)";
        let c = case(text).with(EntityKind::Mention, &["@Bpifrance"]);
        assert!(c.run(&UntaggedStakeholder).is_empty());
    }

    #[test]
    fn needs_whole_words_outside_entities() {
        for ok in ["Les Bpifrancettes", "#Bpifrance", "Voir bpifrance.fr", "@BpiCreation"] {
            let c = case(ok).with(EntityKind::Hashtag, &["#Bpifrance"]);
            assert!(c.run(&UntaggedStakeholder).is_empty(), "{ok}");
        }
    }

    #[test]
    fn platforms_without_a_handle_are_skipped() {
        assert!(
            Case::fr("Merci Bpifrance")
                .on(Platform::X)
                .profile(profile())
                .run(&UntaggedStakeholder)
                .is_empty()
        );
    }
}
