//! PDF: the text comes from `pdftotext -layout` (poppler-utils); no home-made PDF parser. Its
//! output (running heads, page numbers, hyphenated line ends, footnotes at the foot of pages) is
//! what the document model's repairs were made for, so it goes to them as it is. Without
//! pdftotext the error names the package to install.

use crate::{Error, Extracted, InputFormat};
use std::path::Path;
use std::process::{Command, Stdio};

/// Environment variable naming the pdftotext program to run (default `pdftotext` on the PATH).
pub const PDFTOTEXT_ENV: &str = "STEPPE_PDFTOTEXT";

/// Reads the PDF file at `path`.
pub(crate) fn read(path: &Path) -> Result<Extracted, Error> {
    // A missing or unreadable file is reported as such, not as pdftotext's complaint.
    std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    let program = std::env::var_os(PDFTOTEXT_ENV).unwrap_or_else(|| "pdftotext".into());
    let output = Command::new(&program)
        .args(["-layout", "-enc", "UTF-8", "-q"])
        .arg(path)
        .arg("-")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::NotFound {
                "not installed: reading a PDF needs poppler-utils (e.g. apt-get install poppler-utils)"
                    .to_owned()
            } else {
                format!("cannot run it: {e}")
            };
            Error::part(path, "pdftotext", why)
        })?;
    if !output.status.success() {
        // pdftotext -q prints nothing; ask again without it for the reason.
        let reason = Command::new(&program)
            .args(["-layout", "-enc", "UTF-8"])
            .arg(path)
            .arg("/dev/null")
            .stdin(Stdio::null())
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stderr).trim().to_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("failed ({})", output.status));
        let reason = if reason.contains("Incorrect password") {
            format!("the PDF is encrypted and needs a password ({reason})")
        } else {
            reason
        };
        return Err(Error::part(path, "pdftotext", reason));
    }
    let text = steppe_doc::decode(path, &output.stdout)?;
    Ok(Extracted {
        format: InputFormat::Pdf,
        text: relayout(&text),
        headings: Vec::new(),
        italics: Vec::new(),
    })
}

/// Reads a PDF held in memory (standard input) through a temporary file.
pub(crate) fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Extracted, Error> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let mut file = tempfile::Builder::new().suffix(".pdf").tempfile().map_err(io)?;
    std::io::Write::write_all(&mut file, bytes).map_err(io)?;
    read(file.path()).map_err(|e| match e {
        Error::Part { part, message, .. } => Error::Part {
            path: path.to_owned(),
            part,
            message,
        },
        other => other,
    })
}

/// Shortest line, as a share of the longest, that may run on into the next line of a paragraph.
const FULL_LINE: f64 = 0.7;

/// Two repairs of `pdftotext -layout`'s page layout, so the text reads as the document model
/// expects: a note number printed on a line of its own (`1` / `   See …`) is put back before its
/// note, and a blank line is put after a short line followed by one starting in capitals (the end
/// of a paragraph or a heading, which the PDF shows by space alone). Page breaks become line ends.
fn relayout(text: &str) -> String {
    let lines: Vec<&str> = text.split(['\n', '\u{C}']).collect();
    let widest = lines
        .iter()
        .map(|l| l.trim_end().chars().count())
        .max()
        .unwrap_or(0);
    let short = (widest as f64 * FULL_LINE) as usize;
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        let next = lines.get(i + 1).map_or("", |l| l.trim());
        let lone_number = !line.is_empty()
            && line.len() <= 3
            && line.bytes().all(|b| b.is_ascii_digit())
            && next.starts_with(char::is_alphabetic);
        if lone_number {
            out.push_str(line);
            out.push(' ');
            out.push_str(next);
            out.push('\n');
            i += 2;
            continue;
        }
        out.push_str(line);
        out.push('\n');
        let ends_paragraph = !line.trim().is_empty()
            && line.chars().count() < short
            && !line.ends_with('-')
            && next.starts_with(char::is_uppercase);
        if ends_paragraph {
            out.push('\n');
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_note_numbers_and_short_lines() {
        let text = "A heading\nThe first line of a paragraph that runs on to the next.\n\
                    Its last line.\nNext paragraph line that is long enough to be full.\n\n\
                    1\n    See A. Author, City, 2004.\n\u{C}";
        assert_eq!(
            relayout(text),
            "A heading\n\nThe first line of a paragraph that runs on to the next.\n\
             Its last line.\n\nNext paragraph line that is long enough to be full.\n\n\
             1 See A. Author, City, 2004.\n\n\n"
        );
    }
}
