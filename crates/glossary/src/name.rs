//! A name found in a sentence, and how it is written in the glossary.

use crate::lists;
use crate::token::Word;
use crate::EntryKind;

/// A name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameHit {
    /// Institution or name.
    pub kind: EntryKind,
    /// The name as the glossary lists it.
    pub term: String,
    /// Byte offset in the sentence.
    pub start: usize,
    /// Other spellings (the possessive as written, the name without its owner).
    pub variants: Vec<String>,
}

/// Records `words[a..b]` as a name.
pub(crate) fn push(
    text: &str,
    words: &[Word<'_>],
    a: usize,
    b: usize,
    kind: EntryKind,
    hits: &mut Vec<NameHit>,
) {
    let last = &words[b - 1];
    let written = tidy(&text[words[a].start..last.start + last.text.len()]);
    let mut variants = Vec::new();
    let first = &words[a];
    let term = if first.possessive && b - a > 1 {
        let rest = tidy(&text[words[a + 1].start..last.start + last.text.len()]);
        let term = format!("{} {rest}", first.text);
        variants.push(written);
        if words[a + 1..b]
            .iter()
            .filter(|w| !lists::connectors().contains(w.text))
            .count()
            >= 2
        {
            variants.push(rest);
        }
        term
    } else {
        written
    };
    hits.push(NameHit {
        kind,
        term,
        start: first.start,
        variants,
    });
}

/// Collapses white space, drops emphasis marks and superscripts, and joins `NATO- Kazakhstan`.
pub(crate) fn tidy(span: &str) -> String {
    let mut out = String::with_capacity(span.len());
    for piece in span.split_whitespace() {
        if !out.is_empty() && !out.ends_with('-') {
            out.push(' ');
        }
        out.extend(
            piece
                .chars()
                .filter(|c| *c != '*' && !matches!(c, '¹' | '²' | '³' | '\u{2070}'..='\u{209f}')),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_joins_broken_hyphens_and_drops_marks() {
        assert_eq!(
            tidy("NATO-  Kazakhstan\n Military-Political *Committee*\u{b9}"),
            "NATO-Kazakhstan Military-Political Committee"
        );
        assert_eq!(
            tidy("Statement on Dialog,  Partnership"),
            "Statement on Dialog, Partnership"
        );
    }
}
