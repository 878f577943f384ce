//! Letter trigram models of Russian and English words, for what no lexicon decides: the spelling of
//! an unknown name (`Shtol` → `Штоль`?) and whether a word is romanised Russian at all.
//!
//! The counts are data (`data/reverse/*-trigrams.tsv`, made by `gen-data.py` from the expanded
//! hunspell-ru forms and Debian's `wamerican`); this module smooths them into a dense table of
//! log-probabilities so that scoring a word is one lookup per letter.

use std::sync::OnceLock;

/// Whether `word` is a line of `list`, a sorted word list embedded as text (split once, on first
/// use, into `cell`).
fn in_sorted_list(cell: &'static OnceLock<Vec<&'static str>>, list: &'static str, word: &str) -> bool {
    cell.get_or_init(|| list.lines().collect())
        .binary_search(&word)
        .is_ok()
}

/// Whether `word` is a dictionary headword ending in ь or й whose form without that letter is
/// also a word (`завершать`, `дефектный`; list made by `gen-data.py`): when a romanisation drops
/// the sign, the headword is the likelier reading.
pub fn is_sign_headword(word: &str) -> bool {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    in_sorted_list(&LIST, include_str!("../../data/reverse/headwords-sign.txt"), word)
}

/// Whether `word` is a name headword ending in -ий whose -ии is also a form (`юрий`; list made by
/// `gen-data.py`): a capitalised `Iurii` is likelier the name than its locative.
pub fn is_name_headword(word: &str) -> bool {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    in_sorted_list(
        &LIST,
        include_str!("../../data/reverse/headwords-names.txt"),
        word,
    )
}

/// Word-boundary symbol in the count files.
const BOUNDARY: char = '_';

/// A smoothed letter trigram model over a fixed alphabet.
pub struct NGram {
    alphabet: Vec<char>,
    index: [u8; 128],
    cyrillic: bool,
    logp: Vec<f32>,
}

impl NGram {
    /// The context at the start of a word.
    pub const START: (u8, u8) = (0, 0);

    /// The Russian model (lower-case Cyrillic).
    pub fn russian() -> NGram {
        NGram::from_counts(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            include_str!("../../data/reverse/ru-trigrams.tsv"),
        )
    }

    /// The model of romanised Russian (lower-case a–z): Russian forms written in six schemes.
    pub fn romanised() -> NGram {
        NGram::from_counts(
            "abcdefghijklmnopqrstuvwxyz",
            include_str!("../../data/reverse/rl-trigrams.tsv"),
        )
    }

    /// The English model (lower-case a–z).
    pub fn english() -> NGram {
        NGram::from_counts(
            "abcdefghijklmnopqrstuvwxyz",
            include_str!("../../data/reverse/en-trigrams.tsv"),
        )
    }

    fn from_counts(letters: &str, counts: &str) -> NGram {
        let mut alphabet = vec![BOUNDARY];
        alphabet.extend(letters.chars());
        let cyrillic = letters.starts_with('а');
        let mut model = NGram {
            alphabet,
            index: [u8::MAX; 128],
            cyrillic,
            logp: Vec::new(),
        };
        for (i, &c) in model.alphabet.iter().enumerate() {
            if !cyrillic || c == BOUNDARY {
                model.index[c as usize] = i as u8;
            }
        }
        let n = model.alphabet.len();
        let mut tri = vec![0f64; n * n * n];
        for line in counts.lines() {
            let Some((gram, count)) = line.split_once('\t') else {
                continue;
            };
            let ids: Vec<usize> = gram.chars().filter_map(|c| model.id(c)).collect();
            if let (&[a, b, c], Ok(k)) = (ids.as_slice(), count.parse::<f64>()) {
                tri[(a * n + b) * n + c] += k;
            }
        }
        // Interpolated (Witten–Bell-like) smoothing: trigram → bigram → unigram → uniform.
        let mut bi = vec![0f64; n * n];
        let mut uni = vec![0f64; n];
        for ab in 0..n * n {
            for c in 0..n {
                bi[(ab % n) * n + c] += tri[ab * n + c];
                uni[c] += tri[ab * n + c];
            }
        }
        let total: f64 = uni.iter().sum();
        let p_uni: Vec<f64> = uni.iter().map(|&u| (u + 1.0) / (total + n as f64)).collect();
        let mut p_bi = vec![0f64; n * n];
        for b in 0..n {
            let row = &bi[b * n..b * n + n];
            let sum: f64 = row.iter().sum();
            let types = row.iter().filter(|&&x| x > 0.0).count() as f64;
            let lambda = if sum > 0.0 { sum / (sum + types) } else { 0.0 };
            for c in 0..n {
                let ml = if sum > 0.0 { row[c] / sum } else { 0.0 };
                p_bi[b * n + c] = lambda * ml + (1.0 - lambda) * p_uni[c];
            }
        }
        model.logp = vec![0f32; n * n * n];
        for ab in 0..n * n {
            let row = &tri[ab * n..ab * n + n];
            let sum: f64 = row.iter().sum();
            let types = row.iter().filter(|&&x| x > 0.0).count() as f64;
            let lambda = if sum > 0.0 { sum / (sum + types) } else { 0.0 };
            for c in 0..n {
                let ml = if sum > 0.0 { row[c] / sum } else { 0.0 };
                let p = lambda * ml + (1.0 - lambda) * p_bi[(ab % n) * n + c];
                model.logp[ab * n + c] = p.ln() as f32;
            }
        }
        model
    }

    fn id(&self, c: char) -> Option<usize> {
        if self.cyrillic && c != BOUNDARY {
            // а..я are contiguous in Unicode; ё sits apart.
            return match c {
                'а'..='е' => Some(c as usize - 'а' as usize + 1),
                'ё' => Some(7),
                'ж'..='я' => Some(c as usize - 'ж' as usize + 8),
                _ => None,
            };
        }
        let i = *self.index.get(c as usize)?;
        (i != u8::MAX).then_some(i as usize)
    }

    /// Log-probability of a whole word (boundaries included), or `None` when it has a letter
    /// outside the alphabet.
    pub fn log_prob(&self, word: &str) -> Option<f32> {
        let n = self.alphabet.len();
        let (mut a, mut b, mut sum) = (0usize, 0usize, 0f32);
        for c in word.chars().chain(std::iter::once(BOUNDARY)) {
            let c = self.id(c)?;
            sum += self.logp[(a * n + b) * n + c];
            (a, b) = (b, c);
        }
        Some(sum)
    }

    /// Log-probability of letter `c` after the context `ctx` (the two letters before; start with
    /// [`NGram::START`]), updating the context; `None` for a letter outside the alphabet.
    pub fn push(&self, ctx: &mut (u8, u8), c: char) -> Option<f32> {
        let n = self.alphabet.len();
        let c = self.id(c)?;
        let (a, b) = (ctx.0 as usize, ctx.1 as usize);
        *ctx = (ctx.1, c as u8);
        Some(self.logp[(a * n + b) * n + c])
    }

    /// Log-probability of the word ending after the context `ctx`.
    pub fn end(&self, ctx: (u8, u8)) -> f32 {
        let n = self.alphabet.len();
        self.logp[(ctx.0 as usize * n + ctx.1 as usize) * n]
    }

    /// Mean log-probability per letter (boundary included), comparable across word lengths.
    pub fn mean_log_prob(&self, word: &str) -> Option<f32> {
        Some(self.log_prob(word)? / (word.chars().count() + 1) as f32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_prefers_russian_letter_sequences() {
        let ru = NGram::russian();
        assert!(ru.log_prob("центральная").unwrap() > ru.log_prob("тсентральнайа").unwrap());
        assert!(ru.log_prob("безопасность").unwrap() > ru.log_prob("безопасност").unwrap());
        assert_eq!(ru.log_prob("abc"), None);
    }

    #[test]
    fn english_tells_english_from_romanised_russian() {
        let en = NGram::english();
        let rl = NGram::romanised();
        let diff = |w: &str| rl.mean_log_prob(w).unwrap() - en.mean_log_prob(w).unwrap();
        assert!(diff("tsentralnaia") > 0.0 && diff("consensus") < 0.0);
    }
}
