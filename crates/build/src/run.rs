//! The main job over a whole corpus folder: every text read, analysed and exported, then the texts
//! that come in several languages aligned. A text that fails is reported through the observer and
//! the others go on.

use crate::{corpus, exports, write, Error, Pipeline, Text, TextAnalysis};
use std::path::{Path, PathBuf};
use steppe_align::Language;

/// What happened to one text or pair, as it happens: front ends print it (the CLI) or collect it.
#[derive(Debug)]
pub enum Event<'a> {
    /// A text's exports were written.
    Exported {
        /// What was found in it.
        analysis: &'a TextAnalysis,
        /// The files written.
        files: &'a [PathBuf],
    },
    /// A text is not English: it gets no glossary or reference exports (it may still be aligned).
    NotEnglish {
        /// The text.
        name: &'a str,
        /// Its language.
        language: Language,
    },
    /// A pair of texts was aligned into a memory.
    Aligned {
        /// The original.
        source: &'a str,
        /// The translation.
        target: &'a str,
        /// How many sentence pairs the memory holds.
        pairs: usize,
        /// The memory written.
        file: &'a Path,
    },
    /// A text or pair failed; the job goes on with the others.
    Failed(&'a Error),
}

/// What a whole run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The corpus texts found.
    pub texts: usize,
    /// The files written, in the order written.
    pub written: Vec<PathBuf>,
    /// How many texts or pairs failed.
    pub failed: usize,
    /// Glossary entries over all texts.
    pub entries: usize,
    /// Romanised reference spans over all texts.
    pub spans: usize,
    /// Aligned sentence pairs over all pairs.
    pub aligned: usize,
}

impl Pipeline<'_> {
    /// Builds every text of `corpus_dir` into `out_dir` (created if missing): per English text its
    /// seven exports, all or none; per text in several languages an aligned memory (`NAME.tmx`, or
    /// `NAME.en-ru.tmx` and so on for three). Fails only when the corpus cannot be listed or the
    /// output folder created; a failing text is reported as [`Event::Failed`] and counted.
    pub fn build(
        &self,
        corpus_dir: &Path,
        out_dir: &Path,
        observe: &mut dyn FnMut(Event),
    ) -> Result<Summary, Error> {
        let inputs = corpus::corpus_texts(corpus_dir)?;
        std::fs::create_dir_all(out_dir)
            .map_err(|e| Error::write(out_dir, "cannot create the output folder", e))?;
        let mut summary = Summary {
            texts: inputs.len(),
            ..Summary::default()
        };
        let mut readable = Vec::new();
        for input in &inputs {
            let text = match Text::read(input, self.format) {
                Ok(text) => text,
                Err(err) => {
                    summary.failed += 1;
                    observe(Event::Failed(&err));
                    continue;
                }
            };
            match self.export_text(&text, out_dir) {
                Ok(Some((analysis, files))) => {
                    summary.entries += analysis.glossary.entries.len();
                    summary.spans += analysis.spans.len();
                    observe(Event::Exported {
                        analysis: &analysis,
                        files: &files,
                    });
                    summary.written.extend(files);
                }
                Ok(None) => observe(Event::NotEnglish {
                    name: &text.name,
                    language: text.language,
                }),
                Err(err) => {
                    summary.failed += 1;
                    observe(Event::Failed(&err));
                }
            }
            readable.push(text);
        }
        self.align_groups(&readable, out_dir, &mut summary, observe);
        Ok(summary)
    }

    /// Analyses one text and writes its exports into `out_dir`, all or none; `None` for a text
    /// that is not English.
    pub fn export_text(
        &self,
        text: &Text,
        out_dir: &Path,
    ) -> Result<Option<(TextAnalysis, Vec<PathBuf>)>, Error> {
        let Some(analysis) = self.analyse(text) else {
            return Ok(None);
        };
        let rendered = exports::render(&analysis, self.termbase)?;
        let files = write::write_all_or_none(out_dir, &text.name, &rendered)?;
        Ok(Some((analysis, files)))
    }

    /// Aligns the texts that come in several languages, the English one (else the Russian) the
    /// original.
    fn align_groups(
        &self,
        texts: &[Text],
        out_dir: &Path,
        summary: &mut Summary,
        observe: &mut dyn FnMut(Event),
    ) {
        let paths: Vec<PathBuf> = texts.iter().map(|t| t.path.clone()).collect();
        for (stem, sides) in corpus::language_groups(&paths) {
            let side = |path: &Path, lang: Language| {
                let mut text = texts
                    .iter()
                    .find(|t| t.path == path)
                    .cloned()
                    .expect("a read text");
                text.language = lang;
                text
            };
            let source = side(&sides[0].0, sides[0].1);
            for (path, lang) in &sides[1..] {
                let target = side(path, *lang);
                let file = if sides.len() == 2 {
                    format!("{stem}.tmx")
                } else {
                    format!("{stem}.{}-{}.tmx", source.language.code(), target.language.code())
                };
                let file = out_dir.join(file);
                let alignment = self.align(&source, &target);
                let written = self
                    .alignment_tmx(&alignment)
                    .and_then(|bytes| write::write_atomically(&file, &bytes));
                match written {
                    Ok(()) => {
                        let pairs = alignment.pairs(0.0).count();
                        summary.aligned += pairs;
                        observe(Event::Aligned {
                            source: &source.name,
                            target: &target.name,
                            pairs,
                            file: &file,
                        });
                        summary.written.push(file);
                    }
                    Err(err) => {
                        summary.failed += 1;
                        observe(Event::Failed(&Error::Pair {
                            source_text: source.name.clone(),
                            target_text: target.name.clone(),
                            source: Box::new(err),
                        }));
                    }
                }
            }
        }
    }
}
