//! Near matches: names that resemble a known body (a slip, or a variant the termbase lacks), and the
//! plural of a full name for a plural acronym.

use crate::termbase::{words, Record, Termbase};
use std::collections::HashSet;

/// Names at least this similar (normalised Levenshtein over the lookup words) "resemble" each other.
pub const RESEMBLANCE: f64 = 0.8;
/// A defined long form unknown to the termbase still matches a record with the same short form when
/// this share of the words of both names (Jaccard) is common to them.
pub const MIN_SHARED_WORDS: f64 = 0.6;

impl Termbase {
    /// The known full name most similar to `name`, for names that match no body exactly: the last
    /// words (the head of most names) and the whole names must both be at least [`RESEMBLANCE`]
    /// similar, so `Parliament of the Republic of Uzbekistan` does not resemble the Kazakh one.
    pub fn resembling(&self, name: &str) -> Option<&str> {
        let target = words(name);
        let head = target.last()?;
        let joined = target.join(" ");
        let mut best: Option<(f64, &str)> = None;
        for long in self.records().iter().flat_map(Record::long_names) {
            let other = words(long);
            let same_head = other
                .last()
                .is_some_and(|h| strsim::normalized_levenshtein(h, head) >= RESEMBLANCE);
            if !same_head || other == target {
                continue;
            }
            let score = strsim::normalized_levenshtein(&joined, &other.join(" "));
            if score >= RESEMBLANCE && best.map_or(true, |(b, _)| score > b) {
                best = Some((score, long));
            }
        }
        best.map(|(_, long)| long)
    }

    /// For a defined acronym whose long form the termbase does not know: the record with the same short
    /// form whose full name shares at least [`MIN_SHARED_WORDS`] of the words of the two names
    /// (`Conference on Interaction and Confidence-Building Measures (CICA)` without `in Asia`).
    pub(crate) fn same_short_similar_long(&self, short: &str, long: &str) -> Option<&Record> {
        let mine: HashSet<String> = words(long).into_iter().collect();
        let shared = |r: &&Record| {
            let theirs: HashSet<String> = r.long_names().flat_map(words).collect();
            mine.intersection(&theirs).count() as f64 / mine.union(&theirs).count().max(1) as f64
        };
        let best = self
            .by_short(short)
            .into_iter()
            .map(|r| (shared(&r), r))
            .max_by(|a, b| a.0.total_cmp(&b.0))?;
        (best.0 >= MIN_SHARED_WORDS).then_some(best.1)
    }
}

/// The English plural of a name, for the long form of a plural acronym (`NGOs`): the head word is the
/// last one, or the one before `of` (`weapons of mass destruction`).
pub(crate) fn plural(name: &str) -> String {
    let (head, tail) = match name.find(" of ") {
        Some(i) => name.split_at(i),
        None => (name, ""),
    };
    let last = head.rsplit(' ').next().unwrap_or(head);
    let vowel_y = ["ay", "ey", "oy", "uy"].iter().any(|e| last.ends_with(e));
    let head = if ["s", "x", "ch", "sh"].iter().any(|e| last.ends_with(e)) {
        format!("{head}es")
    } else if let Some(stem) = head.strip_suffix('y').filter(|_| !vowel_y) {
        format!("{stem}ies")
    } else {
        format!("{head}s")
    };
    head + tail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_of_the_head_word() {
        assert_eq!(
            plural("non-governmental organization"),
            "non-governmental organizations"
        );
        assert_eq!(
            plural("weapon of mass destruction"),
            "weapons of mass destruction"
        );
        assert_eq!(plural("Agency"), "Agencies");
        assert_eq!(plural("Process"), "Processes");
        assert_eq!(plural("Day"), "Days");
    }
}
