//! The units extraction reads (sentences and footnotes) and the collector that gathers the
//! occurrences of one term into one entry.

use crate::lists::WordMap;
use crate::{Entry, EntryKind};
use std::collections::HashSet;
use steppe_doc::Document;

/// Most context sentences kept per entry.
const MAX_CONTEXTS: usize = 3;

/// A sentence or footnote with its place in the source.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit<'a> {
    /// Cleaned text.
    pub text: &'a str,
    /// Byte offset of the start in the source.
    pub start: usize,
    /// Byte offset of the end in the source.
    pub end: usize,
    /// Whether this is a footnote (bibliographic: no bare names).
    pub footnote: bool,
    /// Whether this looks like a heading (`NATO'S CENTRAL ASIAN STRATEGY`, `Timur SHAYMERGENOV`).
    pub heading: bool,
}

impl<'a> Unit<'a> {
    /// The sentences, then the footnotes, of a document.
    pub fn all(doc: &'a Document) -> Vec<Unit<'a>> {
        let sentences = doc.sentences.iter().map(|s| Unit {
            text: &s.text,
            start: s.start,
            end: s.end,
            footnote: false,
            heading: is_heading(&s.text),
        });
        let notes = doc.footnotes.iter().map(|f| Unit {
            text: &f.text,
            start: f.start,
            end: f.end,
            footnote: true,
            heading: false,
        });
        sentences.chain(notes).collect()
    }
}

/// A line without closing punctuation whose words are mostly capitalised.
fn is_heading(text: &str) -> bool {
    let closed = text
        .trim_end()
        .ends_with(['.', '?', '!', ':', ';', ')', '"', '\u{201d}', ',']);
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    !closed && !words.is_empty() && words.len() <= 20 && caps * 10 >= words.len() * 6
}

/// The index of a kind's map in [`Collector`].
fn slot(kind: EntryKind) -> usize {
    match kind {
        EntryKind::Acronym => 0,
        EntryKind::Institution => 1,
        EntryKind::Alias => 2,
        EntryKind::Name => 3,
    }
}

/// Gathers occurrences into entries keyed by kind and a normalised key.
pub(crate) struct Collector<'s> {
    source: &'s str,
    entries: Vec<Entry>,
    /// Per kind (see [`slot`]), entry index by key.
    index: [WordMap<String, usize>; 4],
}

impl<'s> Collector<'s> {
    /// An empty collector for a document with this source text.
    pub fn new(source: &'s str) -> Self {
        Collector {
            source,
            entries: Vec::new(),
            index: Default::default(),
        }
    }

    /// Whether an entry with this key exists.
    pub fn has(&self, kind: EntryKind, key: &str) -> bool {
        self.index[slot(kind)].contains_key(key)
    }

    /// Records that `written` occurs at byte `offset` of `unit`, under `key`.
    pub fn add(
        &mut self,
        kind: EntryKind,
        key: &str,
        written: &str,
        unit: &Unit<'_>,
        offset: usize,
    ) -> &mut Entry {
        let at = self.source_offset(unit, offset, written);
        let next = self.entries.len();
        let map = &mut self.index[slot(kind)];
        let i = match map.get(key) {
            Some(&i) => i,
            None => {
                map.insert(key.to_owned(), next);
                next
            }
        };
        if i == next {
            self.entries.push(Entry {
                kind,
                term: written.to_owned(),
                short: (kind == EntryKind::Acronym).then(|| written.to_owned()),
                long: None,
                ru: None,
                count: 0,
                first_offset: at,
                defined_in_text: false,
                variants: Vec::new(),
                contexts: Vec::new(),
                flags: Vec::new(),
                ru_origin: None,
            });
        }
        let entry = &mut self.entries[i];
        entry.count += 1;
        entry.first_offset = entry.first_offset.min(at);
        if written != entry.term && !entry.variants.iter().any(|v| v == written) {
            entry.variants.push(written.to_owned());
        }
        if entry.contexts.len() < MAX_CONTEXTS && !entry.contexts.iter().any(|c| c == unit.text) {
            entry.contexts.push(unit.text.to_owned());
        }
        entry
    }

    /// Marks the acronym `key` as defined in the text with these long forms (first first); several
    /// long forms are flagged `inconsistent_long_form` and listed as variants.
    pub fn define(&mut self, key: &str, longs: &[String]) {
        let Some(&i) = self.index[slot(EntryKind::Acronym)].get(key) else {
            return;
        };
        let entry = &mut self.entries[i];
        entry.defined_in_text = true;
        entry.long = longs.first().cloned();
        if longs.len() > 1 {
            entry.flags.push("inconsistent_long_form".to_owned());
            entry.variants.extend(longs[1..].iter().cloned());
        }
    }

    /// The entries, without names that only repeat an acronym's long form.
    pub fn finish(self) -> Vec<Entry> {
        let longs: HashSet<String> = self
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Acronym)
            .filter_map(|e| e.long.as_deref())
            .map(str::to_lowercase)
            .collect();
        self.entries
            .into_iter()
            .filter(|e| {
                matches!(e.kind, EntryKind::Acronym | EntryKind::Alias)
                    || !longs.contains(&e.term.to_lowercase())
            })
            .collect()
    }

    /// The source offset of an occurrence; where cleaning changed the text, the nearest match.
    fn source_offset(&self, unit: &Unit<'_>, offset: usize, written: &str) -> usize {
        let src = self.source.get(unit.start..unit.end).unwrap_or("");
        if src.get(offset..).is_some_and(|s| s.starts_with(written)) || src == unit.text {
            // the term as listed may differ from the text (`The Alliance`, a joined `NATO- Kazakhstan`)
            return unit.start + offset;
        }
        src.find(written).map_or(unit.start, |p| unit.start + p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_capitalised_lines_without_a_full_stop() {
        assert!(is_heading(
            "PROBLEMS AND PROSPECTS OF NATO'S STRATEGY: THE ROLE OF KAZAKHSTAN"
        ));
        assert!(is_heading("NATO's Central Asian Diplomacy"));
        assert!(is_heading("Timur SHAYMERGENOV"));
        assert!(!is_heading("NATO set up the North Atlantic Cooperation Council."));
        assert!(!is_heading(
            "Official at the Majilis Secretariat of the Parliament (Astana, Kazakhstan)"
        ));
    }

    #[test]
    fn occurrences_gather_in_one_entry() {
        let source = "The NGOs and one NGO met. Then NGOs left.";
        let unit = Unit {
            text: source,
            start: 0,
            end: source.len(),
            footnote: false,
            heading: false,
        };
        let mut c = Collector::new(source);
        c.add(EntryKind::Acronym, "NGO", "NGOs", &unit, 4);
        c.add(EntryKind::Acronym, "NGO", "NGO", &unit, 17);
        c.add(EntryKind::Acronym, "NGO", "NGOs", &unit, 31);
        let e = &c.finish()[0];
        assert_eq!((e.term.as_str(), e.count, e.first_offset), ("NGOs", 3, 4));
        assert_eq!(e.variants, ["NGO"]);
        assert_eq!(e.contexts.len(), 1);
    }
}
