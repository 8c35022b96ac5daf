"""to_dict/to_json and back: a stable schema, and equal values after a round trip."""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import podnotes
from podnotes.serialize import JSONValue
from tests.helpers import corpus_feeds, fixture_feeds

if TYPE_CHECKING:
    from typing_extensions import assert_type
else:  # checked by mypy (the tests are type-checked); nothing to do at run time

    def assert_type(value: object, _: object) -> object:
        return value


FEEDS = fixture_feeds() + corpus_feeds()
SAMPLE = Path(__file__).parent.parent / "examples" / "sample_feed.xml"


def _parsed(path: Path) -> podnotes.Podcast | None:
    try:
        return podnotes.parse(path)
    except podnotes.PodnotesError:
        return None


@pytest.mark.parametrize("feed", FEEDS)
def test_every_podcast_survives_json_and_pickle(feed: Path) -> None:
    podcast = _parsed(feed)
    if podcast is None:
        return
    assert podnotes.from_json(podnotes.Podcast, podnotes.to_json(podcast)) == podcast
    assert pickle.loads(pickle.dumps(podcast)) == podcast
    for episode in podcast.episodes[:5]:
        notes = podnotes.episode_notes(episode, podcast)
        assert podnotes.from_dict(podnotes.ShowNotes, podnotes.to_dict(notes)) == notes
        assert pickle.loads(pickle.dumps(notes)) == notes


def test_the_schema() -> None:
    episode = podnotes.Episode(
        title="One",
        published=datetime(2026, 4, 2, 19, 28, tzinfo=timezone(timedelta(hours=2))),
        duration=timedelta(seconds=3723.5),
        keywords=("a", "b"),
        enclosures=(podnotes.Enclosure(url="https://a.example/1.mp3", length=10),),
    )
    data: dict[str, Any] = podnotes.to_dict(episode)
    assert data["published"] == "2026-04-02T19:28:00+02:00"
    assert data["duration"] == 3723.5
    assert data["keywords"] == ["a", "b"]
    assert data["enclosures"] == [
        {"url": "https://a.example/1.mp3", "mime_type": None, "length": 10, "original_url": None}
    ]
    assert data["guid"] is None
    assert json.loads(podnotes.to_json(episode)) == data
    chapter = podnotes.to_dict(podnotes.Chapter(start=timedelta(minutes=2)))
    assert chapter == {"start": 120, "title": None, "end": None, "url": None, "image_url": None}


@pytest.mark.parametrize(
    ("cls", "data", "message"),
    [
        (podnotes.Chapter, [], "Chapter: expected an object, got []"),
        (
            podnotes.Chapter,
            {"title": "x"},
            "Chapter: Chapter.__init__() missing 1 required keyword-only argument: 'start'",
        ),
        (podnotes.Chapter, {"start": "1"}, "Chapter.start: expected seconds, got '1'"),
        (podnotes.Chapter, {"start": 1, "colour": "red"}, "Chapter: unknown field 'colour'"),
        (
            podnotes.Episode,
            {"published": "yesterday"},
            "Episode.published: expected an ISO 8601 datetime, got 'yesterday'",
        ),
        (
            podnotes.Episode,
            {"published": "2026-04-02T10:00:00"},
            "Episode.published: a datetime needs its offset, got '2026-04-02T10:00:00'",
        ),
        (podnotes.Episode, {"keywords": "a,b"}, "Episode.keywords: expected an array, got 'a,b'"),
        (
            podnotes.Episode,
            {"episode_type": "special"},
            "Episode.episode_type: expected one of ('full', 'trailer', 'bonus'), got 'special'",
        ),
        (
            podnotes.Podcast,
            {"episodes": [{"season": "2"}]},
            "Podcast.episodes[0].season: expected int, got '2'",
        ),
    ],
)
def test_data_of_the_wrong_shape_is_refused(cls: type, data: Any, message: str) -> None:
    with pytest.raises(podnotes.SerializationError) as raised:
        podnotes.from_dict(cls, data)
    assert str(raised.value) == message


def test_bad_json_text_says_where() -> None:
    with pytest.raises(podnotes.SerializationError, match=r"^line 1, column 10: Expecting"):
        podnotes.from_json(podnotes.Podcast, '{"title" 1}')


def test_to_dict_gives_each_value_a_precise_type() -> None:
    # mypy --strict checks the assert_type lines; the run checks the values agree.
    podcast = podnotes.parse(SAMPLE)
    episode = podcast.episodes[0]
    data = assert_type(podnotes.to_dict(podcast), dict[str, JSONValue])
    assert data["title"] == podcast.title
    assert isinstance(data["episodes"], list)
    assert isinstance(assert_type(podnotes.to_dict(podcast.episodes), list[JSONValue]), list)
    assert isinstance(assert_type(podnotes.to_dict(podcast.warnings), list[JSONValue]), list)
    assert episode.published is not None
    assert isinstance(assert_type(podnotes.to_dict(episode.published), str), str)
    assert episode.duration is not None
    seconds = assert_type(podnotes.to_dict(episode.duration), int | float)
    assert seconds == episode.duration.total_seconds()
    assert assert_type(podnotes.to_dict(episode.explicit), bool | None) in (True, False, None)
    assert isinstance(assert_type(podnotes.to_dict("text"), str), str)
    assert assert_type(podnotes.to_dict(None), None) is None
    notes = podnotes.episode_notes(episode, podcast)
    assert isinstance(assert_type(podnotes.to_dict(notes), dict[str, JSONValue]), dict)
