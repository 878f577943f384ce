//! Footnote markers in the text: superscript digits (`¹`), bracketed numbers (`[12]`) and, where a
//! note has no other marker, a plain number glued to the end of a word or sentence (`foothold.9`).

use crate::footnote::{number, superscript_at, RawNote};
use crate::lines::{Line, LineKind};
use std::collections::HashSet;
use std::ops::Range;

/// A footnote marker found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    /// The note it points at.
    pub number: u32,
    /// Its span in the source.
    pub range: Range<usize>,
}

/// Superscript and bracketed markers in a text line starting at source offset `base`; only numbers
/// for which `has_body` is true count (so `m²` and `[1990]` stay).
pub(crate) fn markers_in(line: &str, base: usize, has_body: &dyn Fn(u32) -> bool) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for (i, c) in line.char_indices() {
        // Superscript digits are never ASCII: most characters need no closer look.
        if i < skip_to || (c.is_ascii() && c != '[') {
            continue;
        }
        if let Some((n, len)) = superscript_at(&line[i..]) {
            skip_to = i + len;
            if has_body(n) && i > 0 {
                out.push(Marker {
                    number: n,
                    range: base + i..base + i + len,
                });
            }
        } else if c == '[' {
            let rest = &line[i + 1..];
            if let Some(n) = rest
                .find(']')
                .and_then(|close| number(&rest[..close]).map(|n| (n, close)))
            {
                if has_body(n.0) {
                    out.push(Marker {
                        number: n.0,
                        range: base + i..base + i + n.1 + 2,
                    });
                }
            }
        }
    }
    out
}

/// Plain trailing-digit markers (`foothold.9`) in a text line: a number glued after a letter or
/// closing punctuation and followed by a space, `,;:.)` or the end.
pub(crate) fn plain_markers_in(line: &str, base: usize) -> Vec<Marker> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || i == 0 {
            i += 1;
            continue;
        }
        let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let before = line[..i].chars().next_back();
        let after = line[end..].chars().next();
        let glued = before.is_some_and(|c| c.is_alphabetic() || ".,;:!?\"”»)".contains(c));
        let free = after.map_or(true, |c| c.is_whitespace() || ",;:.)".contains(c));
        if glued && free {
            if let Some(n) = number(&line[i..end]) {
                out.push(Marker {
                    number: n,
                    range: base + i..base + end,
                });
            }
        }
        i = end;
    }
    out
}

/// Markers in the text lines: superscript and bracketed ones, then plain trailing digits for the
/// notes still without a marker, taken only where exactly one candidate sits after the previous
/// note's marker and before both the next note's marker and the note's own body.
pub(crate) fn find(source: &str, lines: &[Line], notes: &[RawNote]) -> Vec<Marker> {
    let numbers: HashSet<u32> = notes.iter().map(|n| n.number).collect();
    let text_lines = || {
        lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Text | LineKind::Item))
    };
    let has_body = |n: u32| numbers.contains(&n);
    let mut markers: Vec<Marker> = text_lines()
        .flat_map(|l| markers_in(l.text(source), l.start, &has_body))
        .collect();
    let marked: HashSet<u32> = markers.iter().map(|m| m.number).collect();
    let mut missing: Vec<u32> = numbers.difference(&marked).copied().collect();
    missing.sort_unstable();
    if !missing.is_empty() {
        let plain: Vec<Marker> = text_lines()
            .flat_map(|l| plain_markers_in(l.text(source), l.start))
            .collect();
        // In number order, so a marker found for one note bounds the search for the next.
        for n in missing {
            let after = markers
                .iter()
                .filter(|m| m.number < n)
                .map(|m| m.range.end)
                .max()
                .unwrap_or(0);
            let body = notes.iter().filter(|b| b.number == n).map(|b| b.start).min();
            let before = markers
                .iter()
                .filter(|m| m.number > n)
                .map(|m| m.range.start)
                .chain(body)
                .min()
                .unwrap_or(usize::MAX);
            let mut cands = plain
                .iter()
                .filter(|m| m.number == n && m.range.start >= after && m.range.end <= before);
            if let (Some(m), None) = (cands.next(), cands.next()) {
                markers.push(m.clone());
            }
        }
    }
    markers.sort_by_key(|m| m.range.start);
    markers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn superscript_and_bracket_markers_with_bodies_only() {
        let has = |n: u32| n <= 12;
        let line = "world.¹ Area 5 m² and [12] but not [1990] or [www.x.kz], end.³";
        let got: Vec<(u32, &str)> = markers_in(line, 0, &has)
            .iter()
            .map(|m| (m.number, &line[m.range.clone()]))
            .collect();
        assert_eq!(got, [(1, "¹"), (2, "²"), (12, "[12]"), (3, "³")]);
        // A superscript at the very start of a line is a body, not a marker.
        assert!(markers_in("¹ See", 0, &has).is_empty());
    }

    #[test]
    fn plain_markers_are_glued_and_free() {
        let line = "foothold.9 In 2001, word,12 and (x)7, but 5 apples and G-8.";
        let got: Vec<u32> = plain_markers_in(line, 100).iter().map(|m| m.number).collect();
        assert_eq!(got, [9, 12, 7]);
        assert_eq!(plain_markers_in("сделок.4", 0)[0].range, 13..14);
    }
}
