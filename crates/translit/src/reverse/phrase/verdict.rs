//! The decisions of a line: how much each word says about the language of its span, whether it
//! converts there, and initials that follow their name.

use super::{tables, Analysis, Kind, WordReport};

/// Nameness above which a name converts outside a Russian span.
const NAME_NEUTRAL: f32 = -0.4;
/// Nameness above which a name converts inside an English span.
const NAME_IN_ENGLISH: f32 = -0.4;
/// Scores this close to 0 are 0: a span's score less one word's weight is a float subtraction.
pub(super) const TIE: f32 = 1e-4;

/// How much a word says that its span is Russian (positive) or English (negative).
pub(super) fn evidence(a: &Analysis, word: &str) -> f32 {
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return 0.0; // an initial, or a capital I
    }
    let short = a.reading.as_ref().is_some_and(|r| r.chars().count() < 3);
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    match a.kind {
        // `Putin`, `Stalin`: a name in both languages says nothing about the span's language, unless
        // it looks romanised (`Kazakhstan`); an English look is no evidence against Russian.
        Kind::Russian | Kind::Contaminated if a.english && a.proper && capitalised => a.looks.clamp(0.0, 0.5),
        Kind::Russian | Kind::Contaminated if a.english => a.looks.clamp(-0.5, 0.5),
        Kind::Russian if short => 0.5,
        Kind::Russian | Kind::Exception => 1.0,
        Kind::Contaminated => 0.5,
        Kind::English | Kind::Foreign => -1.0,
        Kind::Name if a.english => a.looks.clamp(-0.5, 0.5),
        Kind::Name if a.nameness > 0.3 => 0.3,
        Kind::Name if a.nameness < NAME_NEUTRAL => -0.3,
        Kind::Name | Kind::Acronym | Kind::Numeral => 0.0,
    }
}

/// Whether a word converts in a span of this score, and why.
/// `span` weighs the word's span with the word itself, `others` without it: a word that could be
/// either language follows the words around it, not its own look.
/// `english_line`: some word of the line is English only.
pub(super) fn verdict(
    a: &Analysis,
    word: &str,
    span: f32,
    others: f32,
    english_line: bool,
) -> (bool, String) {
    let r = |s: &str| s.to_owned();
    let all_caps = word.chars().count() > 1 && !word.chars().any(char::is_lowercase);
    let lower = !word.starts_with(char::is_uppercase);
    match a.kind {
        Kind::Exception => (true, r("exception file")),
        Kind::Russian | Kind::Contaminated
            if a.english && others <= TIE && (english_line || a.looks < 0.0) =>
        {
            (false, r("English word too, and no Russian word beside it"))
        }
        Kind::Russian if span < 0.0 && (word.chars().count() < 3 || a.looks < 0.0 || all_caps) => (
            false,
            r("short, capitals or English-looking word in an English span"),
        ),
        Kind::Russian => (true, r("Russian word form")),
        Kind::Contaminated => (true, r("Russian word form with English spellings")),
        Kind::Acronym => {
            let mixed_case = word.chars().any(char::is_lowercase);
            let yes = span > 0.0 || (mixed_case && span == 0.0);
            (
                yes,
                if yes {
                    r("acronym table, Russian span")
                } else {
                    r("acronym outside a Russian span")
                },
            )
        }
        Kind::Name
            if (lower || all_caps) && others <= TIE && (english_line || a.nameness <= NAME_NEUTRAL) =>
        {
            (
                false,
                r("unknown lower-case or capitals word outside a Russian span"),
            )
        }
        Kind::Name if a.english && others <= TIE => {
            (false, r("English word and name, not in a Russian span"))
        }
        Kind::Name => {
            let needed = if span > 0.0 {
                f32::NEG_INFINITY
            } else if span < 0.0 {
                NAME_IN_ENGLISH
            } else {
                NAME_NEUTRAL
            };
            let yes = a.nameness > needed;
            let why = format!(
                "name, looks romanised {:.2} (needs > {needed:.2} in this span)",
                a.nameness
            );
            (yes, why)
        }
        Kind::English => match &a.english_stem {
            Some(stem) => (false, format!("English form of {stem}")),
            None => (false, r("English word")),
        },
        Kind::Foreign => (false, r("letters no romanisation of Russian uses")),
        Kind::Numeral => (false, r("Roman numeral")),
    }
}

/// Initials (`N.` before `Nazarbaeva`) follow the word they stand before.
pub(super) fn convert_initials(out: &mut [(&str, Option<WordReport>)]) {
    for i in (0..out.len()).rev() {
        let is_initial = out[i]
            .1
            .as_ref()
            .is_some_and(|r| r.latin.chars().count() == 1 && r.latin.chars().all(char::is_uppercase))
            && out.get(i + 1).is_some_and(|(t, _)| t.starts_with('.'));
        if !is_initial {
            continue;
        }
        let next_converted = out[i + 1..]
            .iter()
            .filter_map(|(_, r)| r.as_ref())
            .find(|r| !(r.latin.chars().count() == 1 && r.latin.chars().all(char::is_uppercase)))
            .is_some_and(|r| r.output != r.latin);
        if let Some(r) = out[i].1.as_mut() {
            if !next_converted {
                r.output = r.latin.clone();
                r.reason = "initial before a word that stays".into();
            } else {
                let lower = r.latin.to_lowercase();
                let edge = tables()
                    .lattice
                    .edges(&lower)
                    .iter()
                    .find(|e| e.cyr.chars().count() == 1);
                if let Some(e) = edge {
                    r.output = e.cyr.to_uppercase();
                    r.reason = "initial before a converted name".into();
                }
            }
        }
    }
}
