//! The word lists in `crates/doc/data/`, compiled in with `include_str!` and parsed once.
//!
//! Format (shared by every list): one entry a line, `#` starts a comment line, blank lines are
//! ignored, entries are stored lower-cased. See `data/README.md` for what each list is for.

use crate::Lang;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A parsed word list.
pub(crate) struct List {
    set: HashSet<String>,
    /// Entries holding a space (`et al.`, `т. е.`), checked by suffix.
    multi: Vec<String>,
}

impl List {
    fn parse(text: &str) -> List {
        let mut set = HashSet::new();
        let mut multi = Vec::new();
        for line in text.lines() {
            let entry = line.trim();
            if entry.is_empty() || entry.starts_with('#') {
                continue;
            }
            let entry = entry.to_lowercase();
            if entry.contains(' ') {
                multi.push(entry.clone());
            }
            set.insert(entry);
        }
        List { set, multi }
    }

    /// Whether `word` (any case) is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set.contains(&word.to_lowercase())
    }

    /// Entries with a space in them.
    pub(crate) fn multi_word(&self) -> &[String] {
        &self.multi
    }
}

macro_rules! list {
    ($name:ident, $file:literal) => {
        pub(crate) fn $name() -> &'static List {
            static CELL: OnceLock<List> = OnceLock::new();
            CELL.get_or_init(|| List::parse(include_str!(concat!("../data/", $file))))
        }
    };
}

list!(abbrev_en, "abbrev.en.txt");
list!(abbrev_ru, "abbrev.ru.txt");
list!(hyphen_prefixes, "hyphen-prefixes.txt");
list!(hyphen_suffixes, "hyphen-suffixes.txt");
list!(hyphen_particles, "hyphen-particles.txt");
list!(suspended_words, "suspended-words.txt");
list!(ibid, "ibid.txt");
list!(issue_words, "issue-words.txt");
list!(note_openers, "note-openers.txt");

/// The abbreviations that do not end a sentence in `lang`.
pub(crate) fn abbrev(lang: Lang) -> &'static List {
    match lang {
        Lang::En => abbrev_en(),
        Lang::Ru => abbrev_ru(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> [(&'static str, &'static List); 9] {
        [
            ("note-openers", note_openers()),
            ("hyphen-particles", hyphen_particles()),
            ("abbrev.en", abbrev_en()),
            ("abbrev.ru", abbrev_ru()),
            ("hyphen-prefixes", hyphen_prefixes()),
            ("hyphen-suffixes", hyphen_suffixes()),
            ("suspended-words", suspended_words()),
            ("ibid", ibid()),
            ("issue-words", issue_words()),
        ]
    }

    #[test]
    fn lists_are_non_empty_and_trimmed() {
        for (name, list) in all() {
            assert!(list.set.len() >= 5, "{name}");
            for entry in &list.set {
                assert_eq!(entry.trim(), entry, "{name}: {entry:?}");
                assert!(!entry.contains("  "), "{name}: {entry:?}");
            }
        }
    }

    #[test]
    fn abbreviations_end_with_a_period() {
        for list in [abbrev_en(), abbrev_ru()] {
            for entry in &list.set {
                assert!(entry.ends_with('.'), "{entry:?}");
            }
        }
    }

    #[test]
    fn affixes_are_single_lowercase_words() {
        for list in [hyphen_prefixes(), hyphen_suffixes(), hyphen_particles()] {
            for entry in &list.set {
                assert!(entry.chars().all(char::is_alphabetic), "{entry:?}");
            }
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(abbrev_en().contains("Vol."));
        assert!(abbrev_ru().contains("им."));
        assert!(ibid().contains("Ibidem"));
        assert!(abbrev_en().multi_word().iter().any(|m| m == "et al."));
    }
}
