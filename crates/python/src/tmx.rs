//! TMX for Python: a streaming reader (a Python iterator holding one unit at a time), an atomic
//! writer, and the bounded-memory merge of `steppe tmx merge`.

use crate::errors::{convert, raise, repr};
use pyo3::exceptions::PyStopIteration;
use pyo3::prelude::*;
use pythonize::pythonize;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use steppe_tmx::merge::Merge;
use steppe_tmx::{Header, Note, Prop, Reader, TranslationUnit, Writer};
use tempfile::NamedTempFile;

/// One translation unit: its id, languages and texts, props and notes. Frozen: `with_tuid` gives
/// a copy under another id.
#[pyclass(frozen, eq, module = "steppe")]
#[derive(Clone, PartialEq)]
pub struct Unit {
    pub inner: TranslationUnit,
}

#[pymethods]
impl Unit {
    /// A unit of plain texts: `Unit([("en", "Save"), ("ru", "Сохранить")], tuid="1",
    /// props=[("x-steppe-score", "0.912")], notes=["checked"])`.
    #[new]
    #[pyo3(signature = (variants, tuid = None, props = None, notes = None))]
    fn new(
        variants: Vec<(String, String)>,
        tuid: Option<String>,
        props: Option<Vec<(String, String)>>,
        notes: Option<Vec<String>>,
    ) -> Unit {
        let pairs: Vec<(&str, &str)> = variants.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
        let mut inner = TranslationUnit::from_pairs(&pairs);
        inner.tuid = tuid;
        inner.props = props
            .unwrap_or_default()
            .into_iter()
            .map(|(kind, text)| Prop {
                kind,
                text,
                lang: None,
            })
            .collect();
        inner.notes = notes
            .unwrap_or_default()
            .into_iter()
            .map(|text| Note { text, lang: None })
            .collect();
        Unit { inner }
    }

    /// The unit's id (`tuid`), if any.
    #[getter]
    fn tuid(&self) -> Option<String> {
        self.inner.tuid.clone()
    }

    /// The unit's own source language, if it names one.
    #[getter]
    fn srclang(&self) -> Option<String> {
        self.inner.srclang.clone()
    }

    /// (language, plain text) of each variant, in order (inline markup dropped).
    #[getter]
    fn variants(&self) -> Vec<(String, String)> {
        self.inner
            .variants
            .iter()
            .map(|v| (v.lang.clone(), v.seg.text()))
            .collect()
    }

    /// (type, text) of each prop.
    #[getter]
    fn props(&self) -> Vec<(String, String)> {
        self.inner
            .props
            .iter()
            .map(|p| (p.kind.clone(), p.text.clone()))
            .collect()
    }

    /// The text of each note.
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.iter().map(|n| n.text.clone()).collect()
    }

    /// The plain text in `lang` (a tag or its primary language), or `None`.
    fn text(&self, lang: &str) -> Option<String> {
        self.inner.variant(lang).map(|v| v.seg.text())
    }

    /// A copy under another id.
    fn with_tuid(&self, tuid: Option<String>) -> Unit {
        let mut inner = self.inner.clone();
        inner.tuid = tuid;
        Unit { inner }
    }

    /// Everything the file holds of the unit (admin attributes, inline markup) as plain values.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        pythonize(py, &self.inner).map_err(convert)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Unit({}, tuid={})",
            repr(py, self.variants())?,
            repr(py, self.tuid())?
        ))
    }
}

/// Reads a TMX file one unit at a time: `for unit in steppe.TmxReader(path)`. Memory does not
/// grow with the file. `header` is the file's header; `warnings()` what was tolerated so far.
#[pyclass(module = "steppe")]
pub struct TmxReader {
    reader: Mutex<Reader<BufReader<File>>>,
    header: Header,
}

#[pymethods]
impl TmxReader {
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<TmxReader> {
        let reader = py.detach(|| Reader::open(&path)).map_err(raise)?;
        let header = reader.header().clone();
        Ok(TmxReader {
            reader: Mutex::new(reader),
            header,
        })
    }

    /// The header as a dict (`srclang`, `creationtool`, …).
    #[getter]
    fn header<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        pythonize(py, &self.header).map_err(convert)
    }

    /// The header's source language.
    #[getter]
    fn srclang(&self) -> String {
        self.header.srclang.clone()
    }

    /// The warnings since the last call, one line each (a deprecated `lang`, an `EN_US` code, …).
    fn warnings(&self) -> Vec<String> {
        let mut reader = self.reader.lock().unwrap_or_else(|e| e.into_inner());
        reader.take_warnings().iter().map(ToString::to_string).collect()
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Unit> {
        let next = py.detach(|| self.reader.lock().unwrap_or_else(|e| e.into_inner()).next_unit());
        match next.map_err(raise)? {
            Some(inner) => Ok(Unit { inner }),
            None => Err(PyStopIteration::new_err(())),
        }
    }
}

/// An open temporary file beside the output and the writer on it.
type Open = (Writer<BufWriter<File>>, NamedTempFile, PathBuf);

/// Writes a TMX 1.4b file atomically: units go to a temporary file beside `path`, renamed into
/// place by `close()` (or the end of a `with` block without an exception); nothing is left
/// behind otherwise. `with steppe.TmxWriter("out.tmx", "en") as w: w.write(unit)`.
#[pyclass(module = "steppe")]
pub struct TmxWriter {
    open: Mutex<Option<Open>>,
}

/// The temporary file for `path`, in its folder.
fn temp_beside(path: &Path) -> std::io::Result<NamedTempFile> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    NamedTempFile::new_in(dir)
}

fn start(path: &Path, srclang: &str) -> Result<Open, String> {
    let temp = temp_beside(path).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    let file = temp
        .reopen()
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    let writer = Writer::new(BufWriter::new(file), &Header::new(srclang))
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    Ok((writer, temp, path.to_owned()))
}

fn finish((writer, temp, path): Open) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: cannot write: {e}", path.display());
    let (mut out, _warnings) = writer.finish().map_err(|e| fail(&e))?;
    out.flush().map_err(|e| fail(&e))?;
    temp.persist(&path).map_err(|e| fail(&e))?;
    Ok(())
}

#[pymethods]
impl TmxWriter {
    #[new]
    #[pyo3(signature = (path, srclang = "en"))]
    fn new(path: PathBuf, srclang: &str) -> PyResult<TmxWriter> {
        let open = start(&path, srclang).map_err(raise)?;
        Ok(TmxWriter {
            open: Mutex::new(Some(open)),
        })
    }

    /// Writes one unit.
    fn write(&self, unit: &Unit) -> PyResult<()> {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let Some((writer, _, path)) = open.as_mut() else {
            return Err(raise("the TMX writer is closed"));
        };
        writer
            .write_unit(&unit.inner)
            .map_err(|e| raise(format!("{}: cannot write: {e}", path.display())))
    }

    /// Ends the file and renames it into place.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner()).take();
        match open {
            Some(open) => py.detach(|| finish(open)).map_err(raise),
            None => Ok(()),
        }
    }

    fn __enter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// Closes on success; on an exception drops the temporary file, leaving no output.
    fn __exit__(
        &self,
        py: Python<'_>,
        kind: Option<&Bound<'_, PyAny>>,
        _value: Option<&Bound<'_, PyAny>>,
        _traceback: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<bool> {
        if kind.is_some() {
            self.open.lock().unwrap_or_else(|e| e.into_inner()).take();
            return Ok(false);
        }
        self.close(py)?;
        Ok(false)
    }
}

/// Merges TMX files into `output` as `steppe tmx merge` does (same bytes): units with the same
/// languages and text kept once (the newest), in the order first seen, in bounded memory. The
/// header's srclang is the inputs' when they agree, else `*all*`. Returns (units read, units kept).
#[pyfunction]
fn tmx_merge(py: Python<'_>, inputs: Vec<PathBuf>, output: PathBuf) -> PyResult<(u64, u64)> {
    py.detach(|| merge_files(&inputs, &output)).map_err(raise)
}

fn merge_files(inputs: &[PathBuf], output: &Path) -> Result<(u64, u64), String> {
    let spool = |e: &dyn std::fmt::Display| format!("the merge's temporary file: {e}");
    let mut merged = Merge::new().map_err(|e| spool(&e))?;
    let mut srclang: Option<String> = None;
    for path in inputs {
        let mut reader = Reader::open(path).map_err(|e| e.to_string())?;
        let lang = reader.header().srclang.clone();
        while let Some(unit) = reader.next_unit().map_err(|e| e.to_string())? {
            merged.add(&unit).map_err(|e| spool(&e))?;
        }
        srclang = match srclang {
            None => Some(lang),
            Some(s) if !s.eq_ignore_ascii_case(&lang) => Some("*all*".into()),
            keep => keep,
        };
    }
    let (read, kept) = (merged.units_read(), merged.len() as u64);
    let units = merged.finish().map_err(|e| spool(&e))?;
    let mut open = start(output, srclang.as_deref().unwrap_or("*all*"))?;
    for unit in units {
        let unit = unit.map_err(|e| spool(&e))?;
        open.0
            .write_unit(&unit)
            .map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
    }
    finish(open)?;
    Ok((read, kept))
}

/// Adds the TMX classes and functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Unit>()?;
    m.add_class::<TmxReader>()?;
    m.add_class::<TmxWriter>()?;
    m.add_function(wrap_pyfunction!(tmx_merge, m)?)?;
    Ok(())
}
