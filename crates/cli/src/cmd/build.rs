//! `steppe build`: the main job. Every text of a corpus folder becomes the files a translator loads
//! into a CAT tool: its glossary (TBX v3, TBX v2 for OmegaT, OmegaT TSV, CSV) and the romanised
//! Russian of its references as a translation memory (TMX), all written atomically into one folder.
//! The job itself is the library `steppe-build`; this module maps flags to it and prints what happens.

use crate::cmd::cyrillic::ReverseArgs;
use crate::progress;
use crate::report::Failures;
use anyhow::Result;
use indicatif::ProgressBar;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_build::{builtin_termbase, Event, Pipeline, Summary};
use steppe_glossary::{RuFrom, Termbase};

/// The long help of `steppe build` (set on its subcommand in `main.rs`, where the one-line
/// description would otherwise replace it).
pub const LONG_ABOUT: &str = "Build the CAT-tool exports of every text in a corpus folder.\n\n\
For each English text of CORPUS (`*.txt`, `*.docx`, `*.odt`, `*.html`, `*.pdf`; in name order) it writes into OUT, named after the file:\n  \
NAME.glossary.tbx     the glossary as TBX v3 (TBX-Basic)\n  \
NAME.glossary.v2.tbx  the glossary as TBX v2 (martif), which OmegaT reads\n  \
NAME.glossary.txt     the glossary as an OmegaT TSV glossary\n  \
NAME.glossary.csv     the glossary as CSV with a header row (Trados, memoQ)\n  \
NAME.terms.tmx        the glossary as a memory, English term ↔ Russian of the same form, TMX 1.4b \
(its Russian's origin in a prop, the other equivalents in a note)\n  \
NAME.refs.tmx         romanised Russian of the footnotes ↔ Cyrillic, TMX 1.4b\n  \
NAME.refs.json        the footnotes' references as CSL-JSON (Zotero, pandoc), as `steppe bib extract` writes\n  \
NAME.refs.bib         the same references as BibLaTeX\n  \
NAME.report.html      the review page: what was found and what needs a look (as `steppe report`)\n\n\
and index.html, linking every page and every file written.\n\n\
The glossaries hold the kinds a termbase needs (acronyms, institutions, aliases, other names, \
degrees), as `steppe glossary` writes them by default; people and places are left out.\n\n\
A text is English when its name says so (`NAME.en.txt`); a text tagged with another language \
(`NAME.ru.txt`, `NAME.kk.txt`) gets none of these exports, and a text without a language tag \
gets them when its letters are mostly Latin (the script guess of `steppe align`).\n\n\
Texts of one name in two languages (`NAME.en.txt` and `NAME.ru.txt`; en, ru, kk) are also aligned \
sentence by sentence into NAME.tmx (with three languages NAME.en-ru.tmx, NAME.en-kk.tmx), the English \
text (else the Russian) taken as the original, as `steppe align` does with the termbase's names as anchors; \
the original's review page shows the alignment side by side.\n\n\
With --omegat DIR it also writes an OmegaT project into DIR that OmegaT 3.6 opens as it is \
(Project > Open, choose DIR): omegat.project (English en-US → Russian ru-RU), source/NAME.txt (each English \
text as plain text, its paragraphs then its notes), tm/ (the terms, references and aligned memories: \
their matches are shown, none inserted unseen; the references' romanised side tagged en, as printed in \
the English text, so that OmegaT matches it), glossary/ (NAME.glossary.txt and NAME.glossary.v2.tbx), \
and the empty target/, dictionary/ and omegat/ folders. Building again into the same DIR replaces \
steppe's files and keeps what OmegaT wrote (the translation in omegat/project_save.tmx).\n\n\
On a terminal a bar on standard error counts the texts; the run ends with one paragraph: texts, \
glossary terms (with Russian, unverified), the flags worth a look by count, romanised spans, works \
cited, aligned pairs and the files written.\n\n\
The termbase is CORPUS/termbase.tsv when it exists, else the one built into steppe.\n\
Every file is written atomically, and a text's eight exports all or none (each to a temporary file \
first, renamed into place when all are finished); only regular files are replaced (a symlink is \
followed; a folder, FIFO or device in the way is refused); the same corpus gives the same bytes. A text that \
cannot be read or written is reported on one line naming it and the export, the other texts go on, \
and the exit code is 2.";

/// Build the CAT-tool exports of every text in a corpus folder.
#[derive(clap::Args)]
pub struct Args {
    /// The corpus folder: every `*.txt`, `*.docx`, `*.odt`, `*.html` and `*.pdf` file in it is an
    /// input text (exports for the English ones).
    #[arg(default_value = "corpus")]
    pub corpus: PathBuf,
    /// The folder to write the exports into (created if missing).
    #[arg(short, long, default_value = "tmx")]
    pub output: PathBuf,
    /// The termbase (default: CORPUS/termbase.tsv if present, else the built-in one).
    #[arg(long, value_name = "PATH")]
    pub termbase: Option<PathBuf>,
    /// Also write an OmegaT project into DIR (created if missing): the English texts in
    /// `source/`, the memories in `tm/`, the OmegaT glossaries in `glossary/`; open DIR in OmegaT.
    #[arg(long, value_name = "DIR")]
    pub omegat: Option<PathBuf>,
    #[command(flatten)]
    pub reverse: ReverseArgs,
}

/// Runs `steppe build`. A text that cannot be read or written is reported and the others go on;
/// the exit code is then 2.
pub fn run(args: Args) -> Result<ExitCode> {
    let termbase = load_termbase(&args)?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let pipeline = Pipeline::new(&termbase, &reverser)
        .with_input_format(crate::input::format())
        .with_omegat_project(args.omegat.clone());
    let mut failures = Failures::default();
    let mut tally = Tally::default();
    let mut bar = ProgressBar::hidden();
    let summary = pipeline.build(&args.corpus, &args.output, &mut |event| {
        tally.count(&event);
        match event {
            Event::Started { texts } => bar = progress::counter(texts as u64, "texts"),
            // A failure is a text (or, at the end, a pair or the project): the bar moves on.
            Event::Exported { .. } | Event::NotEnglish { .. } | Event::Failed(_) => bar.inc(1),
            Event::Aligned { .. } => bar.set_message("aligning"),
            _ => {}
        }
        bar.suspend(|| print_event(event, &mut failures));
    })?;
    bar.finish_and_clear();
    eprintln!("{}", tally.paragraph(&summary, &args.output));
    Ok(failures.exit_code(ExitCode::SUCCESS))
}

/// One line on standard error per text or pair, as it is done.
fn print_event(event: Event, failures: &mut Failures) {
    match event {
        Event::Started { .. } => {}
        Event::Exported { analysis, .. } => eprintln!(
            "steppe build: {}: {} glossary entries, {} romanised reference spans, {} works cited",
            analysis.name,
            analysis.glossary.entries.len(),
            analysis.spans.len(),
            analysis.works.len()
        ),
        Event::NotEnglish { name, language } => eprintln!(
            "steppe build: {name}: not English ({}), no glossary or reference exports",
            language.code()
        ),
        Event::Aligned {
            source,
            target,
            pairs,
            ..
        } => eprintln!("steppe build: {source} ↔ {target}: {pairs} aligned pairs"),
        Event::Reviewed { name, file } => {
            eprintln!("steppe build: {name}: review page {}", file.display())
        }
        Event::OmegatProject { dir, files } => eprintln!(
            "steppe build: OmegaT project {}: {} files (open the folder in OmegaT)",
            dir.display(),
            files.len()
        ),
        Event::Failed(err) => failures.report(&anyhow::Error::msg(err.to_string())),
    }
}

/// What the closing paragraph tells beyond the [`Summary`]: counted from the events.
#[derive(Default)]
struct Tally {
    english: usize,
    other: usize,
    with_ru: usize,
    /// Entries whose Russian no source backs (termbase record without a source, composed, read back).
    unverified: usize,
    works: usize,
    memories: usize,
    /// Glossary flags by name (`nonstandard_short_form:EAPC` counts as `nonstandard_short_form`).
    flags: BTreeMap<String, usize>,
    project: Option<(PathBuf, usize)>,
}

impl Tally {
    fn count(&mut self, event: &Event) {
        match event {
            Event::Exported { analysis, .. } => {
                self.english += 1;
                self.works += analysis.works.len();
                for e in &analysis.glossary.entries {
                    self.with_ru += usize::from(e.ru.is_some());
                    let sourced = e.ru_origin.as_ref().map(|o| o.from == RuFrom::Termbase);
                    self.unverified += usize::from(sourced == Some(false));
                    for flag in &e.flags {
                        let name = flag.split(':').next().unwrap_or(flag);
                        *self.flags.entry(name.to_owned()).or_default() += 1;
                    }
                }
            }
            Event::NotEnglish { .. } => self.other += 1,
            Event::Aligned { .. } => self.memories += 1,
            Event::OmegatProject { dir, files } => self.project = Some((dir.to_path_buf(), files.len())),
            Event::Started { .. } | Event::Reviewed { .. } | Event::Failed(_) => {}
        }
    }

    /// The closing paragraph: texts, terms, references, the flags worth a look (most frequent
    /// first), alignments and the files written.
    fn paragraph(&self, summary: &Summary, out: &Path) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut flags: Vec<(&String, &usize)> = self.flags.iter().collect();
        flags.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let flags = match flags.len() {
            0 => "no flags".to_owned(),
            _ => {
                let list: Vec<String> = flags.iter().map(|(f, n)| format!("{f} {n}")).collect();
                format!("flags worth a look: {}", list.join(", "))
            }
        };
        let failed = match summary.failed {
            0 => String::new(),
            n => format!(" ({n} failed, reported above)"),
        };
        let project = match &self.project {
            Some((dir, n)) => format!(", {n} of them the OmegaT project in {}", dir.display()),
            None => String::new(),
        };
        let texts = match self.other {
            0 => format!(
                "{} ({} English)",
                plural(summary.texts, "text", "texts"),
                self.english
            ),
            n => format!(
                "{} ({} English, {n} in another language)",
                plural(summary.texts, "text", "texts"),
                self.english
            ),
        };
        let alignment = match self.memories {
            0 => "no text in two languages to align".to_owned(),
            n => format!(
                "alignment: {} in {}",
                plural(summary.aligned, "sentence pair", "sentence pairs"),
                plural(n, "memory", "memories")
            ),
        };
        format!(
            "steppe build: {texts}; glossaries: {}, {} with Russian ({} unverified), {flags}; \
             references: {}, {}; {alignment}; wrote {} for {} into {}{project}{failed}.",
            plural(summary.entries, "term", "terms"),
            self.with_ru,
            self.unverified,
            plural(summary.spans, "romanised span", "romanised spans"),
            plural(self.works, "work cited", "works cited"),
            plural(summary.written.len(), "file", "files"),
            plural(summary.texts, "text", "texts"),
            out.display()
        )
    }
}

fn load_termbase(args: &Args) -> Result<Termbase> {
    let in_corpus = args.corpus.join("termbase.tsv");
    let path = args
        .termbase
        .clone()
        .or_else(|| in_corpus.is_file().then_some(in_corpus));
    Ok(match path {
        Some(path) => Termbase::load(&path)?,
        None => builtin_termbase(),
    })
}
