//! Hyphenated names are one name: `Kassym-Zhomart`, `Alma-Ata`, `Ust'-Kamenogorsk`, `Nur-Sultan`.
//!
//! Each word of a line is judged alone first, so one part of a compound can convert while the
//! other stays Latin (`Кассым-Zhomart`: `Zhomart` alone looks less romanised than the span asks).
//! A name is written in one scheme, so its parts go together:
//!
//! - some parts convert and every part has a reading: all convert;
//! - some part has no reading (letters no romanisation uses, an English word only): all stay;
//! - no part converts and none is an English word: the parts written as one word are read as a
//!   name, and when that name looks romanised enough to convert outside a Russian span, every
//!   part converts (the Kazakh elements of `names.tsv` are written as one word or hyphenated
//!   alike). An English part keeps the compound English (`Kazakhstan-China`, and so also
//!   `Nur-Sultan`, whose `Sultan` is English too).
//!
//! Only compounds of capitalised words count (`Jean-Paul`, `Alma-Ata`), not `post-Soviet` or a
//! compound acronym (`NATO-ISAF`, left to the acronym table).

use super::{Analysis, Kind, Reverser, WordReport};
use crate::reverse::text::apply_case;
use crate::reverse::WordCheck;

/// Nameness above which the parts of a compound, read as one name, convert (as a name does
/// outside a Russian span, `verdict::NAME_NEUTRAL`).
const COMPOUND_NAMENESS: f32 = -0.4;

/// The hyphens that join the parts of a name (ASCII, U+2010, the non-breaking U+2011).
fn is_hyphen(between: &str) -> bool {
    matches!(between, "-" | "\u{2010}" | "\u{2011}")
}

/// A capitalised word that is not all capitals (`Alma`, `Ust'`; not `NATO`, not `post`).
fn is_name_part(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// The token indices of the words of each hyphenated compound of capitalised words in `tokens`.
fn compounds(tokens: &[(&str, bool)]) -> Vec<Vec<usize>> {
    let mut groups = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].1 && is_name_part(tokens[i].0)) {
            i += 1;
            continue;
        }
        let mut group = vec![i];
        while let (Some(&(between, false)), Some(&(next, true))) = (tokens.get(i + 1), tokens.get(i + 2)) {
            if !(is_hyphen(between) && is_name_part(next)) {
                break;
            }
            i += 2;
            group.push(i);
        }
        // A compound with an all-capitals part (`Kazakhstan-NATO`) is two names joined.
        let next_is_capitals =
            tokens.get(i + 1).is_some_and(|t| is_hyphen(t.0)) && tokens.get(i + 2).is_some_and(|t| t.1);
        let prev_is_capitals = group[0] >= 2
            && tokens.get(group[0] - 1).is_some_and(|t| is_hyphen(t.0))
            && tokens[group[0] - 2].1;
        if group.len() >= 2 && !next_is_capitals && !prev_is_capitals {
            groups.push(group);
        }
        i += 1;
    }
    groups
}

impl<L: WordCheck> Reverser<'_, L> {
    /// Makes the parts of each hyphenated name convert together (see the module docs).
    pub(super) fn unite_compounds(
        &self,
        tokens: &[(&str, bool)],
        analyses: &[Option<Analysis>],
        out: &mut [(&str, Option<WordReport>)],
    ) {
        for group in compounds(tokens) {
            let converted = |i: &usize| out[*i].1.as_ref().is_some_and(|r| r.output != r.latin);
            let n_converted = group.iter().filter(|i| converted(i)).count();
            if n_converted == group.len() {
                continue;
            }
            let readable = group.iter().all(|&i| {
                analyses[i]
                    .as_ref()
                    .is_some_and(|a| a.reading.is_some() && !matches!(a.kind, Kind::English | Kind::Foreign))
            });
            if n_converted > 0 && !readable {
                for &i in &group {
                    if let Some(r) = out[i].1.as_mut() {
                        r.output = r.latin.clone();
                        r.reason = "part of a hyphenated name with a part that is not Russian".into();
                    }
                }
                continue;
            }
            let reason = if n_converted > 0 {
                "part of a hyphenated name whose other parts convert"
            } else if readable
                && !group
                    .iter()
                    .any(|&i| analyses[i].as_ref().is_some_and(|a| a.english))
                && self.reads_as_one_name(tokens, &group)
            {
                "part of a hyphenated name that reads as a romanised name"
            } else {
                continue;
            };
            for &i in &group {
                let (Some(a), Some(r)) = (&analyses[i], out[i].1.as_mut()) else {
                    continue;
                };
                if r.output != r.latin {
                    continue;
                }
                let Some(reading) = &a.reading else { continue };
                r.output = match a.kind {
                    Kind::Acronym | Kind::Exception => reading.clone(),
                    _ => apply_case(tokens[i].0, &a.path, reading),
                };
                r.reason = reason.into();
            }
        }
    }

    /// Whether the parts of `group` written as one word (`Nursultan`) read as a romanised name.
    fn reads_as_one_name(&self, tokens: &[(&str, bool)], group: &[usize]) -> bool {
        let mut joined = tokens[group[0]].0.to_owned();
        for &i in &group[1..] {
            joined.push_str(&tokens[i].0.to_lowercase());
        }
        let a = self.analyse(&joined);
        a.kind == Kind::Name && !a.english && a.nameness > COMPOUND_NAMENESS
    }
}

#[cfg(test)]
mod tests {
    use super::super::Reverser;

    #[test]
    fn compounds_are_capitalised_words_joined_by_hyphens() {
        let groups = |line: &str| {
            let tokens = super::super::tokenize(line);
            super::compounds(&tokens)
                .into_iter()
                .map(|g| g.iter().map(|&i| tokens[i].0).collect::<Vec<_>>().join("+"))
                .collect::<Vec<_>>()
        };
        assert_eq!(groups("Kassym-Zhomart Tokayev"), ["Kassym+Zhomart"]);
        assert_eq!(
            groups("in Ust'-Kamenogorsk and Alma-Ata"),
            ["Ust'+Kamenogorsk", "Alma+Ata"]
        );
        assert!(groups("post-Soviet Euro-atlantic").is_empty());
        assert!(groups("NATO-ISAF and Kazakhstan-NATO talks").is_empty());
        assert!(groups("Semipalatinsk-21").is_empty());
    }

    #[test]
    fn hyphenated_names_convert_whole_or_not_at_all() {
        let set = steppe_lexicon::LexiconSet::embedded();
        let r = Reverser::new(&set);
        // `Kassym` reads Кассым or Касым (the official Касым has one с): both parts in Cyrillic.
        let tokayev = r.cyrillic("Kassym-Zhomart Tokayev");
        assert!(tokayev.ends_with("-Жомарт Токаев"), "{tokayev}");
        assert!(!tokayev.chars().any(|c| c.is_ascii_alphabetic()), "{tokayev}");
        for (latin, want) in [
            ("Alma-Ata", "Алма-Ата"),
            ("Kazakhstan-China pipeline", "Kazakhstan-China pipeline"),
            ("Ak-Orda", "Ak-Orda"),
            ("Ust'-Kamenogorsk", "Усть-Каменогорск"),
            ("Rimsky-Korsakov", "Римский-Корсаков"),
            ("Jean-Paul Sartre", "Jean-Paul Sartre"),
            ("the Euro-Atlantic area", "the Euro-Atlantic area"),
        ] {
            assert_eq!(r.cyrillic(latin), want, "{latin}");
        }
    }
}
