//! [`Frequencies`]: how common a Russian word form is, for ranking readings that are all words.
//!
//! A romanisation that drops soft signs writes завершат and завершать alike (`zavershat`), and one
//! that writes `ii` for both ии and ий cannot tell версии from версий. Both readings are word
//! forms, so the lexicon cannot choose; how often each form occurs in real Russian can. The
//! embedded table holds the Zipf frequency (log10 of occurrences per billion words) of the forms
//! of the lexicon that the `wordfreq` project (Robyn Speer) counts in its large Russian list,
//! rounded to tenths. It is built by `scripts/gen-freq.py` and the `build-freq` binary; see the
//! crate README for the licence (CC BY-SA 4.0) and the sources.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::error::Error;
use crate::fold::key;

/// Frequencies are rounded to 1/STEPS of a Zipf unit (stored in tenths).
const STEPS: f64 = 10.0;

/// The bytes of the embedded frequency table (an FST map from folded form to Zipf × 10).
static EMBEDDED_BYTES: &[u8] = include_bytes!("../data/ru-freq.fst");

/// Word forms with their frequency, looked up case-insensitively and with ё = е.
///
/// ```
/// use steppe_lexicon::Frequencies;
/// let freq = Frequencies::embedded();
/// assert!(freq.zipf("версии").unwrap() > freq.zipf("версий").unwrap());
/// assert!(freq.zipf("Истории").unwrap() > 5.0);
/// assert_eq!(freq.zipf("центральнайа"), None);
/// ```
#[derive(Clone)]
pub struct Frequencies {
    map: fst::Map<Cow<'static, [u8]>>,
}

impl std::fmt::Debug for Frequencies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Frequencies")
            .field("keys", &self.map.len())
            .finish()
    }
}

impl Frequencies {
    /// The embedded table of Russian word-form frequencies, loaded on first use (reads a header).
    pub fn embedded() -> &'static Frequencies {
        static EMBEDDED: OnceLock<Frequencies> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            Frequencies::from_bytes(Cow::Borrowed(EMBEDDED_BYTES)).expect("embedded table is a valid FST")
        })
    }

    /// A table from FST bytes written by [`Frequencies::build`].
    pub fn from_bytes(bytes: impl Into<Cow<'static, [u8]>>) -> Result<Frequencies, Error> {
        let map = fst::Map::new(bytes.into()).map_err(|source| Error::Format { source })?;
        Ok(Frequencies { map })
    }

    /// Builds FST bytes from `(form, zipf)` pairs in any order; forms are folded (lowercase,
    /// ё → е), and the frequencies of forms that fold together are added up.
    ///
    /// ```
    /// use steppe_lexicon::Frequencies;
    /// let bytes = Frequencies::build([("Ёлка", 3.0), ("елка", 3.0), ("дом", 5.04)]);
    /// let table = Frequencies::from_bytes(bytes).unwrap();
    /// assert_eq!(table.zipf("ёлка"), Some(3.3));
    /// assert_eq!(table.zipf("ДОМ"), Some(5.0));
    /// ```
    pub fn build<I, S>(pairs: I) -> Vec<u8>
    where
        I: IntoIterator<Item = (S, f64)>,
        S: AsRef<str>,
    {
        let mut per_billion: std::collections::BTreeMap<Vec<u8>, f64> = Default::default();
        for (form, zipf) in pairs {
            *per_billion.entry(key(form.as_ref(), true)).or_default() += 10f64.powf(zipf);
        }
        let mut builder = fst::MapBuilder::memory();
        for (k, f) in per_billion {
            let tenths = ((f.log10() * STEPS).round() * (10.0 / STEPS)).max(0.0) as u64;
            builder.insert(k, tenths).expect("keys are inserted in order");
        }
        builder.into_inner().expect("building in memory cannot fail")
    }

    /// The Zipf frequency of `word` (case and ё/е ignored), or `None` when the table lacks it:
    /// rarer than about one in a billion words, or not a word form at all.
    pub fn zipf(&self, word: &str) -> Option<f32> {
        self.map.get(key(word, true)).map(|tenths| tenths as f32 / 10.0)
    }

    /// How many forms the table holds.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the table holds no form.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The FST bytes (to save with the `build-freq` binary).
    pub fn as_bytes(&self) -> &[u8] {
        self.map.as_fst().as_bytes()
    }
}
