//! The sample article's expected facts (the project's copy, `tests/fixtures/seed-gold.json`), run through the reverse
//! engine with the embedded lexicon: every romanised item reads back exactly, and no item that is
//! not romanised Russian changes. The file is test data only; the engine knows none of its strings.

use steppe_lexicon::LexiconSet;
use steppe_test_support::seed_gold;
use steppe_translit::reverse::Reverser;

#[test]
fn romanised_items_read_back_exactly() {
    let gold = seed_gold();
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
    let gold = seed_gold();
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    for item in gold["not_romanised"].as_array().unwrap() {
        let text = item.as_str().unwrap();
        assert_eq!(reverser.cyrillic(text), text);
    }
}
