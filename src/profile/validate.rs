//! Checks made once a profile has parsed: the names it uses must exist, its patterns must
//! compile. Each problem carries the path of the key it is about, so that a profile read from a
//! file can say where. The rule ids the profile may name are given by the caller (the registry's,
//! `rules::ids`): the profile knows its schema, not the rules.

use super::Profile;
use super::locate::{Part, Seg};
use super::regex::{CUSTOM_TOTAL_SIZE_LIMIT, CustomPattern, MAX_CUSTOM_RULES, within_total_size};
use super::suggest::{list, nearest};
use crate::platform::Platform;

/// A problem found in a parsed profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    /// The key (or array item) the problem is about.
    pub path: Vec<Seg>,
    /// Whether the key itself or its value is wrong.
    pub part: Part,
    /// What is wrong, naming it: "unknown rule `tone/pasive`".
    pub what: String,
    /// What would be right: "did you mean `tone/passive`?".
    pub detail: String,
}

/// The id of the registry entry that runs the profile's custom rules; a custom rule may not take
/// it.
pub(crate) const CUSTOM_REGISTRY_NAME: &str = "pattern";

fn well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Every problem in `profile`, in the order of the profile's sections; `rule_ids` are the rules
/// its `[rules]` tables may name, besides its own custom rules.
pub(crate) fn problems(profile: &Profile, rule_ids: &[&str]) -> Vec<Problem> {
    let mut out = Vec::new();
    let key = |path: Vec<Seg>, what: String, detail: String| Problem {
        path,
        part: Part::Key,
        what,
        detail,
    };
    let value = |path: Vec<Seg>, what: String, detail: String| Problem {
        path,
        part: Part::Value,
        what,
        detail,
    };

    if let Some(tag) = &profile.locale {
        if tag != "auto" && crate::Locale::from_tag(tag).is_none() {
            out.push(value(
                vec!["locale".into()],
                format!("unknown locale `{tag}`"),
                format!("expected one of {}", list(&["fr", "en", "auto"])),
            ));
        }
    }

    // Custom rules first: their ids are valid in [rules].
    let mut custom_ids: Vec<String> = Vec::new();
    let mut compiled = Vec::new();
    if profile.custom.len() > MAX_CUSTOM_RULES {
        out.push(value(
            vec![Seg::from("custom"), Seg::from(MAX_CUSTOM_RULES)],
            format!("too many custom rules ({}, at most {MAX_CUSTOM_RULES})", profile.custom.len()),
            "every custom rule runs on every keystroke; join rules that say the same thing \
             into one pattern with `|`"
                .into(),
        ));
    }
    for (i, rule) in profile.custom.iter().enumerate() {
        let at = |field: &str| vec![Seg::from("custom"), Seg::from(i), Seg::from(field)];
        if !well_formed_id(&rule.id) {
            out.push(value(
                at("id"),
                format!("invalid custom rule id `{}`", rule.id),
                "use lower-case letters, digits and single hyphens, such as `no-asap`".into(),
            ));
        } else if rule.id == CUSTOM_REGISTRY_NAME {
            out.push(value(
                at("id"),
                format!("reserved custom rule id `{}`", rule.id),
                "`custom/pattern` names all custom rules at once; choose another id".into(),
            ));
        } else if let Some(first) = profile.custom.iter().position(|r| r.id == rule.id)
            && first < i
        {
            out.push(value(
                at("id"),
                format!("duplicate custom rule id `{}`", rule.id),
                format!("custom rule #{} already uses it", first + 1),
            ));
        }
        match CustomPattern::new(&rule.pattern) {
            Ok(pattern) => compiled.push(pattern),
            Err(reason) => out.push(value(
                at("pattern"),
                format!("invalid pattern in custom rule `{}`", rule.id),
                reason,
            )),
        }
        if rule.message.trim().is_empty() {
            out.push(value(
                at("message"),
                format!("empty message in custom rule `{}`", rule.id),
                "say what is wrong and what to write instead".into(),
            ));
        }
        custom_ids.push(format!("custom/{}", rule.id));
    }
    if !within_total_size(compiled.iter()) {
        out.push(value(
            vec![Seg::from("custom")],
            "the custom rules are too large together once compiled".to_string(),
            format!(
                "their patterns may take {} KiB at most together; remove rules or simplify \
                 their patterns",
                CUSTOM_TOTAL_SIZE_LIMIT / 1024
            ),
        ));
    }

    let mut known: Vec<&str> = rule_ids.to_vec();
    known.extend(custom_ids.iter().map(String::as_str));
    let check_rules = |rules: &std::collections::BTreeMap<String, super::Level>,
                       base: Vec<Seg>,
                       out: &mut Vec<Problem>| {
        for id in rules.keys() {
            if known.contains(&id.as_str()) {
                continue;
            }
            let detail = match nearest(id, known.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None if id.starts_with("custom/") => {
                    "no custom rule of the profile has this id".to_string()
                }
                None => "`brio rules` lists the rule ids".to_string(),
            };
            let mut path = base.clone();
            path.push(Seg::from(id.as_str()));
            out.push(key(path, format!("unknown rule `{id}`"), detail));
        }
    };
    check_rules(&profile.rules, vec!["rules".into()], &mut out);

    let platform_detail = |name: &str| {
        if name.eq_ignore_ascii_case("twitter") {
            return "use `x`".to_string();
        }
        let ids = Platform::ids();
        match nearest(name, ids.iter().copied()) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("expected one of {}", list(&ids)),
        }
    };
    for (name, over) in &profile.platforms {
        if Platform::ALL.iter().all(|p| p.id() != name) {
            out.push(key(
                vec!["platforms".into(), name.as_str().into()],
                format!("unknown platform `{name}`"),
                platform_detail(name),
            ));
            continue;
        }
        check_rules(
            &over.rules,
            vec!["platforms".into(), name.as_str().into(), "rules".into()],
            &mut out,
        );
    }

    let mut voices = vec![(vec![Seg::from("voice")], &profile.voice)];
    for (name, over) in &profile.platforms {
        voices.push((vec!["platforms".into(), name.as_str().into(), "voice".into()], &over.voice));
    }
    for (base, voice) in voices {
        if let Some(learned) = &voice.learned {
            let mut at = base.clone();
            at.push("learned".into());
            learned_problems(learned, &at, &mut out);
        }
    }

    for (i, s) in profile.stakeholders.iter().enumerate() {
        let at = |field: &str| vec![Seg::from("stakeholders"), Seg::from(i), Seg::from(field)];
        if s.name.trim().is_empty() {
            out.push(value(
                at("name"),
                "empty stakeholder name".into(),
                "write the name as posts spell it".into(),
            ));
        }
        if s.aliases.iter().any(|a| a.trim().is_empty()) {
            out.push(value(
                at("aliases"),
                format!("empty alias for `{}`", s.name),
                "remove it".into(),
            ));
        }
        for (platform, handle) in &s.handles {
            let mut path = at("handles");
            path.push(platform.as_str().into());
            if Platform::ALL.iter().all(|p| p.id() != platform) {
                out.push(key(
                    path,
                    format!("unknown platform `{platform}`"),
                    platform_detail(platform),
                ));
            } else if handle.trim_start_matches('@').trim().is_empty() {
                out.push(value(
                    path,
                    format!("empty handle for `{}` on {platform}", s.name),
                    "write it with its @, such as `@Bpifrance`".into(),
                ));
            }
        }
    }
    out
}

/// A `[voice.learned]` table counts posts out of `posts`; its names are single words.
fn learned_problems(learned: &super::LearnedVoice, base: &[Seg], out: &mut Vec<Problem>) {
    let at = |field: &str| {
        let mut path = base.to_vec();
        path.push(Seg::from(field));
        path
    };
    let problem =
        |path, what: String, detail: String| Problem { path, part: Part::Value, what, detail };
    if learned.posts == 0 {
        out.push(problem(
            at("posts"),
            "no posts learned from".into(),
            "`brio learn` writes how many posts it read; at least 1".into(),
        ));
    }
    let counts = [
        ("tu", learned.tu),
        ("vous", learned.vous),
        ("contractions", learned.contractions),
        ("i", learned.i),
        ("we", learned.we),
        ("emoji_posts", learned.emoji_posts),
        ("emoji_openers", learned.emoji_openers),
        ("exclamation_posts", learned.exclamation_posts),
    ];
    for (field, count) in counts {
        if let Some(n) = count
            && n > learned.posts
        {
            out.push(problem(
                at(field),
                format!("{n} posts out of {}", learned.posts),
                format!("`{field}` counts posts: at most `posts` ({})", learned.posts),
            ));
        }
    }
    for term in &learned.terms {
        if term.trim().is_empty() || term.chars().any(char::is_whitespace) {
            out.push(problem(
                at("terms"),
                format!("invalid learned term `{term}`"),
                "a term is one word as the brand spells it, such as `BrioPay`".into(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CustomRule, Level, Profile};
    use super::*;

    fn custom(id: &str, pattern: &str) -> CustomRule {
        CustomRule {
            id: id.into(),
            pattern: pattern.into(),
            message: "m".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_default_profile_has_no_problems() {
        assert!(problems(&Profile::default(), &crate::rules::ids()).is_empty());
    }

    #[test]
    fn the_rules_a_profile_may_name_are_the_ones_given() {
        let mut p = Profile::default();
        p.rules.insert("tone/new-rule".into(), Level::Off);
        assert!(problems(&p, &["tone/new-rule"]).is_empty());
        let found = problems(&p, &["tone/jargon"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].what, "unknown rule `tone/new-rule`");
    }

    #[test]
    fn unknown_rules_suggest_the_nearest() {
        let mut p = Profile::default();
        p.rules.insert("platform/too-lng".into(), Level::Off);
        p.rules.insert("custom/no-asap".into(), Level::Off);
        p.custom.push(custom("no-asap", "ASAP"));
        let found = problems(&p, &crate::rules::ids());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].what, "unknown rule `platform/too-lng`");
        assert_eq!(found[0].detail, "did you mean `platform/too-long`?");
    }

    #[test]
    fn custom_rules_are_checked() {
        let mut p = Profile::default();
        p.custom.push(custom("Bad Id", "x"));
        p.custom.push(custom("a", "("));
        p.custom.push(custom("a", "x*"));
        p.custom.push(custom("pattern", "x"));
        p.custom.push(custom("big", r"(?:\w{1000}){100}"));
        let what: Vec<String> = problems(&p, &crate::rules::ids())
            .into_iter()
            .map(|p| p.what + ": " + &p.detail)
            .collect();
        assert!(what[0].starts_with("invalid custom rule id `Bad Id`"), "{what:?}");
        assert!(what[1].contains("does not compile: found open group"), "{what:?}");
        assert!(what[2].starts_with("duplicate custom rule id `a`"), "{what:?}");
        assert!(what[3].contains("matches empty text"), "{what:?}");
        assert!(what[4].starts_with("reserved custom rule id"), "{what:?}");
        assert!(what[5].contains("too large"), "{what:?}");
    }

    #[test]
    fn a_profile_holds_a_bounded_number_of_custom_rules() {
        let mut p = Profile::default();
        for i in 0..=MAX_CUSTOM_RULES {
            p.custom.push(custom(&format!("rule-{i}"), &format!("word{i}")));
        }
        let found = problems(&p, &crate::rules::ids());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].what, "too many custom rules (101, at most 100)");
        assert_eq!(found[0].path, vec![Seg::from("custom"), Seg::from(MAX_CUSTOM_RULES)]);
        p.custom.pop();
        assert!(problems(&p, &crate::rules::ids()).is_empty());
    }

    #[test]
    fn custom_rules_are_bounded_in_compiled_size_together() {
        // Each pattern is within its own limit; eight of them are not within the total.
        let mut p = Profile::default();
        for i in 0..8 {
            p.custom.push(custom(&format!("long-{i}"), "a{8000}"));
        }
        let found = problems(&p, &crate::rules::ids());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].what, "the custom rules are too large together once compiled");
        assert!(found[0].detail.contains("1024 KiB"), "{}", found[0].detail);
        p.custom.truncate(2);
        assert!(problems(&p, &crate::rules::ids()).is_empty());
    }

    #[test]
    fn learned_counts_are_out_of_posts() {
        let mut p = Profile::default();
        p.voice.learned = Some(super::super::LearnedVoice {
            posts: 30,
            vous: Some(31),
            terms: vec!["Brio Pay".into()],
            ..Default::default()
        });
        let what: Vec<String> =
            problems(&p, &crate::rules::ids()).into_iter().map(|p| p.what).collect();
        assert_eq!(what, ["31 posts out of 30", "invalid learned term `Brio Pay`"]);
    }

    #[test]
    fn platforms_must_exist() {
        let mut p = Profile::default();
        p.platforms.insert("linkdin".into(), Default::default());
        p.platforms.insert("twitter".into(), Default::default());
        let found = problems(&p, &crate::rules::ids());
        assert_eq!(found[0].detail, "did you mean `linkedin`?");
        assert_eq!(found[1].detail, "use `x`");
    }
}
