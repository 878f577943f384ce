//! TSV and CSV bilingual tables, the simplest thing CAT tools import: `source<TAB>target` (an optional
//! third column is a note), or the same as CSV with RFC 4180 quoting. Both go through the `csv` crate.
//!
//! TSV has no quoting, so a tab or line break inside a segment is written as a space (and counted, so
//! the caller can warn); CSV quotes such fields instead.

use crate::error::{Error, ErrorKind, Position};
use std::io::{Read, Write};
use std::path::Path;

/// A table format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tab-separated, no quoting (`.tsv`, `.tab`, `.txt`).
    Tsv,
    /// Comma-separated with quoting (`.csv`).
    Csv,
}

impl Format {
    /// The format a file name's extension implies, if it is a table.
    ///
    /// ```
    /// use steppe_tmx::tabular::Format;
    /// assert_eq!(Format::from_path("a/b.TSV".as_ref()), Some(Format::Tsv));
    /// assert_eq!(Format::from_path("b.tmx".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "tsv" | "tab" | "txt" => Some(Format::Tsv),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    fn delimiter(self) -> u8 {
        match self {
            Format::Tsv => b'\t',
            Format::Csv => b',',
        }
    }
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based line where the row starts.
    pub line: u64,
    /// Source text.
    pub source: String,
    /// Target text.
    pub target: String,
    /// The optional third column.
    pub note: Option<String>,
}

/// Reads the rows of a table, one at a time; blank lines are skipped.
///
/// ```
/// use steppe_tmx::tabular::{read_rows, Format};
/// let csv = "\"Hello, world\",\"Привет, мир\"\nYes,Да\n";
/// let rows: Vec<_> = read_rows(Format::Csv, csv.as_bytes()).map(Result::unwrap).collect();
/// assert_eq!(rows[0].target, "Привет, мир");
/// assert_eq!(rows[1].line, 2);
/// ```
pub fn read_rows<R: Read>(format: Format, input: R) -> impl Iterator<Item = Result<Row, Error>> {
    let reader = csv::ReaderBuilder::new()
        .delimiter(format.delimiter())
        .has_headers(false)
        .flexible(true)
        .quoting(format == Format::Csv)
        .from_reader(input);
    reader.into_records().map(|record| {
        let record = record.map_err(|e| {
            let pos = e.position().map(|p| p.line()).unwrap_or(0);
            Error::at(
                ErrorKind::Table,
                Position {
                    line: pos,
                    column: 1,
                    offset: 0,
                },
                e.to_string(),
            )
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let pos = Position {
            line,
            column: 1,
            offset: record.position().map_or(0, |p| p.byte()),
        };
        match record.len() {
            2 | 3 => Ok(Row {
                line,
                source: record[0].to_owned(),
                target: record[1].to_owned(),
                note: record.get(2).filter(|n| !n.is_empty()).map(str::to_owned),
            }),
            n => {
                let m = format!("expected 2 or 3 columns (source, target, note), found {n}");
                Err(Error::at(ErrorKind::Table, pos, m))
            }
        }
    })
}

/// Writes rows of (source, target).
pub struct TableWriter<W: Write> {
    format: Format,
    inner: csv::Writer<W>,
    flattened: u64,
}

impl<W: Write> TableWriter<W> {
    /// A writer of `format` into `out`.
    pub fn new(format: Format, out: W) -> Self {
        let quote = match format {
            Format::Tsv => csv::QuoteStyle::Never,
            Format::Csv => csv::QuoteStyle::Necessary,
        };
        let inner = csv::WriterBuilder::new()
            .delimiter(format.delimiter())
            .quote_style(quote)
            .from_writer(out);
        TableWriter {
            format,
            inner,
            flattened: 0,
        }
    }

    /// Writes one row.
    pub fn write(&mut self, source: &str, target: &str) -> Result<(), Error> {
        let (s, t) = match self.format {
            Format::Csv => (source.to_owned(), target.to_owned()),
            Format::Tsv => (self.flatten(source), self.flatten(target)),
        };
        self.inner.write_record([s, t]).map_err(csv_error)
    }

    fn flatten(&mut self, text: &str) -> String {
        if text.contains(['\t', '\n', '\r']) {
            self.flattened += 1;
            text.replace(['\t', '\n', '\r'], " ")
        } else {
            text.to_owned()
        }
    }

    /// Flushes; returns the output and how many TSV fields had tabs or line breaks replaced.
    pub fn finish(self) -> Result<(W, u64), Error> {
        let out = self
            .inner
            .into_inner()
            .map_err(|e| Error::io(std::io::Error::other(e.to_string())))?;
        Ok((out, self.flattened))
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::io(std::io::Error::other(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_round_trip_flattens_tabs() {
        let mut w = TableWriter::new(Format::Tsv, Vec::new());
        w.write("a\tb", "\"quoted\" text").unwrap();
        let (bytes, flattened) = w.finish().unwrap();
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            "a b\t\"quoted\" text\n"
        );
        assert_eq!(flattened, 1);
        let rows: Vec<_> = read_rows(Format::Tsv, &bytes[..]).map(Result::unwrap).collect();
        assert_eq!(rows[0].target, "\"quoted\" text");
    }

    #[test]
    fn csv_quotes_commas_newlines_and_quotes() {
        let mut w = TableWriter::new(Format::Csv, Vec::new());
        w.write("a, \"b\"", "line\nbreak").unwrap();
        let (bytes, _) = w.finish().unwrap();
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            "\"a, \"\"b\"\"\",\"line\nbreak\"\n"
        );
        let rows: Vec<_> = read_rows(Format::Csv, &bytes[..]).map(Result::unwrap).collect();
        assert_eq!(
            (rows[0].source.as_str(), rows[0].target.as_str()),
            ("a, \"b\"", "line\nbreak")
        );
    }

    #[test]
    fn one_column_row_is_an_error_with_its_line() {
        let err = read_rows(Format::Tsv, "a\tb\nlonely\n".as_bytes())
            .nth(1)
            .unwrap()
            .unwrap_err();
        assert_eq!(err.line(), 2);
        assert!(err.to_string().contains("found 1"), "{err}");
    }
}
