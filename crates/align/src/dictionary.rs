//! Dictionary anchors: phrase pairs a user or a termbase knows to translate each other (`NATO` ~
//! `НАТО`, `Collective Security Treaty Organization` ~ `Организация Договора о коллективной
//! безопасности`). A phrase found in a source sentence and its equivalent in a target sentence are
//! one anchor, like a number both share.
//!
//! Phrases match word by word after case folding, each word on its stem: a word of more than five
//! letters may end in up to two other letters (`Организации` for `Организация`, `договоре` for
//! `договора`), so inflected forms are found without a morphology.

use std::collections::HashMap;

/// Letters a word may differ in at its end and still match (an inflection ending).
const ENDING: usize = 2;
/// Words this long or shorter match whole.
const WHOLE: usize = 5;

/// Phrase pairs used as anchors: source phrase ~ target phrase.
///
/// ```
/// use steppe_align::Dictionary;
///
/// let dict = Dictionary::parse_hunalign("НАТО @ NATO\nкоррупция @ corruption\n");
/// assert_eq!(dict.len(), 2);
/// let flipped = dict.reversed();
/// assert_eq!(flipped.len(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    /// (source words, target words), each folded and stemmed.
    entries: Vec<Entry>,
}

/// A pair's source and target words, folded and stemmed.
type Entry = (Vec<String>, Vec<String>);

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Self {
        Dictionary::default()
    }

    /// Reads hunalign's format: `target phrase @ source phrase` a line; lines without ` @ ` or
    /// with an empty side are skipped.
    pub fn parse_hunalign(text: &str) -> Self {
        let mut dict = Dictionary::new();
        for line in text.lines() {
            if let Some((target, source)) = line.split_once(" @ ") {
                dict.push(source, target);
            }
        }
        dict
    }

    /// Adds a pair; a side without a word is ignored.
    pub fn push(&mut self, source: &str, target: &str) {
        let (s, t) = (stems(source), stems(target));
        if !s.is_empty() && !t.is_empty() {
            self.entries.push((s, t));
        }
    }

    /// Adds every pair of another dictionary.
    pub fn extend(&mut self, other: Dictionary) {
        self.entries.extend(other.entries);
    }

    /// The same pairs with the sides swapped (for aligning the other way round).
    pub fn reversed(&self) -> Dictionary {
        Dictionary {
            entries: self.entries.iter().map(|(s, t)| (t.clone(), s.clone())).collect(),
        }
    }

    /// How many pairs it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds no pair.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// For each sentence of each side, the entries (their indices) found in it.
    pub(crate) fn find(&self, source: &[&str], target: &[&str]) -> (Vec<Vec<u32>>, Vec<Vec<u32>>) {
        let side = |texts: &[&str], pick: fn(&Entry) -> &Vec<String>| {
            let mut by_first: HashMap<&str, Vec<u32>> = HashMap::new();
            for (i, e) in self.entries.iter().enumerate() {
                by_first.entry(pick(e)[0].as_str()).or_default().push(i as u32);
            }
            texts
                .iter()
                .map(|t| {
                    let words = fold_words(t);
                    let mut found = Vec::new();
                    for start in 0..words.len() {
                        for stem in prefixes(&words[start]) {
                            for &i in by_first.get(stem).into_iter().flatten() {
                                let phrase = pick(&self.entries[i as usize]);
                                if matches_at(&words[start..], phrase) {
                                    found.push(i);
                                }
                            }
                        }
                    }
                    found
                })
                .collect()
        };
        (side(source, |e| &e.0), side(target, |e| &e.1))
    }
}

/// The words of a text, lowercased (letters and digits; anything else separates).
fn fold_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The stems of a phrase's words.
fn stems(phrase: &str) -> Vec<String> {
    fold_words(phrase).iter().map(|w| stem(w).to_owned()).collect()
}

/// A word without the last [`ENDING`] letters when it is longer than [`WHOLE`] letters.
fn stem(word: &str) -> &str {
    let n = word.chars().count();
    if n <= WHOLE {
        return word;
    }
    let keep = (n - ENDING).max(WHOLE);
    let end = word.char_indices().nth(keep).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// The prefixes of a word that a stem may equal: the word itself, and when it is longer than
/// [`WHOLE`], the word less one to [`ENDING`] + ... letters down to the stem length bound.
fn prefixes(word: &str) -> impl Iterator<Item = &str> {
    let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
    let n = bounds.len() + 1;
    let mut out = vec![word];
    if n > WHOLE {
        // A stem keeps n − ENDING letters or more, at least WHOLE: strip 1..=ENDING + 1 letters
        // (a stem of a longer dictionary word may have lost more than this word's ending).
        for cut in 1..=ENDING * 2 {
            if n - cut < WHOLE {
                break;
            }
            out.push(&word[..bounds[n - cut - 1]]);
        }
    }
    out.into_iter()
}

/// Whether the phrase's stems match the words from the start of `words`.
fn matches_at(words: &[String], phrase: &[String]) -> bool {
    phrase.len() <= words.len()
        && phrase.iter().zip(words).all(|(stem, word)| {
            word.starts_with(stem.as_str()) && word.chars().count() <= stem.chars().count() + ENDING * 2
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_forms_match_inflected_and_short_forms_whole() {
        let mut dict = Dictionary::new();
        dict.push(
            "Collective Security Treaty Organization",
            "Организация Договора о коллективной безопасности",
        );
        dict.push("CSTO", "ОДКБ");
        dict.push("NATO", "НАТО");
        let (s, t) = dict.find(
            &[
                "The Collective Security Treaty Organization met.",
                "NATO's summit.",
                "Natural gas.",
            ],
            &[
                "Члены Организации Договора о коллективной безопасности (ОДКБ) встретились.",
                "Саммит НАТО.",
            ],
        );
        assert_eq!(s, [vec![0], vec![2], vec![]]);
        assert_eq!(t, [vec![0, 1], vec![2]]);
    }

    #[test]
    fn hunalign_lines_are_target_at_source() {
        let dict = Dictionary::parse_hunalign("НАТО @ NATO\nbroken line\n @ x\n");
        assert_eq!(dict.len(), 1);
        let (s, t) = dict.find(&["NATO."], &["НАТО."]);
        assert_eq!((s, t), (vec![vec![0]], vec![vec![0]]));
    }
}
