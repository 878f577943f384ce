//! The decisions of a line: how much each word says about the language of its span, whether it
//! converts there, and initials that follow their name.

use super::{tables, Analysis, Kind, WordReport};
use crate::reverse::text::splits_span;

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
        Kind::Name | Kind::Acronym | Kind::Numeral | Kind::TooLong => 0.0,
    }
}

/// Whether `a` is a name (`Obama`, or a capitalised proper noun: `Medvedev`), which English and
/// Russian write alike and which so says little about the words between names.
pub(super) fn is_name(a: &Analysis, word: &str) -> bool {
    a.kind == Kind::Name || (a.proper && word.starts_with(char::is_uppercase))
}

/// For each token, the score of its span (the span's own word weights, plus a quarter of those of
/// the rest of the line), and the span's own weights alone.
pub(super) fn span_scores(tokens: &[(&str, bool)], weights: &[f32]) -> (Vec<f32>, Vec<f32>) {
    let line: f32 = weights.iter().sum();
    let (mut span, mut own_score) = (vec![0f32; tokens.len()], vec![0f32; tokens.len()]);
    let mut start = 0;
    for i in 0..=tokens.len() {
        if i == tokens.len() || (!tokens[i].1 && splits_span(tokens, i)) {
            let own: f32 = weights[start..i].iter().sum();
            span[start..i].fill(own + 0.25 * (line - own));
            own_score[start..i].fill(own);
            start = i + 1;
        }
    }
    (span, own_score)
}

/// What a word's neighbours say, for [`verdict`].
pub(super) struct Beside {
    /// The span's score without the word: a word that could be either language follows the
    /// words around it, not its own look.
    pub others: f32,
    /// The same without names: a lower-case word that is English too needs a common Russian word
    /// beside it (`met` between `Medvedev` and `Obama` is English).
    pub common: f32,
    /// Some word of the line is English only.
    pub english_line: bool,
}

/// Whether a word converts in a span of score `span` (the word's own weight included), and why.
pub(super) fn verdict(a: &Analysis, word: &str, span: f32, beside: Beside) -> (bool, String) {
    let Beside {
        others,
        common,
        english_line,
    } = beside;
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
        // `met` between `Medvedev` and `Obama`; a short word that looks romanised (`na` between
        // `Putin` and `Kavkaze`) still follows its line.
        Kind::Russian | Kind::Contaminated
            if a.english && lower && common <= TIE && (a.looks < 0.0 || word.chars().count() >= 3) =>
        {
            (false, r("English word too, and only names beside it"))
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
        Kind::TooLong => (
            false,
            format!(
                "longer than {} letters, no word: left as written",
                super::super::MAX_WORD_LETTERS
            ),
        ),
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

#[cfg(test)]
mod tests {
    use super::super::Reverser;

    #[test]
    fn an_english_word_between_names_stays_english() {
        let set = steppe_lexicon::LexiconSet::embedded();
        let r = Reverser::new(&set);
        let output = |line: &str, word: &str| {
            let reports = r.explain(line);
            reports.into_iter().find(|w| w.latin == word).map(|w| w.output)
        };
        // `met` reads меть, but only names stand beside it.
        for line in [
            "Medvedev met Obama",
            "Nazarbaev met Medvedev.",
            "Tokaev met Lukashenko and Mirziyoyev",
        ] {
            assert_eq!(output(line, "met").as_deref(), Some("met"), "{line}");
        }
        // A common Russian word beside it makes the span Russian, and a short word that looks
        // romanised still follows the names of its line.
        assert_eq!(r.cyrillic("Putin na Kavkaze"), "Путин на Кавказе");
        assert_eq!(
            r.cyrillic("Putin i Medvedev: god spustia"),
            "Путин и Медведев: год спустя"
        );
        assert_eq!(
            r.cyrillic("Medvedev i Putin ne soglasny"),
            "Медведев и Путин не согласны"
        );
    }
}
