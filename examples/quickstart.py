"""Parse a feed and print each episode with its number, date, length and chapters.

Run it from the repository root:  python examples/quickstart.py [FEED]
"""

from __future__ import annotations

import sys
from pathlib import Path

import podnotes

SAMPLE = Path(__file__).with_name("sample_feed.xml")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SAMPLE
    podcast = podnotes.parse(path)  # bytes, a binary file or a Path; podnotes never fetches
    print(f"{podcast.title} ({len(podcast.episodes)} episodes)")
    for episode in podcast.episodes:
        number = f"#{episode.number} " if episode.number is not None else ""
        date = episode.published.date().isoformat() if episode.published else "undated"
        length = f" [{episode.duration}]" if episode.duration else ""
        print(f"\n{number}{episode.title}, {date}{length}")
        for chapter in episode.chapters:
            print(f"  {chapter.start}  {chapter.title}")
    for warning in podcast.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
