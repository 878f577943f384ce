//! The final ranking of readings that are all Russian words, with the embedded lexicon and its
//! frequency table: a noisy channel, P(Cyrillic) × P(Latin | Cyrillic). The words are composed
//! here; each pair was checked by hand against a Russian dictionary and the scheme tables.

use steppe_lexicon::{Frequencies, LexiconSet};
use steppe_translit::reverse::Reverser;

fn read(scheme: Option<&str>, latin: &str) -> String {
    let lexicon = LexiconSet::embedded();
    let reverser = Reverser::new(&lexicon);
    let reverser = match scheme {
        Some(s) => reverser.with_scheme(s).unwrap(),
        None => reverser,
    };
    reverser.cyrillic(latin)
}

#[test]
fn the_commoner_of_two_word_forms_wins_when_the_latin_fits_both() {
    // ALA-LC without diacritics writes и and й alike (`ii`): версии is far commoner than версий.
    let freq = Frequencies::embedded();
    assert!(freq.zipf("версии").unwrap() > freq.zipf("версий").unwrap() + 0.5);
    assert_eq!(read(None, "novye versii programmy"), "новые версии программы");
    assert_eq!(read(None, "Iurii"), "Юрий");
}

#[test]
fn a_reading_no_scheme_gives_loses_to_one_that_schemes_give() {
    // `iy` is BGN's ий; reading its `y` as и is a loose reading no scheme makes, so the
    // commoner отношении does not win.
    assert_eq!(read(None, "otnosheniy"), "отношений");
    assert_eq!(
        read(None, "mezhdunarodnykh otnosheniy"),
        "международных отношений"
    );
}

#[test]
fn a_scheme_that_writes_soft_signs_gets_no_inserted_one() {
    // ALA-LC writes ь as a prime: without one, `otmenit` is отменит (will cancel), whatever the
    // frequency of the infinitive отменить; Wikipedia-style drops ь, so both fit there.
    assert_eq!(read(Some("ala_lc"), "on otmenit"), "он отменит");
    assert_eq!(read(Some("ala_lc"), "otmenit'"), "отменить");
    assert_eq!(read(Some("wikipedia"), "zavershat"), "завершать");
}
