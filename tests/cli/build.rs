//! `steppe build`: the main job over a corpus folder.

use crate::util::{root, run, run_ok};
use std::path::Path;

const STEM: &str = "shaymergenov-2008-nato-central-asia.en";
const SUFFIXES: [&str; 7] = [
    "glossary.tbx",
    "glossary.v2.tbx",
    "glossary.txt",
    "glossary.csv",
    "refs.tmx",
    "refs.json",
    "refs.bib",
];

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn read(dir: &Path, suffix: &str) -> String {
    std::fs::read_to_string(dir.join(format!("{STEM}.{suffix}"))).unwrap()
}

#[test]
fn builds_every_export_of_the_sample_corpus() {
    let out = tempfile::tempdir().unwrap();
    run_ok(&["build", "corpus", "-o", s(out.path())], None);
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut expected: Vec<String> = SUFFIXES.iter().map(|x| format!("{STEM}.{x}")).collect();
    expected.sort();
    assert_eq!(names, expected);

    // The reference memory pairs a romanised title of the article's notes with its Cyrillic (seed-gold).
    let tmx = read(out.path(), "refs.tmx");
    assert!(tmx.contains("<seg>Tsentral'naia Azia v mirovoy politologii i mirovoy geopolitike</seg>"));
    assert!(tmx.contains("<seg>Центральная Азия в мировой политологии и мировой геополитике</seg>"));
    let report = run_ok(
        &["tmx", "validate", s(&out.path().join(format!("{STEM}.refs.tmx")))],
        None,
    );
    assert!(!report.contains("invalid"), "{report}");

    // The notes' references: one entry per work, in CSL-JSON and BibLaTeX.
    let refs: Vec<serde_json::Value> = serde_json::from_str(&read(out.path(), "refs.json")).unwrap();
    assert_eq!(refs.len(), 15);
    assert!(read(out.path(), "refs.bib")
        .contains("@book{tokaev1997,\n  author = {Tokaev, K.K.},\n  title = {Pod stiagom nezavisimosti},"));

    // The OmegaT glossary gives the undefined CSTO its Russian acronym from the termbase.
    let tsv = read(out.path(), "glossary.txt");
    assert!(tsv.lines().any(|l| l.starts_with("CSTO\tОДКБ\t")), "{tsv}");
    // WTO in a 1991 context is the Warsaw Treaty Organization (ОВД), not the trade body (ВТО).
    assert!(tsv.lines().any(|l| l.starts_with("WTO\tОВД\t")), "{tsv}");
    assert!(!tsv.lines().any(|l| l.starts_with("WTO\tВТО\t")), "{tsv}");
}

#[test]
fn same_corpus_gives_the_same_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    run_ok(&["build", "corpus", "-o", s(a.path())], None);
    run_ok(&["build", "corpus", "-o", s(b.path())], None);
    for suffix in SUFFIXES {
        assert_eq!(
            read(a.path(), suffix),
            read(b.path(), suffix),
            "{suffix} differs between runs"
        );
    }
}

#[test]
fn committed_exports_in_tmx_are_current() {
    let out = tempfile::tempdir().unwrap();
    run_ok(&["build", "corpus", "-o", s(out.path())], None);
    for suffix in SUFFIXES {
        let committed =
            std::fs::read_to_string(root().join("tmx").join(format!("{STEM}.{suffix}"))).unwrap_or_default();
        assert!(
            committed == read(out.path(), suffix),
            "tmx/{STEM}.{suffix} is not what the main job writes now: run \
             `cargo run --release --bin steppe -- build corpus -o tmx` and commit the result"
        );
    }
}

#[test]
fn composed_corpus_with_its_own_termbase() {
    let corpus = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("note.en.txt"),
        "The Eurasian Economic Community (EurAsEC) met in Minsk. EurAsEC later merged.\u{b9}\n\n\
         \u{b9} See: I. Petrov, \"Ekonomicheskaia integratsiia v Tsentral'noi Azii,\" Moskva, 2005.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.path().join("termbase.tsv"),
        std::fs::read_to_string(root().join("corpus/termbase.tsv")).unwrap(),
    )
    .unwrap();
    std::fs::write(corpus.path().join("README.md"), "not a text").unwrap();
    run_ok(&["build", s(corpus.path()), "-o", s(out.path())], None);
    let csv = std::fs::read_to_string(out.path().join("note.en.glossary.csv")).unwrap();
    assert!(csv.contains("EurAsEC"), "{csv}");
    assert!(csv.contains("Eurasian Economic Community"), "{csv}");
    let tmx = std::fs::read_to_string(out.path().join("note.en.refs.tmx")).unwrap();
    assert!(
        tmx.contains("Экономическая интеграция в Центральной Азии"),
        "{tmx}"
    );
    assert!(!out.path().join("README.glossary.csv").exists());
}

#[test]
fn empty_or_missing_corpus_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let out = run(
        &["build", s(empty.path()), "-o", s(&empty.path().join("out"))],
        None,
    );
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no text (*.txt, *.docx, *.odt, *.html, *.pdf)"),
        "{err}"
    );
    let out = run(&["build", "no/such/corpus"], None);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/corpus"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn help_shows_the_long_help() {
    let help = run_ok(&["build", "--help"], None);
    assert!(
        help.contains("NAME.glossary.v2.tbx  the glossary as TBX v2 (martif), which OmegaT reads"),
        "{help}"
    );
    assert!(help.contains("a text tagged with another language"), "{help}");
    // `-h` keeps the one-line summary
    let short = run_ok(&["build", "-h"], None);
    assert!(!short.contains("NAME.glossary.v2.tbx"), "{short}");
}

#[test]
fn only_english_texts_get_glossary_and_reference_exports() {
    let corpus = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(corpus.path().join(name), text).unwrap();
    write(
        "talks.en.txt",
        "The Collective Security Treaty Organization (CSTO) met in Astana in May.\n\n\
         The NATO delegation arrived a day later. Both sides spoke of the Caspian region.\n",
    );
    write(
        "talks.ru.txt",
        "Организация Договора о коллективной безопасности (ОДКБ) собралась в Астане в мае.\n\n\
         Делегация НАТО прибыла днём позже. Обе стороны говорили о Каспийском регионе.\n",
    );
    // no language tag: the letters decide
    write(
        "memo.txt",
        "Совещание ШОС и СНГ прошло в Москве. Решения (МИД, ФСБ) приняты.\n",
    );
    write(
        "brief.txt",
        "The Shanghai Cooperation Organisation (SCO) met in Moscow.\n",
    );
    run_ok(&["build", s(corpus.path()), "-o", s(out.path())], None);
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut expected: Vec<String> = ["brief", "talks.en"]
        .iter()
        .flat_map(|stem| SUFFIXES.iter().map(move |x| format!("{stem}.{x}")))
        .chain(["talks.tmx".to_owned()])
        .collect();
    expected.sort();
    assert_eq!(names, expected);

    let csv = std::fs::read_to_string(out.path().join("talks.en.glossary.csv")).unwrap();
    assert!(csv.contains("Collective Security Treaty Organization"), "{csv}");
    let tmx = std::fs::read_to_string(out.path().join("talks.tmx")).unwrap();
    assert!(
        tmx.contains("<seg>Делегация НАТО прибыла днём позже.</seg>"),
        "{tmx}"
    );
    assert!(
        tmx.contains("<seg>The NATO delegation arrived a day later.</seg>"),
        "{tmx}"
    );
}

/// A corpus of two small English texts, `a.en.txt` and `b.en.txt`.
fn two_text_corpus() -> tempfile::TempDir {
    let corpus = tempfile::tempdir().unwrap();
    for name in ["a.en.txt", "b.en.txt"] {
        std::fs::write(
            corpus.path().join(name),
            "The Collective Security Treaty Organization (CSTO) met in Astana.\n",
        )
        .unwrap();
    }
    corpus
}

fn outputs(out: &Path, stem: &str) -> Vec<bool> {
    SUFFIXES
        .iter()
        .map(|x| out.join(format!("{stem}.{x}")).exists())
        .collect()
}

#[test]
fn a_text_gets_all_its_exports_or_none_and_the_failure_names_the_export_and_the_text() {
    let corpus = two_text_corpus();
    let out = tempfile::tempdir().unwrap();
    // The CSV export of a cannot be written (a folder stands in its place).
    std::fs::create_dir(out.path().join("a.en.glossary.csv")).unwrap();
    // The OmegaT glossary of b is a symlink into a project: its target is replaced, the link kept.
    let project = tempfile::tempdir().unwrap();
    let omegat = project.path().join("glossary.txt");
    std::fs::write(&omegat, "old").unwrap();
    std::os::unix::fs::symlink(&omegat, out.path().join("b.en.glossary.txt")).unwrap();

    let result = run(&["build", s(corpus.path()), "-o", s(out.path())], None);
    assert_eq!(result.status.code(), Some(2));
    let err = String::from_utf8(result.stderr).unwrap();
    let a = corpus.path().join("a.en.txt");
    let csv = out.path().join("a.en.glossary.csv");
    let line = err
        .lines()
        .find(|l| l.contains("none of its exports written"))
        .unwrap_or_else(|| panic!("{err}"));
    assert_eq!(
        line,
        format!(
            "steppe: {}: none of its exports written: {}: is not a regular file (a folder, a FIFO or a \
             device); the build writes only regular files, replaced atomically, and left it as it is",
            s(&a),
            s(&csv)
        )
    );
    assert_eq!(
        outputs(out.path(), "a.en"),
        [false, false, false, true, false, false, false],
        "only the folder"
    );
    assert_eq!(outputs(out.path(), "b.en"), [true; 7]);
    assert!(std::fs::symlink_metadata(out.path().join("b.en.glossary.txt"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&omegat).unwrap().contains("CSTO"));
    assert!(err.contains("wrote 7 files for 2 texts"), "{err}");
    assert!(err.contains("(1 failed, reported above)"), "{err}");
}

#[test]
fn an_unreadable_text_is_reported_and_the_others_are_built() {
    let corpus = two_text_corpus();
    std::fs::write(corpus.path().join("a.en.txt"), b"CSTO \xff\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let result = run(&["build", s(corpus.path()), "-o", s(out.path())], None);
    assert_eq!(result.status.code(), Some(2));
    let err = String::from_utf8(result.stderr).unwrap();
    let a = corpus.path().join("a.en.txt");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("steppe: ")).collect();
    assert_eq!(
        errors,
        [format!(
            "steppe: {}: invalid UTF-8 at byte 5 (line 1, column 6)",
            s(&a)
        )],
        "{err}"
    );
    assert_eq!(outputs(out.path(), "a.en"), [false; 7]);
    assert_eq!(outputs(out.path(), "b.en"), [true; 7]);
}
