//! The units extraction reads (sentences and footnotes) and the collector that gathers the
//! occurrences of one term into one entry.

use crate::lists::WordMap;
use crate::{Entry, EntryKind};
use steppe_doc::Document;

/// Most context sentences kept per entry.
const MAX_CONTEXTS: usize = 3;

/// A sentence or footnote with its place in the source.
#[derive(Debug, Clone)]
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
    /// Offsets in `text` of the words that start a new line of a list (see [`list_breaks`]).
    pub breaks: Vec<usize>,
}

impl<'a> Unit<'a> {
    /// The sentences, then the footnotes, of a document.
    pub fn all(doc: &'a Document) -> Vec<Unit<'a>> {
        let source = doc.source.as_str();
        let width = line_width(source);
        let sentences = doc.sentences.iter().map(|s| {
            let breaks = list_breaks(&s.text, source, s.start, s.end, width);
            Unit {
                text: &s.text,
                start: s.start,
                end: s.end,
                footnote: false,
                // the lines of a list are read one by one, not as one heading
                heading: breaks.is_empty() && is_heading(&s.text),
                breaks,
            }
        });
        let notes = doc.footnotes.iter().map(|f| Unit {
            text: &f.text,
            start: f.start,
            end: f.end,
            footnote: true,
            heading: false,
            breaks: list_breaks(&f.text, source, f.start, f.end, width),
        });
        sentences.chain(notes).collect()
    }
}

/// Below this share of the text's line width, a line ends before the margin: its line break ends an
/// item of a list, not a line of wrapped prose.
const SHORT_LINE: f32 = 0.75;

/// The share of the line width within which the next line's first word "would have fitted": less
/// than 1, since character counts only approximate the widths of a proportional font.
const FITS: f32 = 0.9;

/// Below this width (in characters) a text's lines are not wrapped prose at all (a list on its own):
/// every break was made on purpose.
const MIN_WRAP: f32 = 40.0;

/// The width of a text's lines (in characters): the 90th percentile of its line lengths, which is the
/// wrap margin of hard-wrapped prose and longer than any list item in unwrapped text.
pub(crate) fn line_width(source: &str) -> usize {
    let mut lengths: Vec<usize> = source
        .lines()
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n > 0)
        .collect();
    lengths.sort_unstable();
    let at = (lengths.len() * 9 / 10).min(lengths.len().saturating_sub(1));
    lengths.get(at).copied().unwrap_or(0)
}

/// Where the lines of a list start in a unit's cleaned `text`: the offsets of the words that follow a
/// line break of the source (`source[start..end]`) that ends an item (a reading list: a country, an
/// author, a newspaper on lines of their own), so that a name never runs from one item into the next.
///
/// A break ends an item when the line before it stops short of the margin (`width`, see
/// [`line_width`]) even with the next line's first word added (that word would have fitted, so the
/// break is not a wrap), or when the unit is three lines or more that all start with a capital (a list,
/// whatever its lines' lengths). A line ending in a hyphen goes on; a blank line inside a sentence is a
/// page break the document model joined, not a list; where cleaning changed the words (a joined
/// hyphen, footnotes between the halves of a sentence), the search stops.
pub(crate) fn list_breaks(text: &str, source: &str, start: usize, end: usize, width: usize) -> Vec<usize> {
    let Some(src) = source.get(start..end).filter(|s| s.contains('\n')) else {
        return Vec::new();
    };
    // the full first line, which may start before the unit
    let line_start = source[..start].rfind('\n').map_or(0, |p| p + 1);
    let mut lines: Vec<&str> = src.split('\n').map(str::trim_end).collect();
    let first_width = source[line_start..start].chars().count();
    let lengths: Vec<usize> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| l.chars().count() + if i == 0 { first_width } else { 0 })
        .collect();
    lines.retain(|l| !l.trim().is_empty());
    let list = lines.len() >= 3
        && lines.iter().all(|l| {
            l.trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
    let margin = width.max(lengths.iter().copied().max().unwrap_or(0)) as f32;
    let mut out = Vec::new();
    let mut line = 0;
    let mut src_words = src
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - src.as_ptr() as usize, w));
    let mut prev_end = 0;
    for (at, word) in text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
    {
        let Some((src_at, src_word)) = src_words.next() else {
            break;
        };
        if src_word != word {
            break;
        }
        let newlines = src[prev_end..src_at].matches('\n').count();
        if newlines == 1 {
            let ended = lengths.get(line).copied().unwrap_or(0);
            let hyphen = src[..prev_end].ends_with('-');
            // The next line's first word would have fitted on this line, so the break was made on
            // purpose, not by wrapping: within the margin for the lines of a list (lines of wrapped
            // prose can all start with capitals by chance), and short even then for other lines
            // (proportional fonts make a PDF's wrapped lines short in characters, so a line that
            // merely stops short is not enough).
            let with_next = (ended + 1 + word.chars().count()) as f32;
            let fits = with_next <= FITS * margin || margin < MIN_WRAP;
            if fits && (list || with_next < SHORT_LINE * margin) && !hyphen {
                out.push(at);
            }
        }
        line += newlines;
        prev_end = src_at + src_word.len();
    }
    out
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
        EntryKind::Person => 4,
        EntryKind::Place => 5,
        EntryKind::Degree => 6,
    }
}

/// Gathers occurrences into entries keyed by kind and a normalised key.
pub(crate) struct Collector<'s> {
    source: &'s str,
    entries: Vec<Entry>,
    /// Per kind (see [`slot`]), entry index by key.
    index: [WordMap<String, usize>; 7],
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

    /// The entries; a name that repeats a defined acronym's long form joins the acronym (its count
    /// less the mention in the definition itself, which the short form already counts).
    pub fn finish(self) -> Vec<Entry> {
        let mut longs: WordMap<String, usize> = WordMap::default();
        for (i, e) in self.entries.iter().enumerate() {
            if let (EntryKind::Acronym, Some(long)) = (e.kind, &e.long) {
                longs.entry(long.to_lowercase()).or_insert(i);
            }
        }
        let mut entries: Vec<Option<Entry>> = self.entries.into_iter().map(Some).collect();
        for i in 0..entries.len() {
            let Some(e) = entries[i]
                .as_ref()
                .filter(|e| !matches!(e.kind, EntryKind::Acronym | EntryKind::Alias))
            else {
                continue;
            };
            let acronym = std::iter::once(&e.term)
                .chain(&e.variants)
                .find_map(|t| longs.get(&t.to_lowercase()).copied());
            if let Some(a) = acronym {
                let extra = e.count.saturating_sub(1);
                entries[i] = None;
                if let Some(acr) = entries[a].as_mut() {
                    acr.count += extra;
                }
            }
        }
        entries.into_iter().flatten().collect()
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
    fn short_lines_end_list_items_wrapped_prose_goes_on() {
        let breaks = |source: &str| {
            let text = source.replace('\n', " ");
            let found = list_breaks(&text, source, 0, source.len(), line_width(source));
            found
                .iter()
                .map(|&at| text[at..].split(' ').next().unwrap().to_owned())
                .collect::<Vec<_>>()
        };
        // three capitalised lines or more are a list, whatever their lengths
        assert_eq!(
            breaks("Kazakhstan\nJohn Smith\nCentral Asia Institute\nAlso the European Commission said so."),
            ["John", "Central", "Also"]
        );
        // two lines: a short one ends an item; one that reaches the text's margin wraps
        let body = "\n\nand a long line of ordinary prose that sets the width of this text's lines.";
        assert_eq!(
            breaks(&format!("Great Game Returns To Central Asia\nWorld Bank{body}")),
            ["World"]
        );
        let prose = "It was set up in those years of change by the North Atlantic\nTreaty Organization \
                     in the year of its own founding, and it met.";
        assert!(breaks(&format!("{prose}{body}")).is_empty());
        assert!(breaks("It was set up by the NATO-\nKazakhstan Committee\nthat year").is_empty());
        // a PDF's wrapped line stops short in characters when the next word is long: it still wraps
        let pdf = "NATO signed an agreement with NATO's Maintenance and Supply\nOrganization (NAMSO).";
        assert!(breaks(&format!("{pdf}{body}")).is_empty());
        // three wrapped lines that happen to start with capitals are prose, not a list
        let capitals = "In July 2003, Kazakhstan and a few of its neighbours, and\nNATO signed an \
                        agreement with NATO's Maintenance and Supply\nOrganization (NAMSO).";
        assert!(breaks(capitals).is_empty(), "{:?}", breaks(capitals));
        // a page break (a blank line, or footnotes between the halves of a sentence) is not a list
        assert!(breaks("handed to the NATO\n\nSecretary-General at the meeting.").is_empty());
        let page = "handed to the NATO\n\n12 See: Smith.\n\nSecretary-General at the meeting.";
        let text = "handed to the NATO Secretary-General at the meeting.";
        assert!(list_breaks(text, page, 0, page.len(), 40).is_empty());
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
            breaks: Vec::new(),
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
