"""Shared fixtures: the repository root, the sample article, the seed gold facts, and the steppe
command line (for the tests that compare the bindings with it)."""

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "corpus" / "shaymergenov-2008-nato-central-asia.en.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((ROOT / "tests" / "fixtures" / "seed-gold.json").read_text(encoding="utf-8"))


def find_cli() -> "str | None":
    """The steppe binary: $STEPPE_BIN, else target/release or target/debug, else PATH."""
    if os.environ.get("STEPPE_BIN"):
        return os.environ["STEPPE_BIN"]
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    for profile in ("release", "debug"):
        candidate = target / profile / "steppe"
        if candidate.is_file():
            return str(candidate)
    return shutil.which("steppe")


@pytest.fixture(scope="session")
def cli() -> str:
    """The steppe binary; skips (fails under STEPPE_REQUIRE_INTEROP=1) when it is not built."""
    found = find_cli()
    if found is None:
        message = "the steppe binary is missing (cargo build --bin steppe, or set STEPPE_BIN)"
        if os.environ.get("STEPPE_REQUIRE_INTEROP") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found
