//! How words are keyed: lowercase, with ё folded to е, one byte per Russian letter; and the case
//! pattern a word was written in.
//!
//! Key bytes: а…я are `0x80…0x9F` and ё is `0xA0` (one byte each, so a lookup walks half as many FST
//! transitions as with UTF-8); every other character is its UTF-8 bytes. The encoding is
//! unambiguous: `0x80…0xBF` only ever follow a UTF-8 lead byte (`0xC2…0xF4`) inside another
//! character, so a standalone one is a Russian letter.

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
        let mut letters = word.chars().filter_map(letter_case);
        let Some(first_upper) = letters.next() else {
            return Casing::Lower;
        };
        let (mut upper, mut lower) = (false, false);
        for is_upper in letters {
            upper |= is_upper;
            lower |= !is_upper;
        }
        match (first_upper, upper, lower) {
            (false, false, _) => Casing::Lower,
            (true, false, _) => Casing::Capitalized,
            (true, true, false) => Casing::Upper,
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

/// `Some(true)` for an uppercase letter, `Some(false)` for a lowercase one, `None` for anything
/// else; Russian and ASCII letters take a fast path (Unicode's tables are slow to search).
#[inline]
fn letter_case(c: char) -> Option<bool> {
    match c {
        'а'..='я' | 'ё' | 'a'..='z' => Some(false),
        'А'..='Я' | 'Ё' | 'A'..='Z' => Some(true),
        c if c.is_ascii() => None,
        c if c.is_uppercase() => Some(true),
        c if c.is_lowercase() => Some(false),
        _ => None,
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
pub fn lowercase(word: &str, fold_yo: bool) -> String {
    word.chars().map(|c| lower_char(c, fold_yo)).collect()
}

/// The key bytes of one character (lowercased, ё folded when `fold_yo`), written into `buf`.
#[inline]
pub(crate) fn key_bytes(c: char, fold_yo: bool, buf: &mut [u8; 4]) -> &[u8] {
    let l = lower_char(c, fold_yo);
    match l {
        'а'..='я' => {
            buf[0] = 0x80 + (l as u32 - 'а' as u32) as u8;
            &buf[..1]
        }
        'ё' => {
            buf[0] = 0xA0;
            &buf[..1]
        }
        l => l.encode_utf8(buf).as_bytes(),
    }
}

/// The key of `word` (see the [module docs](self)).
pub(crate) fn key(word: &str, fold_yo: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(word.len());
    let mut buf = [0u8; 4];
    for c in word.chars() {
        out.extend_from_slice(key_bytes(c, fold_yo, &mut buf));
    }
    out
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
    fn lowercase_and_fold_yo() {
        assert_eq!(lowercase("ВЕДЁТ", true), "ведет");
        assert_eq!(lowercase("Ведёт", false), "ведёт");
        assert_eq!(lowercase("ЯЩИК", true), "ящик");
        assert_eq!(lowercase("Ärger", true), "ärger");
    }

    #[test]
    fn keys_are_one_byte_per_russian_letter() {
        assert_eq!(key("аЯ", true), [0x80, 0x9F]);
        assert_eq!(key("Ёё", false), [0xA0, 0xA0]);
        assert_eq!(key("Ёё", true), [0x85, 0x85]);
        // Other letters stay UTF-8: Kazakh і, Latin é, ASCII.
        assert_eq!(key("іéx", true), "іéx".as_bytes());
        // All 33 Russian letters get distinct bytes outside UTF-8's standalone range.
        let letters: Vec<u8> = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            .chars()
            .flat_map(|c| key(&c.to_string(), false))
            .collect();
        let mut distinct = letters.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!((letters.len(), distinct.len()), (33, 33));
        assert!(letters.iter().all(|&b| (0x80..0xC0).contains(&b)));
    }
}
