//! Fuzzy lookup: the units whose source text is close to a query, with a match percentage as CAT tools
//! show it.
//!
//! ## The formula
//! Both texts are lowercased and NFC-normalised, with whitespace collapsed. If they are then equal the
//! match is 100%. Otherwise, with `w` the word similarity and `c` the character similarity,
//!
//! ```text
//! w = 1 − levenshtein(words(query), words(source)) / max(|words(query)|, |words(source)|)
//! c = 1 − levenshtein(query, source) / max(chars(query), chars(source))      (strsim::normalized_levenshtein)
//! score = min(99, floor(100 × (w + c) / 2))
//! ```
//!
//! where `words` are Unicode words (UAX #29; punctuation dropped) and the word distance counts whole
//! words inserted, deleted or replaced (`strsim::generic_levenshtein`). Words weigh what a translator
//! must retype; characters soften the blow of a changed ending, common in Russian and Kazakh.
//! Only an exact match (up to case and spacing) scores 100.

use crate::error::Error;
use crate::reader::Reader;
use crate::text::normalise_text;
use serde::Serialize;
use std::io::BufRead;
use unicode_segmentation::UnicodeSegmentation;

/// One match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    /// 0–100.
    pub score: u8,
    /// 1-based number of the unit in the file.
    pub unit: u64,
    /// The unit's tuid.
    pub tuid: Option<String>,
    /// The source text that matched.
    pub source: String,
    /// The target text, when the unit has one.
    pub target: Option<String>,
}

/// The match percentage of `candidate` for `query` (see the module docs for the formula).
///
/// ```
/// use steppe_tmx::lookup::score;
/// assert_eq!(score("Save the file", "save  the FILE"), 100);
/// assert!(score("Save the file", "Save the files") >= 75);
/// assert!(score("Save the file", "Open a window") < 40);
/// ```
pub fn score(query: &str, candidate: &str) -> u8 {
    let q = normalise_text(&query.to_lowercase());
    let c = normalise_text(&candidate.to_lowercase());
    if q == c {
        return 100;
    }
    let qw: Vec<&str> = q.unicode_words().collect();
    let cw: Vec<&str> = c.unicode_words().collect();
    let chars = strsim::normalized_levenshtein(&q, &c);
    let words = match qw.len().max(cw.len()) {
        0 => chars,
        n => 1.0 - strsim::generic_levenshtein(&qw, &cw) as f64 / n as f64,
    };
    ((100.0 * (words + chars) / 2.0).floor() as u8).min(99)
}

/// What to look up and where.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// The text.
    pub text: &'a str,
    /// Source language (default: the header's srclang).
    pub source: Option<&'a str>,
    /// Target language (default: each unit's [`TranslationUnit::default_target`]).
    ///
    /// [`TranslationUnit::default_target`]: crate::TranslationUnit::default_target
    pub target: Option<&'a str>,
    /// Lowest score to report.
    pub min: u8,
    /// Most matches to report.
    pub limit: usize,
}

/// Scans the memory; returns the best matches, highest score first, then in file order.
pub fn lookup<R: BufRead>(mut reader: Reader<R>, query: &Query<'_>) -> Result<Vec<Match>, Error> {
    let header_src = reader.header().srclang.clone();
    let src = query.source.unwrap_or(&header_src).to_owned();
    let mut matches = Vec::new();
    let mut n = 0;
    while let Some(unit) = reader.next_unit()? {
        n += 1;
        reader.take_warnings();
        let Some(source) = unit.variant(&src) else {
            continue;
        };
        let text = source.seg.text();
        let s = score(query.text, &text);
        if s < query.min {
            continue;
        }
        let target = match query.target {
            Some(t) => unit.variant(t),
            None => unit.default_target(&src),
        };
        let m = Match {
            score: s,
            unit: n,
            tuid: unit.tuid.clone(),
            source: text,
            target: target.map(|t| t.seg.text()),
        };
        matches.push(m);
        if matches.len() >= query.limit.saturating_mul(4).max(64) {
            rank(&mut matches, query.limit);
        }
    }
    rank(&mut matches, query.limit);
    Ok(matches)
}

fn rank(matches: &mut Vec<Match>, limit: usize) {
    matches.sort_by(|a, b| b.score.cmp(&a.score).then(a.unit.cmp(&b.unit)));
    matches.truncate(limit);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_and_char_parts_by_hand() {
        // 4 words vs 4 words, one replaced: w = 0.75; chars "the red car is" vs "the red cat is":
        // 1 edit in 14 chars: c = 1 - 1/14 = 0.9286; (0.75 + 0.9286) / 2 = 0.839 → 83.
        assert_eq!(score("The red car is", "the red cat is"), 83);
    }

    #[test]
    fn default_target_prefers_another_language_then_another_tag() {
        let tmx = r#"<tmx version="1.4"><header creationtool="t" creationtoolversion="1"
          segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>
          <tu><tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv>
            <tuv xml:lang="ru"><seg>цвет</seg></tuv></tu>
          <tu><tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv></tu>
        </body></tmx>"#;
        let query = Query {
            text: "color",
            source: None,
            target: None,
            min: 100,
            limit: 10,
        };
        let matches = lookup(Reader::from_slice(tmx.as_bytes()).unwrap(), &query).unwrap();
        let targets: Vec<_> = matches.iter().map(|m| m.target.as_deref()).collect();
        assert_eq!(targets, [Some("цвет"), Some("colour")]);
    }

    #[test]
    fn cyrillic_inflection_scores_high() {
        assert!(score("Договор вступает в силу", "Договор вступил в силу") >= 70);
        assert_eq!(score("", ""), 100);
        assert_eq!(score("…", "!"), 0);
    }
}
