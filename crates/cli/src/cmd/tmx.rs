//! `steppe tmx`: validate, count, merge, convert and search TMX translation memories.

mod convert;
mod utf8;

use crate::output::write_output;
use crate::report::Failures;
use anyhow::Result;
use convert::{convert, merge};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_tmx::lookup::{lookup, Query};
use steppe_tmx::{ErrorKind, Reader, Report, Stats, Warning};

/// Work with TMX 1.4b translation memories.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: TmxCommand,
}

/// The `tmx` subcommands.
#[derive(clap::Subcommand)]
pub enum TmxCommand {
    /// Check TMX files against TMX 1.4b (the DTD's rules and more); exit 1 if any is invalid.
    #[command(
        long_about = "Check TMX files against TMX 1.4b: the DTD's rules (element order, required \
        attributes, inline markup) plus what a DTD cannot check: xml:lang present and well-formed BCP 47, \
        the header's srclang among each unit's languages (unless *all*), TMX dates, unique tuids. \
        Each file gets a report; the run goes on after a bad file and exits 1 if any file is invalid, \
        2 if a file could not be read at all (reported on standard error). A file of 4 MiB or more is \
        read on all cores (cut at <tu> tags; RAYON_NUM_THREADS=1 for one), with the same report."
    )]
    Validate(ValidateArgs),
    /// Count units, languages, language pairs and duplicates, streaming.
    #[command(
        long_about = "Count units, languages, language pairs and duplicates, streaming. A file of \
        4 MiB or more is read on all cores: it is read 32 MiB at a time, cut just before <tu> tags, \
        and the pieces parsed in parallel, with the same counts, warnings and errors as on one thread \
        (RAYON_NUM_THREADS=1), which reads smaller files and any file with an error."
    )]
    Stats(StatsArgs),
    /// Merge memories, dropping duplicate units and keeping the newest.
    #[command(
        long_about = "Merge memories into one. Units with the same languages and the same text \
        (NFC, whitespace collapsed, inline codes as placeholders) are duplicates: the one with the newest \
        changedate (else creationdate) is kept, in the place where the first copy stood. Merging is \
        associative: (A+B)+C equals A+(B+C). Memory: about 70 bytes per distinct unit; the units wait in \
        a temporary file in TMPDIR (about the inputs' size)."
    )]
    Merge(MergeArgs),
    /// Convert between TSV/CSV tables and TMX, by file extension, one unit at a time; XLIFF 1.2 (.xlf,
    /// .xliff) to TMX.
    Convert(ConvertArgs),
    /// Find units whose source text is close to TEXT, with a CAT-style match percentage.
    #[command(
        long_about = "Find units whose source text is close to TEXT. The score is 100 for an \
        exact match (ignoring case and spacing), else min(99, floor(100 * (w + c) / 2)), where w is the \
        word-level and c the character-level normalised Levenshtein similarity (see the steppe-tmx \
        lookup docs)."
    )]
    Lookup(LookupArgs),
}

/// Arguments of `tmx validate`.
#[derive(clap::Args)]
pub struct ValidateArgs {
    /// TMX files to check.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Arguments of `tmx stats`.
#[derive(clap::Args)]
pub struct StatsArgs {
    /// The TMX file.
    pub file: PathBuf,
    /// Output format: text, or json (units, variants, languages, pairs, duplicates).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The same as `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

/// Output formats of `tmx stats` and `tmx lookup`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Format {
    /// Lines for reading.
    Text,
    /// JSON.
    Json,
}

impl Format {
    /// The format asked for: `--json` is an alias of `--format json`.
    fn chosen(self, json: bool) -> Format {
        if json {
            Format::Json
        } else {
            self
        }
    }
}

/// Arguments of `tmx merge`.
#[derive(clap::Args)]
pub struct MergeArgs {
    /// TMX files to merge, in order of precedence for ties.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The merged TMX file (written atomically).
    #[arg(short, long, long_help = concat!("The merged TMX file. ", crate::output::output_rules!()))]
    pub output: PathBuf,
}

/// Arguments of `tmx convert`.
#[derive(clap::Args)]
pub struct ConvertArgs {
    /// Input: .tmx, or a table (.tsv/.tab/.txt: source<TAB>target[<TAB>note]; .csv).
    pub input: PathBuf,
    /// Output: .tmx, .tsv or .csv (written atomically).
    #[arg(short, long, long_help = concat!("Output: .tmx, .tsv or .csv. ", crate::output::output_rules!()))]
    pub output: PathBuf,
    /// Source language (BCP 47). Required from a table; from TMX defaults to the header's srclang.
    #[arg(long)]
    pub src_lang: Option<String>,
    /// Target language (BCP 47). Required from a table; from TMX defaults to the first unit's first
    /// variant in another language, else in another tag (ru for a ru-Latn source), as lookup chooses.
    #[arg(long)]
    pub tgt_lang: Option<String>,
}

/// Arguments of `tmx lookup`.
#[derive(clap::Args)]
pub struct LookupArgs {
    /// The TMX file.
    pub file: PathBuf,
    /// The text to look up.
    pub text: String,
    /// Lowest match percentage to show (0–100).
    #[arg(long, default_value_t = 75, value_parser = clap::value_parser!(u8).range(0..=100))]
    pub min: u8,
    /// Most matches to show (1 or more).
    #[arg(long, default_value_t = 10, value_parser = at_least_one)]
    pub limit: usize,
    /// Source language to search (default: the header's srclang).
    #[arg(long)]
    pub src_lang: Option<String>,
    /// Target language to show (default, per unit: the first variant in another language, else in
    /// another tag, so ru for a ru-Latn source; as convert chooses).
    #[arg(long)]
    pub tgt_lang: Option<String>,
    /// Output format: text (`score%<TAB>source<TAB>target` a line) or json.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The same as `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

/// A count that must be 1 or more (`--limit 0` would silently show nothing).
fn at_least_one(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(0) => Err("must be 1 or more".to_owned()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// Runs `steppe tmx`.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.command {
        TmxCommand::Validate(a) => validate(a),
        TmxCommand::Stats(a) => stats(a),
        TmxCommand::Merge(a) => merge(a),
        TmxCommand::Convert(a) => convert(a),
        TmxCommand::Lookup(a) => lookup_cmd(a),
    }
}

/// How many warnings per file go to stderr.
pub(crate) const SHOW: usize = 20;

/// Prints the first warnings of a file to stderr.
pub(crate) fn warn_all(path: &Path, warnings: &[Warning]) {
    for w in warnings.iter().take(SHOW) {
        eprintln!("steppe: {}: warning: {w}", path.display());
    }
    if warnings.len() > SHOW {
        eprintln!(
            "steppe: {}: … and {} more warnings",
            path.display(),
            warnings.len() - SHOW
        );
    }
}

fn validate(args: ValidateArgs) -> Result<ExitCode> {
    let mut all_valid = true;
    let mut failures = Failures::default();
    write_output(None, |out| {
        for path in &args.files {
            let report = match Report::check_file(path) {
                Ok(report) => report,
                // A file that cannot be opened is an error, not an answer about TMX.
                Err(e) if e.kind() == ErrorKind::Io => {
                    out.flush()?;
                    failures.report(&e.into());
                    continue;
                }
                Err(e) => Report::failed(e),
            };
            all_valid &= report.is_valid();
            write_report(path, &report, out)?;
        }
        Ok(())
    })?;
    Ok(failures.exit_code(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }))
}

/// One file's `validate` report: a verdict line, then the first problems and notes indented.
fn write_report(path: &Path, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let name = path.display();
    match (&report.error, report.violation_count) {
        (None, 0) => writeln!(out, "{name}: valid ({} units)", report.units)?,
        (None, n) => writeln!(out, "{name}: invalid: {n} problem(s) in {} units", report.units)?,
        (Some(e), _) => writeln!(
            out,
            "{name}: invalid: {}",
            e.to_string().trim_start_matches(&format!("{name}: "))
        )?,
    }
    for v in report.violations.iter().take(SHOW) {
        writeln!(out, "  {v}")?;
    }
    if report.violation_count > SHOW as u64 {
        writeln!(out, "  … and {} more", report.violation_count - SHOW as u64)?;
    }
    for n in report.notices.iter().take(SHOW) {
        writeln!(out, "  note: {n}")?;
    }
    Ok(())
}

fn stats(args: StatsArgs) -> Result<ExitCode> {
    let mut shown = Vec::new();
    let stats = Stats::collect_file(&args.file, |w| {
        if shown.len() <= SHOW {
            shown.push(w);
        }
    })?;
    warn_all(&args.file, &shown);
    write_output(None, |out| {
        if args.format.chosen(args.json) == Format::Json {
            let mut value = serde_json::to_value(&stats)?;
            value["file"] = args.file.display().to_string().into();
            serde_json::to_writer_pretty(&mut *out, &value)?;
            writeln!(out)?;
            return Ok(());
        }
        writeln!(out, "file: {}", args.file.display())?;
        writeln!(out, "srclang: {}", stats.srclang)?;
        writeln!(out, "units: {}", stats.units)?;
        writeln!(out, "variants: {}", stats.variants)?;
        writeln!(out, "duplicates: {}", stats.duplicates)?;
        writeln!(out, "duplicate tuids: {}", stats.duplicate_tuids)?;
        writeln!(out, "warnings: {}", stats.warnings)?;
        writeln!(out, "languages:")?;
        for (lang, n) in &stats.languages {
            writeln!(out, "  {lang}: {n}")?;
        }
        writeln!(out, "pairs:")?;
        for (pair, n) in &stats.pairs {
            writeln!(out, "  {pair}: {n}")?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn lookup_cmd(args: LookupArgs) -> Result<ExitCode> {
    let reader = Reader::open(&args.file)?;
    let query = Query {
        text: &args.text,
        source: args.src_lang.as_deref(),
        target: args.tgt_lang.as_deref(),
        min: args.min,
        limit: args.limit,
    };
    let matches = lookup(reader, &query)?;
    write_output(None, |out| {
        if args.format.chosen(args.json) == Format::Json {
            serde_json::to_writer_pretty(&mut *out, &matches)?;
            writeln!(out)?;
            return Ok(());
        }
        for m in &matches {
            let target = m.target.as_deref().unwrap_or("");
            writeln!(out, "{:>3}%\t{}\t{target}", m.score, m.source)?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
