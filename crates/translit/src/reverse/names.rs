//! Names that no lexicon has: `Laumulin` → Лаумулин, `Djemal` → Джемаль, `Shtol` → Штоль.
//!
//! Without a lexicon the search is ordered by the Russian letter model, and the readings it finds
//! are re-ranked with the endings of Russian and Central Asian surnames (`data/reverse/names.tsv`:
//! ‑ов, ‑ев, ‑ин, ‑ский, ‑енко...). The same figures say how much a word looks like romanised
//! Russian at all, against the English letter model: `Aybet` or `Goldgeier` should stay Latin.

use super::data_lines;
use super::lattice::Lattice;
use super::rank::NGram;
use super::search::{search, style_conflicts, Candidate, Mode};
use super::WordList;

const SUFFIXES: &str = include_str!("../../data/reverse/names.tsv");

/// Weight of the letter-model log-probability against reading costs when ranking name readings.
const LOGP_WEIGHT: f32 = 0.25;
/// Cost of each Latin chunk read: fewer, longer chunks (`sh` = ш, not с + х) are likelier.
const CHUNK: f32 = 0.6;
/// Cost of each letter read otherwise than the style the word shows elsewhere reads it
/// (`Nasarbajew`: German `je`, so `s` between vowels is з).
const STYLE_CONFLICT: f32 = 0.8;
/// Extra cost of a soft sign the Latin does not show, in a name (the letter model likes `-ись`).
const INSERTED: f32 = 1.0;

/// The reading of a name and how much it looks like romanised Russian.
#[derive(Clone, Debug)]
pub struct NameReading {
    /// The best reading.
    pub cand: Candidate,
    /// The other readings considered, best first.
    pub others: Vec<Candidate>,
    /// Mean per-letter log-probability of the Latin under the model of romanised Russian, minus
    /// that under the English model, plus the surname-ending bonus per letter: above 0 the word
    /// looks more like romanised Russian than like English.
    pub nameness: f32,
    /// The surname ending found, if any.
    pub ending: Option<&'static str>,
}

/// Surname endings and the name search.
pub struct Names {
    suffixes: Vec<(&'static str, f32)>,
}

impl Names {
    /// The embedded ending table.
    pub fn embedded() -> Names {
        let mut suffixes: Vec<(&'static str, f32)> = data_lines(SUFFIXES)
            .map(|l| {
                let (end, bonus) = l.split_once('\t').expect("names.tsv: ending<TAB>bonus");
                (end, bonus.trim().parse().expect("names.tsv: bonus is a number"))
            })
            .collect();
        // Longest ending first, so `ович` wins over `ич`.
        suffixes.sort_by_key(|(e, _)| std::cmp::Reverse(e.chars().count()));
        Names { suffixes }
    }

    /// The surname ending of `cyr` with the highest bonus (the longest among equals), so that a
    /// rarer long ending (`баев`) never gives less than the short one it contains (`аев`).
    pub fn ending(&self, cyr: &str) -> Option<(&'static str, f32)> {
        self.suffixes
            .iter()
            .filter(|(e, _)| cyr.ends_with(e) && cyr.chars().count() > e.chars().count() + 1)
            .fold(None, |best: Option<(&'static str, f32)>, &(e, b)| match best {
                Some((_, top)) if top >= b => best,
                _ => Some((e, b)),
            })
    }

    /// Reads `word` (folded Latin) as a name; `None` when it has no reading at all.
    pub fn read(
        &self,
        lattice: &Lattice,
        ru: &NGram,
        models: (&NGram, &NGram),
        word: &[char],
        mode: Mode,
    ) -> Option<NameReading> {
        let mut cands = search::<WordList>(lattice, ru, word, mode, None, 32);
        let rank = |c: &Candidate| {
            c.cost
                + INSERTED * f32::from(c.inserted)
                + CHUNK * c.path.len() as f32
                + STYLE_CONFLICT * style_conflicts(lattice, word, c) as f32
                - LOGP_WEIGHT * c.logp
                - self.ending(&c.cyr).map_or(0.0, |(_, b)| b)
        };
        cands.sort_by(|a, b| rank(a).total_cmp(&rank(b)).then_with(|| a.cyr.cmp(&b.cyr)));
        let mut cands = cands.into_iter();
        let best = cands.next()?;
        let ending = self.ending(&best.cyr);
        let (romanised, english) = models;
        let latin: String = word.iter().filter(|c| c.is_ascii_alphabetic()).collect();
        let letters = latin.len() as f32 + 1.0;
        let looks =
            romanised.mean_log_prob(&latin).unwrap_or(-10.0) - english.mean_log_prob(&latin).unwrap_or(-10.0);
        let nameness = looks + 2.0 * ending.map_or(0.0, |(_, b)| b) / letters;
        Some(NameReading {
            cand: best,
            others: cands.collect(),
            nameness,
            ending: ending.map(|e| e.0),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::fold_word;
    use super::super::lattice::{ANY, FRENCH, GERMAN};
    use super::*;

    fn read(word: &str) -> NameReading {
        let (lattice, ru, rl, en) = (
            Lattice::embedded(),
            NGram::russian(),
            NGram::romanised(),
            NGram::english(),
        );
        let mode = Mode {
            schemes: ANY | FRENCH | GERMAN,
            contamination: false,
        };
        Names::embedded()
            .read(&lattice, &ru, (&rl, &en), &fold_word(word), mode)
            .unwrap()
    }

    #[test]
    fn surnames_take_their_russian_endings() {
        assert_eq!(read("Ivanov").cand.cyr, "иванов");
        assert_eq!(read("Petrenko").cand.cyr, "петренко");
        assert_eq!(read("Zhukovskiy").cand.cyr, "жуковский");
        assert_eq!(read("Ivanov").ending, Some("ов"));
        // A long ending never gives less than the short one inside it (баев, аев).
        let names = Names::embedded();
        assert!(names.ending("кульбаев").unwrap().1 >= names.ending("кульчаев").unwrap().1);
        assert_eq!(read("Wassiljew").cand.cyr, "васильев");
        assert!(read("Chruschtschow").cand.cyr.starts_with("хрущ"));
        // A German spelling reads s between vowels as з; without German marks, s stays с.
        assert_eq!(read("Nasarbajew").cand.cyr, "назарбаев");
        assert_eq!(read("Isaev").cand.cyr, "исаев");
    }

    #[test]
    fn romanised_names_look_russian_and_english_names_do_not() {
        assert!(read("Khrushchev").nameness > 0.0);
        assert!(read("Weatherford").nameness < 0.0);
    }
}
