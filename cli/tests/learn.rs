//! `brio learn`: each sample export of tests/learn/ learns a profile that `brio check --profile`
//! loads; bad files exit 2 with a clear message; broken records are warnings with their line.

use std::path::PathBuf;
use std::process::{Command, Output};

fn brio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brio")).args(args).output().expect("runs brio")
}

fn sample(name: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    root.join("tests/learn").join(name).to_string_lossy().into_owned()
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("brio-learn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("writes");
    path.to_string_lossy().into_owned()
}

#[test]
fn every_export_learns_a_profile_that_check_loads() {
    for name in
        ["tweets.js", "outbox.json", "Shares.csv", "bluesky.json", "bluesky.jsonl", "history.jsonl"]
    {
        let out = brio(&["learn", &sample(name)]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let toml = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(toml.contains("[voice.learned]"), "{name}: {toml}");
        let profile = temp(&format!("{name}.toml"), &toml);
        let post = temp("post.txt", "Un post à vérifier.");
        let check = brio(&["check", "--profile", &profile, &post]);
        assert_ne!(
            check.status.code(),
            Some(2),
            "{name}: {}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
}

#[test]
fn json_format_holds_a_loadable_profile_and_the_evidence() {
    let out = brio(&[
        "learn",
        "--format",
        "json",
        "--locale",
        "fr",
        &sample("tweets.js"),
        &sample("history.jsonl"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["profile"]["locale"], "fr");
    assert_eq!(v["read"]["replies"], 1);
    assert!(v["evidence"]["values"]["voice.learned.posts"].is_string(), "{v:#}");
    let profile = temp("learned.json", &v["profile"].to_string());
    let post = temp("post-json.txt", "Tu veux essayer ? 🚀🚀🚀");
    let check = brio(&["check", "--profile", &profile, "--format", "json", &post]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).expect("report");
    assert!(
        report["diagnostics"].as_array().unwrap().iter().all(|d| d["rule"] != "tone/off-voice"),
        "under 10 posts the rule is silent"
    );
}

#[test]
fn broken_records_are_warnings_with_their_line() {
    let out = brio(&["learn", &sample("broken.jsonl")]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.jsonl:2: warning: not valid JSON"), "{err}");
    assert!(err.contains("broken.jsonl:3: warning:"), "{err}");
}

#[test]
fn unrecognised_or_unreadable_files_exit_2() {
    let out = brio(&["learn", &sample("not-an-export.txt")]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a recognised export") && err.contains("Shares.csv"), "{err}");
    let out = brio(&["learn", "/nonexistent/tweets.js"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    let out = brio(&["learn", "--locale", "de", &sample("history.jsonl")]);
    assert_eq!(out.status.code(), Some(2));
}
