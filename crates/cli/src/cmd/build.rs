//! `steppe build`: the main job. Every text of a corpus folder becomes the files a translator loads
//! into a CAT tool: its glossary (TBX v3, TBX v2 for OmegaT, OmegaT TSV, CSV) and the romanised
//! Russian of its references as a translation memory (TMX), all written atomically into one folder.

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::glossary::{BUILTIN_NAME, BUILTIN_TERMBASE};
use crate::cmd::refs::{footnote_spans, write_tmx};
use crate::cmd::segment::read_input;
use crate::output::prepare;
use crate::report::Failures;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_align::Language;
use steppe_doc::{Document, Lang};
use steppe_glossary::{EntryKind, Glossary, Termbase};
use steppe_translit::reverse::Reverser;
use steppe_translit::Scheme;

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
text (else the Russian) taken as the original, as `steppe align` does.\n\n\
The termbase is CORPUS/termbase.tsv when it exists, else the one built into steppe.\n\
Every file is written atomically, and a text's seven exports all or none (each to a temporary file \
first, renamed into place when all are finished); the same corpus gives the same bytes. A text that \
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

/// The exports written for one input text: file suffix and writer.
const GLOSSARY_EXPORTS: [(&str, GlossaryWriter); 4] = [
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
];

type GlossaryWriter = fn(&Glossary, Option<&Termbase>, &mut dyn Write) -> std::io::Result<()>;

/// Runs `steppe build`. A text that cannot be read or written is reported and the others go on;
/// the exit code is then 2.
pub fn run(args: Args) -> Result<ExitCode> {
    let inputs = corpus_texts(&args.corpus)?;
    let termbase = load_termbase(&args)?;
    // The TMX pairs romanised and Cyrillic spans; the restyled form is not exported, any scheme does.
    let style = steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru)?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("{}: cannot create the output folder", args.output.display()))?;
    let job = Job {
        termbase: &termbase,
        reverser: &reverser,
        style,
        out_dir: &args.output,
    };
    let mut failures = Failures::default();
    let mut readable = Vec::new();
    let mut written = 0;
    for input in &inputs {
        match job.exports(input) {
            Ok(Some(files)) => written += files,
            Ok(None) => {}
            Err(Export::Unread(err)) => {
                failures.report(&err);
                continue;
            }
            Err(Export::Unwritten(err)) => failures.report(&err),
        }
        readable.push(input.clone());
    }
    written += crate::cmd::align::align_corpus_pairs(&readable, &args.output, &reverser, &mut failures);
    let texts = if inputs.len() == 1 { "text" } else { "texts" };
    let failed = match failures.count() {
        0 => String::new(),
        n => format!(" ({n} failed, reported above)"),
    };
    eprintln!(
        "steppe build: wrote {written} files for {} {texts} into {}{failed}",
        inputs.len(),
        args.output.display()
    );
    Ok(failures.exit_code(ExitCode::SUCCESS))
}

/// What `build` needs to write one text's exports.
struct Job<'a> {
    termbase: &'a Termbase,
    reverser: &'a Reverser<'a>,
    style: Scheme,
    out_dir: &'a Path,
}

/// Why a text got no exports.
enum Export {
    /// The text could not be read (it is then left out of the alignments too).
    Unread(anyhow::Error),
    /// An export could not be written; the message names it and the text.
    Unwritten(anyhow::Error),
}

impl Job<'_> {
    /// Writes the glossary and reference exports of one English text, all or none: each is written
    /// to a temporary file first, and only when all seven are finished are they renamed into place.
    /// Returns how many files were written (`None` for a text in another language).
    fn exports(&self, input: &Path) -> Result<Option<usize>, Export> {
        let (name, source) = read_input(input).map_err(Export::Unread)?;
        let language = text_language(input, &source);
        if language != Language::En {
            eprintln!(
                "steppe build: {name}: not English ({}), no glossary or reference exports",
                language.code()
            );
            return Ok(None);
        }
        let doc = Document::parse(&name, &source, Lang::En);
        let stem = stem(input);
        let mut glossary = steppe_glossary::extract(&doc);
        self.termbase.annotate(&mut glossary);
        glossary.retain_kinds(&EntryKind::TERMBASE);
        glossary.sort();
        let spans = footnote_spans(self.reverser, &doc, self.style);
        let none = || format!("{name}: none of its exports written");
        let mut pending = Vec::new();
        for (suffix, write) in GLOSSARY_EXPORTS {
            let path = self.out_dir.join(format!("{stem}.{suffix}"));
            let file = prepare(&path, |out| Ok(write(&glossary, Some(self.termbase), out)?));
            pending.push(file.with_context(none).map_err(Export::Unwritten)?);
        }
        let refs = self.out_dir.join(format!("{stem}.refs.tmx"));
        let file = prepare(&refs, |out| write_tmx(&spans, out));
        pending.push(file.with_context(none).map_err(Export::Unwritten)?);
        let works = steppe_bib::extract::extract(self.reverser, &doc);
        let entries: Vec<steppe_bib::Entry> = works.into_iter().map(|w| w.entry).collect();
        for (suffix, format) in [
            ("refs.json", steppe_bib::Format::CslJson),
            ("refs.bib", steppe_bib::Format::BibLatex),
        ] {
            let path = self.out_dir.join(format!("{stem}.{suffix}"));
            let file = prepare(&path, |out| Ok(out.write_all(format.write(&entries).as_bytes())?));
            pending.push(file.with_context(none).map_err(Export::Unwritten)?);
        }
        let total = pending.len();
        for (done, file) in pending.into_iter().enumerate() {
            file.commit()
                .with_context(|| format!("{name}: only {done} of its {total} exports written"))
                .map_err(Export::Unwritten)?;
        }
        eprintln!(
            "steppe build: {name}: {} glossary entries, {} romanised reference spans, {} works cited",
            glossary.entries.len(),
            spans.len(),
            entries.len()
        );
        Ok(Some(total))
    }
}

/// The texts of the corpus folder (`*.txt`, `*.docx`, `*.odt`, `*.html`, `*.htm`, `*.xhtml`, `*.pdf`), in name order so runs are reproducible.
fn corpus_texts(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the corpus folder", dir.display()))?;
    let mut texts = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("{}: cannot read the corpus folder", dir.display()))?
            .path();
        if path.is_file() && crate::input::is_corpus_document(&path) {
            texts.push(path);
        }
    }
    texts.sort();
    if texts.is_empty() {
        bail!(
            "{}: no text (*.txt, *.docx, *.odt, *.html, *.pdf) in the corpus folder",
            dir.display()
        );
    }
    Ok(texts)
}

fn load_termbase(args: &Args) -> Result<Termbase> {
    let in_corpus = args.corpus.join("termbase.tsv");
    let path = args
        .termbase
        .clone()
        .or_else(|| in_corpus.is_file().then_some(in_corpus));
    Ok(match path {
        Some(path) => Termbase::load(&path)?,
        None => Termbase::parse(Path::new(BUILTIN_NAME), BUILTIN_TERMBASE)?,
    })
}

/// The language of a corpus text: the tag of its name (`NAME.ru.txt`, `NAME.en.docx`), else a
/// guess from its letters.
fn text_language(path: &Path, source: &str) -> Language {
    let tag = path
        .file_stem()
        .and_then(|n| n.to_str())
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, code)| code)
        .filter(|code| code.len() == 2);
    tag.and_then(|code| Language::parse(code).ok())
        .unwrap_or_else(|| Language::detect(source))
}

/// `corpus/article.en.txt` → `article.en`.
fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "text".to_owned(), |s| s.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_drops_only_the_last_extension() {
        assert_eq!(stem(Path::new("corpus/article.en.txt")), "article.en");
    }

    #[test]
    fn corpus_texts_are_sorted_and_only_txt() {
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
        // not a language code: the letters decide
        assert_eq!(text_language(Path::new("c/v1.2.txt"), ru), Language::Ru);
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
}
