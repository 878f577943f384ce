//! The corpus termbase checked against the expected facts of the sample article
//! (`tests/fixtures/seed-gold.json`, Russian equivalents verified there) and against its own invariants.

use serde_json::Value;
use std::path::Path;
use steppe_glossary::{Record, Termbase};
use steppe_test_support::seed_gold;

fn termbase() -> Termbase {
    Termbase::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/termbase.tsv")).unwrap()
}

fn text<'a>(v: &'a Value, field: &str) -> Option<&'a str> {
    v.get(field).and_then(Value::as_str)
}

#[test]
fn every_gold_acronym_has_its_long_form_and_russian_equivalents() {
    let gold = seed_gold();
    let tb = termbase();
    for a in gold["acronyms"].as_array().unwrap() {
        let (short, long, ru) = (
            text(a, "short").unwrap(),
            text(a, "long").unwrap(),
            text(a, "ru").unwrap(),
        );
        // a short form the article gets wrong (EAPS) is found through its long form
        let senses = tb.by_long(long);
        let record: &Record = senses
            .first()
            .unwrap_or_else(|| panic!("{short}: no record for {long:?}"));
        if !a
            .get("note")
            .and_then(Value::as_str)
            .is_some_and(|n| n.starts_with("sic"))
        {
            assert!(
                tb.lookup(short).iter().any(|r| r.id == record.id),
                "{short} does not find {}",
                record.id
            );
        }
        assert_eq!(record.ru_short.as_deref(), Some(ru), "{short}");
        if let Some(ru_long) = text(a, "ru_long") {
            assert_eq!(record.ru_long.as_deref(), Some(ru_long), "{short}");
        }
    }
}

#[test]
fn every_gold_institution_has_its_russian_name_and_no_invented_ones() {
    let gold = seed_gold();
    let tb = termbase();
    for i in gold["institutions"].as_array().unwrap() {
        let en = text(i, "en").unwrap();
        let found = tb.by_long(en);
        match text(i, "ru") {
            Some(ru) => {
                let r = found.first().unwrap_or_else(|| panic!("no record for {en:?}"));
                assert_eq!(r.ru_for(false), Some(ru), "{en}");
            }
            None => assert!(found.is_empty(), "{en} is no real body but the termbase has it"),
        }
    }
}

#[test]
fn invariants_of_the_corpus_termbase() {
    let tb = termbase();
    assert!(tb.records().len() >= 100);
    for r in tb.records() {
        assert!(
            r.ru_short.is_some() || r.ru_long.is_some(),
            "{}: no Russian side",
            r.id
        );
        assert!(r.en_long.is_some(), "{}: no English full name", r.id);
        assert!(!r.domain.is_empty(), "{}: no domain", r.id);
        let senses = r.en_short.as_deref().map(|s| tb.by_short(s).len()).unwrap_or(0);
        // cues only make sense on ambiguous short forms, and every ambiguous short form needs them
        assert_eq!(
            !r.cues.is_empty(),
            senses > 1,
            "{}: cues vs {senses} senses",
            r.id
        );
        if senses > 1 {
            assert!(
                r.note.contains("ambiguous"),
                "{}: the note should say it is ambiguous",
                r.id
            );
        }
        for ru in r.ru_short.iter().chain(&r.ru_long) {
            assert!(
                ru.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)) || ru.starts_with('G'),
                "{}",
                r.id
            );
        }
    }
    // the bodies are all there
    for short in [
        "CIS", "EurAsEC", "EAEU", "OSCE", "CICA", "GUAM", "CSTO", "SCO", "EAPC", "PfP", "IPAP", "UN", "EU",
    ] {
        assert!(!tb.by_short(short).is_empty(), "{short}");
    }
    let wto: Vec<_> = tb
        .by_short("WTO")
        .iter()
        .map(|r| r.ru_short.clone().unwrap())
        .collect();
    assert_eq!(wto, ["ВТО", "ОВД"]);
}
