"""iter_episodes gives what parse gives, one episode at a time, from any source."""

from __future__ import annotations

import io
import re
from pathlib import Path

import attrs
import pytest

import podnotes
from tests.helpers import FIXTURES, corpus_feeds, fixture_feeds

FEEDS = fixture_feeds() + corpus_feeds()


@pytest.mark.parametrize("feed", FEEDS)
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


# Items outside their channel, or inside another item: parse() lists a channel's own
# items first, then those beside it; the stream must give the same order.
SHAPES = {
    "an item before the channel": (
        b"<rss><item><title>s1</title></item><channel><title>C</title>"
        b"<item><title>one</title></item></channel></rss>",
        ["one", "s1"],
    ),
    "items on both sides of the channel": (
        b"<rss><item><title>s1</title></item><channel><item><title>one</title></item>"
        b"</channel><item><title>s2</title></item></rss>",
        ["one", "s1", "s2"],
    ),
    "an Atom entry beside the channel, which parse() does not read": (
        b'<rss xmlns:a="http://www.w3.org/2005/Atom"><channel><item><title>one</title></item>'
        b"</channel><a:entry><a:title>e</a:title></a:entry></rss>",
        ["one"],
    ),
    "a channel deeper than the root's child, which parse() does not read": (
        b"<rss><x><channel><item><title>deep</title></item></channel></x>"
        b"<channel><item><title>real</title></item></channel></rss>",
        ["real"],
    ),
    "an item inside an item of a well-formed feed": (
        b"<rss><channel><item><title>one</title><description>x<item><title>inner</title>"
        b"</item></description></item><item><title>two</title></item></channel></rss>",
        ["one", "two"],
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_items_outside_the_channel_stream_in_parse_order(shape: str) -> None:
    data, titles = SHAPES[shape]
    assert [episode.title for episode in podnotes.parse(data).episodes] == titles
    assert [episode.title for episode in podnotes.iter_episodes(data)] == titles
    # A file object cannot be read twice: these shapes must stream without a re-read.
    assert [episode.title for episode in podnotes.iter_episodes(io.BytesIO(data))] == titles


def test_a_file_object_without_a_channel_is_told_why_it_cannot_stream() -> None:
    data = b"<rss><item><title>s1</title></item></rss>"
    assert [episode.title for episode in podnotes.iter_episodes(data)] == ["s1"]
    with pytest.raises(podnotes.SourceError, match=r"no channel to stream.*pass bytes or a path"):
        list(podnotes.iter_episodes(io.BytesIO(data)))


def test_a_channel_under_another_root_is_not_a_feed_to_either() -> None:
    data = b"<foo><channel><item><title>a</title></item></channel></foo>"
    with pytest.raises(podnotes.NotAFeedError, match="root element is <foo>"):
        podnotes.parse(data)
    with pytest.raises(podnotes.NotAFeedError, match="root element is <foo>"):
        list(podnotes.iter_episodes(io.BytesIO(data)))


def _both(data: bytes) -> tuple[object, object]:
    """What parse() and the stream give for the same bytes: a podcast, or an error."""
    try:
        whole: object = podnotes.parse(data)
    except podnotes.PodnotesError as error:
        whole = (type(error), str(error))
    try:
        stream = podnotes.iter_episodes(data)
        episodes = tuple(stream)
        streamed: object = attrs.evolve(stream.podcast, episodes=episodes)
    except podnotes.PodnotesError as error:
        streamed = (type(error), str(error))
    return whole, streamed


_BODY = "<rss><channel><title>Café &e;</title><item><title>one</title></item></channel></rss>"
_INTERNAL_ENTITY = '<!DOCTYPE rss [<!ENTITY e "EXPANDED">]>\n'

# A prolog that the stream once judged apart from parse(): each must give the same
# podcast (and never expand the DTD's entity) however far into the document it reaches.
PROLOGS = {
    "a DOCTYPE after a 70 KB comment": '<?xml version="1.0"?>\n<!--'
    + "x" * 70_000
    + "-->\n"
    + _INTERNAL_ENTITY,
    "a DOCTYPE after 200 KB of small comments": "".join(
        f"<!-- comment {n} -->\n" for n in range(10_000)
    )
    + _INTERNAL_ENTITY,
    "a DOCTYPE after a 100 KB processing instruction": "<?pi "
    + "y" * 100_000
    + "?>\n"
    + _INTERNAL_ENTITY,
    "a DOCTYPE whose comment has an apostrophe": (
        '<!DOCTYPE rss [\n  <!-- it\'s "quoted" ] > here -->\n  <!ENTITY e "x">\n]>\n'
    ),
    "a DOCTYPE with '>' and ']' inside quoted values": (
        '<!DOCTYPE rss [<!ENTITY e "a > b ] c"><?pi it\'s ]> ?>]>\n'
    ),
    "a public DOCTYPE (RSS 0.91) without a subset": (
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
    ),
}


@pytest.mark.parametrize("prolog", PROLOGS)
def test_the_stream_and_parse_read_a_prolog_alike(prolog: str) -> None:
    whole, streamed = _both((PROLOGS[prolog] + _BODY).encode())
    assert isinstance(whole, podnotes.Podcast)
    assert streamed == whole
    assert whole.title == "Café &e;"  # the entity is never expanded
    assert "EXPANDED" not in repr(whole)


@pytest.mark.parametrize(
    "codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "utf-32", "utf-16"]
)
@pytest.mark.parametrize("declared", [True, False])
def test_unicode_without_a_byte_order_mark_is_read_by_both(codec: str, declared: bool) -> None:
    # "utf-32" and "utf-16" write a byte-order mark; the others do not.
    text = ('<?xml version="1.0"?>' if declared else "") + _BODY.replace("&e;", "")
    whole, streamed = _both(text.encode(codec))
    assert isinstance(whole, podnotes.Podcast)
    assert (whole.title, [e.title for e in whole.episodes]) == ("Café", ["one"])
    assert streamed == whole


# Warnings from the channel and from its items, in document order: the stream reads the
# channel's own elements as they end, between the episodes, as parse() does.
ORDERS = {
    "a channel warning before an item's": (
        "<title>A</title><title>B</title>"
        "<item><title>e</title><itunes:duration>zz</itunes:duration></item>"
    ),
    "an item's warning before the channel's": (
        "<item><title>e</title><itunes:duration>zz</itunes:duration></item>"
        "<lastBuildDate>Thu, 02 ABr 2026 10:30:00 GMT</lastBuildDate>"
    ),
    "warnings on both sides of an item beside the channel": (
        "<pubDate>not a date</pubDate><item><pubDate>nor this</pubDate></item>"
        "<language>en</language><language>fr</language>"
    ),
}


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("strict", [False, True])
def test_warnings_come_in_the_same_order_from_both(order: str, strict: bool) -> None:
    body = ORDERS[order]
    data = (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        f"<item><title>beside</title><pubDate>neither this</pubDate></item>"
        f"<channel>{body}</channel></rss>"
    ).encode()
    if strict:
        for run in (lambda: podnotes.parse(data, strict=True),
                    lambda: list(podnotes.iter_episodes(data, strict=True))):  # fmt: skip
            with pytest.raises(podnotes.MalformedFeedError) as raised:
                run()
            first = str(raised.value)
        with pytest.raises(podnotes.MalformedFeedError, match=re.escape(first)):
            podnotes.parse(data, strict=True)
        return
    whole, streamed = _both(data)
    assert isinstance(whole, podnotes.Podcast)
    assert len(whole.warnings) >= 3
    assert streamed == whole
    assert list(podnotes.iter_episodes(io.BytesIO(data))) == list(whole.episodes)


@pytest.mark.parametrize(
    "element",
    ['<x xmlns="relative"/>', '<p:x xmlns:p="also/relative"/>', '<y xmlns="rel" a="b">t</y>'],
)
def test_a_warning_libxml2_only_logs_does_not_stop_the_stream(element: str) -> None:
    # libxml2 logs a relative namespace URI as a warning, and reads on; so do both.
    data = (
        f"<rss><channel><title>T</title><item><title>e</title>{element}</item>"
        "<item><title>f</title></item></channel></rss>"
    ).encode()
    whole = podnotes.parse(data)
    assert whole.warnings == ()
    assert list(podnotes.iter_episodes(io.BytesIO(data))) == list(whole.episodes)


@pytest.mark.parametrize(
    "reference", ["&#0000000065;", "&#x0000000041;", "&#00000000000000000000065;"]
)
def test_a_character_reference_with_leading_zeros_is_read_alike(reference: str) -> None:
    # libxml2 reads it as "A"; the repair path once took it for a bare "&". The stream
    # reads the first items with libxml2 before a later repair sends it to parse().
    padding = "".join(f"<item><title>p{n}</title></item>" for n in range(20_000))
    data = (
        f"<rss><channel><title>t</title><item><title>{reference}BC</title></item>"
        f"{padding}<item><title>x&nbsp;y</title></item></channel></rss>"
    ).encode()
    whole, streamed = _both(data)
    assert isinstance(whole, podnotes.Podcast)
    assert whole.episodes[0].title == "ABC"
    assert streamed == whole
