//! Whole-word exceptions, as a user writes them: one `Latin<TAB>output` a line. They are applied
//! before anything else ([`Reverser::with_exceptions`](super::Reverser::with_exceptions)), for the
//! words no rule gets right: a surname with a conventional spelling, an institution's own Latin name.

use crate::error::Error;
use std::collections::HashMap;

/// Reads an exceptions table: `Latin<TAB>output` a line, both sides trimmed; blank lines and lines
/// starting with `#` are skipped. A line without a tab, or with nothing before it, is an error
/// naming its number (from 1).
///
/// ```
/// let table = steppe_translit::reverse::parse_exceptions("# names\nYeltsin\tЕльцин\n\n").unwrap();
/// assert_eq!(table["Yeltsin"], "Ельцин");
/// let err = steppe_translit::reverse::parse_exceptions("ok\tок\nno tab").unwrap_err();
/// assert_eq!(err.to_string(), "line 2: expected `Latin<TAB>output`");
/// ```
pub fn parse_exceptions(text: &str) -> Result<HashMap<String, String>, Error> {
    let mut table = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some((latin, out)) if !latin.trim().is_empty() => {
                table.insert(latin.trim().to_owned(), out.trim().to_owned());
            }
            _ => return Err(Error::BadException { line: i + 1 }),
        }
    }
    Ok(table)
}
