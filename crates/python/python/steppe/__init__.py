"""steppe: transliteration of Russian and Kazakh both ways, scheme detection, matching keys,
segmentation, glossaries, sentence alignment and streaming TMX — the functions the ``steppe``
command line runs, called from Python.

>>> import steppe
>>> print(steppe.cyrillic("Tsentral'naia Aziia"))
Центральная Азия
>>> steppe.key("Nazarbayev") == steppe.key("Назарбаев")
True

Every library error is raised as :class:`SteppeError` (a ``ValueError``) with the library's
one-line message; long calls release the GIL.
"""

from ._native import (
    Alignment,
    Reconstruction,
    SteppeError,
    TmxReader,
    TmxWriter,
    Unit,
    WordReading,
    __version__,
    align,
    build,
    cyrillic,
    detect,
    glossary,
    key,
    names,
    read_document,
    reference_spans,
    refs,
    schemes,
    segment,
    tmx_merge,
    transliterate,
)

__all__ = [
    "Alignment",
    "Reconstruction",
    "SteppeError",
    "TmxReader",
    "TmxWriter",
    "Unit",
    "WordReading",
    "__version__",
    "align",
    "build",
    "cyrillic",
    "detect",
    "glossary",
    "key",
    "names",
    "read_document",
    "reference_spans",
    "refs",
    "schemes",
    "segment",
    "tmx_merge",
    "transliterate",
]
