//! User word lists: surnames, places and terms the dictionary lacks, one word per line.
//!
//! Format: UTF-8 text, one word form per line; blank lines and lines starting with `#` are skipped;
//! leading and trailing spaces are trimmed; a line with spaces inside is an error (the lexicon holds
//! single word forms; list each word of a multi-word name on its own line). Write each word as it
//! is spelled (`Лаумулин`, `Назарбаев`): the case pattern is kept for [`Lexicon::check`].

use std::path::Path;

use crate::builder::LexiconBuilder;
use crate::error::{decode_utf8, Error};
use crate::lexicon::{Lexicon, USER};

impl Lexicon {
    /// A lexicon of the given words (as written; empty strings are skipped).
    ///
    /// ```
    /// use steppe_lexicon::Lexicon;
    ///
    /// let names = Lexicon::from_words(["Лаумулин", "Назарбаев"]);
    /// assert!(names.contains("лаумулин") && names.info("Лаумулин").unwrap().is_user());
    /// ```
    pub fn from_words<I, S>(words: I) -> Lexicon
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut builder = LexiconBuilder::new();
        for w in words {
            builder.add_with(w.as_ref().trim(), USER);
        }
        builder.build()
    }

    /// A lexicon from the bytes of a word list; `path` only names the file in errors.
    pub fn parse_word_list(path: &Path, bytes: &[u8]) -> Result<Lexicon, Error> {
        let text = decode_utf8(path, bytes)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut builder = LexiconBuilder::new();
        for (index, line) in text.lines().enumerate() {
            let word = line.trim();
            if word.is_empty() || word.starts_with('#') {
                continue;
            }
            if word.contains(char::is_whitespace) {
                let message = format!("{word:?} is more than one word (one word per line)");
                return Err(Error::syntax(path, index + 1, message));
            }
            builder.add_with(word, USER);
        }
        Ok(builder.build())
    }

    /// Reads a word list file.
    ///
    /// Format: UTF-8, one word form per line, as it is spelled (`Лаумулин`: the case pattern is kept
    /// for [`Lexicon::check`]); blank lines and `#` comment lines are skipped, spaces around a word
    /// trimmed, a BOM ignored. A line with two words is an error naming the file and line: list
    /// each word of a multi-word name on its own line.
    pub fn read_word_list(path: &Path) -> Result<Lexicon, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Lexicon::parse_word_list(path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn parses_comments_blanks_and_bom() {
        let text = "\u{feff}# surnames\nЛаумулин\n\n  Штоль  \r\nДжемаль\n";
        let lex = Lexicon::parse_word_list(Path::new("names.txt"), text.as_bytes()).unwrap();
        assert_eq!(lex.len(), 3);
        assert!(lex.check("Штоль") && !lex.check("штоль") && lex.contains("ДЖЕМАЛЬ"));
        assert!(!lex.contains("# surnames"));
    }

    #[test]
    fn two_words_on_a_line_name_file_and_line() {
        let err =
            Lexicon::parse_word_list(Path::new("names.txt"), "Лаумулин\nван ден\n".as_bytes()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Syntax);
        assert_eq!(
            err.to_string(),
            "names.txt:2: \"ван ден\" is more than one word (one word per line)"
        );
    }

    #[test]
    fn invalid_utf8_and_missing_file() {
        let err = Lexicon::parse_word_list(Path::new("n.txt"), b"\xd0\x90\n\xd0").unwrap_err();
        assert_eq!(err.to_string(), "n.txt: invalid UTF-8 at byte 3 (line 2)");
        let err = Lexicon::read_word_list(Path::new("/nonexistent/steppe/words.txt")).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        assert!(err.to_string().starts_with("/nonexistent/steppe/words.txt: "));
    }
}
