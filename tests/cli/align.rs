//! `steppe align` and the alignment step of `steppe build`, on texts composed for the tests.

use crate::util::{run, run_ok};
use std::path::Path;

const EN: &str = "The committee met in Astana on Monday. It discussed the budget for 2025.\n\n\
The chairman opened the session. Several members asked about delays. Tokaev answered them.\n\n\
Use the option --all to list everything.\n";
const RU: &str = "Комитет собрался в Астане в понедельник. Он обсудил бюджет на 2025 год.\n\n\
Председатель открыл заседание, и несколько членов спросили о задержках. Токаев ответил им.\n\n\
Используйте параметр --all, чтобы вывести всё.\n";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Writes the composed pair into a temp dir as NAME.en.txt and NAME.ru.txt.
fn pair(dir: &Path) -> (String, String) {
    let (en, ru) = (dir.join("meeting.en.txt"), dir.join("meeting.ru.txt"));
    std::fs::write(&en, EN).unwrap();
    std::fs::write(&ru, RU).unwrap();
    (s(&en).to_owned(), s(&ru).to_owned())
}

#[test]
fn tsv_pairs_sentences_with_a_merge_and_scores() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = pair(dir.path());
    let out = run_ok(&["align", &en, &ru, "--format", "tsv"], None);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 5, "{out}");
    assert!(rows
        .iter()
        .all(|r| r.len() == 3 && r[2].parse::<f32>().is_ok_and(|x| (0.0..=1.0).contains(&x))));
    assert_eq!(rows[1][0], "It discussed the budget for 2025.");
    assert_eq!(rows[1][1], "Он обсудил бюджет на 2025 год.");
    assert_eq!(
        rows[2][0],
        "The chairman opened the session. Several members asked about delays."
    );
    assert_eq!(
        rows[3],
        ["Tokaev answered them.", "Токаев ответил им.", rows[3][2]]
    );
}

#[test]
fn tmx_is_the_default_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = pair(dir.path());
    let tmx = dir.path().join("meeting.tmx");
    let stdout = run_ok(&["align", &en, &ru, "-o", s(&tmx)], None);
    assert!(stdout.is_empty());
    let xml = std::fs::read_to_string(&tmx).unwrap();
    assert!(
        xml.contains(r#"creationtool="steppe""#) && xml.contains(r#"srclang="en""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<tuv xml:lang="ru"><seg>Токаев ответил им.</seg></tuv>"#),
        "{xml}"
    );
    assert_eq!(xml.matches("<tu ").count(), 5);
    let report = run_ok(&["tmx", "validate", s(&tmx)], None);
    assert!(!report.contains("invalid"), "{report}");
}

#[test]
fn json_lists_beads_with_indices_and_languages_can_be_given() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = pair(dir.path());
    let args = [
        "align",
        &ru,
        &en,
        "--format",
        "json",
        "--source-lang",
        "ru",
        "--target-lang",
        "en",
    ];
    let json: serde_json::Value = serde_json::from_str(&run_ok(&args, None)).unwrap();
    assert_eq!(json["source_lang"], "ru");
    assert_eq!(json["target_lang"], "en");
    let beads = json["beads"].as_array().unwrap();
    assert_eq!(beads[2]["source"], serde_json::json!([2]));
    assert_eq!(beads[2]["target"], serde_json::json!([2, 3]));
}

#[test]
fn min_score_outside_0_to_1_is_refused_like_lookup_min() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = pair(dir.path());
    for bad in ["2", "1.01", "-0.5", "nan"] {
        let flag = format!("--min-score={bad}");
        let out = run(&["align", &en, &ru, &flag], None);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(out.stdout.is_empty(), "{flag}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with(&format!("error: invalid value '{bad}' for '--min-score <SCORE>'")),
            "{err}"
        );
    }
    let err = String::from_utf8(run(&["align", &en, &ru, "--min-score", "2"], None).stderr).unwrap();
    assert!(err.contains("2 is not in 0..=1"), "{err}");
    // The top of the range is allowed: only perfect pairs, here none, in a valid memory.
    let out = run_ok(&["align", &en, &ru, "--min-score", "1"], None);
    assert!(out.contains("<body>") && !out.contains("<tu "), "{out}");
}

#[test]
fn bad_inputs_are_one_line_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (en, _) = pair(dir.path());
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"ab\xFFcd").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let missing = dir.path().join("missing.txt");
    for (file, says) in [
        (&bad, "invalid UTF-8 at byte 2"),
        (&empty, "empty document"),
        (&missing, ""),
    ] {
        let out = run(&["align", &en, s(file)], None);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(s(file)) && err.contains(says), "{err}");
    }
    let out = run(&["align", &en, &en, "--source-lang", "de"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language \"de\""));
}

#[test]
fn build_aligns_texts_present_in_two_languages() {
    let corpus = tempfile::tempdir().unwrap();
    pair(corpus.path());
    let out = tempfile::tempdir().unwrap();
    run_ok(&["build", s(corpus.path()), "-o", s(out.path())], None);
    let tmx = std::fs::read_to_string(out.path().join("meeting.tmx")).unwrap();
    assert_eq!(tmx.matches("<tu ").count(), 5, "{tmx}");
    assert!(tmx.contains(r#"srclang="en""#));
    // The English text gets its own exports; the Russian one, there to be aligned, does not.
    assert!(out.path().join("meeting.en.refs.tmx").is_file());
    assert!(!out.path().join("meeting.ru.glossary.tbx").exists());
}

#[test]
fn kazakh_is_detected_from_its_letters() {
    let dir = tempfile::tempdir().unwrap();
    let (en, kk) = (dir.path().join("a.en.txt"), dir.path().join("a.kk.txt"));
    std::fs::write(&en, "The river is long. The steppe is wide.\n").unwrap();
    std::fs::write(&kk, "Өзен ұзын. Дала кең.\n").unwrap();
    let out = run_ok(&["align", s(&en), s(&kk)], None);
    assert!(
        out.contains(r#"<tuv xml:lang="kk"><seg>Өзен ұзын.</seg></tuv>"#),
        "{out}"
    );
    assert!(
        out.contains(r#"<tuv xml:lang="kk"><seg>Дала кең.</seg></tuv>"#),
        "{out}"
    );
}

/// A pre-segmented pair: the English has a paragraph mark the Russian lacks, and its first two
/// lines are one line in Russian.
const SEG_EN: &str = "The committee met in Astana on Monday.\nIt discussed the budget for 2025.\n<p>\n\
The chairman opened the session. Several members asked.\nTokaev answered them.\n<p>\n\
Use the option --all to list everything.\n";
const SEG_RU: &str = "Комитет собрался в Астане в понедельник. Он обсудил бюджет на 2025 год.\n<p>\n\
Председатель открыл заседание. Несколько членов спросили.\nТокаев ответил им.\n\
Используйте параметр --all, чтобы вывести всё.\n";

fn segmented_pair(dir: &Path) -> (String, String) {
    let (en, ru) = (dir.join("seg.en"), dir.join("seg.ru"));
    std::fs::write(&en, SEG_EN).unwrap();
    std::fs::write(&ru, SEG_RU).unwrap();
    (s(&en).to_owned(), s(&ru).to_owned())
}

#[test]
fn segmented_lines_are_not_resplit_and_marks_pair_only_with_marks() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = segmented_pair(dir.path());
    let out = run_ok(&["align", "--segmented", "--format", "json", &en, &ru], None);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let beads: Vec<(Vec<u64>, Vec<u64>, bool)> = json["beads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let idx = |v: &serde_json::Value| {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap())
                    .collect()
            };
            (idx(&b["source"]), idx(&b["target"]), b["marker"] == true)
        })
        .collect();
    // Indices count every line, marks included; the English mark at line 5 has no counterpart.
    assert_eq!(
        beads,
        [
            (vec![0, 1], vec![0], false),
            (vec![2], vec![1], true),
            (vec![3], vec![2], false),
            (vec![4], vec![3], false),
            (vec![5], vec![], true),
            (vec![6], vec![4], false),
        ],
        "{out}"
    );
    // TSV: text pairs only, a line with two sentences kept whole.
    let tsv = run_ok(&["align", "--segmented", "--format", "tsv", &en, &ru], None);
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4, "{tsv}");
    assert!(!tsv.contains("<p>"), "{tsv}");
    assert_eq!(
        rows[1][0],
        "The chairman opened the session. Several members asked."
    );
    assert_eq!(
        rows[1][1],
        "Председатель открыл заседание. Несколько членов спросили."
    );
    // Without --segmented the same files are re-split into sentences: more pairs, and `<p>` is text.
    let plain = run_ok(&["align", "--format", "tsv", &en, &ru], None);
    assert_ne!(plain, tsv);
}

#[test]
fn pairs_align_a_list_in_parallel_and_a_failing_pair_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = segmented_pair(dir.path());
    let (en2, ru2) = pair(dir.path());
    let list = dir.path().join("pairs.tsv");
    let missing = dir.path().join("missing.en");
    std::fs::write(
        &list,
        format!(
            "# original\ttranslation\toutput\n{en}\t{ru}\tseg.tmx\n{}\t{ru}\tlost.tmx\n{en2}\t{ru2}\tmeeting.tmx\n",
            s(&missing)
        ),
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let merged = dir.path().join("all.tmx");
    let args = [
        "align",
        "--segmented",
        "--pairs",
        s(&list),
        "-o",
        s(&out_dir),
        "--merged",
        s(&merged),
    ];
    // The second list line fails: reported on one line, the others written, exit 2 at the end.
    let output = run(&args, None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("missing.en") && stderr.contains("no alignment written"),
        "{stderr}"
    );
    assert!(stderr.contains("2 of 3 pairs"), "{stderr}");
    assert!(!out_dir.join("lost.tmx").exists());
    let seg = std::fs::read_to_string(out_dir.join("seg.tmx")).unwrap();
    let meeting = std::fs::read_to_string(out_dir.join("meeting.tmx")).unwrap();
    assert_eq!(seg.matches("<tu ").count(), 4, "{seg}");
    assert!(meeting.contains("Tokaev answered them."), "{meeting}");
    // The merged TMX holds both pairs' units in list order, tuids made unique.
    let all = std::fs::read_to_string(&merged).unwrap();
    assert_eq!(
        all.matches("<tu ").count(),
        seg.matches("<tu ").count() + meeting.matches("<tu ").count()
    );
    assert!(
        all.contains(r#"tuid="seg.tmx:1""#) && all.contains(r#"tuid="meeting.tmx:1""#),
        "{all}"
    );
    assert!(all.find("seg.tmx:").unwrap() < all.find("meeting.tmx:").unwrap());
    let report = run_ok(&["tmx", "validate", s(&merged)], None);
    assert!(!report.contains("invalid"), "{report}");
    if let Some(xmllint) = steppe_test_support::require_tool("xmllint", &["--version"]) {
        let out = std::process::Command::new(xmllint)
            .args(["--noout", "--dtdvalid"])
            .arg(steppe_test_support::tmx_dtd())
            .arg(&merged)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !err.contains("validity error"), "{err}");
    }
}

#[test]
fn pairs_list_lines_are_checked_and_need_an_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = segmented_pair(dir.path());
    let list = dir.path().join("pairs.tsv");
    std::fs::write(
        &list,
        format!("{en}\t{ru}\n{en}\t{ru}\t../escape.tmx\n{en}\t{ru}\tok.tmx\n"),
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let output = run(&["align", "--pairs", s(&list), "-o", s(&out_dir)], None);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("line 1: expected original<TAB>translation<TAB>output name"),
        "{stderr}"
    );
    assert!(stderr.contains("line 2: output name `../escape.tmx`"), "{stderr}");
    assert!(out_dir.join("ok.tmx").exists() && !dir.path().join("escape.tmx").exists());
    let output = run(&["align", "--pairs", s(&list)], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--pairs needs -o DIR"));
}

/// The score of the third pair (the one whose lengths disagree) with extra arguments.
fn third_score(dir: &Path, extra: &[&str]) -> f32 {
    let (en, ru) = (dir.join("t.en"), dir.join("t.ru"));
    std::fs::write(
        &en,
        "The committee met on Monday.\nIt discussed the budget.\n\
         Observers from the Collective Security Treaty Organization came to the long meeting in the capital today.\n\
         The minister promised an answer.\nNobody objected.\n",
    )
    .unwrap();
    std::fs::write(
        &ru,
        "Комитет собрался в понедельник.\nОн обсудил бюджет.\nНаблюдатели ОДКБ пришли.\n\
         Министр пообещал ответ.\nНикто не возражал.\n",
    )
    .unwrap();
    let mut args = vec![
        "align",
        "--segmented",
        "--no-names",
        "--format",
        "tsv",
        s(&en),
        s(&ru),
    ];
    args.extend_from_slice(extra);
    let out = run_ok(&args, None);
    let row: Vec<&str> = out.lines().nth(2).unwrap().split('\t').collect();
    assert!(
        row[0].starts_with("Observers") && row[1].starts_with("Наблюдатели"),
        "{out}"
    );
    row[2].parse().unwrap()
}

#[test]
fn the_termbase_and_a_dictionary_are_anchors() {
    let dir = tempfile::tempdir().unwrap();
    // The built-in termbase links the English full name with the Russian short form ОДКБ: the
    // shared anchor raises the confidence of a pair whose lengths disagree.
    let with = third_score(dir.path(), &[]);
    let without = third_score(dir.path(), &["--no-termbase"]);
    assert!(with > without + 0.2, "{with} vs {without}");
    // A hunalign dictionary (`target @ source`) does the same for its own pairs, on a stem:
    // `наблюдатель` matches `Наблюдатели`.
    let dict = dir.path().join("dict.txt");
    std::fs::write(&dict, "наблюдатель @ observer\n").unwrap();
    let dictionary = third_score(dir.path(), &["--no-termbase", "--dictionary", s(&dict)]);
    assert!(dictionary > without + 0.2, "{dictionary} vs {without}");
    // Another termbase replaces the built-in one.
    let tb = dir.path().join("tb.tsv");
    std::fs::write(
        &tb,
        "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
         obs\t\tobservers\t\tнаблюдатели\tgeneral\t\t\t\n",
    )
    .unwrap();
    let other = third_score(dir.path(), &["--termbase", s(&tb)]);
    assert!(other > without + 0.2, "{other} vs {without}");
    let missing = run(
        &["align", "--dictionary", "nowhere.txt", s(&dict), s(&dict)],
        None,
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nowhere.txt"));
}

#[test]
fn omegat_applies_the_merged_tmx_of_pairs() {
    let Some(omegat) = steppe_test_support::OmegaT::require() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (en, ru) = segmented_pair(dir.path());
    let (en2, ru2) = pair(dir.path());
    let list = dir.path().join("pairs.tsv");
    std::fs::write(&list, format!("{en}\t{ru}\tseg.tmx\n{en2}\t{ru2}\tmeeting.tmx\n")).unwrap();
    let project = steppe_test_support::OmegaT::create_project(dir.path());
    let merged = project.join("tm/auto/steppe.tmx");
    let out_dir = dir.path().join("out");
    run_ok(
        &[
            "align",
            "--segmented",
            "--pairs",
            s(&list),
            "-o",
            s(&out_dir),
            "--merged",
            s(&merged),
        ],
        None,
    );
    std::fs::write(
        project.join("source/doc.txt"),
        "Tokaev answered them.\n\nNobody else spoke.\n",
    )
    .unwrap();
    let (ok, log) = omegat.translate(&project, &[]);
    assert!(ok, "OmegaT failed:\n{log}");
    let target =
        std::fs::read_to_string(project.join("target/doc.txt")).unwrap_or_else(|e| panic!("{e}\n{log}"));
    assert!(target.contains("Токаев ответил им."), "{target}\n{log}");
    assert!(target.contains("Nobody else spoke."), "{target}");
}
