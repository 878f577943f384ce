//! issue 12 item 1: a confidence on every Cyrillic reconstruction (`cyrillic --format json`,
//! `--explain`, `refs --format json`, the refs TMX), with alternatives when it is not certain.

use crate::util::{root, run_ok, SAMPLE};
use serde_json::Value;

/// The JSON Lines of `steppe cyrillic --format json` on `lines`.
fn cyrillic_json(lines: &[&str]) -> Vec<Value> {
    let mut args = vec!["cyrillic", "--format", "json"];
    args.extend_from_slice(lines);
    let out = run_ok(&args, None);
    out.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn lexicon_words_with_wide_margins_are_certain_and_an_unknown_name_is_a_guess() {
    // Composed: every word a common lexicon form; then a Kazakh surname no lexicon has, whose
    // `y` may be ы or и (Джаксыбеков, the usual spelling, is the name rule's second reading).
    let rows = cyrillic_json(&[
        "Ekonomicheskaia politika i gosudarstvennoe upravlenie",
        "Dzhaksybekov",
        "otnoshenii",
    ]);
    assert_eq!(rows.len(), 3);
    let sure = &rows[0];
    assert_eq!(
        sure["line"],
        "Ekonomicheskaia politika i gosudarstvennoe upravlenie"
    );
    assert_eq!(
        sure["text"],
        "Экономическая политика и государственное управление"
    );
    assert_eq!(sure["confidence"]["level"], "certain", "{sure}");
    assert_eq!(sure["confidence"]["weakest_word"], Value::Null);
    assert_eq!(sure["alternatives"], serde_json::json!([]));

    let name = &rows[1];
    assert_eq!(name["confidence"]["level"], "guess", "{name}");
    assert_eq!(name["confidence"]["basis"], "name_rule");
    assert_eq!(name["confidence"]["weakest_word"], "Dzhaksybekov");
    assert!(name["confidence"]["margin"].as_f64().unwrap() < 2.0, "{name}");
    let alternatives: Vec<&str> = name["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!((1..=3).contains(&alternatives.len()), "{name}");
    assert!(alternatives.contains(&"Джаксыбеков"), "{name}");
    assert!(!alternatives.contains(&name["text"].as_str().unwrap()));

    // A lexicon word with a close rival form (locative or genitive plural): not certain, and the
    // other form is the alternative.
    let form = &rows[2];
    assert_eq!(form["text"], "отношении");
    assert_ne!(form["confidence"]["level"], "certain", "{form}");
    assert_eq!(form["confidence"]["basis"], "lexicon");
    assert_eq!(form["alternatives"], serde_json::json!(["отношений"]));
}

#[test]
fn a_word_kept_in_latin_that_also_reads_as_russian_offers_its_cyrillic() {
    // A lone `On` is English and он: kept in Latin, the likelier choice but not a certain one.
    // Beside words that are only English (`God bless America`), or in an English title, a word
    // that is English too is certain; so is a line with no Russian reading at all.
    let rows = cyrillic_json(&["On", "God bless America", "The Grand Chessboard", "Manipur"]);
    assert_eq!(rows[0]["text"], "On");
    assert_eq!(rows[0]["confidence"]["level"], "likely", "{}", rows[0]);
    assert_eq!(rows[0]["confidence"]["basis"], "kept");
    assert_eq!(rows[0]["alternatives"], serde_json::json!(["Он"]));
    for row in &rows[1..3] {
        assert_eq!(row["text"], row["line"]);
        assert_eq!(row["confidence"]["level"], "certain", "{row}");
    }
    // A name that no lexicon has and that does not look romanised stays, with its Cyrillic as
    // the alternative.
    assert_eq!(rows[3]["text"], "Manipur");
    assert_eq!(rows[3]["confidence"]["level"], "likely", "{}", rows[3]);
    assert_eq!(rows[3]["alternatives"], serde_json::json!(["Манипур"]));
}

#[test]
fn json_text_is_the_plain_output_and_explain_adds_the_confidence() {
    let lines = ["Tsentral'naia Aziia v mirovoi politike", "Dzhaksybekov i NATO"];
    let plain = run_ok(&["cyrillic", lines[0], lines[1]], None);
    let rows = cyrillic_json(&lines);
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert_eq!(
        plain,
        format!("{}\n{}\n", texts[0], texts[1]),
        "text output unchanged"
    );
    let explained = run_ok(&["cyrillic", "--explain", lines[1]], None);
    assert!(explained.starts_with(&format!("{}\n", texts[1])), "{explained}");
    assert!(
        explained.contains("  confidence: guess (weakest word Dzhaksybekov, margin "),
        "{explained}"
    );
    assert!(explained.contains("  or: Джаксыбеков и НАТО\n"), "{explained}");
    assert!(
        explained.contains("[Acronym: acronym table, Russian span] (certain)"),
        "{explained}"
    );
}

#[test]
fn refs_json_gives_each_span_its_confidence() {
    let out = run_ok(&["refs", "--format", "json", SAMPLE], None);
    let spans: Vec<Value> = serde_json::from_str(&out).unwrap();
    for s in &spans {
        let level = s["confidence"]["level"].as_str().unwrap();
        assert!(["certain", "likely", "guess"].contains(&level), "{s}");
        let alternatives = s["alternatives"].as_array().unwrap();
        assert!(alternatives.len() <= 3, "{s}");
        if level == "certain" {
            assert!(
                alternatives.is_empty() && s["confidence"]["weakest_word"].is_null(),
                "{s}"
            );
        } else {
            let weakest = s["confidence"]["weakest_word"].as_str().unwrap();
            assert!(s["latin"].as_str().unwrap().contains(weakest), "{s}");
        }
    }
    let find = |latin: &str| {
        spans
            .iter()
            .find(|s| s["latin"] == latin)
            .unwrap_or_else(|| panic!("{latin}"))
    };
    // Two lexicon words, no rival: certain. A surname only the name rule reads: not certain.
    assert_eq!(find("Dvoynoy okhvat")["confidence"]["level"], "certain");
    let name = find("G. Djemal");
    assert_ne!(name["confidence"]["level"], "certain", "{name}");
    assert_eq!(name["confidence"]["weakest_word"], "Djemal");
    assert!(!name["alternatives"].as_array().unwrap().is_empty(), "{name}");
}

#[test]
fn refs_tmx_carries_a_confidence_prop_and_a_note_with_alternatives() {
    let dir = tempfile::tempdir().unwrap();
    let tmx = dir.path().join("refs.tmx");
    let sample = root().join(SAMPLE);
    run_ok(
        &[
            "refs",
            "--format",
            "tmx",
            sample.to_str().unwrap(),
            "-o",
            tmx.to_str().unwrap(),
        ],
        None,
    );
    let xml = std::fs::read_to_string(&tmx).unwrap();
    let units = xml.matches("<tu>").count() + xml.matches("<tu ").count();
    assert!(units > 10, "{xml}");
    assert_eq!(
        xml.matches(r#"<prop type="x-confidence">"#).count(),
        units,
        "{xml}"
    );
    assert!(
        xml.contains(r#"<prop type="x-confidence">certain</prop>"#),
        "{xml}"
    );
    // The unit of a reading that is not certain says which word and what else it may be.
    let reader = steppe_tmx::Reader::from_slice(xml.as_bytes()).expect("valid TMX");
    let units: Vec<steppe_tmx::TranslationUnit> = reader.map(|u| u.unwrap()).collect();
    let djemal = units
        .iter()
        .find(|u| u.variant("ru-Latn").unwrap().seg.text() == "G. Djemal")
        .expect("a unit for G. Djemal");
    assert_ne!(djemal.props[0].text, "certain");
    let note = &djemal.notes[0].text;
    assert!(note.contains("weakest word Djemal; alternatives: Г. "), "{note}");
    let certain = units
        .iter()
        .find(|u| u.variant("ru-Latn").unwrap().seg.text() == "Dvoynoy okhvat")
        .unwrap();
    assert!(certain.notes.is_empty() && certain.props[0].text == "certain");
    if let Some(xmllint) = steppe_test_support::require_tool("xmllint", &["--version"]) {
        let out = std::process::Command::new(xmllint)
            .args(["--noout", "--dtdvalid"])
            .arg(steppe_test_support::tmx_dtd())
            .arg(&tmx)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !err.contains("validity error"), "{err}");
    }
}
