//! `NAME.terms.tmx`: a text's glossary as a translation memory, English term ↔ Russian equivalent,
//! for CAT tools that take terms only through a TM (and so that a TM lookup shows them too).
//!
//! One unit per English form with a Russian equivalent ([`steppe_glossary::term_pairs`]): the
//! short form with the Russian short form, the long form with the long one. Each unit says what it
//! is and where its Russian came from in `prop`s a CAT tool shows beside the match
//! (`x-steppe-kind`, `x-steppe-form`, `x-steppe-ru-origin`, `x-steppe-ru-source`), and in `note`s
//! the entry's note, the origin in words (`unverified: …` when no source backs it) and the other
//! Russian equivalents.

use std::io::Write;
use steppe_glossary::{term_pairs, Glossary, TermPair, Termbase};
use steppe_tmx::{Header, Note, Prop, SegType, TranslationUnit, Writer};

/// Writes the glossary's term pairs as TMX 1.4b (`en` → `ru`, phrase segments).
///
/// ```
/// use steppe_build::{builtin_termbase, write_terms_tmx, Pipeline, Text};
/// use steppe_lexicon::LexiconSet;
/// use steppe_translit::reverse::Reverser;
/// let termbase = builtin_termbase();
/// let lexicon = LexiconSet::embedded();
/// let reverser = Reverser::new(&lexicon);
/// let text = Text::new("a.en.txt".as_ref(), "The Collective Security Treaty Organization (CSTO) met.\n".to_owned());
/// let analysis = Pipeline::new(&termbase, &reverser).analyse(&text).unwrap();
/// let mut out = Vec::new();
/// write_terms_tmx(&analysis.glossary, Some(&termbase), &mut out).unwrap();
/// let tmx = String::from_utf8(out).unwrap();
/// assert!(tmx.contains("<seg>CSTO</seg>") && tmx.contains("<seg>ОДКБ</seg>"));
/// ```
pub fn write_terms_tmx(
    glossary: &Glossary,
    termbase: Option<&Termbase>,
    out: &mut dyn Write,
) -> Result<(), steppe_tmx::Error> {
    let mut header = Header::new("en");
    header.segtype = SegType::Phrase;
    let mut writer = Writer::new(out, &header)?;
    for pair in term_pairs(glossary, termbase) {
        writer.write_unit(&unit(&pair))?;
    }
    writer.finish()?;
    Ok(())
}

fn unit(pair: &TermPair) -> TranslationUnit {
    let prop = |kind: &str, text: &str| Prop {
        kind: kind.to_owned(),
        text: text.to_owned(),
        lang: None,
    };
    let mut props = vec![
        prop("x-steppe-kind", pair.kind.as_str()),
        prop("x-steppe-form", pair.form.as_str()),
    ];
    if let Some(from) = pair.ru_from {
        props.push(prop("x-steppe-ru-origin", from.as_str()));
    }
    if let Some(source) = &pair.ru_source {
        props.push(prop("x-steppe-ru-source", source));
    }
    let note = |text: String| Note { text, lang: None };
    let mut notes = vec![note(pair.note.clone())];
    notes.extend(pair.ru_note.clone().map(note));
    if !pair.other_ru.is_empty() {
        notes.push(note(format!(
            "other Russian equivalents: {}",
            pair.other_ru.join("; ")
        )));
    }
    TranslationUnit {
        props,
        notes,
        ..TranslationUnit::from_pairs(&[("en", &pair.en), ("ru", &pair.ru)])
    }
}
