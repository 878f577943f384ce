//! Exports: TMX 1.4b through steppe-tmx's writer, TSV and JSON.
//!
//! TMX and TSV hold the beads that pair sentences on both sides and score at least the given
//! minimum; JSON holds every bead, one-sided ones too, with its sentence indices.

use crate::{Alignment, Error};
use serde::Serialize;
use std::io::Write;
use steppe_tmx::{Header, Prop, TranslationUnit, Writer};

/// Writes the pairs as TMX 1.4b: `srclang` and each variant's `xml:lang` from the alignment's
/// languages, `creationtool="steppe"`, a `tuid` per unit (its bead number) and the confidence as a
/// `x-steppe-score` prop.
pub fn write_tmx<W: Write>(alignment: &Alignment, min_score: f32, out: W) -> Result<W, Error> {
    let tmx = |bead, source| Error::Tmx { bead, source };
    let header = Header::new(alignment.source_lang.code());
    let mut writer = Writer::new(out, &header).map_err(|e| tmx(0, e))?;
    for (n, unit) in tmx_units(alignment, min_score) {
        writer.write_unit(&unit).map_err(|e| tmx(n, e))?;
    }
    Ok(writer.finish().map_err(|e| tmx(0, e))?.0)
}

/// The translation units [`write_tmx`] writes, each with its bead number (from 1): the pairs
/// scoring at least `min_score`, a `tuid` per unit (the bead number) and the confidence as a
/// `x-steppe-score` prop. For writing several alignments into one TMX (`steppe align --pairs
/// --merged`), where each unit's `tuid` is made unique by the caller.
pub fn tmx_units(
    alignment: &Alignment,
    min_score: f32,
) -> impl Iterator<Item = (usize, TranslationUnit)> + '_ {
    let (sl, tl) = (alignment.source_lang.code(), alignment.target_lang.code());
    alignment
        .beads
        .iter()
        .enumerate()
        .filter(move |(_, bead)| bead.is_pair() && bead.score >= min_score)
        .map(move |(n, bead)| {
            let (s, t) = (alignment.source_text(bead), alignment.target_text(bead));
            let mut unit = TranslationUnit::from_pairs(&[(sl, &s), (tl, &t)]);
            unit.tuid = Some((n + 1).to_string());
            unit.props.push(Prop {
                kind: "x-steppe-score".into(),
                text: format!("{:.3}", bead.score),
                lang: None,
            });
            (n + 1, unit)
        })
}

/// Writes the pairs as TSV: `source<TAB>target<TAB>score`, tabs and line breaks inside a text
/// turned into spaces.
pub fn write_tsv<W: Write>(alignment: &Alignment, min_score: f32, mut out: W) -> Result<W, Error> {
    let clean = |s: String| s.replace(['\t', '\n', '\r'], " ");
    for (n, bead) in alignment.pairs(min_score).enumerate() {
        let (s, t) = (
            clean(alignment.source_text(bead)),
            clean(alignment.target_text(bead)),
        );
        writeln!(out, "{s}\t{t}\t{:.3}", bead.score)
            .map_err(|source| Error::Write { bead: n + 1, source })?;
    }
    Ok(out)
}

/// Writes every bead with at least `min_score` (one-sided beads score 0 and so are kept only with a
/// minimum of 0) as JSON: `{"source_lang", "target_lang", "ratio", "beads": [{"source": [indices],
/// "target": [indices], "source_text", "target_text", "score"}]}`; a bead of paragraph marks
/// (pre-segmented input) has `"marker": true` and score 0.
pub fn write_json<W: Write>(alignment: &Alignment, min_score: f32, mut out: W) -> Result<W, Error> {
    #[derive(Serialize)]
    struct JsonBead {
        source: Vec<usize>,
        target: Vec<usize>,
        source_text: String,
        target_text: String,
        score: f32,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        marker: bool,
    }
    #[derive(Serialize)]
    struct Json {
        source_lang: &'static str,
        target_lang: &'static str,
        ratio: f64,
        beads: Vec<JsonBead>,
    }
    let json = Json {
        source_lang: alignment.source_lang.code(),
        target_lang: alignment.target_lang.code(),
        ratio: (alignment.ratio * 1000.0).round() / 1000.0,
        beads: alignment
            .beads
            .iter()
            .filter(|b| b.score >= min_score)
            .map(|b| JsonBead {
                source: b.source.clone().collect(),
                target: b.target.clone().collect(),
                source_text: alignment.source_text(b),
                target_text: alignment.target_text(b),
                score: (b.score * 1000.0).round() / 1000.0,
                marker: b.marker,
            })
            .collect(),
    };
    let write = |source| Error::Write { bead: 0, source };
    serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write(e.into()))?;
    writeln!(out).map_err(write)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Bead, Language};

    /// Three beads: a pair, a sentence left out, a pair with a tab inside its text.
    fn alignment() -> Alignment {
        let bead = |s: std::ops::Range<usize>, t: std::ops::Range<usize>, score| Bead {
            source: s,
            target: t,
            score,
            marker: false,
        };
        Alignment {
            source_lang: Language::En,
            target_lang: Language::Kk,
            source: vec!["One.".into(), "Two.".into(), "Three\there.".into()],
            target: vec!["Бір.".into(), "Үш.".into()],
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..2, 1..1, 0.0),
                bead(2..3, 1..2, 0.4),
            ],
            ratio: 1.0,
        }
    }

    #[test]
    fn tsv_holds_pairs_above_the_minimum_with_tabs_turned_into_spaces() {
        let out = write_tsv(&alignment(), 0.0, Vec::new()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "One.\tБір.\t0.900\nThree here.\tҮш.\t0.400\n"
        );
        let out = write_tsv(&alignment(), 0.5, Vec::new()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "One.\tБір.\t0.900\n");
    }

    #[test]
    fn tmx_numbers_units_by_bead_and_skips_one_sided_beads() {
        let xml = String::from_utf8(write_tmx(&alignment(), 0.0, Vec::new()).unwrap()).unwrap();
        assert_eq!(xml.matches("<tu ").count(), 2);
        assert!(
            xml.contains(r#"<tu tuid="3">"#) && !xml.contains(r#"tuid="2""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<prop type="x-steppe-score">0.400</prop>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<tuv xml:lang="kk"><seg>Үш.</seg></tuv>"#),
            "{xml}"
        );
    }

    #[test]
    fn json_keeps_one_sided_beads_at_minimum_zero() {
        let out = write_json(&alignment(), 0.0, Vec::new()).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["target_lang"], "kk");
        assert_eq!(json["beads"].as_array().unwrap().len(), 3);
        assert_eq!(json["beads"][1]["target"], serde_json::json!([]));
        assert_eq!(json["beads"][1]["source_text"], "Two.");
        let out = write_json(&alignment(), 0.1, Vec::new()).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["beads"].as_array().unwrap().len(), 2);
    }
}
