//! Interop with real clients: what we write must pass `xmllint --dtdvalid tmx14.dtd`, be read by
//! translate-toolkit with the right unit count, and be applied by OmegaT 3.6 (headless) as exact matches.
//!
//! A missing tool skips its test with a line on stderr, unless `STEPPE_REQUIRE_INTEROP=1` (CI), where it
//! fails (`steppe-test-support`). translate-toolkit's Python is `$STEPPE_TTK_PYTHON`, else `.venv/bin/python`
//! at the workspace root, else `python3`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use steppe_test_support::{output_of, require_tool, require_ttk_python, stdout_of, tmx_dtd, OmegaT};
use steppe_tmx::{Header, Reader, TranslationUnit, Writer};

fn documents() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/documents")
}

fn write_tmx(path: &Path, srclang: &str, units: &[TranslationUnit]) {
    let mut writer = Writer::new(Vec::new(), &Header::new(srclang)).unwrap();
    for u in units {
        writer.write_unit(u).unwrap();
    }
    std::fs::write(path, writer.finish().unwrap().0).unwrap();
}

/// Our fixture in the style of a CAT tool export, read and written again: all inline elements, notes,
/// props and dates, plus units made from pairs with non-canonical language codes.
fn sample_units() -> Vec<TranslationUnit> {
    let mut units: Vec<TranslationUnit> = Reader::open(&documents().join("cat-tool.tmx"))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    units.push(TranslationUnit::from_pairs(&[
        ("EN_us", "Tom & Jerry <3"),
        ("ru_RU", "Том и Джерри"),
    ]));
    units
}

fn xmllint(xmllint: &Path, file: &Path) -> Output {
    output_of(
        Command::new(xmllint)
            .args(["--noout", "--nonet", "--dtdvalid"])
            .arg(tmx_dtd())
            .arg(file),
    )
}

#[test]
fn xmllint_validates_what_we_write_against_the_dtd() {
    let Some(tool) = require_tool("xmllint", &["--version"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.tmx");
    write_tmx(&ours, "en-US", &sample_units());
    let out = xmllint(&tool, &ours);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("validity error"), "{stderr}");

    // The DTD and our validator agree on what is invalid: a prop after the tuvs, no adminlang.
    let bad = dir.path().join("bad.tmx");
    let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t"
 srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>a</seg></tuv><prop type="x-late">p</prop></tu>
</body></tmx>
"#;
    std::fs::write(&bad, text).unwrap();
    let out = xmllint(&tool, &bad);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "xmllint accepted {text}");
    assert!(
        stderr.contains("adminlang") && stderr.contains("prop"),
        "{stderr}"
    );
    let report = steppe_tmx::validate(text.as_bytes());
    let kinds: Vec<_> = report.violations.iter().map(|v| v.kind).collect();
    assert_eq!(
        kinds,
        [
            steppe_tmx::WarningKind::MissingHeaderAttr,
            steppe_tmx::WarningKind::Order
        ]
    );

    // Control characters make legacy.tmx ill-formed for xmllint; we read it, remove them and say so.
    let out = xmllint(&tool, &documents().join("legacy.tmx"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid Char value 7"));
}

#[test]
fn translate_toolkit_reads_every_unit() {
    let Some(python) = require_ttk_python("translate.storage.tmx") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ours.tmx");
    let units = sample_units();
    write_tmx(&file, "en-US", &units);
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ttk_read.py");
    let stdout = stdout_of(
        Command::new(&python)
            .arg(&script)
            .arg(&file)
            .args(["en-US", "ru-RU"]),
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], format!("units\t{}", units.len()));
    // The first unit, as translate-toolkit sees it, and the last one, whose codes we normalised.
    assert_eq!(lines[1], "The Partnership for Peace programme was launched in 1994.\tПрограмма «Партнёрство ради мира» была запущена в 1994 году.");
    assert_eq!(lines.last().unwrap(), &"Tom & Jerry <3\tТом и Джерри");
}

#[test]
fn omegat_applies_our_exact_matches() {
    let Some(omegat) = OmegaT::require() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let project = OmegaT::create_project(dir.path());
    // Language codes as careless tools write them: the writer must make them BCP 47 or OmegaT skips them.
    let units = [
        TranslationUnit::from_pairs(&[
            ("EN_US", "The steppe stretches to the horizon."),
            ("RU_ru", "Степь тянется до горизонта."),
        ]),
        TranslationUnit::from_pairs(&[
            ("en-US", "Nomads moved with the seasons."),
            ("ru-RU", "Кочевники перемещались по сезонам."),
        ]),
        TranslationUnit::from_pairs(&[
            ("en-US", "This unit is not in the document."),
            ("ru-RU", "Этой единицы нет в документе."),
        ]),
    ];
    write_tmx(&project.join("tm/auto/steppe.tmx"), "en-US", &units);
    std::fs::write(
        project.join("source/doc.txt"),
        "The steppe stretches to the horizon.\n\nNomads moved with the seasons.\n\nA sentence with no match.\n",
    )
    .unwrap();
    let (ok, log) = omegat.translate(&project, &[]);
    assert!(ok, "OmegaT failed:\n{log}");
    let target =
        std::fs::read_to_string(project.join("target/doc.txt")).unwrap_or_else(|e| panic!("{e}\n{log}"));
    assert!(target.contains("Степь тянется до горизонта."), "{target}\n{log}");
    assert!(target.contains("Кочевники перемещались по сезонам."), "{target}");
    assert!(
        target.contains("A sentence with no match."),
        "untranslated text stays: {target}"
    );
}
