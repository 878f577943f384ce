//! `steppe lexicon check` on words composed for these tests.

use crate::util::{run, run_ok};

#[test]
fn check_words_given_as_arguments() {
    let out = run(
        &[
            "lexicon",
            "check",
            "отсутствует",
            "Афганистане",
            "центральнайа",
            "ВЕДЁТ",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "one word is unknown");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "отсутствует\tyes\tcommon\nАфганистане\tyes\tproper\nцентральнайа\tno\nВЕДЁТ\tyes\tcommon\n"
    );
}

#[test]
fn check_reads_stdin_and_applies_case_rules() {
    let out = run_ok(
        &["lexicon", "check", "--case"],
        Some("Афганистане\nстратегия\n".as_bytes()),
    );
    assert_eq!(out, "Афганистане\tyes\tproper\nстратегия\tyes\tcommon\n");
    let out = run(&["lexicon", "check", "--case", "афганистане"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "афганистане\tno\n");
}

#[test]
fn user_word_lists_add_names() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("names.txt");
    std::fs::write(&list, "# surnames\nЛаумулин\nЛаумулина\n").unwrap();
    let list = list.to_str().unwrap();
    let out = run_ok(
        &["lexicon", "check", "--lexicon", list, "лаумулина", "президента"],
        None,
    );
    assert_eq!(out, "лаумулина\tyes\tproper,user\nпрезидента\tyes\tcommon\n");
    let out = run(&["lexicon", "check", "Лаумулин"], None);
    assert_eq!(out.status.code(), Some(1), "not in the dictionary itself");
}

#[test]
fn bad_word_lists_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"\xd0\x90\xd0\n").unwrap();
    let out = run(
        &["lexicon", "check", "--lexicon", bad.to_str().unwrap(), "а"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt: invalid UTF-8 at byte 2 (line 1)"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let two = dir.path().join("two.txt");
    std::fs::write(&two, "Лаумулин\nван ден\n").unwrap();
    let out = run(
        &["lexicon", "check", "--lexicon", two.to_str().unwrap(), "а"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("two.txt:2: \"ван ден\" is more than one word"));

    let out = run(
        &[
            "lexicon",
            "check",
            "--lexicon",
            "/nonexistent/steppe-names.txt",
            "а",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("steppe: /nonexistent/steppe-names.txt: "));
}

#[test]
fn check_with_freq_prints_how_common_a_form_is() {
    let stdout = run_ok(&["lexicon", "check", "--freq", "версии", "версий"], None);
    let zipf: Vec<f32> = stdout
        .lines()
        .map(|l| l.rsplit('\t').next().unwrap().parse().unwrap())
        .collect();
    // версии (genitive/plural of версия) is about ten times commoner than версий (gen. plural).
    assert!(zipf[0] > zipf[1] + 0.5 && zipf[1] > 2.0, "{stdout}");
    assert!(stdout.starts_with("версии\tyes\tcommon\t"), "{stdout}");
}
