"""Parse a directory of feeds on a distributed engine: Dask, or Spark in local mode.

Run:  python examples/distributed_parse.py [FEED_DIR] [--engine dask|spark] [--workers N]

FEED_DIR defaults to this folder. Needs ``pip install "podnotes[scale]"`` (Dask's
distributed scheduler and PySpark; Spark 4 also needs Java 17 or later). On a real
cluster, give the engine the scheduler's address instead of starting a local one, and
paths every worker can read.

The worker is ``summarise`` from bulk_parse.py, unchanged: each engine ships that file
to its workers (``upload_file``, ``addPyFile``) and maps the function over the paths.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bulk_parse import Summary, feed_paths, summarise

if TYPE_CHECKING:
    from dask.distributed import Client

# The file each engine ships to its workers (not bulk_parse.__file__: Dask's upload_file
# reloads the module from its own scratch copy).
WORKER_CODE = str(Path(__file__).with_name("bulk_parse.py"))


def _partitions(paths: list[str], workers: int) -> int:
    # Eight per worker, so that a few large feeds do not leave the other workers idle.
    return max(1, min(len(paths), 8 * workers))


@contextlib.contextmanager
def local_dask(workers: int) -> Iterator[Client]:
    """A client of a local Dask cluster of ``workers`` processes, the worker code
    uploaded. On a real cluster: ``Client("tcp://scheduler:8786")`` instead."""
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        client.upload_file(WORKER_CODE)  # the workers import summarise from it
        client.wait_for_workers(workers)
        yield client


def summarise_on_dask(client: Client, paths: list[str]) -> list[Summary]:
    """Summaries of ``paths`` from the cluster ``client`` reaches."""
    import dask.bag as db

    workers = max(1, len(client.scheduler_info()["workers"]))
    bag = db.from_sequence(paths, npartitions=_partitions(paths, workers))
    found: list[Summary] = bag.map(summarise).compute()
    return found


def run_dask(paths: list[str], workers: int = 2) -> list[Summary]:
    """Summaries of ``paths`` from a local Dask cluster of ``workers`` processes."""
    with local_dask(workers) as client:
        return summarise_on_dask(client, paths)


def run_spark(paths: list[str], workers: int = 2) -> list[Summary]:
    """Summaries of ``paths`` from Spark in local mode with ``workers`` cores."""
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster(f"local[{workers}]").setAppName("podnotes")
    conf.set("spark.ui.showConsoleProgress", "false")
    # PySpark starts its workers with $PYSPARK_PYTHON, else ``python3`` from the PATH; in
    # local mode the interpreter running this is the one that has podnotes installed.
    # It is read when the context starts, and put back as it was after.
    told = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = told or sys.executable
    try:
        context = SparkContext(conf=conf)
    finally:
        if told is None:
            del os.environ["PYSPARK_PYTHON"]
    try:
        context.setLogLevel("ERROR")
        context.addPyFile(WORKER_CODE)
        slices = _partitions(paths, workers)
        found = context.parallelize(paths, numSlices=slices).map(summarise).collect()
    finally:
        context.stop()
    return [Summary(*summary) for summary in found]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path(__file__).parent)
    parser.add_argument("--engine", choices=("dask", "spark"), default="dask")
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args(argv[1:])
    run = run_dask if options.engine == "dask" else run_spark
    try:
        results = run(feed_paths(options.folder), options.workers)
    except ModuleNotFoundError as missing:
        # One line, whatever the package's own message says ("dask.distributed is not
        # installed" runs to several).
        print(
            f'{options.engine} needs {missing.name}: pip install "podnotes[scale]"', file=sys.stderr
        )
        return 1
    failed = [r for r in results if r.error is not None]
    print(f"{len(results) - len(failed)} feeds parsed, {len(failed)} failed ({options.engine})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
