//! `steppe tmx merge` and `convert`: the subcommands that write memories and tables.

use super::utf8::Utf8Checked;
use super::{warn_all, ConvertArgs, MergeArgs, SHOW};
use crate::output::write_output;
use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;
use std::process::ExitCode;
use steppe_tmx::merge::Merge;
use steppe_tmx::tabular::{read_rows, Format, TableWriter};
use steppe_tmx::{Header, Note, Reader, TranslationUnit, Writer};

/// Reads every unit of a file, passing warnings to stderr.
fn for_each_unit(path: &Path, mut f: impl FnMut(TranslationUnit) -> Result<()>) -> Result<Header> {
    let mut reader = Reader::open(path)?;
    let header = reader.header().clone();
    let mut warnings = reader.take_warnings();
    while let Some(unit) = reader.next_unit()? {
        f(unit)?;
        if warnings.len() <= SHOW {
            warnings.extend(reader.take_warnings());
        } else {
            reader.take_warnings();
        }
    }
    warn_all(path, &warnings);
    Ok(header)
}

/// Merges in bounded memory: the first pass indexes the units' keys and spools the units to a
/// temporary file (`steppe_tmx::merge`), the second writes the kept ones in order.
pub(super) fn merge(args: MergeArgs) -> Result<ExitCode> {
    let mut merged = Merge::new().context("cannot create the merge's temporary file")?;
    let mut srclang: Option<String> = None;
    for path in &args.files {
        let header = for_each_unit(path, |unit| {
            merged
                .add(&unit)
                .context("cannot write the merge's temporary file")
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
    let (read, kept) = (merged.units_read(), merged.len() as u64);
    let header = Header::new(srclang.as_deref().unwrap_or("*all*"));
    let units = merged
        .finish()
        .context("cannot read the merge's temporary file")?;
    write_tmx(&args.output, &header, |writer| {
        for unit in units {
            let unit = unit.context("cannot read the merge's temporary file")?;
            writer.write_unit(&unit)?;
        }
        Ok(())
    })?;
    eprintln!(
        "steppe: merged {read} units from {} files into {kept} ({} duplicates dropped)",
        args.files.len(),
        read - kept
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a TMX file atomically; `units` writes the units, one at a time. Errors of the writer name
/// the output; errors `units` returns (reading an input) are passed on as they are.
fn write_tmx(
    path: &Path,
    header: &Header,
    units: impl FnOnce(&mut Units<'_, '_>) -> Result<()>,
) -> Result<()> {
    let mut warnings = Vec::new();
    let cannot_write = || format!("{}: cannot write", path.display());
    write_output(Some(path), |out| {
        let writer = Writer::new(out, header).with_context(cannot_write)?;
        let mut units_writer = Units { writer, path };
        units(&mut units_writer)?;
        warnings = units_writer.writer.finish().with_context(cannot_write)?.1;
        Ok(())
    })?;
    warn_all(path, &warnings);
    Ok(())
}

/// The TMX writer `write_tmx` lends out.
struct Units<'w, 'p> {
    writer: Writer<&'w mut dyn Write>,
    path: &'p Path,
}

impl Units<'_, '_> {
    fn write_unit(&mut self, unit: &TranslationUnit) -> Result<()> {
        self.writer
            .write_unit(unit)
            .with_context(|| format!("{}: cannot write", self.path.display()))
    }
}

/// A file kind by extension.
enum Kind {
    Tmx,
    Table(Format),
    Xliff,
}

fn kind(path: &Path) -> Result<Kind> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match (ext.as_str(), Format::from_path(path)) {
        ("tmx", _) => Ok(Kind::Tmx),
        ("xlf" | "xliff", _) => Ok(Kind::Xliff),
        (_, Some(f)) => Ok(Kind::Table(f)),
        _ => bail!(
            "{}: unknown file type (use .tmx, .tsv, .tab, .txt, .csv, or .xlf to read)",
            path.display()
        ),
    }
}

/// The translated units of an XLIFF 1.2 file as TMX; the languages are the file's (or
/// `--src-lang`/`--tgt-lang` where it names none).
fn xliff_to_tmx(args: &ConvertArgs) -> Result<()> {
    let file = File::open(&args.input).with_context(|| format!("{}", args.input.display()))?;
    let pairs = steppe_formats::xliff::read_xliff(&args.input, BufReader::new(file))?;
    let lang = |given: &str, flag: &Option<String>, which: &str| -> Result<String> {
        match (given, flag) {
            (_, Some(flag)) => Ok(flag.clone()),
            ("", None) => bail!(
                "{}: the XLIFF names no {which} language; give --{which}-lang",
                args.input.display()
            ),
            (given, None) => Ok(given.to_owned()),
        }
    };
    let mut units = Vec::new();
    let mut srclang = None;
    for pair in &pairs {
        let sl = lang(&pair.source_lang, &args.src_lang, "src")?;
        let tl = lang(&pair.target_lang, &args.tgt_lang, "tgt")?;
        let mut unit = TranslationUnit::from_pairs(&[(&sl, &pair.source), (&tl, &pair.target)]);
        unit.tuid = Some(pair.id.clone()).filter(|id| !id.is_empty());
        srclang.get_or_insert(sl);
        units.push(unit);
    }
    let header = Header::new(srclang.as_deref().unwrap_or("*all*"));
    write_tmx(&args.output, &header, |writer| {
        units.iter().try_for_each(|unit| writer.write_unit(unit))
    })?;
    eprintln!(
        "steppe: {}: {} translated units written to {}",
        args.input.display(),
        units.len(),
        args.output.display()
    );
    Ok(())
}

pub(super) fn convert(args: ConvertArgs) -> Result<ExitCode> {
    match (kind(&args.input)?, kind(&args.output)?) {
        (Kind::Table(format), Kind::Tmx) => {
            let (Some(src), Some(tgt)) = (&args.src_lang, &args.tgt_lang) else {
                bail!(
                    "{}: --src-lang and --tgt-lang are needed to convert a table",
                    args.input.display()
                );
            };
            let file = File::open(&args.input).with_context(|| format!("{}", args.input.display()))?;
            // Row by row into the writer: memory does not grow with the table.
            write_tmx(&args.output, &Header::new(src), |writer| {
                for row in read_rows(format, Utf8Checked::new(BufReader::new(file))) {
                    let row = row.map_err(|e| e.with_path(&args.input))?;
                    let pairs = [(src.as_str(), row.source.as_str()), (tgt, &row.target)];
                    let mut unit = TranslationUnit::from_pairs(&pairs);
                    unit.notes.extend(row.note.map(|text| Note { text, lang: None }));
                    writer.write_unit(&unit)?;
                }
                Ok(())
            })?;
        }
        (Kind::Tmx, Kind::Table(format)) => tmx_to_table(&args, format)?,
        (Kind::Xliff, Kind::Tmx) => xliff_to_tmx(&args)?,
        (Kind::Xliff, _) | (_, Kind::Xliff) => bail!(
            "{}: XLIFF converts to TMX only (steppe align --format xliff and steppe xliff write it)",
            args.input.display()
        ),
        (Kind::Tmx, Kind::Tmx) => {
            let mut reader = Reader::open(&args.input)?;
            let header = Header {
                creationtool: "steppe".into(),
                creationtoolversion: Header::new("").creationtoolversion,
                ..reader.header().clone()
            };
            let mut warnings = reader.take_warnings();
            write_tmx(&args.output, &header, |writer| {
                while let Some(unit) = reader.next_unit()? {
                    writer.write_unit(&unit)?;
                    if warnings.len() <= SHOW {
                        warnings.extend(reader.take_warnings());
                    } else {
                        reader.take_warnings();
                    }
                }
                Ok(())
            })?;
            warn_all(&args.input, &warnings);
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
                tgt = unit.default_target(&src).map(|v| v.lang.clone());
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
