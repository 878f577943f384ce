//! Stage 2 (inline): edits inside a line that are not about hyphens: emphasis markup (`*word*`)
//! and footnote markers, which leave the text (their offsets stay in the [`crate::Footnote`]).

use crate::edit::Edit;
use crate::marker::Marker;
use crate::RepairKind;

/// Characters that mark emphasis in extracted text when glued to a word.
const EMPHASIS: &[char] = &['*'];

/// Markup edits in one line starting at source offset `base`: an emphasis character touching a
/// non-blank character on at least one side (`*first*,`), so a lone `*` between spaces stays.
pub(crate) fn markup_edits(line: &str, base: usize, out: &mut Vec<Edit>) {
    let solid = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace() && !EMPHASIS.contains(&c));
    for (i, c) in line.char_indices() {
        if !EMPHASIS.contains(&c) {
            continue;
        }
        let before = line[..i].chars().next_back();
        let after = line[i + c.len_utf8()..].chars().next();
        if solid(before) || solid(after) {
            out.push(Edit::new(
                base + i..base + i + c.len_utf8(),
                "",
                RepairKind::Markup,
            ));
        }
    }
}

/// Edits removing footnote markers from the text.
pub(crate) fn marker_edits(markers: &[Marker], out: &mut Vec<Edit>) {
    out.extend(
        markers
            .iter()
            .map(|m| Edit::new(m.range.clone(), "", RepairKind::FootnoteMarker)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_goes_lone_star_stays() {
        let mut edits = Vec::new();
        markup_edits("*first*, a * b", 0, &mut edits);
        let at: Vec<usize> = edits.iter().map(|e| e.range.start).collect();
        assert_eq!(at, [0, 6]);
    }

    #[test]
    fn markers_become_removals() {
        let mut edits = Vec::new();
        marker_edits(
            &[Marker {
                number: 3,
                range: 4..6,
            }],
            &mut edits,
        );
        assert_eq!(edits, [Edit::new(4..6, "", RepairKind::FootnoteMarker)]);
    }
}
