//! A name found in a sentence, and how it is written in the glossary.

use crate::lists;
use crate::token::Word;
use crate::EntryKind;

/// The flag of a name written after a possessive owner: `owner:NATO` on `Planning and Review Process`
/// for `NATO's Planning and Review Process`.
pub const OWNER: &str = "owner";

/// A name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameHit {
    /// Institution or name.
    pub kind: EntryKind,
    /// The name as the glossary lists it.
    pub term: String,
    /// Byte offset in the sentence.
    pub start: usize,
    /// Other spellings (the possessive as written, the name with its owner).
    pub variants: Vec<String>,
    /// The owner written in the possessive before the name (`NATO` of `NATO's Planning and Review
    /// Process`): not part of the name.
    pub owner: Option<String>,
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
    let first = &words[a];
    let rest_content = words[a + 1..b]
        .iter()
        .filter(|w| !lists::connectors().contains(w.text))
        .count();
    // `NATO's Planning and Review Process`: the owner is not part of the name
    let hit = if first.possessive && rest_content >= 2 {
        let rest = tidy(&text[words[a + 1].start..last.start + last.text.len()]);
        NameHit {
            kind,
            variants: vec![written, format!("{} {rest}", first.text)],
            term: rest,
            start: words[a + 1].start,
            owner: Some(first.text.to_owned()),
        }
    } else if first.possessive && b - a > 1 {
        let rest = tidy(&text[words[a + 1].start..last.start + last.text.len()]);
        NameHit {
            kind,
            term: format!("{} {rest}", first.text),
            start: first.start,
            variants: vec![written],
            owner: None,
        }
    } else {
        NameHit {
            kind,
            term: written,
            start: first.start,
            variants: Vec::new(),
            owner: None,
        }
    };
    hits.push(hit);
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
