//! The assembly: runs the stages over the classified lines and builds the [`Document`].
//!
//! Lines → paragraph units (runs of text lines) → units rejoined across page breaks → edits from
//! every stage → cleaned, mapped text → sentences. Footnote bodies go the same way, then are
//! de-duplicated and resolved, and the markers found in the text are attached to them.

use crate::edit::{self, Edit, Mapped};
use crate::footnote::{self, RawNote};
use crate::hyphen::{self, Vocab};
use crate::lines::{self, Line, LineKind};
use crate::marker::{self, Marker};
use crate::{clean, dropcap, split};
use crate::{Document, Footnote, Lang, Paragraph, Repair, RepairKind, Sentence};
use std::collections::BTreeMap;

/// Drop caps open an article: only the first paragraph starting in lower case among this many
/// is checked.
const DROP_CAP_WITHIN: usize = 8;
/// Longest line taken for a heading.
const HEADING_MAX_CHARS: usize = 80;
impl Document {
    /// Parses source text into a document: paragraphs, sentences and footnotes with byte spans into
    /// `source`, and the log of every repair. Never fails: any text gives a document.
    ///
    /// ```
    /// use steppe_doc::{Document, Lang, RepairKind};
    /// let src = "The U.S. team wrote it.¹ It was slight-\nest.\n\n12 ·\n\n¹ Ibid.\n";
    /// let doc = Document::parse("x.txt", src, Lang::En);
    /// assert_eq!(doc.sentences[0].text, "The U.S. team wrote it.");
    /// assert_eq!(doc.sentences[1].text, "It was slightest.");
    /// assert_eq!(doc.footnotes[0].markers, [src.find('¹').unwrap()]);
    /// assert!(doc.repairs.iter().any(|r| r.kind == RepairKind::PageNumber && r.original == "12 ·"));
    /// ```
    pub fn parse(file: &str, source: &str, lang: Lang) -> Document {
        let lines = lines::classify(source);
        let mut log: Vec<Repair> = lines
            .iter()
            .filter_map(|l| match l.kind {
                LineKind::Removed(kind) => Some(Repair {
                    kind,
                    original: l.text(source).to_owned(),
                    replacement: String::new(),
                    offset: l.start,
                }),
                _ => None,
            })
            .collect();
        let raw_notes = footnote::collect(source, &lines, &mut log);
        let markers = marker::find(source, &lines, &raw_notes);
        let vocab = Vocab::build(
            lines
                .iter()
                .filter(|l| is_content(l.kind))
                .map(|l| l.text(source)),
        );

        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let units = rejoin(source, &lines, units(source, &lines));
        let drop_cap_at = units
            .iter()
            .take(DROP_CAP_WITHIN)
            .position(|u| lines[u[0]].text(source).starts_with(char::is_lowercase));
        for (k, unit) in units.iter().enumerate() {
            let here = Some(k) == drop_cap_at;
            let mapped = build_paragraph(source, &lines, unit, here, &markers, &vocab, &mut log);
            let Some((start, end, text)) = trimmed(&mapped, 0..mapped.text.len()) else {
                continue;
            };
            let index = paragraphs.len();
            for span in split::sentences(&mapped.text, lang) {
                if let Some((s, e, t)) = trimmed(&mapped, span) {
                    sentences.push(Sentence {
                        index: sentences.len(),
                        paragraph: index,
                        text: t,
                        start: s,
                        end: e,
                    });
                }
            }
            paragraphs.push(Paragraph {
                index,
                text,
                start,
                end,
            });
        }

        let footnotes = build_notes(source, raw_notes, &markers, &vocab, &mut log);
        log.sort_by_key(|r| r.offset);
        Document {
            file: file.to_owned(),
            source: source.to_owned(),
            paragraphs,
            sentences,
            footnotes,
            repairs: log,
        }
    }
}

/// Lines whose words count in the document's vocabulary.
fn is_content(kind: LineKind) -> bool {
    matches!(
        kind,
        LineKind::Text | LineKind::Item | LineKind::Note(_) | LineKind::NoteCont
    )
}

/// The trimmed text of `mapped[span]` with its source span, or `None` if blank.
fn trimmed(mapped: &Mapped, span: std::ops::Range<usize>) -> Option<(usize, usize, String)> {
    let piece = &mapped.text[span.clone()];
    let text = piece.trim();
    if text.is_empty() {
        return None;
    }
    let from = span.start + (piece.len() - piece.trim_start().len());
    let to = from + text.len();
    Some((mapped.src_start(from), mapped.src_end(to), text.to_owned()))
}

/// Runs of text lines: a list item starts a run, and so does a line indented deeper than the
/// previous one when that one ends a sentence or is a heading (paragraphs without blank lines
/// between them); blank lines and footnotes end a run; removed lines inside a run (a running head
/// in mid-paragraph) do not.
fn units(source: &str, lines: &[Line]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    for (i, line) in lines.iter().enumerate() {
        // An indented line after a finished sentence or a heading line starts a paragraph.
        let indented = || {
            out.last().is_some_and(|u| {
                let p = u[u.len() - 1];
                let text = lines[p].text(source);
                line.indent > lines[p].indent
                    && (split::ends_sentence(text) || (u.len() == 1 && is_heading(text)))
            })
        };
        match line.kind {
            LineKind::Text if open && !indented() => out.last_mut().into_iter().for_each(|u| u.push(i)),
            LineKind::Text | LineKind::Item => {
                out.push(vec![i]);
                open = true;
            }
            LineKind::Removed(_) => {}
            _ => open = false,
        }
    }
    out
}

/// A one-line unit that reads like a heading: short, most words capitalised
/// (`NATO's Central Asian Diplomacy`, `SYNOPSIS`). A page break after it is not inside a paragraph.
fn is_heading(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
        .count();
    text.chars().count() <= HEADING_MAX_CHARS && capitalised * 2 > words.len()
}

/// Joins units split by a page break: a unit that does not end a sentence (or is followed by one
/// starting in lower case), when footnotes or a running head stand between them.
fn rejoin(source: &str, lines: &[Line], units: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for unit in units {
        let first = unit[0];
        let join = out.last().is_some_and(|prev| {
            let last = prev[prev.len() - 1];
            let between = &lines[last + 1..first];
            let interrupted = between.iter().any(|l| {
                matches!(
                    l.kind,
                    LineKind::Note(_)
                        | LineKind::NoteCont
                        | LineKind::Removed(RepairKind::RunningHead | RepairKind::PageNumber)
                )
            }) && !between
                .iter()
                .any(|l| l.kind == LineKind::Removed(RepairKind::Separator));
            let ends = split::ends_sentence(lines[last].text(source));
            let next = lines[first].text(source);
            interrupted
                && lines[first].kind == LineKind::Text
                && !(prev.len() == 1 && is_heading(lines[last].text(source)))
                && (!ends || next.starts_with(char::is_lowercase))
        });
        match out.last_mut() {
            Some(prev) if join => prev.extend(unit),
            _ => out.push(unit),
        }
    }
    out
}

/// The edits of every stage that works inside one line (`span` of the source).
fn inline_edits(source: &str, span: std::ops::Range<usize>, vocab: &Vocab, edits: &mut Vec<Edit>) {
    let text = &source[span.clone()];
    hyphen::line_edits(text, span.start, vocab, edits);
    let runs: Vec<(usize, &str)> = crate::words::letter_runs(text).collect();
    hyphen::spaced_split_edits(text, &runs, span.start, vocab, edits);
    hyphen::glued_edits(text, &runs, span.start, vocab, edits);
    clean::markup_edits(text, span.start, edits);
    clean::char_edits(text, span.start, edits);
}

/// Cleans one paragraph: line joins, hyphens, glued words, markup, markers, and, when
/// `drop_cap_here`, a dropped initial.
fn build_paragraph(
    source: &str,
    lines: &[Line],
    unit: &[usize],
    drop_cap_here: bool,
    markers: &[Marker],
    vocab: &Vocab,
    log: &mut Vec<Repair>,
) -> Mapped {
    let mut edits = Vec::new();
    for pair in unit.windows(2) {
        let (a, b) = (&lines[pair[0]], &lines[pair[1]]);
        let mut edit = hyphen::line_join(source, a.end..b.start, vocab);
        let page_break = lines[pair[0] + 1..pair[1]]
            .iter()
            .any(|l| l.kind != LineKind::Blank)
            || source[a.end..b.start].contains("\n\n");
        if page_break && edit.kind.is_none() {
            edit.kind = Some(RepairKind::ParagraphRejoin);
        }
        edits.push(edit);
    }
    for &i in unit {
        inline_edits(source, lines[i].start..lines[i].end, vocab, &mut edits);
    }
    let (start, end) = (lines[unit[0]].start, lines[unit[unit.len() - 1]].end);
    let inside: Vec<Marker> = markers
        .iter()
        .filter(|m| m.range.start >= start && m.range.end <= end)
        .cloned()
        .collect();
    clean::marker_edits(source, &inside, &mut edits);
    let first = &lines[unit[0]];
    if drop_cap_here {
        if let Some(edit) = dropcap::drop_cap(first.text(source), first.start, vocab) {
            edits.push(edit);
        }
    }
    edit::apply(source, start..end, &mut edits, log)
}

/// Cleans the footnote bodies, drops duplicates, resolves `Ibid.` and attaches the markers.
fn build_notes(
    source: &str,
    raw: Vec<RawNote>,
    markers: &[Marker],
    vocab: &Vocab,
    log: &mut Vec<Repair>,
) -> Vec<Footnote> {
    let mut logs: BTreeMap<usize, Vec<Repair>> = BTreeMap::new();
    let mut notes = Vec::with_capacity(raw.len());
    for note in raw {
        let mut edits: Vec<Edit> = Vec::new();
        for pair in note.lines.windows(2) {
            edits.push(hyphen::line_join(source, pair[0].end..pair[1].start, vocab));
        }
        for span in &note.lines {
            inline_edits(source, span.clone(), vocab, &mut edits);
        }
        let body = note.lines[0].start..note.lines[note.lines.len() - 1].end;
        let own = logs.entry(note.start).or_default();
        let mapped = edit::apply(source, body.clone(), &mut edits, own);
        let (text, end) = match trimmed(&mapped, 0..mapped.text.len()) {
            Some((_, end, text)) => (text, end),
            None => (String::new(), body.end.max(note.start)),
        };
        notes.push(Footnote {
            number: note.number,
            text,
            markers: Vec::new(),
            resolved_from: None,
            start: note.start,
            end,
        });
    }
    let mut notes = footnote::finish(source, notes, log);
    for note in &notes {
        log.extend(logs.remove(&note.start).unwrap_or_default());
    }
    for m in markers {
        let same: Vec<usize> = (0..notes.len())
            .filter(|&i| notes[i].number == m.number)
            .collect();
        let target = same
            .iter()
            .find(|&&i| notes[i].start > m.range.start)
            .or(same.last());
        if let Some(&i) = target {
            notes[i].markers.push(m.range.start);
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(source: &str) -> Vec<String> {
        Document::parse("t", source, Lang::En)
            .paragraphs
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn indented_lines_start_paragraphs() {
        let src = "  First one\nwraps here.\n  Second one\nwraps. Not here\n  nor here.\n";
        assert_eq!(
            paragraphs(src),
            ["First one wraps here.", "Second one wraps. Not here nor here."]
        );
    }

    #[test]
    fn page_break_rejoin_needs_an_interruption() {
        // Footnotes between: joined. Nothing between: two paragraphs.
        let src = "It went on\n\n¹ A note.\n\n17\n\nand on.\n\nA title\n\nnext text.\n";
        assert_eq!(paragraphs(src), ["It went on and on.", "A title", "next text."]);
        // A separator is a deliberate break.
        assert_eq!(paragraphs("It went on\n\n* * *\n\nand on.\n").len(), 2);
        // A heading before the break stays a heading.
        let src = "Text ends.\n\nThe Second Part\n\n¹ A note.\n\nThe text of part two.\n";
        assert_eq!(
            paragraphs(src),
            ["Text ends.", "The Second Part", "The text of part two."]
        );
    }

    #[test]
    fn plain_number_notes_throughout() {
        let src = "It began in 1991.1 It went on, as 2 men said.2 Then it grew.3\n\n\
                   1 See: A. Author, Book, 2001.\n2 Ibid.\n3 B. Writer, Other Book, Moscow, 2004, p. 3.\n";
        let doc = Document::parse("t", src, Lang::En);
        let got: Vec<(u32, Vec<usize>, Option<u32>)> = doc
            .footnotes
            .iter()
            .map(|f| (f.number, f.markers.clone(), f.resolved_from))
            .collect();
        let at = |s: &str| src.find(s).unwrap() + s.len() - 1;
        assert_eq!(
            got,
            [
                (1, vec![at("1991.1")], None),
                (2, vec![at("said.2")], Some(1)),
                (3, vec![at("grew.3")], None)
            ]
        );
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentences[1].text, "It went on, as 2 men said.");
    }

    #[test]
    fn bracketed_endnotes_ru() {
        let src = "Текст статьи [1] и ещё текст [2]. Конец.\n\nПримечания\n\n\
                   [1] См.: И. Иванов. Книга. М., 2001. С. 5.\n[2] Там же. С. 7.\n";
        let doc = Document::parse("t", src, Lang::Ru);
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(sentences, ["Текст статьи и ещё текст.", "Конец.", "Примечания"]);
        let notes: Vec<(u32, Vec<usize>, Option<u32>)> = doc
            .footnotes
            .iter()
            .map(|f| (f.number, f.markers.clone(), f.resolved_from))
            .collect();
        assert_eq!(
            notes,
            [
                (1, vec![src.find("[1]").unwrap()], None),
                (2, vec![src.find("[2]").unwrap()], Some(1))
            ]
        );
    }

    #[test]
    fn heads_inside_a_paragraph_are_cut_out() {
        let src = "The text runs\n— 12 —\nacross the page.\n";
        let doc = Document::parse("t", src, Lang::En);
        assert_eq!(doc.paragraphs[0].text, "The text runs across the page.");
        assert!(doc
            .repairs
            .iter()
            .any(|r| r.kind == RepairKind::PageNumber && r.original == "— 12 —"));
    }
}
