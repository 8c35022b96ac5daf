"""The distributed recipes of docs/scale.md really run: Dask on a local cluster of two
worker processes, and Spark in local mode where PySpark and Java are installed, over the
corpus feeds, with the same results as a serial run."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import require_corpus

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).parent.parent / "examples"
sys.path.insert(0, str(EXAMPLES))

from bulk_parse import Summary, feed_paths, summarise  # noqa: E402
from distributed_parse import run_dask, run_spark  # noqa: E402

#: Enough feeds to spread over both workers, few enough for the suite.
FEEDS = 40


@pytest.fixture(scope="module")
def serial() -> tuple[list[str], list[Summary]]:
    paths = feed_paths(require_corpus("feeds"))[:FEEDS]
    return paths, [summarise(path) for path in paths]


def _java_major() -> int | None:
    """The major version of the ``java`` on the PATH, or ``None`` where there is none."""
    if shutil.which("java") is None:
        return None
    shown = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=60)
    found = re.search(r'version "(\d+)(?:\.(\d+))?', shown.stderr)
    if found is None:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8" is Java 8


def _spark_missing() -> str | None:
    """Why Spark cannot run here, or ``None``."""
    spec = importlib.util.find_spec("pyspark")
    if spec is None:
        return 'PySpark is not installed: pip install "podnotes[scale]"'
    java = _java_major()
    if java is None:
        return "Spark needs Java, and no java is on the PATH"
    needed = 17 if int(importlib.metadata.version("pyspark").split(".")[0]) >= 4 else 8
    if java < needed:
        return f"this PySpark needs Java {needed} or later, and the java on the PATH is {java}"
    return None


@pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None,
    reason='Dask is not installed: pip install "podnotes[scale]"',
)
def test_dask_on_two_worker_processes_gives_the_serial_results(
    serial: tuple[list[str], list[Summary]],
) -> None:
    paths, expected = serial
    found = run_dask(paths, workers=2)
    assert sorted(found) == sorted(expected)
    assert any(summary.guests for summary in found)  # the notes were read too


SPARK_MISSING = _spark_missing()


@pytest.mark.skipif(SPARK_MISSING is not None, reason=SPARK_MISSING or "")
def test_spark_in_local_mode_gives_the_serial_results(
    serial: tuple[list[str], list[Summary]],
) -> None:
    paths, expected = serial
    told = os.environ.get("PYSPARK_PYTHON")
    assert sorted(run_spark(paths, workers=2)) == sorted(expected)
    assert os.environ.get("PYSPARK_PYTHON") == told  # the caller's environment is kept
