//! `steppe names`: clusters of spellings of the same name or title across texts.

use crate::cmd::cyrillic::ReverseArgs;
use crate::cmd::segment::read_input;
use crate::output::write_output;
use crate::report::Failures;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_translit::reverse::cluster::ClusterKind;
use steppe_translit::reverse::cluster_names;

/// Cluster the spellings of each name and title found in the files (Nazarbaev, Nazarbayev,
/// Назарбаев; Tsentral'naia Azia v mirovoy politologii, Центральная Азия в мировой политологии).
///
/// A name is one capitalised word read as Russian or as a name. A title is a romanised Russian
/// span of two words or more with a lower-case word after the first (as in titles of books,
/// articles and periodicals); a Cyrillic title joins the cluster of its romanised spellings.
/// English words and titles are left out, and so are capitalised words the lexicon knows only as
/// common words (`Presidenta`, `Respubliki`); an inflected or feminine form of a surname
/// (`Nazarbaeva`, `Nazarbaevym`) joins the surname's cluster when the surname is in the texts. A
/// word of more than 64 letters is no name.
#[derive(clap::Args)]
pub struct Args {
    /// Files to read (`-` for standard input). A file that cannot be read is reported and the
    /// others are used (exit code 2).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Only clusters with at least two spellings.
    #[arg(long)]
    pub variants_only: bool,
    /// Only names or only titles (default: both).
    #[arg(long, value_enum)]
    pub kind: Option<Only>,
    #[command(flatten)]
    pub reverse: ReverseArgs,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Output formats of `names`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// `count<TAB>kind<TAB>preferred<TAB>cyrillic<TAB>spelling (count), …` a line; kind is
    /// `name` or `title`.
    Text,
    /// A JSON array of clusters: `{"kind", "key", "preferred", "cyrillic", "variants": [[spelling,
    /// count]], "count"}`.
    Json,
}

/// The kinds of cluster `--kind` keeps.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Only {
    /// One-word names (`Nazarbaev`).
    Name,
    /// Titles of books, articles and periodicals (`Izbrannye rechi`).
    Title,
}

/// Runs `steppe names`. A file that cannot be read is reported on one line and the others go on;
/// the exit code is then 2 (and nothing is written when no file could be read).
pub fn run(args: Args) -> Result<ExitCode> {
    let lexicon = args.reverse.lexicon()?;
    let reverser = args.reverse.reverser(&lexicon)?;
    let mut texts = Vec::new();
    let mut failures = Failures::default();
    for path in &args.files {
        match read_input(path) {
            Ok((_, text)) => texts.push(text),
            Err(err) => failures.report(&err),
        }
    }
    if texts.is_empty() {
        return Ok(failures.exit_code(ExitCode::SUCCESS));
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut clusters = cluster_names(&reverser, &refs);
    if args.variants_only {
        clusters.retain(|c| c.variants.len() > 1);
    }
    if let Some(only) = args.kind {
        let wanted = match only {
            Only::Name => ClusterKind::Name,
            Only::Title => ClusterKind::Title,
        };
        clusters.retain(|c| c.kind == wanted);
    }
    write_output(args.output.as_deref(), |out| {
        match args.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &clusters)?;
                writeln!(out)?;
            }
            Format::Text => {
                for c in &clusters {
                    let variants: Vec<String> =
                        c.variants.iter().map(|(s, n)| format!("{s} ({n})")).collect();
                    let kind = match c.kind {
                        ClusterKind::Name => "name",
                        ClusterKind::Title => "title",
                    };
                    writeln!(
                        out,
                        "{}\t{kind}\t{}\t{}\t{}",
                        c.count,
                        c.preferred,
                        c.cyrillic,
                        variants.join(", ")
                    )?;
                }
            }
        }
        Ok(())
    })?;
    Ok(failures.exit_code(ExitCode::SUCCESS))
}
