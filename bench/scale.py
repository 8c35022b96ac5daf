"""Throughput of the bulk recipes of docs/scale.md over the corpus feeds, from one run:
one process, the process pool on all cores, and Dask (and Spark, where it runs) on a
local cluster with one worker process per core.

Each engine runs the same worker (``summarise`` of examples/bulk_parse.py: parse a feed,
read every episode's show notes) over the same paths; a cluster's start-up is timed
apart from its work.

Run:  python bench/scale.py [FEED_DIR]   (needs ``pip install -e '.[scale]'``; FEED_DIR
defaults to the corpus feeds, found as the tests find them)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))

from bulk_parse import Summary, feed_paths, summarise  # noqa: E402
from distributed_parse import local_dask, summarise_on_dask  # noqa: E402
from run import CORPUS  # noqa: E402

MB = 1_000_000


def _serial(paths: list[str]) -> list[Summary]:
    return [summarise(path) for path in paths]


def _pool(paths: list[str], workers: int) -> list[Summary]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(summarise, paths))


def _dask(paths: list[str], workers: int) -> tuple[float, float, list[Summary]]:
    """(seconds to start the cluster, seconds of work, the summaries); the shutdown is
    in neither."""
    started = time.perf_counter()
    with local_dask(workers) as client:
        start_up = time.perf_counter() - started
        seconds, found = _timed(lambda: summarise_on_dask(client, paths))
    return start_up, seconds, found


def _timed(run: Callable[[], list[Summary]]) -> tuple[float, list[Summary]]:
    started = time.perf_counter()
    found = run()
    return time.perf_counter() - started, found


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("folder", type=Path, nargs="?", default=CORPUS)
    arguments = options.parse_args()
    paths = feed_paths(arguments.folder)
    size = sum(os.path.getsize(path) for path in paths) / MB
    cores = os.cpu_count() or 1
    _serial(paths[:3])  # imports and the name lexicon loaded before any timing

    rows: list[tuple[str, float, list[Summary], str]] = []
    seconds, serial = _timed(lambda: _serial(paths))
    rows.append(("one process", seconds, serial, ""))
    seconds, pooled = _timed(lambda: _pool(paths, cores))
    rows.append((f"process pool, {cores} workers", seconds, pooled, "pool start included"))
    if importlib.util.find_spec("distributed") is not None:
        start_up, seconds, distributed = _dask(paths, cores)
        note = f"cluster start {start_up:.1f} s and shutdown not included"
        rows.append((f"Dask, local cluster of {cores} processes", seconds, distributed, note))
    if importlib.util.find_spec("pyspark") is not None and shutil.which("java"):
        from distributed_parse import run_spark

        seconds, sparked = _timed(lambda: run_spark(paths, cores))
        rows.append((f"Spark, local[{cores}]", seconds, sparked, "JVM start included"))

    episodes = sum(summary.episodes for summary in serial)
    print(f"{len(paths)} feeds, {size:.1f} MB, {episodes:,} episodes; {cores} cores, ", end="")
    print(f"{platform.python_implementation()} {platform.python_version()}\n")
    print("| run | seconds | feeds/s | episodes/s | MB/s | same results as one process | note |")
    print("|---|---|---|---|---|---|---|")
    for name, seconds, found, note in rows:
        same = "yes" if sorted(found) == sorted(serial) else "NO"
        print(
            f"| {name} | {seconds:.2f} | {len(paths) / seconds:.0f} | {episodes / seconds:,.0f} "
            f"| {size / seconds:.1f} | {same} | {note} |"
        )


if __name__ == "__main__":
    main()
