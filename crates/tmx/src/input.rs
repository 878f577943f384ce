//! What the XML parser reads: the bytes as they are (UTF-8, a UTF-8 BOM is skipped by quick-xml), or,
//! for UTF-16 with a BOM, a streaming transcoder to UTF-8 (`encoding_rs_io`), so memory stays flat.

use crate::error::{Error, ErrorKind, Position};
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};
use std::io::{self, BufRead, BufReader, Read};

/// The source of bytes under the parser.
pub(crate) enum Input<R: BufRead> {
    /// UTF-8 input, read as is.
    Plain(R),
    /// UTF-16 input, decoded to UTF-8 as it is read.
    Utf16(BufReader<DecodeReaderBytes<R, Vec<u8>>>),
}

impl<R: BufRead> Input<R> {
    /// Looks at the first bytes; returns the input and whether it is transcoded.
    pub(crate) fn sniff(mut inner: R) -> Result<(Self, bool), Error> {
        let head = inner.fill_buf()?;
        if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            let decoder = DecodeReaderBytesBuilder::new()
                .bom_sniffing(true)
                .strip_bom(true)
                .build(inner);
            return Ok((Input::Utf16(BufReader::with_capacity(1 << 16, decoder)), true));
        }
        if head.starts_with(&[b'<', 0]) || head.starts_with(&[0, b'<']) {
            let pos = Position {
                line: 1,
                column: 1,
                offset: 0,
            };
            let m = "UTF-16 without a byte order mark; save the file as UTF-8 or with a BOM";
            return Err(Error::at(ErrorKind::Encoding, pos, m));
        }
        Ok((Input::Plain(inner), false))
    }
}

impl<R: BufRead> Read for Input<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Input::Plain(r) => r.read(buf),
            Input::Utf16(r) => r.read(buf),
        }
    }
}

impl<R: BufRead> BufRead for Input<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Input::Plain(r) => r.fill_buf(),
            Input::Utf16(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, amt: usize) {
        match self {
            Input::Plain(r) => r.consume(amt),
            Input::Utf16(r) => r.consume(amt),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_le_and_be_become_utf8() {
        let text = "<a>Қазақ</a>";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        for bytes in [le, be] {
            let (mut input, transcoded) = Input::sniff(&bytes[..]).unwrap();
            let mut out = String::new();
            input.read_to_string(&mut out).unwrap();
            assert!(transcoded);
            assert_eq!(out, text);
        }
    }

    #[test]
    fn utf16_without_bom_is_refused() {
        let bytes: Vec<u8> = "<a/>".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let err = Input::sniff(&bytes[..]).err().unwrap();
        assert_eq!(err.kind(), ErrorKind::Encoding);
    }
}
