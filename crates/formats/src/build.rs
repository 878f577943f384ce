//! The extracted text: blocks of the body and of each note, laid out the way the document model
//! reads a text, with the side information (headings, italics) kept as offsets into it.
//!
//! Layout: body blocks (headings and paragraphs) each on one line, separated by blank lines; a note
//! reference is a superscript number where it stands (`…in 2004.¹²`); after the body, each note is
//! a paragraph opening with its superscript number (`¹² See …`), its own paragraphs on following
//! lines. That is exactly the layout `steppe_doc` recognises, so the markers, note numbers and
//! sentence offsets come out of [`steppe_doc::Document::parse`] unchanged for every format.

use crate::{Extracted, Heading, InputFormat, Span};

const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// `12` → `¹²`.
pub(crate) fn superscript(n: u32) -> String {
    n.to_string()
        .bytes()
        .map(|b| SUPERSCRIPT[usize::from(b - b'0')])
        .collect()
}

/// A heading or paragraph being filled.
#[derive(Debug, Default, Clone)]
pub(crate) struct Block {
    /// Heading level (1 = top), `None` for a paragraph.
    pub heading: Option<u8>,
    text: String,
    italics: Vec<(usize, usize)>,
}

impl Block {
    /// An empty heading (`Some(level)`) or paragraph (`None`).
    pub fn new(heading: Option<u8>) -> Block {
        Block {
            heading,
            ..Block::default()
        }
    }

    /// Appends text; every run of spaces, tabs and line ends becomes one space, none at the start
    /// (no-break and other typographic spaces are kept as they are).
    pub fn push(&mut self, s: &str, italic: bool) {
        for c in s.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{B}' | '\u{C}') {
                if !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
                continue;
            }
            if matches!(c, '\u{AD}' | '\u{200B}' | '\u{FEFF}') {
                continue;
            }
            let at = self.text.len();
            self.text.push(c);
            if italic {
                match self.italics.last_mut() {
                    Some(last) if last.1 == at || (last.1 + 1 == at && self.text[last.1..at] == *" ") => {
                        last.1 = self.text.len()
                    }
                    _ => self.italics.push((at, self.text.len())),
                }
            }
        }
    }

    /// Appends a note reference: the note's number in superscript.
    pub fn push_marker(&mut self, number: u32) {
        self.text.push_str(&superscript(number));
    }

    fn finish(mut self) -> Block {
        let trimmed = self.text.trim_end().len();
        self.text.truncate(trimmed);
        self.italics.retain_mut(|r| {
            r.1 = r.1.min(trimmed);
            r.0 < r.1
        });
        self
    }

    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Collects the blocks of a document: body blocks in order, notes by their number.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    body: Vec<Block>,
    notes: Vec<Vec<Block>>,
}

impl Builder {
    /// Adds a finished block to the body, or to note `note` (1-based) when given.
    pub fn add(&mut self, block: Block, note: Option<u32>) {
        let block = block.finish();
        if block.is_empty() {
            return;
        }
        match note {
            None => self.body.push(block),
            Some(n) => {
                let i = n as usize - 1;
                if self.notes.len() <= i {
                    self.notes.resize_with(i + 1, Vec::new);
                }
                self.notes[i].push(block);
            }
        }
    }

    /// Lays the blocks out as text (see the module documentation).
    pub fn finish(self, format: InputFormat) -> Extracted {
        let mut out = Extracted {
            format,
            text: String::new(),
            headings: Vec::new(),
            italics: Vec::new(),
        };
        for block in &self.body {
            if !out.text.is_empty() {
                out.text.push_str("\n\n");
            }
            let start = out.text.len();
            append(&mut out, block);
            if let Some(level) = block.heading {
                out.headings.push(Heading {
                    level,
                    start,
                    end: out.text.len(),
                });
            }
        }
        for (i, note) in self.notes.iter().enumerate() {
            for (j, block) in note.iter().enumerate() {
                if j == 0 {
                    out.text.push_str("\n\n");
                    out.text.push_str(&superscript(i as u32 + 1));
                    out.text.push(' ');
                } else {
                    out.text.push('\n');
                }
                append(&mut out, block);
            }
        }
        if !out.text.is_empty() {
            out.text.push('\n');
        }
        out
    }
}

fn append(out: &mut Extracted, block: &Block) {
    let start = out.text.len();
    out.text.push_str(&block.text);
    out.italics.extend(block.italics.iter().map(|&(s, e)| Span {
        start: start + s,
        end: start + e,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_the_doc_model_reads() {
        let mut b = Builder::default();
        let mut h = Block::new(Some(1));
        h.push("  A  heading\n", false);
        b.add(h, None);
        let mut p = Block::default();
        p.push("See ", false);
        p.push("Voprosy", true);
        p.push(" ", true);
        p.push("istorii", true);
        p.push(".", false);
        p.push_marker(12);
        b.add(p, None);
        let mut n = Block::default();
        n.push("A note.", false);
        b.add(n, Some(1));
        b.add(Block::default(), None);
        let x = b.finish(InputFormat::Docx);
        assert_eq!(x.text, "A heading\n\nSee Voprosy istorii.¹²\n\n¹ A note.\n");
        assert_eq!(&x.text[x.headings[0].start..x.headings[0].end], "A heading");
        assert_eq!(x.italics.len(), 1);
        assert_eq!(&x.text[x.italics[0].start..x.italics[0].end], "Voprosy istorii");
    }
}
