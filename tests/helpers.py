"""Shared test helpers: where the fixtures and the real-world corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CORPUS = Path(os.environ.get("PODNOTES_CORPUS", TESTS.parent.parent / "shared" / "corpus"))


def require_corpus(subdirectory: str) -> Path:
    """The corpus folder, or skip the test with the reason it is not run."""
    path = CORPUS / subdirectory
    if not path.is_dir():
        pytest.skip(f"the real-world corpus is not at {path} (set PODNOTES_CORPUS to run this)")
    return path
