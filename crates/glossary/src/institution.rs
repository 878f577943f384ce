//! Institution, programme and other multiword names.
//!
//! A *run* is a stretch of capitalised words joined by function words (`data/connectors.txt`), as in
//! `Diplomatic Academy of the Ministry of Foreign Affairs of the Russian Federation`. A run is cut
//! where `and` starts a new name (`Partnership for Peace and North Atlantic Partnership Council`,
//! `… and the Virtual Silk Road`). A run holding a head noun (`data/heads.txt`: Council, Ministry,
//! Programme …) is an institution; every `of (the)` inside it that starts another headed name gives a
//! nested one (`Ministry of Foreign Affairs of the Russian Federation`). A run without a head is a
//! name when it has two content words or more; one built as `X for Y` (`Science for Peace`) is taken as a
//! programme. A proper name before a lower-case head in `data/lower_heads.txt` (`Riga summit`) is an
//! institution too. A possessive owner is kept without its `'s` (`NATO's Parliamentary Assembly` →
//! `NATO Parliamentary Assembly`), with the written form and the bare name as variants.

use crate::kind;
use crate::lists::{self, WordSet};
use crate::name::{self, push, NameHit};
use crate::token::{is_acronym_shape, is_capitalised, is_proper_adjective, Word};
use crate::EntryKind;

/// What the finder needs to know about the sentence and the document.
pub(crate) struct Context<'a> {
    /// Lower-case forms of words the document writes in lower case: a capitalised sentence opener in
    /// this set is an ordinary word (`Today`, `The`), not part of a name.
    pub common: &'a WordSet<&'a str>,
    /// Whether to report names without a head noun (not in footnotes and bibliographies).
    pub bare_names: bool,
}

/// Finds the names in one sentence.
pub(crate) fn find_names(text: &str, words: &[Word<'_>], cx: &Context<'_>) -> Vec<NameHit> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_name_word(words, i, cx) {
            i += 1;
            continue;
        }
        let end = run_end(words, i, cx);
        for (a, b) in split_at_and(words, i, end) {
            name_hits(text, words, a, b, cx, &mut hits);
        }
        i = end;
    }
    lower_head_hits(text, words, cx, &mut hits);
    // in text order, so that a name is listed as first written (`Riga summit` before `Riga Summit`)
    hits.sort_by_key(|h| h.start);
    hits
}

/// A capitalised word that is not an ordinary word opening the sentence.
fn is_name_word(words: &[Word<'_>], i: usize, cx: &Context<'_>) -> bool {
    let w = words[i].text;
    if !is_capitalised(w) || w.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if lists::connectors().iter().any(|c| c.eq_ignore_ascii_case(w)) {
        return false;
    }
    let opener = i == 0
        || matches!(words[i - 1].after, Some('.' | ':' | '?' | '!' | '\n'))
        || matches!(words[i].before, Some('"' | '\u{201c}' | '\''));
    !(opener && !is_acronym_shape(w) && cx.common.contains(w.to_lowercase().as_str()))
}

fn is_connector(w: &Word<'_>) -> bool {
    lists::connectors().contains(w.text)
}

fn is_head(w: &Word<'_>) -> bool {
    lists::heads().contains(w.text)
        || w.text
            .rsplit('-')
            .next()
            .is_some_and(|t| lists::heads().contains(t))
}

/// Whether punctuation after a word ends a run (a hyphen at a line break does not: `NATO- Kazakhstan`).
fn breaks(w: &Word<'_>) -> bool {
    w.after.is_some_and(|c| c != '-')
}

/// One past the last word of the run starting at `i`.
fn run_end(words: &[Word<'_>], i: usize, cx: &Context<'_>) -> usize {
    let mut end = i + 1;
    let mut has_head = is_head(&words[i]);
    loop {
        let last = &words[end - 1];
        if breaks(last) {
            // `Statement on Dialog, Partnership, and Cooperation`: a list of single words closed by `and`
            if last.after == Some(',') && has_head {
                if let Some(k) = list_end(words, end, cx) {
                    end = k;
                    continue;
                }
            }
            return end;
        }
        let mut k = end;
        while k < words.len() && k - end < 2 && is_connector(&words[k]) && !breaks(&words[k]) {
            k += 1;
        }
        if k < words.len() && is_name_word(words, k, cx) && words[k].before.is_none() {
            has_head |= is_head(&words[k]);
            end = k + 1;
        } else {
            return end;
        }
    }
}

/// After a comma: `Partnership, and Cooperation` → one past `Cooperation`.
fn list_end(words: &[Word<'_>], mut k: usize, cx: &Context<'_>) -> Option<usize> {
    while k < words.len() {
        if words[k].text == "and" && k + 1 < words.len() && is_name_word(words, k + 1, cx) {
            return (!breaks(&words[k])).then_some(k + 2);
        }
        if !is_name_word(words, k, cx) || !matches!(words[k].after, Some(',')) {
            return None;
        }
        k += 1;
    }
    None
}

/// Cuts a run where `and` starts another name: before `and the …`, or before a headed name of two
/// content words or more.
fn split_at_and(words: &[Word<'_>], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut from = a;
    for k in a + 1..b.saturating_sub(1) {
        if words[k].text != "and" || words[k - 1].after == Some(',') {
            continue;
        }
        let rest = &words[k + 1..b];
        let content = rest.iter().filter(|w| !is_connector(w)).count();
        let left = &words[from..k];
        let left_named = left.iter().any(is_head)
            || left.iter().any(|w| w.text == "for")
            || (left.len() == 1 && is_acronym_shape(left[0].text));
        if words[k + 1].text == "the" || (content >= 2 && rest.iter().any(is_head) && left_named) {
            parts.push((from, k));
            from = k + 1;
        }
    }
    parts.push((from, b));
    parts
}

/// The institution and name hits of the run `words[a..b]`.
fn name_hits(text: &str, words: &[Word<'_>], a: usize, b: usize, cx: &Context<'_>, hits: &mut Vec<NameHit>) {
    let (mut a, mut b) = (a, b);
    // `Also the European Commission`: clause openers and function words are not part of a name
    while a < b
        && (is_connector(&words[a]) || (kind::is_opener(&words[a]) && !is_acronym_shape(words[a].text)))
    {
        a += 1;
    }
    // `… Mr`: an honorific closing the run belongs to the next name
    while b > a && (is_connector(&words[b - 1]) || kind::is_trailing_honorific(&words[b - 1])) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // `… Ministry of Defence in Tashkent`, `… World Bank in New York`, `… Program in May`: a seat or a
    // date is not part of the name (a city of two words or more is a place of its own)
    if let Some(k) = (a + 2..b.saturating_sub(1))
        .rev()
        .find(|&k| matches!(words[k].text, "in" | "at" | "on" | "of"))
    {
        let last = &words[b - 1];
        let tail = name::tidy(&text[words[k + 1].start..last.start + last.text.len()]);
        let city = matches!(words[k].text, "in" | "at") && b - k - 1 <= 3 && lists::is_city(&tail);
        if city || (b == k + 2 && kind::is_month(&words[k + 1])) {
            if city && cx.bare_names && b - k > 2 {
                push(text, words, k + 1, b, EntryKind::Place, hits);
            }
            b = k;
        }
    }
    // `Putting NATO's Riga Summit`: a possessive acronym starts a new name
    if let Some(k) = (a + 1..b)
        .rev()
        .find(|&k| words[k].possessive && is_acronym_shape(words[k].text))
    {
        name_hits(text, words, a, k, cx, hits);
        a = k;
    }
    let run = &words[a..b];
    let content = run.iter().filter(|w| !is_connector(w)).count();
    // the owner of `the Alliance's Central Asian strategy` is not the head of what follows
    let headed_part = if run[0].possessive { &run[1..] } else { run };
    let headed = headed_part.iter().any(is_head);
    let line_start = a == 0 || words[a - 1].after == Some('\n');
    let line_end = b == words.len() || words[b - 1].after == Some('\n');
    if kind::is_title(run, content, headed, line_start && line_end) {
        return;
    }
    // `the United States and Kyrgyzstan`, `Robert Simmons in New York`: without a head noun, `and` joins
    // two names and a preposition ends one
    if !headed {
        if let Some(k) = (a + 1..b).find(|&k| matches!(words[k].text, "and" | "in" | "on" | "at" | "against"))
        {
            name_hits(text, words, a, k, cx, hits);
            name_hits(text, words, k + 1, b, cx, hits);
            return;
        }
    }
    // `President Nazarbaev`, `Mr Smith`: a person, named without the title
    let titled = a > 0 && kind::is_honorific(&words[a - 1]) && matches!(words[a - 1].after, None | Some('.'));
    if !headed && b - a >= 2 && kind::is_honorific(&words[a]) && !is_connector(&words[a + 1]) {
        if cx.bare_names && !run[1..].iter().any(|w| is_acronym_shape(w.text)) {
            push(text, words, a + 1, b, EntryKind::Person, hits);
            let hit = hits.last_mut().expect("just pushed");
            hit.variants.push(name::tidy(
                &text[words[a].start..words[b - 1].start + words[b - 1].text.len()],
            ));
        }
        return;
    }
    let titled_surname = titled && content == 1 && !headed && is_capitalised(run[0].text);
    if content < 2 && !titled_surname {
        return;
    }
    // `Robert Simmons of the World Bank`: a person of a body is two names (a loop, not a recursion per
    // person, so that no text can nest it deeply)
    if headed && cx.bare_names {
        let mut from = a;
        while let Some(k) = (from + 2..b).find(|&k| words[k].text == "of") {
            let person = &words[from..k];
            let last = &person[person.len() - 1];
            let term = name::tidy(&text[person[0].start..last.start + last.text.len()]);
            let titled = titled && from == a;
            if person.iter().any(is_head) || kind::classify(person, &term, titled) != EntryKind::Person {
                break;
            }
            push(text, words, from, k, EntryKind::Person, hits);
            from = k + 1;
            while from < b && is_connector(&words[from]) {
                from += 1;
            }
        }
        if from > a {
            name_hits(text, words, from, b, cx, hits);
            return;
        }
    }
    if headed {
        push(text, words, a, b, EntryKind::Institution, hits);
        for k in a + 1..b {
            if words[k - 1].text == "of"
                || (words[k - 1].text == "the" && k >= 2 && words[k - 2].text == "of")
            {
                let nested = &words[k..b];
                if !is_connector(&words[k])
                    && nested.iter().any(is_head)
                    && nested.iter().filter(|w| !is_connector(w)).count() >= 2
                {
                    push(text, words, k, b, EntryKind::Institution, hits);
                }
            }
        }
        return;
    }
    if !cx.bare_names {
        return;
    }
    let programme = run.iter().any(|w| w.text == "for");
    // `NATO Central Asian`, `NATO-Central Asia`: an acronym at either end makes no name
    let part_acronym = |w: &Word<'_>| w.text.split('-').any(is_acronym_shape);
    let owned = if run[0].possessive { &run[1..] } else { run };
    let acronym_edge = part_acronym(&owned[0]) || part_acronym(&owned[owned.len() - 1]);
    let digits = run.iter().any(|w| w.text.chars().any(|c| c.is_ascii_digit()));
    let adjective = is_proper_adjective(run[run.len() - 1].text)
        && words
            .get(b)
            .is_some_and(|w| w.text.chars().next().is_some_and(char::is_lowercase));
    // `Senior Fellow`, `Associate Professor`: a post
    let post = lists::posts().contains(run[run.len() - 1].text);
    if !acronym_edge && !digits && !adjective && !post {
        let kind = if programme {
            EntryKind::Institution
        } else {
            let term =
                name::tidy(&text[run[0].start..run[run.len() - 1].start + run[run.len() - 1].text.len()]);
            kind::classify(run, &term, titled)
        };
        push(text, words, a, b, kind, hits);
    }
}

/// `Riga summit`, `Khabar information agency`: proper words, at most one lower-case modifier, a
/// lower-case head.
fn lower_head_hits(text: &str, words: &[Word<'_>], cx: &Context<'_>, hits: &mut Vec<NameHit>) {
    for (h, head) in words.iter().enumerate() {
        if !lists::lower_heads().contains(head.text) || h == 0 {
            continue;
        }
        let mut k = h;
        if k >= 2 && words[k - 1].text.chars().all(char::is_lowercase) && !is_connector(&words[k - 1]) {
            k -= 1;
        }
        let mut a = k;
        while a > 0 && is_name_word(words, a - 1, cx) && !breaks(&words[a - 1]) && !words[a - 1].possessive {
            a -= 1;
        }
        if a < k && !words[a..k].iter().all(|w| is_acronym_shape(w.text)) {
            push(text, words, a, h + 1, EntryKind::Institution, hits);
        }
        // `the 2004 NATO summit in Istanbul` is the Istanbul summit
        let place = words
            .get(h + 2)
            .filter(|_| !breaks(head) && words[h + 1].text == "in");
        if let Some(place) = place.filter(|p| is_name_word(words, h + 2, cx) && !is_acronym_shape(p.text)) {
            let term = format!("{} {}", place.text, head.text);
            let written = name::tidy(&text[words[a].start..place.start + place.text.len()]);
            hits.push(NameHit {
                kind: EntryKind::Institution,
                term,
                start: place.start,
                variants: vec![written],
                owner: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::words;

    fn names(text: &str) -> Vec<(EntryKind, String)> {
        let common: WordSet<&str> = ["the", "in", "today"].into_iter().collect();
        let cx = Context {
            common: &common,
            bare_names: true,
        };
        let w = words(text);
        find_names(text, &w, &cx)
            .into_iter()
            .map(|h| (h.kind, h.term))
            .collect()
    }

    fn inst(term: &str) -> (EntryKind, String) {
        (EntryKind::Institution, term.to_owned())
    }

    #[test]
    fn nested_names_under_of() {
        assert_eq!(
            names("He taught at the Diplomatic Academy of the Ministry of Foreign Affairs of the Russian Federation, Moscow."),
            [
                inst("Diplomatic Academy of the Ministry of Foreign Affairs of the Russian Federation"),
                inst("Ministry of Foreign Affairs of the Russian Federation"),
            ]
        );
    }

    #[test]
    fn and_between_two_names_cuts_the_run() {
        assert_eq!(
            names("it relies on the Partnership for Peace and North Atlantic Partnership Council."),
            [
                inst("Partnership for Peace"),
                inst("North Atlantic Partnership Council")
            ]
        );
        assert_eq!(
            names("several initiatives, including Science for Peace and the Virtual Silk Road."),
            [
                inst("Science for Peace"),
                (EntryKind::Name, "Virtual Silk Road".to_owned())
            ]
        );
    }

    #[test]
    fn lists_inside_a_name_and_possessive_owners() {
        assert_eq!(
            names("within the Statement on Dialog, Partnership, and Cooperation which envisages talks"),
            [inst("Statement on Dialog, Partnership, and Cooperation")]
        );
        let common = WordSet::default();
        let cx = Context {
            common: &common,
            bare_names: true,
        };
        let text = "observer status in NATO's Parliamentary Assembly.";
        let hits = find_names(text, &words(text), &cx);
        assert_eq!(hits[0].term, "Parliamentary Assembly");
        assert_eq!(hits[0].owner.as_deref(), Some("NATO"));
        assert_eq!(
            hits[0].variants,
            ["NATO's Parliamentary Assembly", "NATO Parliamentary Assembly"]
        );
        // an owner with a one-word name stays in the term
        let text = "at NATO's Headquarters today";
        let hits = find_names(text, &words(text), &cx);
        assert_eq!(
            (hits[0].term.as_str(), hits[0].owner.as_deref()),
            ("NATO Headquarters", None)
        );
    }

    #[test]
    fn lower_case_heads_and_broken_hyphens() {
        assert_eq!(
            names("At the 2006 Riga summit the members met."),
            [inst("Riga summit")]
        );
        assert_eq!(
            names("a meeting of the NATO- Kazakhstan Military-Political Committee held in May"),
            [inst("NATO-Kazakhstan Military-Political Committee")]
        );
    }

    #[test]
    fn owners_and_and() {
        assert_eq!(
            names("to join NATO's Planning and Review Process."),
            [inst("Planning and Review Process")]
        );
        assert!(names("in the Alliance's Central Asian strategy").is_empty());
        assert_eq!(
            names("read \"Putting NATO's Riga Summit into Context,\" 2007"),
            [inst("Riga Summit")]
        );
    }

    #[test]
    fn ordinary_capitals_are_not_names() {
        assert!(names("Today Kazakhstan and Russia agreed with China.").is_empty());
        assert!(names("In Central Asian states the Program works.").is_empty());
    }
}
