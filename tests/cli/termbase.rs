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

#[test]
fn glossary_entries_say_where_their_russian_came_from_in_every_format() {
    let (_dir, path) = termbase(
        "csto\tCSTO\tCollective Security Treaty Organization\tОДКБ\tОрганизация Договора о коллективной безопасности\tsecurity\t\t\t\t\tУстав ОДКБ (2002)\n\
         wb\t\tWorld Bank\t\tВсемирный банк\teconomics\t\tnot the IMF\t\t\t\n\
         riga\t\tRiga summit\t\tРижский саммит\tsecurity\t\t\t\t\t\n\
         nato\tNATO\tNorth Atlantic Treaty Organization\tНАТО\t\tsecurity\t\t\t\t\thttps://www.nato.int/\n",
    );
    // `NATO Riga Summit` is composed from two records (`NATO's Riga Summit` would be the Riga summit
    // itself: an owner in the possessive is not part of a name)
    let text = "The CSTO and the World Bank met at the NATO Riga Summit. The SShA stayed away.\n";
    let glossary = |format: &str| {
        let out = run(
            &["glossary", "--termbase", &path, "--format", format, "-"],
            Some(text.as_bytes()),
        );
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        stdout(&out)
    };
    let json: serde_json::Value = serde_json::from_str(&glossary("json")).unwrap();
    let origin = |term: &str| {
        let e = json["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["term"] == term)
            .unwrap_or_else(|| panic!("no {term} in {json:#}"));
        (e["ru_origin"]["from"].clone(), e["ru_origin"]["source"].clone())
    };
    use serde_json::{json, Value};
    assert_eq!(origin("CSTO"), (json!("termbase"), json!("Устав ОДКБ (2002)")));
    assert_eq!(origin("World Bank"), (json!("termbase_unverified"), Value::Null));
    assert_eq!(origin("SShA"), (json!("reverse_transliteration"), Value::Null));
    let composed = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["ru"] == "Рижский саммит НАТО")
        .unwrap_or_else(|| panic!("no composed Russian in {json:#}"));
    assert_eq!(composed["ru_origin"]["from"], "composed");

    let tsv = glossary("tsv");
    assert!(tsv.contains("CSTO\tОДКБ\tacronym; 1 occurrence; not defined in the text; flags: long_from_termbase; ru from the termbase, source: Устав ОДКБ (2002)\n"), "{tsv}");
    assert!(tsv.contains("World Bank\tВсемирный банк\tinstitution; 1 occurrence; unverified: ru from a termbase record without a source; termbase note: not the IMF\n"), "{tsv}");
    let csv = glossary("csv");
    assert!(
        csv.contains(",termbase,Устав ОДКБ (2002),\"ru from the termbase, source: Устав ОДКБ (2002)\"\n"),
        "{csv}"
    );
    assert!(
        csv.contains(",termbase_unverified,,unverified: ru from a termbase record without a source"),
        "{csv}"
    );
    let md = glossary("md");
    assert!(md.contains("| termbase (Устав ОДКБ (2002)) |"), "{md}");
    for format in ["tbx", "tbx2"] {
        let xml = glossary(format);
        assert!(
            xml.contains("<admin type=\"source\">Устав ОДКБ (2002)</admin>"),
            "{xml}"
        );
        assert!(
            xml.contains("<note>unverified: ru read back from the romanisation</note>"),
            "{xml}"
        );
    }
}
