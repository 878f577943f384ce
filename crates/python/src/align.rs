//! Sentence alignment for Python: one pair of texts, aligned as `steppe align` aligns them (the
//! document model's paragraphs and sentences, names linked across scripts by the matching key,
//! the built-in termbase's en–ru pairs as anchors), through `steppe_build::align_texts`.

use crate::errors::{convert, raise, score};
use crate::reverse::reverser;
use crate::tmx::Unit;
use pyo3::prelude::*;
use pythonize::pythonize;
use std::path::PathBuf;
use std::sync::OnceLock;
use steppe_align::{Alignment as Aligned, Language, NameKey};
use steppe_build::{align_texts, builtin_termbase, Anchors, Text};

/// The anchors of the built-in termbase (what `steppe align` uses unless `--no-termbase`).
fn termbase_anchors() -> &'static Anchors {
    static ANCHORS: OnceLock<Anchors> = OnceLock::new();
    ANCHORS.get_or_init(|| Anchors::default().with_termbase(&builtin_termbase()))
}

/// A language argument: `None` or `auto` guesses.
fn language(code: Option<&str>) -> PyResult<Option<Language>> {
    match code {
        None => Ok(None),
        Some(c) if c.eq_ignore_ascii_case("auto") => Ok(None),
        Some(c) => Language::parse(c).map(Some).map_err(raise),
    }
}

/// The alignment of a translation with its original: sentence pairs with a confidence each.
#[pyclass(frozen, module = "steppe")]
pub struct Alignment {
    inner: Aligned,
}

#[pymethods]
impl Alignment {
    /// Language code of the original.
    #[getter]
    fn source_lang(&self) -> &'static str {
        self.inner.source_lang.code()
    }

    /// Language code of the translation.
    #[getter]
    fn target_lang(&self) -> &'static str {
        self.inner.target_lang.code()
    }

    /// The original's sentences.
    #[getter]
    fn source(&self) -> Vec<String> {
        self.inner.source.clone()
    }

    /// The translation's sentences.
    #[getter]
    fn target(&self) -> Vec<String> {
        self.inner.target.clone()
    }

    /// (source, target, score) of each pair scoring at least `min_score`, in text order.
    #[pyo3(signature = (min_score = 0.0))]
    fn pairs(&self, min_score: f32) -> Vec<(String, String, f64)> {
        let a = &self.inner;
        a.pairs(min_score)
            .map(|b| (a.source_text(b), a.target_text(b), score(b.score)))
            .collect()
    }

    /// The pairs as TMX units (tuids `1`, `2`, … by bead, prop `x-steppe-score`), as `steppe
    /// align` writes them; `prefix` makes the tuids `PREFIX:1`, as `--pairs … --merged` does.
    #[pyo3(signature = (min_score = 0.0, prefix = None))]
    fn units(&self, min_score: f32, prefix: Option<&str>) -> Vec<Unit> {
        steppe_align::tmx_units(&self.inner, min_score)
            .map(|(_, mut inner)| {
                if let Some(p) = prefix {
                    inner.tuid = Some(format!("{p}:{}", inner.tuid.as_deref().unwrap_or("")));
                }
                Unit { inner }
            })
            .collect()
    }

    /// Every bead (`steppe align --format json`): a dict with the languages, sentences, beads
    /// (source and target index ranges, score) and the length ratio.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        pythonize(py, &self.inner).map_err(convert)
    }

    /// The TMX 1.4b file `steppe align` writes, as a string.
    #[pyo3(signature = (min_score = 0.0))]
    fn to_tmx(&self, min_score: f32) -> PyResult<String> {
        let out = steppe_align::write_tmx(&self.inner, min_score, Vec::new()).map_err(raise)?;
        String::from_utf8(out).map_err(raise)
    }

    fn __len__(&self) -> usize {
        self.inner.pairs(0.0).count()
    }

    fn __repr__(&self) -> String {
        format!(
            "Alignment({} → {}, {} pairs of {} and {} sentences)",
            self.source_lang(),
            self.target_lang(),
            self.__len__(),
            self.inner.source.len(),
            self.inner.target.len()
        )
    }
}

/// Aligns a translation with its original sentence by sentence (`steppe align`): languages
/// guessed from the scripts unless given (`en`, `ru`, `kk`); `segmented=True` takes one segment
/// a line (`<p>` a paragraph break); `termbase=False` leaves out the termbase's anchors and
/// `names=False` the names linked across scripts.
#[pyfunction]
#[pyo3(signature = (original, translation, source_lang = None, target_lang = None,
                    segmented = false, termbase = true, names = true))]
#[allow(clippy::too_many_arguments)]
fn align(
    py: Python<'_>,
    original: &str,
    translation: &str,
    source_lang: Option<&str>,
    target_lang: Option<&str>,
    segmented: bool,
    termbase: bool,
    names: bool,
) -> PyResult<Alignment> {
    let (sl, tl) = (language(source_lang)?, language(target_lang)?);
    let keyer = reverser("auto")?;
    let none = Anchors::default();
    let anchors = if termbase { termbase_anchors() } else { &none };
    let inner = py.detach(|| {
        let (ds, dt) = Language::detect_pair(original, translation);
        let side = |name: &str, text: &str, lang: Language| Text {
            path: PathBuf::from(name),
            stem: name.to_owned(),
            name: name.to_owned(),
            language: lang,
            source: text.to_owned(),
        };
        let source = side("original", original, sl.unwrap_or(ds));
        let target = side("translation", translation, tl.unwrap_or(dt));
        let names = names.then_some(keyer as &dyn NameKey);
        align_texts(&source, &target, names, segmented, anchors)
    });
    Ok(Alignment { inner })
}

/// Adds alignment to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Alignment>()?;
    m.add_function(wrap_pyfunction!(align, m)?)?;
    Ok(())
}
