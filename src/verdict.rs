//! The pre-publish gate: one decision from a report, for CMSs that hold a post back on errors.
//!
//! The decision reads the severities only. The profile has already had its say: its `[rules]`
//! levels settle each diagnostic's severity (a brand that wants `tone/jargon` to block sets it to
//! `error`; one that never wants `tone/emoji` in the way sets it to `hint`), so a gate that read
//! the profile again would apply it twice.

use serde::Serialize;

use crate::report::{Diagnostic, Severity};

/// What a CMS should do with the post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Nothing above `info`: publish as is.
    Publish,
    /// Warnings only: a person should read the hints first.
    Review,
    /// At least one error: the post would fail on the platform, or breaks a hard brand rule.
    Block,
}

/// One diagnostic that weighs on the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
}

/// The gate's answer: the decision and the diagnostics behind it, errors first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub verdict: Decision,
    pub reasons: Vec<Reason>,
}

/// Decides from `diagnostics`: any error blocks, any warning asks for review, hints and infos
/// never hold a post back (and are not reasons). Reasons keep the report's order within a
/// severity, errors before warnings, so a CMS can show the first one as the headline.
pub fn verdict(diagnostics: &[Diagnostic]) -> Verdict {
    of(diagnostics.iter().collect())
}

/// [`verdict`] of diagnostics held elsewhere (a session's, kept per paragraph).
pub(crate) fn of(diagnostics: Vec<&Diagnostic>) -> Verdict {
    let weighing = |severity: Severity| {
        diagnostics.iter().filter(move |d| d.severity == severity).map(|d| Reason {
            rule: d.rule.to_string(),
            severity: d.severity,
            message: d.message.clone(),
        })
    };
    let reasons: Vec<Reason> =
        weighing(Severity::Error).chain(weighing(Severity::Warning)).collect();
    let verdict = match reasons.first().map(|r| r.severity) {
        Some(Severity::Error) => Decision::Block,
        Some(_) => Decision::Review,
        None => Decision::Publish,
    };
    Verdict { verdict, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Format, Profile};
    use crate::{CheckOptions, Checker, CheckerOptions, Platform};

    fn diagnostic(rule: &'static str, severity: Severity) -> Diagnostic {
        Diagnostic {
            rule: rule.into(),
            category: rule.split('/').next().unwrap_or_default().into(),
            severity,
            message: format!("{rule} message"),
            start: 0,
            end: 1,
            suggestions: Vec::new(),
        }
    }

    #[test]
    fn nothing_or_hints_and_infos_publish() {
        assert_eq!(verdict(&[]), Verdict { verdict: Decision::Publish, reasons: vec![] });
        let light =
            [diagnostic("tone/emoji", Severity::Hint), diagnostic("tone/passive", Severity::Info)];
        assert_eq!(verdict(&light), Verdict { verdict: Decision::Publish, reasons: vec![] });
    }

    #[test]
    fn warnings_ask_for_review_with_their_reasons() {
        let v = verdict(&[
            diagnostic("tone/passive", Severity::Info),
            diagnostic("tone/institutional", Severity::Warning),
            diagnostic("hashtag/hollow", Severity::Warning),
        ]);
        assert_eq!(v.verdict, Decision::Review);
        let rules: Vec<_> = v.reasons.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(rules, ["tone/institutional", "hashtag/hollow"]);
        assert_eq!(v.reasons[0].message, "tone/institutional message");
    }

    #[test]
    fn an_error_blocks_and_comes_first() {
        let v = verdict(&[
            diagnostic("tone/institutional", Severity::Warning),
            diagnostic("platform/too-long", Severity::Error),
        ]);
        assert_eq!(v.verdict, Decision::Block);
        assert_eq!(v.reasons[0].rule, "platform/too-long");
        assert_eq!(v.reasons[0].severity, Severity::Error);
        assert_eq!(v.reasons.len(), 2);
    }

    #[test]
    fn serialises_as_the_js_contract() {
        let v = verdict(&[diagnostic("platform/too-long", Severity::Error)]);
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "verdict": "block", "reasons": [
                { "rule": "platform/too-long", "severity": "error", "message": "platform/too-long message" }
            ]})
        );
    }

    /// End to end: the profile's levels move a post between the three outcomes.
    #[test]
    fn the_profile_levels_decide_through_the_report() {
        let text = "We are thrilled to announce our launch!!!";
        let gate = |profile: Option<&str>| {
            let profile = profile.map(|p| Profile::parse(p, Format::Toml).unwrap());
            let checker = Checker::new(CheckerOptions {
                platform: Some(Platform::Linkedin),
                profile,
                ..Default::default()
            })
            .unwrap();
            verdict(&checker.check(text, &CheckOptions::default()).diagnostics)
        };
        assert_eq!(gate(None).verdict, Decision::Review);
        let strict = "[rules]\n\"tone/institutional\" = \"error\"\n";
        assert_eq!(gate(Some(strict)).verdict, Decision::Block);
        let lenient =
            "[rules]\n\"tone/institutional\" = \"hint\"\n\"tone/exclamation\" = \"hint\"\n";
        let v = gate(Some(lenient));
        assert_eq!(v.verdict, Decision::Publish, "{v:?}");
    }
}
