//! `steppe key`: one matching key per line, the same for every romanisation of a Russian word and
//! for its Cyrillic.

use crate::cmd::cyrillic::ReverseArgs;
use crate::lines::for_each_line;
use crate::output::write_output;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_translit::reverse::key;

/// Print a matching key for each line (Nazarbaev, Nazarbayev and Назарбаев share one).
#[derive(clap::Args)]
pub struct Args {
    /// Text to key, one key per argument; standard input (one key per line) when none is given.
    pub text: Vec<String>,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Runs `steppe key`.
pub fn run(args: Args) -> Result<ExitCode> {
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    write_output(args.output.as_deref(), |out| {
        for_each_line(&args.text, |line| Ok(writeln!(out, "{}", key(&reverser, line))?))
    })?;
    Ok(ExitCode::SUCCESS)
}
