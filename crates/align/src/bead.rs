//! The result: beads over the two lists of sentences.

use crate::Language;
use serde::Serialize;
use std::ops::Range;

/// One bead: a run of source sentences and the run of target sentences that translates it.
/// A side may be empty (a sentence left out of the translation, or added by it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    /// Indices of the source sentences.
    pub source: Range<usize>,
    /// Indices of the target sentences.
    pub target: Range<usize>,
    /// Confidence between 0 and 1: how well lengths and anchors agree (0 when a side is empty).
    pub score: f32,
    /// Whether the bead holds paragraph marks (`<p>` lines of pre-segmented input) rather than
    /// text: a mark paired with a mark, or one left alone. Never exported as a translation unit.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub marker: bool,
}

impl Bead {
    /// Whether the bead pairs sentences on both sides (a translation unit), not a sentence alone.
    pub fn is_pair(&self) -> bool {
        !self.marker && !self.source.is_empty() && !self.target.is_empty()
    }
}

/// The alignment of two texts: their sentences and the beads that pair them, in order, covering
/// every sentence of both sides exactly once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    /// Language of the original.
    pub source_lang: Language,
    /// Language of the translation.
    pub target_lang: Language,
    /// Sentences of the original.
    pub source: Vec<String>,
    /// Sentences of the translation.
    pub target: Vec<String>,
    /// The beads, in text order.
    pub beads: Vec<Bead>,
    /// Target characters per source character, measured on the two texts.
    pub ratio: f64,
}

impl Alignment {
    /// The source text of a bead: its sentences joined by a space.
    pub fn source_text(&self, bead: &Bead) -> String {
        self.source[bead.source.clone()].join(" ")
    }

    /// The target text of a bead: its sentences joined by a space.
    pub fn target_text(&self, bead: &Bead) -> String {
        self.target[bead.target.clone()].join(" ")
    }

    /// The beads that pair sentences on both sides and score at least `min_score`.
    pub fn pairs(&self, min_score: f32) -> impl Iterator<Item = &Bead> {
        self.beads
            .iter()
            .filter(move |b| b.is_pair() && b.score >= min_score)
    }
}
