"""bench/run.py writes where it is told, and only there."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent / "bench"


def test_output_writes_that_file_and_leaves_the_tracked_results_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    assert spec is not None
    assert spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    tracked = (BENCH / "results.json").read_bytes()
    page = tmp_path / "page.md"
    run.write(json.loads(tracked), page)  # the recorded results stand in for a new run
    assert page.read_text().startswith("#")
    assert (BENCH / "results.json").read_bytes() == tracked
    assert sorted(tmp_path.iterdir()) == [page]
    assert capsys.readouterr().out == page.read_text() + "\n"
