//! # custom/pattern
//!
//! **What it flags.** Whatever the profile's own `[[custom]]` rules match. Each is a regular
//! expression (`regex-lite` syntax, compiled once at load with size limits; whole-word `\b…\b`
//! and `(?i)` are Unicode-aware, see `profile::regex`) with the brand's message, a level (`warning` unless the rule, `[rules]` or `[platforms.<id>.rules]` says
//! otherwise) and an optional replacement (`$1` and `${name}` refer to the pattern's groups).
//! Findings are reported as `custom/<id>`; `"custom/<id>" = "off"` in `[rules]` turns one off,
//! `"custom/pattern"` sets them all. At most 100 findings per rule and post.
//!
//! **Why it matters.** Every brand has words and habits of its own that no built-in rule knows:
//! the profile says them once, and every writer gets the same hint.
//!
//! **Example.** With `[[custom]]` `id = "no-asap"`, `pattern = "\\bASAP\\b"`,
//! `message = "Say when."`: `We will reply ASAP.` is flagged as `custom/no-asap`.
//!
//! **Better.** `We will reply by Friday.`

use std::borrow::Cow;

use crate::report::{Finding, Fix, Severity};
use crate::rules::{Context, Reach, Rule, RuleMeta};

pub struct Pattern;

/// Findings per custom rule and post; a pattern that matches everywhere says so well enough.
const MAX_FINDINGS: usize = 100;

static META: RuleMeta = RuleMeta {
    id: "custom/pattern",
    default_severity: Severity::Warning,
    summary: "The profile's own pattern rules, each reported as `custom/<id>`.",
    fixable: true,
    reach: Reach::Document,
};

impl Rule for Pattern {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Custom rules come from a profile: a build without profiles has none, and saying so
        // leaves the regex engine's matcher out of its `.wasm`.
        if !cfg!(feature = "profiles") {
            return;
        }
        let text = cx.text();
        for rule in &cx.compiled.custom {
            for caps in rule.pattern.matches(text).take(MAX_FINDINGS) {
                let Some(m) = caps.get(0) else {
                    continue;
                };
                if m.is_empty() {
                    continue;
                }
                let mut finding =
                    Finding::new(Cow::Owned(rule.rule.clone()), m.range(), rule.message.clone())
                        .with_severity(rule.severity);
                if let Some(template) = &rule.replacement {
                    let mut replacement = String::new();
                    caps.expand(template, &mut replacement);
                    finding = finding.with_fix(Fix {
                        label: cx.tr("fix.replace", &[("with", &replacement)]),
                        replacement,
                        span: m.range(),
                        safe: false,
                    });
                }
                out.push(finding);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{CustomRule, Level, Profile};
    use crate::rules::fixture::Case;

    fn profile() -> Profile {
        let mut p = Profile::default();
        p.custom.push(CustomRule {
            id: "no-asap".into(),
            pattern: r"\bASAP\b".into(),
            message: "Say when.".into(),
            level: None,
            replacement: None,
        });
        p.custom.push(CustomRule {
            id: "brand-name".into(),
            pattern: r"(?i)\bacme (corp)\b".into(),
            message: "We are Acme.".into(),
            level: Some(Level::Error),
            replacement: Some("Acme".into()),
        });
        p
    }

    #[test]
    fn reports_each_rule_under_its_own_id() {
        let case = Case::en("Reply ASAP to ACME Corp, ASAP.").profile(profile());
        let found = case.run(&Pattern);
        let rules: Vec<&str> = found.iter().map(|f| f.rule.as_ref()).collect();
        assert_eq!(rules, ["custom/no-asap", "custom/no-asap", "custom/brand-name"]);
        assert_eq!(found[0].message, "Say when.");
        assert_eq!(found[0].severity, Some(Severity::Warning));
        assert_eq!(found[2].severity, Some(Severity::Error));
        assert_eq!(case.fixed(&Pattern), "Reply ASAP to Acme, ASAP.");
    }

    #[test]
    fn levels_from_the_profile_apply_in_reports() {
        let mut p = profile();
        p.rules.insert("custom/no-asap".into(), Level::Off);
        p.rules.insert("custom/brand-name".into(), Level::Hint);
        let report = Case::detect("ASAP, acme corp.").profile(p).check();
        let custom: Vec<_> = report.diagnostics.iter().filter(|d| d.category == "custom").collect();
        assert_eq!(custom.len(), 1);
        assert_eq!(custom[0].rule, "custom/brand-name");
        assert_eq!(custom[0].severity, Severity::Hint);
    }
}
