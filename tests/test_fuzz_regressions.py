"""Inputs the fuzzer (fuzz/fuzz_podnotes.py) found to fail, kept as regression tests.

tests/fixtures/fuzz holds each finding's bytes as the fuzzer wrote them; the tests below
also pin the smallest form of each."""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import attrs
import pytest

import podnotes
from tests.helpers import FIXTURES

FINDINGS = sorted((FIXTURES / "fuzz").iterdir())


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda path: path.name)
def test_a_finding_now_gives_an_answer(finding: Path) -> None:
    # What fuzz/fuzz_podnotes.py does with each input.
    data = finding.read_bytes()
    with contextlib.suppress(podnotes.PodnotesError):
        podcast = podnotes.parse(data)
        for episode in podcast.episodes[:3]:
            podnotes.episode_notes(episode, podcast)
        podnotes.podcast_notes(podcast)
        assert list(podnotes.iter_episodes(data)) == list(podcast.episodes)
        assert podnotes.from_dict(podnotes.Podcast, podnotes.to_dict(podcast)) == podcast
    notes = podnotes.extract(data.decode("utf-8", errors="replace"))
    podnotes.chapters_from_json(podnotes.chapters_to_json(notes.chapters))


def _outcome(run: Callable[[], object]) -> object:
    try:
        return run()
    except podnotes.PodnotesError as error:
        return (type(error), str(error))


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda path: path.name)
@pytest.mark.parametrize("strict", [False, True])
def test_the_stream_gives_what_parse_gives(finding: Path, strict: bool) -> None:
    # The fuzzer's oracle: the same podcast, warnings included, or the same error.
    data = finding.read_bytes()

    def streamed() -> podnotes.Podcast:
        stream = podnotes.iter_episodes(data, strict=strict)
        episodes = tuple(stream)
        return attrs.evolve(stream.podcast, episodes=episodes)

    assert _outcome(streamed) == _outcome(lambda: podnotes.parse(data, strict=strict))


def test_a_url_with_an_unclosed_ipv6_bracket_is_no_link() -> None:
    # urllib raises ValueError("Invalid IPv6 URL") for these, but before Python 3.11.4
    # accepts "http://[bad]x/": the link reader checks the address itself.
    notes = podnotes.extract("see http://[::1 and http://[bad]x/ but https://[::1]:8080/a")
    assert [link.url for link in notes.links] == ["https://[::1]:8080/a"]


def test_an_unknown_zone_name_is_a_warning_of_ours_not_a_python_warning() -> None:
    # dateutil once reported "tzname CE identified but not understood" on the global
    # warnings channel and gave a date without a zone.
    feed = "<rss><channel><item><pubDate>April 2 2026 10:00 CE</pubDate></item></channel></rss>"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        podcast = podnotes.parse(feed)
    assert podcast.episodes[0].published is None
    assert [w.code for w in podcast.warnings] == ["date-invalid"]
    assert "unknown time zone 'CE'" in podcast.warnings[0].message


def test_a_zone_offset_of_a_day_or_more_is_refused() -> None:
    # dateutil read "+010002:00" as an offset of 100 hours, which datetime cannot hold.
    date = "Wed, 01 Apr 2026 09:00:00 +010002:00"
    feed = f"<rss><channel><item><pubDate>{date}</pubDate></item></channel></rss>"
    podcast = podnotes.parse(feed)
    assert podcast.episodes[0].published is None
    assert [w.code for w in podcast.warnings] == ["date-invalid"]


def test_a_list_whose_every_entry_is_past_the_end_gives_no_chapters() -> None:
    # The ends were one longer than the chapters when every entry was dropped.
    notes = podnotes.extract("50:00 Late\n55:00 Later", duration=timedelta(minutes=10))
    assert notes.chapters == ()
    assert len(notes.notes) == 2


def test_a_date_whose_numbers_overflow_dateutil_is_unreadable() -> None:
    # dateutil raised decimal.InvalidOperation for this minute.
    minute = "7" * 20 + "3" * 30
    date = f"Thu, 02 Apr 2026 10:{minute}:00 GMT"
    podcast = podnotes.parse(f"<rss><channel><pubDate>{date}</pubDate></channel></rss>")
    assert podcast.published is None
    assert [w.code for w in podcast.warnings] == ["date-invalid"]


def test_lengths_longer_than_a_timedelta_are_out_of_range() -> None:
    # timedelta raised OverflowError for these.
    feed = (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
        ' xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><item>'
        "<itunes:duration>999999999999999:00:00</itunes:duration>"
        '<podcast:soundbite startTime="999999999999999999" duration="1"/>'
        "</item></channel></rss>"
    )
    podcast = podnotes.parse(feed)
    assert podcast.episodes[0].duration is None
    assert podcast.episodes[0].soundbites == ()
    assert [w.code for w in podcast.warnings] == ["duration-invalid", "value-invalid"]
    with pytest.raises(podnotes.SerializationError, match="out of range"):
        podnotes.from_dict(podnotes.Chapter, {"start": 1e20})


def test_an_item_inside_an_item_streams_in_parse_order() -> None:
    # A pubDate holding two whole items, in a feed that needs repair further on: parse()
    # lists the nested items after their host; the stream had already gone past them.
    data = (FIXTURES / "fuzz" / "stream-item-inside-an-item.bin").read_bytes()
    titles = [episode.title for episode in podnotes.parse(data).episodes]
    assert titles[4:7] == ["named zone CEST", "named zone PDT", "named zone CET"]
    assert [episode.title for episode in podnotes.iter_episodes(data)] == titles


def test_a_channel_inside_a_nested_rss_is_not_streamed() -> None:
    # Recovery nests a second <rss> in the first; parse() finds no channel child of the
    # root and no episode, and the stream read the nested channel's item.
    data = (FIXTURES / "fuzz" / "stream-channel-in-a-nested-rss.bin").read_bytes()
    assert podnotes.parse(data).episodes == ()
    assert list(podnotes.iter_episodes(data)) == []


def test_a_tag_before_the_declaration_is_cut_by_the_stream_too() -> None:
    # parse() cuts what comes before a late XML declaration, "<RSRSS>" included; the
    # stream took that junk for the root element and refused the feed.
    data = (
        b"<junk>\n<?xml version='1.0'?><rss><channel><item><title>a</title></item></channel></rss>"
    )
    podcast = podnotes.parse(data)
    assert [episode.title for episode in podcast.episodes] == ["a"]
    assert [warning.code for warning in podcast.warnings] == ["junk-before-xml"]
    assert list(podnotes.iter_episodes(data)) == list(podcast.episodes)
    assert list(podnotes.iter_episodes(io.BytesIO(data))) == list(podcast.episodes)


def test_a_deep_extension_with_an_undeclared_prefix_is_named_in_its_warning() -> None:
    # lxml's recovery leaves "foo:a" as the tag, which etree.QName refuses; naming the
    # element in the truncation warning raised ValueError.
    data = (
        b"<rss><channel><title>t</title><item>"
        b"<foo:a><b><c><d><e><f>deep</f></e></d></c></b></foo:a>"
        b"</item></channel></rss>"
    )
    podcast = podnotes.parse(data)
    truncated = [w for w in podcast.warnings if w.code == "extensions-truncated"]
    assert len(truncated) == 1
    assert truncated[0].message.startswith("<foo:a> kept only in part")
    assert podcast.episodes[0].extensions[0].name == "foo:a"
