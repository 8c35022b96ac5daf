"""Time hostile inputs at 1 MB and 4 MB: linear work gives a ratio near 4, quadratic 16.

Show notes go through podnotes.extract; feeds through podnotes.parse and
podnotes.podcast_notes (every episode's notes, and the whole-feed steps). The tables in
docs/extraction.md and docs/security.md come from here.

Run:  python scripts/adversarial_notes.py [--sizes 1,4] [--only NAME]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import podnotes

sys.path.insert(0, str(Path(__file__).parent.parent))
from tests.hostile_shapes import FEEDS, NOTES

MB = 1_000_000


def _time(run: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _notes_run(text: str) -> Callable[[], object]:
    return lambda: podnotes.extract(text)


def _feed_run(data: bytes) -> Callable[[], object]:
    def run() -> object:
        return podnotes.podcast_notes(podnotes.parse(data))

    return run


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="1,4", help="sizes in MB, comma-separated")
    options.add_argument("--only", help="run the cases whose name contains this")
    arguments = options.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    header = " | ".join(f"{size} MB (s)" for size in sizes)
    print(f"| input | {header} | ratio |\n|---|{'---|' * len(sizes)}---|")
    cases: list[tuple[str, Callable[[int], Callable[[], object]]]] = [
        *(
            (name, lambda size, build=build: _notes_run(build(size * MB)))
            for name, build in NOTES.items()
        ),
        *(
            (f"feed: {name}", lambda size, build=build: _feed_run(build(size * MB)))
            for name, build in FEEDS.items()
        ),
    ]
    for name, prepare in cases:
        if arguments.only and arguments.only not in name:
            continue
        seconds = [_time(prepare(size)) for size in sizes]
        ratio = seconds[-1] / seconds[0] if seconds[0] > 0 else float("nan")
        cells = " | ".join(f"{value:.3f}" for value in seconds)
        print(f"| {name} | {cells} | {ratio:.1f} |", flush=True)


if __name__ == "__main__":
    main()
