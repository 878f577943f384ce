//! The reverse engine for Python: Cyrillic from any romanisation (with each word's alternatives),
//! scheme detection, matching keys, clusters of name spellings and reference spans.
//!
//! One reverser per scheme is made on first use and kept for the life of the process, over the
//! embedded lexicon: its word cache then serves every later call (a Spark worker calls once per
//! record).

use crate::errors::{convert, raise, repr, score};
use pyo3::prelude::*;
use pythonize::pythonize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use steppe_lexicon::{Lexicon, LexiconSet};
use steppe_translit::reverse::text::line_pieces;
use steppe_translit::reverse::{self, parse_exceptions, Kind, Reverser, WordReport};
use steppe_translit::{scheme, Lang};

/// The reverser reading `scheme` (`auto`: any scheme and mixed ones), over the embedded lexicon.
pub fn reverser(scheme: &str) -> PyResult<&'static Reverser<'static>> {
    configured(scheme, &[], None)
}

/// The reverser reading `scheme` over the embedded lexicon plus the word lists at `lexicon`, with
/// the exceptions table at `exceptions` (the command line's `--lexicon` and `--exceptions`). One
/// is made per configuration and kept for the life of the process; the files' sizes and
/// modification times are part of the configuration, so an edited file is read again.
fn configured(
    scheme: &str,
    lexicon: &[PathBuf],
    exceptions: Option<&Path>,
) -> PyResult<&'static Reverser<'static>> {
    static READERS: OnceLock<Mutex<HashMap<String, &'static Reverser<'static>>>> = OnceLock::new();
    let mut key = scheme.to_owned();
    for path in lexicon.iter().map(PathBuf::as_path).chain(exceptions) {
        let stamp = std::fs::metadata(path).map(|m| (m.len(), m.modified().ok()));
        key.push_str(&format!("\0{}\0{stamp:?}", path.display()));
    }
    let mut readers = READERS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(r) = readers.get(&key) {
        return Ok(r);
    }
    let mut set = LexiconSet::embedded();
    for path in lexicon {
        set.push(Lexicon::read_word_list(path).map_err(raise)?);
    }
    let table = match exceptions {
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| raise(format!("{}: {e}", path.display())))?;
            parse_exceptions(&text).map_err(|e| raise(format!("{}: {e}", path.display())))?
        }
        None => HashMap::new(),
    };
    // Only configurations that read without error get here, so at most one reverser (and one
    // lexicon) per configuration is ever kept.
    let set: &'static LexiconSet = Box::leak(Box::new(set));
    let made = Reverser::new(set)
        .with_scheme(scheme)
        .map_err(raise)?
        .with_exceptions(table);
    let made: &'static Reverser<'static> = Box::leak(Box::new(made));
    readers.insert(key, made);
    Ok(made)
}

/// One word of a reconstruction: the Latin as written, the output, what the word is, and the
/// readings considered.
#[pyclass(frozen, get_all, module = "steppe")]
#[derive(Clone)]
pub struct WordReading {
    /// The word as written.
    latin: String,
    /// What was written out: its Cyrillic, or the word as written when it stays (English).
    output: String,
    /// What the word is: `russian`, `contaminated`, `name`, `acronym`, `english`, `foreign`,
    /// `numeral`, `exception`, `too_long`.
    kind: String,
    /// Why the engine decided so.
    reason: String,
    /// Readings considered, best first, with scores (lower is better).
    alternatives: Vec<(String, f64)>,
    /// How sure the reading is: `certain`, `likely` or `guess` (`None` for a text with no word).
    confidence: Option<&'static str>,
}

#[pymethods]
impl WordReading {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "WordReading(latin={}, output={}, kind={}, alternatives={})",
            repr(py, &self.latin)?,
            repr(py, &self.output)?,
            repr(py, &self.kind)?,
            repr(py, self.alternatives.clone())?
        ))
    }
}

/// The Cyrillic of a romanised text with the decision on every word. `str()` of it is the text.
#[pyclass(frozen, get_all, module = "steppe")]
pub struct Reconstruction {
    /// The Cyrillic, case, punctuation and spacing kept (English words stay English).
    text: String,
    /// Every word's decision, in order.
    words: Vec<WordReading>,
    /// How sure the whole reading is (its weakest word): `certain`, `likely` or `guess`.
    confidence: Option<&'static str>,
}

#[pymethods]
impl Reconstruction {
    fn __str__(&self) -> &str {
        &self.text
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Reconstruction(text={}, words={})",
            repr(py, &self.text)?,
            self.words.len()
        ))
    }

    /// The words with more than one reading considered: what a reviewer should look at.
    fn ambiguous(&self) -> Vec<WordReading> {
        self.words
            .iter()
            .filter(|w| w.alternatives.len() > 1)
            .cloned()
            .collect()
    }
}

/// The confidence levels, surest first (the reverse engine's `Level`).
const LEVELS: [&str; 3] = ["certain", "likely", "guess"];

/// The confidence level of one word's reading, as the reverse engine rates it (from the margin to
/// the next reading and what the reading rests on: lexicon, table, name rule, English).
fn word_confidence(report: &WordReport) -> Option<&'static str> {
    Some(report.confidence.level.as_str())
}

/// The confidence of a whole text: its weakest word's level (as the engine rates a line), `None`
/// while any word has none.
fn text_confidence(words: &[WordReading]) -> Option<&'static str> {
    let mut weakest = 0;
    for w in words {
        let level = LEVELS.iter().position(|l| Some(*l) == w.confidence)?;
        weakest = weakest.max(level);
    }
    Some(LEVELS[weakest])
}

/// Reads `text` once, line by line and piece by piece as `Reverser::cyrillic` does, keeping every
/// word's report.
fn reconstruct(r: &Reverser<'_>, text: &str) -> Reconstruction {
    let mut out = String::with_capacity(text.len() * 2);
    let mut words = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for piece in line_pieces(line) {
            for (token, report) in r.decide(piece) {
                let Some(report) = report else {
                    out.push_str(token);
                    continue;
                };
                out.push_str(&report.output);
                words.push(WordReading {
                    confidence: word_confidence(&report),
                    kind: kind_name(&report),
                    latin: report.latin,
                    output: report.output,
                    reason: report.reason,
                    alternatives: report
                        .candidates
                        .into_iter()
                        .map(|(c, s)| (c, score(s)))
                        .collect(),
                });
            }
        }
    }
    let confidence = if words.is_empty() {
        None
    } else {
        text_confidence(&words)
    };
    Reconstruction {
        text: out,
        words,
        confidence,
    }
}

/// The kind's name as the JSON of the command line spells it (`too_long`).
fn kind_name(report: &WordReport) -> String {
    let name = match report.kind {
        Kind::Russian => "russian",
        Kind::Contaminated => "contaminated",
        Kind::Name => "name",
        Kind::Acronym => "acronym",
        Kind::English => "english",
        Kind::Foreign => "foreign",
        Kind::Numeral => "numeral",
        Kind::Exception => "exception",
        Kind::TooLong => "too_long",
    };
    name.to_owned()
}

/// Cyrillic from romanised Russian in any scheme or a mix (`steppe cyrillic`), with every word's
/// decision and alternatives. `lexicon` (word lists, one Cyrillic word a line) and `exceptions`
/// (`Latin<TAB>output` a line) are the command line's `--lexicon` and `--exceptions`.
///
/// >>> str(steppe.cyrillic("Tsentral'naia Aziia"))
/// 'Центральная Азия'
#[pyfunction]
#[pyo3(signature = (text, scheme = "auto", *, lexicon = Vec::new(), exceptions = None))]
fn cyrillic(
    py: Python<'_>,
    text: &str,
    scheme: &str,
    lexicon: Vec<PathBuf>,
    exceptions: Option<PathBuf>,
) -> PyResult<Reconstruction> {
    let r = configured(scheme, &lexicon, exceptions.as_deref())?;
    Ok(py.detach(|| reconstruct(r, text)))
}

/// The schemes each line is consistent with (`steppe detect --format json`): a dict with
/// `schemes` (list of (name, words)), `informative`, `mixed` and `evidence`.
#[pyfunction]
#[pyo3(signature = (text, *, lexicon = Vec::new(), exceptions = None))]
fn detect<'py>(
    py: Python<'py>,
    text: &str,
    lexicon: Vec<PathBuf>,
    exceptions: Option<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    let r = configured("auto", &lexicon, exceptions.as_deref())?;
    let found = py.detach(|| reverse::detect(r, text));
    pythonize(py, &found).map_err(convert)
}

/// One matching key, the same for every spelling of a name or title (`steppe key`):
/// `key("Nazarbayev") == key("Nazarbaev") == key("Назарбаев")`.
#[pyfunction]
#[pyo3(signature = (text, scheme = "auto", *, lexicon = Vec::new(), exceptions = None))]
fn key(
    py: Python<'_>,
    text: &str,
    scheme: &str,
    lexicon: Vec<PathBuf>,
    exceptions: Option<PathBuf>,
) -> PyResult<String> {
    let r = configured(scheme, &lexicon, exceptions.as_deref())?;
    Ok(py.detach(|| reverse::key(r, text)))
}

/// Clusters the spellings of each name and title across texts (`steppe names --format json`):
/// dicts with `kind`, `key`, `preferred`, `cyrillic`, `variants` (spelling, count) and `count`.
#[pyfunction]
#[pyo3(signature = (texts, *, lexicon = Vec::new(), exceptions = None))]
fn names<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    lexicon: Vec<PathBuf>,
    exceptions: Option<PathBuf>,
) -> PyResult<Bound<'py, PyAny>> {
    let r = configured("auto", &lexicon, exceptions.as_deref())?;
    let clusters = py.detach(|| {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        reverse::cluster_names(r, &refs)
    });
    pythonize(py, &clusters).map_err(convert)
}

/// The romanised Russian spans of reference notes (`steppe refs`): each `(note, text)` pair gives
/// dicts with `note`, `latin`, `cyrillic`, `styled` (in `style`), `key` and `flags`.
#[pyfunction]
#[pyo3(signature = (notes, style = "ala_lc"))]
fn reference_spans<'py>(
    py: Python<'py>,
    notes: Vec<(u32, String)>,
    style: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let r = reverser("auto")?;
    let style = scheme(style, Lang::Ru).map_err(raise)?;
    let spans = py.detach(|| {
        let notes: Vec<(u32, &str)> = notes.iter().map(|(n, t)| (*n, t.as_str())).collect();
        reverse::reference_spans(r, &notes, style)
    });
    pythonize(py, &spans).map_err(convert)
}

/// Adds the reverse engine's functions and classes to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<WordReading>()?;
    m.add_class::<Reconstruction>()?;
    m.add_function(wrap_pyfunction!(cyrillic, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    m.add_function(wrap_pyfunction!(key, m)?)?;
    m.add_function(wrap_pyfunction!(names, m)?)?;
    m.add_function(wrap_pyfunction!(reference_spans, m)?)?;
    Ok(())
}
