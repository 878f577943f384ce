//! Which files of a corpus folder are texts, what language each is in, and which texts are one
//! work in several languages.

use crate::Error;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use steppe_align::Language;
use steppe_formats::InputFormat;

/// Whether the main job reads this file of a corpus folder: `*.txt` and the document formats
/// (`*.docx`, `*.odt`, `*.html`, `*.htm`, `*.xhtml`, `*.pdf`).
///
/// ```
/// use std::path::Path;
/// assert!(steppe_build::is_corpus_document(Path::new("c/a.en.docx")));
/// assert!(!steppe_build::is_corpus_document(Path::new("c/termbase.tsv")));
/// ```
pub fn is_corpus_document(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt") || InputFormat::is_document(path)
}

/// The texts of a corpus folder, in name order so runs are reproducible.
pub fn corpus_texts(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let unreadable = |source| Error::Corpus {
        path: dir.to_owned(),
        source,
    };
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path.is_file() && is_corpus_document(&path) {
            texts.push(path);
        }
    }
    texts.sort();
    if texts.is_empty() {
        return Err(Error::EmptyCorpus { path: dir.to_owned() });
    }
    Ok(texts)
}

/// The language of a text: the tag of its name (`NAME.ru.txt`, `NAME.en.docx`), else a guess from
/// its letters ([`Language::detect`]).
///
/// ```
/// use std::path::Path;
/// use steppe_align::Language;
/// assert_eq!(steppe_build::text_language(Path::new("a.ru.txt"), "Steppe."), Language::Ru);
/// assert_eq!(steppe_build::text_language(Path::new("v1.2.txt"), "Степь."), Language::Ru);
/// ```
pub fn text_language(path: &Path, source: &str) -> Language {
    language_tag(path)
        .map(|(_, lang)| lang)
        .unwrap_or_else(|| Language::detect(source))
}

/// `a.en.txt` → (`a`, English): the name and its two-letter language tag, if it has one.
fn language_tag(path: &Path) -> Option<(&str, Language)> {
    let name = path.file_stem()?.to_str()?;
    let (stem, code) = name.rsplit_once('.')?;
    let lang = Language::parse(code).ok().filter(|_| code.len() == 2)?;
    Some((stem, lang))
}

/// The name exports are named after: `corpus/article.en.txt` → `article.en`.
///
/// ```
/// assert_eq!(steppe_build::stem(std::path::Path::new("c/article.en.txt")), "article.en");
/// ```
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "text".to_owned(), |s| s.to_string_lossy().into_owned())
}

/// Texts named `NAME.LANG.*` grouped by NAME, for the names with two or more languages; each group
/// ordered en, ru, kk (the first is the original of the alignments).
pub fn language_groups(texts: &[PathBuf]) -> BTreeMap<String, Vec<(PathBuf, Language)>> {
    let mut groups: BTreeMap<String, Vec<(PathBuf, Language)>> = BTreeMap::new();
    for path in texts {
        if let Some((stem, lang)) = language_tag(path) {
            groups
                .entry(stem.to_owned())
                .or_default()
                .push((path.clone(), lang));
        }
    }
    let order = [Language::En, Language::Ru, Language::Kk];
    groups.retain(|_, sides| {
        sides.sort_by_key(|(_, l)| order.iter().position(|o| o == l));
        sides.dedup_by_key(|(_, l)| *l);
        sides.len() >= 2
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_texts_are_sorted_and_only_texts() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.txt", "termbase.tsv", "README.md"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let names: Vec<String> = corpus_texts(dir.path())
            .unwrap()
            .iter()
            .map(|p| stem(p))
            .collect();
        assert_eq!(names, ["a", "b"]);
    }

    #[test]
    fn language_from_the_name_tag_else_from_the_letters() {
        let ru = "Степь и река.";
        let en = "Steppe and river.";
        assert_eq!(text_language(Path::new("c/a.en.txt"), ru), Language::En);
        assert_eq!(text_language(Path::new("c/a.ru.txt"), en), Language::Ru);
        assert_eq!(text_language(Path::new("c/a.kk.txt"), en), Language::Kk);
        assert_eq!(text_language(Path::new("c/a.txt"), ru), Language::Ru);
        assert_eq!(text_language(Path::new("c/a.txt"), en), Language::En);
        assert_eq!(text_language(Path::new("c/notes.final.txt"), en), Language::En);
    }

    #[test]
    fn empty_corpus_is_an_error_naming_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let err = corpus_texts(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("no text (*.txt, *.docx, *.odt, *.html, *.pdf)"),
            "{err}"
        );
        assert!(err.contains(&dir.path().display().to_string()), "{err}");
    }

    #[test]
    fn groups_are_texts_of_one_name_in_two_languages_english_first() {
        let texts: Vec<PathBuf> = [
            "c/a.ru.txt",
            "c/a.en.txt",
            "c/b.en.txt",
            "c/c.de.txt",
            "c/c.en.txt",
            "c/d.txt",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let groups = language_groups(&texts);
        assert_eq!(groups.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(groups["a"][0], (PathBuf::from("c/a.en.txt"), Language::En));
        assert_eq!(groups["a"][1].1, Language::Ru);
    }
}
