//! # platform/link-not-clickable
//!
//! **What it flags.** A URL in the text of a post on a platform that does not make links in
//! posts clickable: Instagram captions (see the platform table's `links_clickable`). A bare
//! domain ("sur notre page itch.io", "nuitabsolue.co.uk") is left alone: it names a site for
//! readers to type or remember, as a shop's sign does, and no one meant it to be tapped.
//!
//! **Why it matters.** Readers cannot tap it, and few will type it: the link is lost, and the
//! caption looks written for another network.
//!
//! **Example.** `Our new collection is out: https://acme.example/spring`
//!
//! **Better.** `Our new collection is out: link in bio.` (the fix, not safe, puts "link in bio"
//! in place of the URL; put the URL in the profile's bio or a link sticker).

use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct LinkNotClickable;

static META: RuleMeta = RuleMeta {
    id: "platform/link-not-clickable",
    default_severity: Severity::Warning,
    summary: "A URL where the platform does not make links clickable (Instagram captions).",
    fixable: true,
    reach: Reach::Paragraph,
};

impl Rule for LinkNotClickable {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let info = cx.platform.info();
        if info.links_clickable {
            return;
        }
        for url in &cx.entities.urls {
            if is_bare_domain(cx.doc.slice(&url.span)) {
                continue;
            }
            let message = cx.tr("platform/link-not-clickable", &[("platform", &info.name)]);
            let replacement = cx.tr("platform/link-not-clickable.bio", &[]);
            out.push(Finding::new(META.id, url.span.clone(), message).with_fix(Fix {
                label: cx.tr("fix.replace", &[("with", &replacement)]),
                replacement,
                span: url.span.clone(),
                safe: false,
            }));
        }
    }
}

/// Whether a URL is a domain alone, with no scheme, no "www.", no path, query or port: a
/// site's name ("itch.io", "acme.co.uk").
fn is_bare_domain(url: &str) -> bool {
    let url = url.strip_suffix('/').unwrap_or(url);
    !url.contains("://")
        && !url.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www."))
        && !url.contains(['/', '?', '#', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityKind;
    use crate::platform::Platform;
    use crate::rules::fixture::Case;

    const POST: &str = "Our new collection is out: https://acme.example/spring";

    #[test]
    fn flags_urls_in_instagram_captions() {
        let case = Case::en(POST)
            .on(Platform::Instagram)
            .with(EntityKind::Url, &["https://acme.example/spring"]);
        assert_eq!(case.flagged(&LinkNotClickable), ["https://acme.example/spring"]);
        assert_eq!(case.fixed(&LinkNotClickable), "Our new collection is out: link in bio");
        let fr = Case::fr(POST)
            .on(Platform::Instagram)
            .with(EntityKind::Url, &["https://acme.example/spring"]);
        assert!(fr.run(&LinkNotClickable)[0].message.contains("Instagram"));
        assert_eq!(fr.fixed(&LinkNotClickable), "Our new collection is out: lien en bio");
    }

    #[test]
    fn a_bare_domain_names_a_site() {
        let text = "Every game is free on our itch.io page, or at acme.co.uk.";
        let case = Case::en(text)
            .on(Platform::Instagram)
            .with(EntityKind::Url, &["itch.io", "acme.co.uk"]);
        assert!(case.run(&LinkNotClickable).is_empty());
        let text = "Book at www.acme.co.uk or acme.co.uk/book.";
        let case = Case::en(text)
            .on(Platform::Instagram)
            .with(EntityKind::Url, &["www.acme.co.uk", "acme.co.uk/book"]);
        assert_eq!(case.flagged(&LinkNotClickable), ["www.acme.co.uk", "acme.co.uk/book"]);
    }

    #[test]
    fn links_are_fine_elsewhere() {
        let case = Case::en(POST)
            .on(Platform::Linkedin)
            .with(EntityKind::Url, &["https://acme.example/spring"]);
        assert!(case.run(&LinkNotClickable).is_empty());
    }
}
