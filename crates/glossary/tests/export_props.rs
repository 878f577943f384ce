//! Properties of the exports on arbitrary glossaries: whatever the text (markup characters, controls,
//! tabs, newlines, any script), the XML parses, every entry with a term becomes one concept, the TSV keeps
//! three fields a line and the CSV reads back; and the same glossary always gives the same bytes.

use proptest::prelude::*;
use quick_xml::events::Event;
use quick_xml::Reader;
use steppe_glossary::{write_csv, write_tbx, write_tbx2, write_tsv, Entry, EntryKind, Glossary};

fn text() -> impl Strategy<Value = String> {
    // letters, Cyrillic, XML specials, whitespace and control characters
    proptest::string::string_regex("[a-zA-Zа-яА-Я<>&\"' \t\n\r\u{0}-\u{8}\u{b}\u{c}\u{e}-\u{1f}.,()-]{0,24}")
        .unwrap()
}

fn entry() -> impl Strategy<Value = Entry> {
    let kind = prop_oneof![
        Just(EntryKind::Acronym),
        Just(EntryKind::Institution),
        Just(EntryKind::Alias),
        Just(EntryKind::Name)
    ];
    (
        kind,
        text(),
        proptest::option::of(text()),
        proptest::option::of(text()),
        1..9usize,
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(|(kind, term, long, ru, count, contexts)| Entry {
            kind,
            term: term.clone(),
            short: (kind == EntryKind::Acronym).then_some(term),
            long,
            ru,
            count,
            first_offset: 0,
            defined_in_text: false,
            variants: contexts.iter().take(1).cloned().collect(),
            contexts,
            flags: vec!["no_ru".into()],
            ru_origin: None,
        })
}

/// Number of elements named `name`, failing on any XML error.
fn count_elements(xml: &[u8], name: &[u8]) -> Result<usize, String> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        match reader.read_event_into(&mut buf).map_err(|e| e.to_string())? {
            Event::Start(e) if e.name().as_ref() == name => n += 1,
            Event::Text(t) => {
                t.unescape().map_err(|e| e.to_string())?;
            }
            Event::Eof => return Ok(n),
            _ => {}
        }
        buf.clear();
    }
}

fn has_term(e: &Entry) -> bool {
    e.term.chars().any(|c| !c.is_whitespace() && !c.is_control())
}

proptest! {
    #[test]
    fn exports_hold_any_text(entries in prop::collection::vec(entry(), 0..6)) {
        let g = Glossary { entries };
        let concepts = g.entries.iter().filter(|e| has_term(e)).count();

        let mut tbx = Vec::new();
        write_tbx(&g, None, &mut tbx).unwrap();
        prop_assert_eq!(count_elements(&tbx, b"conceptEntry"), Ok(concepts));
        let text = String::from_utf8(tbx.clone()).unwrap();
        prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "no control characters in XML");

        let mut tbx2 = Vec::new();
        write_tbx2(&g, None, &mut tbx2).unwrap();
        prop_assert_eq!(count_elements(&tbx2, b"termEntry"), Ok(concepts));

        let mut tsv = Vec::new();
        write_tsv(&g, None, &mut tsv).unwrap();
        for line in String::from_utf8(tsv).unwrap().lines() {
            prop_assert_eq!(line.split('\t').count(), 3, "{:?}", line);
        }

        let mut csv_out = Vec::new();
        write_csv(&g, None, &mut csv_out).unwrap();
        let rows = csv::Reader::from_reader(csv_out.as_slice()).records().count();
        prop_assert_eq!(rows, g.entries.len());

        let mut again = Vec::new();
        write_tbx(&g, None, &mut again).unwrap();
        prop_assert_eq!(again, tbx);
    }
}
