//! `steppe tmx`: validate, stats, merge, convert and lookup on the fixtures in
//! `crates/tmx/tests/documents/` and on small memories written here.

use crate::util::{run, run_ok, steppe_bin};
use std::path::{Path, PathBuf};

fn doc(name: &str) -> String {
    format!("crates/tmx/tests/documents/{name}")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A memory from (tuid, changedate, en, ru) rows.
fn memory(dir: &Path, name: &str, rows: &[(&str, &str, &str, &str)]) -> PathBuf {
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" \
         segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n",
    );
    for (id, date, en, ru) in rows {
        xml += &format!(
            "<tu tuid=\"{id}\" changedate=\"{date}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv>\
             <tuv xml:lang=\"ru\"><seg>{ru}</seg></tuv></tu>\n"
        );
    }
    xml += "</body></tmx>\n";
    let path = dir.join(name);
    std::fs::write(&path, xml).unwrap();
    path
}

#[test]
fn validate_reports_each_file_and_goes_on_after_a_bad_one() {
    let files = [
        doc("legacy.tmx"),
        doc("truncated.tmx"),
        doc("no-such.tmx"),
        doc("cat-tool.tmx"),
    ];
    let mut args = vec!["tmx", "validate"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args, None);
    // A file that cannot be read is an error (exit 2, on stderr), not an invalid TMX (exit 1).
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no-such.tmx: "), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("legacy.tmx: invalid: 10 problem(s) in 2 units"),
        "{stdout}"
    );
    assert!(stdout.contains("<prop> after <tuv>"), "{stdout}");
    assert!(stdout.contains("tuid 7 was used before"), "{stdout}");
    assert!(
        stdout.contains("truncated.tmx: invalid: line 11, column 67: the file ends inside a <tu>"),
        "{stdout}"
    );
    assert!(!stdout.contains("no-such.tmx"), "{stdout}");
    assert!(stdout.contains("cat-tool.tmx: valid (5 units)"), "{stdout}");

    let ok = run_ok(
        &["tmx", "validate", &doc("cat-tool.tmx"), &doc("utf16-bom.tmx")],
        None,
    );
    assert!(ok.contains("utf16-bom.tmx: valid (2 units)"), "{ok}");
}

#[test]
fn validate_checks_srclang_and_duplicate_tuids() {
    let dir = tempfile::tempdir().unwrap();
    let f = memory(
        dir.path(),
        "m.tmx",
        &[
            ("1", "20240101T000000Z", "Yes", "Да"),
            ("1", "20240101T000000Z", "No", "Нет"),
        ],
    );
    let text =
        std::fs::read_to_string(&f)
            .unwrap()
            .replacen("<tuv xml:lang=\"en\"><seg>No</seg></tuv>", "", 1);
    std::fs::write(&f, text).unwrap();
    let out = run(&["tmx", "validate", s(&f)], None);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("unit 2 (tuid 1) has no variant in the source language en"),
        "{stdout}"
    );
    assert!(
        stdout.contains("unit 2 (tuid 1): tuid 1 was used before"),
        "{stdout}"
    );
}

#[test]
fn stats_json_counts_languages_pairs_and_duplicates() {
    let out = run_ok(&["tmx", "stats", "--json", &doc("cat-tool.tmx")], None);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["units"], 5);
    assert!(v["units"].is_u64());
    assert_eq!(v["variants"], 11);
    assert_eq!(v["languages"]["kk-KZ"], 1);
    assert_eq!(v["languages"]["ru-RU"], 5);
    assert_eq!(v["pairs"]["en-US→ru-RU"], 5);
    assert_eq!(v["pairs"]["en-US→kk-KZ"], 1);
    assert_eq!(v["duplicates"], 0);

    let dir = tempfile::tempdir().unwrap();
    let rows = [
        ("a", "20240101T000000Z", "Save  the file.", "Сохраните файл."),
        ("b", "20240101T000000Z", "Save the file.", "Сохраните файл."),
        ("a", "20240101T000000Z", "Save the file!", "Сохраните файл!"),
    ];
    let f = memory(dir.path(), "d.tmx", &rows);
    let text = run_ok(&["tmx", "stats", s(&f)], None);
    assert!(text.contains("units: 3\n"), "{text}");
    assert!(text.contains("duplicates: 1\n"), "{text}");
    assert!(text.contains("duplicate tuids: 1\n"), "{text}");
    assert!(text.contains("  en→ru: 3\n"), "{text}");
}

/// `steppe ARGS` with `RAYON_NUM_THREADS=threads`: (exit code, stdout, stderr).
fn on_threads(threads: usize, args: &[&str]) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(steppe_bin())
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn a_large_file_read_on_all_cores_gives_what_one_thread_gives() {
    // Just over 4 MiB, so that stats and validate cut it at <tu> tags and parse the pieces in parallel:
    // deprecated `lang`, a unit without the source language, reused tuids, duplicates, comments.
    let dir = tempfile::tempdir().unwrap();
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" \
         segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n",
    );
    for i in 0..24_000 {
        let ru = if i % 997 == 0 {
            "lang=\"ru\""
        } else {
            "xml:lang=\"ru\""
        };
        let en = if i % 1499 == 0 { "de" } else { "en" };
        xml += &format!(
            "<tu tuid=\"{}\"><tuv xml:lang=\"{en}\"><seg>Unit {} of the memory, with &amp; and\n\
             a second line.</seg></tuv><tuv {ru}><seg>Единица {} памяти</seg></tuv></tu>{}\n",
            i % 20_011,
            i % 20_000,
            i % 20_000,
            if i % 5000 == 0 {
                "<!-- <tu> in a comment -->"
            } else {
                ""
            }
        );
    }
    xml += "</body></tmx>\n";
    assert!(xml.len() > 4 << 20, "{}", xml.len());
    let good = dir.path().join("large.tmx");
    std::fs::write(&good, &xml).unwrap();
    // The same file cut short inside its last unit.
    let cut = dir.path().join("cut.tmx");
    std::fs::write(&cut, &xml[..xml.len() - 40]).unwrap();
    for args in [
        ["tmx", "stats", s(&good)],
        ["tmx", "validate", s(&good)],
        ["tmx", "stats", s(&cut)],
        ["tmx", "validate", s(&cut)],
    ] {
        let one = on_threads(1, &args);
        assert_eq!(on_threads(4, &args), one, "{args:?}");
        if args[2] == s(&good) && args[1] == "stats" {
            // Units i and i + 20000 (i < 4000) have the same text, unless one of them has its English
            // as de (i = 0, 1499, 2998; i + 20000 = 20986, 22485, 23984).
            assert!(
                one.1.contains("units: 24000\n") && one.1.contains("duplicates: 3994\n"),
                "{}",
                one.1
            );
            assert!(one.1.contains("duplicate tuids: 3989\n"), "{}", one.1);
            // The 20th warning shown: unit 997 × 19, two lines a unit from line 3, the <tuv> after
            // `a second line.</seg></tuv>` on its second line (4 + 2 × 18943).
            assert!(one.2.contains("line 37890, column 27: "), "{}", one.2);
        }
    }
}

#[test]
fn stats_on_broken_files_is_a_one_line_error() {
    for (file, expected) in [
        (
            "truncated.tmx",
            "truncated.tmx: line 11, column 67: the file ends inside a <tu>",
        ),
        (
            "entity-bomb.tmx",
            "entity-bomb.tmx: line 2, column 1: the DOCTYPE declares entities",
        ),
        (
            "invalid-utf8.tmx",
            "invalid-utf8.tmx: line 8, column 63: invalid UTF-8: byte 0xE0 at byte offset 373",
        ),
    ] {
        let out = run(&["tmx", "stats", &doc(file)], None);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expected), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
}

#[test]
fn merge_drops_duplicates_keeps_the_newest_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let a = memory(
        dir.path(),
        "a.tmx",
        &[
            ("a1", "20230101T000000Z", "Good morning.", "Доброе утро."),
            ("a2", "20230101T000000Z", "Thank you.", "Спасибо."),
        ],
    );
    let b = memory(
        dir.path(),
        "b.tmx",
        &[
            ("b1", "20250101T000000Z", "Good  morning.", "Доброе утро."),
            ("b2", "20200101T000000Z", "Thank you.", "Спасибо."),
            ("b3", "20200101T000000Z", "Welcome.", "Добро пожаловать."),
        ],
    );
    let out = dir.path().join("merged.tmx");
    let first = run(&["tmx", "merge", s(&a), s(&b), "-o", s(&out)], None);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let err = String::from_utf8(first.stderr).unwrap();
    assert!(
        err.contains("merged 5 units from 2 files into 3 (2 duplicates dropped)"),
        "{err}"
    );
    let merged = std::fs::read_to_string(&out).unwrap();
    // "Good morning." from b is newer (2025) and replaces a1 in a1's place; "Thank you." keeps a2 (2023 > 2020).
    let ids: Vec<&str> = merged.split("tuid=\"").skip(1).map(|t| &t[..2]).collect();
    assert_eq!(ids, ["b1", "a2", "b3"]);
    assert!(merged.contains("creationtool=\"steppe\""));
    assert!(run_ok(&["tmx", "validate", s(&out)], None).contains("valid (3 units)"));

    let again = dir.path().join("again.tmx");
    run_ok(&["tmx", "merge", s(&a), s(&b), "-o", s(&again)], None);
    assert_eq!(std::fs::read(&again).unwrap(), merged.as_bytes());
}

/// A Spark job will merge partitions in any grouping: (A+B)+C, A+(B+C) and A+B+C give the same bytes.
#[test]
fn merge_is_associative_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        ("1", "20230101T000000Z", "Good morning.", "Доброе утро."),
        ("2", "20200101T000000Z", "Thank you.", "Спасибо."),
        ("3", "20250101T000000Z", "Good  morning.", "Доброе утро."),
        ("4", "20230101T000000Z", "Thank you.", "Спасибо."),
        ("5", "20200101T000000Z", "Welcome.", "Добро пожаловать."),
        ("6", "20200101T000000Z", "Welcome.", "Добро пожаловать."),
        ("7", "20260101T000000Z", "Thank you.", "Спасибо."),
    ];
    let a = memory(dir.path(), "a.tmx", &rows[..3]);
    let b = memory(dir.path(), "b.tmx", &rows[3..5]);
    let c = memory(dir.path(), "c.tmx", &rows[5..]);
    let merge = |inputs: &[&Path], name: &str| {
        let out = dir.path().join(name);
        let mut args = vec!["tmx", "merge"];
        args.extend(inputs.iter().map(|p| s(p)));
        args.extend(["-o", s(&out)]);
        run_ok(&args, None);
        out
    };
    let ab = merge(&[&a, &b], "ab.tmx");
    let ab_c = merge(&[&ab, &c], "ab_c.tmx");
    let bc = merge(&[&b, &c], "bc.tmx");
    let a_bc = merge(&[&a, &bc], "a_bc.tmx");
    let abc = merge(&[&a, &b, &c], "abc.tmx");
    let flat = std::fs::read_to_string(&abc).unwrap();
    assert_eq!(std::fs::read_to_string(&ab_c).unwrap(), flat);
    assert_eq!(std::fs::read_to_string(&a_bc).unwrap(), flat);
    // By hand: Good morning. 2025 (3) in 1's place, Thank you. 2026 (7) in 2's, Welcome. 5 (tie: first).
    let ids: Vec<&str> = flat.split("tuid=\"").skip(1).map(|t| &t[..1]).collect();
    assert_eq!(ids, ["3", "7", "5"]);
}

/// `tmx merge` and `tmx convert` TSV→TMX held every unit (23 MB of text here: peak RSS grew by as much);
/// they stream now. `tmx stats`, which always streamed, is the baseline.
#[cfg(target_os = "linux")]
#[test]
fn merge_and_convert_memory_does_not_grow_with_the_input() {
    use std::fmt::Write;
    let dir = tempfile::tempdir().unwrap();
    let (tmx, tsv) = (dir.path().join("big.tmx"), dir.path().join("big.tsv"));
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" \
         creationtoolversion=\"1\" segtype=\"paragraph\" o-tmf=\"test\" adminlang=\"en\" \
         srclang=\"en\" datatype=\"plaintext\"/><body>\n",
    );
    let mut table = String::new();
    // 300 distinct units of 80 kB (40 kB of English, 40 kB of Russian).
    for i in 0..300 {
        let en = format!("{i} {}", "steppe word ".repeat(3_400));
        let ru = format!("{i} {}", "степь ".repeat(3_400));
        writeln!(
            xml,
            "<tu><tuv xml:lang=\"en\"><seg>{en}</seg></tuv><tuv xml:lang=\"ru\"><seg>{ru}</seg></tuv></tu>"
        )
        .unwrap();
        writeln!(table, "{en}\t{ru}").unwrap();
    }
    xml += "</body></tmx>\n";
    std::fs::write(&tmx, &xml).unwrap();
    std::fs::write(&tsv, &table).unwrap();
    assert!(xml.len() > 23_000_000, "{}", xml.len());

    let baseline = crate::util::peak_rss_kib(None, &["tmx", "stats", s(&tmx)]);
    let out = dir.path().join("out.tmx");
    let merge = crate::util::peak_rss_kib(None, &["tmx", "merge", s(&tmx), s(&tmx), "-o", s(&out)]);
    let convert = crate::util::peak_rss_kib(
        None,
        &[
            "tmx",
            "convert",
            s(&tsv),
            "-o",
            s(&out),
            "--src-lang",
            "en",
            "--tgt-lang",
            "ru",
        ],
    );
    // One unit, its JSON line and the I/O buffers: well under 8 MiB more than stats.
    for (what, kib) in [("merge", merge), ("convert", convert)] {
        assert!(
            kib < baseline + 8 * 1024,
            "{what}: {kib} KiB peak, stats {baseline} KiB"
        );
    }
}

#[test]
fn convert_tsv_to_tmx_to_csv_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("pairs.tsv");
    std::fs::write(
        &tsv,
        "Astana, the capital\tАстана, столица\tcity\n\nR&D <lab>\tНИОКР «лаборатория»\n",
    )
    .unwrap();
    let tmx = dir.path().join("pairs.tmx");
    let out = run(&["tmx", "convert", s(&tsv), "-o", s(&tmx)], None);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--src-lang and --tgt-lang"));

    run_ok(
        &[
            "tmx",
            "convert",
            s(&tsv),
            "-o",
            s(&tmx),
            "--src-lang",
            "en",
            "--tgt-lang",
            "RU_ru",
        ],
        None,
    );
    let xml = std::fs::read_to_string(&tmx).unwrap();
    assert!(
        xml.contains("<tuv xml:lang=\"ru-RU\"><seg>Астана, столица</seg></tuv>"),
        "{xml}"
    );
    assert!(xml.contains("<seg>R&amp;D &lt;lab&gt;</seg>"), "{xml}");
    assert!(xml.contains("<note>city</note>"), "{xml}");
    assert!(run_ok(&["tmx", "validate", s(&tmx)], None).contains("valid (2 units)"));

    let csv = dir.path().join("back.csv");
    run_ok(&["tmx", "convert", s(&tmx), "-o", s(&csv)], None);
    let table = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        table,
        "\"Astana, the capital\",\"Астана, столица\"\nR&D <lab>,НИОКР «лаборатория»\n"
    );

    let bad = run(
        &["tmx", "convert", s(&tmx), "-o", s(&dir.path().join("x.docx"))],
        None,
    );
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown file type"));
}

#[test]
fn convert_table_with_a_bad_row_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("bad.tsv");
    std::fs::write(&tsv, "one\tодин\ntwo only\n").unwrap();
    let out = run(
        &[
            "tmx",
            "convert",
            s(&tsv),
            "-o",
            s(&dir.path().join("o.tmx")),
            "--src-lang",
            "en",
            "--tgt-lang",
            "ru",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.tsv: line 2, column 1: expected 2 or 3 columns"),
        "{err}"
    );
    assert!(!dir.path().join("o.tmx").exists(), "no half-written output");
    // Rows stream into the output's temporary file: it is gone too.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// The merge spools units to a temporary file before writing: a broken input in the middle leaves
/// neither an output nor a temporary file behind.
#[test]
fn merge_with_a_broken_input_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = memory(
        dir.path(),
        "a.tmx",
        &[("1", "20230101T000000Z", "Good morning.", "Доброе утро.")],
    );
    let out = dir.path().join("merged.tmx");
    let run_merge = run(
        &["tmx", "merge", s(&a), &doc("truncated.tmx"), s(&a), "-o", s(&out)],
        None,
    );
    assert_eq!(run_merge.status.code(), Some(2));
    let err = String::from_utf8(run_merge.stderr).unwrap();
    assert!(err.contains("truncated.tmx: line 11, column 67"), "{err}");
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn lookup_ranks_fuzzy_matches_with_percentages() {
    let dir = tempfile::tempdir().unwrap();
    let f = memory(
        dir.path(),
        "l.tmx",
        &[
            (
                "1",
                "20240101T000000Z",
                "The red car is fast.",
                "Красная машина быстрая.",
            ),
            (
                "2",
                "20240101T000000Z",
                "The red cat is fast.",
                "Рыжий кот быстрый.",
            ),
            ("3", "20240101T000000Z", "Open the window.", "Откройте окно."),
        ],
    );
    let out = run_ok(&["tmx", "lookup", s(&f), "the red car is  fast."], None);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "100%\tThe red car is fast.\tКрасная машина быстрая.");
    // One word of five differs (w = 0.8), one character of 20 (c = 0.95): floor(100 * 1.75 / 2) = 87.
    assert_eq!(lines[1], " 87%\tThe red cat is fast.\tРыжий кот быстрый.");
    assert_eq!(lines.len(), 2, "Open the window. is below 75%: {out}");

    let json = run_ok(
        &[
            "tmx",
            "lookup",
            s(&f),
            "Open the windows",
            "--min",
            "50",
            "--json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["tuid"], "3");
    assert_eq!(v[0]["target"], "Откройте окно.");
    assert!(v[0]["score"].as_u64().unwrap() < 100);
}

/// The references memory `steppe build` writes pairs a romanisation (`ru-Latn`, the srclang) with its
/// Cyrillic (`ru`): one primary language, two tags. `lookup` printed an empty target there; it now
/// chooses the target as `convert` does (`TranslationUnit::default_target`).
#[test]
fn lookup_default_target_is_chosen_as_convert_chooses_it() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("refs.tmx");
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"steppe\" \
         creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"steppe\" adminlang=\"en\" \
         srclang=\"ru-Latn\" datatype=\"plaintext\"/><body>\n",
    );
    for (latn, cyrl) in [
        ("Alekseev", "Алексеев"),
        ("NATO na putiakh transformatsii", "НАТО на путях трансформации"),
    ] {
        xml += &format!(
            "<tu><tuv xml:lang=\"ru-Latn\"><seg>{latn}</seg></tuv>\
             <tuv xml:lang=\"ru\"><seg>{cyrl}</seg></tuv></tu>\n"
        );
    }
    xml += "</body></tmx>\n";
    std::fs::write(&f, xml).unwrap();

    let out = run_ok(&["tmx", "lookup", s(&f), "Alekseev"], None);
    assert_eq!(out, "100%\tAlekseev\tАлексеев\n");
    let json = run_ok(
        &["tmx", "lookup", s(&f), "NATO na putiakh", "--min", "50", "--json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["target"], "НАТО на путях трансформации");

    let tsv = dir.path().join("refs.tsv");
    run_ok(&["tmx", "convert", s(&f), "-o", s(&tsv)], None);
    assert_eq!(
        std::fs::read_to_string(&tsv).unwrap(),
        "Alekseev\tАлексеев\nNATO na putiakh transformatsii\tНАТО на путях трансформации\n"
    );
}

#[test]
fn lookup_min_must_be_a_percentage() {
    let out = run(
        &[
            "tmx",
            "lookup",
            &doc("cat-tool.tmx"),
            "Kazakhstan",
            "--min",
            "101",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("101 is not in 0..=100"));
    let out = run_ok(
        &[
            "tmx",
            "lookup",
            &doc("cat-tool.tmx"),
            "Kazakhstan joined in 1995.",
            "--min",
            "0",
        ],
        None,
    );
    assert!(
        out.starts_with("100%\tKazakhstan joined in 1995.\tКазахстан присоединился в 1995 году."),
        "{out}"
    );
}
