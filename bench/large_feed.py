"""Write the benchmark's large feed: 2,000 episodes with iTunes and Podcasting 2.0 tags
and about 2 KB of HTML show notes each (about 7 MB), the same bytes on every run."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Final

EPISODES = 2_000
_WORDS = (
    "configuration canary rollout incident review latency cache build graph compiler "
    "runtime memory garbage collector thread scheduler network protocol database index "
    "query planner storage replication consensus deployment monitoring alert dashboard"
).split()
_NAMES = ["Ann Lee", "Bo Chen", "Dharmesh J. (DJ)", "Elena van der Berg", "Tomás O'Brien"]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _notes(rng: random.Random, number: int) -> str:
    guest = rng.choice(_NAMES)
    paragraphs = [
        f"<p>In this episode, Maya sits down with {guest} to talk about "
        f"{_sentence(rng, 12)} {_sentence(rng, 18)}</p>",
        f"<p>{_sentence(rng, 25)} {_sentence(rng, 25)}</p>",
        "<p>Links</p><ul>"
        + "".join(
            f'<li>{_sentence(rng, 4)[:-1]} - <a href="https://example.com/{number}/{i}">'
            f"https://example.com/{number}/{i}</a></li>"
            for i in range(4)
        )
        + "</ul>",
        "<p>Follow us on Mastodon (https://hachyderm.io/@buildlog) and Threads "
        "(https://threads.net/@buildlog).</p>",
        "<p>Timestamps</p><p>"
        + "<br>".join(
            f"{m // 60:02d}:{m % 60:02d}:00 {_sentence(rng, 4)[:-1]}" for m in range(0, 60, 6)
        )
        + "</p>",
        f"<p>{_sentence(rng, 30)}</p>",
    ]
    return "\n".join(paragraphs)


def _item(rng: random.Random, number: int, published: datetime) -> str:
    notes = _notes(rng, number)
    return f"""    <item>
      <title>{number}: {_sentence(rng, 5)[:-1]}</title>
      <guid isPermaLink="false">buildlog-{number}</guid>
      <link>https://buildlog.example/{number}</link>
      <pubDate>{published.strftime("%a, %d %b %Y %H:%M:%S %z")}</pubDate>
      <enclosure url="https://cdn.buildlog.example/{number}.mp3"
                 length="{rng.randint(10**7, 10**8)}" type="audio/mpeg"/>
      <itunes:duration>{rng.randint(20, 90)}:{rng.randint(0, 59):02d}</itunes:duration>
      <itunes:episode>{number}</itunes:episode>
      <itunes:season>{number // 100 + 1}</itunes:season>
      <itunes:explicit>false</itunes:explicit>
      <itunes:image href="https://buildlog.example/{number}.jpg"/>
      <itunes:summary>{_sentence(rng, 20)}</itunes:summary>
      <podcast:transcript url="https://buildlog.example/{number}.vtt" type="text/vtt"/>
      <podcast:chapters url="https://buildlog.example/{number}.json"
                        type="application/json+chapters"/>
      <podcast:person role="guest" href="https://example.org/guest">{rng.choice(_NAMES)}</podcast:person>
      <podcast:season>{number // 100 + 1}</podcast:season>
      <podcast:episode>{number}</podcast:episode>
      <description><![CDATA[{notes}]]></description>
    </item>
"""


def _header() -> str:
    return """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:podcast="https://podcastindex.org/namespace/1.0"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>The Build Log</title>
    <link>https://buildlog.example/</link>
    <description>Engineers on the systems they build, with host Maya Lindqvist.</description>
    <language>en</language>
    <itunes:author>Maya Lindqvist</itunes:author>
    <itunes:image href="https://buildlog.example/cover.jpg"/>
    <itunes:category text="Technology"/>
    <podcast:guid>5d2b3a0e-8c1f-5b7e-9a4d-2f1e6c3b9d70</podcast:guid>
    <podcast:person role="host">Maya Lindqvist</podcast:person>
"""


_FOOTER: Final = "  </channel>\n</rss>\n"


def _items(episodes: int) -> Iterator[str]:
    rng = random.Random(2026)
    start = datetime(2026, 4, 2, 7, 0, tzinfo=timezone(timedelta(hours=-4)))
    for number in range(episodes, 0, -1):
        yield _item(rng, number, start - timedelta(days=7 * (episodes - number)))


def large_feed(episodes: int = EPISODES) -> bytes:
    """The feed's bytes: deterministic, so every run parses the same input."""
    return (_header() + "".join(_items(episodes)) + _FOOTER).encode()


def write_large_feed(path: Path, megabytes: int) -> int:
    """Write a feed of at least ``megabytes`` MB item by item; return its episode count."""
    target = megabytes * 1_000_000
    written = 0
    count = 0
    with path.open("w", encoding="utf-8") as out:
        written += out.write(_header())
        # Enough episodes for the size, numbered like the small feed's.
        for item in _items(target // 3000 + 1):
            written += out.write(item)
            count += 1
            if written >= target:
                break
        out.write(_FOOTER)
    return count
