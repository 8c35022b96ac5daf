"""Inputs that once escaped as Python's own exceptions (ValueError, TypeError,
UnicodeError) and now give a result with a warning, or one of podnotes' errors."""

from __future__ import annotations

import gzip
import io
import math
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import podnotes

ITUNES = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
PODCAST = 'xmlns:podcast="https://podcastindex.org/namespace/1.0"'
DIGITS = "9" * 5000  # past Python's limit on converting long digit strings (4,300)


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (f"<itunes:episode>{DIGITS}</itunes:episode>", "number"),
        (f"<itunes:season>{DIGITS}</itunes:season>", "season"),
        (f'<enclosure url="https://a.example/1.mp3" length="{DIGITS}"/>', "enclosure"),
        (f"<podcast:season>{DIGITS}</podcast:season>", "season"),
        (f"<podcast:episode>{DIGITS}.5</podcast:episode>", "episode_name"),
        (f"<itunes:duration>{DIGITS}</itunes:duration>", "duration"),
        (f'<podcast:soundbite startTime="{DIGITS}" duration="1"/>', "soundbites"),
    ],
)
def test_a_number_too_long_for_python_is_a_warning(item: str, field: str) -> None:
    feed = f"<rss {ITUNES} {PODCAST}><channel><item>{item}</item></channel></rss>"
    episode = podnotes.parse(feed).episodes[0]
    value = getattr(episode, field)
    assert value in (None, ()) or (field == "enclosure" and value.length is None)
    assert [w.code for w in episode.warnings] == ["value-invalid"] or field == "duration"
    assert episode.warnings


@pytest.mark.parametrize(
    "name", ["undefined", "base64", "rot13", "idna", "punycode", "unicode_escape", "utf-7",
             "no-such-encoding", "zlib"]
)  # fmt: skip
def test_an_unusable_declared_encoding_is_read_as_utf8_with_a_warning(name: str) -> None:
    feed = (
        f'<?xml version="1.0" encoding="{name}"?>\n'
        "<rss><channel><title>Café</title></channel></rss>"
    )
    for podcast in (
        podnotes.parse(feed.encode()),
        podnotes.iter_episodes(feed.encode()).podcast,
    ):
        if not podcast.warnings:  # the stream knows the channel after its first episode
            podcast = podnotes.parse(feed.encode())
        assert [w.code for w in podcast.warnings] == ["encoding-repaired"]
        assert podcast.warnings[0].message == (
            f"unknown or unusable encoding {name!r} declared; read as UTF-8"
        )
    assert podnotes.parse(feed.encode()).title == "Café"


def test_utf16_declared_on_ascii_bytes_is_read_as_utf8() -> None:
    # A common mistake of feed generators: the bytes are UTF-8, the declaration says 16.
    feed = (
        b'<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>Plain</title></channel></rss>'
    )
    podcast = podnotes.parse(feed)
    assert podcast.title == "Plain"
    assert [w.code for w in podcast.warnings] == ["encoding-repaired"]


class _Reads:
    """A file object whose read() returns what it is given, then nothing."""

    def __init__(self, *values: object) -> None:
        self.values = list(values)

    def read(self, size: int = -1) -> object:
        return self.values.pop(0) if self.values else b""


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ((None,), "read() returned None (a non-blocking stream with no data ready)"),
        ((12,), "read() returned int, not bytes"),
        ((b"<rss>", "<channel/></rss>"), "the file object gave bytes, then text"),
    ],
)
def test_a_file_object_that_reads_oddly_is_a_source_error(
    values: tuple[object, ...], message: str
) -> None:
    for run in (
        lambda: podnotes.parse(_Reads(*values)),  # type: ignore[arg-type]
        lambda: list(podnotes.iter_episodes(_Reads(*values))),  # type: ignore[arg-type]
    ):
        with pytest.raises(podnotes.SourceError) as raised:
            run()
        assert message in str(raised.value)


def test_a_text_mode_file_is_read_like_text(tmp_path: Path) -> None:
    # Its declaration does not apply: the file object has decoded it already.
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café</title>'
        "<item><title>Thé</title></item></channel></rss>",
        encoding="utf-8",
    )
    expected = podnotes.parse(feed.read_text(encoding="utf-8"))
    with feed.open(encoding="utf-8") as text_file:
        assert podnotes.parse(text_file) == expected  # type: ignore[arg-type]
    with feed.open(encoding="utf-8") as text_file:
        stream = podnotes.iter_episodes(text_file)  # type: ignore[arg-type]
        assert list(stream) == list(expected.episodes)
    assert list(podnotes.iter_episodes(io.StringIO(feed.read_text()))) == list(  # type: ignore[arg-type]
        expected.episodes
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"title": NaN}', "NaN is not a JSON number"),
        ('{"title": Infinity}', "Infinity is not a JSON number"),
        ('{"title": -Infinity}', "-Infinity is not a JSON number"),
        ('{"title": ' + DIGITS + "}", "a number of 5000 digits is longer than any value"),
        ('{"title": 1' + "0" * 400 + ".0}", "a number of 403 digits is longer than any value"),
        ('{"title": 1e999}', "1e999 is too large a number"),
    ],
)
def test_json_numbers_json_does_not_have_are_refused(text: str, message: str) -> None:
    with pytest.raises(podnotes.SerializationError, match=message):
        podnotes.from_json(podnotes.Podcast, text)
    with pytest.raises(podnotes.ChaptersError, match=message):
        podnotes.chapters_from_json(text.replace('"title"', '"chapters"'))


@pytest.mark.parametrize("value", [None, 12, ["{}"], object()])
def test_json_that_is_not_text_is_refused(value: object) -> None:
    with pytest.raises(podnotes.SerializationError, match="expected JSON text"):
        podnotes.from_json(podnotes.Podcast, value)  # type: ignore[arg-type]
    with pytest.raises(podnotes.ChaptersError, match="expected JSON text"):
        podnotes.chapters_from_json(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("duration", math.nan),
        ("duration", math.inf),
        ("number", 10**5000),
        ("season", -(10**30)),
    ],
    ids=["NaN seconds", "infinite seconds", "a 5001-digit number", "a 31-digit number"],
)
def test_data_no_podnotes_value_holds_is_refused(field: str, value: object) -> None:
    with pytest.raises(podnotes.SerializationError, match=rf"Episode\.{field}"):
        podnotes.from_dict(podnotes.Episode, {field: value})
    enclosure = {"url": "https://a.example/1.mp3", "length": value}
    if not isinstance(value, float):
        with pytest.raises(podnotes.SerializationError, match=r"Enclosure\.length"):
            podnotes.from_dict(podnotes.Enclosure, enclosure)


def _closed(file: io.IOBase) -> io.IOBase:
    file.close()
    return file


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: _closed(io.BytesIO(b"<rss/>")), "I/O operation on closed file"),
        (lambda path: _closed(path.open("rb")), "closed file"),
        (lambda path: path.open(encoding="ascii"), "UnicodeDecodeError"),
        # UnicodeDecodeError since Python 3.13, UnicodeError before.
        (lambda path: path.open(encoding="utf-16"), "Unicode(Decode)?Error"),
        (
            lambda path: gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(path.read_bytes())[:-10])),
            "EOFError",
        ),
    ],
    ids=["closed BytesIO", "closed file", "text file, wrong encoding", "text file, UTF-16",
         "truncated gzip"],
)  # fmt: skip
def test_a_file_object_that_fails_to_read_is_a_source_error(
    make: Callable[[Path], object], message: str, tmp_path: Path
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel><title>Café</title><item/></channel></rss>")
    for run in (podnotes.parse, lambda source: list(podnotes.iter_episodes(source))):
        source = make(path)
        with pytest.raises(podnotes.SourceError, match=f"cannot read the file object: .*{message}"):
            run(source)  # type: ignore[arg-type]
        source.close()  # type: ignore[attr-defined]  # the test opened it; podnotes never closes it


def test_memoryviews_of_any_shape() -> None:
    data = b"<rss><channel><title>T</title></channel></rss>"
    assert podnotes.parse(memoryview(data).cast("B", [len(data)])).title == "T"
    strided = memoryview(b"".join(bytes([byte, 0x20]) for byte in data))[::2]
    assert podnotes.parse(strided).title == "T"  # its bytes, in order
    released = memoryview(data)
    released.release()
    with pytest.raises(podnotes.SourceError, match="released"):
        podnotes.parse(released)


@pytest.mark.parametrize("depth", [9, 250, 2000])
def test_deep_category_nesting_is_cut_and_still_round_trips(depth: int) -> None:
    feed = (
        f"<rss {ITUNES}><channel>"
        + "<itunes:category text='c'>" * depth
        + "</itunes:category>" * depth
        + "</channel></rss>"
    )
    podcast = podnotes.parse(feed)
    assert "value-invalid" in [w.code for w in podcast.warnings]  # (past 256, libxml2 stops)
    category, levels = podcast.categories[0], 1
    while category.subcategories:
        category, levels = category.subcategories[0], levels + 1
    assert levels == 8
    assert podnotes.from_json(podnotes.Podcast, podnotes.to_json(podcast)) == podcast


def test_a_value_nested_too_deeply_to_write_or_read_is_a_serialization_error() -> None:
    category = podnotes.Category(name="c")
    for _ in range(5000):
        category = podnotes.Category(name="c", subcategories=(category,))
    with pytest.raises(podnotes.SerializationError, match="nested too deeply"):
        podnotes.to_json(category)
    data: dict[str, object] = {"name": "c"}
    for _ in range(5000):
        data = {"name": "c", "subcategories": [data]}
    with pytest.raises(podnotes.SerializationError, match="nested too deeply"):
        podnotes.from_dict(podnotes.Category, data)


@pytest.mark.parametrize(
    "data",
    [{"title": 10**5000}, {"published": 10**5000}, {"keywords": [10**5000]}],
    ids=["a str field", "a datetime field", "in a tuple"],
)
def test_an_integer_too_long_to_print_is_described_not_printed(data: dict[str, object]) -> None:
    with pytest.raises(podnotes.SerializationError, match="a number too long to print"):
        podnotes.from_dict(podnotes.Episode, data)


@pytest.mark.parametrize("name", ["´", "\u0301", "¨ ˜", "\u0301\u0300 \u00b8"])
def test_a_name_with_no_letters_names_nobody(name: str) -> None:
    # Without case and accents nothing is left of these: no host, no guest, no error.
    channel = f"<rss {PODCAST}><channel><podcast:person>{name}</podcast:person>"
    item = f'<item><podcast:person role="guest">{name}</podcast:person></item>'
    podcast = podnotes.parse(channel + item + "</channel></rss>")
    assert podcast.hosts == ()
    assert podnotes.episode_notes(podcast.episodes[0], podcast).guests == ()
    assert [g.name for g in podnotes.extract("Sam talks with Ann Lee.", hosts=[name]).guests] == [
        "Ann Lee"
    ]


@pytest.mark.parametrize(
    "item",
    [
        "<itunes:duration>P999999999DT0.001S</itunes:duration>",
        "<itunes:duration>2000000000:00:00.001</itunes:duration>",
        "<itunes:duration>87600:00:01</itunes:duration>",
        '<podcast:soundbite startTime="400000000.5" duration="30"/>',
        '<psc:chapters xmlns:psc="http://podlove.org/simple-chapters">'
        '<psc:chapter start="99999999:00:00" title="Far"/></psc:chapters>',
    ],
)
def test_a_duration_past_ten_years_is_refused(item: str) -> None:
    podcast = podnotes.parse(
        f"<rss {ITUNES} {PODCAST}><channel><item>{item}</item></channel></rss>"
    )
    episode = podcast.episodes[0]
    assert (episode.duration, episode.soundbites, episode.chapters) == (None, (), ())
    assert "out of range" in podcast.warnings[0].message


@pytest.mark.parametrize("seconds", [0.001, 3723.5, 10_800_000.25, 315_359_999.999])
def test_long_durations_with_fractions_survive_json(seconds: float) -> None:
    clock = f"{int(seconds) // 3600}:{int(seconds) % 3600 // 60:02d}:{seconds % 60:06.3f}"
    item = f"<item><itunes:duration>{clock}</itunes:duration></item>"
    feed = f"<rss {ITUNES}><channel>{item}</channel></rss>"
    podcast = podnotes.parse(feed)
    assert podcast.episodes[0].duration is not None
    assert podnotes.from_json(podnotes.Podcast, podnotes.to_json(podcast)) == podcast
    chapters = (podnotes.Chapter(start=podcast.episodes[0].duration),)
    written = podnotes.chapters_to_json(chapters)
    assert podnotes.chapters_from_json(written)[0].start == chapters[0].start


def test_chapters_past_ten_years_are_neither_written_nor_read() -> None:
    with pytest.raises(podnotes.ChaptersError, match="out of range"):
        podnotes.chapters_to_json([podnotes.Chapter(start=timedelta(days=4000))])
    with pytest.raises(podnotes.ChaptersError, match="expected seconds"):
        podnotes.chapters_from_json('{"chapters": [{"startTime": 400000000}]}')


@pytest.mark.parametrize("data", [{1: 0, "x": 0}, {None: 0}, {"start": 1, (1, 2): 0}])
def test_field_names_that_are_not_text_are_a_serialization_error(data: dict[Any, Any]) -> None:
    with pytest.raises(podnotes.SerializationError, match="field names must be text"):
        podnotes.from_dict(podnotes.Chapter, data)


class _BadPath(os.PathLike[str]):
    def __init__(self, answer: object) -> None:
        self.answer = answer

    def __fspath__(self) -> str:
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer  # type: ignore[return-value]


@pytest.mark.parametrize("answer", [12, None, RuntimeError("no path"), b"\xff/x.xml"])
def test_a_path_object_that_gives_no_path_is_a_source_error(answer: object) -> None:
    with pytest.raises(podnotes.SourceError, match="cannot read"):
        podnotes.parse(_BadPath(answer))
