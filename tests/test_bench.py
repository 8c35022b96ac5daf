"""bench/run.py writes where it is told, and only there."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).parent.parent / "bench"


def _bench_run() -> Any:
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    assert spec is not None
    assert spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    return run


def test_output_writes_that_file_and_leaves_the_tracked_results_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = _bench_run()
    tracked = (BENCH / "results.json").read_bytes()
    page = tmp_path / "page.md"
    run.write(json.loads(tracked), page)  # the recorded results stand in for a new run
    assert page.read_text().startswith("#")
    assert (BENCH / "results.json").read_bytes() == tracked
    assert sorted(tmp_path.iterdir()) == [page]
    assert capsys.readouterr().out == page.read_text() + "\n"


@pytest.mark.parametrize(
    ("medians", "status"),
    [
        ({"podnotes": 1.2, "ideal": 1.0, "floor": 0.4, "notes": 12.0}, 0),
        ({"podnotes": 1.6, "ideal": 1.0, "floor": 0.5, "notes": 12.0}, 0),
        ({"podnotes": 1.8, "ideal": 1.0, "floor": 0.5, "notes": 12.0}, 1),  # vs the ideal
        ({"podnotes": 1.2, "ideal": 1.0, "floor": 0.4, "notes": 18.0}, 1),  # show notes
        ({"podnotes": 1.2, "ideal": 1.0, "floor": 0.25, "notes": 12.0}, 1),  # vs bare lxml
    ],
)
def test_the_quick_guard_fails_past_any_of_its_limits(
    monkeypatch: pytest.MonkeyPatch, medians: dict[str, float], status: int
) -> None:
    # The timings stand in for a run (the functions are not called): what is checked is
    # which ratio is held against which limit.
    run = _bench_run()
    monkeypatch.setattr(run, "in_turns", lambda functions, repeats: medians)
    monkeypatch.setattr(
        run, "large_feed", lambda: (BENCH.parent / "examples/sample_feed.xml").read_bytes()
    )
    assert run.quick() == status
