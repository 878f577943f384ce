//! Stage 0: bytes to text. UTF-8 only; a BOM and CRLF line ends are tolerated.

use crate::Error;
use std::path::Path;

/// Reads a file as UTF-8 text (see [`decode`]).
///
/// ```no_run
/// let text = steppe_doc::load(std::path::Path::new("corpus/article.txt"))?;
/// # Ok::<(), steppe_doc::Error>(())
/// ```
pub fn load(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    decode(path, &bytes)
}

/// Decodes bytes as UTF-8, dropping a BOM and turning CRLF into LF; names `path` in errors.
/// A document with no text at all (empty or only whitespace) is an error too.
///
/// ```
/// use std::path::Path;
/// let text = steppe_doc::decode(Path::new("a.txt"), b"\xEF\xBB\xBFone\r\ntwo").unwrap();
/// assert_eq!(text, "one\ntwo");
/// let err = steppe_doc::decode(Path::new("a.txt"), b"ab\xFF").unwrap_err();
/// assert_eq!(err.to_string(), "a.txt: invalid UTF-8 at byte 2 (line 1, column 3)");
/// ```
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, Error> {
    let bom = b"\xEF\xBB\xBF";
    let skipped = if bytes.starts_with(bom) { bom.len() } else { 0 };
    let body = &bytes[skipped..];
    let text = std::str::from_utf8(body).map_err(|e| {
        let valid = e.valid_up_to();
        let before = String::from_utf8_lossy(&body[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::InvalidUtf8 {
            path: path.to_owned(),
            offset: valid + skipped,
            line,
            column,
        }
    })?;
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    Ok(text.replace("\r\n", "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_counts_the_bom() {
        let err = decode(Path::new("x"), b"\xEF\xBB\xBFab\ncd\xC3").unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidUtf8 {
                    offset: 8,
                    line: 2,
                    column: 3,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn russian_text_and_crlf() {
        let text = decode(Path::new("x"), "Текст.\r\nЕщё.".as_bytes()).unwrap();
        assert_eq!(text, "Текст.\nЕщё.");
    }

    #[test]
    fn empty_is_an_error() {
        for bytes in [&b""[..], b"\xEF\xBB\xBF", b" \r\n\n"] {
            let err = decode(Path::new("e.txt"), bytes).unwrap_err();
            assert_eq!(err.to_string(), "e.txt: empty document");
        }
    }

    #[test]
    fn missing_file_names_the_path() {
        let err = load(Path::new("no/such/file.txt")).unwrap_err();
        assert!(err.to_string().starts_with("no/such/file.txt: "), "{err}");
    }
}
