"""Shared test helpers: where the fixtures and the real-world corpus live.

The corpus is looked for at ``../shared/corpus`` beside the repository, or wherever the
``PODNOTES_CORPUS`` environment variable says. Tests over it are marked ``slow``, so
that ``pytest -m "not slow"`` is a quick run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CORPUS = Path(os.environ.get("PODNOTES_CORPUS", TESTS.parent.parent / "shared" / "corpus"))


def _absent(path: Path) -> str:
    return f"the real-world corpus is not at {path} (set PODNOTES_CORPUS to run this)"


def require_corpus(subdirectory: str) -> Path:
    """The corpus folder, or skip the test with the reason it is not run."""
    path = CORPUS / subdirectory
    if not path.is_dir():
        pytest.skip(_absent(path))
    return path


def corpus_feeds() -> list[object]:
    """Each feed of the corpus as a test parameter marked slow; without the corpus, one
    parameter skipped with the reason (an empty list would read "got empty parameter set")."""
    folder = CORPUS / "feeds"
    if not folder.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=_absent(folder)), id="no-corpus")]
    return [
        pytest.param(path, marks=pytest.mark.slow, id=path.name[:80])
        for path in sorted(folder.iterdir())
    ]


def fixture_feeds() -> list[object]:
    """Each feed of our fixtures as a test parameter."""
    return [pytest.param(path, id=path.name) for path in sorted((FIXTURES / "feeds").glob("*.xml"))]
