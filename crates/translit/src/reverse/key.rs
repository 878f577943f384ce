//! One matching key for every spelling of a word: `Nazarbaev`, `Nazarbayev`, `Nasarbajew` and
//! `Назарбаев` share one, as do `Tsentral'naia`, `Tsentralnaya`, `Centralʹnaâ` and `Центральная`.
//!
//! Design: a Latin word is first read as Cyrillic (its best reading, whatever its context, so that
//! a name in English prose keys like the same name in a reference), then every spelling is folded
//! to a skeleton that drops what romanisations lose or blur: soft and hard signs, ё/э/е, й/ы/и,
//! з/с (German `s`), doubled letters. Words with no Russian reading key as their lower-case Latin.

use super::phrase::{tokenize, Analysis, Kind, Reverser};
use super::text::line_pieces;
use super::{has_cyrillic, WordCheck};

/// Cyrillic letters folded together in a key (letter, replacement; empty = dropped).
const FOLD: &[(char, &str)] = &[
    ('ь', ""),
    ('ъ', ""),
    ('ё', "е"),
    ('э', "е"),
    ('й', "и"),
    ('ы', "и"),
    ('з', "с"),
];

/// The key of `text`: the keys of its words joined by single spaces.
///
/// ```
/// use steppe_translit::reverse::{key, Reverser, WordList};
/// let lexicon = WordList::from_words(["центральная"]);
/// let r = Reverser::new(&lexicon);
/// assert_eq!(key(&r, "Tsentral'naia"), key(&r, "Центральная"));
/// assert_eq!(key(&r, "Tsentralnaya"), key(&r, "Centralʹnaâ"));
/// ```
pub fn key<L: WordCheck>(reverser: &Reverser<L>, text: &str) -> String {
    let mut out = String::new();
    // A long line in pieces, as `cyrillic` reads it: memory for the tokens of one piece only.
    for piece in line_pieces(text) {
        for (token, is_word) in tokenize(piece) {
            if is_word {
                let analysis = (!has_cyrillic(token)).then(|| reverser.analyse(token));
                push_word_key(&mut out, &word_reading(token, analysis.as_ref()));
            }
        }
    }
    out
}

/// What the key of `token` folds: a Latin word's reading from its `analysis`, or else (a Cyrillic
/// word, no reading) the word in lower case.
pub(crate) fn word_reading(token: &str, analysis: Option<&Analysis>) -> String {
    let reading = analysis
        .filter(|_| !has_cyrillic(token))
        .filter(|a| {
            matches!(
                a.kind,
                Kind::Russian | Kind::Contaminated | Kind::Name | Kind::Acronym | Kind::Exception
            )
        })
        .and_then(|a| a.reading.as_deref());
    reading.unwrap_or(token).to_lowercase()
}

/// Appends the key of the next word (its [`word_reading`]) to the key `out`, as [`key`] joins them.
pub(crate) fn push_word_key(out: &mut String, reading: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    let start = out.len();
    fold_into(reading, out, start);
}

/// Appends the key of one lower-case word to `out` (whose word starts at byte `start`): signs
/// dropped, the letters romanisations confuse made one, doubled letters made single.
fn fold_into(word: &str, out: &mut String, start: usize) {
    for c in word.chars() {
        let mapped = FOLD.iter().find(|(from, _)| *from == c).map(|(_, to)| *to);
        let mut buf = [0u8; 4];
        let piece = mapped.unwrap_or_else(|| c.encode_utf8(&mut buf));
        for p in piece.chars() {
            if !out[start..].ends_with(p) {
                out.push(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::WordList;
    use super::*;

    #[test]
    fn variants_share_a_key_and_different_words_do_not() {
        let lexicon = WordList::from_words(["центральная", "азия", "мировой"]);
        let r = Reverser::new(&lexicon);
        let k = |s: &str| key(&r, s);
        assert_eq!(k("Nazarbaev"), k("Назарбаев"));
        assert_eq!(k("Nazarbayev"), k("Назарбаев"));
        for v in ["Tsentral'naia", "Tsentralnaya", "Centralʹnaâ", "T͡sentralʹnai͡a"] {
            assert_eq!(k(v), k("Центральная"), "{v}");
        }
        assert_eq!(k("mirovoy"), k("mirovoi"));
        assert_ne!(k("Nazarbaev"), k("Nazarov"));
        assert_ne!(k("Tsentral'naia Azia"), k("Tsentral'naia"));
        assert_ne!(k("mirovoy"), k("Центральная"));
    }

    #[test]
    fn a_users_exception_keys_like_its_cyrillic() {
        let lexicon = WordList::from_words(["центральная"]);
        let exceptions = [("Almaty".to_owned(), "Алматы".to_owned())].into_iter().collect();
        let r = Reverser::new(&lexicon).with_exceptions(exceptions);
        assert_eq!(key(&r, "Almaty"), key(&r, "Алматы"));
        assert_ne!(key(&Reverser::new(&lexicon), "Almaty"), key(&r, "Алматы"));
    }
}
