"""Shared test helpers: plain JSON-like views of model values, and where data lives."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CORPUS = Path(os.environ.get("PODNOTES_CORPUS", TESTS.parent.parent / "shared" / "corpus"))


def plain(value: Any) -> Any:
    """A model value as JSON-like data: datetimes in ISO 8601, durations in seconds."""
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    return value


def require_corpus(subdirectory: str) -> Path:
    """The corpus folder, or skip the test with the reason it is not run."""
    path = CORPUS / subdirectory
    if not path.is_dir():
        pytest.skip(f"the real-world corpus is not at {path} (set PODNOTES_CORPUS to run this)")
    return path
