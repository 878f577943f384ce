//! # steppe for Python
//!
//! The native part of the Python package `steppe` (module `steppe._native`, re-exported by
//! `python/steppe/__init__.py`): thin bindings over the library crates, so that Python code, notebooks
//! and Spark workers call the very functions the `steppe` command line runs.
//!
//! Layout, one module per capability: [`reverse`] (Cyrillic from any romanisation, detection, keys,
//! name clusters, references), [`text`] (forward transliteration, documents, segmentation,
//! glossaries), [`align`] (sentence alignment), [`build`] (the main job, `steppe build`), [`tmx`] (streaming TMX reader, writer, merge).
//!
//! Conventions: results are plain Python values (`str`, `dict`, `list`, `tuple`) or small frozen
//! classes; every library error is raised as `steppe.SteppeError` (a `ValueError`) carrying the
//! library's one-line message; calls that read whole texts release the GIL (`Python::detach`), so
//! threads of one process run them in parallel.

use pyo3::prelude::*;

mod align;
mod build;
mod errors;
mod reverse;
mod text;
mod tmx;

pub use errors::SteppeError;

/// The module `steppe._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("SteppeError", m.py().get_type::<SteppeError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    reverse::register(m)?;
    text::register(m)?;
    align::register(m)?;
    build::register(m)?;
    tmx::register(m)?;
    Ok(())
}
