//! TBX v2 (ISO 30042:2008, `martif`) in the LISA TBX-Basic dialect: the form CAT tools import (OmegaT
//! reads only this one). Valid against LISA's `TBXBasicRNGV02.rng`.
//!
//! The content is the same as [`write_tbx`](crate::write_tbx): `termEntry` / `langSet` / `tig` in place of
//! `conceptEntry` / `langSec` / `termSec`, no namespace, and an `encodingDesc` naming the XCS file.

use crate::export::concepts;
use crate::tbx::{file_desc, write_body, Levels};
use crate::{Glossary, Termbase};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::{self, Write};

const V2: Levels = Levels {
    concept: "termEntry",
    lang: "langSet",
    term: "tig",
};

/// Writes the glossary as TBX v2 (`martif`, TBX-Basic). With a termbase, Russian full names and
/// subject fields of known bodies are added.
///
/// ```
/// use steppe_glossary::{write_tbx2, Entry, EntryKind, Glossary};
/// let g = Glossary { entries: vec![Entry {
///     kind: EntryKind::Institution, term: "World Bank".into(), short: None, long: None,
///     ru: Some("Всемирный банк".into()), count: 1, first_offset: 0, defined_in_text: false,
///     variants: vec![], contexts: vec![], flags: vec![], ru_origin: None }] };
/// let mut out = Vec::new();
/// write_tbx2(&g, None, &mut out).unwrap();
/// let xml = String::from_utf8(out).unwrap();
/// assert!(xml.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">"));
/// assert!(xml.contains("<tig>\n            <term>Всемирный банк</term>"));
/// ```
pub fn write_tbx2<W: Write>(glossary: &Glossary, termbase: Option<&Termbase>, out: W) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("martif")
        .with_attributes([("type", "TBX-Basic"), ("xml:lang", "en")])
        .write_inner_content(|w| {
            w.create_element("martifHeader").write_inner_content(|w| {
                w.create_element("fileDesc")
                    .write_inner_content(|w| file_desc(w))?;
                w.create_element("encodingDesc").write_inner_content(|w| {
                    w.create_element("p")
                        .with_attribute(("type", "XCSURI"))
                        .write_text_content(BytesText::new("TBXBasicXCSV02.xcs"))?;
                    Ok(())
                })?;
                Ok(())
            })?;
            w.create_element("text").write_inner_content(|w| {
                w.create_element("body")
                    .write_inner_content(|w| write_body(w, &concepts(glossary, termbase), &V2))?;
                Ok(())
            })?;
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::annotated;

    #[test]
    fn structure() {
        let (g, tb) = annotated();
        let mut out = Vec::new();
        write_tbx2(&g, Some(&tb), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(!xml.contains("xmlns"), "v2 has no namespace");
        assert_eq!(xml.matches("<termEntry id=").count(), g.entries.len());
        assert!(xml.contains("<p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>"));
        assert!(xml.contains("<term>ОДКБ</term>"));
    }
}
