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
    # podcast_notes reads every episode at once: a co-host the feed does not list as a
    # host, named in episode after episode, is left out of the guests.
    for episode, notes in zip(podcast.episodes, podnotes.podcast_notes(podcast), strict=True):
        for guest in notes.guests:
            appearances[guest.name].append(episode.title or "(untitled)")
    for name, titles in sorted(appearances.items()):
        print(f"{name}: {'; '.join(titles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
