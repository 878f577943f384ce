//! [`LexiconSet`]: the embedded dictionary plus user word lists, checked as one.

use crate::fold::Casing;
use crate::lexicon::{Cursor, Lexicon, WordInfo};

/// Several lexicons checked together: a word is known if any member knows it.
///
/// This is how `--lexicon PATH` lists join the embedded dictionary without rebuilding it (a merge
/// into one FST would take seconds; a set costs one extra lookup per user list).
///
/// ```
/// use steppe_lexicon::{Lexicon, LexiconSet};
///
/// let names = Lexicon::from_words(["Лаумулин"]);
/// let set = LexiconSet::embedded().with(names);
/// assert!(set.contains("Лаумулин") && set.contains("президента"));
/// assert!(set.info("лаумулин").unwrap().is_user());
/// ```
#[derive(Debug, Clone, Default)]
pub struct LexiconSet {
    members: Vec<Lexicon>,
}

impl LexiconSet {
    /// An empty set (knows no word).
    pub fn new() -> LexiconSet {
        LexiconSet::default()
    }

    /// A set holding the embedded dictionary (shared, not copied).
    pub fn embedded() -> LexiconSet {
        LexiconSet {
            members: vec![Lexicon::embedded().clone()],
        }
    }

    /// This set with one more lexicon.
    pub fn with(mut self, lexicon: Lexicon) -> LexiconSet {
        self.members.push(lexicon);
        self
    }

    /// Adds a lexicon.
    pub fn push(&mut self, lexicon: Lexicon) {
        self.members.push(lexicon);
    }

    /// The member lexicons, in the order added.
    pub fn members(&self) -> &[Lexicon] {
        &self.members
    }

    /// Whether any member holds `word` (case and ё/е ignored).
    pub fn contains(&self, word: &str) -> bool {
        self.members.iter().any(|l| l.contains(word))
    }

    /// What the members know about `word`, merged; `None` if none holds it.
    pub fn info(&self, word: &str) -> Option<WordInfo> {
        self.members
            .iter()
            .filter_map(|l| l.info(word))
            .reduce(WordInfo::union)
    }

    /// Whether `word` is known and written in an accepted case pattern (see [`Lexicon::check`]).
    pub fn check(&self, word: &str) -> bool {
        self.info(word).is_some_and(|i| i.accepts(Casing::of(word)))
    }

    /// Whether any member has a word starting with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.members.iter().any(|l| l.has_prefix(prefix))
    }

    /// A cursor over all members at the empty prefix.
    pub fn cursor(&self) -> SetCursor<'_> {
        SetCursor {
            cursors: self.members.iter().map(|l| Some(l.cursor())).collect(),
        }
    }
}

/// A position in every member of a [`LexiconSet`] at once (see [`Cursor`]).
#[derive(Debug, Clone)]
pub struct SetCursor<'a> {
    cursors: Vec<Option<Cursor<'a>>>,
}

impl<'a> SetCursor<'a> {
    /// The cursor after one more letter, or `None` if no member has a word continuing so.
    pub fn push(&self, c: char) -> Option<SetCursor<'a>> {
        let cursors: Vec<_> = self
            .cursors
            .iter()
            .map(|cur| cur.and_then(|cur| cur.push(c)))
            .collect();
        cursors
            .iter()
            .any(Option::is_some)
            .then_some(SetCursor { cursors })
    }

    /// The cursor after all letters of `s`, or `None`.
    pub fn push_str(&self, s: &str) -> Option<SetCursor<'a>> {
        s.chars().try_fold(self.clone(), |cur, ch| cur.push(ch))
    }

    /// Whether the letters pushed so far form a word of some member.
    pub fn is_word(&self) -> bool {
        self.cursors.iter().flatten().any(Cursor::is_word)
    }

    /// The merged [`WordInfo`] of the members where the letters form a word.
    pub fn info(&self) -> Option<WordInfo> {
        self.cursors
            .iter()
            .flatten()
            .filter_map(Cursor::info)
            .reduce(WordInfo::union)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_checked_together() {
        let set = LexiconSet::new()
            .with(Lexicon::from_words(["стратегия"]))
            .with(Lexicon::from_words(["Штоль", "штоль"]));
        assert!(set.contains("СТРАТЕГИЯ") && set.contains("штоль") && !set.contains("Лаумулин"));
        assert!(set.check("Штоль") && set.check("штоль"));
        assert!(set.has_prefix("шт") && !set.has_prefix("щ"));
        let cur = set.cursor().push_str("шт").unwrap();
        assert!(!cur.is_word() && cur.push_str("оль").unwrap().is_word());
        assert!(cur.push('x').is_none());
        assert!(LexiconSet::new().cursor().push('а').is_none() && !LexiconSet::new().contains("а"));
    }
}
