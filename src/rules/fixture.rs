//! Running one rule on a post in unit tests, with entities and options set by hand (so that rules
//! can be tested whatever the entity extractors find).

use crate::entities::{self, Entities, Entity, EntityKind};
use crate::i18n::Locale;
use crate::platform::Platform;
use crate::profile::Profile;
use crate::report::Finding;
use crate::{CheckOptions, Checker, CheckerOptions};

use super::{Context, Rule};

pub(crate) struct Case<'t> {
    pub text: &'t str,
    pub platform: Platform,
    pub locale: Locale,
    pub profile: Profile,
    pub options: CheckOptions,
    /// `None`: what the extractors find.
    pub entities: Option<Entities>,
}

impl<'t> Case<'t> {
    pub fn en(text: &'t str) -> Self {
        Case {
            text,
            platform: Platform::X,
            locale: Locale::En,
            profile: Profile::default(),
            options: CheckOptions::default(),
            entities: None,
        }
    }

    pub fn fr(text: &'t str) -> Self {
        Case { locale: Locale::Fr, ..Case::en(text) }
    }

    pub fn on(mut self, platform: Platform) -> Self {
        self.platform = platform;
        self
    }

    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// Marks every occurrence of each string as an entity of `kind`.
    pub fn with(mut self, kind: EntityKind, items: &[&str]) -> Self {
        let mut entities = self.entities.take().unwrap_or_default();
        for item in items {
            for (start, _) in self.text.match_indices(item) {
                let entity = Entity::new(kind, start..start + item.len());
                match kind {
                    EntityKind::Url => entities.urls.push(entity),
                    EntityKind::Mention => entities.mentions.push(entity),
                    EntityKind::Hashtag => entities.hashtags.push(entity),
                    EntityKind::Cashtag => entities.cashtags.push(entity),
                }
            }
        }
        self.entities = Some(entities);
        self
    }

    pub fn run(&self, rule: &dyn Rule) -> Vec<Finding> {
        self.context(|cx| {
            let mut out = Vec::new();
            rule.check(cx, &mut out);
            out
        })
    }

    /// Runs `f` on the case's context.
    pub fn context<R>(&self, f: impl FnOnce(&Context<'_>) -> R) -> R {
        let checker = Checker::new(CheckerOptions {
            locale: Some(self.locale),
            platform: Some(self.platform),
            profile: Some(self.profile.clone()),
        })
        .expect("a valid profile");
        let entities = self
            .entities
            .clone()
            .unwrap_or_else(|| entities::extract(self.text, self.platform.info().dialect));
        checker.with_context(self.text, &self.options, entities, f)
    }

    /// The flagged texts.
    pub fn flagged(&self, rule: &dyn Rule) -> Vec<String> {
        self.run(rule)
            .iter()
            .map(|f| self.text.get(f.span.clone()).unwrap_or("").to_string())
            .collect()
    }

    /// The text with the first fix of every finding applied (findings must not overlap).
    pub fn fixed(&self, rule: &dyn Rule) -> String {
        let mut fixes: Vec<_> =
            self.run(rule).into_iter().filter_map(|f| f.fixes.into_iter().next()).collect();
        fixes.sort_by_key(|f| std::cmp::Reverse(f.span.start));
        let mut text = self.text.to_string();
        for fix in fixes {
            text.replace_range(fix.span, &fix.replacement);
        }
        text
    }
}
