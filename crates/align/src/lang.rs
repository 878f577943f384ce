//! The languages the aligner knows, their codes, and a guess from the script.

use crate::Error;
use serde::Serialize;

/// A language of one side of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    En,
    /// Russian.
    Ru,
    /// Kazakh (Cyrillic).
    Kk,
}

/// Letters Kazakh Cyrillic has and Russian lacks.
const KAZAKH_LETTERS: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

impl Language {
    /// Parses a code (`en`, `ru`, `kk`, any case, a region or script subtag ignored: `ru-RU`).
    ///
    /// ```
    /// use steppe_align::Language;
    /// assert_eq!(Language::parse("RU_ru").unwrap(), Language::Ru);
    /// assert!(Language::parse("de").is_err());
    /// ```
    pub fn parse(code: &str) -> Result<Language, Error> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Ok(Language::En),
            "ru" => Ok(Language::Ru),
            "kk" => Ok(Language::Kk),
            _ => Err(Error::UnknownLang {
                code: code.to_owned(),
            }),
        }
    }

    /// Guesses the language from the script: Latin letters outnumbering Cyrillic ones make English;
    /// otherwise Kazakh when at least 1 % of the Cyrillic letters are Kazakh-only (ә, қ, ң, ө, ұ, ү, і…),
    /// else Russian.
    ///
    /// ```
    /// use steppe_align::Language;
    /// assert_eq!(Language::detect("Steppe and river."), Language::En);
    /// assert_eq!(Language::detect("Степь и река."), Language::Ru);
    /// assert_eq!(Language::detect("Дала мен өзен."), Language::Kk);
    /// ```
    pub fn detect(text: &str) -> Language {
        let (mut cyrillic, mut kazakh, mut latin) = (0usize, 0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            if ('\u{0400}'..='\u{052F}').contains(&c) {
                cyrillic += 1;
                kazakh += usize::from(KAZAKH_LETTERS.contains(c));
            } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
                latin += 1;
            }
        }
        if latin >= cyrillic {
            Language::En
        } else if kazakh * 100 >= cyrillic {
            Language::Kk
        } else {
            Language::Ru
        }
    }

    /// Guesses the languages of an original and its translation together: each as [`detect`]
    /// says, except that when both look English and one holds a clearly larger share of Cyrillic
    /// letters (at least 10 % of its letters, twice the other's share), that one is Russian or
    /// Kazakh; a Russian translation of technical text full of Latin code still has far more
    /// Cyrillic than its original.
    ///
    /// ```
    /// use steppe_align::Language;
    /// let ru = "Параметр --block-size=SIZE задаёт SIZE, см. --si, --human-readable, --apparent-size";
    /// assert_eq!(Language::detect(ru), Language::En);
    /// let en = "The --block-size=SIZE option scales sizes; see --si, --human-readable, --apparent-size";
    /// assert_eq!(Language::detect_pair(en, ru), (Language::En, Language::Ru));
    /// ```
    ///
    /// [`detect`]: Language::detect
    pub fn detect_pair(source: &str, target: &str) -> (Language, Language) {
        let (s, t) = (Language::detect(source), Language::detect(target));
        if (s, t) != (Language::En, Language::En) {
            return (s, t);
        }
        let (cs, ct) = (cyrillic_share(source), cyrillic_share(target));
        let cyrillic = |text: &str| match Language::detect(&cyrillic_letters(text)) {
            Language::En => Language::Ru,
            other => other,
        };
        if ct >= 0.1 && ct >= 2.0 * cs {
            (s, cyrillic(target))
        } else if cs >= 0.1 && cs >= 2.0 * ct {
            (cyrillic(source), t)
        } else {
            (s, t)
        }
    }

    /// The BCP 47 code (`en`, `ru`, `kk`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Kk => "kk",
        }
    }

    /// The document model's sentence rules for this language (Kazakh uses the Russian ones).
    pub fn doc_lang(self) -> steppe_doc::Lang {
        match self {
            Language::En => steppe_doc::Lang::En,
            Language::Ru | Language::Kk => steppe_doc::Lang::Ru,
        }
    }
}

/// The share of Cyrillic letters among the letters of `text`.
fn cyrillic_share(text: &str) -> f64 {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let cyrillic = text
        .chars()
        .filter(|c| ('\u{0400}'..='\u{052F}').contains(c))
        .count();
    cyrillic as f64 / letters.max(1) as f64
}

/// Only the Cyrillic letters of `text`, to tell Kazakh from Russian without the Latin.
fn cyrillic_letters(text: &str) -> String {
    text.chars()
        .filter(|c| ('\u{0400}'..='\u{052F}').contains(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in [Language::En, Language::Ru, Language::Kk] {
            assert_eq!(Language::parse(l.code()).unwrap(), l);
        }
    }

    #[test]
    fn unknown_code_names_itself() {
        let err = Language::parse("xx").unwrap_err();
        assert_eq!(err.to_string(), "unknown language \"xx\" (expected en, ru or kk)");
    }

    #[test]
    fn a_pair_of_english_texts_stays_english_and_kazakh_code_text_is_kazakh() {
        assert_eq!(
            Language::detect_pair("One two.", "Three four."),
            (Language::En, Language::En)
        );
        let kk = "Параметр --block-size=SIZE --human-readable --apparent-size өлшемін береді";
        let en = "The --block-size=SIZE --human-readable --apparent-size option gives the size";
        assert_eq!(Language::detect_pair(kk, en), (Language::Kk, Language::En));
    }

    #[test]
    fn russian_with_latin_options_is_russian() {
        assert_eq!(
            Language::detect("Параметр --all выводит все файлы."),
            Language::Ru
        );
    }
}
