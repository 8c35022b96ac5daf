"""What parse() accepts, what it refuses, and the exact words it refuses with."""

from __future__ import annotations

import io
import pickle
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import podnotes
import podnotes._source
from tests.helpers import FIXTURES

SAMPLE = FIXTURES / "feeds" / "rss2_basic.xml"


def test_bytes_path_file_and_text_give_equal_results() -> None:
    data = SAMPLE.read_bytes()
    from_bytes = podnotes.parse(data)
    assert podnotes.parse(SAMPLE) == from_bytes
    assert podnotes.parse(io.BytesIO(data)) == from_bytes
    assert podnotes.parse(bytearray(data)) == from_bytes
    assert podnotes.parse(data.decode("utf-8")) == from_bytes


def test_text_ignores_the_encoding_it_declares() -> None:
    # A str is already decoded: its declaration must not make podnotes decode it again.
    text = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        "<rss><channel><title>Café</title></channel></rss>"
    )
    assert podnotes.parse(text).title == "Café"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "https://example.com/feed.xml",
            "parse() got a URL ('https://example.com/feed.xml'); podnotes never fetches: "
            "download the feed and pass its bytes",
        ),
        (
            "/etc/passwd",
            "parse() got a str that looks like a path ('/etc/passwd'); "
            "a str is read as XML text: pass a pathlib.Path to read a file",
        ),
        (
            "feeds/show.xml",
            "parse() got a str that looks like a path ('feeds/show.xml'); "
            "a str is read as XML text: pass a pathlib.Path to read a file",
        ),
        (
            "show.RSS",
            "parse() got a str that looks like a path ('show.RSS'); "
            "a str is read as XML text: pass a pathlib.Path to read a file",
        ),
        (
            12,
            "cannot parse a int: pass bytes, a binary file, a pathlib.Path or the XML text as str",
        ),
    ],
)
def test_sources_that_are_refused(source: object, message: str) -> None:
    with pytest.raises(podnotes.SourceError) as raised:
        podnotes.parse(source)  # type: ignore[arg-type]
    assert str(raised.value) == message
    assert isinstance(raised.value, ValueError)


def test_a_missing_file_is_a_source_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.xml"
    with pytest.raises(podnotes.SourceError, match="No such file or directory"):
        podnotes.parse(missing)


def test_errors_say_where() -> None:
    with pytest.raises(podnotes.MalformedFeedError) as raised:
        podnotes.parse(b"<rss><channel>\n<title>a & b</title></channel></rss>", strict=True)
    error = raised.value
    assert (error.code, error.line) == ("entity-repaired", 2)
    assert str(error).startswith("line 2, column ")
    assert isinstance(error, podnotes.FeedError)
    assert isinstance(error, ValueError)
    assert isinstance(error, podnotes.PodnotesError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the document is empty"),
        (b"   \n ", "the document is empty"),
        (b'{"items": []}', "found JSON, not an XML feed (JSON Feed is not supported)"),
        (b"just words", "found plain text, not an XML feed: b'just words'"),
        ("just words", "found plain text, not an XML feed: b'just words'"),
        (
            b"<html><body>moved</body></html>",
            "found an HTML page (root element <html>), not a feed",
        ),
        (
            b"<?xml version='1.0'?>\n<svg/>",
            "line 2: found an XML document whose root element is <svg>, not RSS or Atom",
        ),
    ],
)
def test_what_is_not_a_feed_says_what_it_is(data: bytes | str, message: str) -> None:
    with pytest.raises(podnotes.NotAFeedError) as raised:
        podnotes.parse(data)
    assert str(raised.value) == message


def test_values_are_frozen_hashable_and_survive_pickling() -> None:
    podcast = podnotes.parse(FIXTURES / "feeds" / "podcasting20_item.xml")
    episode = podcast.episodes[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        episode.title = "changed"  # type: ignore[misc]
    assert hash(podcast) == hash(podnotes.parse(FIXTURES / "feeds" / "podcasting20_item.xml"))
    assert pickle.loads(pickle.dumps(podcast)) == podcast


def test_warnings_of_one_code_are_capped_and_counted() -> None:
    items = "".join(f"<item><title>{n}</title><pubDate>bad {n}</pubDate></item>" for n in range(80))
    podcast = podnotes.parse(f"<rss><channel>{items}</channel></rss>")
    codes = [warning.code for warning in podcast.warnings]
    assert codes.count("date-invalid") == 50
    assert podcast.warnings[-1].code == "too-many-warnings"
    assert podcast.warnings[-1].message == "30 more 'date-invalid' warnings not listed"


def test_episode_warnings_are_the_podcast_warnings_of_that_episode() -> None:
    podcast = podnotes.parse(FIXTURES / "feeds" / "dates.xml")
    per_episode = [w for episode in podcast.episodes for w in episode.warnings]
    assert per_episode == list(podcast.warnings)
    assert [w.code for w in podcast.episodes[13].warnings] == ["date-without-zone"]


_FEED = (
    b"<rss><channel><title>After the blank</title><item><title>one</title></item></channel></rss>"
)


def _peak_bytes(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _parse_open_file(path: Path) -> podnotes.Podcast:
    with path.open("rb") as file:
        return podnotes.parse(file)


@pytest.mark.parametrize("blank", [b" ", b"\n", b"\r\n\t "])
def test_leading_whitespace_is_skipped_not_held(tmp_path: Path, blank: bytes) -> None:
    # 64 MB of it: read whole, it would cost at least that much again.
    path = tmp_path / "blank.xml"
    with path.open("wb") as file:
        for _ in range(64):
            file.write(blank * (2**20 // len(blank)))
        file.write(_FEED)
    lines = blank.count(b"\n") * (2**20 // len(blank)) * 64
    for run in (
        lambda: podnotes.parse(path),
        lambda: list(podnotes.iter_episodes(path)),
        lambda: _parse_open_file(path),
    ):
        assert _peak_bytes(run) < 8 * 2**20
    podcast = podnotes.parse(path)
    assert podcast.title == "After the blank"
    assert podcast.warnings == ()
    broken = podnotes.parse(path.read_bytes().replace(b"<title>one", b"<title>one &"))
    assert broken.warnings[0].line == lines + 1  # lines still count the blank ones


def test_leading_whitespace_in_bytes_is_not_copied() -> None:
    data = b" " * (64 * 2**20) + _FEED
    assert _peak_bytes(lambda: podnotes.parse(data)) < 8 * 2**20


class _Endless(io.RawIOBase):
    """A stream that never ends: a start, then the same bytes forever."""

    def __init__(self, start: bytes, repeated: bytes) -> None:
        self.start, self.repeated = start, repeated

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.start or self.repeated * (len(buffer) // len(self.repeated) + 1)
        self.start = b""
        size = min(len(buffer), len(data))
        buffer[:size] = data[:size]
        return size


@pytest.mark.parametrize(
    ("start", "repeated"),
    [
        (b"", b" "),
        (b"<!--", b"comment "),
        (b"<rss><channel>", b"<item><title>x</title></item>"),
    ],
    ids=["whitespace", "a comment", "items"],
)
def test_a_source_that_never_ends_is_refused_at_the_bound(
    start: bytes, repeated: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(podnotes._source, "UNSIZED_SOURCE_LIMIT", 4 * 2**20)
    message = "the file object gave more than 4 MiB, the most podnotes reads from a source"
    with pytest.raises(podnotes.SourceError, match=message):
        podnotes.parse(io.BufferedReader(_Endless(start, repeated)))
    if start != b"<rss><channel>":  # the stream reads items for as long as they come
        with pytest.raises(podnotes.SourceError, match=message):
            list(podnotes.iter_episodes(io.BufferedReader(_Endless(start, repeated))))
