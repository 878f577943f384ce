//! `steppe termbase check` on the project's termbase and on broken termbases composed here.

use crate::util::{root, run};

const HEADER: &str =
    "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\tru_variants\tsource\n";

/// A termbase file in a temporary folder, and the folder (kept alive by the caller).
fn termbase(rows: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tb.tsv");
    std::fs::write(&path, format!("# composed for a test\n{HEADER}{rows}")).unwrap();
    let path = path.to_str().unwrap().to_string();
    (dir, path)
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn the_corpus_termbase_passes_and_every_unverified_record_is_named() {
    let out = run(&["termbase", "check"], None);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains(": error: "), "{text}");
    // the records without a source, read from the file here, not from steppe
    let tsv = std::fs::read_to_string(root().join("corpus/termbase.tsv")).unwrap();
    let unsourced: Vec<&str> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty() && !l.starts_with("id\t"))
        .filter(|l| l.split('\t').nth(10).is_none_or(|s| s.trim().is_empty()))
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    let summary = text.lines().last().unwrap();
    assert!(
        summary.contains(&format!("; {} unverified (no source)", unsourced.len())),
        "{summary}"
    );
    for id in &unsourced {
        assert!(
            text.contains(&format!(
                ": warning: [unverified] {id}: no source for its Russian"
            )),
            "{id} not named"
        );
    }
    let named: Vec<&str> = summary.rsplit_once(": ").unwrap().1.split(", ").collect();
    if !unsourced.is_empty() {
        assert_eq!(named, unsourced);
    }
}

#[test]
fn broken_termbases_fail_with_every_error_at_its_line() {
    let (_dir, path) = termbase(
        "un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\t\thttps://www.un.org/ru/\n\
         un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\t\t\n\
         w1\tWTO\tWorld Trade Organization\tВТО\tВсемирная торговая организация\teconomics\ttrade:3\tambiguous: also the Warsaw Treaty Organization\t\t\t\n\
         w2\tWTO\tWarsaw Treaty Organization\tОВД\tОрганизация Варшавского договора\tsecurity\t\tambiguous: also the World Trade Organization\t\t\t\n\
         prt\tPRT\tProvincial Reconstruction Team\tГВП\tпровинциальная группа восстановления\tsecurity\t\t\t\t\t\n\
         sco\tSOC\tShanghai Cooperation Organization\tШОС\tШанхайская организация сотрудничества\tsecurity\t\t\t\t\t\n\
         csto\tCSTO\tCollective Security Treaty Organization\tОДКБ\tОрганизация Договора о колективной безопасности\tsecurity\t\t\t\t\t\n\
         short\tX\tX\n",
    );
    let out = run(&["termbase", "check", &path], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let errors: Vec<&str> = text.lines().filter(|l| l.contains(": error: ")).collect();
    let expect = [
        format!("{path}:4: error: [duplicate_id] un: duplicate id `un` (first on line 3)"),
        format!("{path}:6: error: [senses] w2: `WTO` has 2 senses but this one has no cues"),
        format!("{path}:7: error: [short_form] prt: ru_short `ГВП` does not follow the ru_long"),
        format!("{path}:8: error: [short_form] sco: en_short `SOC` does not follow the en_long"),
        format!("{path}:9: error: [spelling] csto: ru_long: `колективной` is not a Russian word form"),
        format!("{path}:10: error: [format] short: expected 11 tab-separated fields, found 3"),
    ];
    assert_eq!(errors.len(), expect.len(), "{text}");
    for (line, want) in errors.iter().zip(&expect) {
        assert!(line.starts_with(want.as_str()), "{line}\nwanted {want}");
    }
    assert!(
        text.lines().last().unwrap().ends_with(
            "7 records, 6 errors, 6 warnings; 6 unverified (no source): un, w1, w2, prt, sco, csto"
        ),
        "{text}"
    );
}

#[test]
fn json_output_and_a_termbase_without_the_new_columns() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.tsv");
    std::fs::write(
        &old,
        "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
         un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\n",
    )
    .unwrap();
    let out = run(
        &["termbase", "check", "--format", "json", old.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "warnings only");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["records"], 1);
    assert_eq!(v["errors"], 0);
    assert_eq!(v["unverified"], serde_json::json!(["un"]));
    assert_eq!(v["findings"][0]["line"], 2);
    assert_eq!(v["findings"][0]["severity"], "warning");
    assert_eq!(v["findings"][0]["check"], "unverified");
    assert_eq!(v["path"], old.to_str().unwrap());
}

#[test]
fn unreadable_input_is_a_one_line_error_with_exit_2() {
    let out = run(&["termbase", "check", "/nonexistent/tb.tsv"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("steppe: /nonexistent/tb.tsv: "), "{err}");
    assert_eq!(err.lines().count(), 1);
    // invalid UTF-8 is a finding at its line, not a crash
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.tsv");
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(b"un\tUN\xff\n");
    std::fs::write(&bad, bytes).unwrap();
    let out = run(&["termbase", "check", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with(&format!(
        "{}:2: error: [format] invalid UTF-8 at byte {}",
        bad.display(),
        HEADER.len() + 5
    )));
}
