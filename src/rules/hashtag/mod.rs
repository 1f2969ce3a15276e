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
    use crate::i18n;
    use crate::platform::Platform;
    use crate::profile::Profile;
    use crate::report::Finding;
    use crate::rules::Rule;
    use crate::{CheckOptions, Checker, CheckerOptions};

    /// Runs `rule` on `text` with naively extracted hashtags.
    pub fn run(
        rule: &dyn Rule,
        text: &str,
        platform: Platform,
        profile: &Profile,
        options: &CheckOptions,
    ) -> Vec<Finding> {
        let checker = Checker::new(CheckerOptions {
            locale: i18n::detect(text),
            platform: Some(platform),
            profile: Some(profile.clone()),
        })
        .expect("a valid profile");
        checker.with_context(text, options, naive_entities(text), |cx| {
            let mut out = Vec::new();
            rule.check(cx, &mut out);
            out
        })
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
