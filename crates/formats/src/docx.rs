//! DOCX (Office Open XML): `word/document.xml` for the body, `word/footnotes.xml` and
//! `word/endnotes.xml` for the notes, `word/styles.xml` for which styles are headings or italic.
//!
//! Kept: paragraphs (table cells' and text boxes' too), runs' text, tabs and breaks as spaces,
//! tracked insertions, fields' results; italics from `w:i` or an italic character style;
//! headings from an outline level or a `heading N` style. Dropped: tracked deletions and moves
//! away, field instructions, the fallback copy of alternate content, the notes' separators and
//! their own marks. Notes are numbered in order of reference, footnotes and endnotes in one
//! sequence (the document model has one), as Word numbers footnotes.

use crate::build::{Block, Builder};
use crate::xml::{attr, text, Package};
use crate::{Error, Extracted, InputFormat};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

/// Reads a DOCX package.
pub(crate) fn read<R: Read + Seek>(path: &Path, reader: R) -> Result<Extracted, Error> {
    let mut package = Package::open(path, reader, "DOCX")?;
    if !package.has("word/document.xml") && package.has("content.xml") {
        return Err(Error::part(
            path,
            "word/document.xml",
            "missing: this zip holds content.xml, an OpenDocument file (use --input-format odt)",
        ));
    }
    let mut styles = Styles::default();
    package.stream("word/styles.xml", false, |e, _, _| {
        styles.event(e);
        Ok(())
    })?;
    let mut builder = Builder::default();
    let mut order: Vec<String> = Vec::new();
    let mut walker = Walker::new(&styles);
    package.stream("word/document.xml", true, |e, path, part| {
        walker.event(
            e,
            path,
            part,
            &mut |block, _| builder.add(block, None),
            &mut order,
        )
    })?;
    let mut notes: HashMap<String, Vec<Block>> = HashMap::new();
    for (part, kind) in [("word/footnotes.xml", "f"), ("word/endnotes.xml", "e")] {
        let mut walker = Walker::new(&styles);
        let mut none = Vec::new();
        package.stream(part, false, |e, path, part| {
            walker.event(
                e,
                path,
                part,
                &mut |block, id| notes.entry(format!("{kind}{id}")).or_default().push(block),
                &mut none,
            )
        })?;
    }
    for (i, key) in order.iter().enumerate() {
        for block in notes.remove(key).unwrap_or_default() {
            builder.add(block, Some(i as u32 + 1));
        }
    }
    Ok(builder.finish(InputFormat::Docx))
}

/// What `styles.xml` says: heading levels and italic character styles, by style id.
#[derive(Default)]
struct Styles {
    heading: HashMap<String, u8>,
    italic: std::collections::HashSet<String>,
    current: Option<String>,
    in_rpr: bool,
}

impl Styles {
    fn event(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"style" => self.current = attr(e, b"styleId"),
                b"name" => {
                    let name = attr(e, b"val").unwrap_or_default().to_ascii_lowercase();
                    let level = name.strip_prefix("heading ").and_then(|n| n.parse::<u8>().ok());
                    if let (Some(id), Some(level)) = (&self.current, level) {
                        self.heading.entry(id.clone()).or_insert(level);
                    }
                }
                b"outlineLvl" => {
                    if let (Some(id), Some(level)) = (&self.current, outline(e)) {
                        self.heading.insert(id.clone(), level);
                    }
                }
                b"rPr" if matches!(event, Event::Start(_)) => self.in_rpr = true,
                b"i" if self.in_rpr && on(e) => {
                    if let Some(id) = &self.current {
                        self.italic.insert(id.clone());
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"rPr" => self.in_rpr = false,
                b"style" => self.current = None,
                _ => {}
            },
            _ => {}
        }
    }
}

/// An outline level attribute (`0` = level 1; 9 means body text).
fn outline(e: &BytesStart<'_>) -> Option<u8> {
    let level: u8 = attr(e, b"val")?.parse().ok()?;
    (level < 9).then_some(level + 1)
}

/// Whether a toggle property (`<w:i/>`, `<w:i w:val="0"/>`) is on.
fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, b"val").as_deref(), Some("0" | "false" | "off"))
}

/// Walks one part's events, filling paragraphs.
struct Walker<'s> {
    styles: &'s Styles,
    open: Vec<Block>,
    /// Depth inside an element whose content is dropped.
    skip: usize,
    italic: bool,
    in_ppr: bool,
    in_rpr: bool,
    in_text: bool,
    /// One entry per open field: true until its result starts.
    fields: Vec<bool>,
    /// The note being read (in a notes part).
    note: String,
}

impl<'s> Walker<'s> {
    fn new(styles: &'s Styles) -> Self {
        Walker {
            styles,
            open: Vec::new(),
            skip: 0,
            italic: false,
            in_ppr: false,
            in_rpr: false,
            in_text: false,
            fields: Vec::new(),
            note: String::new(),
        }
    }

    fn event(
        &mut self,
        event: &Event<'_>,
        path: &Path,
        part: &str,
        emit: &mut dyn FnMut(Block, &str),
        order: &mut Vec<String>,
    ) -> Result<(), Error> {
        if self.skip > 0 {
            match event {
                Event::Start(_) => self.skip += 1,
                Event::End(_) => self.skip -= 1,
                _ => {}
            }
            return Ok(());
        }
        match event {
            Event::Start(e) => self.start(e, true, order),
            Event::Empty(e) => self.start(e, false, order),
            Event::End(e) => match e.local_name().as_ref() {
                b"p" => {
                    if let Some(block) = self.open.pop() {
                        emit(block, &self.note);
                    }
                }
                b"r" => self.italic = false,
                b"pPr" => self.in_ppr = false,
                b"rPr" => self.in_rpr = false,
                b"t" => self.in_text = false,
                _ => {}
            },
            Event::Text(t) if self.in_text && !self.fields.last().copied().unwrap_or(false) => {
                let s = text(t, path, part)?;
                if let Some(block) = self.open.last_mut() {
                    block.push(&s, self.italic);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn start(&mut self, e: &BytesStart<'_>, has_content: bool, order: &mut Vec<String>) {
        let italic = self.italic;
        let block = self.open.last_mut();
        match e.local_name().as_ref() {
            b"del" | b"moveFrom" | b"Fallback" | b"instrText" | b"delText" if has_content => self.skip = 1,
            b"footnote" | b"endnote" => {
                self.note = attr(e, b"id").unwrap_or_default();
                let kind = attr(e, b"type").unwrap_or_default();
                if has_content && !kind.is_empty() && kind != "normal" {
                    self.skip = 1;
                }
            }
            b"p" if has_content => self.open.push(Block::default()),
            b"pPr" if has_content => self.in_ppr = true,
            b"rPr" if has_content => self.in_rpr = true,
            b"r" => self.italic = false,
            b"pStyle" => {
                let level = attr(e, b"val").and_then(|id| self.styles.heading.get(&id).copied());
                if let (Some(block), Some(level)) = (block, level) {
                    block.heading = Some(level);
                }
            }
            b"outlineLvl" if self.in_ppr => {
                if let Some(block) = block {
                    block.heading = outline(e);
                }
            }
            b"i" if self.in_rpr && !self.in_ppr => self.italic = on(e),
            b"rStyle" if !self.in_ppr => {
                self.italic |= attr(e, b"val").is_some_and(|id| self.styles.italic.contains(&id))
            }
            b"t" if has_content => self.in_text = true,
            b"tab" | b"br" | b"cr" if !self.in_ppr => {
                if let Some(block) = block {
                    block.push(" ", italic);
                }
            }
            b"noBreakHyphen" => {
                if let Some(block) = block {
                    block.push("-", italic);
                }
            }
            b"fldChar" => match attr(e, b"fldCharType").as_deref() {
                Some("begin") => self.fields.push(true),
                Some("separate") => {
                    if let Some(top) = self.fields.last_mut() {
                        *top = false;
                    }
                }
                Some("end") => {
                    self.fields.pop();
                }
                _ => {}
            },
            b"footnoteReference" | b"endnoteReference" => {
                let kind = if e.local_name().as_ref() == b"footnoteReference" {
                    "f"
                } else {
                    "e"
                };
                let key = format!("{kind}{}", attr(e, b"id").unwrap_or_default());
                let number = match order.iter().position(|k| *k == key) {
                    Some(i) => i + 1,
                    None => {
                        order.push(key);
                        order.len()
                    }
                };
                if let Some(block) = block {
                    block.push_marker(number as u32);
                }
            }
            _ => {}
        }
    }
}
