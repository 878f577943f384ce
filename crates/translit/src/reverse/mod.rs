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

pub mod cluster;
pub mod contamination;
pub mod detect;
pub mod english;
pub mod key;
pub mod lattice;
pub mod names;
pub mod phrase;
pub mod rank;
pub mod search;

pub use cluster::{cluster_names, NameCluster};
pub use detect::{detect, Detection};
pub use key::key;
pub use phrase::{Analysis, Kind, Reverser, WordReport};

use unicode_normalization::UnicodeNormalization;

/// A dictionary the search walks letter by letter: whether a Cyrillic string is a word, or starts
/// one.
///
/// The search keeps a [`WordCheck::Cursor`] with each partial reading and extends it by the
/// letters of the next chunk, so a prefix is never walked twice. Words are given in lower case; an
/// implementation answers for any capitalisation the dictionary lists (a proper noun `Казахстан`
/// answers `казахстан`).
pub trait WordCheck {
    /// A position after some letters; cheap to clone.
    type Cursor<'c>: Clone
    where
        Self: 'c;
    /// The position before any letter.
    fn cursor(&self) -> Self::Cursor<'_>;
    /// The position after the letters of `s`, or `None` if no word continues so.
    fn advance<'c>(&'c self, cursor: &Self::Cursor<'c>, s: &str) -> Option<Self::Cursor<'c>>;
    /// Whether the letters so far are a word.
    fn is_word<'c>(&'c self, cursor: &Self::Cursor<'c>) -> bool;
    /// Whether `word` is a word form.
    fn contains(&self, word: &str) -> bool {
        self.advance(&self.cursor(), word)
            .is_some_and(|c| self.is_word(&c))
    }
    /// Whether some word form starts with `prefix`.
    fn has_prefix(&self, prefix: &str) -> bool {
        self.advance(&self.cursor(), prefix).is_some()
    }
}

/// A sorted in-memory word list, for tests and small lexicons.
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
    /// The range of words sharing the prefix, and the prefix length in bytes.
    type Cursor<'c> = (usize, usize, usize);

    fn cursor(&self) -> (usize, usize, usize) {
        (0, self.words.len(), 0)
    }

    fn advance(&self, cursor: &(usize, usize, usize), s: &str) -> Option<(usize, usize, usize)> {
        let (mut lo, mut hi, mut depth) = *cursor;
        for &b in s.as_bytes() {
            let range = &self.words[lo..hi];
            // Words in the range share `depth` bytes; a word that ends there sorts first.
            let key = |w: &String| w.as_bytes().get(depth).copied();
            let start = range.partition_point(|w| key(w) < Some(b));
            let end = range.partition_point(|w| key(w) <= Some(b));
            (lo, hi, depth) = (lo + start, lo + end, depth + 1);
            if lo >= hi {
                return None;
            }
        }
        Some((lo, hi, depth))
    }

    fn is_word(&self, cursor: &(usize, usize, usize)) -> bool {
        self.words.get(cursor.0).is_some_and(|w| w.len() == cursor.2)
    }
}

impl WordCheck for steppe_lexicon::Lexicon {
    type Cursor<'c> = steppe_lexicon::Cursor<'c>;

    fn cursor(&self) -> steppe_lexicon::Cursor<'_> {
        steppe_lexicon::Lexicon::cursor(self)
    }

    fn advance<'c>(
        &'c self,
        cursor: &steppe_lexicon::Cursor<'c>,
        s: &str,
    ) -> Option<steppe_lexicon::Cursor<'c>> {
        cursor.push_str(s)
    }

    fn is_word<'c>(&'c self, cursor: &steppe_lexicon::Cursor<'c>) -> bool {
        cursor.is_word()
    }
}

/// Most lexicons a [`steppe_lexicon::LexiconSet`] may hold for the reverse engine (the embedded
/// one and three user lists).
pub const MAX_LEXICONS: usize = 4;

/// A position in every member of a lexicon set.
#[derive(Clone, Copy)]
pub struct SetPosition<'c>([Option<steppe_lexicon::Cursor<'c>>; MAX_LEXICONS]);

impl WordCheck for steppe_lexicon::LexiconSet {
    type Cursor<'c> = SetPosition<'c>;

    /// # Panics
    /// If the set holds more than [`MAX_LEXICONS`] lexicons.
    fn cursor(&self) -> SetPosition<'_> {
        let members = self.members();
        assert!(members.len() <= MAX_LEXICONS, "at most {MAX_LEXICONS} lexicons");
        let mut pos = [None; MAX_LEXICONS];
        for (slot, lexicon) in pos.iter_mut().zip(members) {
            *slot = Some(lexicon.cursor());
        }
        SetPosition(pos)
    }

    fn advance<'c>(&'c self, cursor: &SetPosition<'c>, s: &str) -> Option<SetPosition<'c>> {
        let next = cursor.0.map(|c| c.and_then(|c| c.push_str(s)));
        next.iter().any(Option::is_some).then_some(SetPosition(next))
    }

    fn is_word<'c>(&'c self, cursor: &SetPosition<'c>) -> bool {
        cursor.0.iter().flatten().any(|c| c.is_word())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_cursor_walks_letter_by_letter() {
        let list = WordList::from_words(["кот", "котёл", "кто", "к"]);
        let c = list.advance(&list.cursor(), "ко").unwrap();
        assert!(!list.is_word(&c));
        let kot = list.advance(&c, "т").unwrap();
        assert!(list.is_word(&kot) && list.advance(&kot, "ё").is_some());
        assert!(list.advance(&kot, "ы").is_none());
        assert!(list.contains("к") && list.contains("кто") && !list.contains("ко"));
        assert!(list.contains("котёл") && !list.has_prefix("котл"));
    }
}
