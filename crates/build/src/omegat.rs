//! A ready OmegaT project for a built corpus (`steppe build --omegat DIR`): what a translator opens
//! in OmegaT 3.6 as it is, English → Russian, with steppe's memories and glossaries in place.
//!
//! ```text
//! DIR/omegat.project   source en-US, target ru-RU, the default folders, sentence segmentation
//! DIR/source/          each English text as plain text (NAME.txt: its paragraphs, then its notes)
//! DIR/tm/              the memories: NAME.terms.tmx, NAME.refs.tmx (its romanised side tagged
//!                      en, as printed in the English text) and the aligned NAME.tmx
//! DIR/glossary/        NAME.glossary.txt (OmegaT TSV) and NAME.glossary.v2.tbx (TBX v2)
//! DIR/target/, DIR/dictionary/, DIR/omegat/   empty, for OmegaT
//! ```
//!
//! The memories go in `tm/`, not `tm/auto/`: OmegaT shows their matches for the translator to take,
//! and inserts none unseen (they are machine-made). Files OmegaT writes itself (`omegat/`,
//! `target/`, `glossary/glossary.txt`) are never written, so building again into the same project
//! refreshes steppe's files and keeps the translation.

use crate::{write, Error, Export, Text};
use std::path::{Path, PathBuf};

/// The folders of an OmegaT project, created empty when missing.
pub const OMEGAT_FOLDERS: [&str; 6] = ["source", "target", "tm", "glossary", "dictionary", "omegat"];

/// The `omegat.project` steppe writes: English (US) → Russian, OmegaT's default folders, sentence
/// segmentation and the Lucene tokenizers of the two languages.
pub const OMEGAT_PROJECT_FILE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>en-US</source_lang>
    <target_lang>ru-RU</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"#;

/// Which project folder a built file goes into (`tm`, `glossary`), by its name; `None` for the
/// exports OmegaT does not read (TBX v3, CSV, the bibliographies).
///
/// ```
/// use steppe_build::omegat_folder;
/// assert_eq!(omegat_folder("a.en.terms.tmx"), Some("tm"));
/// assert_eq!(omegat_folder("a.en.glossary.v2.tbx"), Some("glossary"));
/// assert_eq!(omegat_folder("a.en.glossary.tbx"), None);
/// ```
pub fn omegat_folder(file_name: &str) -> Option<&'static str> {
    if file_name.ends_with(".tmx") {
        Some("tm")
    } else if file_name.ends_with(".glossary.txt") || file_name.ends_with(".glossary.v2.tbx") {
        Some("glossary")
    } else {
        None
    }
}

/// The plain text OmegaT translates for one English text: its paragraphs, then its notes, one a
/// line with an empty line between (so OmegaT's text filter makes a paragraph of each, whichever
/// way it is set to break them).
pub fn omegat_source(text: &Text) -> String {
    let doc = text.document();
    let mut out = String::with_capacity(text.source.len());
    let paragraphs = doc.paragraphs.iter().map(|p| p.text.as_str());
    let notes = doc.footnotes.iter().map(|f| f.text.as_str());
    for block in paragraphs.chain(notes) {
        let line = block.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            out.push_str(&line);
            out.push_str("\n\n");
        }
    }
    out
}

/// The files of the project for `english` texts and the built files `written` (read back from
/// where the build put them): `omegat.project`, `source/NAME.txt`, and the memories and OmegaT
/// glossaries under `tm/` and `glossary/`. Names are relative to the project folder.
pub fn omegat_project(english: &[&Text], written: &[PathBuf]) -> Result<Vec<Export>, Error> {
    let mut files = vec![Export {
        file_name: "omegat.project".to_owned(),
        bytes: OMEGAT_PROJECT_FILE.as_bytes().to_vec(),
    }];
    for text in english {
        files.push(Export {
            file_name: format!("source/{}.txt", text.stem),
            bytes: omegat_source(text).into_bytes(),
        });
    }
    for path in written {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(folder) = omegat_folder(&name) {
            let mut bytes = std::fs::read(path).map_err(|e| Error::write(path, "cannot read it back", e))?;
            if name.ends_with(".refs.tmx") {
                bytes = romanised_as_source(&bytes).map_err(|e| Error::Render {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
            }
            files.push(Export {
                file_name: format!("{folder}/{name}"),
                bytes,
            });
        }
    }
    Ok(files)
}

/// The references memory for an English → Russian project: the romanised side (`ru-Latn`) tagged
/// `en`, the language of the text it is printed in, since OmegaT loads only the units with a
/// variant in the project's source language; a header note says so. The footnote segments of
/// the English text then get the Cyrillic of their titles as fuzzy matches.
fn romanised_as_source(bytes: &[u8]) -> Result<Vec<u8>, steppe_tmx::Error> {
    let mut reader = steppe_tmx::Reader::from_slice(bytes)?;
    let mut header = reader.header().clone();
    header.srclang = "en".to_owned();
    header.notes.push(steppe_tmx::Note {
        text: "The source side is romanised Russian (ru-Latn) as printed in the English text, tagged en \
               so that an English to Russian project matches it; the target is its reconstructed Cyrillic."
            .to_owned(),
        lang: None,
    });
    let mut out = Vec::with_capacity(bytes.len());
    let mut writer = steppe_tmx::Writer::new(&mut out, &header)?;
    while let Some(mut unit) = reader.next_unit()? {
        for variant in &mut unit.variants {
            if variant.lang == "ru-Latn" {
                variant.lang = "en".to_owned();
            }
        }
        writer.write_unit(&unit)?;
    }
    writer.finish()?;
    Ok(out)
}

/// Writes an OmegaT project into `dir` (see the module docs): its folders, then its files all
/// together or none. Returns the files written.
pub fn write_omegat_project(
    dir: &Path,
    english: &[&Text],
    written: &[PathBuf],
) -> Result<Vec<PathBuf>, Error> {
    let files = omegat_project(english, written)?;
    for folder in OMEGAT_FOLDERS {
        let path = dir.join(folder);
        std::fs::create_dir_all(&path)
            .map_err(|e| Error::write(&path, "cannot create the OmegaT project folder", e))?;
    }
    write::write_all_or_none(dir, &format!("{} (OmegaT project)", dir.display()), &files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_is_the_paragraphs_then_the_notes_one_a_line() {
        let text = Text::new(
            "a.en.txt".as_ref(),
            "The CSTO met\nin Moscow.¹\n\nIt signed.\n\n¹ Tokaev K. Vneshniaia politika. Almaty, 2002.\n"
                .to_owned(),
        );
        let source = omegat_source(&text);
        let lines: Vec<&str> = source.lines().filter(|l| !l.is_empty()).collect();
        assert!(lines.len() >= 3, "{source}");
        assert!(lines[0].starts_with("The CSTO met in Moscow."), "{source}");
        assert!(lines.last().unwrap().contains("Vneshniaia politika"), "{source}");
    }

    #[test]
    fn files_go_to_the_folders_omegat_reads() {
        let dir = tempfile::tempdir().unwrap();
        let built: Vec<PathBuf> = [
            "a.en.terms.tmx",
            "a.en.glossary.txt",
            "a.en.glossary.csv",
            "a.tmx",
        ]
        .iter()
        .map(|n| {
            let p = dir.path().join(n);
            std::fs::write(&p, n).unwrap();
            p
        })
        .collect();
        let text = Text::new("a.en.txt".as_ref(), "NATO met.\n".to_owned());
        let project = dir.path().join("project");
        let files = write_omegat_project(&project, &[&text], &built).unwrap();
        let mut names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(&project).unwrap().display().to_string())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "glossary/a.en.glossary.txt",
                "omegat.project",
                "source/a.en.txt",
                "tm/a.en.terms.tmx",
                "tm/a.tmx"
            ]
        );
        for folder in OMEGAT_FOLDERS {
            assert!(project.join(folder).is_dir(), "{folder}");
        }
        assert_eq!(
            std::fs::read_to_string(project.join("tm/a.tmx")).unwrap(),
            "a.tmx"
        );
    }
}
