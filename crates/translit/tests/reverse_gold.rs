//! The sample article's expected facts (`../shared/spec/seed-gold.json`), run through the reverse
//! engine with the embedded lexicon: every romanised item reads back exactly, and no item that is
//! not romanised Russian changes. The file is test data only; the engine knows none of its strings.

use std::path::Path;
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::Reverser;

fn gold() -> Option<serde_json::Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/seed-gold.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skip: {} not found", path.display());
        return None;
    };
    Some(serde_json::from_str(&text).expect("seed-gold.json is JSON"))
}

#[test]
fn romanised_items_read_back_exactly() {
    let Some(gold) = gold() else { return };
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let mut wrong = Vec::new();
    for item in gold["romanised"].as_array().unwrap() {
        let (text, want) = (item["text"].as_str().unwrap(), item["cyrillic"].as_str().unwrap());
        let got = reverser.cyrillic(text);
        if got != want {
            wrong.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn items_that_are_not_romanised_stay() {
    let Some(gold) = gold() else { return };
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    for item in gold["not_romanised"].as_array().unwrap() {
        let text = item.as_str().unwrap();
        assert_eq!(reverser.cyrillic(text), text);
    }
}
