"""Hostile input in bulk costs time in proportion to its size.

Each shape of tests/hostile_shapes.py (many links, many names, many cues, ...) is read
at one size and at four times that size; linear work takes about four times as long,
quadratic work sixteen. The bound, 8, leaves room for a busy machine. Times are the
best of three runs (with two, a slow spell of this 2-core machine during both large runs
gave 10.5 for a shape whose ratio is 4 to 7), and a floor keeps a very fast small run
from making noise a ratio.
scripts/adversarial_notes.py measures the same shapes at 1 MB and 4 MB.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

import podnotes
from tests.hostile_shapes import FEEDS, NOTES

SMALL = 100_000
BOUND = 8.0
FLOOR = 0.01  # seconds

pytestmark = pytest.mark.slow  # timing ratios need sizes large enough to measure


def _best_time(run: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        gc.collect()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _ratio(run_at: Callable[[int], Callable[[], object]]) -> float:
    small = _best_time(run_at(SMALL))
    large = _best_time(run_at(4 * SMALL))
    return large / max(small, FLOOR)


@pytest.mark.parametrize("shape", list(NOTES))
def test_show_notes_take_linear_time(shape: str) -> None:
    def run_at(size: int) -> Callable[[], object]:
        text = NOTES[shape](size)
        return lambda: podnotes.extract(text)

    assert _ratio(run_at) < BOUND


@pytest.mark.parametrize("shape", list(FEEDS))
def test_feeds_and_their_notes_take_linear_time(shape: str) -> None:
    def run_at(size: int) -> Callable[[], object]:
        data = FEEDS[shape](5 * size)

        def run() -> object:
            return podnotes.podcast_notes(podnotes.parse(data))

        return run

    assert _ratio(run_at) < BOUND


# Shapes an outside audit found quadratic, each at one size and four times it: a URL
# ending in closers or full stops, brackets around a timestamp, a broken start tag.
AUDITED = {
    "a URL ending in closing parentheses": lambda n: "see http://a.com/" + ")" * n,
    "a URL ending in full stops": lambda n: "http://a.com/" + "." * n,
    "a bare URL ending in full stops": lambda n: "www.example.com/" + "." * n,
    "brackets before a timestamp": lambda n: "(" * n + " 1:23",
    "brackets after a timestamp": lambda n: "1:23 " + "[" * n,
    "brackets in a run-on chapter list": lambda n: "0:01 a 0:02 " + "(" * n + " 0:03 c",
}


@pytest.mark.parametrize("shape", list(AUDITED))
def test_audited_show_notes_take_linear_time(shape: str) -> None:
    def run_at(size: int) -> Callable[[], object]:
        text = AUDITED[shape](size)
        return lambda: podnotes.extract(text)

    assert _ratio(run_at) < BOUND


@pytest.mark.parametrize("unit", [b"=", b" a=b", b" a='b' c=d"])
def test_a_broken_start_tag_is_repaired_in_linear_time(unit: bytes) -> None:
    def run_at(size: int) -> Callable[[], object]:
        data = (
            b"<rss><channel><title>T</title><item><title>e</title><x"
            + unit * (size // len(unit))
            + b"<y/></item></channel></rss>"
        )
        return lambda: podnotes.parse(data)

    assert _ratio(run_at) < BOUND


# Guests are read from a note's first 10,000 characters; within them, a name costs the
# same however long the list it stands in (a review found each name of a comma list
# walking the rest of the list: 0.03 s at 2,500 characters, 0.31 s at 10,000).
IN_THE_WINDOW = {
    "a comma list of names": "Jo Li, ",
    "a list of names with titles": "Senator Jo Li and ",
    "names with appositions": "Jo Li, founder of Acme, ",
}


@pytest.mark.parametrize("unit", list(IN_THE_WINDOW.values()), ids=list(IN_THE_WINDOW))
def test_guests_in_a_long_list_take_linear_time(unit: str) -> None:
    def run_at(size: int) -> Callable[[], object]:
        text = (unit * (size // len(unit) + 1))[:size]
        return lambda: podnotes.notes.guests.find_guests(text)

    small = _best_time(run_at(2_500))
    large = _best_time(run_at(10_000))
    assert large / max(small, FLOOR) < BOUND
