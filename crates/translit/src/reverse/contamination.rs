//! The second pass: English spellings inside a romanisation.
//!
//! Authors writing in English let English habits into romanised titles: `Presidenta` (s for з),
//! `Afghanistane` (gh for г), `National'naia` (tion for цион). These readings would make the first
//! pass slow and wrong on ordinary words, so they are tried only when it finds no Russian word,
//! and the result says which English spelling it took, for `detect` and `--explain`.

use super::lattice::{Lattice, ENGLISH};
use super::rank::NGram;
use super::search::{search, Candidate, Mode};
use super::WordCheck;

/// Searches `word` again with English spellings allowed; only readings that used at least one
/// English spelling and are words are returned, best first.
pub fn second_pass<L: WordCheck>(
    lattice: &Lattice,
    ngram: &NGram,
    word: &[char],
    mode: Mode,
    lexicon: &L,
) -> Vec<Candidate> {
    let mode = Mode {
        contamination: true,
        ..mode
    };
    let mut found = search(lattice, ngram, word, mode, Some(lexicon), 16);
    found.retain(|c| c.used & ENGLISH != 0);
    found
}

#[cfg(test)]
mod tests {
    use super::super::lattice::ANY;
    use super::super::{fold_word, WordList};
    use super::*;

    #[test]
    fn english_spellings_are_read_as_russian() {
        let (lattice, ngram) = (Lattice::embedded(), NGram::russian());
        let lex = WordList::from_words(["президента", "афганистане", "национальная"]);
        let mode = Mode {
            schemes: ANY,
            contamination: false,
        };
        for (latin, cyr) in [
            ("Presidenta", "президента"),
            ("Afghanistane", "афганистане"),
            ("National'naia", "национальная"),
        ] {
            let found = second_pass(&lattice, &ngram, &fold_word(latin), mode, &lex);
            assert_eq!(found.first().map(|c| c.cyr.as_str()), Some(cyr), "{latin}");
        }
    }
}
