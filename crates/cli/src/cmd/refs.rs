//! `steppe refs`: the romanised Russian in a document's footnotes, with its Cyrillic, one style,
//! and what to check.

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::segment::read_input;
use crate::output::write_output;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_doc::{Document, Lang};
use steppe_translit::scheme;

/// List the romanised Russian spans of the footnotes: Cyrillic, one style, flags.
#[derive(clap::Args)]
pub struct Args {
    /// The document (`-` for standard input); its footnotes are read with `steppe segment`'s model.
    pub file: PathBuf,
    /// Scheme to write each span in (any scheme name of `steppe translit`).
    #[arg(long, default_value = "ala_lc")]
    pub style: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Output formats of `refs`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// `note<TAB>romanised<TAB>Cyrillic<TAB>styled` a line, flags indented below.
    Text,
    /// A JSON array of spans: note, latin, cyrillic, styled, key, flags, confidence (level
    /// certain, likely or guess; margin; weakest_word; basis) and alternatives.
    Json,
    /// TMX 1.4b: one unit per distinct span, romanised (`ru-Latn`) ↔ Cyrillic (`ru`), with a
    /// `x-confidence` prop and, when not certain, a note with the alternatives.
    Tmx,
}

/// Runs `steppe refs`.
pub fn run(args: Args) -> Result<ExitCode> {
    let style = scheme(&args.style, steppe_translit::Lang::Ru)?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let (name, source) = read_input(&args.file)?;
    let doc = Document::parse(&name, &source, Lang::En);
    let spans = steppe_build::footnote_spans(&reverser, &doc, style);
    write_output(args.output.as_deref(), |out| {
        match args.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &spans)?;
                writeln!(out)?;
            }
            Format::Tmx => steppe_build::write_refs_tmx(&spans, out)?,
            Format::Text => {
                for s in &spans {
                    writeln!(out, "{}\t{}\t{}\t{}", s.note, s.latin, s.cyrillic, s.styled)?;
                    for f in &s.flags {
                        writeln!(out, "\t{f}")?;
                    }
                }
            }
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
