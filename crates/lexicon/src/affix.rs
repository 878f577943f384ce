//! Hunspell affix files (`.aff`): the flag format, the `PFX`/`SFX` rule classes with their
//! conditions, and the few flags that change which forms are words.
//!
//! Only what decides the *set of accepted word forms* is read: `SET`, `FLAG`, `AF`, `PFX`, `SFX`,
//! `NEEDAFFIX`, `FORBIDDENWORD`, `ONLYINCOMPOUND`, `FULLSTRIP`. Suggestion tables (`TRY`, `REP`,
//! `MAP`...) do not change what is a word and are skipped; other directives are listed in
//! [`AffixFile::skipped`] so a generator can say what it did not model (the Russian dictionary uses
//! none of them).

use std::collections::HashMap;
use std::path::Path;

use crate::error::Error;

/// One affix flag, decoded according to the file's `FLAG` format.
pub type Flag = u32;

/// How flags are written in the `.dic` and `.aff` files (`FLAG` directive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagFormat {
    /// One character per flag (the default; `FLAG UTF-8` is the same for us).
    Char,
    /// Two ASCII characters per flag (`FLAG long`).
    Long,
    /// Decimal numbers separated by commas (`FLAG num`).
    Num,
}

impl FlagFormat {
    /// Splits a flag field (`ABC`, `AaBb`, `12,7`) into flags.
    pub fn parse(self, field: &str) -> Option<Vec<Flag>> {
        match self {
            FlagFormat::Char => Some(field.chars().map(|c| c as u32).collect()),
            FlagFormat::Long => {
                let chars: Vec<char> = field.chars().collect();
                if chars.len() % 2 != 0 {
                    return None;
                }
                Some(
                    chars
                        .chunks(2)
                        .map(|p| ((p[0] as u32) << 16) | p[1] as u32)
                        .collect(),
                )
            }
            FlagFormat::Num => field.split(',').map(|n| n.trim().parse().ok()).collect(),
        }
    }
}

/// One element of an affix condition: `.`, a letter, `[abc]` or `[^abc]`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum CondElem {
    Any,
    Char(char),
    Set { negated: bool, chars: Vec<char> },
}

impl CondElem {
    fn matches(&self, c: char) -> bool {
        match self {
            CondElem::Any => true,
            CondElem::Char(x) => *x == c,
            CondElem::Set { negated, chars } => chars.contains(&c) != *negated,
        }
    }
}

/// An affix condition: what the end (suffix) or start (prefix) of the stem must look like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition(Vec<CondElem>);

impl Condition {
    /// Parses `.`, `[^аеиоуя]й`, `ять`...; `None` when a bracket is not closed.
    pub fn parse(text: &str) -> Option<Condition> {
        let mut elems = Vec::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            elems.push(match c {
                '.' => CondElem::Any,
                '[' => {
                    let mut set: Vec<char> = Vec::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == ']' {
                            closed = true;
                            break;
                        }
                        set.push(c);
                    }
                    if !closed {
                        return None;
                    }
                    let negated = set.first() == Some(&'^');
                    if negated {
                        set.remove(0);
                    }
                    CondElem::Set { negated, chars: set }
                }
                c => CondElem::Char(c),
            });
        }
        if elems == [CondElem::Any] {
            elems.clear();
        }
        Some(Condition(elems))
    }

    /// Whether the last characters of `word` match (for suffixes).
    pub fn matches_end(&self, word: &str) -> bool {
        let mut chars = word.chars().rev();
        self.0
            .iter()
            .rev()
            .all(|e| chars.next().is_some_and(|c| e.matches(c)))
    }

    /// Whether the first characters of `word` match (for prefixes).
    pub fn matches_start(&self, word: &str) -> bool {
        let mut chars = word.chars();
        self.0.iter().all(|e| chars.next().is_some_and(|c| e.matches(c)))
    }
}

/// One `PFX`/`SFX` rule line: strip these letters, add those, if the condition holds.
#[derive(Debug, Clone)]
pub struct AffixEntry {
    /// Letters removed from the stem (`0` in the file = none).
    pub strip: String,
    /// Letters added (`0` in the file = none).
    pub add: String,
    /// Continuation flags written after the added letters (`add/FLAGS`).
    pub continuation: Vec<Flag>,
    /// What the stem must look like.
    pub condition: Condition,
}

/// All rules of one flag.
#[derive(Debug, Clone)]
pub struct AffixClass {
    /// Whether the class combines with classes of the other kind (prefix with suffix).
    pub cross_product: bool,
    /// The rules.
    pub entries: Vec<AffixEntry>,
}

/// A parsed `.aff` file, reduced to what decides which word forms exist.
#[derive(Debug, Clone)]
pub struct AffixFile {
    /// The flag format (`FLAG`).
    pub flag_format: FlagFormat,
    /// Flag aliases (`AF`), 1-based in the `.dic`.
    pub aliases: Vec<Vec<Flag>>,
    /// Suffix classes by flag.
    pub suffixes: HashMap<Flag, AffixClass>,
    /// Prefix classes by flag.
    pub prefixes: HashMap<Flag, AffixClass>,
    /// `NEEDAFFIX`: a stem (or affix) with this flag is not a word by itself.
    pub need_affix: Option<Flag>,
    /// `FORBIDDENWORD`: a stem with this flag is not a word.
    pub forbidden: Option<Flag>,
    /// `ONLYINCOMPOUND`: a stem with this flag is a word only inside compounds.
    pub only_in_compound: Option<Flag>,
    /// `FULLSTRIP`: an affix may strip the whole stem.
    pub full_strip: bool,
    /// Directives this reader does not model, once each, in file order.
    pub skipped: Vec<String>,
}

/// Directives that only tune suggestions or metadata, never the set of words.
const HARMLESS: &[&str] = &[
    "SET",
    "TRY",
    "KEY",
    "REP",
    "MAP",
    "PHONE",
    "WORDCHARS",
    "NOSUGGEST",
    "MAXNGRAMSUGS",
    "NOSPLITSUGS",
    "SUGSWITHDOTS",
    "LANG",
    "NAME",
    "HOME",
    "VERSION",
    "MAXDIFF",
    "ONLYMAXDIFF",
    "AM",
    "BREAK",
];

impl AffixFile {
    /// Parses the text of an `.aff` file; `path` only names the file in errors.
    pub fn parse(path: &Path, text: &str) -> Result<AffixFile, Error> {
        let mut aff = AffixFile {
            flag_format: FlagFormat::Char,
            aliases: Vec::new(),
            suffixes: HashMap::new(),
            prefixes: HashMap::new(),
            need_affix: None,
            forbidden: None,
            only_in_compound: None,
            full_strip: false,
            skipped: Vec::new(),
        };
        let mut af_header = false;
        for (index, line) in text.lines().enumerate() {
            let lineno = index + 1;
            let fields: Vec<&str> = line.split_whitespace().collect();
            let Some(&directive) = fields.first() else {
                continue;
            };
            let flag = |i: usize| -> Result<Flag, Error> {
                let field = fields
                    .get(i)
                    .ok_or_else(|| Error::syntax(path, lineno, "missing flag"))?;
                match aff.flag_format.parse(field).as_deref() {
                    Some([f]) => Ok(*f),
                    _ => Err(Error::syntax(path, lineno, format!("bad flag {field:?}"))),
                }
            };
            match directive {
                d if d.starts_with('#') => {}
                "FLAG" => {
                    aff.flag_format = match fields.get(1).copied() {
                        Some("long") => FlagFormat::Long,
                        Some("num") => FlagFormat::Num,
                        Some("UTF-8") | None => FlagFormat::Char,
                        Some(other) => {
                            return Err(Error::syntax(path, lineno, format!("unknown FLAG {other}")))
                        }
                    }
                }
                "AF" if !af_header => af_header = true,
                "AF" => {
                    let flags = aff.flag_format.parse(fields.get(1).copied().unwrap_or(""));
                    let flags = flags.ok_or_else(|| Error::syntax(path, lineno, "bad AF flags"))?;
                    aff.aliases.push(flags);
                }
                "NEEDAFFIX" | "PSEUDOROOT" => aff.need_affix = Some(flag(1)?),
                "FORBIDDENWORD" => aff.forbidden = Some(flag(1)?),
                "ONLYINCOMPOUND" => aff.only_in_compound = Some(flag(1)?),
                "FULLSTRIP" => aff.full_strip = true,
                "PFX" | "SFX" => aff.parse_affix_line(path, lineno, &fields)?,
                d if HARMLESS.contains(&d) => {}
                d => {
                    if !aff.skipped.iter().any(|s| s == d) {
                        aff.skipped.push(d.to_string());
                    }
                }
            }
        }
        Ok(aff)
    }

    /// One `PFX`/`SFX` line: either a class header (`SFX A Y 12`) or a rule (`SFX A ять ял ять`).
    fn parse_affix_line(&mut self, path: &Path, lineno: usize, fields: &[&str]) -> Result<(), Error> {
        let bad = |m: &str| Error::syntax(path, lineno, m.to_string());
        let flag = match self
            .flag_format
            .parse(fields.get(1).copied().unwrap_or(""))
            .as_deref()
        {
            Some([f]) => *f,
            _ => return Err(bad("bad affix flag")),
        };
        let table = if fields[0] == "PFX" {
            &mut self.prefixes
        } else {
            &mut self.suffixes
        };
        let is_header = fields.len() == 4
            && matches!(fields[2], "Y" | "N")
            && fields[3].parse::<usize>().is_ok()
            && !table.contains_key(&flag);
        if is_header {
            table.insert(
                flag,
                AffixClass {
                    cross_product: fields[2] == "Y",
                    entries: Vec::new(),
                },
            );
            return Ok(());
        }
        if fields.len() < 4 {
            return Err(bad("affix rule needs a flag, strip and add fields"));
        }
        let class = table
            .get_mut(&flag)
            .ok_or_else(|| bad("affix rule before its header"))?;
        let strip = if fields[2] == "0" {
            String::new()
        } else {
            fields[2].to_string()
        };
        let (add, cont) = match fields[3].split_once('/') {
            Some((add, cont)) => (add, self.flag_format.parse(cont).ok_or_else(|| bad("bad flags"))?),
            None => (fields[3], Vec::new()),
        };
        let add = if add == "0" {
            String::new()
        } else {
            add.to_string()
        };
        let condition = Condition::parse(fields.get(4).copied().unwrap_or("."))
            .ok_or_else(|| bad("unclosed [ in affix condition"))?;
        class.entries.push(AffixEntry {
            strip,
            add,
            continuation: cont,
            condition,
        });
        Ok(())
    }

    /// The flags of a `.dic` flag field, resolving `AF` aliases.
    pub fn dic_flags(&self, field: &str) -> Option<Vec<Flag>> {
        if !self.aliases.is_empty() {
            if let Ok(n) = field.parse::<usize>() {
                return self.aliases.get(n.checked_sub(1)?).cloned();
            }
        }
        self.flag_format.parse(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> AffixFile {
        AffixFile::parse(Path::new("t.aff"), text).unwrap()
    }

    #[test]
    fn conditions_match_ends_and_starts() {
        let c = Condition::parse("[^аеиоуя]ть").unwrap();
        assert!(!c.matches_end("брать") && !c.matches_end("нести"));
        assert!(c.matches_end("ползть"));
        assert!(!c.matches_end("ть"));
        assert!(Condition::parse(".").unwrap().matches_end(""));
        assert!(Condition::parse("[рл]а").unwrap().matches_start("рад"));
        assert!(Condition::parse("[ab").is_none());
    }

    #[test]
    fn flag_formats() {
        assert_eq!(FlagFormat::Char.parse("AB"), Some(vec![65, 66]));
        assert_eq!(
            FlagFormat::Long.parse("AaBb"),
            Some(vec![(65 << 16) | 97, (66 << 16) | 98])
        );
        assert_eq!(FlagFormat::Long.parse("Aab"), None);
        assert_eq!(FlagFormat::Num.parse("12,7"), Some(vec![12, 7]));
    }

    #[test]
    fn reads_classes_rules_and_directives() {
        let aff = parse(
            "SET UTF-8\nFLAG long\nNEEDAFFIX Nx\nCOMPOUNDMIN 3\nSFX Aa Y 2\nSFX Aa ть л ть\n\
             SFX Aa 0 ся/Bb .\nPFX Bb N 1\nPFX Bb 0 пере .\n",
        );
        let a = aff.flag_format.parse("Aa").unwrap()[0];
        let b = aff.flag_format.parse("Bb").unwrap()[0];
        let class = &aff.suffixes[&a];
        assert!(class.cross_product);
        assert_eq!(class.entries.len(), 2);
        assert_eq!(
            (class.entries[0].strip.as_str(), class.entries[0].add.as_str()),
            ("ть", "л")
        );
        assert_eq!(class.entries[1].continuation, vec![b]);
        assert!(!aff.prefixes[&b].cross_product);
        assert_eq!(aff.need_affix, aff.flag_format.parse("Nx").map(|v| v[0]));
        assert_eq!(aff.skipped, vec!["COMPOUNDMIN".to_string()]);
    }

    #[test]
    fn rule_before_header_is_an_error_with_line() {
        let err = AffixFile::parse(Path::new("t.aff"), "SET UTF-8\nSFX A 0 а .\n").unwrap_err();
        assert_eq!(err.to_string(), "t.aff:2: affix rule before its header");
    }

    #[test]
    fn aliases_resolve_in_dic_flags() {
        let aff = parse("AF 2\nAF AB\nAF C\n");
        assert_eq!(aff.dic_flags("2"), Some(vec!['C' as u32]));
        assert_eq!(aff.dic_flags("3"), None);
    }
}
