"""The fixtures of the Python package's suite (crates/python/tests/conftest.py), shared rather than
copied: the repository root, the sample article, the seed gold facts and the steppe command line."""

import importlib.util
from pathlib import Path

_SHARED = Path(__file__).resolve().parents[3] / "crates" / "python" / "tests" / "conftest.py"
_spec = importlib.util.spec_from_file_location("steppe_suite_fixtures", _SHARED)
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

# pytest finds fixtures among a conftest's names.
root = _fixtures.root
sample_text = _fixtures.sample_text
gold = _fixtures.gold
cli = _fixtures.cli
