//! Building a lexicon from word forms: keys, their [`WordInfo`](crate::WordInfo) bits, the FST.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::fold::{key, Casing};
use crate::lexicon::{Lexicon, SPELLED};

/// Collects word forms, then writes them as an FST map (the format [`Lexicon::from_bytes`] reads).
///
/// Each form is stored under its lowercase, ё-folded key (one byte per Russian letter, see
/// [`lowercase`](crate::lowercase) and the crate README); a form written with ё is stored under its
/// lowercase ё spelling too. The value of a key records the case patterns of the spellings behind it
/// and whether the key itself is a spelling (see [`WordInfo`](crate::WordInfo)).
///
/// ```
/// use steppe_lexicon::LexiconBuilder;
///
/// let mut b = LexiconBuilder::new();
/// b.add("Ведёт");
/// let lex = b.build();
/// assert!(lex.contains("ведет") && lex.contains("ВЕДЁТ"));
/// assert!(lex.spelled("ведёт") && !lex.spelled("ведет"));
/// ```
#[derive(Debug, Default, Clone)]
pub struct LexiconBuilder {
    entries: HashMap<Vec<u8>, u64>,
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Adds one word form as written (its case pattern is recorded); empty words are ignored.
    pub fn add(&mut self, word: &str) {
        self.add_with(word, 0);
    }

    /// Adds `word` with extra value bits (the user-list bit).
    pub(crate) fn add_with(&mut self, word: &str, extra: u64) {
        if word.is_empty() {
            return;
        }
        let bits = Casing::of(word).bit() | extra;
        let spelled = key(word, false);
        if word.contains(['ё', 'Ё']) {
            *self.entries.entry(key(word, true)).or_default() |= bits;
        }
        *self.entries.entry(spelled).or_default() |= bits | SPELLED;
    }

    /// How many distinct keys have been collected so far.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing has been added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The FST bytes, keys in byte order (deterministic for the same set of words).
    pub fn to_bytes(self) -> Vec<u8> {
        let mut entries: Vec<(Vec<u8>, u64)> = self.entries.into_iter().collect();
        entries.sort_unstable();
        let mut builder = fst::MapBuilder::memory();
        for (k, v) in entries {
            // Keys are sorted and distinct, and memory writes cannot fail.
            builder.insert(k, v).expect("sorted distinct keys");
        }
        builder.into_inner().expect("in-memory FST")
    }

    /// The finished lexicon.
    pub fn build(self) -> Lexicon {
        Lexicon::from_bytes(Cow::Owned(self.to_bytes())).expect("bytes just built are a valid FST")
    }
}
