//! Stage 2 (inline): edits inside a line that are not about hyphens: emphasis markup (`*word*`),
//! typographic ligatures (`ﬁ` → `fi`, by Unicode compatibility decomposition), invisible characters,
//! and footnote markers, which leave the text (their offsets stay in the [`crate::Footnote`]).

use crate::edit::Edit;
use crate::marker::Marker;
use crate::RepairKind;
use unicode_normalization::UnicodeNormalization;

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

/// Latin presentation forms: the ligatures PDF fonts put in text (`ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`).
const LIGATURES: std::ops::RangeInclusive<char> = '\u{FB00}'..='\u{FB06}';
/// Characters with no width that extraction leaves between letters.
const INVISIBLE: &[char] = &['\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Ligature and invisible-character edits in one line starting at source offset `base`.
pub(crate) fn char_edits(line: &str, base: usize, out: &mut Vec<Edit>) {
    for (i, c) in line.char_indices() {
        let range = base + i..base + i + c.len_utf8();
        if LIGATURES.contains(&c) {
            out.push(Edit::new(
                range,
                std::iter::once(c).nfkc().collect::<String>(),
                RepairKind::Ligature,
            ));
        } else if INVISIBLE.contains(&c) {
            out.push(Edit::new(range, "", RepairKind::Invisible));
        }
    }
}

/// Edits removing footnote markers from the text; a marker set off by spaces (`text [1] more`)
/// takes the spaces before it along, so no double space is left.
pub(crate) fn marker_edits(source: &str, markers: &[Marker], out: &mut Vec<Edit>) {
    for m in markers {
        let before = &source[..m.range.start];
        let spaced = before.trim_end_matches([' ', '\t']);
        let start = if spaced.len() < before.len() && !spaced.ends_with('\n') && !spaced.is_empty() {
            spaced.len()
        } else {
            m.range.start
        };
        out.push(Edit::new(start..m.range.end, "", RepairKind::FootnoteMarker));
    }
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
    fn ligatures_spelled_out_invisibles_dropped() {
        let mut edits = Vec::new();
        char_edits("ﬁrst e\u{200B}ﬀort", 0, &mut edits);
        let got: Vec<(&str, RepairKind)> = edits
            .iter()
            .map(|e| (e.replacement.as_str(), e.kind.unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("fi", RepairKind::Ligature),
                ("", RepairKind::Invisible),
                ("ff", RepairKind::Ligature)
            ]
        );
    }

    #[test]
    fn markers_become_removals() {
        let mut edits = Vec::new();
        marker_edits(
            "word¹ more",
            &[Marker {
                number: 1,
                range: 4..6,
            }],
            &mut edits,
        );
        assert_eq!(edits, [Edit::new(4..6, "", RepairKind::FootnoteMarker)]);
        edits.clear();
        marker_edits(
            "text [1] more",
            &[Marker {
                number: 1,
                range: 5..8,
            }],
            &mut edits,
        );
        assert_eq!(edits, [Edit::new(4..8, "", RepairKind::FootnoteMarker)]);
    }
}
