//! `steppe detect`: the romanisation schemes each line is consistent with, with the evidence.

use crate::cmd::cyrillic::ReverseArgs;
use crate::lines::for_each_line;
use crate::output::write_output;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_translit::reverse::detect;

/// Name the romanisation schemes of each line, best first, with the evidence (a word longer than
/// 64 letters is not read, and the evidence says so).
#[derive(clap::Args)]
pub struct Args {
    /// Text to examine, one report per argument; standard input (per line) when none is given.
    pub text: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Output formats of `detect`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One line per input line: schemes with the words they fit (most first, ties in name
    /// order; five and every scheme tied with the fifth, then `and N more with fewer words`), then
    /// the evidence.
    Text,
    /// One JSON object per input line (JSON Lines).
    Json,
}

/// How many schemes the text output shows before `and N more`.
const SHOWN: usize = 5;

/// How many of `ranked` (most words first, ties by name) the text output names: the first
/// [`SHOWN`], and every scheme tied with the last of them, so that a tie is never cut.
fn shown_schemes(ranked: &[(String, usize)]) -> usize {
    match ranked.get(SHOWN.saturating_sub(1)) {
        Some(&(_, last)) => ranked.iter().take_while(|(_, c)| *c >= last).count(),
        None => ranked.len(),
    }
}

/// Runs `steppe detect`.
pub fn run(args: Args) -> Result<ExitCode> {
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    write_output(args.output.as_deref(), |out| {
        for_each_line(&args.text, |line| {
            let d = detect(&reverser, line);
            match args.format {
                Format::Json => {
                    let value = serde_json::json!({ "line": line, "detection": d });
                    writeln!(out, "{value}")?;
                }
                Format::Text => {
                    let shown = shown_schemes(&d.schemes);
                    let top: Vec<String> = d.schemes[..shown]
                        .iter()
                        .map(|(n, c)| format!("{n} {c}/{}", d.informative))
                        .collect();
                    let more = match d.schemes.len() - shown {
                        0 => String::new(),
                        n => format!(" and {n} more with fewer words"),
                    };
                    let head = if top.is_empty() {
                        "no scheme evidence".to_owned()
                    } else {
                        top.join(", ") + &more
                    };
                    let mixed = if d.mixed { " (mixed)" } else { "" };
                    writeln!(out, "{head}{mixed}")?;
                    for e in &d.evidence {
                        writeln!(out, "  {e}")?;
                    }
                }
            }
            Ok(())
        })
    })?;
    Ok(ExitCode::SUCCESS)
}
