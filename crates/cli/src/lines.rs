//! Text read a chunk of whole lines at a time: `translit`, `cyrillic`, `key` and `detect` work line
//! by line, so their memory is one chunk plus the longest line, whatever the size of the input
//! (before, `cyrillic` on 50 MB of standard input held it twice over: 115 MiB).

use crate::input::{format, read_input};
use anyhow::{bail, Context, Result};
use std::io::Read;
use std::path::Path;
use steppe_formats::InputFormat;

/// Bytes read at a time: few system calls, and a chunk still fits in a core's L2 cache.
pub(crate) const CHUNK: usize = 1 << 18;

/// UTF-8 text from `input`, handed out as chunks that end at a line end (the last one may not).
/// Each chunk is checked as UTF-8 (SIMD, `simdutf8`); a bad byte stops the reading with its byte
/// offset, line and column. A UTF-8 byte order mark at the start is skipped (and still counted in
/// offsets), as when a whole file is read.
pub struct TextChunks<R> {
    input: R,
    name: String,
    buf: Vec<u8>,
    /// Bytes of `buf` that hold input.
    len: usize,
    /// Bytes at the start of `buf` handed out by the last chunk, to drop before reading on.
    handed: usize,
    /// Where `buf` starts in the input, and its line number there.
    offset: usize,
    line: usize,
    done: bool,
}

impl<R: Read> TextChunks<R> {
    /// Reads `input`, named `name` in errors.
    pub fn new(input: R, name: &str) -> Self {
        TextChunks {
            input,
            name: name.to_owned(),
            buf: vec![0; CHUNK],
            len: 0,
            handed: 0,
            offset: 0,
            line: 1,
            done: false,
        }
    }

    /// The next chunk of whole lines, or `None` at the end of the input.
    ///
    /// ```text
    /// let mut chunks = TextChunks::new("a\r\nб\nc".as_bytes(), "x");
    /// assert_eq!(chunks.next_chunk()?, Some("a\r\nб\nc"));
    /// ```
    pub fn next_chunk(&mut self) -> Result<Option<&str>> {
        self.drop_handed();
        loop {
            if self.done {
                return Ok(None);
            }
            if self.len == self.buf.len() {
                self.buf.resize(self.buf.len() * 2, 0);
            }
            let n = match self.input.read(&mut self.buf[self.len..]) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e).with_context(|| format!("{}: read failed", self.name)),
            };
            self.len += n;
            self.done = n == 0;
            // What is left of earlier reads holds no line end: only the new bytes are searched, so
            // a line of any length is read in linear time.
            let cut = match memchr::memrchr(b'\n', &self.buf[self.len - n..self.len]) {
                _ if self.done => self.len,
                Some(p) => self.len - n + p + 1,
                None => continue,
            };
            let skip = self.mark_len();
            self.handed = cut;
            if cut == skip {
                continue;
            }
            // simdutf8 checks Cyrillic several times faster than std, with the same error position
            return match simdutf8::compat::from_utf8(&self.buf[skip..cut]) {
                Ok(chunk) => Ok(Some(chunk)),
                Err(e) => Err(self.invalid(skip + e.valid_up_to())),
            };
        }
    }

    /// Moves what follows the last chunk to the front of the buffer, counting the lines handed out.
    fn drop_handed(&mut self) {
        let handed = std::mem::take(&mut self.handed);
        self.line += bytecount::count(&self.buf[..handed], b'\n');
        self.offset += handed;
        self.buf.copy_within(handed..self.len, 0);
        self.len -= handed;
    }

    /// The length of the byte order mark at the buffer's start: 3 at the start of the input if
    /// there is one, else 0.
    fn mark_len(&self) -> usize {
        match self.offset == 0 && self.buf[..self.len].starts_with(b"\xEF\xBB\xBF") {
            true => 3,
            false => 0,
        }
    }

    /// The error for the bad byte at `at` in the buffer.
    fn invalid(&self, at: usize) -> anyhow::Error {
        let good = &self.buf[self.mark_len()..at];
        let line = self.line + bytecount::count(good, b'\n');
        let last = good.rsplit(|&b| b == b'\n').next().unwrap_or_default();
        let column = bytecount::num_chars(last) + 1;
        let at = self.offset + at;
        anyhow::anyhow!(
            "{}: invalid UTF-8 at byte {at} (line {line}, column {column})",
            self.name
        )
    }
}

/// Calls `each` on every line of the text arguments (an argument is one line, whatever it holds),
/// or, when there are none, of standard input: read a chunk at a time when it is text (the
/// default), whole when `--input-format` names a document format. Line ends are `\n` or `\r\n`.
/// Standard input with nothing but white space is an error, as an empty document is everywhere.
pub fn for_each_line(text: &[String], mut each: impl FnMut(&str) -> Result<()>) -> Result<()> {
    if !text.is_empty() {
        return text.iter().try_for_each(|line| each(line));
    }
    if !matches!(format(), None | Some(InputFormat::Text)) {
        let (_, source) = read_input(Path::new("-")).context("reading standard input")?;
        return source.lines().try_for_each(each);
    }
    let mut chunks = TextChunks::new(std::io::stdin().lock(), "<stdin>");
    let mut blank = true;
    while let Some(chunk) = chunks.next_chunk().context("reading standard input")? {
        blank &= chunk.trim().is_empty();
        chunk.lines().try_for_each(&mut each)?;
    }
    if blank {
        bail!("reading standard input: <stdin>: empty document");
    }
    Ok(())
}

/// The size of standard input when it is a regular file (for a progress bar), else `None`.
pub fn stdin_size() -> Option<u64> {
    use std::os::fd::AsFd;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    let meta = std::fs::File::from(fd).metadata().ok()?;
    meta.is_file().then_some(meta.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every chunk of `bytes`, read a few bytes at a time so that lines span reads.
    fn chunks(bytes: &[u8]) -> Result<Vec<String>> {
        chunks_by(bytes, 3)
    }

    /// Every chunk of `bytes`, read `step` bytes at a time.
    fn chunks_by(bytes: &[u8], step: usize) -> Result<Vec<String>> {
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.0.len().min(buf.len()).min(self.1);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut reader = TextChunks::new(Trickle(bytes, step), "t.txt");
        let mut out = Vec::new();
        while let Some(chunk) = reader.next_chunk()? {
            out.push(chunk.to_owned());
        }
        Ok(out)
    }

    #[test]
    fn chunks_are_whole_lines_and_keep_every_byte_but_the_mark() {
        let text = "Москва\r\nАлматы\n\nlast line without end";
        let got = chunks(format!("\u{FEFF}{text}").as_bytes()).unwrap();
        assert_eq!(got.concat(), text);
        assert!(got[..got.len() - 1].iter().all(|c| c.ends_with('\n')), "{got:?}");
        assert!(chunks(b"").unwrap().is_empty());
    }

    #[test]
    fn a_bad_byte_is_named_with_its_offset_line_and_column() {
        // after the mark on the first line: the mark is not a column
        let err = chunks(b"\xEF\xBB\xBFab\xFF").unwrap_err().to_string();
        assert_eq!(err, "t.txt: invalid UTF-8 at byte 5 (line 1, column 3)");
        // line 3 is `Жа` then the bad byte: column 3; the offset counts the mark and every byte
        let bytes = b"\xEF\xBB\xBFab\ncd\n\xD0\x96a\xFFz\n";
        let err = chunks(bytes).unwrap_err().to_string();
        assert_eq!(err, "t.txt: invalid UTF-8 at byte 12 (line 3, column 3)");
        let err = chunks(b"\xFF").unwrap_err().to_string();
        assert_eq!(err, "t.txt: invalid UTF-8 at byte 0 (line 1, column 1)");
    }

    #[test]
    fn a_line_longer_than_a_chunk_is_read_whole() {
        let long = "я".repeat(CHUNK) + "\nb\n";
        let got = chunks(long.as_bytes()).unwrap();
        assert_eq!(got.concat(), long);
        assert!(got[0].ends_with('\n') && got[0].len() > CHUNK);
    }

    /// Input made of what the reader reacts to: line ends, Cyrillic, a byte order mark, and bytes
    /// that are never UTF-8 or only start a sequence.
    fn input() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just(b"a".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"\r\n".to_vec()),
            Just("я".as_bytes().to_vec()),
            Just("\u{FEFF}".as_bytes().to_vec()),
            Just(vec![0xFF]),
            Just(vec![0xD0]),
            Just(vec![0xE2, 0x80]),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        /// Whatever the input and the read size: the chunks put together are the input without its
        /// byte order mark, each but the last ends a line; or the error names the first bad byte
        /// as std's UTF-8 check finds it, with its line and column counted here independently.
        #[test]
        fn chunks_are_the_input_or_the_first_bad_byte(bytes in input(), step in 1usize..8) {
            let skip = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
            match (std::str::from_utf8(&bytes[skip..]), chunks_by(&bytes, step)) {
                (Ok(text), Ok(got)) => {
                    proptest::prop_assert_eq!(got.concat(), text);
                    let whole_lines = got.len().saturating_sub(1);
                    proptest::prop_assert!(got[..whole_lines].iter().all(|c| c.ends_with('\n')));
                }
                (Err(e), Err(err)) => {
                    let good = std::str::from_utf8(&bytes[skip..skip + e.valid_up_to()]).unwrap();
                    let line = good.matches('\n').count() + 1;
                    let column = good.rsplit('\n').next().unwrap().chars().count() + 1;
                    let at = skip + e.valid_up_to();
                    let expected = format!("t.txt: invalid UTF-8 at byte {at} (line {line}, column {column})");
                    proptest::prop_assert_eq!(err.to_string(), expected);
                }
                (want, got) => proptest::prop_assert!(false, "std {want:?}, chunks {got:?}"),
            }
        }
    }
}
