//! CSV with a header row, for Trados MultiTerm and memoQ term-base import: one row per entry, the
//! English and Russian terms first (the columns a CAT tool maps to languages), then the details.

use crate::export::{clean, kind_name, note, ru_origin_note};
use crate::{Glossary, Termbase};
use std::io::{self, Write};

/// The header row.
pub const CSV_HEADER: [&str; 15] = [
    "en",
    "ru",
    "kind",
    "short",
    "long",
    "ru_long",
    "count",
    "defined_in_text",
    "variants",
    "flags",
    "context",
    "note",
    "ru_origin",
    "ru_source",
    "ru_note",
];

/// Writes the glossary as CSV (RFC 4180 quoting, UTF-8, header row). With a termbase, the Russian
/// full names of known bodies fill the `ru_long` column. The last three columns say where `ru` came
/// from: `ru_origin` (`termbase`, `termbase_unverified`, `composed`, `reverse_transliteration`),
/// `ru_source` (the termbase's source address or document) and `ru_note` (the same in words, with
/// the termbase record's note).
///
/// ```
/// use steppe_glossary::{write_csv, Entry, EntryKind, Glossary};
/// let g = Glossary { entries: vec![Entry {
///     kind: EntryKind::Institution, term: "Steppe Eagle".into(), short: None, long: None,
///     ru: Some("«Степной орел»".into()), count: 2, first_offset: 0, defined_in_text: false,
///     variants: vec![], contexts: vec!["The \"Steppe Eagle\" exercise, 2006.".into()], flags: vec![], ru_origin: None }] };
/// let mut out = Vec::new();
/// write_csv(&g, None, &mut out).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert_eq!(text.lines().nth(1).unwrap(),
///     "Steppe Eagle,«Степной орел»,institution,,,,2,false,,,\"The \"\"Steppe Eagle\"\" exercise, 2006.\",institution; 2 occurrences,,,");
/// ```
pub fn write_csv<W: Write>(glossary: &Glossary, termbase: Option<&Termbase>, out: W) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for e in &glossary.entries {
        let record = termbase.and_then(|t| t.record_for(e));
        let ru_long = record
            .and_then(|r| r.ru_long.clone())
            .filter(|l| Some(l) != e.ru.as_ref());
        let row = [
            clean(&e.term),
            e.ru.as_deref().map(clean).unwrap_or_default(),
            kind_name(e.kind).to_string(),
            e.short.as_deref().map(clean).unwrap_or_default(),
            e.long.as_deref().map(clean).unwrap_or_default(),
            ru_long.as_deref().map(clean).unwrap_or_default(),
            e.count.to_string(),
            e.defined_in_text.to_string(),
            clean(&e.variants.join("; ")),
            clean(&e.flags.join("; ")),
            e.contexts.first().map(|c| clean(c)).unwrap_or_default(),
            note(e),
            e.ru_origin
                .as_ref()
                .map(|o| o.from.as_str().to_string())
                .unwrap_or_default(),
            e.ru_origin
                .as_ref()
                .and_then(|o| o.source.as_deref())
                .map(clean)
                .unwrap_or_default(),
            ru_origin_note(e, record).unwrap_or_default(),
        ];
        w.write_record(&row)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::annotated;

    #[test]
    fn header_then_one_row_per_entry_that_a_csv_reader_reads_back() {
        let (g, tb) = annotated();
        let mut out = Vec::new();
        write_csv(&g, Some(&tb), &mut out).unwrap();
        let mut r = ::csv::Reader::from_reader(out.as_slice());
        assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
        let rows: Vec<::csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), g.entries.len());
        assert_eq!(&rows[0][0], "EAPS");
        assert_eq!(&rows[0][1], "СЕАП");
        assert_eq!(&rows[0][5], "Совет евроатлантического партнерства");
        assert_eq!(&rows[0][8], "EASP");
        assert_eq!(&rows[0][10], "A sentence with EAPS in it, and a tab & <markup>.");
        assert_eq!(&rows[3][1], "", "unknown body: empty ru");
        // where ru came from: CSTO's record has a source, the World Bank's not, the unknown body none
        let source = tb.lookup("CSTO")[0].source.clone().unwrap();
        assert_eq!(
            (&rows[1][0], &rows[1][12], &rows[1][13]),
            ("CSTO", "termbase", source.as_str())
        );
        assert_eq!(
            (&rows[2][0], &rows[2][12], &rows[2][13]),
            ("World Bank", "termbase_unverified", "")
        );
        assert!(rows[2][14].starts_with("unverified: "), "{:?}", &rows[2]);
        assert_eq!((&rows[3][12], &rows[3][13], &rows[3][14]), ("", "", ""));
        assert!(
            rows[3][9].contains("resembles:Euro-Atlantic Partnership Council"),
            "{:?}",
            &rows[3]
        );
    }
}
