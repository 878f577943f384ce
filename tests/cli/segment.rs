//! `steppe segment`.

use crate::util::{run, run_ok, SAMPLE};

#[test]
fn help_and_version() {
    let help = run_ok(&["--help"], None);
    assert!(help.contains("segment"));
    let version = run_ok(&["--version"], None);
    assert!(version.starts_with("steppe "));
}

#[test]
fn json_on_stdin_has_sentences() {
    let out = run_ok(
        &["segment", "--format", "json", "-"],
        Some(b"One here. Two there.\n"),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(v["sentences"][1]["text"], "Two there.");
}

#[test]
fn missing_file_is_one_line_error() {
    let out = run(&["segment", "no/such/file.txt"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/file.txt"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn invalid_utf8_names_offset() {
    let out = run(&["segment", "-"], Some(b"abc\xff def"));
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("byte 3"), "{err}");
}

#[test]
fn sample_article_segments() {
    let out = run_ok(&["segment", "--format", "json", SAMPLE], None);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!v["paragraphs"].as_array().unwrap().is_empty());
}
