//! OmegaT's glossary format: UTF-8 text, one term a line, `source<TAB>target<TAB>comment`.
//!
//! OmegaT reads it from a project's `glossary/` folder when the file ends in `.txt` (or `.utf8`, `.tab`).
//! Every English form of an entry (the term, the long form of an acronym, the variants) gets a line
//! for each Russian term (`EAPC` → `СЕАП` and `EAPC` → `Совет евроатлантического партнерства`), so
//! OmegaT shows the equivalents whichever form a segment uses, and inserts one term, not a list.
//! Entries without a Russian equivalent are left out (OmegaT skips lines without a target). The
//! comment ends with where the Russian came from (`unverified: ru from a termbase record without a
//! source`, or the termbase's source address).

use crate::export::{concepts, Concept, TermType};
use crate::{Glossary, Termbase};
use std::io::{self, Write};

/// Writes the glossary as an OmegaT TSV glossary. Fields never contain tabs or newlines.
///
/// ```
/// use steppe_glossary::{write_tsv, Entry, EntryKind, Glossary};
/// let g = Glossary { entries: vec![Entry {
///     kind: EntryKind::Acronym, term: "SCO".into(), short: Some("SCO".into()),
///     long: Some("Shanghai Cooperation Organization".into()), ru: Some("ШОС".into()), count: 1,
///     first_offset: 0, defined_in_text: true, variants: vec![], contexts: vec![], flags: vec![], ru_origin: None }] };
/// let mut out = Vec::new();
/// write_tsv(&g, None, &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(),
///     "SCO\tШОС\tacronym; 1 occurrence; defined in the text\n\
///      Shanghai Cooperation Organization\tШОС\tlong form of SCO\n");
/// ```
pub fn write_tsv<W: Write>(glossary: &Glossary, termbase: Option<&Termbase>, mut out: W) -> io::Result<()> {
    for c in concepts(glossary, termbase) {
        for (source, target, comment) in rows(&c) {
            writeln!(out, "{source}\t{target}\t{comment}")?;
        }
    }
    out.flush()
}

/// The lines of one concept: every English form (the term with the note, then the long form and
/// variants) paired with every Russian term, the entry's own equivalent first.
fn rows(c: &Concept) -> Vec<(&str, &str, String)> {
    let mut rows = Vec::new();
    for (i, en) in c.en.iter().enumerate() {
        let comment = form_comment(c, i);
        let comment = match &c.ru_note {
            Some(ru_note) => format!("{comment}; {ru_note}"),
            None => comment,
        };
        for ru in &c.ru {
            rows.push((en.text.as_str(), ru.text.as_str(), comment.clone()));
        }
    }
    rows
}

/// What the `i`th English form of a concept is: the entry's note for its term, else how the form
/// relates to it (`long form of CSTO`, `variant of EAPS`).
pub(crate) fn form_comment(c: &Concept, i: usize) -> String {
    let main = c.en[0].text.as_str();
    let en = &c.en[i];
    match (i, en.kind, en.preferred) {
        (0, _, _) => c.note.clone(),
        (_, _, Some(true)) => format!("standard short form; the text writes {main}"),
        (_, Some(TermType::FullForm), _) => format!("long form of {main}"),
        _ => format!("variant of {main}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::annotated;

    #[test]
    fn three_fields_a_line_and_no_line_without_target() {
        let (g, tb) = annotated();
        let mut out = Vec::new();
        write_tsv(&g, Some(&tb), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            let fields: Vec<_> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line:?}");
            assert!(fields.iter().take(2).all(|f| !f.is_empty()), "{line:?}");
        }
        let lines: Vec<&str> = text.lines().take(8).collect();
        // every comment ends with where the Russian came from: the record's source, or `unverified`
        let eapc = &tb.lookup("EAPC")[0];
        let ru = match &eapc.source {
            Some(source) => format!("ru from the termbase, source: {source}"),
            None => "unverified: ru from a termbase record without a source".into(),
        };
        let ru = format!("{ru}; termbase note: {}", eapc.note);
        let note =
            format!("acronym; 2 occurrences; defined in the text; flags: nonstandard_short_form:EAPC; {ru}");
        let full = "Совет евроатлантического партнерства";
        assert_eq!(
            lines,
            [
                format!("EAPS\tСЕАП\t{note}"),
                format!("EAPS\t{full}\t{note}"),
                format!("EAPC\tСЕАП\tstandard short form; the text writes EAPS; {ru}"),
                format!("EAPC\t{full}\tstandard short form; the text writes EAPS; {ru}"),
                format!("Euro-Atlantic Partnership Council\tСЕАП\tlong form of EAPS; {ru}"),
                format!("Euro-Atlantic Partnership Council\t{full}\tlong form of EAPS; {ru}"),
                format!("EASP\tСЕАП\tvariant of EAPS; {ru}"),
                format!("EASP\t{full}\tvariant of EAPS; {ru}"),
            ]
        );
        assert!(
            !text.contains("North Atlantic Partnership Council"),
            "no Russian, no line"
        );
        // Russian set on the entry by hand has no origin to report
        assert!(text.contains("the Alliance\tАльянс\talias; 2 occurrences; stands for NATO; flags: alias\n"));
    }
}
