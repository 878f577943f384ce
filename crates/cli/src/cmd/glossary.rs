//! `steppe glossary`: acronyms, institution names and aliases of English documents, with Russian
//! equivalents from a termbase, as JSON, TBX (v3 or v2), OmegaT TSV, CSV or a Markdown table.

use crate::cmd::segment::read_input;
use crate::output::write_output;
use crate::report::Failures;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steppe_doc::{Document, Lang};
use steppe_glossary::{EntryKind, Glossary, Termbase};

/// The termbase built into the binary: `corpus/termbase.tsv` as it was when `steppe` was built.
pub(crate) use steppe_build::BUILTIN_TERMBASE;
/// What `--help` says about which words are acronyms and which definitions are read.
const ACRONYM_HELP: &str = "Acronyms: a word in capitals is one unless it is a byline or reading-list \
surname (Timur IVANOV, Ph.D.; SMITH, John.), a word of an ALL-CAPS title or journal name, a roman \
numeral, an identifier (DOI, ISSN, ISBN, a URL or e-mail) or inside a romanised Russian title (left to \
`steppe refs`); surnames and title words count only where the text uses them as acronyms elsewhere. A \
compound (NATO-ISAF, FMSO-JRIC) is one term unless each part also stands alone (CSTO-NATO talks); \
capitals joined by hyphens (O-D, LTE-A), a lower-case prefix (mAP, iOS), a version (IPv6) and two \
capitals in running text (AS, IN) are acronyms too. Definitions: `long form (SF)` and `SF (long form)`, \
with cue words, an article or quotes (`(or SF)`, `(hereafter SF)`, `(referred to as SF)`, `(the SF)`, \
`(\"SF\")`), text after SF (`(SF for short)`, `(SF; ref. 3)`, `(SF 2017)`), Greek letters for their \
spelt names (TNF-α, tumor necrosis factor alpha); `SF: long form` and `[SF] Long Form` as list items, `SF = long form`, \
and `long form, SF` or `long form or SF` when every letter of SF starts a word.";

/// How the built-in termbase is named in error messages.
pub(crate) use steppe_build::BUILTIN_TERMBASE_NAME as BUILTIN_NAME;

/// Build a glossary: acronyms with expansions, institution names and aliases, with Russian equivalents.
#[derive(clap::Args)]
#[command(after_help = ACRONYM_HELP)]
pub struct Args {
    /// The English documents to read (`-` for standard input); counts are merged across them. A
    /// file that cannot be read is reported and the others are used (exit code 2).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Termbase to take Russian equivalents and undefined expansions from.
    #[arg(
        long,
        value_name = "PATH",
        long_help = "Termbase to take Russian equivalents and undefined expansions from: a TSV file in the \
                     format of corpus/termbase.tsv (see corpus/README.md). Without this option steppe uses \
                     the copy of corpus/termbase.tsv built into the binary, so it works from any directory; \
                     edit that file and rebuild to change the default."
    )]
    pub termbase: Option<PathBuf>,
    /// Use no termbase: the glossary as extracted, without Russian equivalents or termbase flags.
    #[arg(long, conflicts_with = "termbase")]
    pub no_termbase: bool,
    /// Output format.
    #[arg(
        long,
        value_enum,
        default_value_t = Format::Json,
        long_help = "Output format: json (the glossary model), tbx (TBX v3, TBX-Basic DCA), tbx2 (TBX v2 \
                     martif, the form OmegaT imports), tsv (OmegaT glossary: source<TAB>target<TAB>comment; \
                     save it as .txt in the project's glossary/ folder), csv (header row, for Trados and \
                     memoQ) or md (a Markdown table for reading)."
    )]
    pub format: Format,
    /// Kinds of entries to write, comma-separated (default: what a termbase needs).
    #[arg(
        long,
        value_name = "KIND[,KIND]",
        value_delimiter = ',',
        value_parser = parse_kind,
        long_help = "Kinds of entries to write, comma-separated: acronym, institution, alias, name (other \
                     proper names: exercises, programmes, events), degree (Ph.D., D.Sc., Cand. Sc.), person, \
                     place, or all. The default is what a termbase needs: acronym,institution,alias,name,degree; \
                     people and places (transcribed rather than translated) only on request, e.g. \
                     --kind person,place or --kind all. A person's or place's Russian that the termbase lacks \
                     is read by the reverse transliterator when the name is romanised Russian or Kazakh, \
                     flagged ru_reverse_transliteration."
    )]
    pub kind: Vec<KindChoice>,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, value_name = "OUT", long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// One value of `--kind`: a kind, or every kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindChoice {
    /// One kind.
    One(EntryKind),
    /// `all`.
    All,
}

fn parse_kind(s: &str) -> Result<KindChoice, String> {
    if s.trim().eq_ignore_ascii_case("all") {
        return Ok(KindChoice::All);
    }
    s.parse().map(KindChoice::One)
}

/// The kinds `--kind` asks for.
fn kinds(choices: &[KindChoice]) -> Vec<EntryKind> {
    if choices.is_empty() {
        return EntryKind::TERMBASE.to_vec();
    }
    if choices.contains(&KindChoice::All) {
        return EntryKind::ALL.to_vec();
    }
    choices
        .iter()
        .filter_map(|c| match c {
            KindChoice::One(k) => Some(*k),
            KindChoice::All => None,
        })
        .collect()
}

/// Output formats of `glossary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `{"entries":[…]}`, one object per entry.
    Json,
    /// TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style.
    Tbx,
    /// TBX v2 (`martif`), TBX-Basic: what OmegaT and translate-toolkit read.
    Tbx2,
    /// OmegaT glossary TSV.
    Tsv,
    /// CSV with a header row.
    Csv,
    /// A Markdown table.
    Md,
}

/// Runs `steppe glossary`. A file that cannot be read is reported on one line and the others go
/// on; the exit code is then 2 (and nothing is written when no file could be read).
pub fn run(args: Args) -> Result<ExitCode> {
    let termbase = load_termbase(&args)?;
    let mut glossaries = Vec::new();
    let mut failures = Failures::default();
    for file in &args.files {
        match extract_file(file) {
            Ok(g) => glossaries.push(g),
            Err(err) => failures.report(&err),
        }
    }
    if glossaries.is_empty() {
        return Ok(failures.exit_code(ExitCode::SUCCESS));
    }
    let mut glossary = steppe_glossary::merge(glossaries);
    if let Some(tb) = &termbase {
        tb.annotate(&mut glossary);
    }
    glossary.retain_kinds(&kinds(&args.kind));
    glossary.sort();
    let tb = termbase.as_ref();
    write_output(args.output.as_deref(), |out| {
        match args.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &glossary)?;
                writeln!(out)?;
            }
            Format::Tbx => steppe_glossary::write_tbx(&glossary, tb, out)?,
            Format::Tbx2 => steppe_glossary::write_tbx2(&glossary, tb, out)?,
            Format::Tsv => steppe_glossary::write_tsv(&glossary, tb, out)?,
            Format::Csv => steppe_glossary::write_csv(&glossary, tb, out)?,
            Format::Md => write_markdown(&glossary, out)?,
        }
        Ok(())
    })?;
    Ok(failures.exit_code(ExitCode::SUCCESS))
}

fn load_termbase(args: &Args) -> Result<Option<Termbase>> {
    if args.no_termbase {
        return Ok(None);
    }
    let tb = match &args.termbase {
        Some(path) => Termbase::load(path)?,
        None => Termbase::parse(Path::new(BUILTIN_NAME), BUILTIN_TERMBASE)?,
    };
    Ok(Some(tb))
}

fn extract_file(file: &Path) -> Result<Glossary> {
    let (name, source) = read_input(file)?;
    if source.trim().is_empty() {
        bail!("{name}: empty document");
    }
    let doc = Document::parse(&name, &source, Lang::En);
    Ok(steppe_glossary::extract(&doc))
}

/// A Markdown table: term, kind, long form, Russian, where the Russian came from, count, flags.
fn write_markdown(glossary: &Glossary, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "| term | kind | long form | Russian | Russian from | count | flags |"
    )?;
    writeln!(out, "|---|---|---|---|---|---:|---|")?;
    for e in &glossary.entries {
        let kind = serde_json::to_value(e.kind).context("entry kind")?;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&e.term),
            kind.as_str().unwrap_or_default(),
            cell(e.long.as_deref().unwrap_or_default()),
            cell(e.ru.as_deref().unwrap_or_default()),
            cell(&ru_from(e)),
            e.count,
            cell(&e.flags.join(", ")),
        )?;
    }
    Ok(())
}

/// Where an entry's Russian came from: `termbase (SOURCE)`, `termbase_unverified`, `composed`, ….
fn ru_from(e: &steppe_glossary::Entry) -> String {
    match &e.ru_origin {
        Some(o) => match &o.source {
            Some(source) => format!("{} ({source})", o.from.as_str()),
            None => o.from.as_str().to_string(),
        },
        None => String::new(),
    }
}

/// Table cell text: one line, pipes escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_termbase_parses() {
        let tb = Termbase::parse(Path::new(BUILTIN_NAME), BUILTIN_TERMBASE).unwrap();
        assert!(tb
            .lookup("CSTO")
            .iter()
            .any(|r| r.ru_short.as_deref() == Some("ОДКБ")));
    }

    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    fn parse(argv: &[&str]) -> Result<Args, clap::Error> {
        use clap::Parser;
        Cli::try_parse_from(std::iter::once("glossary").chain(argv.iter().copied())).map(|c| c.args)
    }

    #[test]
    fn flags_parse() {
        let a = parse(&["a.txt", "b.txt"]).unwrap();
        assert_eq!(
            (a.files.len(), a.format, a.termbase, a.no_termbase),
            (2, Format::Json, None, false)
        );
        let a = parse(&["--format", "tbx2", "--termbase", "t.tsv", "-o", "g.tbx", "a.txt"]).unwrap();
        assert_eq!(
            (a.format, a.termbase.unwrap().to_str(), a.output.unwrap().to_str()),
            (Format::Tbx2, Some("t.tsv"), Some("g.tbx"))
        );
        assert!(
            parse(&["--termbase", "t.tsv", "--no-termbase", "a.txt"]).is_err(),
            "the two conflict"
        );
        assert!(parse(&[]).is_err(), "a file is required");
        assert!(parse(&["--format", "xlsx", "a.txt"]).is_err());
        assert_eq!(kinds(&parse(&["a.txt"]).unwrap().kind), EntryKind::TERMBASE);
        assert_eq!(
            kinds(&parse(&["--kind", "person,places", "a.txt"]).unwrap().kind),
            [EntryKind::Person, EntryKind::Place]
        );
        assert_eq!(
            kinds(&parse(&["--kind", "all", "a.txt"]).unwrap().kind),
            EntryKind::ALL
        );
        assert_eq!(
            kinds(&parse(&["--kind", "people,aliases,Degree", "a.txt"]).unwrap().kind),
            [EntryKind::Person, EntryKind::Alias, EntryKind::Degree]
        );
        let err = parse(&["--kind", "people,town", "a.txt"])
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("unknown kind `town`"), "{err}");
    }

    #[test]
    fn cells_stay_on_one_line_and_escape_pipes() {
        assert_eq!(cell("a |\n b"), "a \\| b");
    }
}
