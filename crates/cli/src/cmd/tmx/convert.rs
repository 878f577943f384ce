//! `steppe tmx merge` and `convert`: the subcommands that write memories and tables.

use super::utf8::Utf8Checked;
use super::{warn_all, ConvertArgs, MergeArgs, SHOW};
use crate::output::write_output;
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::process::ExitCode;
use steppe_tmx::tabular::{read_rows, Format, TableWriter};
use steppe_tmx::text::unit_key;
use steppe_tmx::{Header, Note, Reader, TranslationUnit, Writer};

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

pub(super) fn merge(args: MergeArgs) -> Result<ExitCode> {
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
    })?;
    warn_all(path, &warnings);
    Ok(())
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
    write_tmx(&args.output, &header, units.iter())?;
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
            let mut units = Vec::new();
            for row in read_rows(format, Utf8Checked::new(BufReader::new(file))) {
                let row = row.map_err(|e| e.with_path(&args.input))?;
                let mut unit = TranslationUnit::from_pairs(&[(src, &row.source), (tgt, &row.target)]);
                unit.notes.extend(row.note.map(|text| Note { text, lang: None }));
                units.push(unit);
            }
            write_tmx(&args.output, &Header::new(src), units.iter())?;
        }
        (Kind::Tmx, Kind::Table(format)) => tmx_to_table(&args, format)?,
        (Kind::Xliff, Kind::Tmx) => xliff_to_tmx(&args)?,
        (Kind::Xliff, _) | (_, Kind::Xliff) => bail!(
            "{}: XLIFF converts to TMX only (steppe align --format xliff and steppe xliff write it)",
            args.input.display()
        ),
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
