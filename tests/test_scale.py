"""The distributed recipes of docs/scale.md really run: Dask on a local cluster of two
worker processes, and Spark in local mode where PySpark and Java are installed, over the
corpus feeds, with the same results as a serial run."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from tests.helpers import require_corpus

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).parent.parent / "examples"
sys.path.insert(0, str(EXAMPLES))

from bulk_parse import Summary, summarise  # noqa: E402
from distributed_parse import feed_paths, run_dask, run_spark  # noqa: E402

#: Enough feeds to spread over both workers, few enough for the suite.
FEEDS = 40


@pytest.fixture(scope="module")
def serial() -> tuple[list[str], list[Summary]]:
    paths = feed_paths(require_corpus("feeds"))[:FEEDS]
    return paths, [summarise(path) for path in paths]


def test_dask_on_two_worker_processes_gives_the_serial_results(
    serial: tuple[list[str], list[Summary]],
) -> None:
    if importlib.util.find_spec("distributed") is None:
        pytest.skip('Dask is not installed: pip install "podnotes[scale]"')
    paths, expected = serial
    found = run_dask(paths, workers=2)
    assert sorted(found) == sorted(expected)
    assert any(summary.guests for summary in found)  # the notes were read too


def test_spark_in_local_mode_gives_the_serial_results(
    serial: tuple[list[str], list[Summary]],
) -> None:
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip('PySpark is not installed: pip install "podnotes[scale]"')
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java, and no java is on the PATH")
    paths, expected = serial
    assert sorted(run_spark(paths, workers=2)) == sorted(expected)
