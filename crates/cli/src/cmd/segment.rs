//! `steppe segment`: the document model as text or JSON.

use crate::output::write_output;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use steppe_doc::{Document, Lang};
use steppe_formats::{part_of, Extracted, Part};

/// Split a document into paragraphs, sentences and footnotes.
#[derive(clap::Args)]
pub struct Args {
    /// The document to read (`-` for standard input).
    #[arg(long_help = "The document to read: DOCX, ODT, HTML or PDF (by extension or \
--input-format), or UTF-8 text extracted from a PDF (a BOM and CRLF line ends are fine), or `-` \
for standard input. Invalid UTF-8 is an error naming the byte offset; a malformed file one naming \
the part.")]
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of the document, which picks the sentence rules.
    #[arg(
        long,
        value_enum,
        default_value_t = LangArg::Auto,
        long_help = "Language of the document. It picks the abbreviations after which a sentence \
does not end (`U.S.`, `No.`, `pp.` in English; `т. е.`, `г.`, `им.` in Russian); initials such as \
`K.K.` are kept in both. `auto` (the default) takes Russian when Cyrillic letters outnumber Latin \
ones, English otherwise."
    )]
    pub lang: LangArg,
    /// With `--format text`, also list every repair (offset, kind, before → after).
    #[arg(long)]
    pub repairs: bool,
    /// Write to this file instead of standard output (written atomically).
    #[arg(short, long, long_help = crate::output::OUTPUT_HELP)]
    pub output: Option<PathBuf>,
}

/// Output formats of `segment`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One sentence a line, paragraphs separated by blank lines, then the footnotes.
    Text,
    /// The whole document model as JSON: file, format, paragraphs, sentences, footnotes,
    /// headings, italics, repairs, with byte offsets into the (extracted) text; each paragraph,
    /// sentence and footnote says its part (`body`, or `footnote` with its `note` number) and a
    /// heading its `heading` level.
    Json,
}

/// Document languages.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum LangArg {
    /// Guess from the letters of the document.
    Auto,
    /// English.
    En,
    /// Russian.
    Ru,
}

/// Runs `steppe segment`.
pub fn run(args: Args) -> Result<ExitCode> {
    let (name, extracted) = crate::input::read_document(&args.file)?;
    let source = &extracted.text;
    let lang = match args.lang {
        LangArg::Auto => Lang::detect(source),
        LangArg::En => Lang::En,
        LangArg::Ru => Lang::Ru,
    };
    let doc = Document::parse(&name, source, lang);
    write_output(args.output.as_deref(), |out| {
        match args.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &with_parts(&doc, &extracted)?)?;
                writeln!(out)?;
            }
            Format::Text => {
                let mut last = None;
                for s in &doc.sentences {
                    if last.is_some_and(|p| p != s.paragraph) {
                        writeln!(out)?;
                    }
                    writeln!(out, "{}", s.text)?;
                    last = Some(s.paragraph);
                }
                for f in &doc.footnotes {
                    match f.resolved_from {
                        Some(n) => writeln!(out, "\n[{}] {} (= note {n})", f.number, f.text)?,
                        None => writeln!(out, "\n[{}] {}", f.number, f.text)?,
                    }
                }
                if args.repairs {
                    writeln!(out)?;
                    for r in &doc.repairs {
                        let kind = serde_json::to_value(r.kind)?;
                        let kind = kind.as_str().unwrap_or("repair");
                        writeln!(
                            out,
                            "{}\t{kind}\t{:?} -> {:?}",
                            r.offset, r.original, r.replacement
                        )?;
                    }
                }
            }
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

pub use crate::input::read_input;

/// The document as JSON, with the format, headings and italics of the extracted text, and the part
/// (and heading level) of each paragraph, sentence and footnote.
fn with_parts(doc: &Document, extracted: &Extracted) -> Result<serde_json::Value> {
    let mut value = serde_json::to_value(doc)?;
    let side = serde_json::to_value(extracted)?;
    for key in ["format", "headings", "italics"] {
        value[key] = side[key].clone();
    }
    for list in ["paragraphs", "sentences", "footnotes"] {
        let Some(items) = value[list].as_array_mut() else {
            continue;
        };
        for item in items {
            let start = item["start"].as_u64().unwrap_or(0) as usize;
            let end = item["end"].as_u64().unwrap_or(0) as usize;
            match part_of(doc, start) {
                Part::Body => item["part"] = "body".into(),
                Part::Footnote(n) => {
                    item["part"] = "footnote".into();
                    item["note"] = n.into();
                }
            }
            let heading = extracted
                .headings
                .iter()
                .find(|h| h.start <= start && end <= h.end);
            if let Some(h) = heading {
                item["heading"] = h.level.into();
            }
        }
    }
    Ok(value)
}
