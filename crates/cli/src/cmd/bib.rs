//! `steppe bib`: reference-manager files (CSL-JSON, BibTeX/BibLaTeX, RIS) with romanised Russian:
//! `restyle` writes their names and titles in one scheme with the Cyrillic beside them, `extract`
//! turns a document's footnotes into entries.

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::segment::read_input;
use crate::output::{write_file, write_output};
use anyhow::{anyhow, Context, Result};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_bib::restyle::{Report, Restyler};
use steppe_bib::{Format, Library};
use steppe_doc::{Document, Lang};

/// Read, restyle and write bibliographies.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

/// The `bib` subcommands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Write the romanised Russian of a bibliography's names and titles in one scheme.
    #[command(long_about = RESTYLE_ABOUT)]
    Restyle(RestyleArgs),
    /// The references of a document's footnotes as CSL-JSON, BibLaTeX or RIS entries.
    #[command(long_about = EXTRACT_ABOUT)]
    Extract(ExtractArgs),
}

const RESTYLE_ABOUT: &str =
    "Write the romanised Russian of a bibliography's names and titles in one scheme.\n\n\
FILE is CSL-JSON (.json: Zotero, Mendeley), BibTeX/BibLaTeX (.bib) or RIS (.ris), by its extension. \
In the author and editor names, title, volume title, container title, series, publisher and place, \
each field the reverse engine reads as romanised Russian (any scheme, or mixed ones) is written in \
--style from its Cyrillic; fields with English words (English titles) stay as they are. For a \
Russian title the Cyrillic goes into the field for the original (CSL-JSON original-title and \
original-author; BibLaTeX origtitle and origlanguage; RIS OP) and the language is set to ru (BibLaTeX \
langid russian). A title whose Cyrillic the file already has is written from it.\n\n\
A reading is uncertain when two readings score within 2.0 of each other and the style writes them \
differently, or a lower-case title word is no lexicon word; uncertain changes are listed and not made \
unless --accept-uncertain. Authors and works spelled two ways across the entries are listed as clusters.\n\n\
Fields and entries that do not change keep their bytes; a file with no change is written back \
byte for byte. The output format follows OUT's extension, so -o library.json converts a .bib file; a \
converted file carries the fields steppe models (names, titles, container, series, publisher, place, \
volume, issue, pages, date, URL, DOI, ISBN/ISSN, note, language, original-script fields), not the others. \
Without -o the file goes to standard output and the report to standard error; with -o or \
--dry-run the report goes to standard output.";

const EXTRACT_ABOUT: &str = "The references of a document's footnotes as bibliography entries.\n\n\
The footnotes are read with `steppe segment`'s model; each note is cut into authors, title (quoted: \
an article in the next part's journal; unquoted: a book with publisher and place), volume, issue, \
pages, date, editors and URL. Ibid. notes count under the note they repeat, and a work cited again \
(under any spelling) is one entry. Output format by OUT's extension: .json (CSL-JSON), .bib \
(BibLaTeX), .ris (RIS). With --style the romanised Russian is restyled as `steppe bib restyle` does \
(certain readings only unless --accept-uncertain).";

/// Options of `bib restyle`.
#[derive(clap::Args)]
pub struct RestyleArgs {
    /// The bibliography: .json (CSL-JSON), .bib (BibTeX/BibLaTeX) or .ris.
    pub file: PathBuf,
    /// The scheme to write (any scheme name of `steppe translit`: ala_lc, ala_lc_alt, bgn_pcgn, …).
    #[arg(long)]
    pub style: String,
    /// Write the restyled bibliography here (format by extension; written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
    /// List the changes and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Make uncertain reconstructions too.
    #[arg(long)]
    pub accept_uncertain: bool,
    /// Format of the report.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    #[command(flatten)]
    pub reverse: ReverseArgs,
}

/// Options of `bib extract`.
#[derive(clap::Args)]
pub struct ExtractArgs {
    /// The document (`-` for standard input).
    pub file: PathBuf,
    /// The bibliography to write: .json (CSL-JSON), .bib (BibLaTeX) or .ris, written atomically.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Restyle the romanised Russian in this scheme.
    #[arg(long)]
    pub style: Option<String>,
    /// With --style, make uncertain reconstructions too.
    #[arg(long)]
    pub accept_uncertain: bool,
    #[command(flatten)]
    pub reverse: ReverseArgs,
}

/// Formats of the restyle report.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ReportFormat {
    /// A diff-like list: `- before`, `+ after` under each entry and field (with the schemes detected).
    Text,
    /// JSON: changes (entry, id, field, before, after, detected, uncertain, applied) and clusters.
    Json,
}

/// Runs `steppe bib`.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.command {
        Command::Restyle(a) => restyle(a),
        Command::Extract(a) => extract(a),
    }
}

/// A bibliography file's text, byte for byte (a BOM and CRLF kept).
fn read_bibliography(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow!(
            "{}: invalid UTF-8 at byte {}",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn restyle(args: RestyleArgs) -> Result<ExitCode> {
    let style = steppe_translit::scheme(&args.style, steppe_translit::Lang::Ru)?;
    let format = Format::of(&args.file)?;
    let out_format = match &args.output {
        Some(out) if out.as_os_str() != "-" => Format::of(out)?,
        _ => format,
    };
    let text = read_bibliography(&args.file)?;
    let library = Library::parse(format, text).with_context(|| args.file.display().to_string())?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let restyler = Restyler {
        reverser: &reverser,
        style,
        accept_uncertain: args.accept_uncertain,
        original_authors: out_format == Format::CslJson,
    };
    let (entries, report) = restyler.restyle(library.entries());
    let written = library.write(out_format, &entries);
    let print = |out: &mut dyn Write| write_report(&report, args.format, out);
    if args.dry_run {
        write_output(None, print)?;
    } else if let Some(path) = &args.output {
        write_file(path, |out| Ok(out.write_all(written.as_bytes())?))?;
        if path.as_os_str() != "-" {
            write_output(None, print)?;
        }
    } else {
        write_output(None, |out| Ok(out.write_all(written.as_bytes())?))?;
        let mut err = std::io::stderr().lock();
        write_report(&report, args.format, &mut err)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The changes and clusters, as text or JSON.
fn write_report(report: &Report, format: ReportFormat, out: &mut dyn Write) -> Result<()> {
    if let ReportFormat::Json = format {
        serde_json::to_writer_pretty(&mut *out, report)?;
        writeln!(out)?;
        return Ok(());
    }
    let mut last = usize::MAX;
    for c in &report.changes {
        if c.entry != last {
            writeln!(out, "@@ {} (entry {})", c.id, c.entry + 1)?;
            last = c.entry;
        }
        let state = match (c.applied, c.uncertain.is_empty()) {
            (true, true) => "",
            (true, false) => " (uncertain, accepted)",
            (false, _) => " (uncertain, not applied: --accept-uncertain to apply)",
        };
        let from = match c.detected.is_empty() {
            true => String::new(),
            false => format!(" (written {})", c.detected.join(", ")),
        };
        writeln!(out, "  {}{from}{state}", c.field)?;
        if let Some(b) = &c.before {
            writeln!(out, "- {b}")?;
        }
        writeln!(out, "+ {}", c.after)?;
        for u in &c.uncertain {
            writeln!(out, "  ? {u}")?;
        }
    }
    let applied = report.changes.iter().filter(|c| c.applied).count();
    writeln!(
        out,
        "{applied} changes made, {} held back as uncertain",
        report.changes.len() - applied
    )?;
    for cluster in &report.clusters {
        writeln!(
            out,
            "one {} spelled {} ways: {}",
            cluster.kind,
            cluster.spellings.len(),
            cluster.cyrillic
        )?;
        for (spelling, ids) in &cluster.spellings {
            writeln!(out, "  {spelling}\t{}", ids.join(", "))?;
        }
    }
    Ok(())
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let format = Format::of(&args.output)?;
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let (name, source) = read_input(&args.file)?;
    let doc = Document::parse(&name, &source, Lang::En);
    let works = steppe_bib::extract::extract(&reverser, &doc);
    let mut entries: Vec<_> = works.iter().map(|w| w.entry.clone()).collect();
    if let Some(style) = &args.style {
        let restyler = Restyler {
            reverser: &reverser,
            style: steppe_translit::scheme(style, steppe_translit::Lang::Ru)?,
            accept_uncertain: args.accept_uncertain,
            original_authors: format == Format::CslJson,
        };
        entries = restyler.restyle(&entries).0;
    }
    let text = format.write(&entries);
    write_file(&args.output, |out| Ok(out.write_all(text.as_bytes())?))?;
    let cited: usize = works.iter().map(|w| w.notes.len()).sum();
    eprintln!(
        "steppe bib extract: {name}: {} works from {cited} of {} notes into {}",
        works.len(),
        doc.footnotes.len(),
        args.output.display()
    );
    Ok(ExitCode::SUCCESS)
}
