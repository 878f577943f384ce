//! New CSL-JSON files from entries (conversion, `steppe bib extract`), and the CSL types of the
//! entry kinds.

use super::names_value;
use crate::entry::{Entry, Kind, TextField};
use serde_json::Value;

/// The CSL type of a kind, and back.
const TYPES: [(Kind, &str); 6] = [
    (Kind::Book, "book"),
    (Kind::Article, "article-journal"),
    (Kind::Newspaper, "article-newspaper"),
    (Kind::Chapter, "chapter"),
    (Kind::Webpage, "webpage"),
    (Kind::Document, "document"),
];

pub(super) fn kind_of(csl_type: &str) -> Kind {
    match csl_type {
        "article-magazine" | "article" => Kind::Article,
        "speech" | "report" | "manuscript" => Kind::Document,
        t => TYPES
            .iter()
            .find(|(_, name)| *name == t)
            .map_or(Kind::Document, |(k, _)| *k),
    }
}

/// A new CSL-JSON file of `entries` (two-space indentation, fields in the usual order).
pub fn write(entries: &[Entry]) -> String {
    let items: Vec<Value> = entries.iter().map(item).collect();
    let mut out = serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_default();
    out.push('\n');
    out
}

/// One entry as a CSL item. `serde_json` keeps object keys sorted here, which is deterministic.
fn item(e: &Entry) -> Value {
    let mut o = serde_json::Map::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            o.insert(k.to_owned(), v);
        }
    };
    let string = |s: &Option<String>| s.as_ref().map(|s| Value::String(s.clone()));
    put("id", Some(Value::String(e.id.clone())));
    let kind = TYPES
        .iter()
        .find(|(k, _)| *k == e.kind)
        .map_or("document", |t| t.1);
    put("type", Some(Value::String(kind.into())));
    for (key, names) in [
        ("author", &e.authors),
        ("editor", &e.editors),
        ("original-author", &e.original_authors),
    ] {
        put(key, (!names.is_empty()).then(|| names_value(names)));
    }
    for f in TextField::ALL {
        put(f.name(), string(&e.text(f).cloned()));
    }
    put("original-title", string(&e.original_title));
    put("volume", string(&e.volume));
    put("issue", string(&e.issue));
    put("page", string(&e.pages));
    put("URL", string(&e.url));
    put("DOI", string(&e.doi));
    put("ISBN", string(&e.isbn));
    put("note", string(&e.note));
    put("language", string(&e.language));
    if let Some(year) = e.year.as_ref().and_then(|y| y.parse::<i64>().ok()) {
        let mut parts = vec![Value::from(year)];
        if let Some(m) = e.month {
            parts.push(Value::from(m));
            if let Some(d) = e.day {
                parts.push(Value::from(d));
            }
        }
        put(
            "issued",
            Some(serde_json::json!({ "date-parts": [Value::Array(parts)] })),
        );
    }
    Value::Object(o)
}
