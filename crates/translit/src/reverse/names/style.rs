//! How a name's reading fits the style its letters show: French and German readings, readings
//! of few schemes, and conflicts between them, for ranking name readings (see the parent module).

use super::super::lattice::{Edge, Lattice, Style, ANY, GERMAN};
use super::super::search::{fits_place, path_steps, style_conflicts, Candidate};

/// Readings that this many schemes or fewer give (of 27) are rare in names, which come from a
/// few common systems and the national press styles (Moscow Metro and Yandex `sch` for щ).
pub(super) const RARE_SCHEMES: u32 = 3;

/// The style conflicts of `c` (see [`style_conflicts`]), except at the start of the word where
/// the only other reading of the style is one it gives only in names: German writes both с and з
/// as `s` there (`Sergej`, `Sinowjew`), so `Solschenizyn` may keep its с.
pub(super) fn conflicts(lattice: &Lattice, word: &[char], c: &Candidate) -> usize {
    let all = style_conflicts(lattice, word, c);
    if all == 0 {
        return 0;
    }
    let Some(first) = path_steps(lattice, word, c).into_iter().next() else {
        return all;
    };
    let (l, edges, used) = (first.len, first.edges, first.used);
    let styled = |e: &Edge| e.schemes & c.styles != 0 && fits_place(e, word, 0, l);
    let initial_names_only = used.is_some_and(|u| {
        u.schemes & c.styles == 0
            && edges.iter().any(|e| styled(e) && e.cyr != u.cyr)
            && edges.iter().all(|e| !styled(e) || e.cyr == u.cyr || e.names_only)
    });
    all - usize::from(initial_names_only)
}

/// The readings of `c` (a reading of `word`) that only a national style or a few schemes give.
#[derive(Debug, Default, PartialEq)]
pub(super) struct StyleReadings {
    /// Readings of the scheme tables that at most `RARE_SCHEMES` schemes give and no national
    /// style (Moscow Metro and Yandex `sch` for щ, BGN `be` for бэ).
    pub(super) rare: usize,
    /// Readings the German style gives only in names (`s` for з, `sch` for ж).
    names_only: usize,
    /// Other German-only readings (`z` for ц, `w` for в, `je` for е).
    german: usize,
    /// The cost of the national-only readings, and the highest one.
    costs: (f32, f32),
}

impl StyleReadings {
    pub(super) fn of(lattice: &Lattice, word: &[char], c: &Candidate) -> StyleReadings {
        let mut out = StyleReadings::default();
        for step in path_steps(lattice, word, c) {
            let used = step.used;
            if let Some(e) = used.filter(|e| e.style == Style::National && e.schemes & ANY == 0) {
                if e.names_only {
                    out.names_only += 1;
                } else if e.schemes & GERMAN != 0 {
                    out.german += 1;
                }
                out.costs = (out.costs.0 + e.cost, out.costs.1.max(e.cost));
            }
            let rare = |e: &&Edge| e.style == Style::Scheme && e.schemes & !ANY == 0;
            if used
                .filter(rare)
                .is_some_and(|e| e.schemes.count_ones() <= RARE_SCHEMES)
            {
                out.rare += 1;
            }
        }
        out
    }

    /// Readings the German style gives only in names, in a word with no other German mark: each
    /// costs `LONE_NAME_STYLE` (`Sagintaev` is no German spelling).
    pub(super) fn lone(&self) -> usize {
        if self.german == 0 {
            self.names_only
        } else {
            0
        }
    }

    /// What the national readings after the costliest one cost: the first pays for the style,
    /// the others follow it (`Solschenizyn`: `sch` = ж and `z` = ц).
    pub(super) fn following(&self) -> f32 {
        self.costs.0 - self.costs.1
    }
}
