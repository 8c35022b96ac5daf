"""Podcasting 2.0 JSON chapters: written and read back equal; bad documents refused with
a message that says what and where."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import podnotes
from podnotes import Chapter

_CHAPTERS = st.lists(
    st.builds(
        Chapter,
        start=st.integers(min_value=0, max_value=36_000_000).map(
            lambda ms: timedelta(milliseconds=ms)
        ),
        end=st.none()
        | st.integers(min_value=0, max_value=36_000).map(lambda s: timedelta(seconds=s)),
        title=st.none() | st.text(min_size=1).filter(lambda t: t.strip() == t and t.strip() != ""),
        url=st.none() | st.just("https://example.com/more"),
        image_url=st.none() | st.just("https://example.com/art.jpg"),
    ),
    max_size=20,
)


@pytest.mark.slow
@given(_CHAPTERS)
def test_chapters_written_are_read_back_equal(chapters: list[Chapter]) -> None:
    document = podnotes.chapters_to_json(chapters)
    assert podnotes.chapters_from_json(document) == tuple(chapters)
    assert podnotes.chapters_from_json(document.encode()) == tuple(chapters)


def test_the_document_follows_the_specification() -> None:
    chapters = [
        Chapter(start=timedelta(0), title="Intro", end=timedelta(seconds=90.5)),
        Chapter(start=timedelta(seconds=90.5), title="News", url="https://news.example/"),
    ]
    assert json.loads(podnotes.chapters_to_json(chapters)) == {
        "version": "1.2.0",
        "chapters": [
            {"startTime": 0, "endTime": 90.5, "title": "Intro"},
            {"startTime": 90.5, "title": "News", "url": "https://news.example/"},
        ],
    }


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"chapters": [', "line 1, column 15: Expecting value"),
        ("[]", 'expected an object with a "chapters" list'),
        ('{"chapters": [{"title": "x"}]}', "chapters[0]: no startTime"),
        ('{"chapters": [{"startTime": "1"}]}', "chapters[0].startTime: expected seconds, got '1'"),
        (
            '{"chapters": [{"startTime": 1}, {"startTime": true}]}',
            "chapters[1].startTime: expected seconds, got True",
        ),
        ('{"chapters": [{"startTime": 1, "title": 5}]}', "chapters[0].title: expected text, got 5"),
        ('{"chapters": [7]}', "chapters[0]: expected an object, got 7"),
        (b'{"chapters": "\xff"}', "not UTF-8 text: invalid start byte at byte 14"),
        ("[" * 100_000, "nested too deeply to be a chapters document"),
    ],
)
def test_bad_documents_are_refused(document: str | bytes, message: str) -> None:
    with pytest.raises(podnotes.ChaptersError) as raised:
        podnotes.chapters_from_json(document)
    assert str(raised.value) == message
    assert isinstance(raised.value, ValueError)
