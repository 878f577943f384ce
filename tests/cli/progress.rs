//! The closing summary of `steppe build`, and the progress bars of long runs: drawn on standard
//! error only when it is a terminal (run here under a pseudo-terminal with util-linux `script`).

use crate::util::{root, run, steppe_bin};
use std::path::Path;
use std::process::Command;
use steppe_test_support::{output_of, require_tool};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// An English text with a sourced (CSTO), an unsourced (EU) and an unknown (SCO) acronym, its
/// Russian translation, and a termbase of the first two records of the project's.
fn composed_corpus(dir: &Path) {
    std::fs::write(
        dir.join("a.en.txt"),
        "The Collective Security Treaty Organization (CSTO) met the European Union (EU) and the \
         Shanghai Cooperation Organization (SCO).\n\nThe EU and the SCO said nothing.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.ru.txt"),
        "Организация Договора о коллективной безопасности (ОДКБ) встретилась с Европейским союзом \
         (ЕС) и Шанхайской организацией сотрудничества (ШОС).\n\nЕС и ШОС ничего не сказали.\n",
    )
    .unwrap();
    let termbase = std::fs::read_to_string(root().join("corpus/termbase.tsv")).unwrap();
    let records: Vec<&str> = termbase
        .lines()
        .filter(|l| l.starts_with("id\t") || l.starts_with("csto\t") || l.starts_with("eu\t"))
        .collect();
    assert_eq!(records.len(), 3);
    std::fs::write(dir.join("termbase.tsv"), records.join("\n") + "\n").unwrap();
}

#[test]
fn build_ends_with_a_paragraph_of_texts_terms_references_flags_and_files() {
    let corpus = tempfile::tempdir().unwrap();
    composed_corpus(corpus.path());
    let out = tempfile::tempdir().unwrap();
    let project = out.path().join("project");
    let result = run(
        &[
            "build",
            s(corpus.path()),
            "-o",
            s(out.path()),
            "--omegat",
            s(&project),
        ],
        None,
    );
    assert!(result.status.success());
    let err = String::from_utf8(result.stderr).unwrap();
    let last = err.lines().last().unwrap();
    // CSTO's record has a source, EU's none (unverified); SCO is not in the termbase (no Russian).
    // 18 files: 8 exports, the memory, the review page and the index, and 7 of the OmegaT project.
    assert_eq!(
        last,
        format!(
            "steppe build: 2 texts (1 English, 1 in another language); glossaries: 3 terms, 2 with \
             Russian (1 unverified), flags worth a look: no_ru 1, not_in_termbase 1; references: 0 \
             romanised spans, 0 works cited; alignment: 2 sentence pairs in 1 memory; wrote 18 files \
             for 2 texts into {}, 7 of them the OmegaT project in {}.",
            s(out.path()),
            s(&project)
        )
    );
    // Not a terminal: no bar drawn.
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

/// Runs `steppe ARGS` in `dir` with standard output and error on a pseudo-terminal (and standard
/// input from the file `stdin`, if given); returns all it drew.
fn on_a_terminal(script: &Path, args: &[&str], stdin: Option<&str>, dir: &Path) -> String {
    let mut command = std::iter::once(s(&steppe_bin()).to_owned())
        .chain(args.iter().map(|a| format!("'{a}'")))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(file) = stdin {
        command.push_str(&format!(" < '{file}'"));
    }
    let out = output_of(
        Command::new(script)
            .args(["-qec", &command])
            .arg(dir.join("typescript"))
            .current_dir(dir),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn bars_are_drawn_on_a_terminal_for_build_translit_and_cyrillic() {
    let Some(script) = require_tool("script", &["--version"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    composed_corpus(&corpus);
    std::fs::copy(corpus.join("a.en.txt"), corpus.join("b.en.txt")).unwrap();
    let drawn = on_a_terminal(&script, &["build", "corpus", "-o", "out"], None, dir.path());
    assert!(drawn.contains("3/3 texts"), "{drawn:?}");
    assert!(drawn.contains("steppe build: 3 texts"), "{drawn:?}");

    // translit and cyrillic count bytes, when the text goes to a file, not to the terminal.
    let cyrillic = "Организация Договора о коллективной безопасности.\n".repeat(2000);
    std::fs::write(dir.path().join("ru.txt"), &cyrillic).unwrap();
    let drawn = on_a_terminal(
        &script,
        &["translit", "-i", "ru.txt", "-o", "latin.txt"],
        None,
        dir.path(),
    );
    let total = format!("/{:.2} KiB", cyrillic.len() as f64 / 1024.0);
    assert!(drawn.contains(&total), "{total} in {drawn:?}");
    let drawn = on_a_terminal(&script, &["translit", "-i", "ru.txt"], None, dir.path());
    assert!(
        !drawn.contains(&total),
        "a bar tearing the text on the terminal: {drawn:?}"
    );

    let latin = "Organizatsiia Dogovora o kollektivnoi bezopasnosti.\n".repeat(50);
    std::fs::write(dir.path().join("latin.txt"), &latin).unwrap();
    let drawn = on_a_terminal(
        &script,
        &["cyrillic", "-o", "back.txt"],
        Some("latin.txt"),
        dir.path(),
    );
    let total = format!("/{:.2} KiB", latin.len() as f64 / 1024.0);
    assert!(drawn.contains(&total), "{total} in {drawn:?}");
    let back = std::fs::read_to_string(dir.path().join("back.txt")).unwrap();
    assert_eq!(back.lines().count(), 50);
}

#[test]
fn aligning_long_documents_shows_a_spinner_on_a_terminal() {
    let Some(script) = require_tool("script", &["--version"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (mut en, mut ru) = (String::new(), String::new());
    for i in 0..3000 {
        en.push_str(&format!("The CSTO members signed treaty number {i}.\n\n"));
        ru.push_str(&format!("Члены ОДКБ подписали договор номер {i}.\n\n"));
    }
    assert!((en.len() + ru.len()) as u64 >= 256 * 1024);
    std::fs::write(dir.path().join("long.en.txt"), &en).unwrap();
    std::fs::write(dir.path().join("long.ru.txt"), &ru).unwrap();
    let args = ["align", "long.en.txt", "long.ru.txt", "-o", "long.tmx"];
    let drawn = on_a_terminal(&script, &args, None, dir.path());
    assert!(drawn.contains("aligning long.en.txt ↔ long.ru.txt"), "{drawn:?}");
    // Short documents: none.
    std::fs::write(dir.path().join("short.en.txt"), "The CSTO met.\n").unwrap();
    std::fs::write(dir.path().join("short.ru.txt"), "ОДКБ собралась.\n").unwrap();
    let args = ["align", "short.en.txt", "short.ru.txt", "-o", "short.tmx"];
    let drawn = on_a_terminal(&script, &args, None, dir.path());
    assert!(!drawn.contains("aligning"), "{drawn:?}");
}
