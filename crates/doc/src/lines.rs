//! Stage 1: the source as classified lines.
//!
//! Each line gets a [`LineKind`]: blank, text, list item, the start of a footnote body, or a line to
//! remove (running head, page number, separator). Later stages group the kept lines into
//! paragraphs and footnotes.

use crate::footnote::{body_start, NoteStart};
use crate::{heads, RepairKind};

/// Bullets that start a list item.
const BULLETS: &[&str] = &["- ", "– ", "— ", "• ", "· ", "* ", "▪ ", "◦ "];

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Only whitespace.
    Blank,
    /// Body text.
    Text,
    /// A list item (starts with a bullet).
    Item,
    /// The first line of a footnote body.
    Note(NoteStart),
    /// A line continuing the footnote body above it (no blank line between).
    NoteCont,
    /// A line removed as an artefact of the page layout.
    Removed(RepairKind),
}

/// One line of the source: its span without surrounding whitespace, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// Byte offset of the first non-blank character.
    pub start: usize,
    /// Byte offset after the last non-blank character.
    pub end: usize,
    /// Width of the leading whitespace (in characters): an indented first line starts a paragraph.
    pub indent: usize,
    /// What the line is.
    pub kind: LineKind,
}

impl Line {
    /// The line's text.
    pub(crate) fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Splits `source` into classified lines.
pub(crate) fn classify(source: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut last_note: Option<u32> = None;
    // The last kept line belonged to a footnote / no blank line since it.
    let (mut after_note, mut in_note) = (false, false);
    for raw in source.split('\n') {
        let lead = raw.len() - raw.trim_start().len();
        let text = raw.trim();
        let start = offset + lead;
        let next = last_note.map_or(1, |n| n + 1);
        let kind = if text.is_empty() {
            LineKind::Blank
        } else if heads::is_decoration(text) {
            LineKind::Removed(RepairKind::Separator)
        } else if heads::is_page_number(text) {
            LineKind::Removed(RepairKind::PageNumber)
        } else if heads::is_issue_line(text) {
            LineKind::Removed(RepairKind::RunningHead)
        } else if let Some(note) = body_start(text, next, after_note) {
            last_note = Some(note.number);
            LineKind::Note(note)
        } else if in_note {
            LineKind::NoteCont
        } else if BULLETS.iter().any(|b| text.starts_with(b)) {
            LineKind::Item
        } else {
            LineKind::Text
        };
        match kind {
            // A blank line or the page's head or number ends the footnotes above it.
            LineKind::Blank | LineKind::Removed(RepairKind::RunningHead | RepairKind::PageNumber) => {
                in_note = false
            }
            LineKind::Removed(_) => {}
            LineKind::Note(_) | LineKind::NoteCont => (after_note, in_note) = (true, true),
            _ => after_note = false,
        }
        lines.push(Line {
            start,
            end: start + text.len(),
            indent: raw[..lead].chars().map(|c| if c == '\t' { 4 } else { 1 }).sum(),
            kind,
        });
        offset += raw.len() + 1;
    }
    mark_repeated_heads(source, &mut lines);
    lines
}

/// Marks short text lines (footnote continuations included: a head may follow the notes without a
/// blank line) repeated on several pages as running heads: at the edge of a text block
/// twice, or anywhere three times (a head that fell inside a paragraph's lines). The document's
/// first line stays unless it holds a number: a title repeated as the running head is still the
/// title on page one.
fn mark_repeated_heads(source: &str, lines: &mut [Line]) {
    let is_blankish =
        |l: Option<&Line>| l.map_or(true, |l| matches!(l.kind, LineKind::Blank | LineKind::Removed(_)));
    // A title on page one carries no page number; a head printed there too usually does.
    let first = lines
        .iter()
        .position(|l| l.kind != LineKind::Blank)
        .filter(|&i| !lines[i].text(source).contains(|c: char| c.is_ascii_digit()));
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| matches!(lines[i].kind, LineKind::Text | LineKind::NoteCont) && Some(i) != first)
        .collect();
    let edge: Vec<bool> = candidates
        .iter()
        .map(|&i| is_blankish(i.checked_sub(1).map(|j| &lines[j])) || is_blankish(lines.get(i + 1)))
        .collect();
    let texts: Vec<&str> = candidates.iter().map(|&i| lines[i].text(source)).collect();
    let counts = heads::repetitions(&texts);
    for (k, &i) in candidates.iter().enumerate() {
        if counts[k] >= 3 || (counts[k] >= 2 && edge[k]) {
            lines[i].kind = LineKind::Removed(RepairKind::RunningHead);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<LineKind> {
        classify(source).into_iter().map(|l| l.kind).collect()
    }

    #[test]
    fn classifies_each_kind() {
        let src = "Text here\n\n17 ·\n¹ A note.\nnote goes on\n\n- item\n* * *\nJOURNAL 17\n\nJOURNAL 18\n";
        use LineKind::*;
        let k = kinds(src);
        assert_eq!(k[0], Text);
        assert_eq!(k[1], Blank);
        assert_eq!(k[2], Removed(RepairKind::PageNumber));
        assert!(matches!(k[3], Note(NoteStart { number: 1, .. })));
        assert_eq!(k[4], NoteCont);
        assert_eq!(k[6], Item);
        assert_eq!(k[7], Removed(RepairKind::Separator));
        assert_eq!(k[8], Removed(RepairKind::RunningHead));
        assert_eq!(k[10], Removed(RepairKind::RunningHead));
    }

    #[test]
    fn heads_inside_blocks_need_three_copies() {
        let src = "one line\nReview 12\ntwo line\n\nthree\nReview 14\nfour\n";
        assert!(kinds(src)
            .iter()
            .all(|&k| k == LineKind::Text || k == LineKind::Blank));
        let src = format!("{src}five\nReview 16\nsix\n");
        assert_eq!(
            kinds(&src)
                .iter()
                .filter(|&&k| k == LineKind::Removed(RepairKind::RunningHead))
                .count(),
            3
        );
    }

    #[test]
    fn a_title_repeated_as_head_stays_on_page_one() {
        let src = "THE TITLE\n\nText.\n\nTHE TITLE\n\nMore text.\n\nTHE TITLE\n";
        let k = kinds(src);
        assert_eq!(k[0], LineKind::Text);
        assert_eq!(k[4], LineKind::Removed(RepairKind::RunningHead));
        assert_eq!(k[8], LineKind::Removed(RepairKind::RunningHead));
    }

    #[test]
    fn a_numbered_head_on_page_one_goes() {
        let src = "REVIEW 61\n\nText.\n\nREVIEW 62\n";
        assert_eq!(kinds(src)[0], LineKind::Removed(RepairKind::RunningHead));
    }

    #[test]
    fn a_page_number_ends_the_notes() {
        let src = "among the\n¹ See: A.\n² Ibid.\n— 12 —\nleaders went on.\n";
        let k = kinds(src);
        assert!(matches!(k[2], LineKind::Note(NoteStart { number: 2, .. })));
        assert_eq!(k[3], LineKind::Removed(RepairKind::PageNumber));
        assert_eq!(k[4], LineKind::Text);
    }

    #[test]
    fn spans_are_trimmed() {
        let src = "  Привет мир  \nx";
        let lines = classify(src);
        assert_eq!(lines[0].text(src), "Привет мир");
        assert_eq!(lines[1].text(src), "x");
    }
}
