//! The cost of a bead: Gale–Church's length cost plus the anchor evidence, and the confidence
//! score derived from the same two parts.
//!
//! Gale and Church (1993) model the length of a translation as proportional to the length of its
//! original, with a variance that grows with the length: `δ = (l₂ − c·l₁) / √(s²·c·(l₁ + l₂/c)/2)`
//! is about standard normal for a true pair, and a bead costs `−ln P(shape) − ln 2(1 − Φ(|δ|))`.
//! Here `c` is not a constant for a language pair but the ratio of the two texts' lengths, so a
//! terse translation or a wordy one is modelled as it is. A sentence left out (1:0, 0:1) costs its
//! prior only, since its length says nothing. Anchors then lower the cost of a bead by
//! `match_bonus` per shared anchor weight and raise it by `miss_penalty` per anchor weight found on
//! one side only.

use crate::anchor::Unit;
use serde::Serialize;
use std::borrow::Cow;

/// The knobs of the cost function; [`Params::default`] is what steppe uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Params {
    /// Variance of the length difference per character (Gale–Church: 6.8).
    pub variance: f64,
    /// Cost taken off per unit of shared anchor weight.
    pub match_bonus: f64,
    /// Cost added per unit of anchor weight on one side only.
    pub miss_penalty: f64,
    /// Cost taken off a bead that ends a paragraph on both sides, when the paragraph counts differ
    /// (with as many paragraphs on both sides, they bound the search instead).
    pub paragraph_bonus: f64,
    /// Prior probability of each bead shape (source sentences, target sentences, probability).
    pub priors: Vec<(usize, usize, f64)>,
}

impl Default for Params {
    /// Gale and Church's variance and priors (1:1 0.89, 1:0 and 0:1 0.0099 together, 2:1 and 1:2
    /// 0.089 together, 2:2 0.011); a bonus of 1 per shared anchor and a penalty of 0.5 per missing one;
    /// a bonus of 1 for a bead ending a paragraph on both sides.
    fn default() -> Self {
        Params {
            variance: 6.8,
            match_bonus: 1.0,
            miss_penalty: 0.5,
            paragraph_bonus: 1.0,
            priors: vec![
                (1, 1, 0.89),
                (1, 0, 0.0099 / 2.0),
                (0, 1, 0.0099 / 2.0),
                (2, 1, 0.089 / 2.0),
                (1, 2, 0.089 / 2.0),
                (2, 2, 0.011),
            ],
        }
    }
}

/// Scores beads of units against each other for one pair of texts.
pub(crate) struct Scorer<'a> {
    pub params: &'a Params,
    /// Target characters per source character.
    pub ratio: f64,
    pub weights: &'a [f32],
}

/// A unit with its total anchor weight and a 64-bit signature of its anchor ids (bit `id % 64`).
#[derive(Clone, Copy)]
pub(crate) struct Indexed<'u> {
    pub unit: &'u Unit,
    pub total: f64,
    pub sig: u64,
}

/// The parts a bead's cost and score are made of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Parts {
    /// Gale–Church's δ (0 when a side is empty).
    pub delta: f64,
    /// Anchor weight shared by both sides.
    pub matched: f64,
    /// Anchor weight on one side only.
    pub missed: f64,
}

impl Scorer<'_> {
    /// The evidence of a bead joining `source` units with `target` units.
    pub fn parts(&self, source: &[Unit], target: &[Unit]) -> Parts {
        let l1: usize = source.iter().map(|u| u.chars).sum();
        let l2: usize = target.iter().map(|u| u.chars).sum();
        let delta = if source.is_empty() || target.is_empty() {
            0.0
        } else {
            let (l1, l2, c) = (l1 as f64, l2 as f64, self.ratio);
            let spread = (self.params.variance * c * (l1 + l2 / c) / 2.0).max(1e-9).sqrt();
            (l2 - c * l1) / spread
        };
        let (matched, missed) = self.compare(source, target);
        Parts {
            delta,
            matched,
            missed,
        }
    }

    /// [`Scorer::parts`] for a bead of at most one unit a side (a pair of sentences counts as one
    /// unit, see [`Indexed`]), faster: the one-sided anchor weight comes from the totals, and
    /// units whose signatures share no bit share no anchor, so the lists are merged only when
    /// they may meet.
    pub fn parts_indexed(&self, a: Option<Indexed<'_>>, b: Option<Indexed<'_>>) -> Parts {
        let (a, b) = match (a, b) {
            (Some(a), Some(b)) => (a, b),
            (a, b) => {
                let missed = a.or(b).map_or(0.0, |x| x.total);
                return Parts {
                    delta: 0.0,
                    matched: 0.0,
                    missed,
                };
            }
        };
        let (l1, l2, c) = (a.unit.chars as f64, b.unit.chars as f64, self.ratio);
        let spread = (self.params.variance * c * (l1 + l2 / c) / 2.0).max(1e-9).sqrt();
        let matched = if a.sig & b.sig == 0 {
            0.0
        } else {
            self.shared(&a.unit.anchors, &b.unit.anchors)
        };
        Parts {
            delta: (l2 - c * l1) / spread,
            matched,
            missed: (a.total + b.total - 2.0 * matched).max(0.0),
        }
    }

    /// A unit's total anchor weight and its signature, for [`Scorer::parts_indexed`].
    pub fn index<'u>(&self, unit: &'u Unit) -> Indexed<'u> {
        let mut total = 0.0;
        let mut sig = 0u64;
        for &(id, n) in &unit.anchors {
            total += f64::from(self.weights[id as usize]) * f64::from(n);
            sig |= 1 << (id % 64);
        }
        Indexed { unit, total, sig }
    }

    /// The anchor weight two sorted lists share.
    fn shared(&self, a: &[(u32, u16)], b: &[(u32, u16)]) -> f64 {
        let (mut i, mut j, mut matched) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            let ((x, n), (y, m)) = (a[i], b[j]);
            if x == y {
                matched += f64::from(self.weights[x as usize]) * f64::from(n.min(m));
                i += 1;
                j += 1;
            } else if x < y {
                i += 1;
            } else {
                j += 1;
            }
        }
        matched
    }

    /// The cost of a bead (lower is better); `prior` is its shape's probability.
    #[cfg(test)]
    pub fn cost(&self, parts: Parts, prior: f64, empty_side: bool) -> f64 {
        self.cost_with(parts, -prior.ln(), empty_side)
    }

    /// [`Scorer::cost`] with the prior given as its cost, `−ln prior` (computed once per shape
    /// by the search, not in every cell).
    pub fn cost_with(&self, parts: Parts, prior_cost: f64, empty_side: bool) -> f64 {
        let length = if empty_side { 0.0 } else { length_cost(parts.delta) };
        length + prior_cost - self.params.match_bonus * parts.matched
            + self.params.miss_penalty * parts.missed
    }

    /// Shared and one-sided anchor weight, merging the sorted anchor lists of each side.
    fn compare(&self, source: &[Unit], target: &[Unit]) -> (f64, f64) {
        let (a, b) = (counts(source), counts(target));
        let (mut i, mut j) = (0, 0);
        let (mut matched, mut missed) = (0.0, 0.0);
        let w = |id: u32| f64::from(self.weights[id as usize]);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(&(x, n)), Some(&(y, m))) if x == y => {
                    matched += w(x) * f64::from(n.min(m));
                    missed += w(x) * f64::from(n.abs_diff(m));
                    i += 1;
                    j += 1;
                }
                (Some(&(x, n)), Some(&(y, _))) if x < y => {
                    missed += w(x) * f64::from(n);
                    i += 1;
                }
                (Some(&(x, n)), None) => {
                    missed += w(x) * f64::from(n);
                    i += 1;
                }
                (_, Some(&(y, m))) => {
                    missed += w(y) * f64::from(m);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        (matched, missed)
    }
}

/// The anchor counts of a run of units, merged (no allocation for one unit).
fn counts(units: &[Unit]) -> Cow<'_, [(u32, u16)]> {
    match units {
        [] => Cow::Borrowed(&[]),
        [one] => Cow::Borrowed(&one.anchors),
        [a, b] if a.anchors.is_empty() => Cow::Borrowed(&b.anchors),
        [a, b] if b.anchors.is_empty() => Cow::Borrowed(&a.anchors),
        [a, b] => Cow::Owned(crate::anchor::merge2(&a.anchors, &b.anchors)),
        many => Cow::Owned(Unit::concat(many).anchors),
    }
}

/// The confidence in a bead, between 0 and 1: how well the lengths agree (`exp(−δ²/8)`: 0.88 at
/// one standard deviation, 0.61 at two), averaged with the share of anchor weight both sides
/// share when there is any, times 0.9 for a 2:1 or 1:2 bead and 0.8 for a 2:2 one.
/// A bead with an empty side scores 0: it is a sentence without a translation.
pub(crate) fn confidence(parts: Parts, shape: (usize, usize)) -> f32 {
    if shape.0 == 0 || shape.1 == 0 {
        return 0.0;
    }
    let length = (-parts.delta * parts.delta / 8.0).exp();
    let total = 2.0 * parts.matched + parts.missed;
    let evidence = if total > 0.0 {
        (length + 2.0 * parts.matched / total) / 2.0
    } else {
        length
    };
    let shape_factor = match shape.0 + shape.1 {
        2 => 1.0,
        3 => 0.9,
        _ => 0.8,
    };
    (evidence * shape_factor) as f32
}

/// Steps of |δ| per unit in the table of [`length_cost`].
const TABLE_STEPS: f64 = 64.0;
/// |δ| beyond which the length cost is read at the table's end (the cost is capped there).
const TABLE_END: f64 = 12.0;

/// `−ln 2(1 − Φ(|δ|))`, the Gale–Church length cost, read from a table with linear interpolation
/// (the search asks for it millions of times on a long document; `exp` and `ln` in every cell
/// were a quarter of its time). Exact at the steps, within 1e-4 between them.
pub(crate) fn length_cost(delta: f64) -> f64 {
    static TABLE: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0..=(TABLE_END * TABLE_STEPS) as usize + 1)
            .map(|k| exact_length_cost(k as f64 / TABLE_STEPS))
            .collect()
    });
    let x = (delta.abs() * TABLE_STEPS).min(TABLE_END * TABLE_STEPS);
    let k = x as usize;
    let f = x - k as f64;
    table[k] + (table[k + 1] - table[k]) * f
}

/// `−ln 2(1 − Φ(|δ|))` computed, capped at `−ln 1e-12`.
fn exact_length_cost(delta: f64) -> f64 {
    -(2.0 * (1.0 - phi(delta.abs()))).max(1e-12).ln()
}

/// The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8).
fn phi(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.231_641_9 * x.abs());
    let poly = t
        * (0.319_381_530
            + t * (-0.356_563_782 + t * (1.781_477_937 + t * (-1.821_255_978 + t * 1.330_274_429))));
    let tail = (-x * x / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt() * poly;
    if x >= 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(chars: usize, anchors: &[(u32, u16)]) -> Unit {
        Unit {
            chars,
            anchors: anchors.to_vec(),
            marker: false,
        }
    }

    #[test]
    fn the_length_cost_table_matches_the_formula() {
        for k in 0..2000 {
            let d = k as f64 * 0.0071 - 1.0;
            let (t, e) = (length_cost(d), exact_length_cost(d));
            assert!((t - e).abs() < 1e-3 * e.max(1.0), "{d}: {t} vs {e}");
        }
        assert_eq!(length_cost(50.0), length_cost(TABLE_END));
    }

    #[test]
    fn phi_matches_tables() {
        assert!((phi(0.0) - 0.5).abs() < 1e-7);
        assert!((phi(1.96) - 0.975).abs() < 1e-4);
        assert!((phi(-1.0) - 0.158_655).abs() < 1e-5);
    }

    #[test]
    fn lengths_in_the_text_ratio_cost_less_than_others() {
        let params = Params::default();
        let s = Scorer {
            params: &params,
            ratio: 1.2,
            weights: &[],
        };
        let good = s.parts(&[unit(100, &[])], &[unit(120, &[])]);
        let bad = s.parts(&[unit(100, &[])], &[unit(40, &[])]);
        assert!(good.delta.abs() < 1e-9);
        assert!(s.cost(good, 0.89, false) < s.cost(bad, 0.89, false));
        assert!(confidence(good, (1, 1)) > 0.99 && confidence(bad, (1, 1)) < 0.5);
    }

    #[test]
    fn shared_anchors_lower_the_cost_and_one_sided_ones_raise_it() {
        let params = Params::default();
        let weights = [1.0, 0.5];
        let s = Scorer {
            params: &params,
            ratio: 1.0,
            weights: &weights,
        };
        let p = s.parts(&[unit(10, &[(0, 1), (1, 2)])], &[unit(10, &[(1, 1)])]);
        assert_eq!((p.matched, p.missed), (0.5, 1.5));
        let merged = s.parts(&[unit(5, &[(0, 1)]), unit(5, &[(0, 1)])], &[unit(10, &[(0, 2)])]);
        assert_eq!((merged.matched, merged.missed), (2.0, 0.0));
        let none = s.parts(&[unit(10, &[])], &[unit(10, &[])]);
        assert!(s.cost(merged, 0.89, false) < s.cost(none, 0.89, false));
        // The indexed form agrees.
        let (u, v) = (unit(10, &[(0, 1), (1, 2)]), unit(10, &[(1, 1)]));
        let q = s.parts_indexed(Some(s.index(&u)), Some(s.index(&v)));
        assert_eq!((q.matched, q.missed, q.delta), (p.matched, p.missed, p.delta));
        let alone = s.parts_indexed(Some(s.index(&u)), None);
        assert_eq!((alone.matched, alone.missed), (0.0, 2.0));
        // 0.5 shared (−0.5) and 1.5 one-sided (+0.75): a net 0.25 dearer than no anchors.
        assert!((s.cost(p, 0.89, false) - s.cost(none, 0.89, false) - 0.25).abs() < 1e-9);
    }
}
