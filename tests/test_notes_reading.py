"""How show notes are read (issue 12): the bounds on chapter titles, fractions of a
second through JSON chapters, and what extract() accepts besides a plain string."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

import podnotes
from podnotes.notes.chapters import MAX_TITLE


def test_a_long_chapter_title_is_kept_whole() -> None:
    # A listener's question read on air is a real title, hundreds of characters long.
    question = "Why " + "does the borrow checker reject this " * 25 + "code?"
    assert 200 < len(question) <= MAX_TITLE
    notes = podnotes.extract(f"00:00 Intro\n12:30 {question}\n20:00 Wrap-up")
    assert [chapter.title for chapter in notes.chapters] == ["Intro", question, "Wrap-up"]


def test_a_title_past_the_bound_is_cut_at_it() -> None:
    notes = podnotes.extract("0:00 " + "word " * 1000 + "\n5:00 End")
    title = notes.chapters[0].title
    assert title is not None
    assert len(title) <= MAX_TITLE
    assert title.startswith("word word")


def test_a_fraction_of_a_second_reaches_json_chapters() -> None:
    notes = podnotes.extract("0:16:43.923 Start\n0:20:00.5 Next")
    assert notes.chapters[0].start == timedelta(seconds=1003, milliseconds=923)
    document = json.loads(podnotes.chapters_to_json(notes.chapters))
    assert [entry["startTime"] for entry in document["chapters"]] == [1003.923, 1200.5]


def test_a_missing_description_gives_empty_notes() -> None:
    # episode.description is Optional: passing it straight on must work.
    for notes in (podnotes.extract(None), podnotes.extract("")):
        assert (notes.links, notes.chapters, notes.guests) == ((), (), ())
    assert podnotes.extract_links(None) == ()
    assert podnotes.extract_chapters(None) == ()
    assert podnotes.extract_guests(None) == ()


@pytest.mark.parametrize("seconds", [100, 100.0])
def test_duration_may_be_seconds(seconds: float) -> None:
    notes = podnotes.extract("0:00 A\n1:00 B\n2:00 Past the end", duration=seconds)
    assert [chapter.title for chapter in notes.chapters] == ["A", "B"]
    assert notes.chapters[-1].end == timedelta(seconds=100)
    assert podnotes.extract_chapters("0:00 A\n1:00 B", duration=seconds) == notes.chapters


@pytest.mark.parametrize(
    ("duration", "message"),
    [
        (float("nan"), "duration of nan seconds is not a length"),
        (-5, "duration of -5 seconds is not a length"),
        (True, "duration is a timedelta or a number of seconds, not bool"),
        ("300", "duration is a timedelta or a number of seconds, not str"),
    ],
)
def test_a_duration_that_is_no_length_is_refused(duration: object, message: str) -> None:
    with pytest.raises(podnotes.SourceError, match=message):
        podnotes.extract("0:00 A", duration=duration)  # type: ignore[arg-type]


def test_bytes_are_refused_with_a_hint() -> None:
    with pytest.raises(podnotes.SourceError, match="not bytes: decode it first"):
        podnotes.extract(b"0:00 A")  # type: ignore[arg-type]


def test_one_host_may_be_given_as_a_string() -> None:
    text = "Our guests today are Jane Roe and Ada Byron."
    as_string = podnotes.extract(text, hosts="Jane Roe")
    assert [guest.name for guest in as_string.guests] == ["Ada Byron"]
    assert as_string.guests == podnotes.extract(text, hosts=["Jane Roe"]).guests
    with pytest.raises(podnotes.SourceError, match="hosts are a name or a list of names"):
        podnotes.extract(text, hosts=[1, 2])  # type: ignore[list-item]
