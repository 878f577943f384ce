//! How words are keyed: lowercase, with ё folded to е, and the case pattern a word was written in.

/// The case pattern of a written word, as hunspell distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    /// All lowercase (`президента`), or no letters at all.
    Lower,
    /// First letter uppercase, the rest lowercase (`Президента`, `Я`).
    Capitalized,
    /// All uppercase, two letters or more (`НАТО`).
    Upper,
    /// Anything else (`МИДе`, `КамАЗ`).
    Mixed,
}

impl Casing {
    /// The case pattern of `word`.
    pub fn of(word: &str) -> Casing {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else {
            return Casing::Lower;
        };
        let (mut upper, mut lower) = (0usize, 0usize);
        for c in letters {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
        match (first.is_uppercase(), upper, lower) {
            (false, 0, _) => Casing::Lower,
            (true, 0, _) => Casing::Capitalized,
            (true, _, 0) => Casing::Upper,
            _ => Casing::Mixed,
        }
    }

    /// The [`WordInfo`](crate::WordInfo) bit recording that a dictionary spelling had this pattern.
    pub(crate) fn bit(self) -> u64 {
        match self {
            Casing::Lower => crate::lexicon::LOWER,
            Casing::Capitalized => crate::lexicon::CAPITALIZED,
            Casing::Upper => crate::lexicon::UPPER,
            Casing::Mixed => crate::lexicon::MIXED,
        }
    }
}

/// Lowercases one character the way keys are stored; `fold_yo` also maps ё to е.
///
/// Cyrillic and ASCII take a fast path; anything else goes through `char::to_lowercase`, whose
/// first character is kept (no Cyrillic letter lowercases to more than one).
#[inline]
pub(crate) fn lower_char(c: char, fold_yo: bool) -> char {
    let l = match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'а'..='я' | 'ё' => c,
        'Ё' => 'ё',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => c.to_lowercase().next().unwrap_or(c),
    };
    if fold_yo && l == 'ё' {
        'е'
    } else {
        l
    }
}

/// `word` lowercased, with ё folded to е when `fold_yo`.
pub fn key(word: &str, fold_yo: bool) -> String {
    word.chars().map(|c| lower_char(c, fold_yo)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casing_patterns() {
        assert_eq!(Casing::of("президента"), Casing::Lower);
        assert_eq!(Casing::of("Афганистане"), Casing::Capitalized);
        assert_eq!(Casing::of("Я"), Casing::Capitalized);
        assert_eq!(Casing::of("НАТО"), Casing::Upper);
        assert_eq!(Casing::of("МИДе"), Casing::Mixed);
        assert_eq!(Casing::of("мИД"), Casing::Mixed);
        assert_eq!(Casing::of("123"), Casing::Lower);
    }

    #[test]
    fn keys_lowercase_and_fold_yo() {
        assert_eq!(key("ВЕДЁТ", true), "ведет");
        assert_eq!(key("Ведёт", false), "ведёт");
        assert_eq!(key("ЯЩИК", true), "ящик");
        assert_eq!(key("Ärger", true), "ärger");
    }
}
