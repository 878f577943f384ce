//! The word lists in `data/`, compiled in and parsed once.
//!
//! Each file has one entry a line; blank lines and lines starting with `#` are ignored.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of words hashed with [`WordHasher`].
pub(crate) type WordSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;
/// A map from words hashed with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The multiply-rotate hash rustc uses for its symbol tables: several times faster than the default
/// SipHash on short words, and extraction looks up every word of a text in several lists. The texts are
/// the user's own, so resistance to crafted collisions is not needed.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word list with a quick length check before the hash look-up: most words of a text are not in
/// the list, and most are ruled out by their length alone.
#[derive(Debug, Default)]
pub(crate) struct WordList {
    set: WordSet<&'static str>,
    lengths: u64,
}

/// The entries of a data file: trimmed lines, without blank lines and `#` comments.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl WordList {
    fn parse(text: &'static str) -> WordList {
        let set: WordSet<&'static str> = data_lines(text).collect();
        let lengths = set.iter().fold(0u64, |m, w| m | 1 << w.len().min(63));
        WordList { set, lengths }
    }

    /// Whether the list holds `word` exactly.
    pub fn contains(&self, word: &str) -> bool {
        self.lengths & (1 << word.len().min(63)) != 0 && self.set.contains(word)
    }

    /// The words of the list.
    pub fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.set.iter()
    }

    /// How many words the list holds.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.set.len()
    }
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) fn $name() -> &'static WordList {
            static SET: OnceLock<WordList> = OnceLock::new();
            SET.get_or_init(|| WordList::parse(include_str!(concat!("../data/", $file))))
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
    /// English words written in capitals for emphasis (`NOT`), lower case.
    emphasis,
    "emphasis.txt"
);
list!(
    /// Labels of identifiers (`DOI`, `ISSN`, `ISBN`, `URL`), lower case: not glossary acronyms.
    identifiers,
    "identifiers.txt"
);
list!(
    /// Auxiliary verbs, which a long form (a noun phrase) never holds.
    auxiliaries,
    "auxiliaries.txt"
);
list!(
    /// Words after a city that show it is the subject (`Brussels has`).
    subject_verbs,
    "subject_verbs.txt"
);
list!(
    /// Adverbs, conjunctions and determiners that never start a name (lower case).
    openers,
    "openers.txt"
);
list!(
    /// Honorifics and titles before a personal name, as written (`Mr`, `President`).
    honorifics,
    "honorifics.txt"
);
list!(
    /// Job titles that end the name of a post (`Senior Fellow`), as written.
    posts,
    "posts.txt"
);
list!(
    /// Given names that make a name a person's, as written.
    given_names,
    "given_names.txt"
);
list!(
    /// Place names, as written (`New York`, `Central Asia`, `Caucasus`).
    places,
    "places.txt"
);
list!(
    /// Cities, as written (`New York`); the capitals are in [`capitals`].
    cities,
    "cities.txt"
);
list!(
    /// Compass and region words before a place (`Central`, `Western`).
    place_modifiers,
    "place_modifiers.txt"
);

/// Academic degrees: every spelling with the degree's listed form (`PhD` → `Ph.D.`), longest spelling
/// first so that `Dr. Sc.` is tried before `Dr`.
pub(crate) fn degrees() -> &'static [(&'static str, &'static str)] {
    static LIST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<_> = data_lines(include_str!("../data/degrees.txt"))
            .flat_map(|l| {
                let main = l.split('|').next().unwrap_or(l).trim();
                l.split('|').map(move |s| (s.trim(), main))
            })
            .collect();
        list.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        list
    })
}

/// Cities that may stand for a state or body, with what they may stand for (most usual first).
pub(crate) fn capitals() -> &'static WordMap<&'static str, Vec<&'static str>> {
    static MAP: OnceLock<WordMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        data_lines(include_str!("../data/capitals.txt"))
            .filter_map(|l| {
                let (city, bodies) = l.split_once('\t')?;
                Some((city.trim(), bodies.split('|').map(str::trim).collect()))
            })
            .collect()
    })
}

/// Whether `name` is a city: listed in `data/cities.txt` or `data/capitals.txt`.
pub(crate) fn is_city(name: &str) -> bool {
    cities().contains(name) || capitals().contains_key(name)
}

/// First words of the two-word cities in [`capitals`] (`New` of `New York`).
pub(crate) fn capital_first_words() -> &'static WordSet<&'static str> {
    static SET: OnceLock<WordSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        capitals()
            .keys()
            .filter_map(|c| Some(c.split_once(' ')?.0))
            .collect()
    })
}

/// Number words the digits of a short form may stand for (`2D` for *two*-dimensional, `G-20` for
/// Group of *Twenty*), longest word first.
pub(crate) fn number_words() -> &'static [(&'static str, &'static str)] {
    static LIST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<_> = data_lines(include_str!("../data/numbers.txt"))
            .filter_map(|l| {
                let (digits, word) = l.split_once(char::is_whitespace)?;
                Some((digits, word.trim()))
            })
            .collect();
        list.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        list
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
        let numbers = number_words();
        assert!(numbers
            .iter()
            .all(|(d, w)| d.chars().all(|c| c.is_ascii_digit()) && w.chars().all(char::is_lowercase)));
        assert!(numbers.contains(&("2", "two")) && numbers.contains(&("20", "twenty")));
        assert!(capitals()
            .values()
            .all(|b| !b.is_empty() && b.iter().all(|s| !s.is_empty())));
        assert_eq!(capitals()["Brussels"][0], "NATO");
    }
}
