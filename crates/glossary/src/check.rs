//! `steppe termbase check`: an audit of a termbase file, every problem at once with its line.
//!
//! Errors (the file is wrong): the format (encoding, header, column count, empty id, cues), duplicate
//! ids, an unknown domain, a short form shared by several records without cues on each or without
//! `ambiguous` in the note, a short form whose letters do not follow its long form (English or
//! Russian) unless the note says `irregular en_short` / `irregular ru_short`, and a lowercase
//! Russian word the lexicon does not know. Warnings (the file is usable): records without a
//! `source` (unverified), cues on a short form with one sense, capitalised words the lexicon lacks
//! (proper nouns: Мажилис, Джейхан; a capitalised misspelling lands here too, named). Words listed
//! on a `# words:` comment line of the termbase count as known. See `corpus/README.md`.

use crate::abbrev::{abbreviates, transcribes};
use crate::termbase::{header_message, header_width, key, lines, looks_short, parse_line, Record};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A comment line listing Russian words the lexicon lacks but the termbase rightly uses
/// (`# words: экономик Косово Мажилис`): they count as known, in this termbase only.
pub const WORDS_DIRECTIVE: &str = "# words:";

/// The subject fields a record may have (`domain` column).
pub const DOMAINS: [&str; 8] = [
    "security",
    "politics",
    "economics",
    "energy",
    "media",
    "geography",
    "environment",
    "degree",
];

/// How bad a finding is: errors fail the check, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The termbase is wrong.
    Error,
    /// Worth a look; the termbase is usable.
    Warning,
}

/// One finding of [`check_termbase`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// 1-based line of the termbase.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// Which check (`format`, `duplicate_id`, `domain`, `senses`, `short_form`, `spelling`,
    /// `unverified`).
    pub check: &'static str,
    /// The record's id, when the line has one.
    pub id: Option<String>,
    /// What is wrong, in words.
    pub message: String,
}

/// The result of checking one termbase.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Records read (lines that parsed).
    pub records: usize,
    /// Number of error findings.
    pub errors: usize,
    /// Number of warning findings.
    pub warnings: usize,
    /// Ids of the records without a source, in file order, each once.
    pub unverified: Vec<String>,
    /// Every finding, in line order.
    pub findings: Vec<Finding>,
}

/// Checks termbase bytes; `is_word` says whether a Russian word form is known (case ignored), e.g.
/// the embedded lexicon's `contains`.
///
/// ```
/// use steppe_glossary::check_termbase;
/// let text = "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\tru_variants\tsource\n\
///             un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\t\t\n\
///             un\tUM\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\t\t\n";
/// let report = check_termbase(text.as_bytes(), &|w: &str| ["организация", "объединенных", "наций"].contains(&w.to_lowercase().as_str()));
/// assert_eq!(report.errors, 2); // a duplicate id, UM does not abbreviate United Nations
/// assert_eq!(report.unverified, ["un"]);
/// ```
pub fn check_termbase(bytes: &[u8], is_word: &dyn Fn(&str) -> bool) -> Report {
    let mut report = Report::default();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            report.push(
                line,
                Severity::Error,
                "format",
                None,
                format!("invalid UTF-8 at byte {at}"),
            );
            return report.done();
        }
    };
    let mut width = None;
    let mut records: Vec<Record> = Vec::new();
    for (line, fields) in lines(text) {
        let Some(w) = width else {
            match header_width(&fields) {
                Some(w) => width = Some(w),
                None => {
                    report.push(line, Severity::Error, "format", None, header_message());
                    return report.done();
                }
            }
            continue;
        };
        let id = fields.first().filter(|f| !f.is_empty()).map(|f| f.to_string());
        match parse_line(&fields, w, line) {
            Ok(record) => records.push(record),
            Err(message) => report.push(line, Severity::Error, "format", id, message),
        }
    }
    if width.is_none() {
        report.push(
            1,
            Severity::Error,
            "format",
            None,
            "empty termbase: no header row".into(),
        );
        return report.done();
    }
    report.records = records.len();
    let listed: HashSet<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix(WORDS_DIRECTIVE))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect();
    let is_word = |w: &str| is_word(w) || listed.contains(&w.to_lowercase());
    check_ids_and_domains(&records, &mut report);
    check_senses(&records, &mut report);
    for r in &records {
        check_short_forms(r, &mut report);
        check_spelling(r, &is_word, &mut report);
        if r.source.is_none() {
            if !report.unverified.contains(&r.id) {
                report.unverified.push(r.id.clone());
            }
            report.push_for(
                r,
                Severity::Warning,
                "unverified",
                "no source for its Russian".into(),
            );
        }
    }
    report.done()
}

impl Report {
    fn push(
        &mut self,
        line: usize,
        severity: Severity,
        check: &'static str,
        id: Option<String>,
        message: String,
    ) {
        self.findings.push(Finding {
            line,
            severity,
            check,
            id,
            message,
        });
    }

    fn push_for(&mut self, r: &Record, severity: Severity, check: &'static str, message: String) {
        self.push(r.line, severity, check, Some(r.id.clone()), message);
    }

    /// Sorts the findings by line (stable: checks keep their order) and counts them.
    fn done(mut self) -> Report {
        self.findings.sort_by_key(|f| f.line);
        self.errors = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        self.warnings = self.findings.len() - self.errors;
        self
    }
}

fn check_ids_and_domains(records: &[Record], report: &mut Report) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for r in records {
        if let Some(line) = first.get(r.id.as_str()) {
            let message = format!("duplicate id `{}` (first on line {line})", r.id);
            report.push_for(r, Severity::Error, "duplicate_id", message);
        } else {
            first.insert(&r.id, r.line);
        }
        if !DOMAINS.contains(&r.domain.as_str()) {
            let message = format!("unknown domain `{}` (one of: {})", r.domain, DOMAINS.join(", "));
            report.push_for(r, Severity::Error, "domain", message);
        }
    }
}

/// Records sharing a short form (the standard one or a short variant, as lookups see them) are
/// senses: each needs cues and an `ambiguous` note.
fn check_senses(records: &[Record], report: &mut Report) {
    let shorts = |r: &Record| -> Vec<String> {
        let variants = r.variants.iter().filter(|v| looks_short(v));
        r.en_short.iter().chain(variants).map(|s| key(s)).collect()
    };
    let mut by_short: HashMap<String, Vec<&str>> = HashMap::new();
    for r in records {
        for k in shorts(r) {
            let ids = by_short.entry(k).or_default();
            if !ids.contains(&r.id.as_str()) {
                ids.push(&r.id);
            }
        }
    }
    for r in records {
        let shared = shorts(r).into_iter().max_by_key(|k| by_short[k].len());
        let senses = shared.as_ref().map_or(0, |k| by_short[k].len());
        let short = r.en_short.as_deref().unwrap_or_default();
        if senses > 1 {
            if r.cues.is_empty() {
                let message = format!("`{short}` has {senses} senses but this one has no cues");
                report.push_for(r, Severity::Error, "senses", message);
            }
            if !r.note.contains("ambiguous") {
                let message = format!("`{short}` has {senses} senses; the note should say `ambiguous`");
                report.push_for(r, Severity::Error, "senses", message);
            }
        } else if !r.cues.is_empty() {
            let message = "cues on a short form with one sense are never used".to_string();
            report.push_for(r, Severity::Warning, "senses", message);
        }
    }
}

fn check_short_forms(r: &Record, report: &mut Report) {
    let pairs = [
        ("en_short", &r.en_short, "en_long", &r.en_long),
        ("ru_short", &r.ru_short, "ru_long", &r.ru_long),
    ];
    for (short_col, short, long_col, long) in pairs {
        let (Some(short), Some(long)) = (short, long) else {
            continue;
        };
        if r.note.contains(&format!("irregular {short_col}")) || abbreviates(short, long) {
            continue;
        }
        // a Russian short form may be the English one in Cyrillic letters (НАТО, ОПЕК, ЮСАИД)
        if short_col == "ru_short" && r.en_short.as_deref().is_some_and(|en| transcribes(en, short)) {
            continue;
        }
        let message = format!(
            "{short_col} `{short}` does not follow the {long_col} `{long}` (letters in order, the first \
             starting a word); if that is right, say `irregular {short_col}: why` in the note"
        );
        report.push_for(r, Severity::Error, "short_form", message);
    }
}

/// Russian words of the Russian columns against the lexicon (case ignored). Acronyms (two capitals
/// or more) and Latin words are skipped; an unknown lowercase word is an error; an unknown
/// capitalised word may be a proper noun the lexicon lacks: a warning.
fn check_spelling(r: &Record, is_word: &dyn Fn(&str) -> bool, report: &mut Report) {
    let columns = [("ru_short", r.ru_short.as_ref()), ("ru_long", r.ru_long.as_ref())];
    let variants = r.ru_variants.iter().map(|v| ("ru_variants", Some(v)));
    for (col, text) in columns.into_iter().chain(variants) {
        let Some(text) = text else { continue };
        for word in russian_words(text) {
            if is_word(word) || word.split('-').all(is_word) {
                continue;
            }
            if word.starts_with(char::is_uppercase) {
                let message = format!("{col}: `{word}` is not in the lexicon (a proper noun?)");
                report.push_for(r, Severity::Warning, "spelling", message);
            } else {
                let message = format!("{col}: `{word}` is not a Russian word form the lexicon knows");
                report.push_for(r, Severity::Error, "spelling", message);
            }
        }
    }
}

/// The Cyrillic words of a Russian name that the lexicon should know. Acronyms and words with Latin
/// letters are left out; hyphenated words stay whole (`штаб-квартира`), other punctuation («», en
/// dashes in `Баку–Тбилиси`) splits.
fn russian_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| {
            let capitals = w.chars().filter(|c| c.is_uppercase()).count();
            !w.is_empty()
                && capitals < 2
                && w.chars()
                    .all(|c| c == '-' || ('\u{400}'..='\u{4ff}').contains(&c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\tru_variants\tsource\n";
    const WORDS: &[&str] = &[
        "организация",
        "объединенных",
        "наций",
        "торговая",
        "всемирная",
        "договора",
        "варшавского",
        "парламентская",
        "ассамблея",
        "партнерство",
        "ради",
        "мира",
        "штаб-квартира",
    ];

    fn check(rows: &str) -> Report {
        let text = format!("# a termbase\n{HEADER}{rows}");
        check_termbase(text.as_bytes(), &|w: &str| {
            WORDS.contains(&w.to_lowercase().as_str())
        })
    }

    fn messages(r: &Report) -> Vec<String> {
        r.findings
            .iter()
            .map(|f| format!("{}:{:?}:{}:{}", f.line, f.severity, f.check, f.message))
            .collect()
    }

    #[test]
    fn a_clean_termbase_has_only_the_unverified_warnings() {
        let r = check(
            "un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\t\thttps://www.un.org/ru/\n\
             pa\tPA\tParliamentary Assembly\tПА\tПарламентская ассамблея\tpolitics\t\t\t\t\t\n\
             hq\t\tHeadquarters\t\tштаб-квартира\tsecurity\t\t\t\t\t\n",
        );
        assert_eq!((r.records, r.errors, r.warnings), (3, 0, 2), "{:?}", messages(&r));
        assert_eq!(r.unverified, ["pa", "hq"]);
        assert_eq!(r.findings[0].line, 4);
    }

    #[test]
    fn every_error_is_found_with_its_line() {
        let r = check(
            "un\tUN\tUnited Nations\tООН\tОрганизация Объединенных Наций\tpolitics\t\t\t\t\tx\n\
             un\tUN\tUnited Nations\tООН\tОрганизация Объединенных нацый\tpolitics\t\t\t\t\tx\n\
             bad\tB\n\
             w1\tWTO\tWorld Trade Organization\tВТО\tВсемирная торговая организация\teconomics\ttrade:3\tambiguous\t\t\tx\n\
             w2\tWTO\tWarsaw Treaty Organization\tОВД\tОрганизация Варшавского договора\tsecurity\t\t\t\t\tx\n\
             prt\tPRT\tProvincial Reconstruction Team\tГВП\tпровинциальная группа\tsecurity\t\t\t\t\tx\n\
             g8\tG8\tGroup of Eight\tG8\tпартнерство\tspace\t\tirregular ru_short: Latin\t\t\tx\n",
        );
        assert_eq!(
            messages(&r),
            [
                "4:Error:duplicate_id:duplicate id `un` (first on line 3)",
                "4:Error:spelling:ru_long: `нацый` is not a Russian word form the lexicon knows",
                "5:Error:format:expected 11 tab-separated fields, found 2",
                "7:Error:senses:`WTO` has 2 senses but this one has no cues",
                "7:Error:senses:`WTO` has 2 senses; the note should say `ambiguous`",
                "8:Error:short_form:ru_short `ГВП` does not follow the ru_long `провинциальная группа` \
                 (letters in order, the first starting a word); if that is right, say `irregular \
                 ru_short: why` in the note",
                "8:Error:spelling:ru_long: `провинциальная` is not a Russian word form the lexicon knows",
                "8:Error:spelling:ru_long: `группа` is not a Russian word form the lexicon knows",
                "9:Error:domain:unknown domain `space` (one of: security, politics, economics, energy, \
                 media, geography, environment, degree)",
            ]
        );
        assert_eq!((r.errors, r.warnings), (9, 0));
    }

    #[test]
    fn proper_nouns_warn_and_format_errors_stop_early() {
        let r = check("x\t\tX\t\tВсемирная организация «Хабар» Мажилиса\tpolitics\t\t\t\t\ty\n");
        assert_eq!(
            messages(&r),
            [
                "3:Warning:spelling:ru_long: `Хабар` is not in the lexicon (a proper noun?)",
                "3:Warning:spelling:ru_long: `Мажилиса` is not in the lexicon (a proper noun?)",
            ]
        );
        let r = check("x\t\tX\t\tМажилис\tpolitics\t\t\t\t\ty\n");
        assert_eq!((r.errors, r.warnings), (0, 1), "capitalised: named, not an error");
        let r = check("# words: мажилис экономик\nx\t\tX\t\tМажилис экономик\tpolitics\t\t\t\t\ty\n");
        assert_eq!(
            (r.errors, r.warnings),
            (0, 0),
            "words the termbase lists are known"
        );
        let r = check_termbase(b"id\tshort\n", &|_: &str| true);
        assert_eq!(messages(&r), [format!("1:Error:format:{}", header_message())]);
        let r = check_termbase(b"id\xff\n", &|_: &str| true);
        assert_eq!(messages(&r), ["1:Error:format:invalid UTF-8 at byte 2"]);
        assert_eq!(r.errors, 1);
        let r = check_termbase(b"# nothing\n", &|_: &str| true);
        assert_eq!(messages(&r), ["1:Error:format:empty termbase: no header row"]);
        // the nine-column form loads; every record is unverified
        let r = check_termbase(
            "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
             un\tUN\tUnited Nations\tООН\t\tpolitics\t\t\t\n"
                .as_bytes(),
            &|_: &str| true,
        );
        assert_eq!((r.errors, r.unverified.len()), (0, 1));
    }
}
