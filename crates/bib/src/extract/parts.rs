//! The parts of a note: its URL, its comma-separated parts (quotes and romanised spans kept
//! whole), people's names, dates.

use crate::entry::{Entry, Name};
use steppe_translit::reverse::{reference_spans, Reverser, WordCheck};

/// Words that say a URL follows.
pub(super) const URL_LEADS: [&str; 4] = ["available at", "available from", "accessed at", "URL:"];

/// Lower-case particles of surnames (`Rad van den Akker`).
pub(super) const PARTICLES: [&str; 9] = ["van", "von", "den", "der", "de", "la", "du", "al", "ibn"];

/// Month names, in order.
pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Seasons, which a date may have instead of a month.
pub(super) const SEASONS: [&str; 5] = ["spring", "summer", "autumn", "fall", "winter"];

/// A part of a note between commas.
#[derive(Debug)]
pub(super) struct Part {
    pub text: String,
    pub quoted: bool,
}

/// The note without its URL (and the words before it), and the URL.
pub(super) fn take_url(text: &str) -> (String, Option<String>) {
    let found = text.find('[').and_then(|s| {
        let end = s + text[s..].find(']')?;
        let inner = &text[s + 1..end];
        (inner.starts_with("www.") || inner.contains("://")).then(|| (s, end + 1, inner.to_owned()))
    });
    let found = found.or_else(|| {
        let s = text
            .find("http://")
            .or_else(|| text.find("https://"))
            .or_else(|| text.find("www."))?;
        let len = text[s..].find(char::is_whitespace).unwrap_or(text.len() - s);
        let url = text[s..s + len].trim_end_matches(['.', ',', ')']).to_owned();
        Some((s, s + url.len(), url))
    });
    let Some((start, end, url)) = found else {
        return (text.to_owned(), None);
    };
    let mut before = text[..start].trim_end();
    for lead in URL_LEADS {
        if let Some(b) = before.strip_suffix(lead) {
            before = b.trim_end();
        }
    }
    let after = text[end..].trim_start_matches(['.', ' ']);
    let joined = format!(
        "{}{}{after}",
        before.trim_end_matches(','),
        if after.is_empty() { "" } else { ", " }
    );
    let url = if url.contains("://") {
        url
    } else {
        format!("http://{url}")
    };
    (joined, Some(url))
}

/// The note cut at the commas outside quotes and romanised spans; a part in quotes is marked.
pub(super) fn split_parts<L: WordCheck>(reverser: &Reverser<L>, text: &str) -> Vec<Part> {
    let style = steppe_translit::scheme("ala_lc", steppe_translit::Lang::Ru).ok();
    let mut protected: Vec<(usize, usize)> = Vec::new();
    if let Some(style) = style {
        let mut from = 0;
        for span in reference_spans(reverser, &[(0, text)], style) {
            if let Some(at) = text[from..].find(&span.latin) {
                protected.push((from + at, from + at + span.latin.len()));
                from += at + span.latin.len();
            }
        }
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_quote = false;
    for (i, c) in text.char_indices() {
        let closes = match c {
            '"' => in_quote,
            '”' | '»' => true,
            _ => false,
        };
        if closes {
            // A closing quote ends the part (`"Global NATO," Foreign Affairs`).
            in_quote = false;
            let end = i + c.len_utf8();
            parts.push(part(&text[start..end]));
            start = end;
            continue;
        }
        match c {
            '"' | '“' | '«' => in_quote = true,
            ',' if !in_quote && !protected.iter().any(|&(s, e)| s < i && i < e) => {
                parts.push(part(&text[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(part(&text[start..]));
    parts.retain(|p| !p.text.is_empty());
    parts
}

pub(super) fn part(raw: &str) -> Part {
    let t = raw.trim().trim_end_matches('.').trim();
    let quotes: &[char] = &['"', '“', '”', '«', '»'];
    let quoted = t.starts_with(quotes);
    let text = t.trim_matches(quotes).trim().trim_end_matches(',').trim();
    // A full stop that ends an initial or an abbreviation stays (`K.K.`, `et al.`).
    let keep_stop = raw.trim().ends_with('.')
        && text
            .split_whitespace()
            .last()
            .is_some_and(|w| w.len() <= 3 && w.chars().next().is_some_and(char::is_uppercase) || w == "al");
    let text = if keep_stop && !quoted {
        format!("{text}.")
    } else {
        text.to_owned()
    };
    Part { text, quoted }
}

/// `t` after one of the `leads` and a space, if it starts so.
pub(super) fn strip_any<'t>(t: &'t str, leads: &[&str]) -> Option<&'t str> {
    leads
        .iter()
        .find_map(|l| t.strip_prefix(l).filter(|r| r.starts_with(' ') || r.is_empty()))
        .map(str::trim)
        .filter(|r| !r.is_empty())
}

/// The name in `text` if it is one person's, and whether more authors may follow it.
pub(super) fn person(text: &str, next: Option<&Part>) -> Option<(Name, bool)> {
    let (text, more) = match text.strip_suffix("et al.").or_else(|| text.strip_suffix("et al")) {
        Some(t) => (t.trim(), false),
        None => (text, true),
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let initial = |w: &str| {
        w.ends_with('.')
            && w.split('.')
                .filter(|s| !s.is_empty())
                .all(|s| s.chars().count() <= 2 && s.starts_with(char::is_uppercase))
    };
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_alphabetic() || "-'’".contains(c))
    };
    let initials = words.iter().take_while(|w| initial(w)).count();
    let rest = &words[initials..];
    if initials > 0 && (1..=3).contains(&rest.len()) && rest.iter().all(|w| capital(w)) {
        return Some((
            Name {
                family: rest.join(" "),
                given: words[..initials].join(" "),
            },
            more,
        ));
    }
    // Given names and a surname: only before another author or a quoted title.
    let before_title = next.is_some_and(|n| {
        n.quoted || person(&n.text, None).is_some_and(|p| !p.0.given.is_empty() && p.0.given.ends_with('.'))
    });
    let plain = (2..=4).contains(&words.len())
        && words.last().is_some_and(|w| capital(w))
        && words.iter().all(|w| capital(w) || PARTICLES.contains(w));
    (initials == 0 && plain && before_title).then(|| (Name::parse(text), more))
}

/// Whether a part is a date (`2004`, `29 June`, `September/October 2006`, `Autumn 2004`,
/// `24 September-7 October`).
pub(super) fn is_date(t: &str) -> bool {
    let words: Vec<String> = t
        .split(|c: char| c.is_whitespace() || "-/–".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            MONTHS.contains(&w.as_str())
                || SEASONS.contains(&w.as_str())
                || w.parse::<u32>()
                    .is_ok_and(|n| (1..=31).contains(&n) || (1000..=2100).contains(&n))
        })
        && words.iter().any(|w| !w.parse::<u32>().is_ok_and(|n| n <= 31))
}

/// Year, month and day from the date parts (the first of a range).
pub(super) fn read_date(dates: &[&str], e: &mut Entry) {
    let words: Vec<String> = dates
        .iter()
        .flat_map(|d| d.split(|c: char| c.is_whitespace() || "-/–".contains(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    e.year = words
        .iter()
        .find(|w| w.len() == 4 && w.parse::<u32>().is_ok())
        .cloned();
    if let Some(m) = words.iter().position(|w| MONTHS.contains(&w.as_str())) {
        e.month = MONTHS.iter().position(|n| *n == words[m]).map(|i| i as u8 + 1);
        e.day = m
            .checked_sub(1)
            .and_then(|d| words[d].parse::<u8>().ok())
            .filter(|d| *d <= 31);
    }
}
