//! The TeX in BibTeX values: accents and escaped characters to Unicode when read, the characters
//! TeX treats specially escaped when written. A table, not a TeX engine: `{\"u}` and `\v{s}` read,
//! macros beyond these stay as written.

use unicode_normalization::UnicodeNormalization;

/// Accent commands and the combining mark each puts on the next letter.
const ACCENTS: [(char, char); 13] = [
    ('\'', '\u{0301}'),
    ('`', '\u{0300}'),
    ('^', '\u{0302}'),
    ('"', '\u{0308}'),
    ('~', '\u{0303}'),
    ('=', '\u{0304}'),
    ('.', '\u{0307}'),
    ('u', '\u{0306}'),
    ('v', '\u{030C}'),
    ('H', '\u{030B}'),
    ('c', '\u{0327}'),
    ('k', '\u{0328}'),
    ('t', '\u{0361}'),
];

/// Letter macros and escaped characters.
const SYMBOLS: [(&str, &str); 11] = [
    ("i", "ı"),
    ("o", "ø"),
    ("O", "Ø"),
    ("ss", "ß"),
    ("&", "&"),
    ("%", "%"),
    ("_", "_"),
    ("$", "$"),
    ("#", "#"),
    ("{", "{"),
    ("}", "}"),
];

/// The text of a value: grouping braces dropped, accents and escapes as Unicode (NFC).
///
/// ```
/// assert_eq!(steppe_bib::tex::decode(r#"{NATO} v {\"U}rge, \v{S}tol', Bol'\v sa\&ja"#), "NATO v Ürge, Štol', Bol'ša&ja");
/// ```
pub fn decode(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let mut out = String::with_capacity(value.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' | '}' => i += 1,
            '\\' => i = command(&chars, i + 1, &mut out),
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.nfc().collect()
}

/// Reads the command after a backslash at `i`; returns where reading goes on.
fn command(chars: &[char], i: usize, out: &mut String) -> usize {
    let Some(&c) = chars.get(i) else {
        return i;
    };
    if let Some(&(_, mark)) = ACCENTS.iter().find(|(a, _)| *a == c) {
        let alpha_cmd = c.is_alphabetic();
        let mut j = i + 1;
        // `\v s` needs a space after a letter command; `\'e` does not.
        while alpha_cmd && chars.get(j) == Some(&' ') {
            j += 1;
        }
        let braced = chars.get(j) == Some(&'{');
        if braced {
            j += 1;
        }
        let mut letter = String::new();
        if chars.get(j) == Some(&'\\') {
            j = command(chars, j + 1, &mut letter);
        } else if let Some(&l) = chars.get(j).filter(|l| **l != '}') {
            letter.push(l);
            j += 1;
        }
        if braced && chars.get(j) == Some(&'}') {
            j += 1;
        }
        out.push_str(&letter);
        out.push(mark);
        return j;
    }
    let name: String = if c.is_ascii_alphabetic() {
        chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect()
    } else {
        c.to_string()
    };
    let after = i + name.chars().count();
    match SYMBOLS.iter().find(|(n, _)| *n == name) {
        Some((_, s)) => out.push_str(s),
        None => {
            out.push('\\');
            out.push_str(&name);
        }
    }
    // A space ends a letter macro and is not text.
    if c.is_ascii_alphabetic() && chars.get(after) == Some(&' ') {
        after + 1
    } else {
        after
    }
}

/// `text` for a braced BibTeX value: `& % $ # _ \ { }` escaped; with `protect`, words with a capital
/// after their field's first letter (`NATO`, `Azia`) in braces so that styles keep their case.
///
/// ```
/// assert_eq!(steppe_bib::tex::encode("NATO v Tsentral'noi Azii & Co", true), "{NATO} v {Tsentral'noi} {Azii} \\& {Co}");
/// ```
pub fn encode(text: &str, protect: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut escaped = String::with_capacity(word.len());
        for c in word.chars() {
            match c {
                '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                    escaped.push('\\');
                    escaped.push(c);
                }
                '\\' => escaped.push_str("\\textbackslash{}"),
                c => escaped.push(c),
            }
        }
        let capital = word.chars().any(char::is_uppercase);
        if protect && capital && (i > 0 || word.chars().skip(1).any(char::is_uppercase)) {
            out.push('{');
            out.push_str(&escaped);
            out.push('}');
        } else {
            out.push_str(&escaped);
        }
    }
    out
}
