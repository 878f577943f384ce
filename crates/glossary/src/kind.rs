//! Which kind a capitalised name without an institution head is, and the spans that are no name.
//!
//! - A **place** is listed in `data/places.txt` (`United States`) or `data/cities.txt` (`New York`), or
//!   is a listed place after compass or region words (`data/place_modifiers.txt`: `Central Asia`,
//!   `Greater Middle East`).
//! - A **person** starts with a given name (`data/given_names.txt`: `Robert Simmons`) or an initial
//!   (`M. Laumulin`), follows an honorific or title (`data/honorifics.txt`: `President Nazarbaev`), or is
//!   two or three words the reverse transliterator reads as names and nothing else (`Asel
//!   Doolotkeldieva`).
//! - Anything else is a **name** (`Steppe Eagle`, `Virtual Silk Road`).
//!
//! A **title** is no name at all (see [`is_title`]): a headline or an item of a reading list.

use crate::lists;
use crate::token::Word;
use crate::EntryKind;
use std::sync::OnceLock;
use steppe_translit::reverse::{Kind, Reverser};

/// Honorifics that may close a run by mistake (`… Mr`) and are dropped there.
const TRAILING_HONORIFICS: [&str; 8] = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Messrs", "Mme"];

/// Month names, which end a name after a function word (`… Program in May`).
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `w` is a month's name.
pub(crate) fn is_month(w: &Word<'_>) -> bool {
    MONTHS.contains(&w.text)
}

/// Fewest content words of a title-case span without a head noun that make it a title.
const TITLE_WORDS: usize = 5;

/// Whether `w` opens a clause and never a name (`Also`, `However`).
pub(crate) fn is_opener(w: &Word<'_>) -> bool {
    let lower = w.text.to_lowercase();
    lists::openers().contains(&lower) || lists::stopwords().contains(&lower)
}

/// Whether `w` is an honorific or title before a personal name (`Mr`, `President`).
pub(crate) fn is_honorific(w: &Word<'_>) -> bool {
    lists::honorifics().contains(w.text)
}

/// Whether `w` is an honorific that does not belong at the end of a name (`… Mr`).
pub(crate) fn is_trailing_honorific(w: &Word<'_>) -> bool {
    TRAILING_HONORIFICS.contains(&w.text)
}

/// The kind of the unheaded name `run`; `titled` when an honorific or title came before it.
pub(crate) fn classify(run: &[Word<'_>], term: &str, titled: bool) -> EntryKind {
    if is_place(run, term) {
        return EntryKind::Place;
    }
    let first = &run[0];
    let initial = first.text.chars().count() == 1 && first.after == Some('.');
    if titled || initial || lists::given_names().contains(first.text) || romanised_name(run) {
        return EntryKind::Person;
    }
    EntryKind::Name
}

/// `Asel Doolotkeldieva`, `Aigerim Seitkali`: two or three words that the reverse transliterator reads
/// as names and nothing else (not English words, not Russian common words).
fn romanised_name(run: &[Word<'_>]) -> bool {
    (2..=3).contains(&run.len())
        && run
            .iter()
            .all(|w| w.text.chars().all(char::is_alphabetic) && reverser().analyse(w.text).kind == Kind::Name)
}

/// The reverse transliterator over the embedded lexicon, made once.
fn reverser() -> &'static Reverser<'static> {
    static LEXICON: OnceLock<steppe_lexicon::LexiconSet> = OnceLock::new();
    static REVERSER: OnceLock<Reverser<'static>> = OnceLock::new();
    REVERSER.get_or_init(|| Reverser::new(LEXICON.get_or_init(steppe_lexicon::LexiconSet::embedded)))
}

/// `Central Asia`, `New York`, `Greater Middle East`.
fn is_place(run: &[Word<'_>], term: &str) -> bool {
    if lists::places().contains(term) || lists::is_city(term) {
        return true;
    }
    let mut k = 0;
    while k < run.len() && lists::place_modifiers().contains(run[k].text) {
        k += 1;
    }
    if k == 0 || k == run.len() {
        return false;
    }
    let rest: Vec<&str> = run[k..].iter().map(|w| w.text).collect();
    lists::places().contains(rest.join(" ").as_str())
}

/// Whether a span of title-case words is a title, not a name: `content` content words, `headed` if
/// one is a head noun, `whole_line` if it fills its line.
///
/// A title is: a span opening with a gerund (`Putting the Riga Summit in Context`); one with a
/// capitalised function word inside (`… Returns To Central Asia`: names keep those in lower case);
/// [`TITLE_WORDS`] content words or more without a head noun; and, filling a line of a list, three
/// content words or more without a head noun or a lower-case function word (`Great Game Returns`, not
/// `Carnegie Endowment for International Peace`), or a head noun followed by two capitalised words
/// (`Eurasian Economic Union Faces New Tests`).
pub(crate) fn is_title(run: &[Word<'_>], content: usize, headed: bool, whole_line: bool) -> bool {
    let gerund = run[0].text.len() > 4 && run[0].text.ends_with("ing") && content >= 3;
    let capital_function_word = run[1..].iter().any(|w| {
        w.text.chars().next().is_some_and(char::is_uppercase)
            && lists::stopwords().contains(w.text.to_lowercase().as_str())
    });
    let lower_function_word = run.iter().any(|w| lists::connectors().contains(w.text));
    let after_head = run
        .iter()
        .rposition(|w| lists::heads().contains(w.text))
        .map_or(0, |h| run.len() - h - 1);
    let whole_line_title = whole_line
        && ((!headed && content >= 3 && !lower_function_word)
            || (headed
                && after_head >= 2
                && run[run.len() - after_head..]
                    .iter()
                    .all(|w| !lists::connectors().contains(w.text))));
    gerund || capital_function_word || (!headed && content >= TITLE_WORDS) || whole_line_title
}

/// The Cyrillic of a person's or place's name when the reverse transliterator reads every word of it
/// as Russian or Kazakh (`Nursultan Nazarbaev` → `Нурсултан Назарбаев`); `None` when a word stays
/// Latin (`Robert Simmons`, `New York`), since the name is then not romanised Russian.
pub(crate) fn reverse_cyrillic(name: &str) -> Option<String> {
    let cyrillic = reverser().cyrillic(name);
    let latin = cyrillic.chars().any(|c| c.is_ascii_alphabetic());
    let changed = cyrillic != name;
    (changed && !latin).then_some(cyrillic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::words;

    fn kind(text: &str) -> EntryKind {
        classify(&words(text), text, false)
    }

    #[test]
    fn places_people_and_other_names() {
        for place in [
            "New York",
            "Central Asia",
            "Greater Middle East",
            "Southern Caucasus",
            "United States",
        ] {
            assert_eq!(kind(place), EntryKind::Place, "{place}");
        }
        for person in ["Robert Simmons", "Timur Shaymergenov", "M. Laumulin"] {
            assert_eq!(kind(person), EntryKind::Person, "{person}");
        }
        for name in [
            "Steppe Eagle",
            "Virtual Silk Road",
            "Central Command",
            "Financial Times",
        ] {
            assert_eq!(kind(name), EntryKind::Name, "{name}");
        }
        assert_eq!(
            classify(&words("Nazarbaev"), "Nazarbaev", true),
            EntryKind::Person
        );
    }

    #[test]
    fn titles_are_long_unheaded_whole_lines_or_gerunds() {
        let w = words("Putting the Riga Summit in Context");
        assert!(is_title(&w, 4, true, false));
        let w = words("The Great Game Returns to Central Asia");
        assert!(is_title(&w[1..], 5, false, false));
        let w = words("Great Game Returns");
        assert!(is_title(&w, 3, false, true) && !is_title(&w, 3, false, false));
        let w = words("Long Road From Almaty");
        assert!(is_title(&w, 4, false, false), "a capitalised function word");
        let w = words("Carnegie Endowment for International Peace");
        assert!(!is_title(&w, 4, false, true));
        let w = words("Eurasian Economic Union Faces New Tests");
        assert!(is_title(&w, 6, true, true) && !is_title(&w, 6, true, false));
        let w = words("Ministry of Foreign Affairs of the Russian Federation");
        assert!(!is_title(&w, 5, true, true));
    }

    #[test]
    fn romanised_russian_and_kazakh_names_get_cyrillic_others_none() {
        assert_eq!(
            reverse_cyrillic("Nursultan Nazarbaev").as_deref(),
            Some("Нурсултан Назарбаев")
        );
        assert_eq!(reverse_cyrillic("Robert Simmons"), None);
        assert_eq!(reverse_cyrillic("New York"), None);
    }
}
