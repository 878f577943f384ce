//! Choosing the sense of an ambiguous short form (`WTO`: trade or Warsaw Treaty) from the context
//! sentences, with the cues of each termbase record.

use crate::termbase::{words, Cue, Record};

/// A sense is chosen from context only with at least this cue score, and strictly more than any other.
pub const MIN_SENSE_SCORE: u32 = 2;

/// The index of the sense whose cues score highest in the contexts, if it wins clearly.
pub(crate) fn choose_sense(senses: &[&Record], contexts: &[String]) -> Option<usize> {
    let tokens: Vec<Vec<String>> = contexts.iter().map(|c| words(c)).collect();
    let mut scores: Vec<(u32, usize)> = senses.iter().map(|r| score(r, &tokens)).zip(0..).collect();
    scores.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let (best, index) = scores[0];
    let runner_up = scores.get(1).map_or(0, |s| s.0);
    (best >= MIN_SENSE_SCORE && best > runner_up).then_some(index)
}

/// Sum of the weights of the record's cues that occur in any context (each cue counted once).
fn score(record: &Record, contexts: &[Vec<String>]) -> u32 {
    let hit = |cue: &Cue| match cue {
        Cue::Words(w, _) => contexts
            .iter()
            .any(|c| c.windows(w.len()).any(|win| win == w.as_slice())),
        Cue::Years(from, to, _) => contexts
            .iter()
            .flatten()
            .filter(|t| t.len() == 4)
            .filter_map(|t| t.parse::<u32>().ok())
            .any(|y| (*from..=*to).contains(&y)),
    };
    record
        .cues
        .iter()
        .filter(|c| hit(c))
        .map(|c| match c {
            Cue::Words(_, w) | Cue::Years(_, _, w) => *w,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Termbase;
    use std::path::Path;

    fn senses() -> Termbase {
        Termbase::parse(
            Path::new("t.tsv"),
            "id\ten_short\ten_long\tru_short\tru_long\tdomain\tcues\tnote\tvariants\n\
             a\tWTO\tWorld Trade Organization\tВТО\t\teconomics\ttrade:3;tariffs:2\t\t\n\
             b\tWTO\tWarsaw Treaty Organization\tОВД\t\tsecurity\tWarsaw Pact:3;1955-1991:2;former\t\t\n",
        )
        .unwrap()
    }

    fn choose(contexts: &[&str]) -> Option<usize> {
        let tb = senses();
        let senses: Vec<&Record> = tb.records().iter().collect();
        choose_sense(
            &senses,
            &contexts.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn phrases_years_and_weights_decide() {
        assert_eq!(choose(&["Trade talks."]), Some(0));
        assert_eq!(choose(&["The Warsaw Pact."]), Some(1));
        assert_eq!(choose(&["Formed in 1955."]), Some(1), "a year in range");
        assert_eq!(choose(&["Formed in 1992."]), None, "a year out of range");
        assert_eq!(
            choose(&["A pact in Warsaw."]),
            None,
            "phrase words must be in order"
        );
        assert_eq!(choose(&["former members"]), None, "weight 1 is below the minimum");
        assert_eq!(
            choose(&["Trade.", "The Warsaw Pact."]),
            None,
            "a tie decides nothing"
        );
        assert_eq!(choose(&["Tariffs.", "In 1990, trade."]), Some(0), "5 against 2");
    }
}
