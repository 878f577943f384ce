//! The embedded lexicon on words composed for these tests (the issue's list, their neighbours and
//! candidate misspellings a reverse transliteration produces).

use steppe_lexicon::{Lexicon, LexiconSet};

/// Word forms the reverse transliteration must find (issue 4), in the case they are cited.
const MUST: &[&str] = &[
    "отсутствует",
    "начинается",
    "ведет",
    "центральная",
    "эволюция",
    "реалиях",
    "президента",
    "глобализации",
    "трансформации",
    "безопасность",
    "события",
    "оценки",
    "прогнозы",
    "стратегия",
    "Афганистане",
    "состояние",
    "перспективы",
];

#[test]
fn issue_words_are_found_in_any_case() {
    let lex = Lexicon::embedded();
    for w in MUST {
        assert!(lex.contains(w), "{w}");
        assert!(lex.contains(&w.to_uppercase()), "{w} uppercase");
        assert!(lex.check(w), "{w} as cited");
    }
}

#[test]
fn proper_nouns_are_capitalized_only_for_check() {
    let lex = Lexicon::embedded();
    assert!(lex.check("Афганистане") && lex.check("АФГАНИСТАНЕ") && !lex.check("афганистане"));
    assert!(lex.info("афганистане").unwrap().is_proper());
    // A common word may be written capitalized (sentence start).
    assert!(lex.check("Стратегия") && lex.info("стратегия").unwrap().is_common());
}

#[test]
fn verb_forms_unmunch_misses() {
    let lex = Lexicon::embedded();
    for w in [
        "отсутствуют",
        "отсутствовал",
        "начинаются",
        "начиналась",
        "ведёт",
        "ведут",
        "вела",
    ] {
        assert!(lex.contains(w), "{w}");
    }
}

#[test]
fn yo_is_folded_but_spelling_is_known() {
    let lex = Lexicon::embedded();
    assert!(lex.contains("ещё") && lex.contains("еще") && lex.contains("ЕЩЁ"));
    assert!(lex.spelled("ведёт"));
    // The dictionary writes уведомлен without ё only.
    assert!(lex.spelled("уведомлен") && !lex.spelled("уведомлён") && lex.contains("уведомлён"));
}

#[test]
fn romanisation_misreadings_are_rejected() {
    let lex = Lexicon::embedded();
    for w in [
        "центральнайа",
        "тсентральная",
        "эволиуция",
        "реалийах",
        "президэнта",
        "глобализатсии",
    ] {
        assert!(!lex.contains(w), "{w}");
    }
}

#[test]
fn prefixes_prune_dead_candidates() {
    let lex = Lexicon::embedded();
    assert!(lex.has_prefix("трансформ") && lex.has_prefix("ТРАНС"));
    assert!(!lex.has_prefix("трансформатс") && !lex.has_prefix("тсент"));
    let c = lex.cursor().push_str("эволю").unwrap();
    assert!(c
        .push('ц')
        .and_then(|c| c.push_str("ия"))
        .is_some_and(|c| c.is_word()));
    assert!(c.push('й').is_none());
}

#[test]
fn user_words_join_the_dictionary() {
    let set = LexiconSet::embedded().with(Lexicon::from_words(["Лаумулин", "Лаумулина"]));
    assert!(!Lexicon::embedded().contains("Лаумулина"));
    assert!(set.contains("лаумулина") && set.check("Лаумулина") && set.check("стратегия"));
    assert!(set.cursor().push_str("лаумул").is_some());
}

#[test]
fn embedded_is_sizeable_and_loaded_once() {
    let a = Lexicon::embedded() as *const Lexicon;
    assert_eq!(a, Lexicon::embedded() as *const Lexicon);
    assert!(Lexicon::embedded().len() > 1_000_000);
}

#[test]
fn the_frequency_table_covers_common_forms_and_only_lexicon_forms() {
    use steppe_lexicon::Frequencies;
    let freq = Frequencies::embedded();
    // Common forms are there with plausible Zipf values (и is among the commonest words).
    assert!(freq.zipf("и").unwrap() > 7.0);
    assert!(freq.zipf("Безопасности").unwrap() > 4.0);
    assert_eq!(freq.zipf("ВЕДЁТ"), freq.zipf("ведет"), "case and ё/е are folded");
    // Forms the lexicon lacks were left out when the table was built.
    assert_eq!(freq.zipf("центральнайа"), None);
    assert!(freq.len() > 200_000 && freq.len() < 668_309, "{}", freq.len());
    let ru = Lexicon::embedded();
    assert!(ru.contains("безопасности"));
}
