"""Parse a feed and print each episode with its chapters, guests and links.

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
    hosts = ", ".join(host.name for host in podcast.hosts) or "unknown"
    print(f"{podcast.title} ({len(podcast.episodes)} episodes), hosted by {hosts}")
    for episode in podcast.episodes:
        number = f"#{episode.number} " if episode.number is not None else ""
        date = episode.published.date().isoformat() if episode.published else "undated"
        length = f" [{episode.duration}]" if episode.duration else ""
        print(f"\n{number}{episode.title}, {date}{length}")
        notes = podnotes.episode_notes(episode, podcast)
        for chapter in notes.chapters:
            print(f"  {chapter.start}  {chapter.title}")
        if notes.guests:
            print("  guests: " + ", ".join(guest.name for guest in notes.guests))
        for link in notes.links:
            label = f"{link.label}: " if link.label else ""
            print(f"  link: {label}{link.url}" + (f" ({link.platform})" if link.platform else ""))
    for warning in podcast.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
