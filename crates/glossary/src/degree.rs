//! Academic degrees (`Ph.D.`, `D.Sc.`, `Cand. Sc.`, `M.A.`): a kind of their own, not acronyms. The
//! spellings are in `data/degrees.txt`; each degree is listed under its first spelling, and
//! [`crate::Termbase::annotate`] looks its Russian up by that short form (records of domain `degree`).

use crate::lists;

/// A degree written in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DegreeHit {
    /// Byte offset in the text.
    pub start: usize,
    /// As written (`PhD`).
    pub written: &'static str,
    /// As listed (`Ph.D.`).
    pub listed: &'static str,
}

/// Every degree in `text`, in order, each spelling matched as written at word boundaries.
pub(crate) fn find_degrees(text: &str) -> Vec<DegreeHit> {
    let mut hits: Vec<DegreeHit> = Vec::new();
    for &(written, listed) in lists::degrees() {
        for (start, _) in text.match_indices(written) {
            let end = start + written.len();
            let before_ok = !text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let after_ok = !text[end..].chars().next().is_some_and(char::is_alphanumeric);
            // longer spellings come first: a shorter one inside a match already made is not another
            let inside = hits
                .iter()
                .any(|h| h.start <= start && start < h.start + h.written.len());
            if before_ok && after_ok && !inside {
                hits.push(DegreeHit {
                    start,
                    written,
                    listed,
                });
            }
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

/// Whether the word `piece` (as the acronym finder cuts it, perhaps without its final dot) is a
/// degree, which is not an acronym (`M.A.`, `PhD`).
pub(crate) fn is_degree(piece: &str) -> bool {
    lists::degrees()
        .iter()
        .any(|(written, _)| *written == piece || written.strip_suffix('.') == Some(piece))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_are_found_under_their_listed_form() {
        let text = "Ivan Petrov, D.Sc. (History), and Anna Ivanova, Cand. Sc. (Econ.), PhD; M.A. in law.";
        let got: Vec<(&str, &str)> = find_degrees(text).iter().map(|h| (h.written, h.listed)).collect();
        assert_eq!(
            got,
            [
                ("D.Sc.", "D.Sc."),
                ("Cand. Sc.", "Cand. Sc."),
                ("PhD", "Ph.D."),
                ("M.A.", "M.A.")
            ]
        );
        assert!(
            find_degrees("MAPhD and the MSc2 group").is_empty(),
            "inside words"
        );
        assert!(is_degree("M.A.") && is_degree("PhD") && is_degree("Ph.D") && !is_degree("NATO"));
    }
}
