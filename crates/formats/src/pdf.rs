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

/// Longest a line may be, as a share of the longer of its neighbours, to count as a paragraph's
/// last line.
const SHORT_LINE: f64 = 0.7;

/// Two repairs of `pdftotext -layout`'s page layout, so the text reads as the document model
/// expects: a note number printed on a line of its own (`1` / `   See …`) is put back before its
/// note, and a blank line is put after a line that is short beside its neighbours and followed by
/// one starting in capitals (the end of a paragraph or a heading, which a PDF shows by space
/// alone; a heading set in two lines is kept together, its first line being the longer). A page
/// break is a blank line, except in a paragraph of the body that goes on in lower case on the
/// next page (a note at the foot of the page ends there).
fn relayout(text: &str) -> String {
    let mut joined = String::with_capacity(text.len());
    let mut in_note = false;
    for line in text.split('\n') {
        let (page_break, line) = match line.strip_prefix('\u{C}') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let continues = !in_note && line.trim_start().starts_with(char::is_lowercase);
        if page_break && !continues {
            joined.push('\n');
        }
        let digits = line.trim_start().bytes().take_while(u8::is_ascii_digit).count();
        if line.trim().is_empty() {
            in_note = false;
        } else if (1..=3).contains(&digits) && joined.ends_with("\n\n") || joined.is_empty() {
            in_note = digits > 0;
        }
        if (1..=3).contains(&digits) && line.trim().len() == digits {
            in_note = true;
        }
        joined.push_str(line);
        joined.push('\n');
    }
    let lines: Vec<&str> = joined.split('\n').map(str::trim_end).collect();
    let width = |i: usize| lines.get(i).map_or(0, |l| l.trim().chars().count());
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
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
        let neighbours = width(i.wrapping_sub(1)).max(width(i + 1));
        let ends_paragraph = !line.trim().is_empty()
            && (width(i) as f64) < SHORT_LINE * neighbours as f64
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
        let text = "A HEADING IN CAPITALS THAT WRAPS:\nONTO A SECOND LINE\n\
                    The first line of a paragraph that runs on to the next page\n\u{C}\
                    where it goes on for one more full line of text like this.\n\
                    Its last line.\nNext paragraph line that is long enough to be full.\n\n\
                    1\n    See A. Author, City, 2004.\n\u{C}";
        assert_eq!(
            relayout(text),
            "A HEADING IN CAPITALS THAT WRAPS:\nONTO A SECOND LINE\n\n\
             The first line of a paragraph that runs on to the next page\n\
             where it goes on for one more full line of text like this.\n\
             Its last line.\n\nNext paragraph line that is long enough to be full.\n\n\
             1 See A. Author, City, 2004.\n\n\n\n"
        );
    }
}
