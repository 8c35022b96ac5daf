"""List every guest across a feed, with the episodes they appeared in.

Run:  python examples/list_guests.py [FEED]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import podnotes

SAMPLE = Path(__file__).with_name("sample_feed.xml")


def main(argv: list[str]) -> int:
    podcast = podnotes.parse(Path(argv[1]) if len(argv) > 1 else SAMPLE)
    appearances: dict[str, list[str]] = defaultdict(list)
    for episode in podcast.episodes:
        for guest in podnotes.episode_notes(episode, podcast).guests:
            appearances[guest.name].append(episode.title or "(untitled)")
    for name, titles in sorted(appearances.items()):
        print(f"{name}: {'; '.join(titles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
