//! TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style: the standard exchange format for
//! termbases. Valid against `TBXcoreStructV03.rng` and the TBX-Basic DCA Schematron.
//!
//! One `conceptEntry` per glossary entry; an English `langSec` with the term (`termType` acronym,
//! fullForm, shortForm or variant), a context sentence and a note with the count and flags; a Russian
//! `langSec` when the entry has a Russian equivalent.

use crate::export::{concepts, Concept, Term};
use crate::{Glossary, Termbase};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::{self, Write};

/// The namespace of TBX v3.
pub const TBX_NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

/// Element names of the three levels of a concept, which differ between TBX v3 and v2.
pub(crate) struct Levels {
    pub concept: &'static str,
    pub lang: &'static str,
    pub term: &'static str,
}

const V3: Levels = Levels {
    concept: "conceptEntry",
    lang: "langSec",
    term: "termSec",
};

/// Writes the glossary as TBX v3 TBX-Basic (DCA). With a termbase, Russian full names and subject
/// fields of known bodies are added.
///
/// ```
/// use steppe_glossary::{write_tbx, Entry, EntryKind, Glossary};
/// let g = Glossary { entries: vec![Entry {
///     kind: EntryKind::Acronym, term: "SCO".into(), short: Some("SCO".into()), long: None,
///     ru: Some("ШОС".into()), count: 1, first_offset: 0, defined_in_text: false,
///     variants: vec![], contexts: vec![], flags: vec![], ru_origin: None }] };
/// let mut out = Vec::new();
/// write_tbx(&g, None, &mut out).unwrap();
/// let xml = String::from_utf8(out).unwrap();
/// assert!(xml.contains("<term>ШОС</term>"));
/// ```
pub fn write_tbx<W: Write>(glossary: &Glossary, termbase: Option<&Termbase>, out: W) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("tbx")
        .with_attributes([
            ("type", "TBX-Basic"),
            ("style", "dca"),
            ("xml:lang", "en"),
            ("xmlns", TBX_NAMESPACE),
        ])
        .write_inner_content(|w| {
            w.create_element("tbxHeader").write_inner_content(|w| {
                w.create_element("fileDesc")
                    .write_inner_content(|w| file_desc(w))?;
                Ok(())
            })?;
            w.create_element("text").write_inner_content(|w| {
                w.create_element("body")
                    .write_inner_content(|w| write_body(w, &concepts(glossary, termbase), &V3))?;
                Ok(())
            })?;
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}

/// `titleStmt` and `sourceDesc` (the same in v2 and v3).
pub(crate) fn file_desc<W: Write>(w: &mut Writer<W>) -> io::Result<()> {
    w.create_element("titleStmt").write_inner_content(|w| {
        text_element(w, "title", "Glossary extracted by steppe")?;
        Ok(())
    })?;
    w.create_element("sourceDesc").write_inner_content(|w| {
        text_element(
            w,
            "p",
            "Acronyms, institution names and aliases found in the source text, English to Russian.",
        )?;
        Ok(())
    })?;
    Ok(())
}

/// The concepts, in order, with the element names of `levels`.
pub(crate) fn write_body<W: Write>(
    w: &mut Writer<W>,
    concepts: &[Concept],
    levels: &Levels,
) -> io::Result<()> {
    for c in concepts {
        w.create_element(levels.concept)
            .with_attribute(("id", c.id.as_str()))
            .write_inner_content(|w| {
                if let Some(subject) = &c.subject {
                    typed(w, "descrip", "subjectField", subject)?;
                }
                let en = Aux {
                    first_note: Some(&c.note),
                    ..Aux::default()
                };
                lang(w, levels, "en", &c.en, en)?;
                if !c.ru.is_empty() {
                    let ru = Aux {
                        first_note: None,
                        source: c.ru_source.as_deref(),
                        note: c.ru_note.as_deref(),
                    };
                    lang(w, levels, "ru", &c.ru, ru)?;
                }
                Ok(())
            })?;
    }
    Ok(())
}

/// What a language section adds to its terms: a note on the first term (the English entry's count
/// and flags), and on every term a source (TBX-Basic `admin type="source"`) and a note (where the
/// Russian came from, `unverified: …`). Both are allowed in a `termSec`/`tig` after the `termNote`s.
#[derive(Default, Clone, Copy)]
struct Aux<'a> {
    first_note: Option<&'a str>,
    source: Option<&'a str>,
    note: Option<&'a str>,
}

fn lang<W: Write>(
    w: &mut Writer<W>,
    levels: &Levels,
    code: &str,
    terms: &[Term],
    aux: Aux,
) -> io::Result<()> {
    w.create_element(levels.lang)
        .with_attribute(("xml:lang", code))
        .write_inner_content(|w| {
            for (i, t) in terms.iter().enumerate() {
                w.create_element(levels.term).write_inner_content(|w| {
                    text_element(w, "term", &t.text)?;
                    if let Some(kind) = t.kind {
                        typed(w, "termNote", "termType", kind.as_str())?;
                    }
                    typed(w, "termNote", "partOfSpeech", "noun")?;
                    if let Some(preferred) = t.preferred {
                        let status = if preferred {
                            "preferredTerm-admn-sts"
                        } else {
                            "deprecatedTerm-admn-sts"
                        };
                        typed(w, "termNote", "administrativeStatus", status)?;
                    }
                    if let Some(context) = &t.context {
                        typed(w, "descrip", "context", context)?;
                    }
                    if let Some(note) = aux.first_note.filter(|_| i == 0) {
                        text_element(w, "note", note)?;
                    }
                    if let Some(source) = aux.source {
                        typed(w, "admin", "source", source)?;
                    }
                    if let Some(note) = aux.note {
                        text_element(w, "note", note)?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    Ok(())
}

fn typed<W: Write>(w: &mut Writer<W>, name: &str, kind: &str, text: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attribute(("type", kind))
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

pub(crate) fn text_element<W: Write>(w: &mut Writer<W>, name: &str, text: &str) -> io::Result<()> {
    w.create_element(name).write_text_content(BytesText::new(text))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::annotated;

    #[test]
    fn structure_and_escaping() {
        let (g, tb) = annotated();
        let mut out = Vec::new();
        write_tbx(&g, Some(&tb), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(xml.starts_with(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\""
        ));
        assert!(xml.contains("<conceptEntry id=\"c1\">"));
        assert!(xml.contains("<term>Совет евроатлантического партнерства</term>"));
        let eaps = &xml[xml.find("<term>EAPS</term>").unwrap()..xml.find("<term>EAPC</term>").unwrap()];
        assert!(eaps.contains("deprecatedTerm-admn-sts"), "{eaps}");
        let eapc = &xml[xml.find("<term>EAPC</term>").unwrap()..];
        assert!(eapc[..eapc.find("</termSec>").unwrap()].contains("preferredTerm-admn-sts"));
        assert!(xml.contains("tab &amp; &lt;markup&gt;."), "context is escaped");
        // where each entry's Russian came from, on its Russian terms: CSTO's record names its source,
        // the World Bank's does not
        let csto = &tb.lookup("CSTO")[0];
        let source = csto.source.as_deref().expect("the CSTO record has a source");
        let ru = &xml[xml.find("<term>ОДКБ</term>").unwrap()..];
        let ru = &ru[..ru.find("</termSec>").unwrap()];
        assert!(
            ru.contains(&format!("<admin type=\"source\">{source}</admin>")),
            "{ru}"
        );
        assert!(
            ru.contains(&format!("<note>ru from the termbase, source: {source}")),
            "{ru}"
        );
        let wb = &xml[xml.find("<term>Всемирный банк</term>").unwrap()..];
        let wb = &wb[..wb.find("</termSec>").unwrap()];
        assert!(!wb.contains("<admin"), "{wb}");
        assert!(
            wb.contains("<note>unverified: ru from a termbase record without a source</note>"),
            "{wb}"
        );
        assert_eq!(xml.matches("<conceptEntry ").count(), g.entries.len());
        // the unknown body has no Russian langSec; five of the six entries have one
        assert_eq!(xml.matches("<langSec xml:lang=\"ru\">").count(), 5, "{xml}");
    }

    #[test]
    fn output_is_deterministic() {
        let (g, tb) = annotated();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        write_tbx(&g, Some(&tb), &mut a).unwrap();
        write_tbx(&g, Some(&tb), &mut b).unwrap();
        assert_eq!(a, b);
    }
}
