//! Text handling for the reverse engine: tokens (words and what lies between), spans, web
//! addresses, Roman numerals, and restoring the case of the Latin in the Cyrillic.

use super::fold_word_cased;

/// Whether `word` is a Roman numeral of two letters or more (`II`, `XIV`; not `ILI`).
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    const PLACES: [[&str; 10]; 3] = [
        ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"],
        ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"],
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"],
    ];
    let mut rest = word.trim_start_matches('M');
    for place in PLACES {
        // The longest form of this place that the rest starts with.
        let taken = place
            .iter()
            .filter(|p| rest.starts_with(*p))
            .map(|p| p.len())
            .max()
            .unwrap_or(0);
        rest = &rest[taken..];
    }
    rest.is_empty() && word.len() >= 2
}

/// Whether word token `i` is glued by `.`, `/` or `@` to another word (`www.kisi.kz`), which
/// initials (`K.K.`) are not.
pub(crate) fn in_address(tokens: &[(&str, bool)], i: usize) -> bool {
    let glue = |t: Option<&(&str, bool)>| t.is_some_and(|t| !t.1 && matches!(t.0, "." | "/" | "@" | "://"));
    let word = |t: Option<&(&str, bool)>| t.is_some_and(|t| t.1 && t.0.chars().count() > 1);
    // A path: `/proc`, `usr/bin`.
    let slash_before = i > 0 && !tokens[i - 1].1 && tokens[i - 1].0.ends_with('/');
    let slash_after = tokens.get(i + 1).is_some_and(|t| !t.1 && t.0.starts_with('/'));
    tokens[i].0.chars().count() > 1
        && (slash_before
            || slash_after
            || (i >= 2 && glue(tokens.get(i - 1)) && word(tokens.get(i - 2)))
            || (glue(tokens.get(i + 1)) && word(tokens.get(i + 2))))
}

/// Whether the non-word token `i` ends a span.
pub(crate) fn splits_span(tokens: &[(&str, bool)], i: usize) -> bool {
    let tok = tokens[i].0;
    if tok.chars().any(|c| ",;:()[]{}\"“”«»„*?!/|".contains(c)) {
        return true;
    }
    // A full stop ends a span unless it closes an initial (`M. Laumulin`).
    tok.contains('.')
        && !(i > 0 && tokens[i - 1].1 && tokens[i - 1].0.chars().count() == 1 && tok.starts_with('.'))
}

/// Whether `c` belongs to a word: a letter or a combining mark (tie bars included).
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{0300}'..='\u{036F}').contains(&c) || c == '\u{FE20}' || c == '\u{FE21}'
}

/// Whether `c` is an apostrophe-like mark that may stand inside or at the end of a word.
fn is_mark(c: char) -> bool {
    "'ʹʼ’ʺ″`·\"”".contains(c)
}

/// Splits a line into words (letters, combining marks, and apostrophes inside or closing a word)
/// and the text between them. One pass over the line: linear time, and no memory beyond the
/// tokens.
pub fn tokenize(line: &str) -> Vec<(&str, bool)> {
    let char_at = |b: usize| line.get(b..).and_then(|s| s.chars().next());
    let mut quotes = QuoteScan::new(line);
    let mut tokens = Vec::new();
    let mut at = 0;
    while let Some(first) = char_at(at) {
        let in_word = is_letter(first);
        let mut end = at + first.len_utf8();
        if in_word {
            let mut prev = first;
            // Whether a single quote is open before the word: asked at most once per word.
            let mut open: Option<bool> = None;
            while let Some(c) = char_at(end) {
                let next = char_at(end + c.len_utf8());
                let closing = is_mark(c)
                    && !"\"·”".contains(c)
                    && prev.is_ascii_alphabetic()
                    && next.map_or(true, |n| !is_letter(n))
                    && !(c == '\'' && *open.get_or_insert_with(|| quotes.open_before(at)));
                if is_letter(c) || (is_mark(c) && next.is_some_and(is_letter)) || closing {
                    prev = c;
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
        } else {
            while let Some(c) = char_at(end).filter(|&c| !is_letter(c)) {
                end += c.len_utf8();
            }
        }
        tokens.push((&line[at..end], in_word));
        at = end;
    }
    tokens
}

/// Whether a single quote is open at a point of a line, asked at points that only move forward
/// (word starts, left to right), so the whole line is scanned once.
///
/// An apostrophe after a non-letter and before a letter opens a quote (`'Rossiia`), one after a
/// letter and before a non-letter closes it; an apostrophe between letters is a sign inside a word
/// (`Tsentral'naia`) and does neither. A word-final apostrophe after the line's quotes are
/// balanced is then a soft sign (`Tsentral'naia vlast'`).
struct QuoteScan<'a> {
    line: &'a str,
    /// Bytes scanned so far.
    pos: usize,
    /// Quotes open at `pos`.
    open: usize,
    /// The character before `pos`.
    prev: Option<char>,
}

impl<'a> QuoteScan<'a> {
    fn new(line: &'a str) -> QuoteScan<'a> {
        QuoteScan {
            line,
            pos: 0,
            open: 0,
            prev: None,
        }
    }

    /// Whether a quote is open before byte `end` (not before an earlier point than last asked).
    fn open_before(&mut self, end: usize) -> bool {
        let mut chars = self.line[self.pos..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if self.pos + i >= end {
                break;
            }
            if c == '\'' {
                let after_letter = self.prev.is_some_and(char::is_alphabetic);
                let before_letter = chars.peek().is_some_and(|&(_, n)| n.is_alphabetic());
                match (after_letter, before_letter) {
                    (false, true) => self.open += 1,
                    (true, false) => self.open = self.open.saturating_sub(1),
                    _ => {}
                }
            }
            self.prev = Some(c);
        }
        self.pos = self.pos.max(end.min(self.line.len()));
        self.open > 0
    }
}

/// The longest stretch of a line, in bytes, that is decided as one (spans weighed, English
/// looked for): a longer line is read in pieces of about this size, so that memory stays
/// bounded by the piece, not the line. Real lines are far shorter.
pub const MAX_PIECE_BYTES: usize = 64 * 1024;

/// The pieces of `line` that are decided one by one: the line itself when it has at most
/// [`MAX_PIECE_BYTES`] bytes, else pieces of about that size cut after the last sentence end
/// (`.`, `!`, `?`, `;` before a space) in reach, else after the last space, else after the last
/// character that is no letter; a run of letters longer than a piece (no word: see
/// [`MAX_WORD_LETTERS`](super::MAX_WORD_LETTERS)) is never cut. Joined, the pieces are the line.
///
/// ```
/// use steppe_translit::reverse::text::{line_pieces, MAX_PIECE_BYTES};
/// let line = "Tsentral'naia Azia. ".repeat(10_000);
/// let pieces: Vec<&str> = line_pieces(&line).collect();
/// assert_eq!(pieces.concat(), line);
/// assert!(pieces.iter().all(|p| p.len() <= MAX_PIECE_BYTES && p.ends_with(". ")));
/// ```
pub fn line_pieces(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = piece_end(rest);
        let (piece, after) = rest.split_at(cut);
        rest = after;
        Some(piece)
    })
}

/// The pieces of every line of `text` ([`line_pieces`]), with the byte offset of each in `text`;
/// line ends (`\n`, `\r\n`) are in no piece. The unit that `names` and `refs` read as a line.
pub(crate) fn text_pieces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line.trim_end_matches(['\n', '\r'])))
        })
        .flat_map(|(start, body)| {
            line_pieces(body).scan(start, |at, piece| {
                let piece_start = *at;
                *at += piece.len();
                Some((piece_start, piece))
            })
        })
}

/// Where the first piece of `text` ends (see [`line_pieces`]).
fn piece_end(text: &str) -> usize {
    if text.len() <= MAX_PIECE_BYTES {
        return text.len();
    }
    let mut limit = MAX_PIECE_BYTES;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    // Cuts only in the second half of the window: every piece but the last has half a window
    // at least, so the line is scanned a bounded number of times.
    let mut half = limit / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let window = &text[half..limit];
    let after = |i: usize| half + i + window[i..].chars().next().map_or(0, char::len_utf8);
    let sentence = window
        .char_indices()
        .rev()
        .find(|&(i, c)| c.is_whitespace() && window[..i].ends_with(['.', '!', '?', ';']));
    if let Some((i, _)) = sentence {
        return after(i);
    }
    if let Some(i) = window.rfind(char::is_whitespace) {
        return after(i);
    }
    if let Some(i) = window.rfind(|c: char| !is_letter(c) && !is_mark(c)) {
        return after(i);
    }
    // One run of letters fills the window: the piece runs to its end.
    text[limit..]
        .find(|c: char| !is_letter(c) && !is_mark(c))
        .map_or(text.len(), |i| limit + i)
}

/// Writes `cyr` (lower case) in the case pattern of `latin`: lower, Capitalised, UPPER, or chunk
/// by chunk for mixed forms such as `SShA`.
pub(crate) fn apply_case(latin: &str, path: &[(u8, u8)], cyr: &str) -> String {
    let cased = fold_word_cased(latin);
    let uppers = cased.iter().filter(|c| c.1).count();
    let letters = cased.iter().filter(|c| c.0.is_alphabetic()).count();
    if uppers == 0 {
        return cyr.to_owned();
    }
    // Mostly capitals is ALL CAPS: iuliia writes `GORIZONTAL'NAIa`, and `SShA` is an acronym.
    if uppers * 2 > letters && letters > 1 {
        return cyr.to_uppercase();
    }
    if uppers == 1 && cased[0].1 {
        let mut chars = cyr.chars();
        return chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    let mut out = String::with_capacity(cyr.len());
    let (mut li, mut rest) = (0usize, cyr.chars());
    for &(llen, clen) in path {
        let upper = cased.get(li).is_some_and(|c| c.1);
        for c in rest.by_ref().take(clen as usize) {
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        li += llen as usize;
    }
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_in_pieces_where_a_span_ends_and_never_in_a_run_of_letters() {
        let sentences = "Tsentral'naia Azia; v mirovoy politologii. ".repeat(5000);
        let pieces: Vec<&str> = line_pieces(&sentences).collect();
        assert!(pieces.len() > 2);
        assert_eq!(pieces.concat(), sentences);
        assert!(pieces[..pieces.len() - 1]
            .iter()
            .all(|p| p.len() <= MAX_PIECE_BYTES && p.len() >= MAX_PIECE_BYTES / 2 && p.ends_with(". ")));
        // No sentence end: cut after a space; no space: after a comma.
        let words = "Azia ".repeat(30_000);
        assert!(line_pieces(&words).all(|p| p.ends_with(' ')));
        let commas = "Azia,".repeat(30_000);
        assert!(line_pieces(&commas).all(|p| p.ends_with(',')));
        // A run of letters longer than a piece is one piece with what follows it cut after.
        let run = format!("{} Azia", "shch".repeat(40_000));
        let pieces: Vec<&str> = line_pieces(&run).collect();
        assert_eq!(pieces, [&run[..160_000], " Azia"]);
        assert_eq!(line_pieces("").count(), 0);
    }

    #[test]
    fn text_pieces_give_each_piece_with_its_offset() {
        let long = "Azia v mire. ".repeat(10_000);
        let text = format!("one\r\n\n{long}\ntwo");
        let pieces: Vec<(usize, &str)> = text_pieces(&text).collect();
        assert_eq!(pieces[0], (0, "one"));
        assert_eq!(pieces.last(), Some(&(text.len() - 3, "two")));
        for (at, piece) in &pieces {
            assert_eq!(&text[*at..*at + piece.len()], *piece);
        }
        assert_eq!(
            pieces.iter().map(|p| p.1).collect::<String>(),
            format!("one{long}two")
        );
    }

    #[test]
    fn word_final_apostrophes_cost_one_pass_over_the_line() {
        // Each word-final apostrophe asks whether a quote is open: answered from where the last
        // question left off (it was a scan from the line's start, quadratic here).
        let line = "vlast' ".repeat(200_000);
        let tokens = tokenize(&line);
        let words: Vec<&str> = tokens.iter().filter(|t| t.1).map(|t| t.0).collect();
        assert_eq!(words.len(), 200_000);
        assert!(words.iter().all(|w| *w == "vlast'"));
    }

    #[test]
    fn tokens_keep_every_character() {
        let line = "See: M. Laumulin, \"NATO v Tsentral'noy Azii,\" Kontinent, No. 18 (105).";
        let tokens = tokenize(line);
        assert_eq!(tokens.iter().map(|t| t.0).collect::<String>(), line);
        assert!(tokens.contains(&("Tsentral'noy", true)));
        assert!(tokens.iter().any(|t| !t.1 && t.0.contains('"')));
    }

    #[test]
    fn closing_apostrophe_belongs_to_the_word_unless_it_closes_a_quote() {
        assert!(tokenize("Dzhemal' i").contains(&("Dzhemal'", true)));
        assert!(tokenize("fazy` i").contains(&("fazy`", true)));
        assert!(tokenize("'Rossiia'").contains(&("Rossiia", true)));
        // An apostrophe inside an earlier word opens no quote: the last one is a soft sign.
        assert!(tokenize("Tsentral'naia vlast'").contains(&("vlast'", true)));
        assert!(tokenize("'Rossiia' i vlast'").contains(&("vlast'", true)));
        assert!(tokenize("'Tsentral'naia vlast'").contains(&("vlast", true)));
    }

    #[test]
    fn web_addresses_are_not_words() {
        let tokens = tokenize("[www.kisi.kz] K.K. Tokaev, Moskva. See /proc");
        let flagged: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens[i].1 && in_address(&tokens, i))
            .map(|i| tokens[i].0)
            .collect();
        assert_eq!(flagged, ["www", "kisi", "kz", "proc"]);
    }

    #[test]
    fn roman_numerals_are_told_from_words() {
        assert!(is_roman_numeral("II") && is_roman_numeral("XIV") && is_roman_numeral("MCMXCI"));
        assert!(!is_roman_numeral("ILI") && !is_roman_numeral("I") && !is_roman_numeral("MIX2"));
    }

    #[test]
    fn case_follows_the_latin() {
        assert_eq!(apply_case("Tsentral'naia", &[], "центральная"), "Центральная");
        assert_eq!(apply_case("SShA", &[(1, 1), (2, 1), (1, 1)], "сша"), "США");
        assert_eq!(apply_case("NATO", &[], "нато"), "НАТО");
        assert_eq!(
            apply_case("GORIZONTAL'NAIa", &[], "горизонтальная"),
            "ГОРИЗОНТАЛЬНАЯ"
        );
        assert_eq!(apply_case("v", &[], "в"), "в");
    }
}
