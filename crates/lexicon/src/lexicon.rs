//! The [`Lexicon`]: an FST map from word keys to [`WordInfo`] bits, with whole-word and prefix
//! lookups and a [`Cursor`] that walks it one letter at a time.

use std::borrow::Cow;
use std::sync::OnceLock;

use fst::raw::{Node, Output};

use crate::error::Error;
use crate::fold::{key_bytes, Casing};

/// Value bit: a dictionary spelling behind this key is all lowercase.
pub(crate) const LOWER: u64 = 1;
/// Value bit: a spelling is capitalized (a proper noun: Афганистане).
pub(crate) const CAPITALIZED: u64 = 2;
/// Value bit: a spelling is all uppercase (an acronym: НАТО).
pub(crate) const UPPER: u64 = 4;
/// Value bit: a spelling has mixed case (МИДе).
pub(crate) const MIXED: u64 = 8;
/// Value bit: the key itself (lowercase, ё kept) is a spelling, not only the ё-folding of one.
pub(crate) const SPELLED: u64 = 16;
/// Value bit: the word comes from a user word list.
pub(crate) const USER: u64 = 32;

/// The bytes of the embedded Russian lexicon (see the crate README for how they are made).
static EMBEDDED_BYTES: &[u8] = include_bytes!("../data/ru.fst");

/// What the lexicon knows about a word besides its existence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordInfo(u64);

impl WordInfo {
    /// Some spelling is all lowercase: a common word (`президента`).
    pub fn is_common(self) -> bool {
        self.0 & LOWER != 0
    }

    /// Some spelling is capitalized: a proper noun form (`Афганистане`).
    pub fn is_proper(self) -> bool {
        self.0 & CAPITALIZED != 0
    }

    /// Some spelling is all uppercase or mixed: an acronym or its inflected form (`НАТО`, `МИДе`).
    pub fn is_acronym(self) -> bool {
        self.0 & (UPPER | MIXED) != 0
    }

    /// The word comes from a user word list rather than the dictionary.
    pub fn is_user(self) -> bool {
        self.0 & USER != 0
    }

    /// What two entries for the same word know together (a word in two lexicons of a set).
    pub fn union(self, other: WordInfo) -> WordInfo {
        WordInfo(self.0 | other.0)
    }

    /// Whether a word written with case pattern `casing` is correct for these spellings, by
    /// hunspell's rules: a lowercase entry accepts lowercase, capitalized and all-caps writing; a
    /// capitalized one only capitalized and all-caps; an acronym only all-caps (or mixed, for mixed
    /// entries, whose exact pattern is not stored).
    pub fn accepts(self, casing: Casing) -> bool {
        let needed = match casing {
            Casing::Lower => LOWER,
            Casing::Capitalized => LOWER | CAPITALIZED,
            Casing::Upper => LOWER | CAPITALIZED | UPPER | MIXED,
            Casing::Mixed => MIXED,
        };
        self.0 & needed != 0
    }
}

/// A set of Russian word forms, looked up case-insensitively and with ё = е.
///
/// Build one from the embedded dictionary ([`Lexicon::embedded`]), from saved bytes
/// ([`Lexicon::from_bytes`]), or from a list of words ([`Lexicon::from_words`],
/// [`Lexicon::read_word_list`]). Lookups never allocate.
#[derive(Clone)]
pub struct Lexicon {
    map: fst::Map<Cow<'static, [u8]>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("keys", &self.len()).finish()
    }
}

impl Lexicon {
    /// The embedded Russian lexicon (hunspell-ru, fully expanded), loaded on first use.
    ///
    /// Loading reads only the FST header of bytes already in the binary, so it is instant.
    pub fn embedded() -> &'static Lexicon {
        static EMBEDDED: OnceLock<Lexicon> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            Lexicon::from_bytes(Cow::Borrowed(EMBEDDED_BYTES)).expect("embedded lexicon is a valid FST")
        })
    }

    /// A lexicon from FST bytes written by [`LexiconBuilder`](crate::LexiconBuilder) (or the
    /// `build-lexicon` command); borrowed `'static` bytes are used in place, without copying.
    pub fn from_bytes(bytes: impl Into<Cow<'static, [u8]>>) -> Result<Lexicon, Error> {
        let map = fst::Map::new(bytes.into()).map_err(|source| Error::Format { source })?;
        Ok(Lexicon { map })
    }

    /// The FST bytes of this lexicon (to save it and load it again with [`Lexicon::from_bytes`]).
    pub fn as_bytes(&self) -> &[u8] {
        self.map.as_fst().as_bytes()
    }

    /// How many keys are stored (folded forms plus ё spellings).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the lexicon holds no word.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Whether `word` is a word form, ignoring case and ё/е (`Отсутствует`, `ВЕДЁТ`, `ведет`).
    pub fn contains(&self, word: &str) -> bool {
        self.info(word).is_some()
    }

    /// What is known about `word`, ignoring case and ё/е; `None` if it is not a word form.
    pub fn info(&self, word: &str) -> Option<WordInfo> {
        self.lookup(word, true).map(WordInfo)
    }

    /// The value of `word`'s key (ё folded when `fold_yo`). A plain loop rather than a
    /// [`Cursor`] fold: it keeps the node in registers and measured twice as fast.
    #[inline]
    fn lookup(&self, word: &str, fold_yo: bool) -> Option<u64> {
        let fst = self.map.as_fst();
        let mut node = fst.root();
        let mut out = Output::zero();
        let mut buf = [0u8; 4];
        for c in word.chars() {
            for &b in key_bytes(c, fold_yo, &mut buf) {
                let t = node.transition(node.find_input(b)?);
                out = out.cat(t.out);
                node = fst.node(t.addr);
            }
        }
        node.is_final().then(|| out.cat(node.final_output()).value())
    }

    /// Whether `word` is a word form written in an accepted case pattern, as hunspell checks it:
    /// `Афганистане` and `АФГАНИСТАНЕ` pass, `афганистане` does not; ё/е are still equal.
    pub fn check(&self, word: &str) -> bool {
        self.info(word).is_some_and(|i| i.accepts(Casing::of(word)))
    }

    /// Whether `word`, lowercased but with its ё/е as written, is itself a dictionary spelling:
    /// true for `ещё`, and for `еще` only if the dictionary also spells it without ё.
    pub fn spelled(&self, word: &str) -> bool {
        self.lookup(word, false).is_some_and(|v| v & SPELLED != 0)
    }

    /// Whether some word form starts with `prefix` (case and ё/е ignored); `""` is a prefix of
    /// every word of a non-empty lexicon. Use it to prune a search early.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        if self.is_empty() {
            return false;
        }
        let fst = self.map.as_fst();
        let mut node = fst.root();
        let mut buf = [0u8; 4];
        for c in prefix.chars() {
            for &b in key_bytes(c, true, &mut buf) {
                let Some(i) = node.find_input(b) else { return false };
                node = fst.node(node.transition_addr(i));
            }
        }
        true
    }

    /// A cursor at the empty prefix, to extend letter by letter.
    pub fn cursor(&self) -> Cursor<'_> {
        let fst = self.map.as_fst();
        Cursor {
            fst,
            node: fst.root(),
            out: Output::zero(),
        }
    }
}

/// A position in a [`Lexicon`]: a prefix of at least one word form.
///
/// A search that builds candidate spellings one letter at a time keeps a cursor per candidate and
/// drops the candidate as soon as [`Cursor::push`] returns `None`. Cursors are `Copy`, so branching
/// costs nothing.
///
/// ```
/// use steppe_lexicon::Lexicon;
///
/// let lex = Lexicon::from_words(["Центральная", "центр"]);
/// let c = lex.cursor().push_str("цент").unwrap();
/// assert!(!c.is_word());
/// assert!(c.push('р').unwrap().is_word());
/// assert!(c.push('ъ').is_none());
/// ```
#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    fst: &'a fst::raw::Fst<Cow<'static, [u8]>>,
    node: Node<'a>,
    out: Output,
}

impl<'a> Cursor<'a> {
    /// The cursor after one more letter (case and ё/е folded), or `None` if no word continues so.
    #[inline]
    pub fn push(&self, c: char) -> Option<Cursor<'a>> {
        let mut buf = [0u8; 4];
        let mut next = *self;
        for &b in key_bytes(c, true, &mut buf) {
            let t = next.node.transition(next.node.find_input(b)?);
            next.out = next.out.cat(t.out);
            next.node = next.fst.node(t.addr);
        }
        Some(next)
    }

    /// The cursor after all letters of `s`, or `None`.
    pub fn push_str(&self, s: &str) -> Option<Cursor<'a>> {
        let mut cur = *self;
        for c in s.chars() {
            cur = cur.push(c)?;
        }
        Some(cur)
    }

    /// Whether the letters pushed so far form a whole word.
    pub fn is_word(&self) -> bool {
        self.node.is_final()
    }

    /// The word's [`WordInfo`] if the letters pushed so far form a whole word.
    pub fn info(&self) -> Option<WordInfo> {
        self.is_word()
            .then(|| WordInfo(self.out.cat(self.node.final_output()).value()))
    }
}

impl std::fmt::Debug for Cursor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cursor")
            .field("node", &self.node.addr())
            .field("word", &self.is_word())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Lexicon {
        Lexicon::from_words(["президента", "Афганистане", "НАТО", "МИДе", "ещё", "еще", "ведёт"])
    }

    #[test]
    fn lookups_ignore_case_and_yo() {
        let lex = sample();
        for w in [
            "Президента",
            "ПРЕЗИДЕНТА",
            "афганистане",
            "нато",
            "ведет",
            "ВЕДЁТ",
        ] {
            assert!(lex.contains(w), "{w}");
        }
        assert!(!lex.contains("президент") && !lex.contains("президентаа") && !lex.contains(""));
    }

    #[test]
    fn check_follows_hunspell_case_rules() {
        let lex = sample();
        assert!(lex.check("президента") && lex.check("Президента") && lex.check("ПРЕЗИДЕНТА"));
        assert!(lex.check("Афганистане") && lex.check("АФГАНИСТАНЕ") && !lex.check("афганистане"));
        assert!(lex.check("НАТО") && !lex.check("Нато") && !lex.check("нато"));
        assert!(lex.check("МИДе") && !lex.check("миде"));
    }

    #[test]
    fn spelled_keeps_yo_apart() {
        let lex = sample();
        assert!(lex.spelled("ведёт") && !lex.spelled("ведет"));
        assert!(lex.spelled("ещё") && lex.spelled("еще"));
        assert!(!lex.spelled("ведё"));
    }

    #[test]
    fn prefixes_and_info() {
        let lex = sample();
        assert!(lex.has_prefix("ПРЕЗ") && lex.has_prefix("") && !lex.has_prefix("презж"));
        let info = lex.info("Афганистане").unwrap();
        assert!(info.is_proper() && !info.is_common() && info.is_user());
        assert!(lex.info("миде").unwrap().is_acronym());
    }

    #[test]
    fn bytes_round_trip_and_garbage_is_an_error() {
        let lex = sample();
        let again = Lexicon::from_bytes(lex.as_bytes().to_vec()).unwrap();
        assert_eq!(again.len(), lex.len());
        assert!(again.contains("президента"));
        let err = Lexicon::from_bytes(&b"not an fst"[..]).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Format);
    }
}
