//! The `brio` command as users and scripts call it: reports, formats, exit codes, errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn brio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brio")).args(args).output().expect("runs brio")
}

fn brio_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_brio"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs brio");
    // brio may answer (a bad flag, a bad history file) and exit before reading its input.
    match child.stdin.take().expect("stdin").write_all(input) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("writes: {e}"),
        _ => {}
    }
    child.wait_with_output().expect("waits")
}

/// A file under a fresh per-test directory.
fn write(test: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brio-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("writes");
    path
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn json_report_has_the_design_shape() {
    let post = write("shape", "post.txt", "Hello #rust world 😀".as_bytes());
    let out = brio(&["check", "--platform", "x", "--format", "json", post.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let reports = json_lines(&out);
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert_eq!(r["file"], post.to_str().unwrap());
    assert_eq!(r["platform"], "x");
    assert_eq!(r["locale"], "en");
    assert_eq!(r["length"]["limit"], 280);
    assert_eq!(r["length"]["unit"], "weighted");
    for key in ["hashtags", "mentions", "urls", "cashtags"] {
        assert!(r["entities"][key].is_array(), "{key}");
    }
    assert!(r["diagnostics"].is_array());
}

#[test]
fn many_files_give_one_line_each_and_exit_1_on_errors() {
    let short = write("many", "short.txt", b"Fine.");
    let long = write("many", "long.txt", "a".repeat(300).as_bytes());
    let out = brio(&["check", "--format", "json", short.to_str().unwrap(), long.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let reports = json_lines(&out);
    assert_eq!(reports.len(), 2);
    let d = &reports[1]["diagnostics"][0];
    assert_eq!(d["rule"], "platform/too-long");
    assert_eq!(d["severity"], "error");
    assert_eq!((d["start"].as_u64(), d["end"].as_u64()), (Some(280), Some(300)));
}

#[test]
fn reads_standard_input() {
    let out = brio_stdin(&["check", "--format", "json", "-"], "Bonjour à tous".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json_lines(&out)[0]["file"], "<stdin>");
}

#[test]
fn text_format_gives_file_line_col_rule_and_the_flagged_text() {
    let post = write("text", "long.txt", format!("first line\n{}", "b".repeat(290)).as_bytes());
    let out = brio(&["check", post.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let location = format!("{}:2:270: error platform/too-long:", post.display());
    assert!(stdout.contains(&location), "{stdout}");
    assert!(stdout.contains("    | bbb"), "{stdout}");
}

#[test]
fn sarif_is_one_document_for_all_inputs() {
    let a = write("sarif", "a.txt", "a".repeat(300).as_bytes());
    let b = write("sarif", "b.txt", b"ok");
    let out = brio(&["check", "--format", "sarif", a.to_str().unwrap(), b.to_str().unwrap()]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF JSON");
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert!(results.iter().any(|r| r["ruleId"] == "platform/too-long"));
}

#[test]
fn invalid_utf8_exits_2_with_a_clear_message() {
    let bad = write("utf8", "bad.txt", b"caf\xe9");
    let out = brio(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not valid UTF-8") && err.contains("bad.txt"), "{err}");
}

#[test]
fn an_unreadable_file_exits_2_but_the_others_are_still_checked() {
    let ok = write("unreadable", "ok.txt", b"Fine.");
    let out = brio(&["check", "--format", "json", "/nonexistent/post.txt", ok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/post.txt: cannot read"));
    assert_eq!(json_lines(&out).len(), 1, "the readable file is still reported");
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        &["check", "--platform", "myspace", "-"][..],
        &["check", "--locale", "de", "-"],
        &["check", "--format", "xml", "-"],
        &["frobnicate"],
    ] {
        let out = brio_stdin(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} says why");
    }
}

#[test]
fn a_bad_history_line_exits_2_naming_the_line() {
    let history = write("history", "history.jsonl", b"\"first post\"\n{\"text\": 3}\n");
    let out = brio_stdin(&["check", "--history", history.to_str().unwrap(), "-"], b"post");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("history.jsonl:2"), "{err}");
}

#[test]
fn rules_lists_the_catalogue() {
    let out = brio(&["rules", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let rules: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let ids: Vec<&str> =
        rules.as_array().unwrap().iter().filter_map(|r| r["id"].as_str()).collect();
    assert!(ids.contains(&"platform/too-long"));
}
