//! Stage 3: dropped initial capitals. PDFs often print a paragraph's first letter as a large
//! separate glyph that text extraction loses (`nce the 1990s` for `Since the 1990s`).
//!
//! A paragraph that starts with a lower-case word the document uses nowhere else is suspect. If
//! one word of the document is that word with one or two more letters in front (`since`) — fewest
//! letters first, then the most frequent, and no tie — the letters are restored with a capital;
//! otherwise the word is only reported.

use crate::edit::Edit;
use crate::hyphen::Vocab;
use crate::RepairKind;

/// Most letters a drop cap may take with it.
const MAX_LOST: usize = 2;

/// The drop-cap edit for a paragraph whose first line is `line`, at source offset `base`.
pub(crate) fn drop_cap(line: &str, base: usize, vocab: &Vocab) -> Option<Edit> {
    let len = line.find(|c: char| !c.is_alphabetic()).unwrap_or(line.len());
    let word = &line[..len];
    if !word.starts_with(char::is_lowercase) || vocab.count(word) > 1 {
        return None;
    }
    let lower = word.to_lowercase();
    let frag_chars = lower.chars().count();
    // (candidate, letters lost, count): fewer letters lost wins, then the higher count.
    let mut best: Option<(&str, usize, usize)> = None;
    let mut tie = false;
    for (w, n) in vocab.words() {
        let lost = w.chars().count().saturating_sub(frag_chars);
        if !(1..=MAX_LOST).contains(&lost) || !w.ends_with(lower.as_str()) {
            continue;
        }
        if !w[..w.len() - lower.len()].chars().all(char::is_alphabetic) {
            continue;
        }
        let rank = (std::cmp::Reverse(lost), n);
        match best {
            Some((_, l, m)) if (std::cmp::Reverse(l), m) == rank => tie = true,
            Some((_, l, m)) if (std::cmp::Reverse(l), m) > rank => {}
            _ => (best, tie) = (Some((w, lost, n)), false),
        }
    }
    let replacement = match best {
        Some((w, _, _)) if !tie => {
            let mut head = w[..w.len() - lower.len()].chars();
            let first: String = head
                .next()
                .map(|c| c.to_uppercase().collect())
                .unwrap_or_default();
            format!("{first}{}{word}", head.as_str())
        }
        _ => word.to_owned(),
    };
    Some(Edit::new(base..base + len, replacement, RepairKind::DropCap))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_a_letter_the_document_shows() {
        let v = Vocab::build(["nce the war, and since then"]);
        assert_eq!(
            drop_cap("nce the war", 0, &v),
            Some(Edit::new(0..3, "Since", RepairKind::DropCap))
        );
        let ru = Vocab::build(["осле войны; после этого"]);
        assert_eq!(
            drop_cap("осле войны", 0, &ru),
            Some(Edit::new(0..8, "После", RepairKind::DropCap))
        );
    }

    #[test]
    fn known_words_pass_unknown_are_reported() {
        let v = Vocab::build(["interests of all. interests", "zqx here"]);
        assert_eq!(drop_cap("interests of all.", 0, &v), None);
        assert_eq!(
            drop_cap("zqx here", 5, &v),
            Some(Edit::new(5..8, "zqx", RepairKind::DropCap))
        );
        assert_eq!(drop_cap("Capital", 0, &v), None);
    }
}
