//! The files written for one English text, rendered in memory: the glossary in four formats and as
//! a memory of terms, the references as a memory and as a bibliography in two formats. Rendering
//! apart from writing lets the job put all of a text's files in place together or none
//! ([`crate::write`]) and lets a front end that writes nothing (the Python package) take the bytes.

use crate::{Error, TextAnalysis};
use std::io::Write;
use std::path::Path;
use steppe_glossary::{Glossary, Termbase};
use steppe_tmx::{Header, Note, Prop, TranslationUnit, Writer};
use steppe_translit::reverse::RefSpan;

/// One export: the file name it is written under (`article.en.glossary.tbx`) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// The file name (in the output folder).
    pub file_name: String,
    /// The content.
    pub bytes: Vec<u8>,
}

type GlossaryWriter = fn(&Glossary, Option<&Termbase>, &mut dyn Write) -> std::io::Result<()>;

/// The glossary exports: file suffix and writer.
const GLOSSARY_EXPORTS: [(&str, GlossaryWriter); 5] = [
    ("glossary.tbx", |g, tb, out| {
        steppe_glossary::write_tbx(g, tb, out)
    }),
    ("glossary.v2.tbx", |g, tb, out| {
        steppe_glossary::write_tbx2(g, tb, out)
    }),
    ("glossary.txt", |g, tb, out| {
        steppe_glossary::write_tsv(g, tb, out)
    }),
    ("glossary.csv", |g, tb, out| {
        steppe_glossary::write_csv(g, tb, out)
    }),
    ("terms.tmx", |g, tb, out| {
        crate::write_terms_tmx(g, tb, out).map_err(std::io::Error::other)
    }),
];

/// The bibliography exports: file suffix and format.
const BIB_EXPORTS: [(&str, steppe_bib::Format); 2] = [
    ("refs.json", steppe_bib::Format::CslJson),
    ("refs.bib", steppe_bib::Format::BibLatex),
];

/// The suffixes of a text's exports, in the order they are written (for help texts and indexes).
pub const EXPORT_SUFFIXES: [&str; 8] = [
    "glossary.tbx",
    "glossary.v2.tbx",
    "glossary.txt",
    "glossary.csv",
    "terms.tmx",
    "refs.tmx",
    "refs.json",
    "refs.bib",
];

/// Renders every export of one analysed text.
pub fn render(analysis: &TextAnalysis, termbase: &Termbase) -> Result<Vec<Export>, Error> {
    let stem = &analysis.stem;
    let mut exports = Vec::with_capacity(EXPORT_SUFFIXES.len());
    for (suffix, write) in GLOSSARY_EXPORTS {
        let file_name = format!("{stem}.{suffix}");
        let mut bytes = Vec::new();
        write(&analysis.glossary, Some(termbase), &mut bytes).map_err(|e| Error::Render {
            path: file_name.clone().into(),
            message: e.to_string(),
        })?;
        exports.push(Export { file_name, bytes });
    }
    let file_name = format!("{stem}.refs.tmx");
    let bytes = refs_tmx(&analysis.spans).map_err(|e| Error::Render {
        path: Path::new(&file_name).to_owned(),
        message: e.to_string(),
    })?;
    exports.push(Export { file_name, bytes });
    let entries: Vec<steppe_bib::Entry> = analysis.works.iter().map(|w| w.entry.clone()).collect();
    for (suffix, format) in BIB_EXPORTS {
        exports.push(Export {
            file_name: format!("{stem}.{suffix}"),
            bytes: format.write(&entries).into_bytes(),
        });
    }
    Ok(exports)
}

/// TMX 1.4b of reference spans: one unit per distinct romanised span, romanised (`ru-Latn`) ↔
/// Cyrillic (`ru`), with a `<prop type="x-confidence">` (certain, likely, guess) and, when not
/// certain, a `<note>` naming the weakest word and listing the alternatives; as `steppe refs
/// --format tmx` and the main job write it.
pub fn write_refs_tmx(spans: &[RefSpan], out: &mut dyn Write) -> Result<(), steppe_tmx::Error> {
    let mut writer = Writer::new(out, &Header::new("ru-Latn"))?;
    let mut seen = std::collections::HashSet::new();
    for s in spans.iter().filter(|s| seen.insert(s.latin.as_str())) {
        let mut unit = TranslationUnit::from_pairs(&[("ru-Latn", &s.latin), ("ru", &s.cyrillic)]);
        unit.props.push(Prop {
            kind: "x-confidence".into(),
            text: s.confidence.level.as_str().into(),
            lang: None,
        });
        if let Some(word) = &s.confidence.weakest_word {
            let mut text = format!("{}: weakest word {word}", s.confidence.level.as_str());
            if !s.alternatives.is_empty() {
                text.push_str("; alternatives: ");
                text.push_str(&s.alternatives.join(" | "));
            }
            unit.notes.push(Note { text, lang: None });
        }
        writer.write_unit(&unit)?;
    }
    writer.finish()?;
    Ok(())
}

fn refs_tmx(spans: &[RefSpan]) -> Result<Vec<u8>, steppe_tmx::Error> {
    let mut bytes = Vec::new();
    write_refs_tmx(spans, &mut bytes)?;
    Ok(bytes)
}
