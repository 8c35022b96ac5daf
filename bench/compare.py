"""The parse's time relative to bare lxml, for two or more versions of podnotes, in turns.

    git worktree add /tmp/old e71055c
    python bench/compare.py /tmp/old .            # 11 rounds
    python bench/compare.py /tmp/old . --rounds 5

Each argument is a checkout of podnotes. A round runs one fresh process per checkout, in
turn; each process builds its checkout's benchmark feed (bench/large_feed.py) and times
``podnotes.parse`` and ``lxml.etree.fromstring`` on it alternately, 11 times each. The
ratio of their medians is what a round reports: taken in the same process moments apart,
it moves less with the machine's load than either time does.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

# Run in a fresh process for each checkout, so that each imports its own podnotes.
_ONE_ROUND = """
import gc, statistics, sys, time
tree = sys.argv[1]
sys.path[:0] = [tree + "/src", tree + "/bench"]
from large_feed import large_feed
from lxml import etree
import podnotes
data = large_feed()
podnotes.parse(data)
parse, floor = [], []
for _ in range(11):
    for times, read in ((parse, podnotes.parse), (floor, etree.fromstring)):
        gc.collect()
        start = time.perf_counter()
        read(data)
        times.append(time.perf_counter() - start)
print(statistics.median(parse), statistics.median(floor))
"""


def one_round(tree: str) -> tuple[float, float]:
    """The median seconds of the parse and of bare lxml, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _ONE_ROUND, tree], capture_output=True, text=True, check=True
    )
    parse, floor = map(float, done.stdout.split())
    return parse, floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", help="checkouts of podnotes")
    parser.add_argument("--rounds", type=int, default=11)
    arguments = parser.parse_args()
    ratios: dict[str, list[float]] = {tree: [] for tree in arguments.trees}
    parses: dict[str, list[float]] = {tree: [] for tree in arguments.trees}
    for _ in range(arguments.rounds):
        for tree in arguments.trees:
            parse, floor = one_round(tree)
            parses[tree].append(parse)
            ratios[tree].append(parse / floor)
    first = statistics.median(ratios[arguments.trees[0]])
    for tree in arguments.trees:
        ratio = statistics.median(ratios[tree])
        print(
            f"{tree}: parse {statistics.median(parses[tree]) * 1000:.1f} ms, "
            f"{ratio:.3f}x bare lxml ({ratio / first - 1:+.1%} against the first); "
            f"rounds {' '.join(f'{value:.2f}' for value in ratios[tree])}"
        )


if __name__ == "__main__":
    main()
