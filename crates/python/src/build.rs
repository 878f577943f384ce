//! The main job for Python: `steppe build` over a corpus folder, through `steppe_build::Pipeline`.

use crate::errors::raise;
use crate::reverse::reverser;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::path::PathBuf;
use steppe_build::{builtin_termbase, Event, Pipeline};
use steppe_glossary::Termbase;

/// Builds every text of `corpus` into `out` as `steppe build` does: per English text its glossary
/// (TBX v3, TBX v2, OmegaT TSV, CSV), its references' TMX, CSL-JSON and BibLaTeX, all or none; per
/// text in two languages an aligned TMX. `termbase`: a TSV path, or None for the built-in one.
/// A text that fails is reported in `errors` (one line each, as the command prints them) and the
/// others are built. Returns a dict: `texts`, `written` (paths), `failed`, `errors`, `entries`,
/// `spans`, `aligned`. Raises SteppeError when the corpus cannot be listed or `out` created.
#[pyfunction]
#[pyo3(signature = (corpus, out, termbase = None))]
fn build<'py>(
    py: Python<'py>,
    corpus: PathBuf,
    out: PathBuf,
    termbase: Option<PathBuf>,
) -> PyResult<Bound<'py, PyDict>> {
    let termbase = match termbase {
        Some(path) => Termbase::load(&path).map_err(raise)?,
        None => builtin_termbase(),
    };
    let r = reverser("auto")?;
    let (summary, errors) = py
        .detach(|| {
            let pipeline = Pipeline::new(&termbase, r);
            let mut errors = Vec::new();
            let summary = pipeline.build(&corpus, &out, &mut |event| {
                if let Event::Failed(err) = event {
                    errors.push(err.to_string());
                }
            })?;
            Ok::<_, steppe_build::Error>((summary, errors))
        })
        .map_err(raise)?;
    let dict = PyDict::new(py);
    dict.set_item("texts", summary.texts)?;
    dict.set_item("written", summary.written)?;
    dict.set_item("failed", summary.failed)?;
    dict.set_item("errors", errors)?;
    dict.set_item("entries", summary.entries)?;
    dict.set_item("spans", summary.spans)?;
    dict.set_item("aligned", summary.aligned)?;
    Ok(dict)
}

/// Adds `build` to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(build, m)?)?;
    Ok(())
}
