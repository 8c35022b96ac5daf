"""Write each episode's chapters as a Podcasting 2.0 JSON chapters file.

Run:  python examples/export_chapters.py [FEED] [OUT_DIR]

FEED defaults to the sample feed beside this file; OUT_DIR to a new temporary
directory, whose name is printed (nothing is written into the repository).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import podnotes

SAMPLE = Path(__file__).with_name("sample_feed.xml")


def file_name(episode: podnotes.Episode, index: int) -> str:
    name = str(episode.number) if episode.number is not None else (episode.guid or str(index))
    return re.sub(r"[^\w.-]+", "_", name) + ".chapters.json"


def main(argv: list[str]) -> int:
    feed = Path(argv[1]) if len(argv) > 1 else SAMPLE
    if len(argv) > 2:
        out = Path(argv[2])
        out.mkdir(parents=True, exist_ok=True)
    else:
        out = Path(tempfile.mkdtemp(prefix="podnotes-chapters-"))
        print(f"writing to {out} (name a folder: {argv[0]} FEED OUT_DIR)")
    podcast = podnotes.parse(feed)
    for index, episode in enumerate(podcast.episodes):
        chapters = podnotes.episode_notes(episode, podcast).chapters
        if not chapters:
            continue
        path = out / file_name(episode, index)
        path.write_text(podnotes.chapters_to_json(chapters), encoding="utf-8")
        print(f"{path}: {len(chapters)} chapters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
