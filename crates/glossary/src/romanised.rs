//! Romanised Russian acronyms: `SShA` (США), `SSSR` (СССР), `ODKB` (ОДКБ), `ZhKKh` (ЖКХ). An English
//! text quotes them, mostly in the romanised titles of its references; they are Russian acronyms, not
//! English ones, so they get the flag `romanised_russian:США` with their Cyrillic instead of a place
//! among the English acronyms the termbase should know.
//!
//! Two tests, both from the reverse transliterator of `steppe-translit`:
//!
//! - **the acronym table** of the reverse transliterator ([`steppe_translit::reverse::acronym`]:
//!   `SShA`, `SSSR`, `RF`, `OBSE`, `EvrAzES` …, matched as written): its Cyrillic is the table's. A table word that is also an English word
//!   (`NATO`, `KGB`, `MID`) is not flagged at extraction; [`crate::Termbase::annotate`] flags it only
//!   when the termbase does not know it as an English short form.
//! - **the shape**: capitals and the consonant digraphs of romanised Russian ([`DIGRAPHS`]: `Sh`,
//!   `Zh`, `Kh`, `Ch`, `Shch`, `Ts`), at least one digraph and two letters, not an English word
//!   (`ChIP`), and read letter for letter: the transliterator's reading has one Cyrillic letter per
//!   Latin capital or digraph (`ZhKKh` → ЖКХ, `TsIK` → ЦИК).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use steppe_translit::reverse::{acronym, Analysis, Reverser, WordList};

/// The name of the flag a romanised Russian acronym gets, as `romanised_russian:CYRILLIC`: for
/// callers that want such entries apart from the English acronyms.
///
/// ```
/// use steppe_doc::{Document, Lang};
/// let doc = Document::parse("n.txt", "The SShA and the IMF met.\n", Lang::En);
/// let glossary = steppe_glossary::extract(&doc);
/// let ssha = glossary.entries.iter().find(|e| e.term == "SShA").unwrap();
/// assert_eq!(ssha.flags, [format!("{}:США", steppe_glossary::ROMANISED_RUSSIAN)]);
/// let imf = glossary.entries.iter().find(|e| e.term == "IMF").unwrap();
/// assert!(imf.flags.is_empty());
/// ```
pub const ROMANISED_RUSSIAN: &str = "romanised_russian";

/// Digraphs that write one Cyrillic letter in romanised Russian acronyms, longest first. A capital
/// followed by a lower-case letter is an English pattern (`PhD`, `NGOs`) unless it is one of these.
const DIGRAPHS: [&str; 6] = ["Shch", "Sh", "Zh", "Kh", "Ch", "Ts"];

/// The Cyrillic of an acronym that is clearly romanised Russian (in the transliterator's acronym
/// table, or of the digraph shape, and not an English word); `None` otherwise.
pub(crate) fn cyrillic(word: &str) -> Option<String> {
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let analysis = analyse(word);
    if analysis.english {
        return None;
    }
    if let Some(cyrillic) = acronym(word) {
        return Some(cyrillic.to_owned());
    }
    let (units, digraphs) = units(word)?;
    let reading = analysis.reading?.to_uppercase();
    let letter_for_letter = reading.chars().count() == units
        && reading
            .chars()
            .all(|c| ('\u{0410}'..='\u{042F}').contains(&c) || c == 'Ё');
    (digraphs > 0 && units >= 2 && letter_for_letter).then_some(reading)
}

/// Whether `word` may be a romanised Russian acronym ([`cyrillic`]), answered from a memo: the
/// question is asked of every acronym-shaped word of a document (most are `NATO` again and again).
pub(crate) fn is_romanised(word: &str) -> bool {
    static MEMO: OnceLock<Mutex<HashMap<String, bool>>> = OnceLock::new();
    /// Words remembered at most; the memo starts afresh when full, so memory stays bounded.
    const MAX_MEMO: usize = 4096;
    // neither in the table nor of the digraph shape: no need to ask the transliterator
    if acronym(word).is_none() && !units(word).is_some_and(|(u, d)| d > 0 && u >= 2) {
        return false;
    }
    let memo = MEMO.get_or_init(Default::default);
    if let Some(&known) = memo.lock().unwrap_or_else(|e| e.into_inner()).get(word) {
        return known;
    }
    let answer = cyrillic(word).is_some();
    let mut memo = memo.lock().unwrap_or_else(|e| e.into_inner());
    if memo.len() >= MAX_MEMO {
        memo.clear();
    }
    memo.insert(word.to_owned(), answer);
    answer
}

/// The Cyrillic the transliterator's acronym table gives `word`, English word or not (`NATO` →
/// НАТО): for acronyms the termbase does not know.
pub(crate) fn in_table(word: &str) -> Option<String> {
    acronym(word).map(str::to_owned)
}

/// The flag for an acronym with this Cyrillic.
pub(crate) fn flag(cyrillic: &str) -> String {
    format!("{ROMANISED_RUSSIAN}:{cyrillic}")
}

/// The Cyrillic of a `romanised_russian:…` flag among `flags`.
pub(crate) fn flagged(flags: &[String]) -> Option<&str> {
    flags
        .iter()
        .find_map(|f| f.strip_prefix(ROMANISED_RUSSIAN)?.strip_prefix(':'))
}

/// How many letters `word` has when each digraph counts as one, and how many digraphs, if it is
/// made of capitals and [`DIGRAPHS`] only.
fn units(word: &str) -> Option<(usize, usize)> {
    let (mut rest, mut units, mut digraphs) = (word, 0, 0);
    while !rest.is_empty() {
        if let Some(d) = DIGRAPHS.iter().find(|d| rest.starts_with(**d)) {
            rest = &rest[d.len()..];
            digraphs += 1;
        } else if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            rest = &rest[1..];
        } else {
            return None;
        }
        units += 1;
    }
    Some((units, digraphs))
}

/// The transliterator's analysis of a word alone, without a lexicon (acronyms are no dictionary
/// words): whether it is English, and its letter-for-letter reading for the digraph shape.
fn analyse(word: &str) -> Analysis {
    static LEXICON: OnceLock<WordList> = OnceLock::new();
    static REVERSER: OnceLock<Reverser<'static, WordList>> = OnceLock::new();
    REVERSER
        .get_or_init(|| Reverser::new(LEXICON.get_or_init(|| WordList::from_words(Vec::<&str>::new()))))
        .analyse(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_table_words_that_are_not_english() {
        for (latin, cyr) in [
            ("SShA", "США"),
            ("SSSR", "СССР"),
            ("RF", "РФ"),
            ("FSB", "ФСБ"),
            ("KNB", "КНБ"),
            ("OBSE", "ОБСЕ"),
            ("ODKB", "ОДКБ"),
            ("ShOS", "ШОС"),
            ("SNG", "СНГ"),
            ("EvrAzES", "ЕврАзЭС"),
        ] {
            assert_eq!(cyrillic(latin).as_deref(), Some(cyr), "{latin}");
        }
    }

    #[test]
    fn english_acronyms_and_words_are_not_romanised_russian() {
        for word in [
            "IMF", "CSTO", "NATO", "KGB", "MID", "NGOs", "PhD", "ChIP", "Kazbat", "Sh",
        ] {
            assert_eq!(cyrillic(word), None, "{word}");
        }
        // the termbase decides these
        assert_eq!(in_table("NATO").as_deref(), Some("НАТО"));
        assert_eq!(in_table("MID").as_deref(), Some("МИД"));
        assert_eq!(in_table("IMF"), None);
    }

    #[test]
    fn digraph_shape_outside_the_table_reads_letter_for_letter() {
        assert_eq!(cyrillic("ZhKKh").as_deref(), Some("ЖКХ"));
        assert_eq!(cyrillic("TsIK").as_deref(), Some("ЦИК"));
        assert_eq!(units("ShchKA"), Some((3, 1)));
        assert_eq!(units("SShA"), Some((3, 1)));
        assert_eq!(units("PhD"), None);
    }

    #[test]
    fn flags_carry_the_cyrillic() {
        let flags = vec!["no_ru".to_owned(), flag("США")];
        assert_eq!(flags[1], "romanised_russian:США");
        assert_eq!(flagged(&flags), Some("США"));
        assert_eq!(flagged(&flags[..1]), None);
    }
}
