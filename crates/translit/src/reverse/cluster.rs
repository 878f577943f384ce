//! Clusters of spellings of one name across texts (`Nazarbaev`, `Nazarbayev`, `Назарбаев`), for
//! `steppe names`.
//!
//! Every capitalised word that reads as Russian or as a name (not an English word, not an
//! initial) is keyed with [`key`](super::key()); words sharing a key form a cluster. The preferred
//! form is the commonest spelling (ties: the first seen).

use super::key::key;
use super::phrase::{tokenize, Kind, Reverser};
use super::{has_cyrillic, WordCheck};
use std::collections::HashMap;

/// One name and its spellings.
#[derive(Clone, Debug, serde::Serialize)]
pub struct NameCluster {
    /// The matching key shared by the spellings.
    pub key: String,
    /// The commonest spelling.
    pub preferred: String,
    /// Its Cyrillic reading.
    pub cyrillic: String,
    /// Every spelling with its count, commonest first.
    pub variants: Vec<(String, usize)>,
    /// All occurrences.
    pub count: usize,
}

/// Clusters the names of `texts`; clusters with most occurrences first, then by key.
///
/// ```
/// use steppe_translit::reverse::{cluster_names, Reverser, WordList};
/// let lexicon = WordList::from_words(["в"]);
/// let r = Reverser::new(&lexicon);
/// let clusters = cluster_names(&r, &["Nazarbaev v Astane", "Nazarbayev; Назарбаев"]);
/// assert_eq!(clusters[0].variants.len(), 3);
/// ```
pub fn cluster_names<L: WordCheck>(reverser: &Reverser<L>, texts: &[&str]) -> Vec<NameCluster> {
    let mut by_key: HashMap<String, Vec<(String, usize, usize)>> = HashMap::new();
    let mut order = 0usize;
    for text in texts {
        for line in text.lines() {
            for (token, is_word) in tokenize(line) {
                if !is_word || !is_name_like(reverser, token) {
                    continue;
                }
                let spellings = by_key.entry(key(reverser, token)).or_default();
                match spellings.iter_mut().find(|(s, _, _)| s == token) {
                    Some(entry) => entry.1 += 1,
                    None => spellings.push((token.to_owned(), 1, order)),
                }
                order += 1;
            }
        }
    }
    let mut clusters: Vec<NameCluster> = by_key
        .into_iter()
        .map(|(key, mut spellings)| {
            spellings.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
            let preferred = spellings[0].0.clone();
            let cyrillic = reverser.cyrillic(&preferred);
            let count = spellings.iter().map(|s| s.1).sum();
            let variants = spellings.into_iter().map(|(s, n, _)| (s, n)).collect();
            NameCluster {
                key,
                preferred,
                cyrillic,
                variants,
                count,
            }
        })
        .collect();
    clusters.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    clusters
}

fn is_name_like<L: WordCheck>(reverser: &Reverser<L>, token: &str) -> bool {
    let mut chars = token.chars();
    let (Some(first), Some(_)) = (chars.next(), chars.next()) else {
        return false;
    };
    if !first.is_uppercase() || token.chars().all(char::is_uppercase) {
        return false;
    }
    if has_cyrillic(&first.to_string()) {
        return true;
    }
    let a = reverser.analyse(token);
    matches!(a.kind, Kind::Name | Kind::Contaminated) || (a.kind == Kind::Russian && !a.english)
}

#[cfg(test)]
mod tests {
    use super::super::WordList;
    use super::*;

    #[test]
    fn variants_cluster_and_english_words_do_not() {
        let lexicon = WordList::from_words(["и"]);
        let r = Reverser::new(&lexicon);
        let texts = [
            "Nazarbaev and Tokaev",
            "Nazarbaev i Tokayev",
            "President Nazarbayev",
        ];
        let clusters = cluster_names(&r, &texts);
        let naz = &clusters[0];
        assert_eq!(naz.preferred, "Nazarbaev");
        assert_eq!(naz.count, 3);
        assert_eq!(
            naz.variants,
            [("Nazarbaev".to_owned(), 2), ("Nazarbayev".to_owned(), 1)]
        );
        assert_eq!(clusters[1].variants.len(), 2, "{clusters:?}");
        assert!(!clusters.iter().any(|c| c.preferred == "President"));
    }
}
