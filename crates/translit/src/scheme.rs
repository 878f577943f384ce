//! Schemes by name, and read access to their tables (letters, context rules, endings).
//!
//! A [`Scheme`] is a cheap `Copy` handle onto static tables compiled from `data/schemes/`. Besides
//! transliterating (see `forward.rs`), it exposes its data so other engines (the reverse direction,
//! scheme detection) can be built on the same tables rather than on copies of them.

use crate::error::Error;
use crate::table::{self, SchemeData, FALLBACK, FORMS, LETTER, UNMAPPED};
use std::fmt;
use std::str::FromStr;

/// The language of the Cyrillic text: it picks the scheme's letter table.
///
/// Kazakh has its own tables for `ala_lc`, `ala_lc_alt`, `bgn_pcgn` and `kz_2021`; for any other
/// scheme, Kazakh letters are written in ISO 9.
///
/// ```
/// assert_eq!("kk".parse::<steppe_translit::Lang>().unwrap(), steppe_translit::Lang::Kk);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Russian (`ru`).
    Ru,
    /// Kazakh (`kk`).
    Kk,
}

impl Lang {
    /// The ISO 639-1 code: `ru` or `kk`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }
}

impl FromStr for Lang {
    type Err = Error;
    fn from_str(code: &str) -> Result<Lang, Error> {
        match code.to_ascii_lowercase().as_str() {
            "ru" => Ok(Lang::Ru),
            "kk" => Ok(Lang::Kk),
            _ => Err(Error::UnknownLang {
                code: code.to_string(),
            }),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One transliteration scheme for one language: a handle onto its compiled tables.
///
/// ```
/// let s = steppe_translit::scheme("bgn-pcgn", steppe_translit::Lang::Ru).unwrap();
/// assert_eq!(s.name(), "bgn_pcgn");
/// assert_eq!(s.letter('щ').unwrap().latin, "shch");
/// ```
#[derive(Clone, Copy)]
pub struct Scheme {
    pub(crate) data: &'static SchemeData,
}

/// Where a letter's output comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The scheme's own table.
    Scheme,
    /// The scheme lacks the letter; ISO 9 (`data/iso9-cyrillic.json`) supplies it.
    Iso9Fallback,
}

/// The output of one Cyrillic letter, in the three cases the engine writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letter {
    /// Output for the lowercase letter (`щ` → `shch`).
    pub latin: &'static str,
    /// Output for an uppercase letter in a Capitalised or mixed-case word (`Щ` → `Shch`).
    pub capitalised: &'static str,
    /// Output for a letter in an ALL-CAPS word (`Щ` → `SHCH`).
    pub all_caps: &'static str,
    /// Whether the scheme or the ISO 9 fallback defines it.
    pub source: Source,
}

/// A rule on the previous letter: `letter` after `prev` (`None`: at the start of a word) is `latin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrevRule {
    /// The preceding letter (lowercase), or `None` for the start of a word.
    pub prev: Option<char>,
    /// The letter the rule writes (lowercase).
    pub letter: char,
    /// Its output (lowercase).
    pub latin: &'static str,
}

/// A rule on the next letter: `letter` before `next` is `latin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextRule {
    /// The letter the rule writes (lowercase).
    pub letter: char,
    /// The following letter (lowercase).
    pub next: char,
    /// Its output (lowercase).
    pub latin: &'static str,
}

/// A word-ending rule: a word of three or more letters ending in `ending` writes `latin` for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndingRule {
    /// The last two letters (lowercase).
    pub ending: &'static str,
    /// Their output (lowercase).
    pub latin: &'static str,
}

impl Scheme {
    /// The scheme's name, as its data file is named (`ala_lc_alt`).
    pub fn name(self) -> &'static str {
        self.data.name
    }

    /// The language whose letter table this is.
    pub fn lang(self) -> Lang {
        self.data.lang
    }

    /// Other names the scheme answers to (`gost_779` is also `iso_9_1995`).
    pub fn aliases(self) -> &'static [&'static str] {
        self.data.aliases
    }

    /// A one-line description from the data file.
    pub fn description(self) -> &'static str {
        self.data.description
    }

    /// Where the scheme is documented.
    pub fn url(self) -> &'static str {
        self.data.url
    }

    /// Notes from the data file (choices made where the standard allows several).
    pub fn comments(self) -> &'static [&'static str] {
        self.data.comments
    }

    /// The scheme's own letter map, lowercase Cyrillic → Latin, in code point order (the ISO 9
    /// fallback letters are not included; see [`Scheme::letter`]).
    pub fn letters(self) -> impl Iterator<Item = (char, &'static str)> {
        self.data.letters.iter().map(|(c, l)| (first(c), *l))
    }

    /// The output of any Cyrillic letter (either case), including letters the ISO 9 fallback
    /// supplies. `None` for anything else.
    pub fn letter(self, c: char) -> Option<Letter> {
        let i = (c as u32).checked_sub(table::FIRST)? as usize;
        let e = self.data.table.get(i)?;
        if e.flags & LETTER == 0 || e.flags & UNMAPPED != 0 {
            return None;
        }
        let lower = &self.data.table[e.lower as usize];
        let [l, t, u] = lower.forms.map(|f| FORMS[f as usize].as_str());
        let source = if e.flags & FALLBACK != 0 {
            Source::Iso9Fallback
        } else {
            Source::Scheme
        };
        Some(Letter {
            latin: l,
            capitalised: t,
            all_caps: u,
            source,
        })
    }

    /// Rules on the previous letter (`е` at the start of a word or after a vowel → `ye`).
    pub fn prev_rules(self) -> impl Iterator<Item = PrevRule> {
        self.data.prev.iter().map(|(k, latin)| {
            let mut c = k.chars();
            let (a, b) = (c.next().expect("non-empty key"), c.next());
            match b {
                Some(letter) => PrevRule {
                    prev: Some(a),
                    letter,
                    latin,
                },
                None => PrevRule {
                    prev: None,
                    letter: a,
                    latin,
                },
            }
        })
    }

    /// Rules on the next letter (`т` before `с` → `t·` in BGN/PCGN).
    pub fn next_rules(self) -> impl Iterator<Item = NextRule> {
        self.data.next.iter().map(|(k, latin)| {
            let mut c = k.chars();
            NextRule {
                letter: c.next().expect("two letters"),
                next: c.next().expect("two letters"),
                latin,
            }
        })
    }

    /// Rules on the last two letters of a word (`ий` → `y` in Wikipedia style).
    pub fn ending_rules(self) -> impl Iterator<Item = EndingRule> {
        self.data
            .ending
            .iter()
            .map(|(ending, latin)| EndingRule { ending, latin })
    }
}

impl fmt::Debug for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Scheme({} {})", self.name(), self.lang())
    }
}

impl PartialEq for Scheme {
    fn eq(&self, other: &Scheme) -> bool {
        std::ptr::eq(self.data, other.data)
    }
}

impl Eq for Scheme {}

/// Every scheme: the Russian tables by name, then the Kazakh ones by name.
pub fn schemes() -> impl Iterator<Item = Scheme> {
    table::SCHEMES.iter().map(|data| Scheme { data })
}

/// The scheme called `name` for `lang`. Names are matched ignoring case, with `-` read as `_`
/// (`ala-lc` is `ala_lc`), and aliases count. A scheme without a table for `lang` still serves:
/// a Russian scheme writes Kazakh letters in ISO 9; `kz_2021` covers every Russian letter.
///
/// ```
/// use steppe_translit::{scheme, Lang};
/// assert_eq!(scheme("ALA-LC", Lang::Kk).unwrap().lang(), Lang::Kk);
/// assert_eq!(scheme("wikipedia", Lang::Kk).unwrap().lang(), Lang::Ru);
/// assert!(scheme("klingon", Lang::Ru).is_err());
/// ```
pub fn scheme(name: &str, lang: Lang) -> Result<Scheme, Error> {
    let key = name.trim().to_lowercase().replace('-', "_");
    let named = |s: &Scheme| s.name() == key || s.aliases().contains(&key.as_str());
    let same_lang = schemes().find(|s| named(s) && s.lang() == lang);
    same_lang
        .or_else(|| schemes().find(named))
        .ok_or_else(|| Error::UnknownScheme {
            name: name.to_string(),
            valid: names(),
        })
}

/// Every distinct scheme name, sorted.
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<_> = schemes().map(Scheme::name).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn first(s: &str) -> char {
    s.chars().next().expect("one letter")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_and_aliases() {
        assert_eq!(scheme("ala-lc-alt", Lang::Ru).unwrap().name(), "ala_lc_alt");
        assert_eq!(scheme("Iso-9-1995", Lang::Ru).unwrap().name(), "gost_779");
    }

    #[test]
    fn unknown_scheme_lists_valid_names() {
        let err = scheme("nope", Lang::Ru).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("\"nope\"") && msg.contains("ala_lc_alt") && msg.contains("kz_2021"),
            "{msg}"
        );
    }

    #[test]
    fn kazakh_scheme_is_chosen_for_kk_only() {
        assert_eq!(scheme("bgn_pcgn", Lang::Ru).unwrap().lang(), Lang::Ru);
        assert_eq!(scheme("bgn_pcgn", Lang::Kk).unwrap().lang(), Lang::Kk);
        assert_eq!(scheme("kz_2021", Lang::Ru).unwrap().lang(), Lang::Kk);
    }

    #[test]
    fn rules_read_back_from_the_data() {
        let s = scheme("wikipedia", Lang::Ru).unwrap();
        assert!(s.prev_rules().any(|r| r
            == PrevRule {
                prev: None,
                letter: 'е',
                latin: "ye"
            }));
        assert!(s.next_rules().any(|r| r
            == NextRule {
                letter: 'ь',
                next: 'а',
                latin: "y"
            }));
        assert!(s.ending_rules().any(|r| r
            == EndingRule {
                ending: "ий",
                latin: "y"
            }));
    }

    #[test]
    fn letter_reports_its_source() {
        let s = scheme("wikipedia", Lang::Ru).unwrap();
        assert_eq!(s.letter('Ю').unwrap().source, Source::Scheme);
        let kaz = s.letter('қ').unwrap();
        assert_eq!((kaz.latin, kaz.source), ("k̦", Source::Iso9Fallback));
        assert_eq!(s.letter('x'), None);
    }
}
