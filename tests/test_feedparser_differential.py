"""podnotes against feedparser, the incumbent, on the fields both read the same way:
episode titles, guids, enclosure URLs and publication instants.

Over the real-world corpus the two must agree on every value; the disagreements on our
own fixtures are listed and explained in docs/differential.md. Run this file as a script
to print the table that document holds:

    python -m tests.test_feedparser_differential
"""

from __future__ import annotations

import calendar
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import podnotes
from tests.helpers import CORPUS, FIXTURES, require_corpus

feedparser = pytest.importorskip("feedparser")

FIELDS = ("title", "guid", "enclosure", "published")


@attrs.frozen
class Disagreement:
    feed: str
    episode: int
    field: str
    feedparser: Any
    podnotes: Any


@attrs.frozen
class Comparison:
    agreed: Counter[str]
    compared: Counter[str]
    disagreements: tuple[Disagreement, ...]

    @property
    def agreement(self) -> float:
        return sum(self.agreed.values()) / max(1, sum(self.compared.values()))


def _feedparser_values(entry: Any) -> dict[str, Any]:
    enclosures = entry.get("enclosures") or []
    published = entry.get("published_parsed")
    return {
        "title": entry.get("title") or None,
        "guid": entry.get("id") or None,
        "enclosure": enclosures[0].get("href") if enclosures else None,
        # feedparser gives a UTC struct_time; compare instants in whole seconds.
        "published": calendar.timegm(published) if published else None,
    }


def _podnotes_values(episode: podnotes.Episode) -> dict[str, Any]:
    return {
        "title": episode.title,
        "guid": episode.guid,
        "enclosure": episode.enclosure.url if episode.enclosure else None,
        "published": int(episode.published.timestamp()) if episode.published else None,
    }


def _same(field: str, ours: Any, theirs: Any) -> bool:
    if field == "title" and isinstance(ours, str) and isinstance(theirs, str):
        # feedparser folds runs of white space in titles; podnotes keeps them.
        return " ".join(ours.split()) == " ".join(theirs.split())
    if field == "enclosure" and isinstance(theirs, str) and theirs.startswith("//"):
        # feedparser keeps a protocol-relative address as written; podnotes gives it the
        # https an app fetches it with. The same address either way.
        return bool(ours == "https:" + theirs)
    return bool(ours == theirs)


def _feeds(folder: Path) -> Iterator[Path]:
    yield from sorted(path for path in folder.iterdir() if path.suffix in (".xml", ".rss"))


def compare(feeds: Iterator[Path]) -> Comparison:
    agreed: Counter[str] = Counter()
    compared: Counter[str] = Counter()
    disagreements: list[Disagreement] = []
    for feed in feeds:
        data = feed.read_bytes()
        try:
            podcast = podnotes.parse(data)
        except podnotes.NotAFeedError:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = feedparser.parse(data)
        entries = list(parsed.entries)
        for index in range(max(len(entries), len(podcast.episodes))):
            theirs = _feedparser_values(entries[index]) if index < len(entries) else {}
            ours = (
                _podnotes_values(podcast.episodes[index]) if index < len(podcast.episodes) else {}
            )
            for field in FIELDS:
                compared[field] += 1
                if _same(field, ours.get(field), theirs.get(field)):
                    agreed[field] += 1
                else:
                    disagreements.append(
                        Disagreement(feed.name, index, field, theirs.get(field), ours.get(field))
                    )
    return Comparison(agreed, compared, tuple(disagreements))


@pytest.mark.slow
def test_podnotes_agrees_with_feedparser_on_the_corpus() -> None:
    folder = require_corpus("feeds")
    result = compare(_feeds(folder))
    assert sum(result.compared.values()) > 10_000
    assert not result.disagreements, result.disagreements[:20]


def test_a_protocol_relative_enclosure_is_the_same_address() -> None:
    assert _same("enclosure", "https://cdn.example/1.mp3", "//cdn.example/1.mp3")
    assert not _same("enclosure", "https://cdn.example/1.mp3", "//cdn.example/2.mp3")
    assert not _same("enclosure", "//cdn.example/1.mp3", "https://cdn.example/1.mp3")


def _report(title: str, result: Comparison) -> str:
    lines = [f"### {title}", "", "| field | agreed | compared | agreement |", "|---|---|---|---|"]
    for field in FIELDS:
        agreed, compared = result.agreed[field], result.compared[field]
        lines.append(f"| {field} | {agreed} | {compared} | {agreed / max(1, compared):.2%} |")
    lines += ["", f"Overall: {result.agreement:.4%}.", ""]
    if result.disagreements:
        lines += ["| feed | episode | field | feedparser | podnotes |", "|---|---|---|---|---|"]
        for d in result.disagreements:
            lines.append(
                f"| {d.feed} | {d.episode} | {d.field} | {d.feedparser!r} | {d.podnotes!r} |"
            )
    else:
        lines.append("No disagreements.")
    return "\n".join(lines) + "\n"


def main() -> None:
    if (CORPUS / "feeds").is_dir():
        print(_report("The real-world corpus", compare(_feeds(CORPUS / "feeds"))))
    print(_report("Our fixtures", compare(_feeds(FIXTURES / "feeds"))))


if __name__ == "__main__":
    main()
