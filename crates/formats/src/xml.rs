//! The zip packages (DOCX, ODT) and their XML parts, streamed: each part is decompressed and parsed
//! event by event, never held whole in memory. Every failure names the file and the part.

use crate::Error;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

/// A package opened as a zip archive; `kind` (`DOCX`) names the format in errors.
pub(crate) struct Package<'p, R> {
    archive: zip::ZipArchive<R>,
    path: &'p Path,
    kind: &'static str,
}

impl<'p, R: Read + Seek> Package<'p, R> {
    /// Opens `reader` as a zip archive.
    pub fn open(path: &'p Path, reader: R, kind: &'static str) -> Result<Self, Error> {
        let archive = zip::ZipArchive::new(reader)
            .map_err(|e| Error::part(path, "zip", format!("not a {kind} file: not a zip archive ({e})")))?;
        Ok(Package { archive, path, kind })
    }

    /// Whether the package holds `name`.
    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// Streams the XML part `name` through `handle`, one event at a time. A missing part is an
    /// error when `required` (a zip without it is not this format) and skipped otherwise.
    pub fn stream(
        &mut self,
        name: &str,
        required: bool,
        mut handle: impl FnMut(&Event<'_>, &Path, &str) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let (path, kind) = (self.path, self.kind);
        let file = match self.archive.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) if !required => return Ok(()),
            Err(zip::result::ZipError::FileNotFound) => {
                return Err(Error::part(
                    path,
                    name,
                    format!("missing: a zip without it is not a {kind} file"),
                ))
            }
            Err(e) => return Err(Error::part(path, name, e)),
        };
        let mut reader = Reader::from_reader(BufReader::with_capacity(64 * 1024, file));
        let mut buf = Vec::new();
        let mut open: Vec<Vec<u8>> = Vec::new();
        loop {
            let event = reader.read_event_into(&mut buf).map_err(|e| {
                let at = reader.error_position();
                Error::part(path, name, format!("malformed XML at byte {at}: {e}"))
            })?;
            match &event {
                Event::Start(e) => open.push(e.name().as_ref().to_vec()),
                Event::End(_) => {
                    open.pop();
                }
                Event::Eof => {
                    if let Some(tag) = open.last() {
                        let at = reader.buffer_position();
                        return Err(Error::part(
                            path,
                            name,
                            format!(
                                "truncated XML: ends at byte {at} inside <{}>",
                                String::from_utf8_lossy(tag)
                            ),
                        ));
                    }
                    if reader.buffer_position() == 0 {
                        return Err(Error::part(path, name, "empty part"));
                    }
                    return Ok(());
                }
                _ => {}
            }
            handle(&event, path, name)?;
            buf.clear();
        }
    }
}

/// The value of the attribute whose local name is `local` (`w:val` → `val`), unescaped.
pub(crate) fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// The unescaped text of a text event, or an error naming the part.
pub(crate) fn text<'t>(
    t: &'t quick_xml::events::BytesText<'_>,
    path: &Path,
    part: &str,
) -> Result<std::borrow::Cow<'t, str>, Error> {
    t.unescape()
        .map_err(|e| Error::part(path, part, format!("malformed XML: {e}")))
}
