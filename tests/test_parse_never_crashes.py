"""Any bytes give a Podcast or a podnotes error: random bytes, and our fixtures and the
smaller real feeds of the corpus (where present) with random damage: truncation, byte
flips, deleted and duplicated spans and tags, inserted markup, wrong encodings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import podnotes
from tests.helpers import CORPUS, FIXTURES

SEEDS = [
    path.read_bytes() for path in sorted((FIXTURES / "feeds").iterdir()) if path.suffix == ".xml"
] + [
    path.read_bytes()
    for path in (sorted((CORPUS / "feeds").iterdir()) if (CORPUS / "feeds").is_dir() else [])
    if path.stat().st_size < 60_000
]
_TAG = re.compile(rb"<[^<>]{1,200}>")


def _parse_or_refuse(data: bytes, strict: bool) -> None:
    try:
        podcast = podnotes.parse(data, strict=strict)
    except podnotes.PodnotesError:
        return
    assert isinstance(podcast, podnotes.Podcast)
    hash(podcast)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.booleans())
def test_random_bytes(data: bytes, strict: bool) -> None:
    _parse_or_refuse(data, strict)


@st.composite
def damaged_feeds(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not data:
            break
        start = draw(st.integers(min_value=0, max_value=len(data) - 1))
        end = draw(st.integers(min_value=start, max_value=min(len(data), start + 200)))
        action = draw(
            st.sampled_from(
                ["truncate", "flip", "delete", "duplicate", "insert", "re-encode", "tag"]
            )
        )
        if action == "truncate":
            del data[start:]
        elif action == "flip":
            data[start] ^= draw(st.integers(min_value=1, max_value=255))
        elif action == "delete":
            del data[start:end]
        elif action == "duplicate":
            data[start:start] = data[start:end]
        elif action == "tag":
            # Delete or duplicate one whole tag: an unclosed or doubled element.
            tags = list(_TAG.finditer(data))
            if tags:
                tag = draw(st.sampled_from(tags))
                if draw(st.booleans()):
                    del data[tag.start() : tag.end()]
                else:
                    data[tag.start() : tag.start()] = tag.group()
        elif action == "re-encode":
            # The right text in the wrong encoding: the declaration no longer tells the truth.
            encoding = draw(st.sampled_from(["utf-16", "utf-16-be", "latin-1", "cp1252", "utf-32"]))
            text = bytes(data).decode("utf-8", errors="replace")
            data = bytearray(text.encode(encoding, errors="replace"))
        else:
            data[start:start] = draw(
                st.sampled_from([b"&", b"<", b"&nbsp;", b"\x0b", b"\xff", b"]]>", b"<!--"])
            )
    return bytes(data)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_feeds(), st.booleans())
def test_damaged_feeds(data: bytes, strict: bool) -> None:
    _parse_or_refuse(data, strict)


def test_seeds_exist() -> None:
    assert len(SEEDS) > 20
    assert all(isinstance(seed, bytes) for seed in SEEDS)
    assert Path(FIXTURES).is_dir()


def test_an_atom_link_of_any_relation_at_either_level() -> None:
    # Found by test_damaged_feeds: a feed-level rel="enclosure" and an entry-level
    # rel="self" once set fields that Podcast and Episode do not have.
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><link rel="enclosure" href="https://a/x.mp3"/>'
        '<entry><link rel="self" href="https://a/e"/><link rel="hub" href="https://a/h"/></entry>'
        "</feed>"
    )
    podcast = podnotes.parse(feed)
    assert podcast.feed_url is None
    assert podcast.episodes[0].enclosure is None
