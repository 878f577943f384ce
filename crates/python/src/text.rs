//! Texts for Python: forward transliteration, reading documents of any format, segmentation,
//! glossaries and the reference spans of a document's footnotes.

use crate::errors::{convert, raise};
use crate::reverse::reverser;
use pyo3::prelude::*;
use pythonize::pythonize;
use std::path::PathBuf;
use steppe_doc::{Document, Lang as DocLang};
use steppe_glossary::{EntryKind, Glossary, Termbase};
use steppe_translit::{scheme, Lang};

/// Cyrillic → Latin in one scheme (`steppe translit`); `lang` is `ru` or `kk`.
///
/// >>> steppe.transliterate("Центральная Азия", "bgn_pcgn")
/// "Tsentral'naya Aziya"
#[pyfunction]
#[pyo3(signature = (text, scheme = "ala_lc_alt", lang = "ru"))]
fn transliterate(py: Python<'_>, text: &str, scheme: &str, lang: &str) -> PyResult<String> {
    let lang: Lang = lang.parse().map_err(raise)?;
    let scheme = steppe_translit::scheme(scheme, lang).map_err(raise)?;
    Ok(py.detach(|| scheme.transliterate(text)))
}

/// The names of every transliteration scheme, sorted.
#[pyfunction]
fn schemes() -> Vec<&'static str> {
    steppe_translit::names()
}

/// The text of a document (UTF-8 text, DOCX, ODT, HTML or PDF, by extension), laid out as every
/// command reads it: footnotes numbered after the body. Errors name the file and the position.
#[pyfunction]
fn read_document(py: Python<'_>, path: PathBuf) -> PyResult<String> {
    let extracted = py.detach(|| steppe_formats::load(&path, None)).map_err(raise)?;
    Ok(extracted.text)
}

/// The document model's language: `auto` guesses from the letters.
fn doc_lang(lang: &str, text: &str) -> PyResult<DocLang> {
    match lang.to_ascii_lowercase().as_str() {
        "auto" => Ok(DocLang::detect(text)),
        "en" => Ok(DocLang::En),
        "ru" => Ok(DocLang::Ru),
        other => Err(raise(format!("unknown language {other:?}; valid: auto, en, ru"))),
    }
}

/// Paragraphs, sentences, footnotes and the repair log of a text (`steppe segment --format
/// json`): a dict with `file`, `paragraphs`, `sentences`, `footnotes`, `repairs` (byte offsets
/// into the text as given).
#[pyfunction]
#[pyo3(signature = (text, lang = "auto", name = "<text>"))]
fn segment<'py>(py: Python<'py>, text: &str, lang: &str, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let lang = doc_lang(lang, text)?;
    let doc = py.detach(|| Document::parse(name, text, lang));
    pythonize(py, &doc).map_err(convert)
}

/// The termbase to use: `True` the built-in one, a path a TSV file, `False`/`None` none.
fn termbase(choice: &Bound<'_, PyAny>) -> PyResult<Option<Termbase>> {
    if choice.is_none() {
        return Ok(None);
    }
    if let Ok(flag) = choice.extract::<bool>() {
        return if flag {
            Ok(Some(steppe_build::builtin_termbase()))
        } else {
            Ok(None)
        };
    }
    let path: PathBuf = choice.extract()?;
    Termbase::load(&path).map(Some).map_err(raise)
}

/// The kinds asked for: `None` what a termbase needs, `["all"]` every kind.
fn kinds(names: Option<Vec<String>>) -> PyResult<Vec<EntryKind>> {
    let Some(names) = names else {
        return Ok(EntryKind::TERMBASE.to_vec());
    };
    if names.iter().any(|n| n.eq_ignore_ascii_case("all")) {
        return Ok(EntryKind::ALL.to_vec());
    }
    names.iter().map(|n| n.parse().map_err(raise)).collect()
}

/// The glossary of English texts (`steppe glossary`), counts merged across them: acronyms with
/// expansions, institutions, aliases, with Russian equivalents from the termbase (`True`: the
/// built-in one; a path; `False`: none). `format="json"` gives a list of entry dicts; `tbx`,
/// `tbx2`, `tsv` or `csv` the export as a string, as the command writes it.
#[pyfunction]
#[pyo3(signature = (texts, termbase = None, kinds = None, format = "json"))]
fn glossary<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    termbase: Option<&Bound<'py, PyAny>>,
    kinds: Option<Vec<String>>,
    format: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let tb = match termbase {
        Some(choice) => self::termbase(choice)?,
        None => self::termbase(pyo3::types::PyBool::new(py, true).as_any())?,
    };
    let kinds = self::kinds(kinds)?;
    let export = |g: &Glossary, f: fn(&Glossary, Option<&Termbase>, &mut Vec<u8>) -> std::io::Result<()>| {
        let mut out = Vec::new();
        f(g, tb.as_ref(), &mut out).map_err(raise)?;
        String::from_utf8(out).map_err(raise)
    };
    let glossary = py.detach(|| {
        let each = texts.iter().enumerate().map(|(i, text)| {
            let doc = Document::parse(&format!("text {}", i + 1), text, DocLang::En);
            steppe_glossary::extract(&doc)
        });
        let mut glossary = steppe_glossary::merge(each.collect::<Vec<_>>());
        if let Some(tb) = &tb {
            tb.annotate(&mut glossary);
        }
        glossary.retain_kinds(&kinds);
        glossary.sort();
        glossary
    });
    let text = match format {
        "json" => return pythonize(py, &glossary.entries).map_err(convert),
        "tbx" => export(&glossary, |g, t, o| steppe_glossary::write_tbx(g, t, o))?,
        "tbx2" => export(&glossary, |g, t, o| steppe_glossary::write_tbx2(g, t, o))?,
        "tsv" => export(&glossary, |g, t, o| steppe_glossary::write_tsv(g, t, o))?,
        "csv" => export(&glossary, |g, t, o| steppe_glossary::write_csv(g, t, o))?,
        other => {
            return Err(raise(format!(
                "unknown format {other:?}; valid: json, tbx, tbx2, tsv, csv"
            )))
        }
    };
    Ok(text.into_pyobject(py)?.into_any())
}

/// The romanised Russian spans of a document's footnotes (`steppe refs --format json`): `Ibid.`
/// notes skipped, each span with `note`, `latin`, `cyrillic`, `styled` (in `style`), `key`, `flags`.
#[pyfunction]
#[pyo3(signature = (text, style = "ala_lc"))]
fn refs<'py>(py: Python<'py>, text: &str, style: &str) -> PyResult<Bound<'py, PyAny>> {
    let r = reverser("auto")?;
    let style = scheme(style, Lang::Ru).map_err(raise)?;
    let spans = py.detach(|| {
        let doc = Document::parse("<text>", text, DocLang::En);
        steppe_build::footnote_spans(r, &doc, style)
    });
    pythonize(py, &spans).map_err(convert)
}

/// Adds the text functions to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(transliterate, m)?)?;
    m.add_function(wrap_pyfunction!(schemes, m)?)?;
    m.add_function(wrap_pyfunction!(read_document, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(glossary, m)?)?;
    m.add_function(wrap_pyfunction!(refs, m)?)?;
    Ok(())
}
