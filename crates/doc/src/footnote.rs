//! Footnotes: bodies at the foot of pages, markers in the text, duplicates, `Ibid.`
//!
//! A body starts a line with its number: superscript (`¹ See…`), bracketed (`[1] See…`) or plain
//! (`12 See…`), the last only as the next number and, unless other bodies precede it, when it reads
//! like a reference. Lines that follow a body without a blank line (or a page head) continue it. A body glued to the end of the previous one (`… p. 147. ⁶ Rad van…`) is split off;
//! a body printed twice is kept once (the longer copy); `Ibid.`-style bodies (`data/ibid.txt`) point
//! at the reference they repeat. The markers in the text are found in `marker.rs`.

use crate::lines::{Line, LineKind};
use crate::{tables, Footnote, Repair, RepairKind};
use std::ops::Range;

/// Superscript digits, indexed by value.
pub(crate) const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
/// Largest footnote number taken seriously (guards against years and page numbers).
const MAX_NOTE: u32 = 999;
/// Shortest common start (in letters and digits) for two bodies to count as one note printed twice.
const SAME_NOTE_PREFIX: usize = 24;

/// The number at the start of a footnote body and where the body text begins (relative to the line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NoteStart {
    /// The footnote's number.
    pub number: u32,
    /// Byte length of the number and the whitespace after it.
    pub len: usize,
}

/// A footnote body as found: lines in the source, not yet cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawNote {
    /// Its number.
    pub number: u32,
    /// Source offset of the number.
    pub start: usize,
    /// Source spans of its text lines; the first starts after the number.
    pub lines: Vec<Range<usize>>,
}

/// The value of a run of superscript digits at the start of `s`, and its byte length.
pub(crate) fn superscript_at(s: &str) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    for c in s.chars() {
        let Some(d) = SUPERSCRIPT.iter().position(|&x| x == c) else {
            break;
        };
        value = value.saturating_mul(10).saturating_add(d as u32);
        len += c.len_utf8();
    }
    (len > 0 && (1..=MAX_NOTE).contains(&value)).then_some((value, len))
}

/// Parses `s` as a decimal note number.
pub(crate) fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| (1..=MAX_NOTE).contains(n))
}

/// Recognises the start of a footnote body. `next` is the number the next body should carry;
/// `in_notes` says the line follows other bodies. A plain number (`12 See…`) must be `next`, and
/// outside the notes the text must read like a reference ([`reads_like_reference`]).
pub(crate) fn body_start(line: &str, next: u32, in_notes: bool) -> Option<NoteStart> {
    let after = |len: usize| {
        let rest = &line[len..];
        let body = rest.trim_start();
        (body.len() < rest.len() || body.starts_with(|c: char| c.is_alphabetic() || c == '"' || c == '«'))
            .then(|| line.len() - body.len())
    };
    if let Some((n, len)) = superscript_at(line) {
        return after(len).map(|len| NoteStart { number: n, len });
    }
    if let Some(rest) = line.strip_prefix('[') {
        let close = rest.find(']')?;
        let n = number(&rest[..close])?;
        let len = 1 + close + 1;
        return line[len..].starts_with(' ').then(|| NoteStart {
            number: n,
            len: len + 1,
        });
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let n = number(&line[..digits])?;
    let rest = line[digits..]
        .strip_prefix(". ")
        .or_else(|| line[digits..].strip_prefix(' '))?;
    (n == next && rest.starts_with(char::is_uppercase) && (in_notes || reads_like_reference(rest))).then(
        || NoteStart {
            number: n,
            len: line.len() - rest.len(),
        },
    )
}

/// Whether a body reads like a bibliographic note: it opens with a word from
/// `data/note-openers.txt` (`See`, `См.`), with an initial (`V. Shtol`), or it holds a year and two
/// commas (`Title, City, 2004`).
fn reads_like_reference(body: &str) -> bool {
    let first = body.split_whitespace().next().unwrap_or("");
    let word = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    let initial = {
        let mut cs = first.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    let year = body
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("18") || d.starts_with("19") || d.starts_with("20")));
    tables::note_openers().contains(word) || initial || (year && body.matches(',').count() >= 2)
}

/// Gathers the footnote bodies from classified lines, splitting glued ones (logged in `log`).
pub(crate) fn collect(source: &str, lines: &[Line], log: &mut Vec<Repair>) -> Vec<RawNote> {
    let mut notes: Vec<RawNote> = Vec::new();
    for line in lines {
        match line.kind {
            LineKind::Note(start) => notes.push(RawNote {
                number: start.number,
                start: line.start,
                lines: std::iter::once(line.start + start.len..line.end).collect(),
            }),
            LineKind::NoteCont => {
                if let Some(note) = notes.last_mut() {
                    note.lines.push(line.start..line.end);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(notes.len());
    for note in notes {
        split_glued(source, note, &mut out, log);
    }
    out
}

/// Splits `note` where the next number's superscript follows a space, pushing the parts to `out`.
fn split_glued(source: &str, mut note: RawNote, out: &mut Vec<RawNote>, log: &mut Vec<Repair>) {
    while let Some((li, space, split, n, len)) = find_glued(source, &note) {
        let span = note.lines[li].clone();
        log.push(Repair {
            kind: RepairKind::GluedFootnote,
            original: source[space..split + len].to_owned(),
            replacement: format!("\n{}", &source[split..split + len]),
            offset: space,
        });
        let mut rest_lines: Vec<_> = std::iter::once((split + len + 1).min(span.end)..span.end).collect();
        rest_lines.extend(note.lines.drain(li + 1..));
        note.lines[li].end = span.start + source[span.start..space].trim_end().len();
        out.push(std::mem::replace(
            &mut note,
            RawNote {
                number: n,
                start: split,
                lines: rest_lines,
            },
        ));
    }
    out.push(note);
}

/// The first place in `note` where the next number's superscript follows whitespace:
/// (line index, whitespace offset, marker offset, number, marker length).
fn find_glued(source: &str, note: &RawNote) -> Option<(usize, usize, usize, u32, usize)> {
    for (li, span) in note.lines.iter().enumerate() {
        let text = &source[span.clone()];
        for (i, c) in text.char_indices() {
            if i == 0 || !c.is_whitespace() {
                continue;
            }
            let at = i + c.len_utf8();
            let Some((n, len)) = superscript_at(&text[at..]) else {
                continue;
            };
            if n == note.number + 1 && text[at + len..].starts_with(' ') {
                return Some((li, span.start + i, span.start + at, n, len));
            }
        }
    }
    None
}

/// Letters and digits of `text`, lower-cased: the form under which copies are compared.
fn fingerprint(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Sorts notes by number, drops the shorter copy of notes printed twice (logged), and resolves
/// `Ibid.` bodies.
pub(crate) fn finish(source: &str, mut notes: Vec<Footnote>, log: &mut Vec<Repair>) -> Vec<Footnote> {
    notes.sort_by_key(|n| (n.number, n.start));
    let mut kept: Vec<Footnote> = Vec::with_capacity(notes.len());
    for note in notes {
        if let Some(prev) = kept.last_mut().filter(|p| p.number == note.number) {
            let (a, b) = (fingerprint(&prev.text), fingerprint(&note.text));
            let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            let shorter = a.chars().count().min(b.chars().count());
            if common == shorter || common >= SAME_NOTE_PREFIX {
                let dropped = if b.len() > a.len() {
                    std::mem::replace(prev, note)
                } else {
                    note
                };
                log.push(Repair {
                    kind: RepairKind::DuplicateFootnote,
                    original: source[dropped.start..dropped.end].to_owned(),
                    replacement: String::new(),
                    offset: dropped.start,
                });
                continue;
            }
        }
        kept.push(note);
    }
    for i in 1..kept.len() {
        if is_ibid(&kept[i].text) {
            let prev = &kept[i - 1];
            kept[i].resolved_from = Some(prev.resolved_from.unwrap_or(prev.number));
        }
    }
    kept
}

/// Whether a body repeats the previous reference (`Ibid.`, `Ibidem, p. 5`, `Там же.`).
pub(crate) fn is_ibid(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().take(2).collect();
    let strip = |w: &str| w.trim_end_matches([',', '.', ';', ':']).to_owned();
    let one = words.first().map(|w| strip(w)).unwrap_or_default();
    let two = words.iter().map(|w| strip(w)).collect::<Vec<_>>().join(" ");
    let list = tables::ibid();
    [one.clone(), format!("{one}."), two.clone(), format!("{two}.")]
        .iter()
        .any(|w| !w.is_empty() && list.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::classify;

    #[test]
    fn superscripts() {
        assert_eq!(superscript_at("¹²x"), Some((12, 4)));
        assert_eq!(superscript_at("⁰"), None);
        assert_eq!(superscript_at("1"), None);
    }

    #[test]
    fn body_starts() {
        let at = |n, len| Some(NoteStart { number: n, len });
        assert_eq!(body_start("¹ See: X.", 1, false), at(1, 3));
        assert_eq!(body_start("¹²Ibid.", 1, false), at(12, 4));
        assert_eq!(body_start("[3] Там же.", 1, false), at(3, 4));
        assert_eq!(body_start("[www.kisi.kz] site", 1, false), None);
        // A plain number only as the next number: in the notes, or reading like a reference.
        assert_eq!(body_start("12 See: X.", 1, false), None);
        assert_eq!(body_start("12 Years later.", 12, true), at(12, 3));
        assert_eq!(body_start("12. См.: Х.", 12, false), at(12, 4));
        assert_eq!(body_start("1 V. Shtol, Evolution, 2004.", 1, false), at(1, 2));
        assert_eq!(
            body_start("1 Tokaev, Pod stiagom, Almaty, 1997.", 1, false),
            at(1, 2)
        );
        assert_eq!(body_start("1 Years later the town grew.", 1, false), None);
        assert_eq!(body_start("12 apples", 12, true), None);
    }

    #[test]
    fn glued_note_is_split() {
        let src = "¹ A. Author, p. 5. ² B. Writer, p. 7.\n";
        let mut log = Vec::new();
        let notes = collect(src, &classify(src), &mut log);
        let got: Vec<(u32, &str)> = notes
            .iter()
            .map(|n| (n.number, &src[n.lines[0].clone()]))
            .collect();
        assert_eq!(got, [(1, "A. Author, p. 5."), (2, "B. Writer, p. 7.")]);
        assert_eq!(log[0].kind, RepairKind::GluedFootnote);
        // Only the next number splits: a superscript that is not next stays in the body.
        let src = "¹ Area 5 m² ⁴ here\n";
        assert_eq!(collect(src, &classify(src), &mut Vec::new()).len(), 1);
    }

    #[test]
    fn continuation_lines_join_the_body() {
        let src = "¹ First line\ngoes on\n\nText again.\n";
        let notes = collect(src, &classify(src), &mut Vec::new());
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].lines.len(), 2);
    }

    fn note(number: u32, text: &str, start: usize) -> Footnote {
        Footnote {
            number,
            text: text.to_owned(),
            markers: Vec::new(),
            resolved_from: None,
            start,
            end: start,
        }
    }

    #[test]
    fn duplicates_and_ibid() {
        let src = " ".repeat(100);
        let notes = vec![
            note(2, "Ibid., p. 4.", 10),
            note(1, "A. Author, Some Book, Moscow, 2001, p. 5", 0),
            note(3, "Ibidem.", 20),
            note(1, "A. Author, Some Book, Moscow, 2001, p. 5-6.", 30),
            note(4, "Там же.", 40),
        ];
        let mut log = Vec::new();
        let done = finish(&src, notes, &mut log);
        let got: Vec<(u32, Option<u32>, usize)> = done
            .iter()
            .map(|n| (n.number, n.resolved_from, n.start))
            .collect();
        assert_eq!(
            got,
            [
                (1, None, 30),
                (2, Some(1), 10),
                (3, Some(1), 20),
                (4, Some(1), 40)
            ]
        );
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].kind, RepairKind::DuplicateFootnote);
        // Two different bodies under one number (numbering restarts) both stay.
        let notes = vec![
            note(1, "A. Author, Book One.", 0),
            note(1, "B. Writer, Other Book.", 10),
        ];
        assert_eq!(finish(&src, notes, &mut Vec::new()).len(), 2);
    }

    #[test]
    fn ibid_forms() {
        for text in [
            "Ibid.",
            "Ibidem.",
            "ibid., p. 5",
            "Там же.",
            "Там же, с. 7.",
            "Ibid",
        ] {
            assert!(is_ibid(text), "{text}");
        }
        for text in ["Ibidemque", "See: Ibid.", "Там", "Ibis"] {
            assert!(!is_ibid(text), "{text}");
        }
    }
}
