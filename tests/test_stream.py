"""iter_episodes gives what parse gives, one episode at a time, from any source."""

from __future__ import annotations

import io
from pathlib import Path

import attrs
import pytest

import podnotes
from tests.helpers import CORPUS, FIXTURES

FEEDS = sorted((FIXTURES / "feeds").glob("*.xml")) + (
    sorted((CORPUS / "feeds").iterdir()) if (CORPUS / "feeds").is_dir() else []
)


@pytest.mark.parametrize("feed", FEEDS, ids=lambda path: path.name[:60])
def test_streaming_gives_what_parse_gives(feed: Path) -> None:
    try:
        whole = podnotes.parse(feed)
    except podnotes.PodnotesError as error:
        with pytest.raises(type(error)):
            list(podnotes.iter_episodes(feed))
        return
    stream = podnotes.iter_episodes(feed)
    assert list(stream) == list(whole.episodes)
    assert stream.podcast == attrs.evolve(whole, episodes=())


def test_the_channel_is_known_before_the_first_episode_ends() -> None:
    stream = podnotes.iter_episodes(FIXTURES / "feeds" / "rss2_basic.xml")
    first = next(stream)
    assert first.title == "The first broadcast"
    assert stream.podcast.title == "Plain Old Radio"
    assert stream.podcast.episodes == ()


def test_a_file_object_is_read_in_pieces() -> None:
    data = (FIXTURES / "feeds" / "podcasting20_item.xml").read_bytes()
    reads: list[int] = []

    class Recording(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            reads.append(-1 if size is None else size)
            return super().read(size)

    episodes = list(podnotes.iter_episodes(Recording(data)))
    assert episodes == list(podnotes.parse(data).episodes)
    assert -1 not in reads  # never "read everything"


def test_a_broken_file_object_says_to_pass_bytes() -> None:
    data = (FIXTURES / "feeds" / "broken_mismatched_tags.xml").read_bytes()
    with pytest.raises(podnotes.SourceError, match="pass bytes or a path"):
        list(podnotes.iter_episodes(io.BytesIO(data)))
    assert len(list(podnotes.iter_episodes(data))) == 3
