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

use crate::entry::{Entry, Kind, Name};
use steppe_doc::Document;
use steppe_translit::reverse::{key, reference_spans, Reverser, WordCheck};
use unicode_normalization::UnicodeNormalization;

/// Words that open a note before the reference itself.
const LEADS: [&str; 5] = ["See:", "See", "Cf.", "Cited in:", "Quoted in:"];
/// Words that say a URL follows.
const URL_LEADS: [&str; 4] = ["available at", "available from", "accessed at", "URL:"];
/// Lower-case particles of surnames (`Rad van den Akker`).
const PARTICLES: [&str; 9] = ["van", "von", "den", "der", "de", "la", "du", "al", "ibn"];
/// Month names, in order.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Seasons, which a date may have instead of a month.
const SEASONS: [&str; 5] = ["spring", "summer", "autumn", "fall", "winter"];

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

/// A part of a note between commas.
#[derive(Debug)]
struct Part {
    text: String,
    quoted: bool,
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

/// The note without its URL (and the words before it), and the URL.
fn take_url(text: &str) -> (String, Option<String>) {
    let found = text.find('[').and_then(|s| {
        let end = s + text[s..].find(']')?;
        let inner = &text[s + 1..end];
        (inner.starts_with("www.") || inner.contains("://")).then(|| (s, end + 1, inner.to_owned()))
    });
    let found = found.or_else(|| {
        let s = text
            .find("http://")
            .or_else(|| text.find("https://"))
            .or_else(|| text.find("www."))?;
        let len = text[s..].find(char::is_whitespace).unwrap_or(text.len() - s);
        let url = text[s..s + len].trim_end_matches(['.', ',', ')']).to_owned();
        Some((s, s + url.len(), url))
    });
    let Some((start, end, url)) = found else {
        return (text.to_owned(), None);
    };
    let mut before = text[..start].trim_end();
    for lead in URL_LEADS {
        if let Some(b) = before.strip_suffix(lead) {
            before = b.trim_end();
        }
    }
    let after = text[end..].trim_start_matches(['.', ' ']);
    let joined = format!(
        "{}{}{after}",
        before.trim_end_matches(','),
        if after.is_empty() { "" } else { ", " }
    );
    let url = if url.contains("://") {
        url
    } else {
        format!("http://{url}")
    };
    (joined, Some(url))
}

/// The note cut at the commas outside quotes and romanised spans; a part in quotes is marked.
fn split_parts<L: WordCheck>(reverser: &Reverser<L>, text: &str) -> Vec<Part> {
    let style = steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru).ok();
    let mut protected: Vec<(usize, usize)> = Vec::new();
    if let Some(style) = style {
        let mut from = 0;
        for span in reference_spans(reverser, &[(0, text)], style) {
            if let Some(at) = text[from..].find(&span.latin) {
                protected.push((from + at, from + at + span.latin.len()));
                from += at + span.latin.len();
            }
        }
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_quote = false;
    for (i, c) in text.char_indices() {
        let closes = match c {
            '"' => in_quote,
            '”' | '»' => true,
            _ => false,
        };
        if closes {
            // A closing quote ends the part (`"Global NATO," Foreign Affairs`).
            in_quote = false;
            let end = i + c.len_utf8();
            parts.push(part(&text[start..end]));
            start = end;
            continue;
        }
        match c {
            '"' | '“' | '«' => in_quote = true,
            ',' if !in_quote && !protected.iter().any(|&(s, e)| s < i && i < e) => {
                parts.push(part(&text[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(part(&text[start..]));
    parts.retain(|p| !p.text.is_empty());
    parts
}

fn part(raw: &str) -> Part {
    let t = raw.trim().trim_end_matches('.').trim();
    let quotes: &[char] = &['"', '“', '”', '«', '»'];
    let quoted = t.starts_with(quotes);
    let text = t.trim_matches(quotes).trim().trim_end_matches(',').trim();
    // A full stop that ends an initial or an abbreviation stays (`K.K.`, `et al.`).
    let keep_stop = raw.trim().ends_with('.')
        && text
            .split_whitespace()
            .last()
            .is_some_and(|w| w.len() <= 3 && w.chars().next().is_some_and(char::is_uppercase) || w == "al");
    let text = if keep_stop && !quoted {
        format!("{text}.")
    } else {
        text.to_owned()
    };
    Part { text, quoted }
}

/// `t` after one of the `leads` and a space, if it starts so.
fn strip_any<'t>(t: &'t str, leads: &[&str]) -> Option<&'t str> {
    leads
        .iter()
        .find_map(|l| t.strip_prefix(l).filter(|r| r.starts_with(' ') || r.is_empty()))
        .map(str::trim)
        .filter(|r| !r.is_empty())
}

/// The name in `text` if it is one person's, and whether more authors may follow it.
fn person(text: &str, next: Option<&Part>) -> Option<(Name, bool)> {
    let (text, more) = match text.strip_suffix("et al.").or_else(|| text.strip_suffix("et al")) {
        Some(t) => (t.trim(), false),
        None => (text, true),
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let initial = |w: &str| {
        w.ends_with('.')
            && w.split('.')
                .filter(|s| !s.is_empty())
                .all(|s| s.chars().count() <= 2 && s.starts_with(char::is_uppercase))
    };
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_alphabetic() || "-'’".contains(c))
    };
    let initials = words.iter().take_while(|w| initial(w)).count();
    let rest = &words[initials..];
    if initials > 0 && (1..=3).contains(&rest.len()) && rest.iter().all(|w| capital(w)) {
        return Some((
            Name {
                family: rest.join(" "),
                given: words[..initials].join(" "),
            },
            more,
        ));
    }
    // Given names and a surname: only before another author or a quoted title.
    let before_title = next.is_some_and(|n| {
        n.quoted || person(&n.text, None).is_some_and(|p| !p.0.given.is_empty() && p.0.given.ends_with('.'))
    });
    let plain = (2..=4).contains(&words.len())
        && words.last().is_some_and(|w| capital(w))
        && words.iter().all(|w| capital(w) || PARTICLES.contains(w));
    (initials == 0 && plain && before_title).then(|| (Name::parse(text), more))
}

/// Whether a part is a date (`2004`, `29 June`, `September/October 2006`, `Autumn 2004`,
/// `24 September-7 October`).
fn is_date(t: &str) -> bool {
    let words: Vec<String> = t
        .split(|c: char| c.is_whitespace() || "-/–".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            MONTHS.contains(&w.as_str())
                || SEASONS.contains(&w.as_str())
                || w.parse::<u32>()
                    .is_ok_and(|n| (1..=31).contains(&n) || (1000..=2100).contains(&n))
        })
        && words.iter().any(|w| !w.parse::<u32>().is_ok_and(|n| n <= 31))
}

/// Year, month and day from the date parts (the first of a range).
fn read_date(dates: &[&str], e: &mut Entry) {
    let words: Vec<String> = dates
        .iter()
        .flat_map(|d| d.split(|c: char| c.is_whitespace() || "-/–".contains(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    e.year = words
        .iter()
        .find(|w| w.len() == 4 && w.parse::<u32>().is_ok())
        .cloned();
    if let Some(m) = words.iter().position(|w| MONTHS.contains(&w.as_str())) {
        e.month = MONTHS.iter().position(|n| *n == words[m]).map(|i| i as u8 + 1);
        e.day = m
            .checked_sub(1)
            .and_then(|d| words[d].parse::<u8>().ok())
            .filter(|d| *d <= 31);
    }
}
