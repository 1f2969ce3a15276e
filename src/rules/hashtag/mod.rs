//! hashtag/: hollow, autopilot, too many, badly cased, repeated, banned and missing tags. Each
//! rule reads the analysis computed once per check ([`crate::hashtags::Analysis`]).

pub mod autopilot;
pub mod banned;
pub mod casing;
pub mod duplicate;
pub mod hollow;
pub mod missing_required;
pub mod too_many;

use super::Context;
use crate::report::Fix;
use crate::text::Span;

/// A fix that removes the tag at `span` and the space before it.
pub(crate) fn remove_fix(cx: &Context<'_>, span: &Span) -> Fix {
    Fix {
        label: cx.tr("fix.remove", &[]),
        replacement: String::new(),
        span: crate::hashtags::removal_span(cx.text(), span),
        safe: false,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::entities::{Entities, Entity, EntityKind};

    /// Hashtag entities found naively (`#` then letters, digits, `_`), so rule tests do not
    /// depend on the platform extractors.
    pub fn naive_entities(text: &str) -> Entities {
        let mut hashtags = Vec::new();
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c != '#' {
                continue;
            }
            let prev_ok = text
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .is_none_or(|p| !p.is_alphanumeric());
            let mut end = i + 1;
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() || d == '_' {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            if prev_ok && end > i + 1 {
                hashtags.push(Entity::new(EntityKind::Hashtag, i..end));
            }
        }
        Entities { hashtags, ..Default::default() }
    }
}

#[cfg(test)]
pub(crate) mod harness {
    use super::testing::naive_entities;
    use crate::hashtags::{self, HashtagConfig};
    use crate::i18n::{self, Locale};
    use crate::packs::Packs;
    use crate::platform::{self, Platform};
    use crate::profile::{CompiledProfile, Profile};
    use crate::report::Finding;
    use crate::rules::{Context, Rule};
    use crate::text::Document;
    use crate::{CheckOptions, Error};

    /// Runs `rule` on `text` with naively extracted hashtags.
    pub fn run(
        rule: &dyn Rule,
        text: &str,
        platform: Platform,
        profile: &Profile,
        options: &CheckOptions,
    ) -> Vec<Finding> {
        let doc = Document::new(text);
        let entities = naive_entities(text);
        let locale = i18n::detect(text).unwrap_or(Locale::En);
        let length = platform::measure(platform, &doc, &entities, "");
        let compiled = CompiledProfile::build(profile, platform).expect("profile");
        let packs: Result<Packs, Error> = Packs::build(profile);
        let packs = packs.expect("packs");
        let config = HashtagConfig::build(profile);
        let analysis =
            hashtags::analyze(text, &entities, &config, options, locale, platform.info().dialect);
        let cx = Context {
            doc: &doc,
            entities: &entities,
            platform,
            locale,
            length: &length,
            profile,
            compiled: &compiled,
            packs: &packs,
            options,
            hashtags: &analysis,
        };
        let mut out = Vec::new();
        rule.check(&cx, &mut out);
        out
    }

    /// `run` with default options, on X.
    pub fn run_x(rule: &dyn Rule, text: &str) -> Vec<Finding> {
        run(rule, text, Platform::X, &Profile::default(), &CheckOptions::default())
    }

    /// `text` with `finding`'s first fix applied.
    pub fn fixed(text: &str, finding: &Finding) -> String {
        let fix = finding.fixes.first().expect("a fix");
        let mut out = text.to_string();
        out.replace_range(fix.span.clone(), &fix.replacement);
        out
    }
}
