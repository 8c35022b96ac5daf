"""Every real feed in ../shared/corpus/feeds gives a Podcast with one episode per item or
entry (the HTML page gives the not-a-feed error), and nothing but podnotes' exceptions.

The expected episode count is counted from the bytes themselves (item and entry start
tags), not taken from the parser under test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import podnotes
from tests.helpers import corpus_feeds, require_corpus

# Start tags of items and entries in any namespace prefix, outside comments and CDATA.
_ITEM_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_SKIPPED_SECTIONS = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.DOTALL)


def _count_items(data: bytes) -> int:
    return len(_ITEM_START.findall(_SKIPPED_SECTIONS.sub(b"", data)))


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def test_the_corpus_is_there() -> None:
    assert len(list(require_corpus("feeds").iterdir())) >= 100


@pytest.mark.parametrize("feed", corpus_feeds())
def test_a_real_feed_gives_a_podcast_with_every_item(feed: Path) -> None:
    data = feed.read_bytes()
    if _looks_like_html(data):
        with pytest.raises(podnotes.NotAFeedError, match="HTML page"):
            podnotes.parse(data)
        return
    podcast = podnotes.parse(data)
    assert isinstance(podcast, podnotes.Podcast)
    assert len(podcast.episodes) == _count_items(data)
    for episode in podcast.episodes:
        if episode.published is not None:
            assert episode.published.tzinfo is not None
