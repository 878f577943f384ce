//! What a sentence offers as lexical evidence: numbers, Latin tokens (words, option names, paths),
//! telling punctuation, and capitalised words that may be names.
//!
//! Tokens are read as they stand; whether one is evidence is decided later, by the other side
//! ([`crate::anchor`]): only tokens found in both texts become anchors.

/// What kind of evidence a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum TokenKind {
    /// A run of digits (`2008`, `1.5`).
    Number,
    /// A run of ASCII letters, digits and code characters holding a letter (`Linux`, `--all`, `/etc/passwd`).
    Latin,
    /// A telling punctuation mark, normalised (`«` and `“` are both `"`).
    Punct,
}

/// Characters that continue a Latin or number run besides ASCII letters and digits.
const CODE_CHARS: &[char] = &['_', '-', '.', '/', '+', '@', '#', '~', '=', '\\'];

/// Punctuation that survives translation, with the form it is compared in.
const PUNCT: &[(char, &str)] = &[
    ('(', "("),
    (')', ")"),
    ('[', "["),
    (']', "]"),
    (':', ":"),
    ('?', "?"),
    ('!', "!"),
    ('%', "%"),
    ('"', "\""),
    ('«', "\""),
    ('»', "\""),
    ('“', "\""),
    ('”', "\""),
    ('„', "\""),
];

/// Shortest word (in characters) considered as a possible name.
const MIN_NAME_CHARS: usize = 3;

/// The evidence tokens of `text`, in order.
///
/// Runs are trimmed of a trailing `.` or `-` (a full stop, a hyphen before a Cyrillic suffix) and a
/// leading `.`; what is left without a letter or a digit is dropped. The tokens are slices of
/// `text` (or of the punctuation table): nothing is allocated per token, which on a long document
/// was a fifth of the aligner's memory.
pub(crate) fn tokens(text: &str) -> Vec<(TokenKind, &str)> {
    fn flush<'t>(out: &mut Vec<(TokenKind, &'t str)>, run: &'t str) {
        let run = run.trim_end_matches(['.', '-']).trim_start_matches('.');
        if run.chars().any(|c| c.is_ascii_alphabetic()) {
            out.push((TokenKind::Latin, run));
        } else if run.chars().any(|c| c.is_ascii_digit()) {
            out.push((TokenKind::Number, run));
        }
    }
    let mut out = Vec::new();
    let mut run_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() || CODE_CHARS.contains(&c) {
            run_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = run_start.take() {
            flush(&mut out, &text[start..i]);
        }
        if let Some(&(_, norm)) = PUNCT.iter().find(|(p, _)| *p == c) {
            out.push((TokenKind::Punct, norm));
        }
    }
    if let Some(start) = run_start {
        flush(&mut out, &text[start..]);
    }
    out
}

/// Capitalised words of `text` in the given script (Cyrillic or not) that may be names: a letter run
/// of at least three characters starting with a capital.
pub(crate) fn name_words(text: &str, cyrillic: bool) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| w.chars().count() >= MIN_NAME_CHARS)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| w.chars().all(|c| is_cyrillic(c) == cyrillic))
        .collect()
}

/// Whether `c` is a Cyrillic letter.
pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn options_paths_and_numbers_are_tokens_without_trailing_full_stops() {
        assert_eq!(
            texts("Параметр --all читает /etc/passwd с 2008 г."),
            ["--all", "/etc/passwd", "2008"]
        );
        assert_eq!(tokens("в 1.5 раза")[0].0, TokenKind::Number);
    }

    #[test]
    fn quotes_are_one_mark_and_a_lone_dot_is_nothing() {
        assert_eq!(
            texts("«Казахстан» (2008): ."),
            ["\"", "\"", "(", "2008", ")", ":"]
        );
        assert_eq!(texts("\u{201C}Kazakhstan\u{201D}"), ["\"", "Kazakhstan", "\""]);
    }

    #[test]
    fn hyphen_before_a_cyrillic_suffix_is_dropped() {
        assert_eq!(texts("Linux-системы"), ["Linux"]);
    }

    #[test]
    fn name_words_keep_their_script() {
        let text = "Президент Назарбаев встретился с NATO и Solana в Астане.";
        assert_eq!(name_words(text, true), ["Президент", "Назарбаев", "Астане"]);
        assert_eq!(name_words(text, false), ["NATO", "Solana"]);
    }
}
