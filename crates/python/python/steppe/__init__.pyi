"""Type stubs of the steppe package (the native module steppe._native, re-exported)."""

import os
from types import TracebackType
from typing import Any, Iterator, Literal, Optional, Sequence, Union

__version__: str

PathLike = Union[str, os.PathLike[str]]

class SteppeError(ValueError):
    """An error of the steppe library, with its one-line message (names the file and position)."""

# --- Cyrillic from romanised Russian, detection, keys ---------------------------------------

class WordReading:
    """One word of a reconstruction."""

    latin: str
    """The word as written."""
    output: str
    """What was written out: its Cyrillic, or the word as written when it stays (English)."""
    kind: Literal[
        "russian", "contaminated", "name", "acronym", "english", "foreign", "numeral", "exception", "too_long"
    ]
    """What the word is."""
    reason: str
    """Why the engine decided so."""
    alternatives: list[tuple[str, float]]
    """Readings considered, best first, with scores (lower is better)."""
    confidence: Optional[Literal["certain", "likely", "guess"]]
    """How sure the reading is, from the margin to the next reading and what it rests on."""

class Reconstruction:
    """The Cyrillic of a romanised text with the decision on every word; str() is the text."""

    text: str
    words: list[WordReading]
    confidence: Optional[Literal["certain", "likely", "guess"]]
    """The weakest word's level."""
    def ambiguous(self) -> list[WordReading]:
        """The words with more than one reading considered."""

def cyrillic(
    text: str,
    scheme: str = "auto",
    *,
    lexicon: Sequence[PathLike] = (),
    exceptions: Optional[PathLike] = None,
) -> Reconstruction:
    """Cyrillic from romanised Russian in any scheme or a mix (``steppe cyrillic``). ``lexicon``:
    word lists (one Cyrillic word a line) whose words count as Russian; ``exceptions``: a table of
    ``Latin<TAB>output`` lines applied first (``--lexicon``, ``--exceptions``). Each configuration
    is read once per process, and again when a file changes.

    >>> str(cyrillic("Tsentral'naia Aziia"))
    'Центральная Азия'
    """

def detect(
    text: str,
    *,
    lexicon: Sequence[PathLike] = (),
    exceptions: Optional[PathLike] = None,
) -> dict[str, Any]:
    """The schemes a line is consistent with: ``{"schemes": [(name, words)], "informative": int,
    "mixed": bool, "evidence": [str]}`` (``steppe detect --format json``)."""

def key(
    text: str,
    scheme: str = "auto",
    *,
    lexicon: Sequence[PathLike] = (),
    exceptions: Optional[PathLike] = None,
) -> str:
    """One matching key, the same for every spelling: ``key("Nazarbayev") == key("Назарбаев")``."""

def names(
    texts: Sequence[str],
    *,
    lexicon: Sequence[PathLike] = (),
    exceptions: Optional[PathLike] = None,
) -> list[dict[str, Any]]:
    """Clusters of the spellings of each name and title across texts (``steppe names``): dicts with
    ``kind`` (name|title), ``key``, ``preferred``, ``cyrillic``, ``variants`` [(spelling, count)], ``count``."""

def reference_spans(notes: Sequence[tuple[int, str]], style: str = "ala_lc") -> list[dict[str, Any]]:
    """The romanised Russian spans of (note number, text) pairs: dicts with ``note``, ``latin``,
    ``cyrillic``, ``styled``, ``key``, ``flags``."""

def refs(text: str, style: str = "ala_lc") -> list[dict[str, Any]]:
    """The romanised Russian spans of a document's footnotes (``steppe refs --format json``)."""

# --- Forward transliteration, documents, glossaries ------------------------------------------

def transliterate(text: str, scheme: str = "ala_lc_alt", lang: Literal["ru", "kk"] = "ru") -> str:
    """Cyrillic → Latin in one scheme (``steppe translit``)."""

def schemes() -> list[str]:
    """Every transliteration scheme name, sorted."""

def read_document(path: PathLike) -> str:
    """The text of a document (text, DOCX, ODT, HTML or PDF by extension), footnotes after the body."""

def segment(text: str, lang: Literal["auto", "en", "ru"] = "auto", name: str = "<text>") -> dict[str, Any]:
    """Paragraphs, sentences, footnotes and repairs with byte offsets (``steppe segment --format json``)."""

def glossary(
    texts: Sequence[str],
    termbase: Union[bool, PathLike, None] = None,
    kinds: Optional[Sequence[str]] = None,
    format: Literal["json", "tbx", "tbx2", "tsv", "csv"] = "json",
) -> Union[list[dict[str, Any]], str]:
    """The glossary of English texts, counts merged (``steppe glossary``). termbase: None or True
    the built-in one, a path a TSV termbase, False none. json: a list of entry dicts; other
    formats: the export as a string."""

# --- Alignment --------------------------------------------------------------------------------

class Alignment:
    """A translation aligned with its original sentence by sentence."""

    source_lang: str
    target_lang: str
    source: list[str]
    target: list[str]
    def pairs(self, min_score: float = 0.0) -> list[tuple[str, str, float]]:
        """(source, target, score) of each pair scoring at least min_score."""
    def units(self, min_score: float = 0.0, prefix: Optional[str] = None) -> list[Unit]:
        """The pairs as TMX units (tuids 1, 2, … or PREFIX:1, …; prop x-steppe-score)."""
    def to_dict(self) -> dict[str, Any]:
        """Every bead, as ``steppe align --format json``."""
    def to_tmx(self, min_score: float = 0.0) -> str:
        """The TMX 1.4b file ``steppe align`` writes."""
    def __len__(self) -> int: ...

def align(
    original: str,
    translation: str,
    source_lang: Optional[str] = None,
    target_lang: Optional[str] = None,
    segmented: bool = False,
    termbase: bool = True,
    names: bool = True,
) -> Alignment:
    """Aligns a translation with its original (``steppe align``); languages guessed unless given."""

# --- The main job ---------------------------------------------------------------------------

def build(corpus: PathLike, out: PathLike, termbase: Optional[PathLike] = None) -> dict[str, Any]:
    """Builds every text of a corpus folder into out as ``steppe build`` does (the same bytes).
    Returns ``{"texts", "written", "failed", "errors", "entries", "spans", "aligned"}``; a text that
    fails is reported in ``errors`` and the others are built."""

# --- TMX ----------------------------------------------------------------------------------------

class Unit:
    """One translation unit (frozen)."""

    def __init__(
        self,
        variants: Sequence[tuple[str, str]],
        tuid: Optional[str] = None,
        props: Optional[Sequence[tuple[str, str]]] = None,
        notes: Optional[Sequence[str]] = None,
    ) -> None: ...
    @property
    def tuid(self) -> Optional[str]: ...
    @property
    def srclang(self) -> Optional[str]: ...
    @property
    def variants(self) -> list[tuple[str, str]]: ...
    @property
    def props(self) -> list[tuple[str, str]]: ...
    @property
    def notes(self) -> list[str]: ...
    def text(self, lang: str) -> Optional[str]:
        """The plain text in lang, or None."""
    def with_tuid(self, tuid: Optional[str]) -> Unit:
        """A copy under another id."""
    def to_dict(self) -> dict[str, Any]:
        """Everything the file holds of the unit."""

class TmxReader(Iterator[Unit]):
    """Streams the units of a TMX file, one at a time."""

    def __init__(self, path: PathLike) -> None: ...
    @property
    def header(self) -> dict[str, Any]: ...
    @property
    def srclang(self) -> str: ...
    def warnings(self) -> list[str]:
        """What the reader tolerated since the last call."""
    def __iter__(self) -> TmxReader: ...
    def __next__(self) -> Unit: ...

class TmxWriter:
    """Writes a TMX 1.4b file atomically (renamed into place by close())."""

    def __init__(self, path: PathLike, srclang: str = "en") -> None: ...
    def write(self, unit: Unit) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> TmxWriter: ...
    def __exit__(
        self,
        kind: Optional[type[BaseException]],
        value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> bool: ...

def tmx_merge(inputs: Sequence[PathLike], output: PathLike) -> tuple[int, int]:
    """Merges TMX files as ``steppe tmx merge`` (same bytes); returns (units read, units kept)."""
