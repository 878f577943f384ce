//! The word lists in `data/`, compiled in and parsed once.
//!
//! Each file has one entry a line; blank lines and lines starting with `#` are ignored.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

fn parse(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) fn $name() -> &'static HashSet<&'static str> {
            static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| parse(include_str!(concat!("../data/", $file))))
        }
    };
}

list!(
    /// Function words a short form's letters may skip (lower case).
    stopwords,
    "stopwords.txt"
);
list!(
    /// Function words allowed inside institution names (lower case).
    connectors,
    "connectors.txt"
);
list!(
    /// Head nouns of institution and programme names, as capitalised in names.
    heads,
    "heads.txt"
);
list!(
    /// Head nouns that make a name after a proper word even in lower case (`Riga summit`).
    lower_heads,
    "lower_heads.txt"
);
list!(
    /// Words after a city that show it is the subject (`Brussels has`).
    subject_verbs,
    "subject_verbs.txt"
);

/// Cities that may stand for a state or body, with what they may stand for (most usual first).
pub(crate) fn capitals() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static MAP: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let text = include_str!("../data/capitals.txt");
        let lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        lines
            .filter_map(|l| {
                let (city, bodies) = l.split_once('\t')?;
                Some((city.trim(), bodies.split('|').map(str::trim).collect()))
            })
            .collect()
    })
}

/// Number words a digit of a short form may stand for (`2D` for *two*-dimensional).
pub(crate) fn number_words() -> &'static [(char, &'static str)] {
    static LIST: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let text = include_str!("../data/numbers.txt");
        let lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        lines
            .filter_map(|l| {
                let (digit, word) = l.split_once(char::is_whitespace)?;
                Some((digit.chars().next()?, word.trim()))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_clean() {
        for set in [stopwords(), connectors()] {
            assert!(set.len() > 5);
            assert!(set.iter().all(|w| w.chars().all(|c| c.is_lowercase())), "{set:?}");
        }
        assert!(heads()
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)));
        assert!(heads().contains("Council") && stopwords().contains("of"));
        assert!(number_words()
            .iter()
            .all(|(d, w)| d.is_ascii_digit() && w.chars().all(char::is_lowercase)));
        assert!(number_words().contains(&('2', "two")));
        assert!(capitals()
            .values()
            .all(|b| !b.is_empty() && b.iter().all(|s| !s.is_empty())));
        assert_eq!(capitals()["Brussels"][0], "NATO");
    }
}
