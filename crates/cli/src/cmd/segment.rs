//! `steppe segment`: the document model as text or JSON.

use crate::output::write_output;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_doc::{Document, Lang};

/// Split a document into paragraphs, sentences and footnotes.
#[derive(clap::Args)]
pub struct Args {
    /// The document to read (`-` for standard input).
    #[arg(
        long_help = "The document to read: UTF-8 text extracted from a PDF (a BOM and CRLF line ends \
are fine), or `-` for standard input. Invalid UTF-8 is an error naming the byte offset."
    )]
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of the document, which picks the sentence rules.
    #[arg(
        long,
        value_enum,
        default_value_t = LangArg::Auto,
        long_help = "Language of the document. It picks the abbreviations after which a sentence \
does not end (`U.S.`, `No.`, `pp.` in English; `т. е.`, `г.`, `им.` in Russian); initials such as \
`K.K.` are kept in both. `auto` (the default) takes Russian when Cyrillic letters outnumber Latin \
ones, English otherwise."
    )]
    pub lang: LangArg,
    /// With `--format text`, also list every repair (offset, kind, before → after).
    #[arg(long)]
    pub repairs: bool,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Output formats of `segment`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One sentence a line, paragraphs separated by blank lines, then the footnotes.
    Text,
    /// The whole document model as JSON: file, paragraphs, sentences, footnotes, repairs, with
    /// byte offsets into the input.
    Json,
}

/// Document languages.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum LangArg {
    /// Guess from the letters of the document.
    Auto,
    /// English.
    En,
    /// Russian.
    Ru,
}

/// Runs `steppe segment`.
pub fn run(args: Args) -> Result<ExitCode> {
    let (name, source) = read_input(&args.file)?;
    let lang = match args.lang {
        LangArg::Auto => Lang::detect(&source),
        LangArg::En => Lang::En,
        LangArg::Ru => Lang::Ru,
    };
    let doc = Document::parse(&name, &source, lang);
    write_output(args.output.as_deref(), |out| {
        match args.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &doc)?;
                writeln!(out)?;
            }
            Format::Text => {
                let mut last = None;
                for s in &doc.sentences {
                    if last.is_some_and(|p| p != s.paragraph) {
                        writeln!(out)?;
                    }
                    writeln!(out, "{}", s.text)?;
                    last = Some(s.paragraph);
                }
                for f in &doc.footnotes {
                    match f.resolved_from {
                        Some(n) => writeln!(out, "\n[{}] {} (= note {n})", f.number, f.text)?,
                        None => writeln!(out, "\n[{}] {}", f.number, f.text)?,
                    }
                }
                if args.repairs {
                    writeln!(out)?;
                    for r in &doc.repairs {
                        let kind = serde_json::to_value(r.kind)?;
                        let kind = kind.as_str().unwrap_or("repair");
                        writeln!(
                            out,
                            "{}\t{kind}\t{:?} -> {:?}",
                            r.offset, r.original, r.replacement
                        )?;
                    }
                }
            }
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

pub use crate::input::read_input;
