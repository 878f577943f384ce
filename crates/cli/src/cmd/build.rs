//! `steppe build`: the main job. Every text of a corpus folder becomes the files a translator loads
//! into a CAT tool: its glossary (TBX v3, TBX v2 for OmegaT, OmegaT TSV, CSV) and the romanised
//! Russian of its references as a translation memory (TMX), all written atomically into one folder.
//! The job itself is the library `steppe-build`; this module maps flags to it and prints what happens.

use crate::cmd::cyrillic::ReverseArgs;
use crate::report::Failures;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_build::{builtin_termbase, Event, Pipeline, Summary};
use steppe_glossary::Termbase;

/// The long help of `steppe build` (set on its subcommand in `main.rs`, where the one-line
/// description would otherwise replace it).
pub const LONG_ABOUT: &str = "Build the CAT-tool exports of every text in a corpus folder.\n\n\
For each English text of CORPUS (`*.txt`, `*.docx`, `*.odt`, `*.html`, `*.pdf`; in name order) it writes into OUT, named after the file:\n  \
NAME.glossary.tbx     the glossary as TBX v3 (TBX-Basic)\n  \
NAME.glossary.v2.tbx  the glossary as TBX v2 (martif), which OmegaT reads\n  \
NAME.glossary.txt     the glossary as an OmegaT TSV glossary\n  \
NAME.glossary.csv     the glossary as CSV with a header row (Trados, memoQ)\n  \
NAME.refs.tmx         romanised Russian of the footnotes ↔ Cyrillic, TMX 1.4b\n  \
NAME.refs.json        the footnotes' references as CSL-JSON (Zotero, pandoc), as `steppe bib extract` writes\n  \
NAME.refs.bib         the same references as BibLaTeX\n\n\
The glossaries hold the kinds a termbase needs (acronyms, institutions, aliases, other names, \
degrees), as `steppe glossary` writes them by default; people and places are left out.\n\n\
A text is English when its name says so (`NAME.en.txt`); a text tagged with another language \
(`NAME.ru.txt`, `NAME.kk.txt`) gets none of these exports, and a text without a language tag \
gets them when its letters are mostly Latin (the script guess of `steppe align`).\n\n\
Texts of one name in two languages (`NAME.en.txt` and `NAME.ru.txt`; en, ru, kk) are also aligned \
sentence by sentence into NAME.tmx (with three languages NAME.en-ru.tmx, NAME.en-kk.tmx), the English \
text (else the Russian) taken as the original, as `steppe align` does with the termbase's names as anchors.\n\n\
The termbase is CORPUS/termbase.tsv when it exists, else the one built into steppe.\n\
Every file is written atomically, and a text's seven exports all or none (each to a temporary file \
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
    #[command(flatten)]
    pub reverse: ReverseArgs,
}

/// Runs `steppe build`. A text that cannot be read or written is reported and the others go on;
/// the exit code is then 2.
pub fn run(args: Args) -> Result<ExitCode> {
    let termbase = load_termbase(&args)?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let pipeline = Pipeline::new(&termbase, &reverser).with_input_format(crate::input::format());
    let mut failures = Failures::default();
    let summary = pipeline.build(&args.corpus, &args.output, &mut |event| {
        print_event(event, &mut failures)
    })?;
    eprintln!("{}", summary_line(&summary, &args.output));
    Ok(failures.exit_code(ExitCode::SUCCESS))
}

/// One line on standard error per text or pair, as it is done.
fn print_event(event: Event, failures: &mut Failures) {
    match event {
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
        Event::Failed(err) => failures.report(&anyhow::Error::msg(err.to_string())),
    }
}

/// The last line: how many files for how many texts, and how many failed.
fn summary_line(summary: &Summary, out: &std::path::Path) -> String {
    let texts = if summary.texts == 1 { "text" } else { "texts" };
    let failed = match summary.failed {
        0 => String::new(),
        n => format!(" ({n} failed, reported above)"),
    };
    format!(
        "steppe build: wrote {} files for {} {texts} into {}{failed}",
        summary.written.len(),
        summary.texts,
        out.display()
    )
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
