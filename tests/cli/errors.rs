//! Errors every command shares: one line on stderr, naming the file, each cause said once.

use crate::util::run;

#[test]
fn a_missing_file_is_named_once_with_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.txt");
    let missing = missing.to_str().unwrap();
    for args in [
        vec!["segment", missing],
        vec!["glossary", missing],
        vec!["refs", missing],
        vec!["names", missing],
        vec!["tmx", "stats", missing],
    ] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert_eq!(err.matches("nowhere.txt").count(), 1, "{args:?}: {err}");
        // The OS's words (they differ between systems) appear once, not once per error layer.
        let cause = err.rsplit(": ").next().unwrap().trim();
        assert!(
            !cause.is_empty() && err.matches(cause).count() == 1,
            "{args:?}: {err}"
        );
    }
}

/// Ripgrep's rule in every command that reads several files on their own: each bad file is one
/// line naming it, the others are used, and the exit code is 2 at the end.
#[test]
fn commands_reading_several_files_report_each_bad_one_go_on_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(
        &good,
        "The Collective Security Treaty Organization (CSTO) met. Nazarbaev and Nazarbayev spoke.\n",
    )
    .unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Nazarbaev \xff\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let (good, bad, missing) = (
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
        missing.to_str().unwrap(),
    );
    for (command, wrote) in [("glossary", "CSTO"), ("names", "Nazarbaev")] {
        let out = run(&[command, missing, good, bad], None);
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8(out.stderr).unwrap();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{command}: {err}");
        assert!(lines[0].starts_with(&format!("steppe: {missing}: ")), "{err}");
        let cause = lines[0].rsplit(": ").next().unwrap();
        assert_eq!(
            lines[0].matches(cause).count(),
            1,
            "{command}: cause said twice: {err}"
        );
        assert_eq!(
            lines[1],
            format!("steppe: {bad}: invalid UTF-8 at byte 10 (line 1, column 11)"),
            "{command}"
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.contains(wrote),
            "{command}: the good file was not used: {stdout}"
        );

        // No file readable: the errors, nothing written, exit 2.
        let out = run(&[command, missing, bad], None);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(out.stdout.is_empty(), "{command}");
        assert_eq!(String::from_utf8(out.stderr).unwrap().lines().count(), 2);
    }
}

#[test]
fn tmx_convert_reports_bad_utf8_in_a_table_as_one_line_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("pairs.tsv");
    std::fs::write(
        &tsv,
        b"one\t\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd\ntwo\t\xd0\xb4\xff\n",
    )
    .unwrap();
    let tmx = dir.path().join("pairs.tmx");
    let out = run(
        &[
            "tmx",
            "convert",
            tsv.to_str().unwrap(),
            "-o",
            tmx.to_str().unwrap(),
            "--src-lang",
            "en",
            "--tgt-lang",
            "ru",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "steppe: {}: invalid UTF-8 at byte 19 (line 2, column 6)\n",
            tsv.display()
        )
    );
    assert!(!tmx.exists());
}

#[test]
fn format_json_works_in_every_command_with_json_output_and_json_stays_an_alias() {
    let tmx = "crates/tmx/tests/documents/cat-tool.tmx";
    let text = crate::util::SAMPLE;
    for (args, alias) in [
        (vec!["tmx", "stats", tmx], true),
        (
            vec!["tmx", "lookup", tmx, "Kazakhstan joined in 1995.", "--min", "50"],
            true,
        ),
        (vec!["segment", text], false),
        (vec!["glossary", text], false),
        (vec!["names", text], false),
        (vec!["refs", text], false),
        (vec!["detect", "Nazarbaev"], false),
    ] {
        let mut argv = args.clone();
        argv.extend(["--format", "json"]);
        let json = crate::util::run_ok(&argv, None);
        let first = json.lines().next().unwrap_or_default();
        let parsed: Result<serde_json::Value, _> =
            serde_json::from_str(&json).or_else(|_| serde_json::from_str(first)); // detect writes JSON Lines
        assert!(parsed.is_ok(), "{argv:?}: {json}");
        if alias {
            let mut argv = args.clone();
            argv.push("--json");
            assert_eq!(crate::util::run_ok(&argv, None), json, "{args:?} --json");
            argv.extend(["--format", "text"]);
            assert_eq!(
                run(&argv, None).status.code(),
                Some(2),
                "--json conflicts with --format text"
            );
        }
    }
}

#[test]
fn numeric_flags_out_of_range_are_refused() {
    let tmx = "crates/tmx/tests/documents/cat-tool.tmx";
    for args in [
        vec!["tmx", "lookup", tmx, "x", "--min", "150"],
        vec!["tmx", "lookup", tmx, "x", "--limit", "0"],
        vec!["align", "a.txt", "b.txt", "--min-score", "2"],
    ] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("error: invalid value"), "{args:?}: {err}");
    }
}
