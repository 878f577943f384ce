//! `steppe`: the command line over the steppe crates. Each subcommand lives in `cmd/<name>.rs`
//! with its clap `Args` and a `run`; this file only dispatches and turns errors into messages.

mod cmd;
mod input;
mod lines;
mod output;
mod progress;
mod report;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Multilingual alignment tools for scholarship written between Russian, Kazakh and English.
#[derive(Parser)]
#[command(name = "steppe", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Format of the documents read (default: from the extension; text for standard input).
    #[arg(long, global = true, value_enum, value_name = "FORMAT", long_help = input::INPUT_FORMAT_HELP)]
    input_format: Option<input::FormatArg>,
}

#[derive(Subcommand)]
enum Command {
    /// The main job: glossary (TBX, TSV, CSV) and reference TMX for every English text of a corpus folder.
    #[command(long_about = cmd::build::LONG_ABOUT)]
    Build(cmd::build::Args),
    /// Bibliographies (CSL-JSON, BibTeX/BibLaTeX, RIS): restyle romanised Russian, extract footnotes' references.
    Bib(cmd::bib::Args),
    /// Align a translation with its original sentence by sentence; write TMX, TSV, JSON or XLIFF.
    #[command(long_about = cmd::align::LONG_ABOUT)]
    Align(cmd::align::Args),
    /// Split a document into paragraphs, sentences and footnotes, removing PDF artefacts.
    Segment(cmd::segment::Args),
    /// Reconstruct Cyrillic from romanised Russian in any scheme, or mixed ones.
    Cyrillic(cmd::cyrillic::Args),
    /// Name the romanisation schemes of each line, with the evidence.
    Detect(cmd::detect::Args),
    /// Build a glossary of acronyms, institutions, aliases, degrees (people and places on request) with Russian equivalents; export TBX, TSV, CSV.
    Glossary(cmd::glossary::Args),
    /// One matching key per line, equal for every romanisation of a word and its Cyrillic.
    Key(cmd::key::Args),
    /// Cluster the spellings of each name and title found in texts, with counts and a preferred form.
    Names(cmd::names::Args),
    /// The romanised Russian in a document's footnotes: Cyrillic, one style, what to check.
    Refs(cmd::refs::Args),
    /// Check an en–ru termbase: format, ids, senses, short forms, Russian spelling, unverified records.
    Termbase(cmd::termbase::Args),
    /// The review page of a text (and its translations): glossary, references, names, alignment, what needs a look; self-contained HTML.
    #[command(long_about = cmd::report::LONG_ABOUT)]
    Report(cmd::report::Args),
    /// Look words up in the Russian lexicon (embedded hunspell-ru forms plus user word lists).
    Lexicon(cmd::lexicon::Args),
    /// Work with TMX translation memories: validate, stats, merge, convert, lookup.
    Tmx(cmd::tmx::Args),
    /// Write Russian or Kazakh Cyrillic in Latin letters, in any standard scheme (ALA-LC, BGN/PCGN, ISO 9, …).
    Translit(cmd::translit::Args),
    /// A document's sentences and footnotes as XLIFF 1.2 units to translate, pre-filled from a TMX.
    Xliff(cmd::xliff::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    input::set_format(cli.input_format);
    let result = match cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Align(args) => cmd::align::run(args),
        Command::Bib(args) => cmd::bib::run(args),
        Command::Segment(args) => cmd::segment::run(args),
        Command::Cyrillic(args) => cmd::cyrillic::run(args),
        Command::Detect(args) => cmd::detect::run(args),
        Command::Glossary(args) => cmd::glossary::run(args),
        Command::Key(args) => cmd::key::run(args),
        Command::Names(args) => cmd::names::run(args),
        Command::Refs(args) => cmd::refs::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Termbase(args) => cmd::termbase::run(args),
        Command::Lexicon(args) => cmd::lexicon::run(args),
        Command::Tmx(args) => cmd::tmx::run(args),
        Command::Translit(args) => cmd::translit::run(args),
        Command::Xliff(args) => cmd::xliff::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            report::print(&err);
            ExitCode::from(report::ERROR)
        }
    }
}

/// A closed pipe (`steppe … | head`) is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
