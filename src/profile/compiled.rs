//! A profile made ready for checking: settings resolved for one platform, patterns compiled.

use regex_lite::Regex;

use super::regex::{CustomPattern, names_pattern};
use super::{Level, Profile, Voice};
use crate::Error;
use crate::platform::Platform;
use crate::report::Severity;

/// What the rules read from the profile, resolved for the checker's platform.
#[derive(Debug, Clone, Default)]
pub struct CompiledProfile {
    /// The language the profile is written for, when it names one (not `auto`).
    pub locale: Option<crate::Locale>,
    /// The voice settings, with the platform's overrides applied.
    pub voice: Voice,
    /// The profile's own pattern rules that are on for this platform.
    pub custom: Vec<CompiledCustom>,
    /// The stakeholders that have a handle on this platform (the others cannot be tagged).
    pub stakeholders: Vec<CompiledStakeholder>,
}

/// A custom rule, compiled.
#[derive(Debug, Clone)]
pub struct CompiledCustom {
    /// `custom/<id>`, as reported.
    pub rule: String,
    pub pattern: CustomPattern,
    pub message: String,
    pub severity: Severity,
    /// Offered as an unsafe fix; `$1`, `${name}` refer to the pattern's groups.
    pub replacement: Option<String>,
}

/// A stakeholder with their handle on this platform.
#[derive(Debug, Clone)]
pub struct CompiledStakeholder {
    pub name: String,
    /// With its `@`.
    pub handle: String,
    /// The name and aliases, case-insensitive, longest first so that "Bpifrance Création" wins
    /// over "Bpifrance". Word boundaries are checked by the rule (names may end in `+` or `.`).
    pub names: Regex,
}

/// Stakeholder name lists are plain alternations; this bounds a pathological directory.
const NAMES_SIZE_LIMIT: usize = 1024 * 1024;

impl CompiledProfile {
    pub fn build(profile: &Profile, platform: Platform) -> Result<CompiledProfile, Error> {
        let over = profile.platforms.get(platform.id());
        let mut voice = profile.voice.clone();
        if let Some(over) = over {
            voice = voice.merged(&over.voice);
        }

        let mut custom = Vec::new();
        for rule in &profile.custom {
            let id = format!("custom/{}", rule.id);
            // The platform's [rules] win over the profile's, which win over the rule's own level.
            let level = over
                .and_then(|o| o.rules.get(&id))
                .or_else(|| profile.rules.get(&id))
                .copied()
                .or(rule.level)
                .unwrap_or(Level::Warning);
            let Some(severity) = level.severity() else {
                continue;
            };
            let pattern = CustomPattern::new(&rule.pattern).map_err(|reason| {
                Error::Profile(format!("invalid pattern in custom rule `{}`: {reason}", rule.id))
            })?;
            custom.push(CompiledCustom {
                rule: id,
                pattern,
                message: rule.message.clone(),
                severity,
                replacement: rule.replacement.clone(),
            });
        }

        let mut stakeholders = Vec::new();
        for s in &profile.stakeholders {
            let Some(handle) = s.handles.get(platform.id()) else {
                continue;
            };
            let handle = handle.trim();
            let handle =
                if handle.starts_with('@') { handle.to_string() } else { format!("@{handle}") };
            let mut names: Vec<&str> = std::iter::once(s.name.as_str())
                .chain(s.aliases.iter().map(String::as_str))
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect();
            if names.is_empty() {
                continue;
            }
            crate::order::sort_by_key(&mut names, |n| (usize::MAX - n.len(), 0));
            let regex = names_pattern(&names, NAMES_SIZE_LIMIT).map_err(|e| {
                Error::Profile(format!("stakeholder `{}`: names too many or too long: {e}", s.name))
            })?;
            stakeholders.push(CompiledStakeholder { name: s.name.clone(), handle, names: regex });
        }

        Ok(CompiledProfile {
            locale: profile.locale.as_deref().and_then(crate::Locale::from_tag),
            voice,
            custom,
            stakeholders,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CustomRule, PlatformOverride, Stakeholder};
    use super::*;

    #[test]
    fn custom_levels_resolve_platform_first() {
        let mut p = Profile::default();
        p.custom.push(CustomRule {
            id: "no-asap".into(),
            pattern: "ASAP".into(),
            message: "Say when.".into(),
            level: Some(Level::Error),
            replacement: None,
        });
        let x = CompiledProfile::build(&p, Platform::X).expect("builds");
        assert_eq!(x.custom[0].severity, Severity::Error);
        p.rules.insert("custom/no-asap".into(), Level::Info);
        let mut over = PlatformOverride::default();
        over.rules.insert("custom/no-asap".into(), Level::Off);
        p.platforms.insert("linkedin".into(), over);
        assert_eq!(
            CompiledProfile::build(&p, Platform::X).expect("builds").custom[0].severity,
            Severity::Info
        );
        assert!(CompiledProfile::build(&p, Platform::Linkedin).expect("builds").custom.is_empty());
    }

    #[test]
    fn stakeholders_need_a_handle_on_the_platform() {
        let mut p = Profile::default();
        p.stakeholders.push(Stakeholder {
            name: "Bpifrance".into(),
            aliases: vec!["BPI".into()],
            handles: [("linkedin".to_string(), "Bpifrance".to_string())].into_iter().collect(),
        });
        assert!(CompiledProfile::build(&p, Platform::X).expect("builds").stakeholders.is_empty());
        let li = CompiledProfile::build(&p, Platform::Linkedin).expect("builds");
        assert_eq!(li.stakeholders[0].handle, "@Bpifrance");
        assert!(li.stakeholders[0].names.is_match("merci bpi"));
    }
}
