//! The pull reader: quick-xml events in, one [`TranslationUnit`] at a time out, in constant memory.
//!
//! The caller pulls with [`Reader::next_unit`] (or iterates). The reader owns one event buffer that it
//! clears on every pass, tracks line and column, refuses DOCTYPEs that declare entities and undefined
//! entity references, and transcodes UTF-16 input (with a BOM) to UTF-8 on the fly.

use crate::error::{Error, ErrorKind, Position, Warning, WarningKind};
use crate::input::Input;
use crate::machine::{Attrs, Item, Keep, Machine};
use crate::model::{Header, TranslationUnit};
use quick_xml::events::{BytesStart, Event};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// Reads a TMX document unit by unit. Construction reads up to the end of `<header>`.
///
/// ```
/// let tmx = r#"<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
///   o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
///   <tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv lang="RU"><seg>Да</seg></tuv></tu>
/// </body></tmx>"#;
/// let mut reader = steppe_tmx::Reader::from_slice(tmx.as_bytes()).unwrap();
/// assert_eq!(reader.header().srclang, "en");
/// let unit = reader.next_unit().unwrap().unwrap();
/// assert_eq!(unit.variant("ru").unwrap().seg.text(), "Да");
/// assert!(reader.next_unit().unwrap().is_none());
/// // `lang="RU"` was tolerated: deprecated attribute, and upper case repaired.
/// assert_eq!(reader.take_warnings().len(), 2);
/// ```
pub struct Reader<R: BufRead> {
    xml: quick_xml::Reader<Input<R>>,
    buf: Vec<u8>,
    machine: Machine,
    header: Header,
    tracker: Tracker,
    path: Option<PathBuf>,
    done: bool,
    /// What to add to quick-xml's byte positions to get offsets in the file: 0, except for a piece
    /// ([`Reader::piece`]), which quick-xml reads after a made-up prefix.
    base: u64,
    /// A piece of a document: its end may come at the body level, between two units.
    piece: bool,
    /// The piece ended at the body level (not at the end of the document).
    ended_in_body: bool,
}

impl Reader<BufReader<File>> {
    /// Opens a file; errors name it.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let file = File::open(path).map_err(|e| Error::io(e).with_path(path))?;
        let mut reader = Self::with_path(BufReader::with_capacity(1 << 16, file), Some(path))?;
        reader.path = Some(path.to_path_buf());
        Ok(reader)
    }
}

impl<'a> Reader<&'a [u8]> {
    /// Reads from bytes in memory.
    pub fn from_slice(bytes: &'a [u8]) -> Result<Self, Error> {
        Self::new(bytes)
    }
}

impl<'a> Reader<std::io::Chain<&'static [u8], &'a [u8]>> {
    /// A reader over `bytes`, a piece of a document that starts `offset` bytes into it, just after
    /// the header (`in_body` false) or just before a `<tu>` in the body (`in_body` true). quick-xml
    /// reads a made-up `<tmx>` (and `<body>`) first, so that the end tags of the last piece match.
    /// Positions count from line 1, column 1 at the piece's first byte (the caller shifts them to
    /// the file's); the reader ends without an error at the end of the piece if that is between two
    /// units, and [`Reader::ended_in_body`] then says so. Used by the parallel readers (`split`).
    pub(crate) fn piece(bytes: &'a [u8], offset: u64, header: &Header, in_body: bool) -> Self {
        let prefix: &'static [u8] = if in_body { b"<tmx><body>" } else { b"<tmx>" };
        let mut xml = quick_xml::Reader::from_reader(Input::Plain(std::io::Read::chain(prefix, bytes)));
        let config = xml.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        config.expand_empty_elements = false;
        let mut buf = Vec::new();
        while xml.buffer_position() < prefix.len() as u64 {
            let event = xml.read_event_into(&mut buf);
            debug_assert!(matches!(event, Ok(Event::Start(_))));
            buf.clear();
        }
        Reader {
            xml,
            buf,
            machine: Machine::resume(header.clone(), in_body),
            header: header.clone(),
            tracker: Tracker {
                line: 0,
                col: 0,
                offset,
            },
            path: None,
            done: false,
            base: offset - prefix.len() as u64,
            piece: true,
            ended_in_body: false,
        }
    }
}

impl<R: BufRead> Reader<R> {
    /// Whether a piece ([`Reader::piece`]) ended between two units rather than at `</tmx>`.
    pub(crate) fn ended_in_body(&self) -> bool {
        self.ended_in_body
    }

    /// Reads from any buffered source; reads the prolog and the header now.
    pub fn new(inner: R) -> Result<Self, Error> {
        Self::with_path(inner, None)
    }

    fn with_path(inner: R, path: Option<&Path>) -> Result<Self, Error> {
        let with_path = |e: Error| match path {
            Some(p) => e.with_path(p),
            None => e,
        };
        let mut inner = inner;
        // quick-xml skips a UTF-8 byte order mark without counting it in its positions; offsets
        // are to count the file's bytes, so they start after the mark (the column does not count it).
        let bom = match inner.fill_buf() {
            Ok(head) if head.starts_with(b"\xEF\xBB\xBF") => 3,
            _ => 0,
        };
        let (input, transcoded) = Input::sniff(inner).map_err(with_path)?;
        let mut xml = quick_xml::Reader::from_reader(input);
        let config = xml.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        config.expand_empty_elements = false;
        let mut reader = Reader {
            xml,
            buf: Vec::with_capacity(1 << 12),
            machine: Machine::default(),
            header: Header::new(""),
            tracker: Tracker {
                offset: bom,
                ..Tracker::default()
            },
            path: path.map(Path::to_path_buf),
            done: false,
            base: bom,
            piece: false,
            ended_in_body: false,
        };
        if transcoded {
            let m = "UTF-16 input transcoded to UTF-8".to_string();
            let w = Warning {
                kind: WarningKind::Info,
                position: Position::default(),
                message: m,
            };
            reader.machine.warnings.push(w);
        }
        // The machine yields units only after the header, so anything else means there was none.
        match reader.next_item().map_err(with_path)? {
            Some(Item::Header(h)) => {
                reader.header = h;
                Ok(reader)
            }
            _ => {
                let pos = reader.tracker.pos();
                Err(with_path(Error::at(
                    ErrorKind::Structure,
                    pos,
                    "no <header> in <tmx>",
                )))
            }
        }
    }

    /// Keeps only what counting and validating read of each unit from now on ([`Keep::Counting`]).
    pub(crate) fn counting(mut self) -> Self {
        self.machine.keep = Keep::Counting;
        self
    }

    /// The header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Where the reader is (just after the last unit read).
    pub fn position(&self) -> Position {
        self.tracker.pos()
    }

    /// The next unit, or `None` at the end of the document. After an error, always `None`.
    pub fn next_unit(&mut self) -> Result<Option<TranslationUnit>, Error> {
        if self.done {
            return Ok(None);
        }
        loop {
            match self.next_item() {
                Ok(Some(Item::Unit(u))) => return Ok(Some(u)),
                Ok(Some(Item::Header(_))) => {}
                Ok(None) => {
                    self.done = true;
                    return Ok(None);
                }
                Err(e) => {
                    self.done = true;
                    return Err(match &self.path {
                        Some(p) => e.with_path(p),
                        None => e,
                    });
                }
            }
        }
    }

    /// The warnings collected since the last call (the reader keeps none afterwards).
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.machine.warnings)
    }

    fn next_item(&mut self) -> Result<Option<Item>, Error> {
        loop {
            self.buf.clear();
            let pos = self.tracker.pos();
            let event = match self.xml.read_event_into(&mut self.buf) {
                Ok(event) => event,
                Err(err) => {
                    let at = (self.xml.error_position() + self.base).saturating_sub(self.tracker.offset);
                    let pos = Position {
                        column: pos.column + at,
                        offset: pos.offset + at,
                        ..pos
                    };
                    return Err(xml_error(err, pos));
                }
            };
            let end = self.xml.buffer_position() + self.base;
            // The event's content (without its delimiters) and the length of its closing delimiter.
            let (content, suffix): (&[u8], u64) = match &event {
                Event::Start(e) => (e, 1),
                Event::Empty(e) => (e, 2),
                Event::End(e) => (e, 1),
                Event::Text(t) => (t, 0),
                Event::CData(c) => (c, 3),
                Event::DocType(d) => (d, 1),
                Event::Decl(d) => (d, 2),
                Event::PI(p) => (p, 2),
                Event::Comment(c) => (c, 3),
                Event::Eof => {
                    if self.piece && self.machine.in_body() {
                        self.ended_in_body = true;
                        return Ok(None);
                    }
                    self.machine.eof(pos)?;
                    return Ok(None);
                }
            };
            // Where the content starts: after the opening delimiter (`<`, `<![CDATA[`, `<!--`…).
            let at = content_start(pos, content.len() as u64, suffix, end);
            let machine = &mut self.machine;
            let item = match &event {
                Event::Start(e) | Event::Empty(e) => {
                    let empty = matches!(event, Event::Empty(_));
                    let tag = utf8(e, at)?;
                    machine.start(name(e, tag, at)?, attrs(e, tag, pos)?, empty, pos)?
                }
                Event::End(e) => {
                    utf8(e, at)?;
                    machine.end(pos)?
                }
                Event::Text(t) => {
                    let raw = utf8(t, at)?;
                    let text = quick_xml::escape::unescape(raw).map_err(|e| escape_error(e, pos))?;
                    machine.text(&text, pos);
                    None
                }
                Event::CData(c) => {
                    machine.text(utf8(c, at)?, pos);
                    None
                }
                Event::DocType(d) => {
                    utf8(d, at)?;
                    check_doctype(d, pos)?;
                    None
                }
                // Declarations, comments, processing instructions: not read, but a bad byte there
                // still means the file is not UTF-8.
                _ => {
                    utf8(content, at)?;
                    None
                }
            };
            self.tracker.advance(content, suffix, end);
            if item.is_some() {
                return Ok(item);
            }
        }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<TranslationUnit, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_unit().transpose()
    }
}

/// The part of `tag` (the text of the start tag `e`, already checked as UTF-8) that `part`, a slice
/// of `e`'s bytes, is: no second UTF-8 check for names and attributes.
fn within<'t>(e: &BytesStart<'_>, tag: &'t str, part: &[u8]) -> Option<&'t str> {
    let start = (part.as_ptr() as usize).checked_sub(e.as_ptr() as usize)?;
    tag.get(start..start + part.len())
}

fn name<'e>(e: &'e BytesStart<'_>, tag: &'e str, pos: Position) -> Result<&'e str, Error> {
    let name = e.name().into_inner();
    match within(e, tag, name) {
        Some(name) => Ok(name),
        None => std::str::from_utf8(name).map_err(|err| invalid_utf8(e, err, pos)),
    }
}

fn attrs<'e>(e: &'e BytesStart<'_>, tag: &'e str, pos: Position) -> Result<Attrs<'e>, Error> {
    let mut out = Attrs::new();
    // quick-xml's own check for a repeated attribute keeps a list per tag (an allocation per start
    // tag); the same check on the few names collected here costs nothing and says the same.
    for attr in e.attributes().with_checks(false) {
        let attr = attr.map_err(|err| Error::at(ErrorKind::Syntax, pos, err.to_string()))?;
        let key = attr.key.into_inner();
        let key = match within(e, tag, key) {
            Some(key) => key,
            None => std::str::from_utf8(key).map_err(|err| invalid_utf8(e, err, pos))?,
        };
        if let Some((earlier, _)) = out.iter().find(|(k, _)| *k == key) {
            let at = |k: &str| k.as_ptr() as usize - e.as_ptr() as usize;
            let err = quick_xml::events::attributes::AttrError::Duplicated(at(key), at(earlier));
            return Err(Error::at(ErrorKind::Syntax, pos, err.to_string()));
        }
        let value = match &attr.value {
            std::borrow::Cow::Borrowed(raw) => match within(e, tag, raw) {
                Some(raw) => quick_xml::escape::unescape(raw).map_err(|err| escape_error(err, pos))?,
                None => attr.unescape_value().map_err(|err| xml_error(err, pos))?,
            },
            std::borrow::Cow::Owned(_) => attr.unescape_value().map_err(|err| xml_error(err, pos))?,
        };
        out.push((key, value));
    }
    Ok(out)
}

/// Entity declarations would be expanded by a validating parser (the "billion laughs" bomb); we
/// expand none, so a document that relies on them cannot be read correctly and is refused.
fn check_doctype(doctype: &[u8], pos: Position) -> Result<(), Error> {
    if doctype.windows(8).any(|w| w.eq_ignore_ascii_case(b"<!ENTITY")) {
        let m =
            "the DOCTYPE declares entities; steppe never expands them (entity bomb risk), refusing the file";
        return Err(Error::at(ErrorKind::Entity, pos, m));
    }
    Ok(())
}

/// Validates text with SIMD (`simdutf8`: most of a memory is text, and std's check is a byte loop for
/// Cyrillic); on failure std's check finds where.
fn utf8(bytes: &[u8], pos: Position) -> Result<&str, Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(_) => match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(err) => Err(invalid_utf8(bytes, err, pos)),
        },
    }
}

/// The error for `bytes` (which start at `pos`) failing UTF-8 at `err`: the position of the first bad
/// byte itself, its value, and its byte offset.
fn invalid_utf8(bytes: &[u8], err: std::str::Utf8Error, pos: Position) -> Error {
    let good = &bytes[..err.valid_up_to()];
    // `Position` is 1-based, the tracker counts from 0.
    let mut tracker = Tracker {
        line: pos.line - 1,
        col: pos.column - 1,
        offset: pos.offset,
    };
    tracker.advance(good, 0, pos.offset + good.len() as u64);
    let at = tracker.pos();
    let m = match bytes.get(good.len()) {
        Some(b) => format!("invalid UTF-8: byte 0x{b:02X} at byte offset {}", at.offset),
        None => format!("invalid UTF-8 at byte offset {}", at.offset),
    };
    Error::at(ErrorKind::Encoding, at, m)
}

/// The position of an event's content, `len` bytes that end `suffix` bytes before `end`, for an event
/// that starts at `event`: the opening delimiter between them is ASCII on one line.
fn content_start(event: Position, len: u64, suffix: u64, end: u64) -> Position {
    let prefix = end.saturating_sub(suffix + len).saturating_sub(event.offset);
    Position {
        line: event.line,
        column: event.column + prefix,
        offset: event.offset + prefix,
    }
}

fn escape_error(err: quick_xml::escape::EscapeError, pos: Position) -> Error {
    use quick_xml::escape::EscapeError as E;
    match err {
        E::UnrecognizedEntity(_, name) => {
            let m = format!("undefined entity &{name}; (TMX allows only &lt; &gt; &amp; &quot; &apos;)");
            Error::at(ErrorKind::Entity, pos, m)
        }
        other => Error::at(ErrorKind::Syntax, pos, other.to_string()),
    }
}

fn xml_error(err: quick_xml::Error, pos: Position) -> Error {
    use quick_xml::errors::SyntaxError;
    use quick_xml::Error as X;
    let kind = match &err {
        X::Io(_) => ErrorKind::Io,
        X::Syntax(SyntaxError::InvalidBangMarkup) => ErrorKind::Syntax,
        X::Syntax(_) => ErrorKind::Truncated,
        X::Encoding(_) => ErrorKind::Encoding,
        X::Escape(e) => return escape_error(e.clone(), pos),
        _ => ErrorKind::Syntax,
    };
    Error::at(kind, pos, err.to_string())
}

/// Line and column bookkeeping: every byte of the input belongs to some event, so counting the
/// newlines in each event's content keeps the line exact; markup delimiters are ASCII.
#[derive(Debug, Default, Clone, Copy)]
struct Tracker {
    line: u64,
    /// Characters already on the current line.
    col: u64,
    offset: u64,
}

impl Tracker {
    fn pos(&self) -> Position {
        Position {
            line: self.line + 1,
            column: self.col + 1,
            offset: self.offset,
        }
    }

    /// Moves past an event whose content is `content`, whose closing delimiter is `suffix` bytes long,
    /// and which ends at byte `end`.
    fn advance(&mut self, content: &[u8], suffix: u64, end: u64) {
        // bytecount counts with AVX2 where the CPU has it (chosen at run time), SSE2 elsewhere.
        let chars = |b: &[u8]| bytecount::num_chars(b) as u64;
        match memchr::memrchr(b'\n', content) {
            Some(last) => {
                self.line += bytecount::count(&content[..=last], b'\n') as u64;
                self.col = chars(&content[last + 1..]) + suffix;
            }
            None => {
                let delimiters = (end - self.offset).saturating_sub(content.len() as u64);
                self.col += delimiters + chars(content);
            }
        }
        self.offset = end;
    }
}
