//! `steppe bib extract`: the references of a document's footnotes as entries, one per work.
//!
//! A note (`See: M. Laumulin, "NATO v Tsentral'noy Azii," Kontinent, No. 18 (105), 24 September,
//! 2003.`) is cut at its commas, except those inside quotes and inside romanised spans that go on
//! in lower case (`Evropeyskaia bezopasnost: sobytia, otsenki, prognozy`, found by
//! `steppe refs`'s span finder), and the parts are read in the order references are written:
//! authors (initials and a surname, or given names and a surname before another author or a
//! quoted title), the title (quoted: an article, whose next part is the journal; unquoted: a
//! book, whose parts before the year are publisher and place), then numbered parts (`Vol.`,
//! `No.`, `Issue`, `p.`/`pp.`), dates, editors (`ed. by`), and a URL. `Ibid.` notes are the note
//! they repeat (`steppe-doc` resolves them), and notes citing one work again give one entry.

mod parts;
use parts::{is_date, person, read_date, split_parts, strip_any, take_url};

use crate::entry::{Entry, Kind};
use steppe_doc::Document;
use steppe_translit::reverse::{key, Reverser, WordCheck};
use unicode_normalization::UnicodeNormalization;

/// Words that open a note before the reference itself.
const LEADS: [&str; 5] = ["See:", "See", "Cf.", "Cited in:", "Quoted in:"];

/// One work cited in the notes.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Extracted {
    /// The reference.
    pub entry: Entry,
    /// The notes that cite it (an `Ibid.` note under the work it repeats).
    pub notes: Vec<u32>,
}

/// The works cited in `doc`'s footnotes, in the order of their first citation.
pub fn extract<L: WordCheck>(reverser: &Reverser<L>, doc: &Document) -> Vec<Extracted> {
    let mut works: Vec<(String, Extracted)> = Vec::new();
    let mut of_note: Vec<(u32, usize)> = Vec::new();
    for note in &doc.footnotes {
        if let Some(from) = note.resolved_from {
            if let Some(&(_, w)) = of_note.iter().find(|(n, _)| *n == from) {
                works[w].1.notes.push(note.number);
                of_note.push((note.number, w));
            }
            continue;
        }
        let Some(entry) = parse_note(reverser, &note.text) else {
            continue;
        };
        let work_key = work_key(reverser, &entry);
        let w = match works.iter().position(|(k, _)| *k == work_key) {
            Some(w) => w,
            None => {
                works.push((
                    work_key,
                    Extracted {
                        entry,
                        notes: Vec::new(),
                    },
                ));
                works.len() - 1
            }
        };
        works[w].1.notes.push(note.number);
        of_note.push((note.number, w));
    }
    let mut out: Vec<Extracted> = works.into_iter().map(|(_, e)| e).collect();
    assign_ids(&mut out);
    out
}

/// The same work under any spelling: the matching keys of its authors' surnames and its title.
fn work_key<L: WordCheck>(reverser: &Reverser<L>, e: &Entry) -> String {
    let authors: Vec<&str> = e.authors.iter().map(|a| a.family.as_str()).collect();
    let title = [
        e.title.as_deref(),
        e.volume_title.as_deref(),
        e.container_title.as_deref(),
    ]
    .iter()
    .flatten()
    .copied()
    .collect::<Vec<_>>()
    .join(" ");
    key(reverser, &format!("{} {title}", authors.join(" ")))
}

/// Citation keys: the first author's surname (or the title's first word), lower-case ASCII, and
/// the year; `a`, `b`, … after a key that is taken.
fn assign_ids(works: &mut [Extracted]) {
    let mut taken: Vec<String> = Vec::new();
    for w in works.iter_mut() {
        let e = &w.entry;
        let base = e
            .authors
            .first()
            .map(|a| a.family.clone())
            .or_else(|| {
                e.title
                    .as_ref()
                    .and_then(|t| t.split_whitespace().next().map(str::to_owned))
            })
            .unwrap_or_else(|| "ref".into());
        let ascii: String = base
            .nfd()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let stem = format!(
            "{}{}",
            if ascii.is_empty() { "ref" } else { &ascii },
            e.year.as_deref().unwrap_or("")
        );
        let mut id = stem.clone();
        let mut suffix = b'a';
        while taken.contains(&id) {
            id = format!("{stem}{}", suffix as char);
            suffix += 1;
        }
        taken.push(id.clone());
        w.entry.id = id;
    }
}

/// Reads one note into an entry, `None` when nothing in it looks like a reference.
pub fn parse_note<L: WordCheck>(reverser: &Reverser<L>, note: &str) -> Option<Entry> {
    let mut text = note.trim().to_owned();
    for lead in LEADS {
        if let Some(rest) = text.strip_prefix(lead) {
            text = rest.trim_start().to_owned();
            break;
        }
    }
    let mut e = Entry::default();
    (text, e.url) = take_url(&text);
    let parts = split_parts(reverser, &text);
    let mut rest = parts.iter().peekable();
    // Authors.
    while let Some(part) = rest.peek() {
        let next = parts.iter().skip_while(|p| !std::ptr::eq(*p, *part)).nth(1);
        let Some((name, more)) = person(&part.text, next) else {
            break;
        };
        e.authors.push(name);
        rest.next();
        if !more {
            break;
        }
    }
    let title = rest.next()?;
    let quoted = title.quoted;
    e.title = Some(title.text.clone());
    let mut others: Vec<&str> = Vec::new();
    let mut dates: Vec<&str> = Vec::new();
    for part in rest {
        let t = part.text.as_str();
        if let Some(p) = strip_any(t, &["pp.", "p.", "P.", "S.", "s.", "С."]) {
            e.pages = Some(p.replace('–', "-"));
        } else if let Some(v) = strip_any(t, &["Vol.", "vol.", "Volume", "T.", "Bd."]) {
            match v.split_once(". ") {
                Some((number, volume_title)) => {
                    e.volume = Some(number.to_owned());
                    e.volume_title = Some(volume_title.to_owned());
                }
                None => e.volume = Some(v.to_owned()),
            }
        } else if let Some(n) = strip_any(t, &["No.", "no.", "Issue", "Nr.", "№"]) {
            e.issue = Some(n.to_owned());
        } else if let Some(eds) = strip_any(t, &["ed. by", "eds.", "ed.", "edited by"]) {
            e.editors
                .extend(eds.split(" and ").filter_map(|n| person(n, None)).map(|p| p.0));
        } else if is_date(t) {
            dates.push(t);
        } else {
            others.push(t);
        }
    }
    read_date(&dates, &mut e);
    if quoted {
        e.container_title = others.first().map(|s| s.to_string());
        e.kind = match (&e.container_title, &e.url) {
            (None, Some(_)) => Kind::Webpage,
            (None, None) => Kind::Document,
            _ => Kind::Article,
        };
    } else {
        match others.as_slice() {
            [] => {}
            [one] if one.split_whitespace().count() == 1 && !one.chars().all(|c| c.is_uppercase()) => {
                e.place = Some(one.to_string())
            }
            [one] => e.publisher = Some(one.to_string()),
            [.., publisher, place] => {
                e.publisher = Some(publisher.to_string());
                e.place = Some(place.to_string());
            }
        }
        e.kind = if e.publisher.is_some() || e.place.is_some() || !e.editors.is_empty() {
            Kind::Book
        } else if e.url.is_some() {
            Kind::Webpage
        } else {
            Kind::Document
        };
    }
    Some(e)
}
