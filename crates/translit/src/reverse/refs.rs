//! Romanised Russian inside references: the spans, their Cyrillic, and what a copy-editor should
//! check (mixed schemes, English spellings, soft signs the Latin does not show, one work spelled
//! two ways), for `steppe refs`.
//!
//! A span is a run of words the line decision converts (titles, names with their initials,
//! periodicals), joined by spaces, hyphens, colons, and commas that go on in lower case (`sobytia,
//! otsenki`); quotes, brackets, digits and a comma before a capital end it (`Laumulin, Tsentral'naia`
//! are two spans). A span that ends a line of a note goes on at the start of the next line (a
//! title wrapped in the note), across the same separators; a blank line ends it.

use super::detect::detect;
use super::key::key;
use super::phrase::{tokenize, Analysis, Confidence, Decided, Kind, Reverser, WordReport};
use super::text::text_pieces;
use super::{has_cyrillic, WordCheck};
use crate::Scheme;
use std::collections::HashMap;

/// One romanised span of a reference.
#[derive(Clone, Debug, serde::Serialize)]
pub struct RefSpan {
    /// Which note or line it comes from (the caller's numbering).
    pub note: u32,
    /// The span as written (a line break inside it as a space).
    pub latin: String,
    /// Its Cyrillic.
    pub cyrillic: String,
    /// The Cyrillic written in the chosen style.
    pub styled: String,
    /// Its matching key.
    pub key: String,
    /// What to check.
    pub flags: Vec<String>,
    /// How sure the Cyrillic is: its weakest word decides.
    pub confidence: Confidence,
    /// Other readings of the span when it is not certain (at most three, likeliest first).
    pub alternatives: Vec<String>,
}

/// Finds the romanised spans of each `(note, text)`, writes them in `style`, and flags them.
///
/// ```
/// use steppe_translit::reverse::{reference_spans, Reverser, WordList};
/// use steppe_translit::{scheme, Lang};
/// let lexicon = WordList::from_words(["центральная", "азия", "в", "мировой", "политике"]);
/// let r = Reverser::new(&lexicon);
/// let spans = reference_spans(&r, &[(1, "See: Tsentral'naia Azia v mirovoy politike, Almaty, 2006.")],
///                             scheme("ala_lc", Lang::Ru).unwrap());
/// assert_eq!(spans[0].cyrillic, "Центральная Азия в мировой политике");
/// assert!(spans[0].flags.iter().any(|f| f.starts_with("mixed")));
/// ```
pub fn reference_spans<L: WordCheck>(
    reverser: &Reverser<L>,
    notes: &[(u32, &str)],
    style: Scheme,
) -> Vec<RefSpan> {
    let mut spans = Vec::new();
    for &(note, text) in notes {
        // Each span as soon as it is complete, its words put back into the cache first: reading
        // them again after the whole note would search them again once the cache has started over.
        text_spans_with(
            reverser,
            text,
            |_, _| {},
            |span| {
                span.remember(reverser);
                spans.push(read_span(reverser, note, span.latin, style));
            },
        );
    }
    // One work (or name) spelled two ways across the notes.
    let mut by_key: HashMap<&str, Vec<(u32, &str)>> = HashMap::new();
    for s in &spans {
        by_key.entry(&s.key).or_default().push((s.note, &s.latin));
    }
    let others: Vec<Vec<String>> = spans
        .iter()
        .map(|s| {
            by_key[s.key.as_str()]
                .iter()
                .filter(|(_, l)| *l != s.latin)
                .map(|(n, l)| format!("also spelled {l:?} (note {n})"))
                .collect()
        })
        .collect();
    for (s, extra) in spans.iter_mut().zip(others) {
        s.flags.extend(extra);
    }
    spans
}

/// The Cyrillic, style, key and flags of the romanised span `latin` of note `note`.
fn read_span<L: WordCheck>(reverser: &Reverser<L>, note: u32, latin: String, style: Scheme) -> RefSpan {
    let rebuilt = reverser.reconstruct(&latin);
    let found = detect(reverser, &latin);
    let mut flags: Vec<String> = found
        .evidence
        .iter()
        .filter(|e| e.starts_with("mixed") || e.starts_with("English") || e.contains("style"))
        .cloned()
        .collect();
    for word in latin.split(|c: char| !c.is_alphabetic() && !"'ʹʼ’".contains(c)) {
        if !word.is_empty() && reverser.analyse(word).inserted > 0 {
            flags.push(format!("soft sign not shown: {word}"));
        }
    }
    let styled = style.transliterate(&rebuilt.text);
    RefSpan {
        note,
        key: key(reverser, &latin),
        latin,
        cyrillic: rebuilt.text,
        styled,
        flags,
        confidence: rebuilt.confidence,
        alternatives: rebuilt.alternatives,
    }
}

/// A romanised span of a text (see [`text_spans_with`]).
pub(crate) struct TextSpan<'t> {
    /// The span as written, a line break inside it as a space.
    pub latin: String,
    /// Where its words stand, in order.
    pub words: Vec<WordAt>,
    /// Its words with their analyses from the line's decision, in order: put back into the
    /// reverser's cache ([`Reverser::remember`]) before the span is read again, which would
    /// otherwise search them again once the cache has started over (a long text of ever new
    /// words).
    pub known: Vec<(&'t str, Analysis)>,
}

impl TextSpan<'_> {
    /// Puts the span's words back into `reverser`'s cache: reading the span costs no search.
    pub fn remember<L: WordCheck>(&self, reverser: &Reverser<L>) {
        reverser.remember(self.known.iter().map(|(w, a)| (*w, a)));
    }
}

/// Where a word stands in a text: line (a piece of a line longer than
/// [`MAX_PIECE_BYTES`](super::text::MAX_PIECE_BYTES), see `text_pieces`), and token in that
/// line's [`tokenize`] tokens.
pub(crate) type WordAt = (usize, usize);

/// A span being read: byte range in the text, its words' places, its words with their analyses.
type OpenSpan<'t> = (usize, usize, Vec<WordAt>, Vec<(&'t str, Analysis)>);

/// The romanised spans of `text`, found line by line and joined across a single line break
/// where one ends its line and the next starts the following line, handed to `each_span` in
/// order as each is complete; each piece's decision goes to `each_piece` first, with the piece's
/// number (as [`WordAt`] counts): the one reading of the text's words, for a caller that needs
/// more of them. Memory: one piece and one span.
pub(crate) fn text_spans_with<'t, L: WordCheck>(
    reverser: &Reverser<L>,
    text: &'t str,
    mut each_piece: impl FnMut(usize, &Decided<'t>),
    mut each_span: impl FnMut(TextSpan<'t>),
) {
    // The span still open (it may go on at the start of the next line): byte range, words.
    let mut open: Option<OpenSpan<'t>> = None;
    let mut close = |span: Option<OpenSpan<'t>>| {
        let Some((start, end, words, known)) = span else {
            return;
        };
        let mut latin = String::with_capacity(end - start);
        for (i, part) in text[start..end].split('\n').enumerate() {
            if i > 0 {
                latin.truncate(latin.trim_end().len());
                latin.push(' ');
            }
            latin.push_str(if i > 0 { part.trim_start() } else { part });
        }
        each_span(TextSpan { latin, words, known });
    };
    for (l, (offset, body)) in text_pieces(text).enumerate() {
        let decided = reverser.decide_analysed(body);
        each_piece(l, &decided);
        let (decisions, mut analyses) = decided;
        let tokens: Vec<(&str, bool)> = decisions.iter().map(|(t, r)| (*t, r.is_some())).collect();
        let starts: Vec<usize> = tokens
            .iter()
            .scan(offset, |at, t| {
                let start = *at;
                *at += t.0.len();
                Some(start)
            })
            .collect();
        for (start, end) in romanised_ranges(&decisions) {
            let (from, to) = (starts[start], starts[end] + tokens[end].0.len());
            let at: Vec<usize> = (start..=end).filter(|&i| tokens[i].1).collect();
            let words = at.iter().map(|&i| (l, i));
            let known = at
                .iter()
                .filter_map(|&i| Some((tokens[i].0, analyses[i].take()?)));
            match &mut open {
                Some(last) if wraps(&text[last.1..from], &text[from..]) => {
                    last.1 = to;
                    last.2.extend(words);
                    last.3.extend(known);
                }
                _ => close(open.replace((from, to, words.collect(), known.collect()))),
            }
        }
    }
    close(open);
}

/// Whether `gap`, between a span and the next (which starts `rest`), is a single line break that
/// a span goes on across: spaces and one `\n`, after a colon or after a comma when the next line
/// goes on in lower case (as inside a line).
fn wraps(gap: &str, rest: &str) -> bool {
    let marks: String = gap.chars().filter(|c| !c.is_whitespace()).collect();
    gap.matches('\n').count() == 1
        && match marks.as_str() {
            "" | ":" => true,
            "," => !rest.starts_with(char::is_uppercase),
            _ => false,
        }
}

/// The romanised spans of a line decided as `decided` as inclusive ranges of its [`tokenize`]
/// tokens: runs of words the line decision converts, joined as the module header says; a lone
/// initial is no span.
fn romanised_ranges(decided: &[(&str, Option<WordReport>)]) -> Vec<(usize, usize)> {
    let tokens: Vec<(&str, bool)> = decided.iter().map(|(t, r)| (*t, r.is_some())).collect();
    join_spans(&tokens, |i| {
        decided[i].1.as_ref().is_some_and(|r| {
            r.output != r.latin
                && matches!(
                    r.kind,
                    Kind::Russian | Kind::Contaminated | Kind::Name | Kind::Acronym | Kind::Exception
                )
        })
    })
}

/// The runs of Cyrillic words of `line`, joined like romanised spans, as inclusive token ranges:
/// where a Cyrillic title (`Центральная Азия в мировой политологии`) may stand.
pub(crate) fn cyrillic_ranges(line: &str) -> Vec<(usize, usize)> {
    let tokens = tokenize(line);
    join_spans(&tokens, |i| has_cyrillic(tokens[i].0))
}

/// Whether word token `i` is a one-letter lower-case abbreviation (`s.`, `g.`, `t.` for page,
/// year, volume), which ends a span rather than belonging to it.
fn abbreviation(tokens: &[(&str, bool)], i: usize) -> bool {
    let mut letters = tokens[i].0.chars();
    letters.next().is_some_and(char::is_lowercase)
        && letters.next().is_none()
        && tokens.get(i + 1).is_some_and(|t| t.0.starts_with('.'))
}

/// Joins the words for which `member` holds into spans (inclusive token ranges) across spaces,
/// hyphens, colons, initials' full stops and commas that go on in lower case; one-letter
/// abbreviations (`s.`) are left out.
fn join_spans(tokens: &[(&str, bool)], member: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let member = |i: usize| tokens[i].1 && !abbreviation(tokens, i) && member(i);
    let mut spans = Vec::new();
    let mut current: Option<(usize, usize)> = None; // token range of the open span
    let mut i = 0;
    while i < tokens.len() {
        if member(i) {
            current = Some(current.map_or((i, i), |(s, _)| (s, i)));
        } else if !tokens[i].1 && current.is_some() {
            let sep = tokens[i].0;
            let next_capital = tokens
                .get(i + 1)
                .is_some_and(|t| t.0.starts_with(char::is_uppercase));
            let initial = i > 0 && tokens[i - 1].0.chars().count() == 1 && sep.starts_with('.');
            let joins = sep.chars().all(|c| c.is_whitespace() || "-–:,.'".contains(c))
                && !(sep.contains(',') && next_capital)
                && (!sep.contains('.') || initial)
                && i + 1 < tokens.len()
                && member(i + 1);
            if !joins {
                push(&mut spans, tokens, current.take());
            }
        } else {
            push(&mut spans, tokens, current.take());
        }
        i += 1;
    }
    push(&mut spans, tokens, current);
    spans
}

fn push(spans: &mut Vec<(usize, usize)>, tokens: &[(&str, bool)], range: Option<(usize, usize)>) {
    if let Some((start, end)) = range {
        // A lone initial is no span.
        if start < end || tokens[start].0.chars().count() > 1 {
            spans.push((start, end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::WordList;
    use super::*;
    use crate::{scheme, Lang};

    #[test]
    fn a_title_wrapped_in_a_note_is_one_span() {
        let lexicon = WordList::from_words(["центральная", "азия", "в", "мировой", "политологии", "итоги"]);
        let r = Reverser::new(&lexicon);
        let style = || scheme("ala_lc", Lang::Ru).unwrap();
        let latin = |notes: &[(u32, &str)]| -> Vec<String> {
            reference_spans(&r, notes, style())
                .into_iter()
                .map(|s| s.latin)
                .collect()
        };
        let wrapped = "See M. Laumulin, Tsentral'naia Azia v\nmirovoi politologii (Almaty, 2006).";
        let spans = reference_spans(&r, &[(4, wrapped)], style());
        let last = spans.last().unwrap();
        assert_eq!(last.latin, "Tsentral'naia Azia v mirovoi politologii");
        assert_eq!(last.cyrillic, "Центральная Азия в мировой политологии");
        // Spaces around the break, CRLF, and a colon or a comma before a lower-case line.
        assert_eq!(
            latin(&[(1, "Tsentral'naia Azia  \r\n   v mirovoi politologii")]),
            ["Tsentral'naia Azia v mirovoi politologii"]
        );
        assert_eq!(
            latin(&[(1, "Tsentral'naia Azia:\nitogi")]),
            ["Tsentral'naia Azia: itogi"]
        );
        // A blank line, English at the end of the first line, a full stop, a comma before a
        // capital and two notes each end it.
        for notes in [
            &[(1, "Tsentral'naia Azia\n\nv mirovoi politologii")][..],
            &[(1, "Tsentral'naia Azia, in\nmirovoi politologii")],
            &[(1, "Tsentral'naia Azia.\nMirovoi politologii")],
            &[(1, "Tsentral'naia Azia,\nMirovoi politologii")],
            &[(1, "Tsentral'naia Azia"), (2, "mirovoi politologii")],
        ] {
            assert_eq!(latin(notes).len(), 2, "{notes:?}");
        }
    }

    #[test]
    fn spans_split_at_quotes_and_authors_and_flag_respellings() {
        let lexicon = WordList::from_words(["национальная", "безопасность", "итоги", "десятилетия"]);
        let r = Reverser::new(&lexicon);
        let notes = [
            (
                1,
                "See: M. Ivanov, \"National'naia bezopasnost: itogi desiatiletia,\" Vol. 2.",
            ),
            (2, "Natsional'naia bezopasnost, p. 5."),
            (3, "Natsional'naia bezopasnost: itogi desiatiletiia."),
        ];
        let spans = reference_spans(&r, &notes, scheme("bgn_pcgn", Lang::Ru).unwrap());
        let texts: Vec<&str> = spans.iter().map(|s| s.latin.as_str()).collect();
        assert_eq!(
            texts[..3],
            [
                "M. Ivanov",
                "National'naia bezopasnost: itogi desiatiletia",
                "Natsional'naia bezopasnost"
            ]
        );
        let again = "also spelled \"Natsional'naia bezopasnost: itogi desiatiletiia\" (note 3)";
        assert!(spans[1].flags.iter().any(|f| f == again), "{:?}", spans[1].flags);
        assert_eq!(spans[1].cyrillic, "Национальная безопасность: итоги десятилетия");
        assert_eq!(
            spans[1].styled,
            "Natsional’naya bezopasnost’: itogi desyatiletiya"
        );
        assert!(
            spans[1].flags.iter().any(|f| f.contains("English contamination")),
            "{:?}",
            spans[1].flags
        );
        assert!(
            spans[1]
                .flags
                .iter()
                .any(|f| f == "soft sign not shown: bezopasnost"),
            "{:?}",
            spans[1].flags
        );
    }
}
