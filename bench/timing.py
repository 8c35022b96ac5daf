"""Timing for the benchmark: several functions, each run in turn, medians."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping


def in_turns(functions: Mapping[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Each function's median time over ``repeats`` rounds of one run of each.

    A shared machine has slow spells; taking turns spreads them over every function
    alike, so the ratios hold even when the absolute times drift. Garbage is collected
    before each run, so that none pays for what the one before it left.
    """
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            gc.collect()
            started = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}
