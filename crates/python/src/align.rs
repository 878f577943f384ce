//! Sentence alignment for Python: one pair of texts, aligned as `steppe align` aligns them (the
//! document model's paragraphs and sentences, names linked across scripts by the matching key,
//! the built-in termbase's en–ru pairs as anchors).

use crate::errors::{convert, raise, score};
use crate::reverse::reverser;
use crate::text::BUILTIN_TERMBASE;
use crate::tmx::Unit;
use pyo3::prelude::*;
use pythonize::pythonize;
use std::path::Path;
use std::sync::OnceLock;
use steppe_align::{Aligner, Alignment as Aligned, Dictionary, Language};
use steppe_doc::Document;
use steppe_glossary::Termbase;

/// The en–ru anchors of the built-in termbase: any English name of a body with any Russian one
/// (what `steppe align` uses unless `--no-termbase`).
fn en_ru() -> PyResult<&'static Dictionary> {
    static PAIRS: OnceLock<Dictionary> = OnceLock::new();
    if let Some(d) = PAIRS.get() {
        return Ok(d);
    }
    let termbase =
        Termbase::parse(Path::new("corpus/termbase.tsv (built in)"), BUILTIN_TERMBASE).map_err(raise)?;
    let mut dict = Dictionary::new();
    for r in termbase.records() {
        for en in r.en_short.iter().chain(&r.en_long) {
            for ru in r.ru_short.iter().chain(&r.ru_long) {
                dict.push(en, ru);
            }
        }
    }
    Ok(PAIRS.get_or_init(|| dict))
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
    let en_ru = if termbase { Some(en_ru()?) } else { None };
    let inner = py.detach(|| {
        let (ds, dt) = Language::detect_pair(original, translation);
        let (sl, tl) = (sl.unwrap_or(ds), tl.unwrap_or(dt));
        let mut dictionary = Dictionary::new();
        match (sl, tl, en_ru) {
            (Language::En, Language::Ru, Some(d)) => dictionary.extend(d.clone()),
            (Language::Ru, Language::En, Some(d)) => dictionary.extend(d.reversed()),
            _ => {}
        }
        let mut aligner = Aligner::new().with_dictionary(&dictionary);
        if names {
            aligner = aligner.with_names(keyer);
        }
        if segmented {
            let (src, tgt): (Vec<&str>, Vec<&str>) =
                (original.lines().collect(), translation.lines().collect());
            return aligner.align_segmented(&src, &tgt, sl, tl);
        }
        let src = Document::parse("original", original, sl.doc_lang());
        let tgt = Document::parse("translation", translation, tl.doc_lang());
        aligner.align_documents(&src, &tgt, sl, tl)
    });
    Ok(Alignment { inner })
}

/// Adds alignment to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Alignment>()?;
    m.add_function(wrap_pyfunction!(align, m)?)?;
    Ok(())
}
