//! Names that no lexicon has: `Laumulin` → Лаумулин, `Djemal` → Джемаль, `Shtol` → Штоль.
//!
//! Without a lexicon the search is ordered by the Russian letter model, and the readings it finds
//! are re-ranked with the elements of Russian and Central Asian names (`data/reverse/names.tsv`):
//! surname endings (‑ов, ‑ев, ‑ин, ‑ский, ‑енко...) and Kazakh name elements at either end (Нур‑,
//! Касым‑, ‑бек, ‑гуль, ‑жан), which also carry the Kazakh ы that the Russian letter model
//! dislikes (`Kasymov` → Касымов, not Касимов). The same figures say how much a word looks like
//! romanised Russian at all, against the English letter model: `Aybet` or `Goldgeier` should
//! stay Latin, `Nurlan` and `Aigul` should not.
//!
//! A reading that the German style gives only in names (`s` for з, `sch` for ж) needs another
//! German mark in the word (`Solschenizyn`: `z` for ц), so that `Sagintaev` stays Сагинтаев.

mod style;

use super::data_lines;
use super::lattice::Lattice;
use super::rank::NGram;
use super::search::{search, Candidate, Mode};
use super::WordList;
use style::{conflicts, StyleReadings};

const ELEMENTS: &str = include_str!("../../data/reverse/names.tsv");

/// Weight of the letter-model log-probability against reading costs when ranking name readings.
const LOGP_WEIGHT: f32 = 0.25;
/// Weight of reading costs: in a name the letter model knows less (`Kasymov`: a Russian word
/// rarely has сы, a Kazakh name often does), so the reading most schemes give counts for more.
const READING_WEIGHT: f32 = 2.0;
/// Cost of each Cyrillic letter read (signs the Latin does not show aside): fewer letters from
/// the same Latin (`sh` = ш, not с + х) are likelier. Counting letters, not Latin chunks, keeps a
/// scheme's two-letter context chunk (BGN `be` = бэ) from beating two plain letters (б + е).
const CHUNK: f32 = 0.6;
/// Cost of each letter read otherwise than the style the word shows elsewhere reads it
/// (`Nasarbajew`: German `je`, so `s` between vowels is з).
const STYLE_CONFLICT: f32 = 0.8;
/// Extra cost of a soft sign the Latin does not show, in a name (the letter model likes `-ись`).
const INSERTED: f32 = 1.0;
/// Cost of each reading that few schemes give (see [`style::RARE_SCHEMES`]).
const RARE_READING: f32 = 0.4;
/// What a soft sign the Latin does not show costs a name (`INSERTED` plus the search's own cost
/// of 1.0 at `READING_WEIGHT`): given back when the sign belongs to a name element (‑гуль), which
/// says that it is there (`Aigul` → Айгуль).
const ELEMENT_SIGN: f32 = INSERTED + READING_WEIGHT;
/// Weight of the element bonus per letter in how much a word looks like a name.
const NAMENESS_BONUS: f32 = 3.0;
/// Cost of each reading that the German style gives only in names (`s` for з) in a word with no
/// other German mark.
const LONE_NAME_STYLE: f32 = 1.5;

/// The reading of a name and how much it looks like romanised Russian.
#[derive(Clone, Debug)]
pub struct NameReading {
    /// The best reading.
    pub cand: Candidate,
    /// The other readings considered, best first.
    pub others: Vec<Candidate>,
    /// The ranking score of `cand` and of each of `others`, in order (lower is likelier): the
    /// margin between the first two says how sure the name's reading is.
    pub ranks: Vec<f32>,
    /// Mean per-letter log-probability of the Latin under the model of romanised Russian, minus
    /// that under the English model, plus the surname-ending bonus per letter: above 0 the word
    /// looks more like romanised Russian than like English.
    pub nameness: f32,
    /// The name ending found, if any.
    pub ending: Option<&'static str>,
    /// The name element found at the start, if any.
    pub start: Option<&'static str>,
}

/// Name elements and the name search.
pub struct Names {
    /// Endings with their bonus, longest first.
    suffixes: Vec<(&'static str, f32)>,
    /// Elements that start a name, longest first.
    prefixes: Vec<(&'static str, f32)>,
}

impl Names {
    /// The embedded element table.
    pub fn embedded() -> Names {
        let (mut suffixes, mut prefixes) = (Vec::new(), Vec::new());
        for line in data_lines(ELEMENTS) {
            let mut cols = line.split('\t');
            let (Some(element), Some(bonus)) = (cols.next(), cols.next()) else {
                panic!("names.tsv: element<TAB>bonus[<TAB>place], not {line:?}");
            };
            let bonus: f32 = bonus.trim().parse().expect("names.tsv: bonus is a number");
            match cols.next().map(str::trim) {
                None | Some("end") => suffixes.push((element, bonus)),
                Some("start") => prefixes.push((element, bonus)),
                Some(other) => panic!("names.tsv: unknown place {other:?}"),
            }
        }
        // Longest first, so `ович` wins over `ич` among equal bonuses.
        suffixes.sort_by_key(|(e, _)| std::cmp::Reverse(e.chars().count()));
        prefixes.sort_by_key(|(e, _)| std::cmp::Reverse(e.chars().count()));
        Names { suffixes, prefixes }
    }

    /// The ending of `cyr` with the highest bonus (the longest among equals), so that a rarer
    /// long ending (`баев`) never gives less than the short one it contains (`аев`).
    pub fn ending(&self, cyr: &str) -> Option<(&'static str, f32)> {
        best_element(&self.suffixes, cyr, |e| cyr.ends_with(e))
    }

    /// The name element that starts `cyr` with the highest bonus (`нур` in `нурлан`).
    pub fn start(&self, cyr: &str) -> Option<(&'static str, f32)> {
        best_element(&self.prefixes, cyr, |e| cyr.starts_with(e))
    }

    /// How many of the soft signs inserted in `c` its name elements account for.
    fn element_signs(&self, c: &Candidate) -> u8 {
        let signs = |e: Option<(&str, f32)>| e.map_or(0, |(e, _)| e.matches('ь').count());
        let in_elements = signs(self.ending(&c.cyr)) + signs(self.start(&c.cyr));
        c.inserted.min(u8::try_from(in_elements).unwrap_or(u8::MAX))
    }

    /// The bonus of the elements of `cyr`: its ending plus its start.
    fn bonus(&self, cyr: &str) -> f32 {
        self.ending(cyr).map_or(0.0, |(_, b)| b) + self.start(cyr).map_or(0.0, |(_, b)| b)
    }

    /// How likely `c` is as the reading of the name `word` (lower is likelier).
    fn rank(&self, lattice: &Lattice, word: &[char], c: &Candidate) -> f32 {
        let styled = StyleReadings::of(lattice, word, c);
        let letters = c.cyr.chars().count() - usize::from(c.inserted);
        READING_WEIGHT
            * (c.cost
                + STYLE_CONFLICT * conflicts(lattice, word, c) as f32
                + LONE_NAME_STYLE * styled.lone() as f32
                + RARE_READING * styled.rare as f32
                - styled.following())
            + INSERTED * f32::from(c.inserted)
            + CHUNK * letters as f32
            - LOGP_WEIGHT * c.logp
            - self.bonus(&c.cyr)
            - ELEMENT_SIGN * f32::from(self.element_signs(c))
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
        let mut ranked: Vec<(f32, Candidate)> = search::<WordList>(lattice, ru, word, mode, None, 32)
            .into_iter()
            .map(|c| (self.rank(lattice, word, &c), c))
            .collect();
        ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cyr.cmp(&b.1.cyr)));
        let ranks: Vec<f32> = ranked.iter().map(|(r, _)| *r).collect();
        let cands: Vec<Candidate> = ranked.into_iter().map(|(_, c)| c).collect();
        let mut cands = cands.into_iter();
        let best = cands.next()?;
        let ending = self.ending(&best.cyr);
        let (romanised, english) = models;
        let latin: String = word.iter().filter(|c| c.is_ascii_alphabetic()).collect();
        let letters = latin.len() as f32 + 1.0;
        let looks =
            romanised.mean_log_prob(&latin).unwrap_or(-10.0) - english.mean_log_prob(&latin).unwrap_or(-10.0);
        let nameness = looks + NAMENESS_BONUS * self.bonus(&best.cyr) / letters;
        Some(NameReading {
            start: self.start(&best.cyr).map(|e| e.0),
            cand: best,
            others: cands.collect(),
            ranks,
            nameness,
            ending: ending.map(|e| e.0),
        })
    }
}

/// The element of `table` that `fits` `cyr` with the highest bonus (the longest among equals),
/// leaving at least two letters of `cyr` outside it.
fn best_element(
    table: &[(&'static str, f32)],
    cyr: &str,
    fits: impl Fn(&str) -> bool,
) -> Option<(&'static str, f32)> {
    table
        .iter()
        .filter(|(e, _)| fits(e) && cyr.chars().count() > e.chars().count() + 1)
        .fold(None, |best: Option<(&'static str, f32)>, &(e, b)| match best {
            Some((_, top)) if top >= b => best,
            _ => Some((e, b)),
        })
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

    #[test]
    fn kazakh_name_elements_carry_their_letters() {
        // Касым-, Нур-, Ай-, -бек, -гуль: the ы, й and ь the Russian letter model would miss.
        assert_eq!(read("Kasymov").cand.cyr, "касымов");
        assert_eq!(read("Kasymbek").cand.cyr, "касымбек");
        assert_eq!(read("Nurlan").cand.cyr, "нурлан");
        assert_eq!(
            read("Aigul").cand.cyr,
            "айгуль",
            "the element's soft sign costs nothing"
        );
        assert_eq!(read("Gulzhan").cand.cyr, "гульжан");
        assert_eq!(read("Nurbol").cand.cyr, "нурбол", "-бол, not the -оль of Shtol");
        assert_eq!(read("Shtol").cand.cyr, "штоль");
        // Alone they look enough like names to convert (see `phrase`: above -0.4).
        for name in ["Nurlan", "Kasymbek", "Aigul"] {
            assert!(read(name).nameness > -0.4, "{name}: {}", read(name).nameness);
        }
        for english in ["Aybet", "Goldgeier", "Daalder", "Simmons"] {
            assert!(
                read(english).nameness < -0.4,
                "{english}: {}",
                read(english).nameness
            );
        }
    }

    #[test]
    fn national_styles_and_rare_readings_in_names() {
        // French `ou` = у; a soft sign the Latin does not show is not put in for the letter model.
        assert_eq!(read("Boulgakov").cand.cyr, "булгаков");
        assert_eq!(read("Bulgakov").cand.cyr, "булгаков");
        // German `sch` = ж and `z` = ц together; the initial `S` is с, which German writes `s`
        // too; Yandex's `sch` for щ is rare in names.
        assert_eq!(read("Solschenizyn").cand.cyr, "солженицын");
        assert_eq!(read("Nemzow").cand.cyr, "немцов");
        // A German reading for names only (`s` = з) needs another German mark in the word.
        assert_eq!(read("Sagintaev").cand.cyr, "сагинтаев");
        assert_eq!(read("Saule").cand.cyr, "сауле");
        // BGN's two-letter `be` = бэ is no likelier than б + е.
        assert_eq!(read("Bekzhan").cand.cyr, "бекжан");
    }

    #[test]
    fn element_table_rows_are_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for line in data_lines(ELEMENTS) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(matches!(cols.len(), 2 | 3), "{line:?}");
            assert!(
                cols[0].chars().all(|c| ('а'..='я').contains(&c) || c == 'ё'),
                "{line:?}"
            );
            assert!(cols[1].parse::<f32>().is_ok_and(|b| b > 0.0), "{line:?}");
            let place = cols.get(2).copied().unwrap_or("end");
            assert!(matches!(place, "end" | "start"), "{line:?}");
            assert!(seen.insert((cols[0], place)), "duplicate {line:?}");
        }
    }
}
