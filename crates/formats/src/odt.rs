//! ODT (OpenDocument text): `content.xml` for the body and the notes (a `text:note` stands where
//! it is cited and holds its body), `styles.xml` and the automatic styles for italics.
//!
//! Kept: headings (`text:h` and its outline level), paragraphs (in lists, tables and frames too),
//! spaces, tabs and line breaks as spaces, field results; italics from a style whose text
//! properties say `fo:font-style="italic"` (or whose parent's do). Dropped: tracked changes' record
//! (deleted text lives only there), annotations, the notes' own citation marks, generated indexes
//! and tables of contents, images' titles and descriptions. Footnotes and endnotes are numbered in
//! order of citation, in one sequence.

use crate::build::{Block, Builder};
use crate::xml::{attr, text, Package};
use crate::{Error, Extracted, InputFormat};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

/// Reads an ODT package.
pub(crate) fn read<R: Read + Seek>(path: &Path, reader: R) -> Result<Extracted, Error> {
    let mut package = Package::open(path, reader, "ODT")?;
    if !package.has("content.xml") && package.has("word/document.xml") {
        return Err(Error::part(
            path,
            "content.xml",
            "missing: this zip holds word/document.xml, a DOCX file (use --input-format docx)",
        ));
    }
    let mut walker = Walker::default();
    package.stream("styles.xml", false, |e, _, _| {
        walker.styles.event(e);
        Ok(())
    })?;
    package.stream("content.xml", true, |e, path, part| walker.event(e, path, part))?;
    Ok(walker.builder.finish(InputFormat::Odt))
}

/// Italic styles by name: each style's own setting and its parent.
#[derive(Default)]
struct Styles {
    own: HashMap<String, bool>,
    parent: HashMap<String, String>,
    current: Option<String>,
}

impl Styles {
    fn event(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"style" if e.name().as_ref() == b"style:style" => {
                    let name = attr(e, b"name");
                    if let (Some(name), Some(parent)) = (&name, attr(e, b"parent-style-name")) {
                        self.parent.insert(name.clone(), parent);
                    }
                    self.current = name;
                }
                b"text-properties" => {
                    if let (Some(name), Some(style)) = (&self.current, attr(e, b"font-style")) {
                        self.own
                            .insert(name.clone(), style == "italic" || style == "oblique");
                    }
                }
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == b"style:style" => self.current = None,
            _ => {}
        }
    }

    /// Whether text in style `name` is italic (its own setting, else its parents').
    fn italic(&self, name: &str) -> bool {
        let mut name = name;
        for _ in 0..16 {
            if let Some(&own) = self.own.get(name) {
                return own;
            }
            match self.parent.get(name) {
                Some(parent) => name = parent,
                None => return false,
            }
        }
        false
    }
}

#[derive(Default)]
struct Walker {
    styles: Styles,
    builder: Builder,
    open: Vec<Block>,
    /// Italic state of each open paragraph, span or link.
    italic: Vec<bool>,
    /// Numbers of the notes being read (a note inside a note is possible in theory).
    notes: Vec<u32>,
    cited: u32,
    skip: usize,
}

impl Walker {
    fn event(&mut self, event: &Event<'_>, path: &Path, part: &str) -> Result<(), Error> {
        if self.skip > 0 {
            match event {
                Event::Start(_) => self.skip += 1,
                Event::End(_) => self.skip -= 1,
                _ => {}
            }
            return Ok(());
        }
        self.styles.event(event);
        match event {
            Event::Start(e) => self.start(e, true),
            Event::Empty(e) => self.start(e, false),
            Event::End(e) => match e.name().as_ref() {
                b"text:p" | b"text:h" => {
                    self.italic.pop();
                    if let Some(block) = self.open.pop() {
                        self.builder.add(block, self.notes.last().copied());
                    }
                }
                b"text:span" | b"text:a" => {
                    self.italic.pop();
                }
                b"text:note" => {
                    self.notes.pop();
                }
                _ => {}
            },
            Event::Text(t) => {
                if let Some(block) = self.open.last_mut() {
                    let s = text(t, path, part)?;
                    block.push(&s, self.italic.last().copied().unwrap_or(false));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn start(&mut self, e: &BytesStart<'_>, has_content: bool) {
        let italic = self.italic.last().copied().unwrap_or(false);
        let styled = || italic || attr(e, b"style-name").is_some_and(|s| self.styles.italic(&s));
        match e.name().as_ref() {
            b"text:tracked-changes"
            | b"office:annotation"
            | b"text:note-citation"
            | b"text:table-of-content"
            | b"text:alphabetical-index"
            | b"text:illustration-index"
            | b"text:table-index"
            | b"text:object-index"
            | b"text:user-index"
            | b"svg:title"
            | b"svg:desc"
                if has_content =>
            {
                self.skip = 1
            }
            b"text:p" | b"text:h" if has_content => {
                let heading = (e.name().as_ref() == b"text:h").then(|| {
                    attr(e, b"outline-level")
                        .and_then(|l| l.parse::<u8>().ok())
                        .unwrap_or(1)
                });
                let on = styled();
                self.italic.push(on);
                self.open.push(Block::new(heading));
            }
            b"text:span" | b"text:a" if has_content => {
                let on = styled();
                self.italic.push(on);
            }
            b"text:note" if has_content => {
                self.cited += 1;
                if let Some(block) = self.open.last_mut() {
                    block.push_marker(self.cited);
                }
                self.notes.push(self.cited);
            }
            b"text:s" | b"text:tab" | b"text:line-break" => {
                if let Some(block) = self.open.last_mut() {
                    block.push(" ", italic);
                }
            }
            _ => {}
        }
    }
}
