//! `steppe bib`: restyling composed reference-manager files and extracting the sample's references.

use crate::util::{root, run, run_ok, SAMPLE};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/bib").join(name)
}

fn json(path: &Path) -> Vec<Value> {
    serde_json::from_str::<Vec<Value>>(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn ala_lc(cyrillic: &str) -> String {
    steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru)
        .unwrap()
        .transliterate(cyrillic)
}

/// The sample's notes as entries: one per distinct work (20 notes, 3 `Ibidem.`, one source cited
/// three times: 15 works), with the parts of each reference in their fields.
#[test]
fn extract_gives_one_entry_per_work_of_the_sample_notes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refs.json");
    let run = run(&["bib", "extract", SAMPLE, "-o", s(&out)], None);
    assert!(run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("15 works from 20 of 20 notes"));
    let entries = json(&out);
    assert_eq!(entries.len(), 15);
    let find = |title: &str| {
        entries
            .iter()
            .find(|e| e["title"] == title)
            .unwrap_or_else(|| panic!("{title}"))
    };
    let e = find("Tsentral'naia Azia v mirovoy politologii i mirovoy geopolitike");
    assert_eq!(e["author"][0]["family"], "Laumulin");
    assert_eq!(
        (
            e["volume"].as_str(),
            e["publisher"].as_str(),
            e["publisher-place"].as_str()
        ),
        (Some("II"), Some("KISI"), Some("Almaty"))
    );
    assert_eq!(
        e["volume-title"],
        "Vneshniaia politika i strategia SShA na sovremennom etape i Tsentral'naia Azia"
    );
    assert_eq!(e["page"], "147");
    let e = find("NATO na putiakh transformatsii");
    assert_eq!(
        e["container-title"],
        "Evropeyskaia bezopasnost: sobytia, otsenki, prognozy"
    );
    assert_eq!(
        (e["issue"].as_str(), e["page"].as_str(), e["type"].as_str()),
        (Some("9"), Some("2"), Some("article-journal"))
    );
    assert_eq!(e["author"][0]["given"], "A.P.");
    let e = find("Global NATO");
    assert_eq!(e["container-title"], "Foreign Affairs");
    assert_eq!(e["author"][1]["family"], "Goldgeier");
    assert_eq!(e["issued"]["date-parts"][0], serde_json::json!([2006, 9]));
    let e = find("Putting NATO's Riga Summit into Context");
    assert_eq!(e["author"][0]["family"], "van den Akker");
    assert_eq!(e["author"][0]["given"], "Rad");
    let e = find("National'naia bezopasnost: itogi desiatiletia");
    assert_eq!(e["editor"][0]["family"], "Ashimbaev");
    assert_eq!(
        (e["publisher"].as_str(), e["publisher-place"].as_str()),
        (Some("Elorda Publishers"), Some("Astana"))
    );
    assert_eq!(find("Dvoynoy okhvat")["page"], "24-25");
    assert_eq!(
        find("Strategia NATO na Kavkaze i v Afghanistane: sostoianie i perspektivy")["URL"],
        "http://www.kisi.kz"
    );
    // Notes 16, 17 and 19 cite one source: one entry.
    let khabar = entries
        .iter()
        .filter(|e| e["URL"] == "http://www.khabar.kz")
        .count();
    assert_eq!(khabar, 1);
}

/// With --style the extracted titles are restyled, their Cyrillic (checked against seed-gold) in
/// original-title.
#[test]
fn extract_with_a_style_restyles_and_keeps_the_cyrillic() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refs.json");
    run_ok(
        &[
            "bib",
            "extract",
            SAMPLE,
            "-o",
            s(&out),
            "--style",
            "ala_lc",
            "--accept-uncertain",
        ],
        None,
    );
    let entries = json(&out);
    let gold = steppe_test_support::seed_gold();
    let mut checked = 0;
    for title in gold["romanised"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "title")
    {
        let cyrillic = title["cyrillic"].as_str().unwrap();
        // A volume's own title is no original-title of its entry.
        let Some(e) = entries.iter().find(|e| e["original-title"] == cyrillic) else {
            assert!(
                cyrillic.starts_with("Внешняя") || cyrillic.starts_with("Европейская"),
                "{cyrillic}: {entries:#?}"
            );
            continue;
        };
        assert_eq!(e["title"].as_str().unwrap(), ala_lc(cyrillic));
        assert_eq!(e["language"], "ru");
        checked += 1;
    }
    assert_eq!(checked, 11);
    let bib = dir.path().join("refs.bib");
    run_ok(
        &["bib", "extract", SAMPLE, "-o", s(&bib), "--style", "ala_lc"],
        None,
    );
    let text = std::fs::read_to_string(&bib).unwrap();
    assert_eq!(text.matches("\n@").count() + 1, 15, "{text}");
    assert!(text.contains("origtitle = {Под стягом независимости}"), "{text}");
}

/// The done-when: a Zotero-style export mixing five schemes (ALA-LC with and without diacritics,
/// BGN/PCGN, Wikipedia, scientific) comes out in ALA-LC, every Russian title with its Cyrillic in
/// original-title, English titles untouched; a second run changes no byte.
#[test]
fn restyle_writes_every_russian_title_in_ala_lc() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("restyled.json");
    let input = fixture("zotero-mixed.json");
    let report = run_ok(
        &["bib", "restyle", s(&input), "--style", "ala_lc", "-o", s(&out)],
        None,
    );
    // Checked by hand: the Cyrillic of each Russian title of the fixture.
    let titles = [
        "Центральная Азия и Россия: новые вызовы",
        "Внешняя политика Казахстана: итоги и перспективы",
        "Безопасность Центральной Азии после вывода войск",
        "Экономическая интеграция в Евразии",
        "Россия и Китай в Центральной Азии",
        "Центральная Азия и Россия: новые вызовы",
    ];
    let before = json(&input);
    let after = json(&out);
    for (i, cyrillic) in titles.iter().enumerate() {
        assert_eq!(after[i]["title"].as_str().unwrap(), ala_lc(cyrillic), "item {i}");
        assert_eq!(
            after[i]["original-title"].as_str().unwrap(),
            *cyrillic,
            "item {i}"
        );
        assert_eq!(after[i]["language"], "ru");
        // Fields restyle does not touch are kept (Zotero's own keys too).
        assert_eq!(after[i]["id"], before[i]["id"]);
        assert_eq!(after[i]["note"], before[i]["note"]);
    }
    assert_eq!(
        after[4]["container-title"],
        ala_lc("Большая игра в Центральной Азии")
    );
    assert_eq!(after[2]["author"][0]["family"], "Laumulin");
    assert_eq!(after[1]["original-author"][0]["family"], "Султанов");
    // English titles and their entries: not a byte changed.
    for i in [6, 7] {
        assert_eq!(after[i], before[i]);
    }
    // The uncertain publisher (исследований or исследовании) is listed, not made.
    assert_eq!(after[0]["publisher"], before[0]["publisher"]);
    assert!(
        report.contains("publisher (written ala_lc_alt, bs_2979_alt, gost_52535) (uncertain, not applied"),
        "{report}"
    );
    assert!(report.contains("? issledovanii:"), "{report}");
    // Laumulin and Laumoulin are one author; the first title spelled two ways is one work.
    assert!(report.contains("one name spelled 2 ways: Лаумулин"), "{report}");
    assert!(
        report.contains("one title spelled 2 ways: Центральная Азия и Россия: новые вызовы"),
        "{report}"
    );

    // Already in ALA-LC: a second run changes no byte.
    let again = dir.path().join("again.json");
    let report = run_ok(
        &["bib", "restyle", s(&out), "--style", "ala_lc", "-o", s(&again)],
        None,
    );
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(&again).unwrap(),
        "{report}"
    );
    assert!(report.contains("0 changes made, 1 held back"), "{report}");
}

#[test]
fn restyle_keeps_bibtex_and_ris_bytes_and_converts_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["mixed.bib", "mixed.ris"] {
        let input = fixture(name);
        let out = dir.path().join(name);
        run_ok(
            &["bib", "restyle", s(&input), "--style", "ala_lc", "-o", s(&out)],
            None,
        );
        let text = std::fs::read_to_string(&out).unwrap();
        let original = std::fs::read_to_string(&input).unwrap();
        // BibLaTeX keeps the case of a capitalised word after the first in braces.
        let title = ala_lc("Внешняя политика Казахстана: итоги и перспективы");
        let title = if name.ends_with(".bib") {
            title.replace("Kazakhstana:", "{Kazakhstana:}")
        } else {
            title
        };
        assert!(text.contains(&title), "{text}");
        // The English entry and every line of it stay (its lines are the file's last ones).
        let tail = |t: &str| {
            t.rsplit(if name.ends_with(".bib") {
                "@article"
            } else {
                "TY  -"
            })
            .next()
            .unwrap()
            .to_owned()
        };
        assert_eq!(tail(&text), tail(&original));
        let again = dir.path().join(format!("again-{name}"));
        let report = run_ok(
            &["bib", "restyle", s(&out), "--style", "ala_lc", "-o", s(&again)],
            None,
        );
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&again).unwrap());
        assert!(report.starts_with("0 changes made"), "{report}");
    }
    assert!(std::fs::read_to_string(dir.path().join("mixed.bib"))
        .unwrap()
        .contains("origtitle = {Внешняя политика {Казахстана:} итоги и перспективы}"));
    assert!(std::fs::read_to_string(dir.path().join("mixed.ris"))
        .unwrap()
        .contains("OP  - Внешняя политика Казахстана: итоги и перспективы\r\nLA  - ru\r\n"));
    // .bib in, CSL-JSON out.
    let converted = dir.path().join("converted.json");
    run_ok(
        &[
            "bib",
            "restyle",
            s(&fixture("mixed.bib")),
            "--style",
            "bgn_pcgn",
            "-o",
            s(&converted),
        ],
        None,
    );
    let entries = json(&converted);
    assert_eq!(entries[3]["title"], "Rossiya i Kitay v Tsentral’noy Azii");
    assert_eq!(entries[3]["original-title"], "Россия и Китай в Центральной Азии");
    assert_eq!(entries[4]["title"], "Central Asia in World Politics");
}

#[test]
fn restyle_dry_run_and_json_report_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.json");
    let input = fixture("zotero-mixed.json");
    let text = run_ok(
        &[
            "bib",
            "restyle",
            s(&input),
            "--style",
            "ala_lc",
            "--dry-run",
            "-o",
            s(&out),
        ],
        None,
    );
    assert!(!out.exists());
    assert!(text.contains("  title (written bgn_pcgn, "), "{text}");
    assert!(
        text.contains("  title (written ala_lc, ala_lc_alt)\n- Tsentral'naia Aziia"),
        "{text}"
    );
    assert!(text.contains("- Vneshnyaya politika Kazakhstana: itogi i perspektivy\n+ Vneshni͡ai͡a politika Kazakhstana: itogi i perspektivy\n"), "{text}");
    let report: Value = serde_json::from_str(&run_ok(
        &[
            "bib",
            "restyle",
            s(&input),
            "--style",
            "ala_lc",
            "--dry-run",
            "--format",
            "json",
            "--accept-uncertain",
        ],
        None,
    ))
    .unwrap();
    let changes = report["changes"].as_array().unwrap();
    let publisher = changes
        .iter()
        .find(|c| c["field"] == "publisher" && c["entry"] == 0)
        .unwrap();
    assert_eq!(publisher["applied"], true);
    assert_eq!(publisher["detected"][0], "ala_lc_alt");
    assert!(!publisher["uncertain"].as_array().unwrap().is_empty());
    assert!(report["clusters"].as_array().unwrap().len() >= 2);
    // Without -o the file goes to standard output, unchanged where nothing changes.
    let english = "[{\"id\": \"x\", \"title\": \"The New Great Game\"}]\n";
    let path = dir.path().join("english.json");
    std::fs::write(&path, english).unwrap();
    assert_eq!(
        run_ok(&["bib", "restyle", s(&path), "--style", "ala_lc"], None),
        english
    );
}

#[test]
fn bib_errors_name_the_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.bib");
    std::fs::write(&bad, "@book{a,\n  title = {open\n").unwrap();
    let out = run(&["bib", "restyle", s(&bad), "--style", "ala_lc"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.bib: line 2, column 11: unbalanced"), "{err}");
    let txt = dir.path().join("refs.txt");
    std::fs::write(&txt, "x").unwrap();
    let out = run(&["bib", "restyle", s(&txt), "--style", "ala_lc"], None);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown bibliography format"));
    let out = run(
        &["bib", "restyle", s(&fixture("mixed.bib")), "--style", "nope"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

/// The bibliographies steppe writes: the sample's references restyled in ALA-LC, and the composed
/// Zotero export restyled, each as CSL-JSON and BibLaTeX.
fn written_bibliographies(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for ext in ["json", "bib"] {
        let refs = dir.join(format!("refs.{ext}"));
        run_ok(
            &["bib", "extract", SAMPLE, "--style", "ala_lc", "-o", s(&refs)],
            None,
        );
        let zotero = dir.join(format!("zotero.{ext}"));
        run_ok(
            &[
                "bib",
                "restyle",
                s(&fixture("zotero-mixed.json")),
                "--style",
                "ala_lc",
                "-o",
                s(&zotero),
            ],
            None,
        );
        files.extend([refs, zotero]);
    }
    files
}

/// The CSL-JSON steppe writes (extracted, restyled in place, converted from BibLaTeX) passes the
/// CSL input schema (`../shared/reference/csl/csl-data.json`, draft-07) with Python's jsonschema.
#[test]
fn csl_json_passes_the_csl_schema() {
    let schema = steppe_test_support::shared_reference("csl").join("csl-data.json");
    let Some(schema) = steppe_test_support::require_file("the CSL-JSON schema", &schema) else {
        return;
    };
    let Some(python) = steppe_test_support::require_ttk_python("jsonschema") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = written_bibliographies(dir.path())
        .into_iter()
        .filter(|p| p.extension().unwrap() == "json")
        .collect();
    let converted = dir.path().join("converted.json");
    run_ok(
        &[
            "bib",
            "restyle",
            s(&fixture("mixed.bib")),
            "--style",
            "ala_lc",
            "-o",
            s(&converted),
        ],
        None,
    );
    files.push(converted);
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1]))\n\
        for path in sys.argv[2:]:\n\
        \x20   errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(path))))\n\
        \x20   for e in errors: print(path, list(e.path), e.message)\n\
        \x20   print(path, len(json.load(open(path))), 'items', len(errors), 'errors')\n";
    let mut cmd = std::process::Command::new(python);
    cmd.arg("-c").arg(script).arg(&schema).args(&files);
    let out = steppe_test_support::stdout_of(&mut cmd);
    assert_eq!(out.matches(" 0 errors").count(), files.len(), "{out}");
    assert!(out.contains("refs.json 15 items"), "{out}");
}

/// pandoc's citeproc renders a composed document citing what steppe wrote, CSL-JSON and BibLaTeX:
/// the bibliography shows the restyled titles.
#[test]
fn pandoc_renders_the_restyled_bibliographies() {
    let Some(pandoc) = steppe_test_support::require_tool("pandoc", &["--version"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let files = written_bibliographies(dir.path());
    let doc = dir.path().join("essay.md");
    std::fs::write(
        &doc,
        "---\nnocite: '@*'\n---\n\nOn NATO's partnership see @shtol2004 [p. 12] and @laumulin2006.\n\n# References\n",
    )
    .unwrap();
    for bibliography in files {
        let mut cmd = std::process::Command::new(&pandoc);
        cmd.args(["--citeproc", "--wrap=none", "-t", "plain", "--bibliography"])
            .arg(&bibliography)
            .arg(&doc);
        let out = steppe_test_support::stdout_of(&mut cmd);
        let name = bibliography.file_stem().unwrap().to_str().unwrap();
        let expected: &[&str] = if name == "refs" {
            &[
                "Shtol (2004, 12)",
                "Ėvoli͡ut͡sii͡a NATO v realii͡akh globalizat͡sii",
                "T͡sentralʹnai͡a Azii͡a v mirovoĭ politologii i mirovoĭ geopolitike",
                "Pod sti͡agom nezavisimosti",
                "Putting NATO’s Riga Summit into Context",
            ]
        } else {
            &[
                "Vneshni͡ai͡a politika Kazakhstana: itogi i perspektivy",
                "Rossii͡a i Kitaĭ v T͡sentralʹnoĭ Azii",
                "The New Great Game in Central Asia",
            ]
        };
        for text in expected {
            assert!(
                out.contains(text),
                "{}: no {text:?} in\n{out}",
                bibliography.display()
            );
        }
    }
}

/// biber, BibLaTeX's own back end, reads the BibLaTeX steppe writes without an error or warning.
#[test]
fn biber_reads_the_biblatex() {
    let Some(biber) = steppe_test_support::require_tool("biber", &["--version"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for bib in written_bibliographies(dir.path())
        .into_iter()
        .filter(|p| p.extension().unwrap() == "bib")
    {
        let out = dir.path().join("checked.bib");
        let mut cmd = std::process::Command::new(&biber);
        cmd.current_dir(dir.path())
            .args(["--tool", "--validate-datamodel", "--output-file"])
            .arg(&out)
            .arg(&bib);
        let (ok, log) = steppe_test_support::combined_output(&mut cmd);
        assert!(ok, "{log}");
        // The one warning allowed: a source the note gives no date for (biber wants one).
        let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN -")).collect();
        assert!(!log.contains("ERROR"), "{log}");
        assert!(
            warnings
                .iter()
                .all(|w| w.contains("Entry 'based'") && w.contains("one of 'date, year'")),
            "{}: {log}",
            bib.display()
        );
        let checked = std::fs::read_to_string(&out).unwrap();
        assert!(checked.to_lowercase().contains("origtitle"), "{checked}");
    }
}
