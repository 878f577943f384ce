//! `steppe cyrillic`: Cyrillic from any romanisation of Russian.

use crate::input::read_text;
use crate::lines::{for_each_line, stdin_size};
use crate::output::write_output;
use crate::progress;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_lexicon::{Lexicon, LexiconSet};
use steppe_translit::reverse::{parse_exceptions, Reverser};

/// Reconstruct Cyrillic from romanised Russian (any scheme, or mixed ones).
#[derive(clap::Args)]
pub struct Args {
    /// Text to convert, one output line per argument; standard input when none is given. When
    /// standard error is a terminal and the text goes to a file or a pipe, a bar there counts the
    /// bytes done.
    pub text: Vec<String>,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Show, for each word, the readings considered with their scores (lower is better), the
    /// evidence, the choice and how sure it is; and for each line its confidence and
    /// alternatives.
    #[arg(long)]
    pub explain: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Output formats of `cyrillic`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The Cyrillic, one line per input line.
    Text,
    /// One JSON object per input line (JSON Lines): `line` (as given), `text` (the Cyrillic),
    /// `confidence` (`level` certain, likely or guess; `margin`; `weakest_word`; `basis`) and
    /// `alternatives` (up to three, when not certain).
    Json,
}

/// The options of the reverse engine, shared by `cyrillic`, `detect` and `key`.
#[derive(clap::Args)]
pub struct ReverseArgs {
    /// Romanisation scheme of the input, or `auto` for any and mixed ones.
    #[arg(long, default_value = "auto")]
    #[arg(
        long_help = "Romanisation scheme of the input: a scheme file name such as ala_lc, \
        ala_lc_alt, bgn_pcgn, gost_779, iso_9_1968, icao_doc_9303, scientific, wikipedia, mvd_310_fr, \
        or `auto` (default) to read any of them, mixed ones, and French or German styles."
    )]
    pub from: String,
    /// A word list (one Cyrillic word a line) whose words count as Russian: surnames, places.
    #[arg(long, value_name = "PATH")]
    pub lexicon: Vec<PathBuf>,
    /// Whole-word exceptions: lines `Latin<TAB>output`, applied before anything else.
    #[arg(long, value_name = "PATH")]
    pub exceptions: Option<PathBuf>,
}

impl ReverseArgs {
    /// The lexicon: the embedded dictionary plus the user's lists.
    pub fn lexicon(&self) -> Result<LexiconSet> {
        let mut set = LexiconSet::embedded();
        for path in &self.lexicon {
            set.push(Lexicon::read_word_list(path)?);
        }
        Ok(set)
    }

    /// The reverser over `lexicon`, configured from these flags.
    pub fn reverser<'a>(&self, lexicon: &'a LexiconSet) -> Result<Reverser<'a>> {
        let mut reverser = Reverser::new(lexicon).with_scheme(&self.from)?;
        if let Some(path) = &self.exceptions {
            reverser = reverser.with_exceptions(read_exceptions(path)?);
        }
        Ok(reverser)
    }
}

/// Reads an exceptions file (`Latin<TAB>output` a line); an error names the file and the line.
fn read_exceptions(path: &Path) -> Result<HashMap<String, String>> {
    let (name, text) = read_text(path)?;
    parse_exceptions(&text).with_context(|| name)
}

/// Runs `steppe cyrillic`.
pub fn run(args: Args) -> Result<ExitCode> {
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    // A bar by bytes done only when standard error is a terminal the text is not written to; its
    // total is known for arguments and for standard input redirected from a file.
    let bar = progress::for_output(args.output.as_deref()).map(|bar| {
        let total = match args.text.is_empty() {
            true => stdin_size(),
            false => Some(args.text.iter().map(|l| l.len() as u64 + 1).sum()),
        };
        bar(total)
    });
    write_output(args.output.as_deref(), |out| {
        for_each_line(&args.text, |line| {
            if args.format == Format::Json {
                let rebuilt = reverser.reconstruct(line);
                let value = serde_json::json!({
                    "line": line,
                    "text": rebuilt.text,
                    "confidence": rebuilt.confidence,
                    "alternatives": rebuilt.alternatives,
                });
                writeln!(out, "{value}")?;
            } else if !args.explain {
                writeln!(out, "{}", reverser.cyrillic(line))?;
            } else {
                let rebuilt = reverser.reconstruct(line);
                writeln!(out, "{}", rebuilt.text)?;
                let c = &rebuilt.confidence;
                let weakest = match (&c.weakest_word, c.margin) {
                    (Some(w), Some(m)) => format!(" (weakest word {w}, margin {m:.2})"),
                    (Some(w), None) => format!(" (weakest word {w})"),
                    _ => String::new(),
                };
                writeln!(out, "  confidence: {}{weakest}", c.level.as_str())?;
                for alternative in &rebuilt.alternatives {
                    writeln!(out, "  or: {alternative}")?;
                }
                for r in reverser.explain(line) {
                    let cands: Vec<String> =
                        r.candidates.iter().map(|(c, s)| format!("{c} {s:.2}")).collect();
                    let scores = if cands.is_empty() {
                        String::new()
                    } else {
                        format!("  scores, lower is better: {}", cands.join(", "))
                    };
                    writeln!(
                        out,
                        "  {} → {}  [{:?}: {}] ({}){scores}",
                        r.latin,
                        r.output,
                        r.kind,
                        r.reason,
                        r.confidence.level.as_str(),
                    )?;
                }
            }
            if let Some(bar) = &bar {
                bar.inc(line.len() as u64 + 1);
            }
            Ok(())
        })
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    Ok(ExitCode::SUCCESS)
}
