"""Each file in tests/fixtures/notes covers one feature of podnotes.extract: its purpose,
and cases of input text beside the expected chapters, links, guests and notes.

A case lists only what it is about; a link or guest gives only the fields it checks,
but the list of links or guests must match in full and in order.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import podnotes
from podnotes._values import parse_duration
from tests.helpers import FIXTURES

NOTES = FIXTURES / "notes"
CASES = [
    pytest.param(case, id=f"{path.stem}-{index}")
    for path in sorted(NOTES.glob("*.json"))
    for index, case in enumerate(json.loads(path.read_text())["cases"])
]


def _extract(case: dict[str, Any]) -> podnotes.ShowNotes:
    duration = case.get("duration")
    return podnotes.extract(
        case["text"],
        hosts=case.get("hosts", ()),
        duration=timedelta(seconds=duration) if duration is not None else None,
    )


@pytest.mark.parametrize("case", CASES)
def test_show_notes_fixture(case: dict[str, Any]) -> None:
    notes = _extract(case)
    if "plain_text" in case:
        assert notes.text == case["plain_text"]
    if "chapters" in case:
        entries = case["chapters"]
        assert [(c.start, c.title) for c in notes.chapters] == [
            (parse_duration(entry[0]), entry[1]) for entry in entries
        ]
        if any(len(entry) > 2 for entry in entries):
            assert [c.end for c in notes.chapters] == [parse_duration(e[2]) for e in entries]
    if "notes" in case:
        assert list(notes.notes) == case["notes"]
    if "links" in case:
        assert len(notes.links) == len(case["links"]), [link.url for link in notes.links]
        for link, expected_link in zip(notes.links, case["links"], strict=True):
            for field, value in expected_link.items():
                assert getattr(link, field) == value, (link.url, field)
    if "guests" in case:
        found_guests = [
            {
                "name": g.name,
                **({"nickname": g.nickname} if g.nickname else {}),
                **({"handle": g.handle} if g.handle else {}),
            }
            for g in notes.guests
        ]
        assert found_guests == case["guests"]
        assert all(guest.role == "guest" for guest in notes.guests)


def test_every_fixture_file_says_its_purpose() -> None:
    files = sorted(NOTES.glob("*.json"))
    assert len(files) >= 6
    for path in files:
        assert json.loads(path.read_text())["purpose"], path


def test_link_positions_point_at_the_text() -> None:
    notes = podnotes.extract("Slides: https://slides.example/deck and mail@example.org")
    for link in notes.links:
        found = notes.text[link.position :]
        assert found.startswith(link.url.removeprefix("mailto:"))


def test_fixture_dir_is_ours() -> None:
    assert Path(NOTES).is_dir()


@pytest.mark.parametrize("case", CASES)
def test_one_kind_alone_is_what_extract_finds(case: dict[str, Any]) -> None:
    # extract_links/_chapters/_guests let a caller pay for one kind only; each must
    # find exactly what extract() does.
    notes = _extract(case)
    duration = case.get("duration")
    hosts = case.get("hosts", ())
    assert podnotes.extract_links(case["text"]) == notes.links
    assert (
        podnotes.extract_chapters(
            case["text"], duration=timedelta(seconds=duration) if duration is not None else None
        )
        == notes.chapters
    )
    assert podnotes.extract_guests(case["text"], hosts=hosts) == notes.guests
