//! The review pages of a build ([`steppe_report`]): a page per text from what the job found in it
//! (its analysis, the name clusters of it and its translations, its alignments, its files), and
//! the corpus index linking every page and file.

use crate::{Pipeline, Text, TextAnalysis};
use std::path::{Path, PathBuf};
use steppe_align::Alignment;
use steppe_report::{Index, IndexPage, Reference, Summary, TextReport};
use steppe_translit::reverse::cluster_names;

/// The suffix of a text's review page (`article.en.report.html`).
pub const REPORT_SUFFIX: &str = "report.html";

/// The file name of the corpus index.
pub const INDEX_FILE: &str = "index.html";

impl Pipeline<'_> {
    /// The review page of `text`: its `analysis` (an English text's glossary, references and
    /// works), the name and title clusters of it and its `translations`, its `alignments` with
    /// them, and the `files` written for it (linked by file name).
    ///
    /// ```
    /// use steppe_build::{builtin_termbase, Pipeline, Text};
    /// use steppe_lexicon::LexiconSet;
    /// use steppe_translit::reverse::Reverser;
    /// let (termbase, lexicon) = (builtin_termbase(), LexiconSet::embedded());
    /// let reverser = Reverser::new(&lexicon);
    /// let pipeline = Pipeline::new(&termbase, &reverser);
    /// let en = Text::new("c/a.en.txt".as_ref(), "The Collective Security Treaty Organization (CSTO) met.\n".into());
    /// let ru = Text::new("c/a.ru.txt".as_ref(), "Организация Договора о коллективной безопасности (ОДКБ) собралась.\n".into());
    /// let alignment = pipeline.align(&en, &ru);
    /// let page = pipeline.text_report(&en, pipeline.analyse(&en), &[&ru], vec![alignment], &[]);
    /// assert_eq!(page.name, "a.en.txt");
    /// assert_eq!(page.glossary.unwrap().entries[0].ru.as_deref(), Some("ОДКБ"));
    /// assert_eq!(page.alignments[0].pairs(0.0).count(), 1);
    /// ```
    pub fn text_report(
        &self,
        text: &Text,
        analysis: Option<TextAnalysis>,
        translations: &[&Text],
        alignments: Vec<Alignment>,
        files: &[PathBuf],
    ) -> TextReport {
        let mut sources = vec![text.source.as_str()];
        sources.extend(translations.iter().map(|t| t.source.as_str()));
        let mut report = TextReport {
            name: file_name(&text.path),
            clusters: Some(cluster_names(self.reverser, &sources)),
            alignments,
            exports: files.iter().map(|f| file_name(f)).collect(),
            ..TextReport::default()
        };
        if let Some(a) = analysis {
            let references = a.spans.into_iter().map(|s| Reference::new(self.reverser, s));
            report.glossary = Some(a.glossary);
            report.references = Some(references.collect());
            report.works = Some(a.works);
        }
        report
    }
}

/// The index of a build in `out_dir` titled after `corpus`: a line per page written (text name,
/// page file, counts) and every file written, by name.
pub fn index_page(corpus: &Path, pages: &[(String, PathBuf, Summary)], written: &[PathBuf]) -> String {
    let mut files: Vec<String> = written.iter().map(|f| file_name(f)).collect();
    files.sort();
    files.dedup();
    let index = Index {
        title: file_name(corpus),
        pages: pages
            .iter()
            .map(|(name, page, summary)| IndexPage {
                href: file_name(page),
                name: name.clone(),
                summary: summary.clone(),
            })
            .collect(),
        files,
    };
    steppe_report::render_index(&index)
}

/// The last part of a path, as a page names and links a file in the same folder.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
