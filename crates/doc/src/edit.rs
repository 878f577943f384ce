//! Edits in source coordinates, and cleaned text that remembers where each byte came from.
//!
//! Every cleaning stage proposes [`Edit`]s: a source byte range and what to put in its place. The
//! assembly stage applies them to a span of the source in one pass ([`apply`]) and gets a [`Mapped`]
//! text, which maps any offset of the cleaned text back to the source. Edits that overlap one already
//! applied are dropped, so each stage can propose freely; only applied edits reach the repair log.

use crate::{Repair, RepairKind};
use std::ops::Range;

/// One proposed change of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    /// The source bytes replaced (char boundaries).
    pub range: Range<usize>,
    /// What replaces them.
    pub replacement: String,
    /// The repair to log when applied; `None` for silent edits such as line joins.
    pub kind: Option<RepairKind>,
}

impl Edit {
    /// A logged edit.
    pub(crate) fn new(range: Range<usize>, replacement: impl Into<String>, kind: RepairKind) -> Edit {
        Edit {
            range,
            replacement: replacement.into(),
            kind: Some(kind),
        }
    }

    /// An edit that is not logged (joining the lines of a paragraph).
    pub(crate) fn silent(range: Range<usize>, replacement: impl Into<String>) -> Edit {
        Edit {
            range,
            replacement: replacement.into(),
            kind: None,
        }
    }
}

/// A piece of cleaned text: copied from the source, or put in by an edit.
#[derive(Debug, Clone, Copy)]
struct Piece {
    clean: usize,
    src: usize,
    src_len: usize,
    copied: bool,
}

/// Cleaned text with its map back to the source.
#[derive(Debug, Clone)]
pub(crate) struct Mapped {
    /// The cleaned text.
    pub text: String,
    pieces: Vec<Piece>,
    /// Source offset the text starts at (where an empty text maps).
    origin: usize,
}

impl Mapped {
    fn piece_at(&self, clean: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.clean <= clean);
        i.checked_sub(1).map(|i| &self.pieces[i])
    }

    /// Source offset of the character starting at `clean`.
    pub(crate) fn src_start(&self, clean: usize) -> usize {
        match self.piece_at(clean) {
            Some(p) if p.copied => p.src + (clean - p.clean),
            Some(p) => p.src,
            None => self.origin,
        }
    }

    /// Source offset just after the character ending at `clean`.
    pub(crate) fn src_end(&self, clean: usize) -> usize {
        let Some(last) = self.text[..clean].chars().next_back() else {
            return self.src_start(clean);
        };
        let at = clean - last.len_utf8();
        match self.piece_at(at) {
            Some(p) if p.copied => p.src + (clean - p.clean),
            Some(p) => p.src + p.src_len,
            None => self.origin,
        }
    }
}

/// Applies `edits` to `source[span]`, logging applied edits that carry a kind into `log`.
///
/// Edits outside the span or overlapping an earlier applied edit are skipped.
pub(crate) fn apply(source: &str, span: Range<usize>, edits: &mut [Edit], log: &mut Vec<Repair>) -> Mapped {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = Mapped {
        text: String::new(),
        pieces: Vec::new(),
        origin: span.start,
    };
    let mut cursor = span.start;
    let copy = |out: &mut Mapped, range: Range<usize>| {
        if range.start < range.end {
            out.pieces.push(Piece {
                clean: out.text.len(),
                src: range.start,
                src_len: range.len(),
                copied: true,
            });
            out.text.push_str(&source[range]);
        }
    };
    for edit in edits.iter() {
        let r = &edit.range;
        if r.start < cursor || r.end > span.end || r.start > r.end {
            continue;
        }
        copy(&mut out, cursor..r.start);
        if let Some(kind) = edit.kind {
            log.push(Repair {
                kind,
                original: source[r.clone()].to_owned(),
                replacement: edit.replacement.clone(),
                offset: r.start,
            });
        }
        if edit.replacement == source[r.clone()] {
            copy(&mut out, r.clone());
        } else if !edit.replacement.is_empty() {
            out.pieces.push(Piece {
                clean: out.text.len(),
                src: r.start,
                src_len: r.len(),
                copied: false,
            });
            out.text.push_str(&edit.replacement);
        }
        cursor = r.end;
    }
    copy(&mut out, cursor..span.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_back_through_edits() {
        let src = "ab-\ncd ¹ef";
        let mut edits = vec![
            Edit::new(2..4, "", RepairKind::SplitWord),
            Edit::new(7..9, "", RepairKind::FootnoteMarker),
            Edit::silent(3..5, "X"), // overlaps the first: dropped
        ];
        let mut log = Vec::new();
        let m = apply(src, 0..src.len(), &mut edits, &mut log);
        assert_eq!(m.text, "abcd ef");
        assert_eq!(log.len(), 2);
        assert_eq!(m.src_start(2), 4); // 'c'
        assert_eq!(m.src_end(2), 2); // after 'b'
        assert_eq!(m.src_start(5), 9); // 'e'
        assert_eq!(m.src_end(m.text.len()), src.len());
    }

    #[test]
    fn replacement_maps_to_its_whole_range() {
        let src = "x*y";
        let mut edits = vec![Edit::silent(1..2, "--")];
        let m = apply(src, 0..3, &mut edits, &mut Vec::new());
        assert_eq!(m.text, "x--y");
        assert_eq!(m.src_start(2), 1);
        assert_eq!(m.src_end(3), 2);
    }
}
