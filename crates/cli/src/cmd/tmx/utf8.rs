//! A reader that checks UTF-8 as the bytes pass, so a table with a bad byte gets our one-line error
//! (`pairs.tsv: invalid UTF-8 at byte 12 (line 2, column 3)`) rather than the csv crate's message.
//! The tabular reader (crates/tmx) is not changed: the CLI wraps the file it hands over.

use std::io::{self, Read};

/// Passes bytes through unchanged; the first invalid UTF-8 sequence is an
/// [`io::ErrorKind::InvalidData`] error saying where it is.
pub struct Utf8Checked<R> {
    inner: R,
    /// The bytes of a character cut by the end of the last read (at most 3).
    pending: Vec<u8>,
    /// Byte offset of the first pending byte.
    offset: u64,
    line: u64,
    /// Characters since the start of the line.
    column: u64,
}

impl<R> Utf8Checked<R> {
    /// Wraps `inner`.
    pub fn new(inner: R) -> Self {
        Utf8Checked {
            inner,
            pending: Vec::new(),
            offset: 0,
            line: 1,
            column: 0,
        }
    }

    /// Counts valid text.
    fn advance(&mut self, text: &str) {
        self.offset += text.len() as u64;
        match text.rfind('\n') {
            Some(at) => {
                self.line += text.matches('\n').count() as u64;
                self.column = text[at + 1..].chars().count() as u64;
            }
            None => self.column += text.chars().count() as u64,
        }
    }

    fn invalid(&self) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "invalid UTF-8 at byte {} (line {}, column {})",
                self.offset,
                self.line,
                self.column + 1
            ),
        )
    }
}

impl<R: Read> Read for Utf8Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            return match self.pending.is_empty() {
                true => Ok(0),
                false => Err(self.invalid()),
            };
        }
        if self.pending.is_empty() {
            self.check(&buf[..n])?;
        } else {
            // Rare: a character was cut by the last read; check the seam with a copy.
            let mut bytes = std::mem::take(&mut self.pending);
            bytes.extend_from_slice(&buf[..n]);
            self.check(&bytes)?;
        }
        Ok(n)
    }
}

impl<R> Utf8Checked<R> {
    /// Checks `bytes` (the pending tail of the last read, then this read), keeping a character
    /// cut at the end for the next read.
    fn check(&mut self, bytes: &[u8]) -> io::Result<()> {
        // simdutf8 validates several times faster than std, with the same error positions.
        match simdutf8::compat::from_utf8(bytes) {
            Ok(text) => self.advance(text),
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                // The prefix was just checked: it is valid.
                self.advance(std::str::from_utf8(good).unwrap_or_default());
                if e.error_len().is_some() {
                    return Err(self.invalid());
                }
                self.pending = rest.to_vec();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out one byte per read, so every character is cut.
    struct OneByte<'a>(&'a [u8]);

    impl Read for OneByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            buf[0] = first;
            self.0 = rest;
            Ok(1)
        }
    }

    fn read_all(bytes: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        Utf8Checked::new(OneByte(bytes)).read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn valid_text_passes_unchanged_even_cut_inside_characters() {
        let text = "один\tone\nдва\ttwo\n";
        assert_eq!(read_all(text.as_bytes()).unwrap(), text.as_bytes());
    }

    #[test]
    fn a_bad_byte_is_reported_with_its_line_and_column() {
        let err = read_all(b"one\t\xd0\xbe\xd0\xb4\n\xd0\xb4\xff\tx\n").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert_eq!(err.to_string(), "invalid UTF-8 at byte 11 (line 2, column 2)");
    }

    #[test]
    fn a_character_cut_by_the_end_of_the_file_is_reported() {
        let err = read_all(b"ok\n\xd0").unwrap_err();
        assert_eq!(err.to_string(), "invalid UTF-8 at byte 3 (line 2, column 1)");
    }
}
