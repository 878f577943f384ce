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
//! 6. [`text`] and [`phrase`]: tokens, the decision word by word and span by span (English titles stay
//!    English), case and punctuation kept.
//!
//! On top: [`detect()`] names the schemes a line is consistent with, and [`key()`] gives one matching
//! key for every spelling of a word.

pub mod cluster;
pub mod contamination;
pub mod detect;
pub mod english;
mod exceptions;
pub mod key;
pub mod lattice;
pub mod names;
pub mod phrase;
pub mod rank;
pub mod refs;
pub mod search;
pub mod text;

pub use cluster::{cluster_names, NameCluster};
pub use detect::{detect, Detection};
pub use exceptions::parse_exceptions;
pub use key::key;
pub use phrase::{
    acronym, Analysis, Basis, Confidence, Kind, Level, Reconstruction, Reverser, WordConfidence, WordReport,
};
pub use refs::{reference_spans, RefSpan};

use unicode_normalization::UnicodeNormalization;

/// The longest word, in characters, that the engine reads as a word. The longest Russian word
/// forms in dictionaries have about 35 letters (`превысокомногорассмотрительствующий`, 45 Latin
/// letters in ALA-LC); anything longer is no word (a run of letters, a hash, a line of one
/// letter) and is left as written ([`Kind::TooLong`]): the search of a word costs far more than
/// its length, and this bound keeps every command linear in its input.
pub const MAX_WORD_LETTERS: usize = 64;

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
    /// What the lexicon knows about `word` (case of its spellings, user list), when it keeps
    /// that; [`is_proper`](WordCheck::is_proper) and [`is_name_only`](WordCheck::is_name_only)
    /// are answered from it. Dictionaries that keep no case answer `None`.
    fn word_info(&self, _word: &str) -> Option<steppe_lexicon::WordInfo> {
        None
    }
    /// How common the word form `word` is (Zipf: log10 of occurrences per billion words), when
    /// known: the prior that settles readings which are all words (`versii`: версии, not версий).
    /// By default the embedded table of Russian word forms (`steppe_lexicon::Frequencies`).
    fn zipf(&self, word: &str) -> Option<f32> {
        steppe_lexicon::Frequencies::embedded().zipf(word)
    }
    /// Whether some spelling of the word form `word` is capitalised: a proper noun (`путин`,
    /// `казахстан`, or a name from a user's `--lexicon` list written with its capital, `Жамбыл`),
    /// so that `Putin` reads as a name of either language and `Kazakhstani` as an English form of
    /// one.
    fn is_proper(&self, word: &str) -> bool {
        self.word_info(word).is_some_and(|i| i.is_proper())
    }
    /// Whether every spelling of `word` is capitalised: a name and no common word (`анд`, not
    /// `рига`, which is also a common noun), so that a lower-case English word reading only as
    /// a name (`and`) stays English.
    fn is_name_only(&self, word: &str) -> bool {
        self.word_info(word)
            .is_some_and(|i| i.is_proper() && !i.is_common())
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

    /// A word list has no frequencies: its words are ranked by the channel and letter model only.
    fn zipf(&self, _word: &str) -> Option<f32> {
        None
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

    fn word_info(&self, word: &str) -> Option<steppe_lexicon::WordInfo> {
        self.info(word)
    }
}

/// A position in every member of a lexicon set: the first member (the embedded lexicon) inline,
/// the user lists, if any, boxed.
#[derive(Clone)]
pub struct SetPosition<'c> {
    first: Option<steppe_lexicon::Cursor<'c>>,
    rest: Option<Box<[Option<steppe_lexicon::Cursor<'c>>]>>,
}

impl WordCheck for steppe_lexicon::LexiconSet {
    type Cursor<'c> = SetPosition<'c>;

    fn cursor(&self) -> SetPosition<'_> {
        let members = self.members();
        let rest: Option<Box<[_]>> =
            (members.len() > 1).then(|| members[1..].iter().map(|l| Some(l.cursor())).collect());
        SetPosition {
            first: members.first().map(|l| l.cursor()),
            rest,
        }
    }

    fn advance<'c>(&'c self, cursor: &SetPosition<'c>, s: &str) -> Option<SetPosition<'c>> {
        let first = cursor.first.and_then(|c| c.push_str(s));
        let rest: Option<Box<[_]>> = cursor
            .rest
            .as_ref()
            .map(|r| r.iter().map(|c| c.and_then(|c| c.push_str(s))).collect());
        let any_rest = rest.as_ref().is_some_and(|r| r.iter().any(Option::is_some));
        (first.is_some() || any_rest).then_some(SetPosition { first, rest })
    }

    fn is_word<'c>(&'c self, cursor: &SetPosition<'c>) -> bool {
        cursor.first.is_some_and(|c| c.is_word())
            || cursor
                .rest
                .as_ref()
                .is_some_and(|r| r.iter().flatten().any(|c| c.is_word()))
    }

    fn word_info(&self, word: &str) -> Option<steppe_lexicon::WordInfo> {
        self.info(word)
    }
}

/// The rows of a data file: lines that are neither blank nor `#` comments.
pub(crate) fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Whether `s` has a Cyrillic letter.
pub(crate) fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// A word folded for the lattice: one entry per folded character, with whether it was upper case.
pub(crate) fn fold_word(word: &str) -> Vec<char> {
    fold_word_cased(word).into_iter().map(|(c, _)| c).collect()
}

/// Like [`fold_word`], keeping the case of each character for restoring it in Cyrillic.
pub(crate) fn fold_word_cased(word: &str) -> Vec<(char, bool)> {
    let mut out: Vec<(char, bool)> = Vec::with_capacity(word.len());
    // NFC only when there is something to compose (ASCII never has).
    let composed: Box<dyn Iterator<Item = char>> = if word.is_ascii() {
        Box::new(word.chars())
    } else {
        Box::new(word.nfc())
    };
    for c in composed {
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

/// A `HashMap` with rustc's FxHash (crate `rustc-hash`), fast on the short keys of the lattice and
/// the word cache; no protection against crafted collisions is needed for these keys.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

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
