//! Which acronym-shaped words are acronyms: the place of a word in its line decides.
//!
//! Capitals are not only acronyms. On any article, a word in capitals may be
//!
//! - a **surname** of a byline or a reading-list entry (`Timur SHAYMERGENOV, Ph.D.`, `IVANOV, I.`):
//!   next to a title-case given name or initials, at the start of its line, with nothing but names
//!   before it and a comma, another name or the end of the line after it;
//! - a word of an **ALL-CAPS title**, heading or journal name (`CENTRAL ASIA AND THE CAUCASUS`,
//!   `NATO REVIEW`, `SURVIVAL`): a run of words in capitals of which one is an ordinary English word
//!   (the English word list of `steppe-translit`), or three words or more;
//! - an **identifier** or its label (`DOI`, `ISSN`, `ISBN`, a URL or e-mail address:
//!   `data/identifiers.txt`);
//! - a **roman numeral** (`XIV`, `Vol. LXII`);
//! - an acronym inside a **romanised Russian title** (`Politika SShA v Tsentral'noi Azii`), which
//!   `steppe refs` reads with its title: the spans are those of
//!   [`steppe_translit::reverse::reference_spans`], of two words or more.
//!
//! Surnames and title words count as acronyms only where the text also uses them as acronyms
//! elsewhere (`NATO` in `NATO REVIEW`); identifiers, numerals and romanised words never do.
//! Everything else in capitals is an acronym, in a title-case heading too (`IISS Strategic
//! Comments`, `SIPRI Yearbook 2008`: an institute's acronym a reading list gives undefined).

use crate::lists;
use crate::romanised;
use crate::token::Word;
use std::sync::OnceLock;
use steppe_lexicon::LexiconSet;
use steppe_translit::reverse::english::English;
use steppe_translit::reverse::{reference_spans, Reverser};

/// Where an acronym-shaped word stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// Running text or a title-case heading: an acronym.
    Plain,
    /// A byline's or reading list's surname, or a word of an ALL-CAPS title: an acronym only where
    /// the text uses it as one elsewhere.
    NameOrTitle,
    /// An identifier, a roman numeral or a word of a romanised Russian title: never a glossary acronym.
    Never,
}

/// The place of each word of a unit.
pub(crate) fn places(text: &str, ws: &[Word<'_>]) -> Vec<Place> {
    // only words with a capital can be acronyms: the others stay plain unexamined
    let mut out: Vec<Place> = (0..ws.len())
        .map(|i| {
            if !ws[i].text.chars().any(char::is_uppercase) {
                Place::Plain
            } else if is_identifier(text, ws, i) || is_roman_numeral(ws, i) {
                Place::Never
            } else if is_surname(ws, i) {
                Place::NameOrTitle
            } else {
                Place::Plain
            }
        })
        .collect();
    for (a, b) in caps_runs(ws) {
        for i in title_words(ws, a, b) {
            if out[i] == Place::Plain {
                out[i] = Place::NameOrTitle;
            }
        }
    }
    // the reverse transliterator only for units with a romanised-looking acronym (`SShA`)
    let capitals = |w: &&Word<'_>| w.text.chars().filter(|c| c.is_uppercase()).count() >= 2;
    if ws
        .iter()
        .filter(capitals)
        .any(|w| romanised::is_romanised(w.text))
    {
        for (start, end) in romanised_titles(text) {
            for (i, w) in ws.iter().enumerate() {
                if (start..end).contains(&w.start) {
                    out[i] = Place::Never;
                }
            }
        }
    }
    out
}

/// Whether a word has letters and all of them capitals (`SHAYMERGENOV`, `NATO'S` as split).
fn in_capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// `Timur`, `Ivan`: a capital and then lower-case letters only.
fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

/// `J.`, `A.P.`: initials.
fn is_initials(w: &Word<'_>) -> bool {
    crate::token::is_dotted(w.text)
        || (w.text.chars().count() == 1 && w.text.chars().all(char::is_uppercase) && w.after == Some('.'))
}

/// A word that may be part of a personal name in a byline.
fn is_name_word(w: &Word<'_>) -> bool {
    let function = lists::stopwords().contains(w.text.to_lowercase().as_str());
    (!function && is_title_case(w.text))
        || is_initials(w)
        || (in_capitals(w.text) && w.text.chars().count() >= 3)
}

/// A surname in capitals: `Timur SHAYMERGENOV`, `Timur SHAYMERGENOV, Ph.D.`, `J. SMITH`,
/// `IVANOV, Ivan.`, `SMITH J.` — next to a given name or initials at the start of a line.
fn is_surname(ws: &[Word<'_>], i: usize) -> bool {
    let w = &ws[i];
    let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
    if !in_capitals(w.text)
        || letters < 3
        || !w.text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        || romanised::in_table(w.text).is_some()
    {
        return false;
    }
    let next = ws.get(i + 1);
    // given names or initials before, nothing else: `Timur SHAYMERGENOV`
    let names_before = i > 0
        && i <= 3
        && ws[..i].iter().all(|v| is_name_word(v) && !in_capitals(v.text))
        && ws[i - 1].after.map_or(true, |c| c == '.')
        && (w.after.is_some_and(|c| matches!(c, ',' | ';'))
            || next.map_or(true, |n| is_name_word(n) || n.before == Some('(')));
    // the line starts with the surname, given name or initials after: `IVANOV, Ivan.`, `SMITH J.`
    let names_after = i == 0
        && next.is_some_and(|n| {
            (is_title_case(n.text) && n.after.is_some_and(|c| matches!(c, '.' | ','))) || is_initials(n)
        });
    names_before || names_after
}

/// Runs `[a, b)` of consecutive words in capitals, not across a comma, semicolon or bracket
/// (`the U.N., EU, G-8` is a list, not a title).
fn caps_runs(ws: &[Word<'_>]) -> Vec<(usize, usize)> {
    let breaks = |w: &Word<'_>| {
        w.after
            .is_some_and(|c| matches!(c, ',' | ';' | '(' | ')' | '[' | ']'))
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if in_capitals(ws[i].text) {
            let a = i;
            while i < ws.len() && in_capitals(ws[i].text) {
                i += 1;
                if breaks(&ws[i - 1]) || ws.get(i).is_some_and(|n| n.before == Some('(')) {
                    break;
                }
            }
            runs.push((a, i));
        } else {
            i += 1;
        }
    }
    runs
}

/// The title words of the run `[a, b)` of words in capitals. A run of three words or more with a
/// function word (`THE ROLE OF THE CSTO`) is a title throughout; otherwise its ordinary English
/// words of four letters or more are title words and the rest stay acronyms (`NATO REVIEW`, `IBM
/// POWER 8`); a lone ordinary word is a title (a journal) where a volume or number follows
/// (`SURVIVAL, Vol. 48`). Runs of acronyms (`NATO ISAF`) hold none.
fn title_words(ws: &[Word<'_>], a: usize, b: usize) -> Vec<usize> {
    let ordinary = |w: &Word<'_>| is_ordinary_word(w.text);
    let function = |w: &Word<'_>| lists::stopwords().contains(w.text.to_lowercase().as_str());
    let run = &ws[a..b];
    if run.len() >= 3 && run.iter().any(function) {
        return (a..b).collect();
    }
    let cited = ws.get(b).is_some_and(|n| is_volume_word(n.text));
    if run.len() == 1 && !cited {
        return Vec::new();
    }
    (a..b).filter(|&i| ordinary(&ws[i])).collect()
}

/// Whether a word in capitals is an ordinary English word (`REVIEW`, `CENTRAL`): in the English
/// word list, four letters or more, spelt like a word (a vowel, no letter three times in a row; the
/// list also holds acronyms such as `http` and `ieee`), and not in the acronym table (`NATO`).
fn is_ordinary_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let letters: Vec<char> = lower.chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = letters.iter().any(|c| "aeiouy".contains(*c));
    let tripled = letters.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
    letters.len() >= 4
        && vowel
        && !tripled
        && romanised::in_table(word).is_none()
        && English::embedded().contains(word)
}

/// `DOI`, `ISSN` and the like, and words inside a URL or an e-mail address.
fn is_identifier(text: &str, ws: &[Word<'_>], i: usize) -> bool {
    let w = &ws[i];
    let raw_start = text[..w.start].rfind(char::is_whitespace).map_or(0, |p| p + 1);
    let raw_end = text[w.start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |p| w.start + p);
    let raw = &text[raw_start..raw_end];
    let starts = |prefix: &str| {
        raw.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    let label = w.text.len() <= 6 && lists::identifiers().contains(w.text.to_ascii_lowercase().as_str());
    label
        || raw.contains("://")
        || raw.contains('@')
        || starts("www.")
        || starts("doi:")
        || (raw.starts_with("10.") && raw.contains('/'))
}

/// `XIV`, `Vol. LXII`: a roman numeral. Numerals of `I`, `V` and `X` only always are; with `L`,
/// `C`, `D` or `M` (`CD`, `DC`, `MCI` are acronyms too) only after a volume word.
fn is_roman_numeral(ws: &[Word<'_>], i: usize) -> bool {
    let word = ws[i].text;
    let small = word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    is_valid_roman(word) && (small || (i > 0 && is_volume_word(ws[i - 1].text)))
}

/// `Vol.`, `No.`, `Part`: a word a volume or issue number follows in a reference.
fn is_volume_word(word: &str) -> bool {
    const VOLUME: &[&str] = &[
        "vol", "volume", "part", "chapter", "ch", "book", "no", "nos", "section", "tome", "issue", "art",
        "pp",
    ];
    VOLUME.contains(&word.to_lowercase().as_str())
}

/// Whether `word` is a well-formed roman numeral (`MMVIII`, not `IIII` or `VX`).
fn is_valid_roman(word: &str) -> bool {
    fn value(c: char) -> Option<u32> {
        Some(match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            'M' => 1000,
            _ => return None,
        })
    }
    if word.is_empty() || !word.bytes().all(|b| b"IVXLCDM".contains(&b)) {
        return false;
    }
    let Some(digits) = word.chars().map(value).collect::<Option<Vec<u32>>>() else {
        return false;
    };
    let mut total = 0u32;
    for (k, &d) in digits.iter().enumerate() {
        match digits.get(k + 1) {
            Some(&n) if n > d => total = total.wrapping_sub(d),
            _ => total = total.wrapping_add(d),
        }
    }
    (1..4000).contains(&total) && to_roman(total) == word
}

/// The canonical roman numeral of `n` (1..4000).
fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Byte ranges of the romanised Russian titles (spans of two words or more) in `text`.
fn romanised_titles(text: &str) -> Vec<(usize, usize)> {
    static LEXICON: OnceLock<LexiconSet> = OnceLock::new();
    static REVERSER: OnceLock<Reverser<'static, LexiconSet>> = OnceLock::new();
    let reverser = REVERSER.get_or_init(|| Reverser::new(LEXICON.get_or_init(LexiconSet::embedded)));
    let Ok(style) = steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = 0;
    for span in reference_spans(reverser, &[(0, text)], style) {
        if span.latin.split_whitespace().count() < 2 {
            continue;
        }
        if let Some(p) = text[from..].find(&span.latin) {
            out.push((from + p, from + p + span.latin.len()));
            from += p + span.latin.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::words;

    fn place_of(text: &str, word: &str) -> Place {
        let ws = words(text);
        let i = ws.iter().position(|w| w.text == word).unwrap();
        places(text, &ws)[i]
    }

    #[test]
    fn bylines_and_reading_list_authors() {
        assert_eq!(place_of("Timur SHAYMERGENOV", "SHAYMERGENOV"), Place::NameOrTitle);
        assert_eq!(
            place_of("Timur IVANOV, Ph.D. (Political Science)", "IVANOV"),
            Place::NameOrTitle
        );
        assert_eq!(place_of("A.P. SMITH", "SMITH"), Place::NameOrTitle);
        assert_eq!(
            place_of("IVANOV, Ivan. Russia and the West.", "IVANOV"),
            Place::NameOrTitle
        );
        assert_eq!(
            place_of("SMITH J. Central Asia after 2001.", "SMITH"),
            Place::NameOrTitle
        );
        // acronyms next to names in prose
        assert_eq!(
            place_of("Kazakhstan joined NATO programs in 1994.", "NATO"),
            Place::Plain
        );
        assert_eq!(place_of("Astana CSTO talks began.", "CSTO"), Place::Plain);
        assert_eq!(place_of("Kazakhstan, CSTO and SCO met.", "CSTO"), Place::Plain);
        assert_eq!(place_of("In DCF, stations wait.", "DCF"), Place::Plain);
    }

    #[test]
    fn titles_in_capitals() {
        let line = "CENTRAL ASIA AND THE CAUCASUS";
        assert_eq!(place_of(line, "ASIA"), Place::NameOrTitle);
        assert_eq!(place_of("NATO REVIEW, No. 3", "REVIEW"), Place::NameOrTitle);
        assert_eq!(place_of("NATO REVIEW, No. 3", "NATO"), Place::Plain);
        assert_eq!(place_of("the IBM POWER 8 system", "IBM"), Place::Plain);
        assert_eq!(place_of("the BASEBALL system answered", "BASEBALL"), Place::Plain);
        assert_eq!(place_of("200 OK HTTP responses", "HTTP"), Place::Plain);
        assert_eq!(place_of("2018 IEEE (pp. 3-9)", "IEEE"), Place::Plain);
        assert_eq!(place_of("THE ROLE OF THE CSTO", "CSTO"), Place::NameOrTitle);
        assert_eq!(place_of("See SURVIVAL, vol. 48.", "SURVIVAL"), Place::NameOrTitle);
        assert_eq!(place_of("The NATO ISAF mission", "ISAF"), Place::Plain);
        assert_eq!(place_of("IISS Strategic Comments", "IISS"), Place::Plain);
        assert_eq!(
            place_of("the U.N., EU, G-8, and the World Bank", "G-8"),
            Place::Plain
        );
        assert_eq!(place_of("NATO ISAF OSCE", "ISAF"), Place::Plain);
    }

    #[test]
    fn identifiers_and_numerals() {
        assert_eq!(
            place_of("doi:10.1080/ABC.2008 and DOI 10.1/x", "DOI"),
            Place::Never
        );
        assert_eq!(place_of("ISSN 1404-6091", "ISSN"), Place::Never);
        assert_eq!(
            place_of("write to NATO@HQ.INT today", "NATO@HQ.INT"),
            Place::Never
        );
        assert_eq!(
            place_of("ISBN 5-7975-0010-X, WWW.SIPRI.ORG", "WWW.SIPRI.ORG"),
            Place::Never
        );
        assert_eq!(place_of("See Vol. XIV and Part LXII.", "XIV"), Place::Never);
        assert_eq!(place_of("See Vol. XIV and Part LXII.", "LXII"), Place::Never);
        assert_eq!(place_of("Washington, DC and the UN.", "DC"), Place::Plain);
        assert_eq!(place_of("including MCI subjects", "MCI"), Place::Plain);
        assert!(is_valid_roman("MMVIII") && !is_valid_roman("IIII") && !is_valid_roman("VX"));
    }

    #[test]
    fn acronyms_inside_romanised_titles() {
        let line = "M. Laumulin, Vneshniaia politika i strategia SShA na sovremennom etape, Almaty, 2006.";
        assert_eq!(place_of(line, "SShA"), Place::Never);
        assert_eq!(place_of("The SShA and the IMF met.", "SShA"), Place::Plain);
    }
}
