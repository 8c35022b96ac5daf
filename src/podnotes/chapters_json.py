"""Podcasting 2.0 JSON chapters, both ways.

:func:`chapters_to_json` writes the document ``podcast:chapters`` points at;
:func:`chapters_from_json` reads one (bytes the caller fetched) into
:class:`~podnotes.model.Chapter` values. Format: version 1.2.0 of the Podcasting 2.0
JSON chapters specification.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from typing import Any, Final

from podnotes import _values
from podnotes._json import load_json
from podnotes.errors import ChaptersError
from podnotes.model import Chapter

__all__ = ["chapters_from_json", "chapters_to_json"]

VERSION: Final = "1.2.0"


def _seconds(value: timedelta, what: str) -> int | float:
    if not timedelta(0) <= value <= _values.MAX_DURATION:
        raise ChaptersError(f"{what} {value} is out of range: no chapters file holds it")
    seconds = value.total_seconds()
    # Milliseconds, as chapter files write them.
    return int(seconds) if seconds.is_integer() else round(seconds, 3)


def chapters_to_json(chapters: Iterable[Chapter], *, indent: int | None = 2) -> str:
    """A Podcasting 2.0 JSON chapters document for ``chapters``."""
    entries: list[dict[str, Any]] = []
    for chapter in chapters:
        entry: dict[str, Any] = {"startTime": _seconds(chapter.start, "a start of")}
        if chapter.end is not None:
            entry["endTime"] = _seconds(chapter.end, "an end of")
        if chapter.title is not None:
            entry["title"] = chapter.title
        if chapter.image_url is not None:
            entry["img"] = chapter.image_url
        if chapter.url is not None:
            entry["url"] = chapter.url
        entries.append(entry)
    return json.dumps({"version": VERSION, "chapters": entries}, indent=indent, ensure_ascii=False)


def chapters_from_json(document: bytes | str) -> tuple[Chapter, ...]:
    """Read a Podcasting 2.0 JSON chapters document.

    Raises :class:`~podnotes.errors.ChaptersError` (a ``ValueError``) saying what is
    wrong and where: the line and column of a JSON syntax error, or the index and
    field of a chapter that is not valid.
    """
    data = load_json(document, ChaptersError, "a chapters document")
    if not isinstance(data, dict) or not isinstance(data.get("chapters"), list):
        raise ChaptersError('expected an object with a "chapters" list')
    return tuple(_chapter(index, entry) for index, entry in enumerate(data["chapters"]))


def _time(index: int, entry: dict[str, Any], name: str) -> timedelta | None:
    value = entry.get(name)
    if value is None:
        return None
    seconds = value if type(value) in (int, float) else None
    duration = _values.seconds_in_range(seconds) if seconds is not None else None
    if duration is None:
        raise ChaptersError(f"chapters[{index}].{name}: expected seconds, got {value!r:.60}")
    return duration


def _text(index: int, entry: dict[str, Any], name: str) -> str | None:
    value = entry.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ChaptersError(f"chapters[{index}].{name}: expected text, got {value!r}")
    return value.strip()


def _chapter(index: int, entry: object) -> Chapter:
    if not isinstance(entry, dict):
        raise ChaptersError(f"chapters[{index}]: expected an object, got {entry!r}")
    start = _time(index, entry, "startTime")
    if start is None:
        raise ChaptersError(f"chapters[{index}]: no startTime")
    return Chapter(
        start=start,
        end=_time(index, entry, "endTime"),
        title=_text(index, entry, "title"),
        url=_text(index, entry, "url"),
        image_url=_text(index, entry, "img"),
    )
