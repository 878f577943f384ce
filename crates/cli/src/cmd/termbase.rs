//! `steppe termbase check`: audit an en–ru termbase before a glossary relies on it.

use crate::output::write_output;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_glossary::{check_termbase, Report, Severity};
use steppe_lexicon::{Lexicon, LexiconSet};

/// Work with an en–ru termbase (the TSV `steppe glossary` takes Russian equivalents from).
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: TermbaseCommand,
}

/// What to do with the termbase.
#[derive(clap::Subcommand)]
pub enum TermbaseCommand {
    /// Check a termbase: format, ids, senses, short forms, Russian spelling, unverified records.
    #[command(long_about = CHECK_ABOUT)]
    Check(CheckArgs),
}

const CHECK_ABOUT: &str = "Check a termbase (format: corpus/README.md) and report every finding with \
its file:line. Errors: invalid UTF-8, a bad header or column count, an empty id, a bad cue, a duplicate \
id, an unknown domain, a short form shared by several records (senses) without cues on each or without \
`ambiguous` in the note, an en_short or ru_short whose letters do not follow its long form (in order, the \
first starting a word) unless the note says `irregular en_short: …` / `irregular ru_short: …`, and a \
lowercase Russian word the lexicon (embedded hunspell-ru, --lexicon lists, and the words of the \
termbase's own `# words:` comment lines) does not know. Warnings: \
records without a source (unverified, each named), cues on a short form with one sense, capitalised \
Russian words the lexicon lacks (proper nouns). Exit 0 when there are no errors (warnings allowed), 1 \
when there are errors, 2 when the termbase or a word list cannot be read.";

/// Arguments of `steppe termbase check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// The termbase to check.
    #[arg(default_value = "corpus/termbase.tsv")]
    pub path: PathBuf,
    /// Output format: `text` (one finding a line, then a summary) or `json`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// A word list (one Cyrillic word a line, `#` comments) whose words count as known; repeatable.
    #[arg(long, value_name = "PATH")]
    pub lexicon: Vec<PathBuf>,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Output formats of `termbase check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `PATH:LINE: error|warning: [check] id: message`, then a summary naming the unverified records.
    Text,
    /// `{"path","records","errors","warnings","unverified":[…],"findings":[…]}`.
    Json,
}

/// Runs `steppe termbase`.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.command {
        TermbaseCommand::Check(args) => check(args),
    }
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.path).with_context(|| args.path.display().to_string())?;
    let mut words = LexiconSet::embedded();
    for path in &args.lexicon {
        words.push(Lexicon::read_word_list(path)?);
    }
    let report = check_termbase(&bytes, &|w: &str| words.contains(w));
    let path = args.path.display().to_string();
    write_output(args.output.as_deref(), |out| match args.format {
        Format::Text => write_text(&path, &report, out),
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Json<'a> {
                path: &'a str,
                #[serde(flatten)]
                report: &'a Report,
            }
            serde_json::to_writer_pretty(
                &mut *out,
                &Json {
                    path: &path,
                    report: &report,
                },
            )?;
            writeln!(out)?;
            Ok(())
        }
    })?;
    Ok(if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_text(path: &str, report: &Report, out: &mut dyn Write) -> Result<()> {
    for f in &report.findings {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let id = f.id.as_deref().map(|id| format!("{id}: ")).unwrap_or_default();
        writeln!(
            out,
            "{path}:{}: {severity}: [{}] {id}{}",
            f.line, f.check, f.message
        )?;
    }
    writeln!(
        out,
        "{path}: {} records, {} error{}, {} warning{}; {} unverified (no source){}{}",
        report.records,
        report.errors,
        plural(report.errors),
        report.warnings,
        plural(report.warnings),
        report.unverified.len(),
        if report.unverified.is_empty() { "" } else { ": " },
        report.unverified.join(", ")
    )?;
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
