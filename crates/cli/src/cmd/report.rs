//! `steppe report`: the review page of one text (with its translations aligned), as `steppe build`
//! writes it for every text of a corpus.

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::glossary::{BUILTIN_NAME, BUILTIN_TERMBASE};
use crate::cmd::refs::footnote_spans;
use crate::input::read_input;
use crate::output::write_output;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_align::{Aligner, Alignment, Dictionary, Language};
use steppe_doc::{Document, Lang};
use steppe_glossary::{EntryKind, Termbase};
use steppe_report::{Reference, TextReport};
use steppe_translit::reverse::{cluster_names, Reverser};

/// The long help of `steppe report`.
pub const LONG_ABOUT: &str = "Write the review page of a text: one self-contained HTML file.\n\n\
Give one text, or a text and its translations (texts in different languages, by the name's tag \
`NAME.en.txt`, `NAME.ru.txt`, `NAME.kk.txt`, else by their letters): the English text (else the \
Russian one) is the original, and each other text is aligned with it sentence by sentence, as \
`steppe build` aligns a corpus pair. Two texts in one language are refused: `steppe build` writes \
a page per text and an index.\n\n\
The page has a summary of what needs a look first (uncertain reconstructions, composed or \
unverified Russian, flagged terms and references, weak beads, sentences alone), then the \
glossary of an English original (the kinds `steppe glossary` writes by default), the romanised \
references of its footnotes with their Cyrillic, restyled form (--style) and schemes, the works \
cited, the name and title clusters of all the texts, and the alignments. Tables sort by a click \
on a column head and filter by kind and flag; the filter is kept in the URL fragment \
(`page.html#glossary-flag=no_ru`). The page loads nothing from anywhere (no network, fonts or \
external scripts) and prints readably. Same input, same bytes.";

/// Write the review page of a text (and its translations) as self-contained HTML.
#[derive(clap::Args)]
pub struct Args {
    /// The text, optionally followed by its translations (`-` for standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The termbase for the glossary's Russian (default: the built-in one).
    #[arg(long, value_name = "PATH")]
    pub termbase: Option<PathBuf>,
    /// Use no termbase: the glossary without Russian equivalents.
    #[arg(long, conflicts_with = "termbase")]
    pub no_termbase: bool,
    /// Scheme of the references' restyled form (any scheme name of `steppe translit`).
    #[arg(long, default_value = "ala_lc")]
    pub style: String,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write the page to this file instead of standard output (written atomically).
    #[arg(short, long, value_name = "OUT.html", long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Runs `steppe report`.
pub fn run(args: Args) -> Result<ExitCode> {
    let style = steppe_translit::scheme(&args.style, steppe_translit::Lang::Ru)?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let termbase = match (&args.termbase, args.no_termbase) {
        (_, true) => None,
        (Some(path), false) => Some(Termbase::load(path)?),
        (None, false) => Some(Termbase::parse(Path::new(BUILTIN_NAME), BUILTIN_TERMBASE)?),
    };
    let mut texts = Vec::new();
    for path in &args.files {
        let (name, source) = read_input(path)?;
        let language = text_language(path, &source);
        texts.push(Text {
            name,
            source,
            language,
        });
    }
    let original = original(&texts)?;
    // The page is named after the file, not the path it was given by.
    let file_name = Path::new(&texts[original].name).file_name();
    let mut report = TextReport {
        name: file_name.map_or_else(
            || texts[original].name.clone(),
            |n| n.to_string_lossy().into_owned(),
        ),
        ..TextReport::default()
    };
    let text = &texts[original];
    if text.language == Language::En {
        let doc = Document::parse(&text.name, &text.source, Lang::En);
        let mut glossary = steppe_glossary::extract(&doc);
        if let Some(tb) = &termbase {
            tb.annotate(&mut glossary);
        }
        glossary.retain_kinds(&EntryKind::TERMBASE);
        glossary.sort();
        report.glossary = Some(glossary);
        let spans = footnote_spans(&reverser, &doc, style);
        report.references = Some(spans.into_iter().map(|s| Reference::new(&reverser, s)).collect());
        report.works = Some(steppe_bib::extract::extract(&reverser, &doc));
    }
    let sources: Vec<&str> = texts.iter().map(|t| t.source.as_str()).collect();
    report.clusters = Some(cluster_names(&reverser, &sources));
    report.alignments = alignments(&texts, original, &reverser);
    let html = steppe_report::render_text(&report);
    write_output(args.output.as_deref(), |out| Ok(out.write_all(html.as_bytes())?))?;
    Ok(ExitCode::SUCCESS)
}

/// A text read for the page.
struct Text {
    name: String,
    source: String,
    language: Language,
}

/// The original among the texts: the English one, else the Russian one, else the first. Two
/// texts in one language are an error.
fn original(texts: &[Text]) -> Result<usize> {
    for (i, a) in texts.iter().enumerate() {
        if let Some(b) = texts[..i].iter().find(|b| b.language == a.language) {
            bail!(
                "{} and {} are both {}: give one text and its translations (a corpus: steppe build)",
                b.name,
                a.name,
                a.language.code()
            );
        }
    }
    let rank = |l: Language| {
        [Language::En, Language::Ru, Language::Kk]
            .iter()
            .position(|x| *x == l)
    };
    Ok((0..texts.len())
        .min_by_key(|&i| rank(texts[i].language))
        .unwrap_or(0))
}

/// Each translation aligned with the original, in the order given, as `steppe build` aligns a
/// corpus pair (names linked across scripts by the reverser's key; no dictionary).
fn alignments(texts: &[Text], original: usize, reverser: &Reverser) -> Vec<Alignment> {
    let source = &texts[original];
    let dictionary = Dictionary::default();
    let aligner = Aligner::new().with_dictionary(&dictionary).with_names(reverser);
    let src = Document::parse(&source.name, &source.source, source.language.doc_lang());
    texts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != original)
        .map(|(_, t)| {
            let tgt = Document::parse(&t.name, &t.source, t.language.doc_lang());
            aligner.align_documents(&src, &tgt, source.language, t.language)
        })
        .collect()
}

/// The language of a text: the tag of its name (`NAME.ru.txt`), else a guess from its letters
/// (as `steppe build` decides).
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
