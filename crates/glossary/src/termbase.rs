//! The en–ru termbase: parsing the TSV file and looking bodies up by any of their names.
//!
//! The format (documented in `corpus/README.md`) is one record a line, tab-separated, with a header
//! row `id en_short en_long ru_short ru_long domain cues note variants ru_variants source`; `#`
//! lines and blank lines are skipped. A termbase written before the `ru_variants` and `source`
//! columns (nine columns) still loads: its records have no source and count as unverified. `variants` are `|`-separated other English spellings; `cues` are `;`-separated context
//! words (`trade:3`) or year ranges (`1955-1991:2`) that pick one sense of an ambiguous short form.
//!
//! Lookups compare *keys*: case, punctuation, a leading `the`, possessive `'s`, a plural `s` on an
//! acronym (`NGOs`) and British spellings (`organisation`) are all ignored, so `U.N.` finds `UN`.

use crate::Error;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The columns of a termbase file, in order.
pub const COLUMNS: [&str; 11] = [
    "id",
    "en_short",
    "en_long",
    "ru_short",
    "ru_long",
    "domain",
    "cues",
    "note",
    "variants",
    "ru_variants",
    "source",
];

/// The columns of a termbase written before `ru_variants` and `source`; still accepted.
const LEGACY_COLUMNS: usize = 9;

/// British and American spellings that name the same body; keys use the second form.
const SPELLINGS: &[(&str, &str)] = &[
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("defence", "defense"),
    ("centre", "center"),
    ("dialogue", "dialog"),
];

/// One body or term of the termbase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Stable identifier (`wto-warsaw`).
    pub id: String,
    /// The standard English short form (`EAPC`), if the body has one.
    pub en_short: Option<String>,
    /// The English full name.
    pub en_long: Option<String>,
    /// The Russian short form (`СЕАП`).
    pub ru_short: Option<String>,
    /// The Russian full name.
    pub ru_long: Option<String>,
    /// Subject field (`security`, `economics`, …).
    pub domain: String,
    /// Context cues that choose this sense of an ambiguous short form.
    pub cues: Vec<Cue>,
    /// Free note for the translator (dates, ambiguity).
    pub note: String,
    /// Other English spellings, short or long.
    pub variants: Vec<String>,
    /// Other Russian names: a nickname (`«Большая восьмерка»`), the singular or plural, a near
    /// equivalent (`кандидат наук` for Ph.D.).
    pub ru_variants: Vec<String>,
    /// Where the Russian is used by the body itself or an official text: a web address or a
    /// document's name. `None`: the Russian is unverified.
    pub source: Option<String>,
    /// 1-based line in the termbase file.
    pub line: usize,
}

impl Record {
    /// The Russian equivalent to show for a term: the short form for acronyms, else the full name.
    pub fn ru_for(&self, acronym: bool) -> Option<&str> {
        let (first, second) = if acronym {
            (&self.ru_short, &self.ru_long)
        } else {
            (&self.ru_long, &self.ru_short)
        };
        first.as_deref().or(second.as_deref())
    }

    /// Whether `short` is this record's standard short form or one of its listed variants.
    pub fn accepts_short(&self, short: &str) -> bool {
        let k = key(short);
        self.en_short.iter().chain(&self.variants).any(|s| key(s) == k)
    }

    /// The English full name and its long variants.
    pub(crate) fn long_names(&self) -> impl Iterator<Item = &str> {
        self.en_long
            .iter()
            .chain(self.variants.iter().filter(|v| !looks_short(v)))
            .map(String::as_str)
    }
}

/// A context cue: a word or phrase, or a range of years, with a weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue {
    /// Lowercased words that must occur in this order in a context sentence.
    Words(Vec<String>, u32),
    /// A year mentioned in a context sentence falls in this inclusive range.
    Years(u32, u32, u32),
}

/// A parsed termbase with indexes by short and long form.
#[derive(Debug, Clone, Default)]
pub struct Termbase {
    records: Vec<Record>,
    short: HashMap<String, Vec<usize>>,
    long: HashMap<String, Vec<usize>>,
}

impl Termbase {
    /// Reads and parses a termbase file.
    pub fn load(path: &Path) -> Result<Termbase, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let at = e.valid_up_to();
            Error::Termbase {
                path: path.to_path_buf(),
                line: 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count(),
                message: format!("invalid UTF-8 at byte {at}"),
            }
        })?;
        Termbase::parse(path, text)
    }

    /// Parses termbase text; `path` only names the source in errors.
    ///
    /// ```
    /// use steppe_glossary::Termbase;
    /// let text = "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
    ///             un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\n";
    /// let tb = Termbase::parse("t.tsv".as_ref(), text).unwrap();
    /// assert_eq!(tb.lookup("U.N.")[0].ru_short.as_deref(), Some("ООН"));
    /// ```
    pub fn parse(path: &Path, text: &str) -> Result<Termbase, Error> {
        let err = |line: usize, message: String| Error::Termbase {
            path: PathBuf::from(path),
            line,
            message,
        };
        let mut tb = Termbase::default();
        let mut columns = None;
        for (line, fields) in lines(text) {
            let Some(width) = columns else {
                columns = Some(header_width(&fields).ok_or_else(|| err(line, header_message()))?);
                continue;
            };
            let record = parse_line(&fields, width, line).map_err(|m| err(line, m))?;
            if let Some(first) = tb.records.iter().find(|r| r.id == record.id) {
                return Err(err(
                    line,
                    format!("duplicate id `{}` (first on line {})", record.id, first.line),
                ));
            }
            tb.insert(record);
        }
        if columns.is_none() {
            return Err(err(1, "empty termbase: no header row".into()));
        }
        Ok(tb)
    }

    fn insert(&mut self, record: Record) {
        let index = self.records.len();
        let add = |map: &mut HashMap<String, Vec<usize>>, name: &str| {
            let list = map.entry(key(name)).or_default();
            if !list.contains(&index) {
                list.push(index);
            }
        };
        for s in record
            .en_short
            .iter()
            .chain(record.variants.iter().filter(|v| looks_short(v)))
        {
            add(&mut self.short, s);
        }
        for l in record.long_names() {
            add(&mut self.long, l);
        }
        self.records.push(record);
    }

    /// All records, in file order.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// Records whose short form (or a short variant) matches `short`, in file order.
    pub fn by_short(&self, short: &str) -> Vec<&Record> {
        self.at(&self.short, &key(short))
    }

    /// Records whose full name (or a long variant) matches `long`, in file order; a plural head word
    /// (`non-governmental organizations`) also finds the singular.
    pub fn by_long(&self, long: &str) -> Vec<&Record> {
        let found = self.at(&self.long, &key(long));
        if !found.is_empty() {
            return found;
        }
        let mut w = words(long);
        let Some(last) = w.last_mut() else { return found };
        let singular = match last.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None if last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") => {
                last[..last.len() - 1].to_string()
            }
            None => return found,
        };
        *last = singular;
        self.at(&self.long, &w.concat())
    }

    /// Records matching `term` as a short form, or failing that as a full name.
    pub fn lookup(&self, term: &str) -> Vec<&Record> {
        let found = self.by_short(term);
        if found.is_empty() {
            self.by_long(term)
        } else {
            found
        }
    }

    /// The records an index lists under a key.
    fn at<'a>(&'a self, map: &HashMap<String, Vec<usize>>, key: &str) -> Vec<&'a Record> {
        map.get(key)
            .map(|ids| ids.iter().map(|&i| &self.records[i]).collect())
            .unwrap_or_default()
    }
}

/// The lines of termbase text that hold a header or a record: 1-based line number and trimmed
/// tab-separated fields (a byte order mark, `\r`, `#` comments and blank lines are skipped).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines().enumerate().filter_map(|(i, raw)| {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        (!raw.trim().is_empty() && !raw.starts_with('#'))
            .then(|| (i + 1, raw.split('\t').map(str::trim).collect()))
    })
}

/// The number of columns a header row declares: all of [`COLUMNS`], or the nine of older termbases.
pub(crate) fn header_width(fields: &[&str]) -> Option<usize> {
    (fields == COLUMNS || fields == &COLUMNS[..LEGACY_COLUMNS]).then_some(fields.len())
}

/// The error for a header row that is not one.
pub(crate) fn header_message() -> String {
    format!("expected the header row `{}`", COLUMNS.join("<TAB>"))
}

/// One record line under a header of `width` columns.
pub(crate) fn parse_line(fields: &[&str], width: usize, line: usize) -> Result<Record, String> {
    if fields.len() != width {
        return Err(format!(
            "expected {width} tab-separated fields, found {}",
            fields.len()
        ));
    }
    parse_record(fields, line)
}

fn parse_record(f: &[&str], line: usize) -> Result<Record, String> {
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    if f[0].is_empty() {
        return Err("empty id".into());
    }
    if f[1].is_empty() && f[2].is_empty() {
        return Err(format!("record `{}` has neither en_short nor en_long", f[0]));
    }
    let cues = f[6]
        .split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(parse_cue)
        .collect::<Result<_, _>>()?;
    let list = |field: Option<&&str>| {
        field
            .into_iter()
            .flat_map(|f| f.split('|'))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(String::from)
            .collect()
    };
    let variants = list(f.get(8));
    Ok(Record {
        id: f[0].to_string(),
        en_short: opt(f[1]),
        en_long: opt(f[2]),
        ru_short: opt(f[3]),
        ru_long: opt(f[4]),
        domain: f[5].to_string(),
        cues,
        note: f[7].to_string(),
        variants,
        ru_variants: list(f.get(9)),
        source: f.get(10).and_then(|s| opt(s)),
        line,
    })
}

/// `word`, `two words:3`, `1955-1991:2` (weight defaults to 1).
fn parse_cue(cue: &str) -> Result<Cue, String> {
    let (text, weight) = match cue.rsplit_once(':') {
        Some((t, w)) => (
            t.trim(),
            w.trim()
                .parse::<u32>()
                .map_err(|_| format!("bad cue weight in `{cue}`"))?,
        ),
        None => (cue, 1),
    };
    let years = text
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)));
    if let Some((from, to)) = years {
        if from > to {
            return Err(format!("year range `{text}` runs backwards"));
        }
        return Ok(Cue::Years(from, to, weight));
    }
    let words = words(text);
    if words.is_empty() {
        return Err(format!("empty cue `{cue}`"));
    }
    Ok(Cue::Words(words, weight))
}

/// Whether a name is written like a short form (`EAPC`, `G-8`, `U.N.`, `PfP`, `Kazbat` is not).
pub(crate) fn looks_short(name: &str) -> bool {
    !name.contains(char::is_whitespace) && name.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// The singular of a plural acronym (`NGOs` → `NGO`); `None` for anything else (`EAPS`, `Kazbats`).
pub(crate) fn plural_acronym_stem(name: &str) -> Option<&str> {
    name.strip_suffix('s')
        .filter(|stem| looks_short(stem) && !stem.ends_with(|c: char| c.is_lowercase()))
}

/// Lowercased words of a name with punctuation, a leading article, possessives, acronym plurals and
/// British spellings removed: the unit of comparison for lookups and for fuzzy matching.
pub(crate) fn words(name: &str) -> Vec<String> {
    let name = name.trim();
    let singular = plural_acronym_stem(name).unwrap_or(name);
    let mut out = Vec::new();
    for token in singular.split(char::is_whitespace) {
        let token = token.trim_end_matches(|c: char| !c.is_alphanumeric());
        let token = token
            .strip_suffix("'s")
            .or_else(|| token.strip_suffix("\u{2019}s"))
            .or_else(|| token.strip_suffix("s'"))
            .unwrap_or(token);
        for part in token.split('-').flat_map(|p| p.split('\u{2013}')) {
            let w: String = part
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if w.is_empty() || w == "the" {
                continue;
            }
            let w = SPELLINGS
                .iter()
                .find(|(uk, _)| *uk == w)
                .map_or(w.clone(), |(_, us)| us.to_string());
            out.push(w);
        }
    }
    out
}

/// The lookup key of a name: its [`words`] run together, so `G-8` = `G8` and `co-operation` =
/// `cooperation`.
pub(crate) fn key(name: &str) -> String {
    words(name).concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n";

    fn tb(rows: &str) -> Termbase {
        Termbase::parse(Path::new("t.tsv"), &format!("# comment\n{HEADER}{rows}")).unwrap()
    }

    #[test]
    fn keys_ignore_case_punctuation_plurals_and_spelling() {
        assert_eq!(key("U.N."), key("UN"));
        assert_eq!(key("NGOs"), key("NGO"));
        assert_eq!(key("G-8"), key("G8"));
        assert_eq!(key("the Alliance"), key("Alliance"));
        assert_eq!(
            key("NATO's Maintenance and Supply Organisation"),
            key("NATO Maintenance and Supply Organization")
        );
        assert_eq!(
            key("Organization for Security and Co-operation in Europe"),
            key("Organization for Security and Cooperation in Europe")
        );
        // a word that merely ends in s keeps it
        assert_eq!(key("Bucharest"), "bucharest");
        assert_eq!(key("Affairs"), "affairs");
    }

    #[test]
    fn lookup_by_short_long_and_variant() {
        let t = tb("g8\tG8\tGroup of Eight\tG8\t«Большая восьмерка»\teconomics\t\t\tG-8\n\
                    us\tUS\tUnited States\tСША\tСоединенные Штаты Америки\tpolitics\t\t\tUSA|United States of America\n");
        assert_eq!(t.lookup("G-8")[0].id, "g8");
        assert_eq!(t.lookup("U.S.")[0].id, "us");
        assert_eq!(t.lookup("U.S.A.")[0].id, "us");
        assert_eq!(t.lookup("united states of america")[0].id, "us");
        assert_eq!(t.by_long("Group of Eight")[0].id, "g8");
        assert_eq!(
            t.by_long("Groups of Eight").len(),
            0,
            "only the head word is made singular"
        );
        assert!(t.lookup("Group of Seven").is_empty());
        assert!(t.records()[1].accepts_short("USA"));
        assert!(!t.records()[1].accepts_short("UK"));
        let t = tb("ngo\tNGO\tnon-governmental organization\tНПО\t\tpolitics\t\t\t\n");
        assert_eq!(t.by_long("non-governmental organizations")[0].id, "ngo");
        assert_eq!(t.lookup("NGOs")[0].id, "ngo");
    }

    #[test]
    fn a_byte_order_mark_and_crlf_are_accepted() {
        let text = format!(
            "\u{feff}{}un\tUN\tUnited Nations\tООН\t\tpolitics\t\t\t\r\n",
            HEADER.replace('\n', "\r\n")
        );
        let t = Termbase::parse(Path::new("t.tsv"), &text).unwrap();
        assert_eq!(t.lookup("UN")[0].variants, Vec::<String>::new());
        assert_eq!(t.lookup("UN")[0].ru_short.as_deref(), Some("ООН"));
    }

    #[test]
    fn one_short_form_can_have_several_senses_in_file_order() {
        let t = tb(
            "a\tWTO\tWorld Trade Organization\tВТО\t\teconomics\ttrade:3\t\t\n\
                    b\tWTO\tWarsaw Treaty Organization\tОВД\t\tsecurity\t1955-1991:2;Cold War\t\t\n",
        );
        let ids: Vec<_> = t.lookup("WTO").iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(
            t.records()[1].cues,
            [
                Cue::Years(1955, 1991, 2),
                Cue::Words(vec!["cold".into(), "war".into()], 1)
            ]
        );
    }

    #[test]
    fn the_source_column_is_read_and_a_termbase_without_it_still_loads() {
        let header = format!("{}\tru_variants\tsource\n", HEADER.trim_end());
        let t = Termbase::parse(
            Path::new("t.tsv"),
            &format!(
                "{header}un\tUN\tUnited Nations\tООН\t\tpolitics\t\t\t\t\thttps://www.un.org/ru/\n\
                 g8\tG8\tGroup of Eight\tG8\t«Группа восьми»\teconomics\t\t\tG-8\t«Большая восьмерка» | «восьмерка»\t\n"
            ),
        )
        .unwrap();
        assert_eq!(
            t.lookup("UN")[0].source.as_deref(),
            Some("https://www.un.org/ru/")
        );
        assert_eq!(t.lookup("G-8")[0].source, None);
        assert_eq!(
            t.lookup("G-8")[0].ru_variants,
            ["«Большая восьмерка»", "«восьмерка»"]
        );
        // the nine-column form of older termbases: no source, so every record is unverified
        assert_eq!(
            tb("un\tUN\tUnited Nations\tООН\t\tpolitics\t\t\t\n").records()[0].source,
            None
        );
        // the header fixes the width: eleven columns announced, nine given
        let e = Termbase::parse(
            Path::new("x.tsv"),
            &format!("{header}un\tUN\tUnited Nations\tООН\t\tpolitics\t\t\t\n"),
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.tsv:2: expected 11 tab-separated fields, found 9"
        );
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = Termbase::parse(
            Path::new("x.tsv"),
            &format!("{HEADER}\nok\tA\t\t\t\t\t\t\t\nbad\tB\n"),
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:4: expected 9 tab-separated fields, found 2");
        let e = Termbase::parse(Path::new("x.tsv"), "id\tshort\n").unwrap_err();
        assert!(
            e.to_string().starts_with("x.tsv:1: expected the header row"),
            "{e}"
        );
        let e = Termbase::parse(Path::new("x.tsv"), &format!("{HEADER}a\tA\t\t\t\t\tx:y\t\t\n")).unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:2: bad cue weight in `x:y`");
        let e = Termbase::parse(
            Path::new("x.tsv"),
            &format!("{HEADER}a\tA\t\t\t\t\t\t\t\na\tB\t\t\t\t\t\t\t\n"),
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:3: duplicate id `a` (first on line 2)");
        let e = Termbase::parse(Path::new("x.tsv"), "").unwrap_err();
        assert_eq!(e.to_string(), "x.tsv:1: empty termbase: no header row");
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.tsv");
        let mut bytes = format!("{HEADER}a\tA\t\t").into_bytes();
        bytes.push(0xff);
        bytes.extend_from_slice(b"\t\t\t\t\t\n");
        std::fs::write(&bad, bytes).unwrap();
        let e = Termbase::load(&bad).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{}:2: invalid UTF-8 at byte {}", bad.display(), HEADER.len() + 5)
        );
        let e = Termbase::load(Path::new("/nonexistent/tb.tsv")).unwrap_err();
        assert!(e.to_string().starts_with("/nonexistent/tb.tsv: "), "{e}");
    }
}
