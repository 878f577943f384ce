//! English forms of Russian words and names in the lexicon: the derivations of Russian proper
//! nouns (`Kazakhstani`, `Chechens`) stay English, as do acronyms with English endings (`NGOs`,
//! found by `english::acronym_form`). Whether a reading is a name (`Putin`: Путин), which the span
//! decisions weigh apart from common words, is the lexicon's answer ([`WordCheck::is_proper`]), so
//! the names of a user's word list count as the dictionary's do.

use super::{tables, Reverser, BEAM};
use crate::reverse::contamination::second_pass;
use crate::reverse::english::{English, StemNeed};
use crate::reverse::search::search;
use crate::reverse::{fold_word, WordCheck};

impl<L: WordCheck> Reverser<'_, L> {
    /// The stem of `word` if it is an English derivation of a Russian noun (`Kazakhstani`:
    /// `Kazakhstan`), by the suffixes of `english-suffixes.tsv` and what each asks of its stem.
    pub(super) fn english_derivation(&self, word: &str) -> Option<String> {
        // `Georgi`, `Ignati`: a name in -ий with the й dropped, not Georg + -i.
        if word.ends_with('i')
            && ["i", "y"]
                .iter()
                .any(|y| !self.readings(&format!("{word}{y}")).is_empty())
        {
            return None;
        }
        let en = English::embedded();
        en.derivations(word)
            .into_iter()
            .find(|&(stem, need)| match need {
                StemNeed::Any => true,
                StemNeed::Proper => {
                    en.contains(stem) || self.readings(stem).iter().any(|r| self.lexicon.is_proper(r))
                }
                StemNeed::Word => en.contains(stem) || !self.readings(stem).is_empty(),
            })
            .map(|(stem, _)| stem.to_owned())
    }

    /// The lexicon readings of `word`, English spellings allowed when there are no others
    /// (`Afghanistan`: афганистан).
    fn readings(&self, word: &str) -> Vec<String> {
        let t = tables();
        let chars = fold_word(word);
        if chars
            .iter()
            .any(|&c| !t.lattice.knows(c) && c != '\'' && c != '"')
        {
            return Vec::new();
        }
        let mut found = search(&t.lattice, &t.ru, &chars, self.mode, Some(self.lexicon), BEAM);
        if found.is_empty() {
            found = second_pass(&t.lattice, &t.ru, &chars, self.mode, self.lexicon);
        }
        found.into_iter().map(|c| c.cyr).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Reverser};
    use std::sync::OnceLock;

    fn embedded() -> &'static steppe_lexicon::LexiconSet {
        static LEXICON: OnceLock<steppe_lexicon::LexiconSet> = OnceLock::new();
        LEXICON.get_or_init(steppe_lexicon::LexiconSet::embedded)
    }

    #[test]
    fn acronyms_with_english_plurals_and_possessives_stay() {
        let r = Reverser::new(embedded());
        for line in [
            "The NGOs and CSOs wrote to the IDPs.",
            "NATO's new members",
            "the NGOs' staff and NATO’s",
            "IDPs",
            "Two SMIs",
        ] {
            assert_eq!(r.cyrillic(line), line);
        }
        assert_eq!(r.analyse("NGOs").english_stem.as_deref(), Some("NGO"));
        // The bare acronym still follows a Russian span, and a Russian plural is no English one.
        assert_eq!(r.cyrillic("Rol' NATO i OON"), "Роль НАТО и ООН");
        assert_eq!(r.cyrillic("KONETs"), "КОНЕЦ");
    }

    #[test]
    fn english_derivations_of_russian_proper_nouns_stay() {
        let r = Reverser::new(embedded());
        for line in [
            "Kazakhstani and Kyrgyzstani traders met Uzbekistani officials.",
            "Tajikistani and Afghanistani refugees",
            "Chechens in Tatarstan's capital",
            "Kazakhstani",
            "Leninists and Stalinism",
            "Tokaev's visit",
        ] {
            assert_eq!(r.cyrillic(line), line);
        }
        assert_eq!(
            r.analyse("Kazakhstani").english_stem.as_deref(),
            Some("Kazakhstan")
        );
        // Russian forms of the same nouns, and English spellings inside a romanisation, convert.
        assert_eq!(
            r.cyrillic("v Kazakhstane i Afghanistane"),
            "в Казахстане и Афганистане"
        );
        assert_eq!(r.cyrillic("Rossii"), "России");
        assert_eq!(r.cyrillic("Uzbekistana"), "Узбекистана");
        // A name in -ий with the й dropped is no derivation (Георгий, not Georg + -i), nor an
        // Armenian name in -ян, nor a name ending in a vowel plus s (Ильяс).
        for name in ["Georgi", "Ignati", "Grigorian", "Ilyas"] {
            assert_eq!(r.analyse(name).english_stem, None, "{name}");
            assert_ne!(r.analyse(name).kind, Kind::English, "{name}");
        }
    }

    #[test]
    fn a_user_lists_names_count_as_proper_nouns() {
        // Жанаозен and Кунаев are in no dictionary; a user's list names them with their capital.
        let set = steppe_lexicon::LexiconSet::embedded().with(steppe_lexicon::Lexicon::from_words([
            "Жанаозен",
            "Кунаев",
            "стачком",
        ]));
        let r = Reverser::new(&set);
        // Their English derivations stay English, as those of the dictionary's names do.
        for line in [
            "The Zhanaozeni strikers met Kunaevists.",
            "Zhanaozenis",
            "Kunaevism and Leninism",
        ] {
            assert_eq!(r.cyrillic(line), line);
        }
        assert_eq!(r.analyse("Zhanaozeni").english_stem.as_deref(), Some("Zhanaozen"));
        assert!(r.analyse("Kunaev").proper && !r.analyse("stachkom").proper);
        // A lower-case common word of the list is no name, so its derivation is none either.
        assert_eq!(r.analyse("Stachkomi").english_stem, None);
        // Their Russian forms still convert.
        assert_eq!(r.cyrillic("v Zhanaozene i Kunaev"), "в Жанаозене и Кунаев");
        // Without the list, nothing marks Zhanaozen as a proper noun.
        let plain = Reverser::new(embedded());
        assert_eq!(plain.analyse("Zhanaozeni").english_stem, None);
    }

    #[test]
    fn english_names_follow_a_russian_span() {
        let r = Reverser::new(embedded());
        assert_eq!(r.cyrillic("Stalin i Putin"), "Сталин и Путин");
        assert_eq!(r.cyrillic("Putin, Rossiia i mir"), "Путин, Россия и мир");
        assert_eq!(r.cyrillic("Marat i Gagarin v Moskve"), "Марат и Гагарин в Москве");
        // A lower-case English word is no name (`and` is not Анд): the names convert, it stays.
        assert_eq!(
            r.cyrillic("Putin, Medvedev and Lavrov"),
            "Путин, Медведев and Лавров"
        );
        for line in [
            "Putin said on Monday",
            "Stalin and Putin",
            "Putin, Stalin",
            "Gagarin",
        ] {
            assert_eq!(r.cyrillic(line), line);
        }
    }
}
