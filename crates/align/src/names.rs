//! Names written in two scripts: `Nazarbaev` in the English text and `Назарбаева` in the Russian
//! one are the same anchor. Words are keyed with a [`NameKey`] (for [`Reverser`], steppe-translit's
//! matching key, which folds every romanisation and the Cyrillic to one skeleton), and two keys
//! match when they share a long enough prefix, so Russian case endings (`-а`, `-у`, `-ым`) do not
//! hide a name.

use std::collections::HashMap;
use steppe_translit::reverse::{key, Reverser, WordCheck};

/// Gives a word a key that every spelling of the same name shares, whatever its script.
///
/// Implemented for steppe-translit's [`Reverser`] (its [`key`] function) and for any
/// `Fn(&str) -> String`.
///
/// ```
/// use steppe_align::NameKey;
/// let lower = |w: &str| w.to_lowercase();
/// assert_eq!(lower.name_key("Astana"), "astana");
/// ```
pub trait NameKey {
    /// The key of one word.
    fn name_key(&self, word: &str) -> String;
}

impl<L: WordCheck> NameKey for Reverser<'_, L> {
    fn name_key(&self, word: &str) -> String {
        key(self, word)
    }
}

impl<F: Fn(&str) -> String> NameKey for F {
    fn name_key(&self, word: &str) -> String {
        self(word)
    }
}

/// Kazakh letters and the Russian letters romanisations and Russian texts write for them, so a
/// Kazakh spelling (`Әлихан`, `Қонаев`) keys like the Russian one (`Алихан`, `Конаев`).
const KAZAKH_TO_RUSSIAN: &[(char, char)] = &[
    ('ә', 'а'),
    ('ғ', 'г'),
    ('қ', 'к'),
    ('ң', 'н'),
    ('ө', 'о'),
    ('ұ', 'у'),
    ('ү', 'у'),
    ('һ', 'х'),
    ('і', 'и'),
    ('Ә', 'А'),
    ('Ғ', 'Г'),
    ('Қ', 'К'),
    ('Ң', 'Н'),
    ('Ө', 'О'),
    ('Ұ', 'У'),
    ('Ү', 'У'),
    ('Һ', 'Х'),
    ('І', 'И'),
];

/// `word` with its Kazakh letters written as Russian ones.
fn russian_letters(word: &str) -> String {
    word.chars()
        .map(|c| {
            KAZAKH_TO_RUSSIAN
                .iter()
                .find(|(k, _)| *k == c)
                .map_or(c, |&(_, r)| r)
        })
        .collect()
}

/// Shortest common prefix (in characters) for two keys to match.
const MIN_PREFIX: usize = 4;
/// How many characters an inflected form may add or change at the end of a key.
const MAX_ENDING: usize = 3;

/// Whether two keys name the same thing: a common prefix of at least four characters that
/// leaves at most one character of the shorter key and three of the longer one
/// (`насарбаев` ~ `насарбаева`, `астана` ~ `астане`; `марк` ≁ `мария`).
pub(crate) fn keys_match(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let need = MIN_PREFIX
        .max(la.min(lb).saturating_sub(1))
        .max(la.max(lb).saturating_sub(MAX_ENDING));
    common >= need
}

/// Links the name words of two texts: for each word of either side that matches a word of the other,
/// a shared name id (numbered from 0 in the order of the source's words).
pub(crate) fn link_names(
    keyer: &dyn NameKey,
    source: &[&str],
    target: &[&str],
) -> (HashMap<String, u32>, HashMap<String, u32>) {
    let keyed = |words: &[&str]| -> Vec<(String, String)> {
        let mut seen = std::collections::BTreeSet::new();
        words
            .iter()
            .filter(|w| seen.insert(**w))
            .map(|w| (w.to_string(), keyer.name_key(&russian_letters(w))))
            .filter(|(_, k)| k.chars().count() >= MIN_PREFIX)
            .collect()
    };
    let (src, tgt) = (keyed(source), keyed(target));
    let mut by_prefix: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (_, k)) in tgt.iter().enumerate() {
        by_prefix
            .entry(k.chars().take(MIN_PREFIX).collect())
            .or_default()
            .push(i);
    }
    let (mut src_ids, mut tgt_ids) = (HashMap::new(), HashMap::new());
    let mut next = 0u32;
    let mut key_ids: HashMap<&str, u32> = HashMap::new();
    for (word, k) in &src {
        let prefix: String = k.chars().take(MIN_PREFIX).collect();
        let Some(candidates) = by_prefix.get(&prefix) else {
            continue;
        };
        for &t in candidates {
            let (tword, tkey) = &tgt[t];
            if !keys_match(k, tkey) {
                continue;
            }
            // One id per source key, so `Nazarbaev` and `Nazarbayev` are one anchor too.
            let id = *key_ids.entry(k.as_str()).or_insert_with(|| {
                next += 1;
                next - 1
            });
            src_ids.insert(word.clone(), id);
            tgt_ids.entry(tword.clone()).or_insert(id);
        }
    }
    (src_ids, tgt_ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_keys_match_and_different_names_do_not() {
        assert!(keys_match("насарбаев", "насарбаева"));
        assert!(keys_match("астана", "астане"));
        assert!(keys_match("токаев", "токаеву"));
        assert!(!keys_match("марк", "мария"));
        assert!(!keys_match("казахстан", "каспии"));
        assert!(!keys_match("нато", "натоварище"));
    }

    #[test]
    fn kazakh_letters_are_keyed_as_russian_ones() {
        assert_eq!(russian_letters("Қонаев"), "Конаев");
        assert_eq!(russian_letters("Әлихан Бөкейхан"), "Алихан Бокейхан");
        let lower = |w: &str| w.to_lowercase();
        let (src, tgt) = link_names(&lower, &["Конаевым"], &["Қонаев"]);
        assert_eq!(src.get("Конаевым"), tgt.get("Қонаев"));
        assert!(src.contains_key("Конаевым"));
    }

    #[test]
    fn linked_words_share_an_id() {
        // A stand-in key: Latin spelled out in Cyrillic letter by letter, Cyrillic lower-cased.
        let keyer = |w: &str| {
            w.to_lowercase()
                .replace("zh", "ж")
                .chars()
                .map(|c| match c {
                    'a' => 'а',
                    'b' => 'б',
                    'e' => 'е',
                    'n' => 'н',
                    'r' => 'р',
                    's' | 'z' => 'с',
                    'v' => 'в',
                    'з' => 'с',
                    c => c,
                })
                .collect::<String>()
        };
        let (src, tgt) = link_names(&keyer, &["Nazarbaev", "Bern"], &["Назарбаева", "Берн", "Жанна"]);
        assert_eq!(src.get("Nazarbaev"), tgt.get("Назарбаева"));
        assert!(src.contains_key("Nazarbaev"));
        assert_eq!(src.get("Bern"), tgt.get("Берн"));
        assert_ne!(src.get("Bern"), src.get("Nazarbaev"));
        assert!(!tgt.contains_key("Жанна"));
    }
}
