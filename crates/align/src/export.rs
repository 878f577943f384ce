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
    let (sl, tl) = (alignment.source_lang.code(), alignment.target_lang.code());
    let tmx = |bead, source| Error::Tmx { bead, source };
    let mut writer = Writer::new(out, &Header::new(sl)).map_err(|e| tmx(0, e))?;
    for (n, bead) in alignment.beads.iter().enumerate() {
        if !bead.is_pair() || bead.score < min_score {
            continue;
        }
        let (s, t) = (alignment.source_text(bead), alignment.target_text(bead));
        let mut unit = TranslationUnit::from_pairs(&[(sl, &s), (tl, &t)]);
        unit.tuid = Some((n + 1).to_string());
        unit.props.push(Prop {
            kind: "x-steppe-score".into(),
            text: format!("{:.3}", bead.score),
            lang: None,
        });
        writer.write_unit(&unit).map_err(|e| tmx(n + 1, e))?;
    }
    Ok(writer.finish().map_err(|e| tmx(0, e))?.0)
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
/// "target": [indices], "source_text", "target_text", "score"}]}`.
pub fn write_json<W: Write>(alignment: &Alignment, min_score: f32, mut out: W) -> Result<W, Error> {
    #[derive(Serialize)]
    struct JsonBead {
        source: Vec<usize>,
        target: Vec<usize>,
        source_text: String,
        target_text: String,
        score: f32,
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
            })
            .collect(),
    };
    let write = |source| Error::Write { bead: 0, source };
    serde_json::to_writer_pretty(&mut out, &json).map_err(|e| write(e.into()))?;
    writeln!(out).map_err(write)?;
    Ok(out)
}
