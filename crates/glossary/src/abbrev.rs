//! Whether a short form fits its long form: the letters-in-order test `steppe termbase check` applies
//! to both languages, and the letter-by-letter Cyrillic reading of an English acronym (`NATO` НАТО).

/// Whether the letters of `short` occur in `long` in order with the first one starting a word
/// (Schwartz & Hearst's test for an abbreviation): `EAPC` in `Euro-Atlantic Partnership Council`,
/// `ПА НАТО` in `Парламентская ассамблея НАТО`. Digits are skipped (`G8` = `Group of Eight`).
pub(crate) fn abbreviates(short: &str, long: &str) -> bool {
    let short: Vec<char> = short
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    // the long form's letters, each with whether it starts a word
    let mut long_letters = Vec::new();
    let mut at_start = true;
    for c in long.chars() {
        if c.is_alphabetic() {
            long_letters.extend(c.to_lowercase().map(|l| (l, at_start)));
            at_start = false;
        } else {
            at_start = true;
        }
    }
    let Some((&first, rest)) = short.split_first() else {
        return true;
    };
    let mut end = long_letters.len();
    for &c in rest.iter().rev() {
        match long_letters[..end].iter().rposition(|&(l, _)| l == c) {
            Some(i) => end = i,
            None => return false,
        }
    }
    long_letters[..end].iter().any(|&(l, start)| start && l == first)
}

/// The Cyrillic letters each Latin letter of an acronym is read as in Russian (`NATO` НАТО, `OPEC`
/// ОПЕК, `USAID` ЮСАИД, `CENTCOM` ЦЕНТКОМ).
const READINGS: &[(char, &[&str])] = &[
    ('a', &["а", "э"]),
    ('b', &["б"]),
    ('c', &["к", "с", "ц"]),
    ('d', &["д"]),
    ('e', &["е", "э", "и"]),
    ('f', &["ф"]),
    ('g', &["г", "дж"]),
    ('h', &["х"]),
    ('i', &["и", "ай"]),
    ('j', &["дж", "й"]),
    ('k', &["к"]),
    ('l', &["л"]),
    ('m', &["м"]),
    ('n', &["н"]),
    ('o', &["о"]),
    ('p', &["п"]),
    ('q', &["к"]),
    ('r', &["р"]),
    ('s', &["с", "з"]),
    ('t', &["т"]),
    ('u', &["у", "ю"]),
    ('v', &["в"]),
    ('w', &["в", "у"]),
    ('x', &["кс"]),
    ('y', &["й", "и"]),
    ('z', &["з"]),
];

/// Whether `cyrillic` is `latin` read letter by letter in Cyrillic ([`READINGS`]); other characters
/// are ignored.
pub(crate) fn transcribes(latin: &str, cyrillic: &str) -> bool {
    let latin: Vec<char> = latin
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let cyrillic: String = cyrillic
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    fn go(latin: &[char], rest: &str) -> bool {
        let Some((c, more)) = latin.split_first() else {
            return rest.is_empty();
        };
        READINGS
            .iter()
            .find(|(l, _)| l == c)
            .is_some_and(|(_, readings)| {
                readings
                    .iter()
                    .any(|r| rest.strip_prefix(r).is_some_and(|rest| go(more, rest)))
            })
    }
    !latin.is_empty() && go(&latin, &cyrillic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_follow_their_long_forms() {
        assert!(abbreviates("EAPC", "Euro-Atlantic Partnership Council"));
        assert!(abbreviates("PfP", "Partnership for Peace"));
        assert!(abbreviates("G8", "Group of Eight"));
        assert!(abbreviates("ПА НАТО", "Парламентская ассамблея НАТО"));
        assert!(abbreviates("ПРМ", "«Партнерство ради мира»"));
        assert!(abbreviates("NSPA", "NATO Support and Procurement Agency"));
        assert!(!abbreviates("ГВП", "провинциальная группа восстановления"));
        assert!(!abbreviates("UM", "United Nations"));
        assert!(!abbreviates(
            "ЦАЗСЯО",
            "зона, свободная от ядерного оружия, в Центральной Азии"
        ));
        assert!(!abbreviates("NSG", "Group of Nuclear Suppliers"), "out of order");
        assert!(transcribes("NATO", "НАТО") && transcribes("USAID", "ЮСАИД") && transcribes("OPEC", "ОПЕК"));
        assert!(transcribes("CENTCOM", "ЦЕНТКОМ") && transcribes("NAMSA", "НАМСА"));
        assert!(!transcribes("NATO", "НАТОО") && !transcribes("PRT", "ГВП") && !transcribes("", ""));
        assert!(
            !abbreviates("AMF", "International Monetary Fund"),
            "the A must start a word"
        );
    }
}
