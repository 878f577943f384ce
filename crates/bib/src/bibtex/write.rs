//! New BibLaTeX files from entries (conversion, `steppe bib extract`): one field a line, braced
//! values, the data model's types (a volume number in Arabic digits, `collection` for an edited
//! volume with no author).

use super::{language_name, names_value};
use crate::entry::{Entry, Kind};
use crate::tex;

/// A new BibLaTeX file of `entries`.
pub fn write(entries: &[Entry]) -> String {
    let mut out = String::new();
    for e in entries {
        let (kind, container) = match e.kind {
            // An edited volume with no author is a collection (a book needs an author).
            Kind::Book if e.authors.is_empty() && !e.editors.is_empty() => ("collection", "booktitle"),
            Kind::Book => ("book", "booktitle"),
            Kind::Article | Kind::Newspaper => ("article", "journaltitle"),
            Kind::Chapter => ("incollection", "booktitle"),
            Kind::Webpage => ("online", "organization"),
            Kind::Document => ("misc", "howpublished"),
        };
        out.push_str(&format!("@{kind}{{{},\n", e.id));
        let mut put = |name: &str, value: String| out.push_str(&format!("  {name} = {{{value}}},\n"));
        if e.kind == Kind::Newspaper {
            put("entrysubtype", "newspaper".into());
        }
        if !e.authors.is_empty() {
            put("author", names_value(&e.authors));
        }
        if !e.editors.is_empty() {
            put("editor", names_value(&e.editors));
        }
        let text = |s: &Option<String>, protect| s.as_ref().map(|s| tex::encode(s, protect));
        let (title, main) = match &e.volume_title {
            Some(v) => (Some(v.clone()), e.title.clone()),
            None => (e.title.clone(), None),
        };
        let rows = [
            ("title", text(&title, true)),
            ("maintitle", text(&main, true)),
            ("origtitle", text(&e.original_title, true)),
            (container, text(&e.container_title, true)),
            ("series", text(&e.series, false)),
            ("volume", e.volume.as_deref().map(arabic)),
            ("number", e.issue.clone()),
            ("publisher", text(&e.publisher, false)),
            ("location", text(&e.place, false)),
            ("date", date(e)),
            ("pages", e.pages.as_ref().map(|p| p.replace('-', "--"))),
            ("url", e.url.clone()),
            ("doi", e.doi.clone()),
            ("isbn", e.isbn.clone()),
            ("note", e.note.as_ref().map(|n| tex::encode(n, false))),
            ("langid", e.language.as_deref().map(language_name)),
        ];
        for (name, value) in rows {
            if let Some(v) = value {
                put(name, v);
            }
        }
        // The data model has no origlanguage for online entries.
        if e.original_title.is_some() && e.kind != Kind::Webpage {
            put(
                "origlanguage",
                language_name(e.language.as_deref().unwrap_or("ru")),
            );
        }
        out.push_str("}\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// A volume number in Arabic digits (the data model's `volume` is an integer): `II` is `2`; other
/// values as they are.
///
/// ```
/// # use steppe_bib::bibtex::arabic;
/// assert_eq!((arabic("II"), arabic("XIV"), arabic("3"), arabic("3a")), ("2".into(), "14".into(), "3".into(), "3a".into()));
/// ```
pub fn arabic(volume: &str) -> String {
    const DIGITS: [(char, i64); 7] = [
        ('I', 1),
        ('V', 5),
        ('X', 10),
        ('L', 50),
        ('C', 100),
        ('D', 500),
        ('M', 1000),
    ];
    let values: Option<Vec<i64>> = volume
        .chars()
        .map(|c| DIGITS.iter().find(|(d, _)| *d == c).map(|(_, v)| *v))
        .collect();
    let Some(values) = values.filter(|v| !v.is_empty()) else {
        return volume.to_owned();
    };
    let mut total = 0;
    for (i, v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|next| next > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    total.to_string()
}

/// `YYYY[-MM[-DD]]`.
fn date(e: &Entry) -> Option<String> {
    let year = e.year.as_ref()?;
    Some(match (e.month, e.day) {
        (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year}-{m:02}"),
        _ => year.clone(),
    })
}
