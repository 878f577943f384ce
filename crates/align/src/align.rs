//! The aligner: paragraphs, then sentences.
//!
//! Both texts' sentences are turned into [`Unit`]s once (lengths and anchors over the whole pair
//! of texts). When both sides have as many paragraphs, paragraphs are aligned first by the same
//! search over paragraph units, with a 1:1 paragraph bead nearly certain (prior 0.99), so
//! paragraphs act as boundaries unless the evidence is overwhelming; sentences are then aligned
//! within each paragraph bead. When the counts differ, one search runs over all sentences and a
//! bead that ends a paragraph on both sides earns [`Params::paragraph_bonus`]: on the dev pages
//! with every other Russian paragraph break removed, aligning paragraphs first and then sentences
//! inside them kept 89.7 % of the beads consistent with the gold, the single search 97.1 %
//! (a wrong paragraph bead forces every sentence in it to be wrong). Every bead gets its confidence.

use crate::anchor::{anchor, Anchored, Unit};
use crate::cost::{confidence, Indexed, Params, Scorer};
use crate::search::{best_path, Step};
use crate::{Alignment, Bead, Dictionary, Language, NameKey};
use std::ops::Range;
use steppe_doc::Document;

/// The cost of a paragraph mark without a counterpart: a break one side has and the other not is
/// common (translators join and split paragraphs), so dearer than a pair but cheaper than a
/// sentence left out (−ln 0.005 ≈ 5.3).
const LONE_MARK_COST: f64 = 3.0;
/// How far (relative) the median ratio of the first pass may be from the whole-text ratio before
/// the search is run again with it.
const RATIO_TOLERANCE: f64 = 0.05;
/// Shortest sentence (characters) whose length enters the median ratio.
const MIN_RATIO_CHARS: usize = 10;
/// Paragraph bead priors when both sides have as many paragraphs.
const SAME_COUNT_PRIORS: [(usize, usize, f64); 6] = [
    (1, 1, 0.99),
    (1, 0, 0.001),
    (0, 1, 0.001),
    (2, 1, 0.003),
    (1, 2, 0.003),
    (2, 2, 0.002),
];

/// Aligns a translation with its original, sentence by sentence.
///
/// Build one with [`Aligner::new`], add a name keyer with [`Aligner::with_names`] (a
/// steppe-translit `Reverser` links `Nazarbaev` to `Назарбаева`), then align two [`Document`]s,
/// two texts, or two lists of sentences.
pub struct Aligner<'k> {
    params: Params,
    names: Option<&'k dyn NameKey>,
    dictionary: Option<&'k Dictionary>,
}

impl Default for Aligner<'_> {
    fn default() -> Self {
        Aligner::new()
    }
}

impl<'k> Aligner<'k> {
    /// An aligner with the default [`Params`] and no name linking.
    pub fn new() -> Self {
        Aligner {
            params: Params::default(),
            names: None,
            dictionary: None,
        }
    }

    /// Links names across scripts with `keyer` (see [`NameKey`]).
    pub fn with_names(mut self, keyer: &'k dyn NameKey) -> Self {
        self.names = Some(keyer);
        self
    }

    /// Takes the phrase pairs of `dictionary` as anchors (`NATO` ~ `НАТО`; see [`Dictionary`]).
    /// Its source side is the original's language.
    pub fn with_dictionary(mut self, dictionary: &'k Dictionary) -> Self {
        self.dictionary = (!dictionary.is_empty()).then_some(dictionary);
        self
    }

    /// Uses other cost parameters.
    pub fn with_params(mut self, params: Params) -> Self {
        self.params = params;
        self
    }

    /// Parses two texts with the document model (paragraphs at blank lines, sentences by each
    /// language's rules) and aligns them. A language left `None` is guessed from the script
    /// ([`Language::detect_pair`]).
    pub fn align_texts(
        &self,
        source: &str,
        target: &str,
        source_lang: Option<Language>,
        target_lang: Option<Language>,
    ) -> Alignment {
        let (ds, dt) = Language::detect_pair(source, target);
        let (sl, tl) = (source_lang.unwrap_or(ds), target_lang.unwrap_or(dt));
        let src = Document::parse("source", source, sl.doc_lang());
        let tgt = Document::parse("target", target, tl.doc_lang());
        self.align_documents(&src, &tgt, sl, tl)
    }

    /// Aligns the sentences of two parsed documents, using their paragraphs.
    pub fn align_documents(
        &self,
        source: &Document,
        target: &Document,
        source_lang: Language,
        target_lang: Language,
    ) -> Alignment {
        let split = |doc: &Document| -> (Vec<String>, Vec<usize>) {
            doc.sentences
                .iter()
                .map(|s| (s.text.clone(), s.paragraph))
                .unzip()
        };
        let (src, src_para) = split(source);
        let (tgt, tgt_para) = split(target);
        self.align_paragraphed(src, &src_para, tgt, &tgt_para, source_lang, target_lang)
    }

    /// Aligns two lists of sentences taken as one paragraph each.
    pub fn align_sentences(
        &self,
        source: &[&str],
        target: &[&str],
        source_lang: Language,
        target_lang: Language,
    ) -> Alignment {
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (sp, tp) = (vec![0; source.len()], vec![0; target.len()]);
        self.align_paragraphed(own(source), &sp, own(target), &tp, source_lang, target_lang)
    }

    /// Aligns pre-segmented texts: one segment a line, never re-split, as hunalign, bleualign and
    /// vecalign take them. A line `<p>` (hunalign's convention, spaces around it ignored) marks a
    /// paragraph break: it pairs only with a mark on the other side, or stands alone. Bead indices
    /// count every line, marks included (as in hunalign's ladder); mark beads have
    /// [`Bead::marker`] set and are never exported as pairs.
    ///
    /// ```
    /// use steppe_align::{Aligner, Language};
    ///
    /// let en = ["The talks opened in 2008.", "<p>", "They ended on Friday."];
    /// let ru = ["Переговоры начались в 2008 году.", "<p>", "Они завершились в пятницу."];
    /// let a = Aligner::new().align_segmented(&en, &ru, Language::En, Language::Ru);
    /// let beads: Vec<_> = a.beads.iter().map(|b| (b.source.clone(), b.target.clone(), b.marker)).collect();
    /// assert_eq!(beads, [(0..1, 0..1, false), (1..2, 1..2, true), (2..3, 2..3, false)]);
    /// assert_eq!(a.pairs(0.0).count(), 2);
    /// ```
    pub fn align_segmented(
        &self,
        source: &[&str],
        target: &[&str],
        source_lang: Language,
        target_lang: Language,
    ) -> Alignment {
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let marks = |v: &[&str]| v.iter().map(|s| is_paragraph_mark(s)).collect::<Vec<_>>();
        let (sp, tp) = (vec![0; source.len()], vec![0; target.len()]);
        let (sm, tm) = (marks(source), marks(target));
        self.align_core(
            own(source),
            &sp,
            own(target),
            &tp,
            (source_lang, target_lang),
            Some((&sm, &tm)),
        )
    }

    /// The core: sentences with the paragraph each belongs to (non-decreasing).
    fn align_paragraphed(
        &self,
        source: Vec<String>,
        src_para: &[usize],
        target: Vec<String>,
        tgt_para: &[usize],
        source_lang: Language,
        target_lang: Language,
    ) -> Alignment {
        let langs = (source_lang, target_lang);
        self.align_core(source, src_para, target, tgt_para, langs, None)
    }

    /// Sentences with the paragraph each belongs to (non-decreasing) and, for pre-segmented
    /// input, which lines are paragraph marks.
    fn align_core(
        &self,
        source: Vec<String>,
        src_para: &[usize],
        target: Vec<String>,
        tgt_para: &[usize],
        (source_lang, target_lang): (Language, Language),
        marks: Option<(&[bool], &[bool])>,
    ) -> Alignment {
        fn refs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        let cyrillic = (source_lang != Language::En, target_lang != Language::En);
        let mut anchored = anchor(
            &refs(&source),
            &refs(&target),
            cyrillic,
            self.names,
            self.dictionary,
        );
        if let Some((sm, tm)) = marks {
            set_marks(&mut anchored.source, sm);
            set_marks(&mut anchored.target, tm);
        }
        let chars = |units: &[Unit]| units.iter().map(|u| u.chars).sum::<usize>() as f64;
        let (l1, l2) = (chars(&anchored.source), chars(&anchored.target));
        let first = if l1 > 0.0 && l2 > 0.0 { l2 / l1 } else { 1.0 };
        let (sp, tp) = (runs(src_para), runs(tgt_para));
        let mut ratio = first;
        let mut beads = self.beads(&anchored, &sp, &tp, ratio);
        // A long passage left out skews the whole-text ratio; the pairs found with it give a
        // robust one (their median), and if it differs the search runs once more with it.
        if let Some(median) = median_ratio(&beads, &anchored.source, &anchored.target) {
            if (median / first - 1.0).abs() > RATIO_TOLERANCE {
                ratio = median;
                beads = self.beads(&anchored, &sp, &tp, ratio);
            }
        }
        Alignment {
            source_lang,
            target_lang,
            source,
            target,
            beads,
            ratio,
        }
    }

    /// The beads of both texts: paragraphs first, then sentences within each paragraph bead.
    fn beads(&self, anchored: &Anchored, sp: &[Range<usize>], tp: &[Range<usize>], ratio: f64) -> Vec<Bead> {
        let scorer = Scorer {
            params: &self.params,
            ratio,
            weights: &anchored.weights,
        };
        let (src, tgt) = (&anchored.source, &anchored.target);
        // As many paragraphs on both sides: paragraphs are aligned first and bound the sentence
        // search. Otherwise one search over all sentences, where a bead that ends a paragraph on
        // both sides earns a bonus.
        let (groups, ends) = if sp.len() == tp.len() {
            (self.paragraph_groups(&scorer, src, sp, tgt, tp), None)
        } else {
            (
                vec![(0..src.len(), 0..tgt.len())],
                Some((paragraph_ends(sp), paragraph_ends(tp))),
            )
        };
        let priors = &self.params.priors;
        let mut beads = Vec::new();
        for (s, t) in groups {
            let (su, tu) = (&src[s.clone()], &tgt[t.clone()]);
            let sync = ends
                .as_ref()
                .map(|(a, b)| (a.as_slice(), b.as_slice(), self.params.paragraph_bonus));
            let path = search(&scorer, su, tu, priors, sync);
            for (a, b) in path {
                let parts = scorer.parts(&su[a.clone()], &tu[b.clone()]);
                let marker = su[a.clone()].iter().chain(&tu[b.clone()]).any(|u| u.marker);
                beads.push(Bead {
                    source: a.start + s.start..a.end + s.start,
                    target: b.start + t.start..b.end + t.start,
                    score: if marker {
                        0.0
                    } else {
                        confidence(parts, (a.len(), b.len()))
                    },
                    marker,
                });
            }
        }
        beads
    }

    /// Pairs of sentence ranges, one per paragraph bead.
    fn paragraph_groups(
        &self,
        scorer: &Scorer<'_>,
        src: &[Unit],
        sp: &[Range<usize>],
        tgt: &[Unit],
        tp: &[Range<usize>],
    ) -> Vec<Step> {
        if sp.len() <= 1 && tp.len() <= 1 {
            return vec![(0..src.len(), 0..tgt.len())];
        }
        let paragraphs = |units: &[Unit], ranges: &[Range<usize>]| -> Vec<Unit> {
            ranges.iter().map(|r| Unit::concat(&units[r.clone()])).collect()
        };
        let (pu, tu) = (paragraphs(src, sp), paragraphs(tgt, tp));
        let priors = SAME_COUNT_PRIORS;
        let sentences = |ranges: &[Range<usize>], r: Range<usize>, total: usize| -> Range<usize> {
            match (
                ranges.get(r.start),
                r.end.checked_sub(1).and_then(|e| ranges.get(e)),
            ) {
                (Some(first), Some(last)) if !r.is_empty() => first.start..last.end,
                // An empty side: the empty range where the next paragraph starts.
                _ => {
                    let at = ranges.get(r.start).map_or(total, |p| p.start);
                    at..at
                }
            }
        };
        search(scorer, &pu, &tu, &priors, None)
            .into_iter()
            .map(|(a, b)| (sentences(sp, a, src.len()), sentences(tp, b, tgt.len())))
            .collect()
    }
}

/// The median length ratio of the 1:1 beads whose sentences have at least [`MIN_RATIO_CHARS`]
/// characters, if there are at least three.
fn median_ratio(beads: &[Bead], src: &[Unit], tgt: &[Unit]) -> Option<f64> {
    let mut ratios: Vec<f64> = beads
        .iter()
        .filter(|b| b.source.len() == 1 && b.target.len() == 1)
        .map(|b| (src[b.source.start].chars, tgt[b.target.start].chars))
        .filter(|&(a, b)| a.min(b) >= MIN_RATIO_CHARS)
        .map(|(a, b)| b as f64 / a as f64)
        .collect();
    if ratios.len() < 3 {
        return None;
    }
    ratios.sort_by(f64::total_cmp);
    Some(ratios[ratios.len() / 2])
}

/// The best path of beads over two runs of units with the given shape priors.
/// `sync`, if given, says which units end a paragraph on each side and the bonus for a bead that
/// ends one on both.
fn search(
    scorer: &Scorer<'_>,
    src: &[Unit],
    tgt: &[Unit],
    priors: &[(usize, usize, f64)],
    sync: Option<(&[bool], &[bool], f64)>,
) -> Vec<Step> {
    let shapes: Vec<(usize, usize)> = priors.iter().map(|&(a, b, _)| (a, b)).collect();
    let (sl, tl): (Vec<usize>, Vec<usize>) = (
        src.iter().map(|u| u.chars).collect(),
        tgt.iter().map(|u| u.chars).collect(),
    );
    let (src_pairs, tgt_pairs) = (pairs(src), pairs(tgt));
    let (si, ti) = (index(scorer, src), index(scorer, tgt));
    let (spi, tpi) = (index(scorer, &src_pairs), index(scorer, &tgt_pairs));
    let prior_costs: Vec<f64> = priors.iter().map(|p| -p.2.ln()).collect();
    let marks = src.iter().chain(tgt).any(|u| u.marker);
    best_path(src.len(), tgt.len(), &shapes, Some((&sl, &tl)), |a, b| {
        let prior_cost = shapes
            .iter()
            .position(|&s| s == (a.len(), b.len()))
            .map_or(-(1e-6f64).ln(), |k| prior_costs[k]);
        let empty = a.is_empty() || b.is_empty();
        let bonus = match sync {
            Some((se, te, bonus)) if !empty && se[a.end - 1] && te[b.end - 1] => bonus,
            _ => 0.0,
        };
        if marks {
            if let Some(cost) = mark_cost(&src[a.clone()], &tgt[b.clone()], scorer.params) {
                return cost;
            }
        }
        let parts = match (one(&si, &spi, &a), one(&ti, &tpi, &b)) {
            (Some(x), Some(y)) => scorer.parts_indexed(x, y),
            _ => scorer.parts(&src[a], &tgt[b]),
        };
        scorer.cost_with(parts, prior_cost, empty) - bonus
    })
}

/// The cost of a bead holding a paragraph mark, `None` for a bead of text only: a mark pairs with
/// a mark (a paragraph break both sides share, worth [`Params::paragraph_bonus`]) or stands
/// alone ([`LONE_MARK_COST`]); a mark beside text in one bead is forbidden.
fn mark_cost(a: &[Unit], b: &[Unit], params: &Params) -> Option<f64> {
    let (ma, mb) = (a.iter().any(|u| u.marker), b.iter().any(|u| u.marker));
    if !ma && !mb {
        return None;
    }
    Some(match (a, b) {
        ([x], [y]) if x.marker && y.marker => -params.paragraph_bonus,
        ([x], []) | ([], [x]) if x.marker => LONE_MARK_COST,
        _ => f64::INFINITY,
    })
}

/// Whether a line of pre-segmented input is a paragraph mark (`<p>`).
fn is_paragraph_mark(line: &str) -> bool {
    line.trim() == "<p>"
}

/// Flags the mark units: no length, no anchors.
fn set_marks(units: &mut [Unit], marks: &[bool]) {
    for (u, &m) in units.iter_mut().zip(marks) {
        if m {
            *u = Unit {
                marker: true,
                ..Unit::default()
            };
        }
    }
}

/// Each unit joined with the next, made once so that the search's 2:1, 1:2 and 2:2 beads do not
/// merge anchor lists again in every cell.
fn pairs(units: &[Unit]) -> Vec<Unit> {
    units.windows(2).map(Unit::concat).collect()
}

/// Each unit with its anchor total and signature.
fn index<'u>(scorer: &Scorer<'_>, units: &'u [Unit]) -> Vec<Indexed<'u>> {
    units.iter().map(|u| scorer.index(u)).collect()
}

/// A bead's side as one indexed unit: `Some(None)` for none, a unit, or a precomputed pair;
/// `None` for a longer run.
fn one<'u>(units: &[Indexed<'u>], pairs: &[Indexed<'u>], r: &Range<usize>) -> Option<Option<Indexed<'u>>> {
    match r.len() {
        0 => Some(None),
        1 => Some(Some(units[r.start])),
        2 => Some(Some(pairs[r.start])),
        _ => None,
    }
}

/// For each sentence, whether it ends its paragraph.
fn paragraph_ends(paragraphs: &[Range<usize>]) -> Vec<bool> {
    let mut ends = Vec::new();
    for p in paragraphs {
        ends.extend((p.start..p.end).map(|i| i + 1 == p.end));
    }
    ends
}

/// The ranges of equal values in a non-decreasing list: the sentences of each paragraph.
fn runs(paragraph_of: &[usize]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, p) in paragraph_of.iter().enumerate() {
        match out.last_mut() {
            Some(r) if paragraph_of[r.start] == *p => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_group_sentences_by_paragraph() {
        assert_eq!(runs(&[0, 0, 1, 3, 3, 3]), vec![0..2, 2..3, 3..6]);
        assert!(runs(&[]).is_empty());
    }

    #[test]
    fn paragraph_ends_mark_each_last_sentence() {
        assert_eq!(
            paragraph_ends(&[0..2, 2..3, 3..6]),
            [false, true, true, false, false, true]
        );
    }
}
