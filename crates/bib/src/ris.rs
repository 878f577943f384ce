//! RIS: records of `TAG  - value` lines from `TY` to `ER`. Read line by line with each line's
//! position, so that [`RisFile::update`] rewrites only the lines whose values changed and adds new
//! ones (`OP` for the original-script title, `LA` for the language) before `ER`, with the line end
//! the file uses; every other byte stays.

use crate::entry::{Entry, Kind, Name, TextField};
use crate::splice::Splices;
use crate::Error;
use std::ops::Range;

/// One tagged line: its tag and the byte range of its value (line end excluded).
#[derive(Debug, Clone)]
struct Line {
    tag: String,
    value: Range<usize>,
}

/// A record: its lines and where its `ER` line starts.
#[derive(Debug)]
struct Record {
    lines: Vec<Line>,
    end: usize,
}

/// A RIS file read for editing.
#[derive(Debug)]
pub struct RisFile {
    text: String,
    newline: &'static str,
    records: Vec<Record>,
    entries: Vec<Entry>,
}

/// RIS types of each kind (the first is written).
const TYPES: [(Kind, &[&str]); 6] = [
    (Kind::Book, &["BOOK", "EDBOOK"]),
    (Kind::Article, &["JOUR", "MGZN"]),
    (Kind::Newspaper, &["NEWS"]),
    (Kind::Chapter, &["CHAP"]),
    (Kind::Webpage, &["ELEC", "WEB"]),
    (Kind::Document, &["GEN", "RPRT", "SPEECH"]),
];

/// The tags of a text field, preferred first.
fn tags(f: TextField) -> &'static [&'static str] {
    match f {
        TextField::Title => &["TI", "T1"],
        TextField::VolumeTitle => &["VT"],
        TextField::ContainerTitle => &["T2", "JO", "JF", "BT", "JA"],
        TextField::Series => &["T3"],
        TextField::Publisher => &["PB"],
        TextField::Place => &["CY", "PP"],
    }
}

impl RisFile {
    /// Reads a RIS file (a BOM and CRLF line ends are fine).
    ///
    /// ```
    /// let text = "TY  - BOOK\r\nAU  - Tokaev, K.K.\r\nTI  - Pod stiagom nezavisimosti\r\nPY  - 1997\r\nER  - \r\n";
    /// let file = steppe_bib::RisFile::parse(text.into()).unwrap();
    /// assert_eq!(file.entries()[0].authors[0].family, "Tokaev");
    /// assert_eq!(file.update(file.entries()), text);
    /// ```
    pub fn parse(text: String) -> Result<RisFile, Error> {
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let mut records = Vec::new();
        let mut current: Option<Vec<Line>> = None;
        let mut at = 0;
        for raw in text.split_inclusive('\n') {
            let start = at;
            at += raw.len();
            let line = raw.trim_end_matches(['\n', '\r']);
            let line_start = if start == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            let skip = line.len() - line_start.len();
            if line_start.trim().is_empty() {
                continue;
            }
            let tagged = line_start.len() >= 5
                && line_start.as_bytes()[..2]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric())
                && line_start[2..].starts_with("  -");
            if !tagged {
                // A value that goes on over the next line belongs to the line before.
                if let Some(last) = current.as_mut().and_then(|c| c.last_mut()) {
                    last.value.end = start + line.len();
                    continue;
                }
                return Err(Error::at(&text, start, "expected a `TAG  - value` line"));
            }
            let tag = line_start[..2].to_owned();
            let value_start = start + skip + 5.min(line_start.len());
            let value_start = value_start + text[value_start..start + line.len()].len()
                - text[value_start..start + line.len()].trim_start().len();
            let value = value_start..start + line.len();
            match tag.as_str() {
                "TY" => {
                    if current.is_some() {
                        return Err(Error::at(&text, start, "`TY` before the record's `ER`"));
                    }
                    current = Some(vec![Line { tag, value }]);
                }
                "ER" => match current.take() {
                    Some(lines) => records.push(Record { lines, end: start }),
                    None => return Err(Error::at(&text, start, "`ER` with no `TY` before it")),
                },
                _ => match current.as_mut() {
                    Some(lines) => lines.push(Line { tag, value }),
                    None => return Err(Error::at(&text, start, "a tag outside a record (no `TY`)")),
                },
            }
        }
        if current.is_some() {
            return Err(Error::at(&text, text.len(), "the last record has no `ER` line"));
        }
        let entries = records.iter().map(|r| entry_of(&text, r)).collect();
        Ok(RisFile {
            text,
            newline,
            records,
            entries,
        })
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The file with the fields of `entries` that differ written in; the same entries give the
    /// same bytes.
    pub fn update(&self, entries: &[Entry]) -> String {
        crate::splice::update_changed(&self.text, &self.records, &self.entries, entries, |r, o, n, s| {
            self.update_record(r, o, n, s)
        })
    }

    fn update_record(&self, record: &Record, old: &Entry, new: &Entry, splices: &mut Splices) {
        let nl = self.newline;
        let mut set =
            |tags: &[&str], value: &str| match record.lines.iter().find(|l| tags.contains(&l.tag.as_str())) {
                Some(l) => splices.replace(l.value.start, l.value.end, value.to_owned()),
                None => splices.insert(record.end, format!("{}  - {value}{nl}", tags[0])),
            };
        for f in TextField::ALL {
            if old.text(f) != new.text(f) {
                if let Some(v) = new.text(f) {
                    set(tags(f), v);
                }
            }
        }
        if old.original_title != new.original_title {
            if let Some(v) = &new.original_title {
                set(&["OP"], v);
            }
        }
        if old.language != new.language {
            if let Some(v) = &new.language {
                set(&["LA"], v);
            }
        }
        for (names_tags, o, n) in [
            (&["AU", "A1"][..], &old.authors, &new.authors),
            (&["A2", "ED"][..], &old.editors, &new.editors),
        ] {
            let lines: Vec<&Line> = record
                .lines
                .iter()
                .filter(|l| names_tags.contains(&l.tag.as_str()))
                .collect();
            if o == n || lines.len() != n.len() {
                continue; // names are changed in place only, one line each
            }
            for ((line, a), b) in lines.iter().zip(o).zip(n) {
                if a != b {
                    splices.replace(line.value.start, line.value.end, b.inverted());
                }
            }
        }
    }
}

fn entry_of(text: &str, record: &Record) -> Entry {
    let value = |l: &Line| text[l.value.clone()].to_owned();
    let get = |tags: &[&str]| {
        tags.iter()
            .find_map(|t| record.lines.iter().find(|l| l.tag == *t))
            .map(value)
    };
    let names = |tags: &[&str]| -> Vec<Name> {
        record
            .lines
            .iter()
            .filter(|l| tags.contains(&l.tag.as_str()))
            .map(|l| Name::parse(&value(l)))
            .collect()
    };
    let ty = get(&["TY"]).unwrap_or_default();
    let mut e = Entry {
        id: get(&["ID"]).unwrap_or_default(),
        kind: TYPES
            .iter()
            .find(|(_, t)| t.contains(&ty.trim()))
            .map_or(Kind::Document, |(k, _)| *k),
        authors: names(&["AU", "A1"]),
        editors: names(&["A2", "ED"]),
        volume: get(&["VL"]),
        issue: get(&["IS"]),
        url: get(&["UR"]),
        doi: get(&["DO"]),
        isbn: get(&["SN"]),
        note: get(&["N1"]),
        language: get(&["LA"]),
        original_title: get(&["OP"]),
        ..Entry::default()
    };
    for f in TextField::ALL {
        *e.text_mut(f) = get(tags(f));
    }
    e.pages = match (get(&["SP"]), get(&["EP"])) {
        (Some(s), Some(end)) => Some(format!("{s}-{end}")),
        (s, _) => s,
    };
    if let Some(date) = get(&["PY", "Y1", "DA"]) {
        let mut parts = date.split('/');
        e.year = parts.next().map(str::to_owned).filter(|y| !y.is_empty());
        e.month = parts.next().and_then(|m| m.parse().ok());
        e.day = parts.next().and_then(|d| d.parse().ok());
    }
    e
}

/// A new RIS file of `entries`.
pub fn write(entries: &[Entry]) -> String {
    let mut out = String::new();
    for e in entries {
        let ty = TYPES.iter().find(|(k, _)| *k == e.kind).map_or("GEN", |t| t.1[0]);
        let mut put = |tag: &str, value: &str| out.push_str(&format!("{tag}  - {value}\n"));
        put("TY", ty);
        put("ID", &e.id);
        for a in &e.authors {
            put("AU", &a.inverted());
        }
        for a in &e.editors {
            put("A2", &a.inverted());
        }
        for f in TextField::ALL {
            if let Some(v) = e.text(f) {
                put(tags(f)[0], v);
            }
        }
        let (start, end) = match e.pages.as_deref().map(|p| p.split_once('-')) {
            Some(Some((s, end))) => (Some(s.to_owned()), Some(end.to_owned())),
            _ => (e.pages.clone(), None),
        };
        let date = e.year.as_ref().map(|y| match (e.month, e.day) {
            (Some(m), Some(d)) => format!("{y}/{m:02}/{d:02}"),
            (Some(m), None) => format!("{y}/{m:02}"),
            _ => y.clone(),
        });
        let rows = [
            ("OP", &e.original_title),
            ("VL", &e.volume),
            ("IS", &e.issue),
            ("SP", &start),
            ("EP", &end),
            ("PY", &date),
            ("UR", &e.url),
            ("DO", &e.doi),
            ("SN", &e.isbn),
            ("N1", &e.note),
            ("LA", &e.language),
        ];
        for (tag, v) in rows {
            if let Some(v) = v {
                put(tag, v);
            }
        }
        put("ER", "");
    }
    out
}
