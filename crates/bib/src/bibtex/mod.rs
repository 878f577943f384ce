//! BibTeX and BibLaTeX, read losslessly: every entry's fields with the byte range of their
//! values, so that [`BibFile::update`] rewrites only the values that changed and keeps comments,
//! `@string`s, `@preamble`s, field order, delimiters (`{}` or `""`), spacing and TeX as written.
//!
//! Why not the `biblatex` crate: its model re-serialises each entry (delimiters, spacing, the
//! text between entries), so a round trip with no change is not the identity; a reader that keeps
//! byte ranges is small, and the values it decodes go through [`crate::tex`].

mod write;
pub use write::{arabic, write};

use crate::entry::{Entry, Kind, Name, TextField};
use crate::splice::Splices;
use crate::tex;
use crate::Error;
use std::ops::Range;

/// A field of an entry: its name (lower case), the name's and the value's byte ranges, the text.
#[derive(Debug, Clone)]
struct Field {
    name: String,
    name_range: Range<usize>,
    value: Range<usize>,
    text: String,
}

/// An entry: its fields, in order.
#[derive(Debug)]
struct Record {
    fields: Vec<Field>,
}

/// A BibTeX/BibLaTeX file read for editing.
#[derive(Debug)]
pub struct BibFile {
    text: String,
    records: Vec<Record>,
    entries: Vec<Entry>,
}

/// A cursor over the file's bytes.
struct Reader<'t> {
    text: &'t str,
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }
    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }
    fn ident(&mut self) -> &str {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| !b.is_ascii_whitespace() && !b"{}(),=#\"".contains(&b))
        {
            self.at += 1;
        }
        &self.text[start..self.at]
    }
    fn error(&self, message: &str) -> Error {
        Error::at(self.text, self.at, message)
    }
    /// After an opening `{` (or `"` with `quote`), to just after the matching close.
    fn balanced(&mut self, quote: bool) -> Result<(), Error> {
        let start = self.at;
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'\\' => self.at += 1,
                b'{' => depth += 1,
                b'}' if depth == 0 && !quote => return Ok(()),
                b'}' => depth -= 1,
                b'"' if quote && depth == 0 => return Ok(()),
                _ => {}
            }
        }
        self.at = start - 1;
        Err(self.error("unbalanced braces or quotes: the value never closes"))
    }
}

impl BibFile {
    /// Reads a BibTeX or BibLaTeX file.
    ///
    /// ```
    /// let text = "% my library\n@book{tokaev1997,\n  author = {Tokaev, K.K.},\n  title = \"Pod stiagom nezavisimosti\",\n  year = 1997\n}\n";
    /// let file = steppe_bib::BibFile::parse(text.into()).unwrap();
    /// assert_eq!(file.entries()[0].title.as_deref(), Some("Pod stiagom nezavisimosti"));
    /// assert_eq!(file.update(file.entries()), text);
    /// ```
    pub fn parse(text: String) -> Result<BibFile, Error> {
        let mut records = Vec::new();
        let mut entries = Vec::new();
        let mut r = Reader { text: &text, at: 0 };
        while let Some(i) = text[r.at..].find('@') {
            r.at += i + 1;
            let kind = r.ident().to_ascii_lowercase();
            r.skip_space();
            let close = match r.peek() {
                Some(b'{') => b'}',
                Some(b'(') => b')',
                _ => continue, // an `@` in a comment between entries
            };
            r.at += 1;
            if matches!(kind.as_str(), "comment" | "preamble" | "string") {
                r.at -= 1;
                r.at += 1;
                r.balanced(false)?;
                continue;
            }
            r.skip_space();
            let key = r.ident().to_owned();
            let mut fields = Vec::new();
            loop {
                r.skip_space();
                match r.peek() {
                    Some(b',') => r.at += 1,
                    Some(b) if b == close => {
                        r.at += 1;
                        break;
                    }
                    None => return Err(r.error(&format!("entry `{key}` never closes"))),
                    _ => fields.push(field(&mut r)?),
                }
            }
            entries.push(entry_of(&kind, key, &fields));
            records.push(Record { fields });
        }
        Ok(BibFile {
            text,
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
        let has = |n: &str| record.fields.iter().any(|f| f.name == n);
        let mut changes: Vec<(&str, String)> = Vec::new();
        for f in TextField::ALL {
            if old.text(f) == new.text(f) {
                continue;
            }
            let Some(value) = new.text(f) else { continue };
            let name = field_names(f, has("maintitle"))
                .iter()
                .copied()
                .find(|n| has(n))
                .unwrap_or(field_names(f, false)[0]);
            let protect = matches!(f, TextField::Title | TextField::VolumeTitle);
            changes.push((name, tex::encode(value, protect)));
        }
        for (name, o, n) in [
            ("author", &old.authors, &new.authors),
            ("editor", &old.editors, &new.editors),
        ] {
            if o != n {
                changes.push((name, names_value(n)));
            }
        }
        if old.original_title != new.original_title {
            if let Some(t) = &new.original_title {
                changes.push(("origtitle", tex::encode(t, true)));
                if !has("origlanguage") {
                    changes.push((
                        "origlanguage",
                        language_name(new.language.as_deref().unwrap_or("ru")),
                    ));
                }
            }
        }
        if old.language != new.language {
            if let Some(l) = &new.language {
                let name = if has("langid") || !has("language") {
                    "langid"
                } else {
                    "language"
                };
                changes.push((name, language_name(l)));
            }
        }
        let Some(last) = record.fields.last() else { return };
        let line_start = self.text[..last.name_range.start]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let indent = &self.text[line_start..last.name_range.start];
        let indent = if indent.trim().is_empty() {
            format!("\n{indent}")
        } else {
            " ".into()
        };
        // Padding that aligns the `=` of the existing fields is not copied.
        let gap = &self.text[last.name_range.end..last.value.start];
        let equals = if gap.starts_with(char::is_whitespace) {
            " = "
        } else {
            "="
        };
        for (name, value) in changes {
            match record.fields.iter().find(|f| f.name == name) {
                Some(f) => splices.replace(f.value.start, f.value.end, format!("{{{value}}}")),
                None => splices.insert(last.value.end, format!(",{indent}{name}{equals}{{{value}}}")),
            }
        }
    }
}

/// Reads `name = value # value …`.
fn field(r: &mut Reader) -> Result<Field, Error> {
    let start = r.at;
    let name = r.ident().to_ascii_lowercase();
    let name_range = start..r.at;
    if name.is_empty() {
        return Err(r.error("expected a field name"));
    }
    r.skip_space();
    if r.peek() != Some(b'=') {
        return Err(r.error(&format!("expected `=` after the field name `{name}`")));
    }
    r.at += 1;
    r.skip_space();
    let value_start = r.at;
    let mut text = String::new();
    loop {
        match r.peek() {
            Some(b'{') => {
                r.at += 1;
                let s = r.at;
                r.balanced(false)?;
                text.push_str(&tex::decode(&r.text[s..r.at - 1]));
            }
            Some(b'"') => {
                r.at += 1;
                let s = r.at;
                r.balanced(true)?;
                text.push_str(&tex::decode(&r.text[s..r.at - 1]));
            }
            _ => {
                let word = r.ident();
                if word.is_empty() {
                    return Err(r.error(&format!("expected a value for `{name}`")));
                }
                text.push_str(word);
            }
        }
        let end = r.at;
        r.skip_space();
        if r.peek() == Some(b'#') {
            r.at += 1;
            r.skip_space();
        } else {
            r.at = end;
            break;
        }
    }
    Ok(Field {
        name,
        name_range,
        value: value_start..r.at,
        text,
    })
}

/// The BibLaTeX field names of a text field, preferred first (BibTeX's after).
fn field_names(f: TextField, multivolume: bool) -> &'static [&'static str] {
    match f {
        TextField::Title if multivolume => &["maintitle"],
        TextField::Title => &["title"],
        TextField::VolumeTitle => &["title"],
        TextField::ContainerTitle => &["journaltitle", "journal", "booktitle"],
        TextField::Series => &["series"],
        TextField::Publisher => &["publisher", "institution", "organization"],
        TextField::Place => &["location", "address"],
    }
}

/// BibLaTeX language names of BCP 47 tags, and back.
const LANGUAGES: [(&str, &str); 4] = [
    ("ru", "russian"),
    ("kk", "kazakh"),
    ("en", "english"),
    ("uk", "ukrainian"),
];

pub(super) fn language_name(tag: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(tag, |(_, n)| n)
        .to_owned()
}

fn language_tag(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|(_, n)| *n == lower)
        .map_or(name, |(t, _)| t)
        .to_owned()
}

/// Names joined by ` and `, each `Family, Given`.
pub(super) fn names_value(names: &[Name]) -> String {
    names
        .iter()
        .map(|n| tex::encode(&n.inverted(), false))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The names of a field: split at ` and ` outside braces.
fn names_of(text: &str) -> Vec<Name> {
    text.split(" and ")
        .filter(|s| !s.trim().is_empty())
        .map(Name::parse)
        .collect()
}

fn entry_of(kind: &str, key: String, fields: &[Field]) -> Entry {
    let get = |n: &str| fields.iter().find(|f| f.name == n).map(|f| f.text.clone());
    let first = |names: &[&str]| names.iter().find_map(|n| get(n));
    let mut e = Entry {
        id: key,
        kind: match kind {
            "book" | "mvbook" | "collection" | "mvcollection" | "proceedings" => Kind::Book,
            "incollection" | "inbook" => Kind::Chapter,
            "online" | "www" => Kind::Webpage,
            "article" if get("entrysubtype").as_deref() == Some("newspaper") => Kind::Newspaper,
            "article" => Kind::Article,
            _ => Kind::Document,
        },
        authors: get("author").map(|a| names_of(&a)).unwrap_or_default(),
        editors: get("editor").map(|a| names_of(&a)).unwrap_or_default(),
        container_title: first(&["journaltitle", "journal", "booktitle"]),
        series: get("series"),
        publisher: first(&["publisher", "institution", "organization"]),
        place: first(&["location", "address"]),
        volume: get("volume"),
        issue: first(&["number", "issue"]),
        pages: get("pages").map(|p| p.replace("--", "-")),
        url: get("url"),
        doi: get("doi"),
        isbn: first(&["isbn", "issn"]),
        note: first(&["note", "annotation"]),
        language: first(&["langid", "language"]).map(|l| language_tag(&l)),
        original_title: get("origtitle"),
        ..Entry::default()
    };
    match get("maintitle") {
        Some(main) => {
            e.title = Some(main);
            e.volume_title = get("title");
        }
        None => e.title = get("title"),
    }
    let date = get("date");
    e.year = get("year").or_else(|| date.as_ref().map(|d| d.chars().take(4).collect()));
    if let Some(d) = date {
        let mut parts = d.split('-').skip(1).map(|p| p.parse::<u8>().ok());
        e.month = parts.next().flatten();
        e.day = parts.next().flatten();
    }
    e
}
