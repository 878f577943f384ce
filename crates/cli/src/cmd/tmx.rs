//! `steppe tmx`: validate, count, merge, convert and search TMX translation memories.

use crate::output::write_output;
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_tmx::lookup::{lookup, Query};
use steppe_tmx::tabular::{read_rows, Format, TableWriter};
use steppe_tmx::text::unit_key;
use steppe_tmx::{Header, Note, Reader, Report, Stats, TranslationUnit, Warning, Writer};

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
        Each file gets a report; the run goes on after a bad file and exits 1 if any file is invalid."
    )]
    Validate(ValidateArgs),
    /// Count units, languages, language pairs and duplicates, streaming.
    Stats(StatsArgs),
    /// Merge memories, dropping duplicate units and keeping the newest.
    #[command(
        long_about = "Merge memories into one. Units with the same languages and the same text \
        (NFC, whitespace collapsed, inline codes as placeholders) are duplicates: the one with the newest \
        changedate (else creationdate) is kept, in the place where the first copy stood."
    )]
    Merge(MergeArgs),
    /// Convert between TSV/CSV tables and TMX, by file extension.
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
    /// Print JSON (units, variants, languages, pairs, duplicates) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tmx merge`.
#[derive(clap::Args)]
pub struct MergeArgs {
    /// TMX files to merge, in order of precedence for ties.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The merged TMX file (written atomically).
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Arguments of `tmx convert`.
#[derive(clap::Args)]
pub struct ConvertArgs {
    /// Input: .tmx, or a table (.tsv/.tab/.txt: source<TAB>target[<TAB>note]; .csv).
    pub input: PathBuf,
    /// Output: .tmx, .tsv or .csv (written atomically).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Source language (BCP 47). Required from a table; from TMX defaults to the header's srclang.
    #[arg(long)]
    pub src_lang: Option<String>,
    /// Target language (BCP 47). Required from a table; from TMX defaults to the first other language.
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
    /// Most matches to show.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Source language to search (default: the header's srclang).
    #[arg(long)]
    pub src_lang: Option<String>,
    /// Target language to show (default: the first other language of each unit).
    #[arg(long)]
    pub tgt_lang: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
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
const SHOW: usize = 20;

fn warn_all(path: &Path, warnings: &[Warning]) {
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
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &args.files {
        let report = match Reader::open(path) {
            Ok(reader) => Report::check(reader),
            Err(e) => Report::failed(e),
        };
        let name = path.display();
        all_valid &= report.is_valid();
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
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn stats(args: StatsArgs) -> Result<ExitCode> {
    let reader = Reader::open(&args.file)?;
    let mut shown = Vec::new();
    let stats = Stats::collect(reader, |w| {
        if shown.len() <= SHOW {
            shown.push(w);
        }
    })?;
    warn_all(&args.file, &shown);
    write_output(None, |out| {
        if args.json {
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

/// Reads every unit of a file, passing warnings to stderr.
fn for_each_unit(path: &Path, mut f: impl FnMut(TranslationUnit)) -> Result<Header> {
    let mut reader = Reader::open(path)?;
    let header = reader.header().clone();
    let mut warnings = reader.take_warnings();
    while let Some(unit) = reader.next_unit()? {
        f(unit);
        if warnings.len() <= SHOW {
            warnings.extend(reader.take_warnings());
        } else {
            reader.take_warnings();
        }
    }
    warn_all(path, &warnings);
    Ok(header)
}

fn merge(args: MergeArgs) -> Result<ExitCode> {
    let mut units: Vec<TranslationUnit> = Vec::new();
    let mut index: HashMap<u64, usize> = HashMap::new();
    let mut srclang: Option<String> = None;
    let mut read = 0u64;
    for path in &args.files {
        let header = for_each_unit(path, |unit| {
            read += 1;
            match index.get(&unit_key(&unit)) {
                Some(&i) if unit.newest_date() > units[i].newest_date() => units[i] = unit,
                Some(_) => {}
                None => {
                    index.insert(unit_key(&unit), units.len());
                    units.push(unit);
                }
            }
        })?;
        match &srclang {
            None => srclang = Some(header.srclang),
            Some(s) if !s.eq_ignore_ascii_case(&header.srclang) => {
                eprintln!(
                    "steppe: {}: warning: srclang {} differs from {s}; the merged file says *all*",
                    path.display(),
                    header.srclang
                );
                srclang = Some("*all*".into());
            }
            Some(_) => {}
        }
    }
    let header = Header::new(srclang.as_deref().unwrap_or("*all*"));
    write_tmx(&args.output, &header, units.iter())?;
    eprintln!(
        "steppe: merged {read} units from {} files into {} ({} duplicates dropped)",
        args.files.len(),
        units.len(),
        read - units.len() as u64
    );
    Ok(ExitCode::SUCCESS)
}

fn write_tmx<'a>(
    path: &Path,
    header: &Header,
    units: impl Iterator<Item = &'a TranslationUnit>,
) -> Result<()> {
    let mut warnings = Vec::new();
    write_output(Some(path), |out| {
        let mut writer = Writer::new(out, header)?;
        for unit in units {
            writer.write_unit(unit)?;
        }
        warnings = writer.finish()?.1;
        Ok(())
    })
    .with_context(|| format!("{}: cannot write", path.display()))?;
    warn_all(path, &warnings);
    Ok(())
}

/// A file kind by extension.
enum Kind {
    Tmx,
    Table(Format),
}

fn kind(path: &Path) -> Result<Kind> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match (ext.as_str(), Format::from_path(path)) {
        ("tmx", _) => Ok(Kind::Tmx),
        (_, Some(f)) => Ok(Kind::Table(f)),
        _ => bail!(
            "{}: unknown file type (use .tmx, .tsv, .tab, .txt or .csv)",
            path.display()
        ),
    }
}

fn convert(args: ConvertArgs) -> Result<ExitCode> {
    match (kind(&args.input)?, kind(&args.output)?) {
        (Kind::Table(format), Kind::Tmx) => {
            let (Some(src), Some(tgt)) = (&args.src_lang, &args.tgt_lang) else {
                bail!(
                    "{}: --src-lang and --tgt-lang are needed to convert a table",
                    args.input.display()
                );
            };
            let file = File::open(&args.input).with_context(|| format!("{}", args.input.display()))?;
            let mut units = Vec::new();
            for row in read_rows(format, BufReader::new(file)) {
                let row = row.map_err(|e| e.with_path(&args.input))?;
                let mut unit = TranslationUnit::from_pairs(&[(src, &row.source), (tgt, &row.target)]);
                unit.notes.extend(row.note.map(|text| Note { text, lang: None }));
                units.push(unit);
            }
            write_tmx(&args.output, &Header::new(src), units.iter())?;
        }
        (Kind::Tmx, Kind::Table(format)) => tmx_to_table(&args, format)?,
        (Kind::Tmx, Kind::Tmx) => {
            let mut units = Vec::new();
            let header = for_each_unit(&args.input, |u| units.push(u))?;
            let mut header = Header {
                creationtool: "steppe".into(),
                ..header
            };
            header.creationtoolversion = Header::new("").creationtoolversion;
            write_tmx(&args.output, &header, units.iter())?;
        }
        (Kind::Table(_), Kind::Table(_)) => bail!("one side of convert must be .tmx"),
    }
    Ok(ExitCode::SUCCESS)
}

fn tmx_to_table(args: &ConvertArgs, format: Format) -> Result<()> {
    let mut reader = Reader::open(&args.input)?;
    let src = match (&args.src_lang, reader.header().srclang.as_str()) {
        (Some(s), _) => s.clone(),
        (None, "*all*" | "") => bail!("{}: srclang is *all*; say --src-lang", args.input.display()),
        (None, s) => s.to_owned(),
    };
    let mut tgt = args.tgt_lang.clone();
    let (mut written, mut skipped, mut flattened) = (0u64, 0u64, 0u64);
    write_output(Some(&args.output), |out| {
        let mut table = TableWriter::new(format, out);
        while let Some(unit) = reader.next_unit()? {
            reader.take_warnings();
            if tgt.is_none() {
                let other = unit
                    .variants
                    .iter()
                    .find(|v| unit.variant(&src).is_some_and(|s| s.lang != v.lang));
                tgt = other.map(|v| v.lang.clone());
            }
            let pair = (unit.variant(&src), tgt.as_deref().and_then(|t| unit.variant(t)));
            match pair {
                (Some(s), Some(t)) if s.lang != t.lang => {
                    table.write(&s.seg.text(), &t.seg.text())?;
                    written += 1;
                }
                _ => skipped += 1,
            }
        }
        flattened = table.finish()?.1;
        Ok(())
    })?;
    eprintln!(
        "steppe: {}: wrote {written} rows ({src} → {}); {skipped} units without both languages skipped",
        args.output.display(),
        tgt.as_deref().unwrap_or("?")
    );
    if flattened > 0 {
        eprintln!(
            "steppe: {}: warning: {flattened} fields had tabs or line breaks, written as spaces",
            args.output.display()
        );
    }
    Ok(())
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
        if args.json {
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
