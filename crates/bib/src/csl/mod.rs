//! CSL-JSON, the format of Zotero, Mendeley and pandoc's citeproc: read into [`Entry`]s with the
//! byte range of every field, so that [`CslFile::update`] changes only the values that changed and
//! keeps every other byte (unknown fields, their order, spacing, number forms) as it was.
//!
//! The values are read as `serde_json::value::RawValue` slices of the text, which is what makes
//! the byte ranges known without a JSON parser of our own.

mod write;
use write::kind_of;
pub use write::write;

use crate::entry::{Entry, Name, TextField};
use crate::splice::Splices;
use crate::Error;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::ops::Range;

/// A field of an item: its key, where the key's opening quote is, and its value's byte range.
#[derive(Debug, Clone)]
struct Field {
    key: String,
    key_start: usize,
    value: Range<usize>,
}

/// A CSL-JSON file read for editing.
#[derive(Debug)]
pub struct CslFile {
    text: String,
    items: Vec<Vec<Field>>,
    entries: Vec<Entry>,
}

/// The fields of one JSON object in order, values as raw slices.
struct Ordered<'a>(Vec<(String, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for Ordered<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Ordered<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    fields.push((key, map.next_value::<&'de RawValue>()?));
                }
                Ok(Ordered(fields))
            }
        }
        d.deserialize_map(V)
    }
}

fn json_error(e: serde_json::Error) -> Error {
    Error::Syntax {
        line: e.line(),
        column: e.column(),
        message: {
            let m = e.to_string();
            // serde_json appends " at line L column C"; the position is said once, first.
            m.split(" at line ").next().unwrap_or(&m).to_owned()
        },
    }
}

/// The byte offset of `slice` in `text` (a slice of it).
fn offset(text: &str, slice: &str) -> usize {
    slice.as_ptr() as usize - text.as_ptr() as usize
}

/// The fields of the object `raw` (a slice of `text`), with their ranges in `text`.
fn fields_of(text: &str, raw: &RawValue) -> Result<Vec<Field>, Error> {
    let at = offset(text, raw.get());
    let Ordered(pairs) = serde_json::from_str::<Ordered>(raw.get())
        .map_err(|e| Error::at(text, at, format!("an item is not a JSON object: {e}")))?;
    Ok(pairs
        .into_iter()
        .map(|(key, value)| {
            let start = offset(text, value.get());
            Field {
                key,
                key_start: key_start(text, start),
                value: start..start + value.get().len(),
            }
        })
        .collect())
}

/// Where the key before the value at `value_start` opens its quote.
fn key_start(text: &str, value_start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = text[..value_start].trim_end().len(); // after ':'
    i = text[..i - 1].trim_end().len() - 1; // the closing quote of the key
    loop {
        i -= 1;
        if bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\') {
            return i;
        }
    }
}

impl CslFile {
    /// Reads a CSL-JSON array of items.
    ///
    /// ```
    /// let text = "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"Pod stiagom\", \"x-zotero\": 1}]";
    /// let file = steppe_bib::CslFile::parse(text.into()).unwrap();
    /// assert_eq!(file.entries()[0].title.as_deref(), Some("Pod stiagom"));
    /// assert_eq!(file.update(file.entries()), text);
    /// ```
    pub fn parse(text: String) -> Result<CslFile, Error> {
        let raw: Vec<&RawValue> = serde_json::from_str(&text).map_err(json_error)?;
        let mut items = Vec::with_capacity(raw.len());
        let mut entries = Vec::with_capacity(raw.len());
        for value in raw {
            let fields = fields_of(&text, value)?;
            entries.push(entry_of(&text, &fields));
            items.push(fields);
        }
        Ok(CslFile { text, items, entries })
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The file with the fields of `entries` (same length and order as [`entries`](Self::entries))
    /// that differ written in; the same entries give the same bytes.
    pub fn update(&self, entries: &[Entry]) -> String {
        crate::splice::update_changed(&self.text, &self.items, &self.entries, entries, |r, o, n, s| {
            self.update_item(r, o, n, s)
        })
    }

    fn update_item(&self, fields: &[Field], old: &Entry, new: &Entry, splices: &mut Splices) {
        let text = &self.text;
        let set =
            |key: &str, value: Value, splices: &mut Splices| set_field(text, fields, key, value, splices);
        for f in TextField::ALL {
            if old.text(f) != new.text(f) {
                if let Some(v) = new.text(f) {
                    set(f.name(), Value::String(v.clone()), splices);
                }
            }
        }
        if old.original_title != new.original_title {
            if let Some(v) = &new.original_title {
                set("original-title", Value::String(v.clone()), splices);
            }
        }
        if old.language != new.language {
            if let Some(v) = &new.language {
                set("language", Value::String(v.clone()), splices);
            }
        }
        for (key, old_names, new_names) in [
            ("author", &old.authors, &new.authors),
            ("editor", &old.editors, &new.editors),
            ("original-author", &old.original_authors, &new.original_authors),
        ] {
            if old_names == new_names {
                continue;
            }
            let existing = fields.iter().find(|f| f.key == key);
            match existing {
                Some(field) if old_names.len() == new_names.len() => {
                    self.update_names(field, old_names, new_names, splices)
                }
                _ => set(key, names_value(new_names), splices),
            }
        }
    }

    /// Changes the `family` and `given` values of each name object in place.
    fn update_names(&self, field: &Field, old: &[Name], new: &[Name], splices: &mut Splices) {
        let raw: Vec<&RawValue> = match serde_json::from_str(&self.text[field.value.clone()]) {
            Ok(raw) => raw,
            Err(_) => return,
        };
        for ((value, o), n) in raw.iter().zip(old).zip(new) {
            let Ok(parts) = fields_of(&self.text, value) else {
                continue;
            };
            for (key, ov, nv) in [("family", &o.family, &n.family), ("given", &o.given, &n.given)] {
                if ov != nv {
                    set_field(&self.text, &parts, key, Value::String(nv.clone()), splices);
                }
            }
        }
    }
}

/// Replaces the value of `key` among `fields`, or adds the field after the last one with the
/// spacing the last one has.
fn set_field(text: &str, fields: &[Field], key: &str, value: Value, splices: &mut Splices) {
    if let Some(f) = fields.iter().find(|f| f.key == key) {
        let indent = indent_before(text, f.key_start);
        splices.replace(
            f.value.start,
            f.value.end,
            pretty(&value, &indent, &indent_unit(text)),
        );
        return;
    }
    let Some(last) = fields.last() else {
        return; // an empty object: nothing to take the spacing from; left as it is
    };
    let before_key = &text[..last.key_start];
    let sep_start = before_key.trim_end().len();
    let spacing = &text[sep_start..last.key_start];
    let key_end = text[last.key_start + 1..]
        .find('"')
        .map_or(0, |i| last.key_start + 2 + i);
    let colon = &text[key_end..last.value.start];
    let indent = indent_before(text, last.key_start);
    let key_json = serde_json::to_string(key).unwrap_or_default();
    splices.insert(
        last.value.end,
        format!(
            ",{spacing}{key_json}{colon}{}",
            pretty(&value, &indent, &indent_unit(text))
        ),
    );
}

/// The spaces or tabs that open the line of `at`, for values written over several lines.
fn indent_before(text: &str, at: usize) -> String {
    let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    line.chars().take_while(|c| *c == ' ' || *c == '\t').collect()
}

/// A value as JSON: strings and numbers compact; arrays and objects pretty, nested under `indent`.
/// The indentation step of the file (`\t` in Zotero's export), from its first indented line.
fn indent_unit(text: &str) -> String {
    text.lines()
        .map(|l| {
            l.chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect::<String>()
        })
        .find(|i| !i.is_empty())
        .unwrap_or_else(|| "  ".into())
}

fn pretty(value: &Value, indent: &str, unit: &str) -> String {
    match value {
        Value::Array(_) | Value::Object(_) => {
            let mut out = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(unit.as_bytes());
            let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
            let _ = serde::Serialize::serialize(value, &mut ser);
            String::from_utf8(out)
                .unwrap_or_default()
                .replace('\n', &format!("\n{indent}"))
        }
        _ => value.to_string(),
    }
}

/// Names as CSL name objects.
pub(super) fn names_value(names: &[Name]) -> Value {
    Value::Array(
        names
            .iter()
            .map(|n| {
                let mut o = serde_json::Map::new();
                o.insert("family".into(), Value::String(n.family.clone()));
                if !n.given.is_empty() {
                    o.insert("given".into(), Value::String(n.given.clone()));
                }
                Value::Object(o)
            })
            .collect(),
    )
}

fn entry_of(text: &str, fields: &[Field]) -> Entry {
    let mut e = Entry::default();
    for f in fields {
        let Ok(value) = serde_json::from_str::<Value>(&text[f.value.clone()]) else {
            continue;
        };
        let s = || scalar(&value);
        match f.key.as_str() {
            "id" => e.id = s().unwrap_or_default(),
            "type" => e.kind = kind_of(&s().unwrap_or_default()),
            "author" => e.authors = names_of(&value),
            "editor" => e.editors = names_of(&value),
            "original-author" => e.original_authors = names_of(&value),
            "title" => e.title = s(),
            "volume-title" => e.volume_title = s(),
            "container-title" => e.container_title = s(),
            "collection-title" => e.series = s(),
            "publisher" => e.publisher = s(),
            "publisher-place" => e.place = s(),
            "volume" => e.volume = s(),
            "issue" => e.issue = s(),
            "page" => e.pages = s(),
            "URL" => e.url = s(),
            "DOI" => e.doi = s(),
            "ISBN" => e.isbn = s(),
            "ISSN" if e.isbn.is_none() => e.isbn = s(),
            "note" => e.note = s(),
            "language" => e.language = s(),
            "original-title" => e.original_title = s(),
            "issued" => {
                let parts = value["date-parts"][0].as_array().cloned().unwrap_or_default();
                let part = |i: usize| parts.get(i).and_then(scalar);
                e.year = part(0);
                e.month = part(1).and_then(|m| m.parse().ok());
                e.day = part(2).and_then(|d| d.parse().ok());
            }
            _ => {}
        }
    }
    e
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn names_of(value: &Value) -> Vec<Name> {
    let Some(list) = value.as_array() else {
        return Vec::new();
    };
    list.iter()
        .map(|n| {
            let get = |k: &str| n[k].as_str().unwrap_or_default().to_owned();
            match n["literal"].as_str() {
                Some(lit) => Name {
                    family: lit.to_owned(),
                    given: String::new(),
                },
                None => Name {
                    family: get("family"),
                    given: get("given"),
                },
            }
        })
        .collect()
}
