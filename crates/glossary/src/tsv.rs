//! OmegaT's glossary format: UTF-8 text, one term a line, `source<TAB>target<TAB>comment`.
//!
//! OmegaT reads it from a project's `glossary/` folder when the file ends in `.txt` (or `.utf8`, `.tab`).
//! Every English form of an entry (the term, the long form of an acronym, the variants) gets its own
//! line with the same Russian target, so OmegaT shows the equivalent whichever form a segment uses.
//! Entries without a Russian equivalent are left out (OmegaT skips lines without a target).

use crate::export::{concepts, Concept};
use crate::{Glossary, Termbase};
use std::io::{self, Write};

/// Writes the glossary as an OmegaT TSV glossary. Fields never contain tabs or newlines.
///
/// ```
/// use steppe_glossary::{write_tsv, Entry, EntryKind, Glossary};
/// let g = Glossary { entries: vec![Entry {
///     kind: EntryKind::Acronym, term: "SCO".into(), short: Some("SCO".into()),
///     long: Some("Shanghai Cooperation Organization".into()), ru: Some("ШОС".into()), count: 1,
///     first_offset: 0, defined_in_text: true, variants: vec![], contexts: vec![], flags: vec![] }] };
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

/// The lines of one concept: the main term with the note, then the other forms.
fn rows(c: &Concept) -> Vec<(&str, String, String)> {
    let Some(target) = c.ru.first() else {
        return Vec::new();
    };
    let others: Vec<&str> = c.ru[1..].iter().map(|t| t.text.as_str()).collect();
    let target = if others.is_empty() {
        target.text.clone()
    } else {
        format!("{} ({})", target.text, others.join("; "))
    };
    let main = c.en[0].text.as_str();
    c.en.iter()
        .enumerate()
        .map(|(i, t)| {
            let comment = match (i, t.kind) {
                (0, _) => c.note.clone(),
                (_, Some(crate::export::TermType::FullForm)) => format!("long form of {main}"),
                _ => format!("variant of {main}"),
            };
            (t.text.as_str(), target.clone(), comment)
        })
        .collect()
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
        assert!(text.starts_with(
            "EAPS\tСЕАП (Совет евроатлантического партнерства)\tacronym; 2 occurrences; defined in the text; \
             flags: nonstandard_short_form:EAPC\n\
             Euro-Atlantic Partnership Council\tСЕАП (Совет евроатлантического партнерства)\tlong form of EAPS\n\
             EASP\tСЕАП (Совет евроатлантического партнерства)\tvariant of EAPS\n"
        ), "{text}");
        assert!(
            !text.contains("North Atlantic Partnership Council"),
            "no Russian, no line"
        );
        assert!(text.contains("the Alliance\tАльянс\talias; 2 occurrences; stands for NATO; flags: alias\n"));
    }
}
