"""Parse a directory of feeds on all cores, with a progress indicator.

Run:  python examples/bulk_parse.py [FEED_DIR] [--workers N]

FEED_DIR defaults to this folder, which holds the sample feed.

Each worker parses one file and returns a small summary; podnotes' values are
picklable too, so a worker could return the whole Podcast instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import NamedTuple

import podnotes

FEED_SUFFIXES = (".xml", ".rss", ".atom")


class Summary(NamedTuple):
    path: str
    title: str | None
    episodes: int
    guests: int
    error: str | None


def summarise(path: str) -> Summary:
    """Parse one feed; every podnotes error becomes part of the result, not a crash."""
    try:
        podcast = podnotes.parse(Path(path))
    except podnotes.PodnotesError as error:
        return Summary(path, None, 0, 0, str(error))
    guests = {guest.name for notes in podnotes.podcast_notes(podcast) for guest in notes.guests}
    return Summary(path, podcast.title, len(podcast.episodes), len(guests), None)


def feed_paths(folder: Path) -> list[str]:
    """The feed files directly in ``folder``, by name."""
    return sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in FEED_SUFFIXES)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path(__file__).parent)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    options = parser.parse_args(argv[1:])
    paths = feed_paths(options.folder)
    results: list[Summary] = []
    with ProcessPoolExecutor(max_workers=options.workers) as pool:
        futures = [pool.submit(summarise, path) for path in paths]
        for done, future in enumerate(as_completed(futures), start=1):
            results.append(future.result())
            print(f"\r{done}/{len(paths)} feeds", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    failed = [r for r in results if r.error is not None]
    episodes = sum(r.episodes for r in results)
    feeds = len(results) - len(failed)
    print(
        f"{feeds} feed{'s' * (feeds != 1)}, {episodes} episode{'s' * (episodes != 1)}, "
        f"{len(failed)} not {'a feed' if len(failed) == 1 else 'feeds'}"
    )
    for result in sorted(failed):
        print(f"  {Path(result.path).name}: {result.error}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
