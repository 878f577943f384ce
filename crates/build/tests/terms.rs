//! `NAME.terms.tmx`: the glossary as a memory of terms, read back with steppe's TMX reader and
//! validated against the TMX 1.4b DTD with xmllint.

use std::process::Command;
use steppe_build::{builtin_termbase, write_terms_tmx, Pipeline, Text};
use steppe_lexicon::LexiconSet;
use steppe_test_support::{output_of, require_tool, tmx_dtd};
use steppe_tmx::{Reader, TranslationUnit};
use steppe_translit::reverse::Reverser;

const EN: &str = "The Collective Security Treaty Organization (CSTO) met the European Union.\n\n\
The CSTO and the EU signed nothing. The EU waited.\n";

fn terms_tmx() -> Vec<u8> {
    let termbase = builtin_termbase();
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let text = Text::new("a.en.txt".as_ref(), EN.to_owned());
    let analysis = Pipeline::new(&termbase, &reverser).analyse(&text).unwrap();
    let mut out = Vec::new();
    write_terms_tmx(&analysis.glossary, Some(&termbase), &mut out).unwrap();
    out
}

fn units(bytes: &[u8]) -> Vec<TranslationUnit> {
    let mut reader = Reader::from_slice(bytes).unwrap();
    assert_eq!(reader.header().srclang, "en");
    let mut units = Vec::new();
    while let Some(unit) = reader.next_unit().unwrap() {
        units.push(unit);
    }
    units
}

fn prop<'a>(unit: &'a TranslationUnit, kind: &str) -> Option<&'a str> {
    unit.props
        .iter()
        .find(|p| p.kind == kind)
        .map(|p| p.text.as_str())
}

#[test]
fn each_form_is_a_unit_with_the_russian_of_its_form_and_its_origin() {
    let units = units(&terms_tmx());
    let find = |en: &str| {
        units
            .iter()
            .find(|u| u.variant("en").unwrap().seg.text() == en)
            .unwrap_or_else(|| panic!("no unit for {en}: {units:#?}"))
    };
    let ru = |u: &TranslationUnit| u.variant("ru").unwrap().seg.text();

    let csto = find("CSTO");
    assert_eq!(ru(csto), "ОДКБ");
    assert_eq!(prop(csto, "x-steppe-form"), Some("short"));
    assert_eq!(prop(csto, "x-steppe-kind"), Some("acronym"));
    assert_eq!(prop(csto, "x-steppe-ru-origin"), Some("termbase"));
    assert!(prop(csto, "x-steppe-ru-source")
        .unwrap()
        .starts_with("Устав Организации"));
    let long = find("Collective Security Treaty Organization");
    assert_eq!(ru(long), "Организация Договора о коллективной безопасности");
    assert_eq!(prop(long, "x-steppe-form"), Some("full"));
    assert!(long
        .notes
        .iter()
        .any(|n| n.text == "other Russian equivalents: ОДКБ"));

    // The termbase's EU record has no source: the unit says the Russian is unverified.
    let eu = find("EU");
    assert_eq!(ru(eu), "ЕС");
    assert_eq!(prop(eu, "x-steppe-ru-origin"), Some("termbase_unverified"));
    assert_eq!(prop(eu, "x-steppe-ru-source"), None);
    assert!(
        eu.notes.iter().any(|n| n.text.starts_with("unverified:")),
        "{:?}",
        eu.notes
    );
    assert_eq!(ru(find("European Union")), "Европейский союз");

    // Every unit is one English and one Russian segment, each English form once.
    let mut en: Vec<String> = units
        .iter()
        .map(|u| u.variant("en").unwrap().seg.text())
        .collect();
    assert!(units.iter().all(|u| u.variants.len() == 2));
    let n = en.len();
    en.sort();
    en.dedup();
    assert_eq!(en.len(), n);
}

#[test]
fn xmllint_validates_the_terms_memory_against_the_dtd() {
    let Some(xmllint) = require_tool("xmllint", &["--version"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.en.terms.tmx");
    std::fs::write(&file, terms_tmx()).unwrap();
    let out = output_of(
        Command::new(xmllint)
            .args(["--noout", "--nonet", "--dtdvalid"])
            .arg(tmx_dtd())
            .arg(&file),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("validity error"),
        "{stderr}"
    );
}
