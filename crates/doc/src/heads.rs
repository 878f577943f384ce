//! Stage 1b: running heads, page numbers and separator lines: what the PDF printed on every page.
//!
//! Three general signs, none of them a list of strings from a particular journal:
//! - a line that is only a number between decorations (`62 ·`, `_____ 72 _____`, `- 5 -`);
//! - a journal issue line: only numbers and issue words from `data/issue-words.txt`
//!   (`No. 2(50), 2008`, `Vol. 3, No. 4`, `№ 2, 2008`, `Page 12`);
//! - a short line printed again and again at the edge of text blocks (digits ignored, so page
//!   numbers inside a head do not hide the repetition).

use crate::tables;
use std::collections::HashMap;

/// Characters that decorate page numbers and draw rules.
const DECORATION: &[char] = &[
    '_', '·', '•', '∙', '⋅', '*', '-', '–', '—', '=', '~', '|', '.', '/', '\\', '#', '§',
];

/// Longest line (in characters) taken for a running head.
const HEAD_MAX_CHARS: usize = 100;
/// Most words in a running head.
const HEAD_MAX_WORDS: usize = 12;
/// Most tokens in a journal issue line.
const ISSUE_MAX_TOKENS: usize = 8;

/// A line made only of decoration (`* * *`, `_____`): a separator or rule.
pub(crate) fn is_decoration(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.chars().all(|c| c.is_whitespace() || DECORATION.contains(&c))
}

/// A line that is only a page number between decorations. A number followed by a period
/// (`1910.`) ends a sentence wrapped onto its own line: it is text.
pub(crate) fn is_page_number(line: &str) -> bool {
    if line.trim_end().ends_with('.') {
        return false;
    }
    let core = line.trim_matches(|c: char| c.is_whitespace() || DECORATION.contains(&c));
    (1..=4).contains(&core.len()) && core.bytes().all(|b| b.is_ascii_digit())
}

/// A line made of issue words (`No.`, `Vol.`, `№`) and numbers only.
pub(crate) fn is_issue_line(line: &str) -> bool {
    // `p. 147.` closing a wrapped footnote is text. Counting stops past the limit: most lines
    // are long text lines.
    let count = line.split_whitespace().take(ISSUE_MAX_TOKENS + 1).count();
    if line.trim_end().ends_with('.') || count == 0 || count > ISSUE_MAX_TOKENS {
        return false;
    }
    let (mut numbers, mut words) = (0, 0);
    for token in line.split_whitespace() {
        let token = token.trim_matches(|c: char| ",;:()[]·|".contains(c));
        let rest = token.strip_prefix('№').unwrap_or(token);
        if rest.len() < token.len() {
            words += 1;
        }
        if !rest.is_empty() && is_numeric(rest) {
            numbers += 1;
        } else if tables::issue_words().contains(token) {
            words += 1;
        } else if !rest.is_empty() {
            return false;
        }
    }
    numbers > 0 && words > 0
}

/// Digits with the punctuation of issue numbers: `2(50)`, `2008`, `24-25`, `3/4`.
fn is_numeric(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_digit())
        && token.chars().all(|c| c.is_ascii_digit() || "()/-–.,".contains(c))
}

/// The form under which repeated heads are compared: page numbers at either end dropped, lower
/// case, other digits as `#`, single spaces.
pub(crate) fn head_key(line: &str) -> Option<String> {
    let line = line.trim();
    // Counting stops past the limits: most lines are long text lines.
    let words = line.split_whitespace().take(HEAD_MAX_WORDS + 1).count();
    if words > HEAD_MAX_WORDS || words == 0 || line.chars().nth(HEAD_MAX_CHARS).is_some() {
        return None;
    }
    // A line ending a sentence is text, however short.
    if line.ends_with(['.', '!', '?', ';', ',', ':', '…']) {
        return None;
    }
    // The page number may sit on either side (`62 · JOURNAL`, `JOURNAL · 63`): leave it out.
    let core =
        line.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || DECORATION.contains(&c));
    let mut key = String::new();
    for word in core.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(
            word.chars()
                .map(|c| if c.is_ascii_digit() { '#' } else { c })
                .flat_map(char::to_lowercase),
        );
    }
    key.chars().any(char::is_alphanumeric).then_some(key)
}

/// How often each line's [`head_key`] occurs among `lines` (0 for lines that cannot be heads).
pub(crate) fn repetitions(lines: &[&str]) -> Vec<usize> {
    let keys: Vec<Option<String>> = lines.iter().map(|l| head_key(l)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for key in keys.iter().flatten() {
        *counts.entry(key).or_default() += 1;
    }
    keys.iter()
        .map(|k| k.as_deref().map_or(0, |k| counts[k]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for line in ["62 ·", "_____ 72 _____", "- 5 -", "17", "· 204 ·"] {
            assert!(is_page_number(line), "{line}");
        }
        for line in ["1990s", "2(50)", "12345", "See 12", "·", "1910."] {
            assert!(!is_page_number(line), "{line}");
        }
    }

    #[test]
    fn issue_lines() {
        for line in [
            "No. 2(50), 2008",
            "Vol. 3, No. 4",
            "№ 2, 2008",
            "№4 (12), 2007",
            "Page 12",
            "Вып. 3, 2005",
        ] {
            assert!(is_issue_line(line), "{line}");
        }
        for line in ["No. 5 is better", "2008", "See: No. 2", "Том Сойер"] {
            assert!(!is_issue_line(line), "{line}");
        }
    }

    #[test]
    fn decoration() {
        assert!(is_decoration("* * *"));
        assert!(is_decoration("_"));
        assert!(!is_decoration("*first*"));
    }

    #[test]
    fn repetition_ignores_digits_and_case() {
        let lines = [
            "CENTRAL ASIA REVIEW 64",
            "Central Asia Review 66",
            "Introduction",
            "A sentence ends.",
        ];
        assert_eq!(repetitions(&lines), [2, 2, 1, 0]);
        let ru = ["ВЕСТНИК ЕВРАЗИИ", "Глава первая", "Вестник Евразии"];
        assert_eq!(repetitions(&ru), [2, 1, 2]);
    }
}
