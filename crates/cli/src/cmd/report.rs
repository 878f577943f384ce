//! `steppe report`: the review page of one text (with its translations aligned), as `steppe build`
//! writes it for every text of a corpus.

use crate::cmd::cyrillic::ReverseArgs;
use crate::input::read_input;
use crate::output::write_output;
use anyhow::{bail, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_align::Language;
use steppe_build::{builtin_termbase, Pipeline, Text};
use steppe_glossary::Termbase;

/// The long help of `steppe report`.
pub const LONG_ABOUT: &str = "Write the review page of a text: one self-contained HTML file.\n\n\
Give one text, or a text and its translations (texts in different languages, by the name's tag \
`NAME.en.txt`, `NAME.ru.txt`, `NAME.kk.txt`, else by their letters): the English text (else the \
Russian one) is the original, and each other text is aligned with it sentence by sentence, as \
`steppe build` aligns a corpus pair (the termbase's names as anchors). Two texts in one language are refused: `steppe build` writes \
a page per text and an index.\n\n\
The page has a summary of what needs a look first (uncertain reconstructions, composed or \
unverified Russian, flagged terms and references, weak beads, sentences alone), then the \
glossary of an English original (the kinds `steppe glossary` writes by default), the romanised \
references of its footnotes with their Cyrillic, restyled form (ALA-LC) and schemes, the works \
cited, the name and title clusters of all the texts, and the alignments. Tables sort by a click \
on a column head and filter by kind, Russian origin and flag; both are kept in the URL fragment, \
so a link opens the page filtered and sorted (`page.html#glossary-flag=no_ru`, \
`#references-flag=uncertain`, `#glossary-sort=7-desc`). The page loads nothing from anywhere (no network, fonts or \
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
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write the page to this file instead of standard output (written atomically).
    #[arg(short, long, value_name = "OUT.html", long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Runs `steppe report`: the page `steppe build` writes for the text, from the same pipeline.
pub fn run(args: Args) -> Result<ExitCode> {
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let termbase = match &args.termbase {
        Some(path) => Termbase::load(path)?,
        None => builtin_termbase(),
    };
    let pipeline = Pipeline::new(&termbase, &reverser);
    let mut texts = Vec::new();
    for path in &args.files {
        let (_, source) = read_input(path)?;
        texts.push(Text::new(path, source));
    }
    let original = original(&texts)?;
    let translations: Vec<&Text> = (0..texts.len())
        .filter(|&i| i != original)
        .map(|i| &texts[i])
        .collect();
    let source = &texts[original];
    let alignments = translations.iter().map(|t| pipeline.align(source, t)).collect();
    let report = pipeline.text_report(source, pipeline.analyse(source), &translations, alignments, &[]);
    let html = steppe_report::render_text(&report);
    write_output(args.output.as_deref(), |out| Ok(out.write_all(html.as_bytes())?))?;
    Ok(ExitCode::SUCCESS)
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
