//! # Reverse transliteration: Cyrillic from any romanisation
//!
//! Reading `Tsentral'naia Azia v mirovoy politologii` back as `Центральная Азия в мировой
//! политологии` is a search, not a table: `ia` may be я, ия or ья, `ts` ц or тс, a soft sign may
//! be dropped, and the same line may mix ALA-LC with BGN. The engine works in stages, one module
//! each:
//!
//! 1. [`lattice`]: every reading of every Latin chunk, from the scheme tables read backwards plus
//!    a data file of known ambiguities and national styles.
//! 2. [`search`]: a beam search over one word's lattice, pruned by a lexicon ([`WordCheck`]).
//! 3. [`rank`]: letter trigram models of Russian and English, for what the lexicon cannot decide.
//! 4. [`names`]: readings for names no lexicon has (`Laumulin`, `Djemal`).
//! 5. [`contamination`]: a second pass with English spellings (`Presidenta`, `Afghanistane`).
//! 6. [`phrase`]: tokens, the decision word by word and span by span (English titles stay
//!    English), case and punctuation kept.
//!
//! On top: [`detect`] names the schemes a line is consistent with, and [`key`] gives one matching
//! key for every spelling of a word.

pub mod contamination;
pub mod detect;
pub mod english;
pub mod key;
pub mod lattice;
pub mod names;
pub mod phrase;
pub mod rank;
pub mod search;

pub use detect::{detect, Detection};
pub use key::key;
pub use phrase::{Analysis, Kind, Reverser, WordReport};

use unicode_normalization::UnicodeNormalization;

/// A dictionary the search asks whether a Cyrillic string is a word, or starts one.
///
/// Words are given in lower case; an implementation answers for any capitalisation the
/// dictionary lists (a proper noun `Казахстан` answers `казахстан`).
pub trait WordCheck {
    /// Whether `word` is a word form.
    fn contains(&self, word: &str) -> bool;
    /// Whether some word form starts with `prefix`.
    fn has_prefix(&self, prefix: &str) -> bool;
}

/// A sorted in-memory word list: user lists (`--lexicon PATH`) and tests.
///
/// ```
/// use steppe_translit::reverse::{WordCheck, WordList};
/// let list = WordList::from_words(["Лаумулин"]);
/// assert!(list.contains("лаумулин") && list.has_prefix("лаум") && !list.has_prefix("лм"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct WordList {
    words: Vec<String>,
}

impl WordList {
    /// Builds the list (lower-cased, sorted, without duplicates).
    pub fn from_words<I, S>(words: I) -> WordList
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut words: Vec<String> = words
            .into_iter()
            .map(|w| w.as_ref().trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        words.sort();
        words.dedup();
        WordList { words }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl WordCheck for WordList {
    fn contains(&self, word: &str) -> bool {
        self.words.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
    }

    fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.words.partition_point(|w| w.as_str() < prefix);
        self.words.get(i).is_some_and(|w| w.starts_with(prefix))
    }
}

/// Two dictionaries as one (the embedded lexicon and a user list).
pub struct Both<'a>(pub &'a dyn WordCheck, pub &'a dyn WordCheck);

impl WordCheck for Both<'_> {
    fn contains(&self, word: &str) -> bool {
        self.0.contains(word) || self.1.contains(word)
    }

    fn has_prefix(&self, prefix: &str) -> bool {
        self.0.has_prefix(prefix) || self.1.has_prefix(prefix)
    }
}

/// A word folded for the lattice: one entry per folded character, with whether it was upper case.
pub(crate) fn fold_word(word: &str) -> Vec<char> {
    fold_word_cased(word).into_iter().map(|(c, _)| c).collect()
}

/// Like [`fold_word`], keeping the case of each character for restoring it in Cyrillic.
pub(crate) fn fold_word_cased(word: &str) -> Vec<(char, bool)> {
    let mut out: Vec<(char, bool)> = Vec::with_capacity(word.len());
    for c in word.nfc() {
        let folded = match c {
            '\u{0361}' | '\u{0360}' | '\u{FE20}' | '\u{FE21}' | '·' => continue,
            '\'' | 'ʹ' | 'ʼ' | '’' | '‘' | '`' | '´' | '′' | 'ʻ' => '\'',
            'ё' | 'Ё' => 'ë',
            '"' | 'ʺ' | '″' | '”' | '“' => '"',
            // Marks NFC could not compose (iuliia's ISO 9 macron below) carry nothing.
            '\u{0300}'..='\u{036F}' => continue,
            c => c.to_lowercase().next().unwrap_or(c),
        };
        if folded == '\'' && out.last().is_some_and(|&(p, _)| p == '\'') {
            out.last_mut().unwrap().0 = '"';
            continue;
        }
        out.push((folded, c.is_uppercase()));
    }
    out
}

impl WordCheck for steppe_lexicon::Lexicon {
    fn contains(&self, word: &str) -> bool {
        steppe_lexicon::Lexicon::contains(self, word)
    }

    fn has_prefix(&self, prefix: &str) -> bool {
        steppe_lexicon::Lexicon::has_prefix(self, prefix)
    }
}

impl WordCheck for steppe_lexicon::LexiconSet {
    fn contains(&self, word: &str) -> bool {
        steppe_lexicon::LexiconSet::contains(self, word)
    }

    fn has_prefix(&self, prefix: &str) -> bool {
        steppe_lexicon::LexiconSet::has_prefix(self, prefix)
    }
}
