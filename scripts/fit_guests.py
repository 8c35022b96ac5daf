"""Fit the guest scorer's weights on the labelled corpus, and check them leave-one-show-out.

For every labelled episode with a guest answer, podnotes.notes.guests.candidates() lists
the people the notes name, each with its evidence; a candidate is a guest when its name
is in the answer (compared without case or accents). A logistic regression (Newton's
method, L2-regularised, pure Python) weighs the evidence. For each show, the weights are
fitted on the six other shows, the threshold is chosen on those six (the highest F1 whose
precision is at least 0.95, else the highest F1; of equal F1, the highest precision; the
middle of the longest run of thresholds that reach both), and the show is measured with
both: the left-out figures. The in-sample figures use weights fitted on all seven.

The ``title`` and ``feed`` evidence never occurs here (the labelled notes carry neither
the episode's title nor the feed's people); their weights are set, not fitted, and say
so in the written module. So is ``with-host``'s, at 0: it is a cue (a name beside the
host is on the show, see guests.CUES), which decides whether a name needs the floor for
names nothing presents, not how far its score reaches.

Run:  python scripts/fit_guests.py [--write]   (--write updates _guest_weights.py)
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from podnotes.notes._roster import name_key
from podnotes.notes._text import read_text
from podnotes.notes.guests import EVIDENCE, Candidate, candidates, chosen
from scripts.measure_labelled import load_cases

#: Evidence the labelled notes cannot show (they have no feed and no title), and cues
#: that only present: weights set, not fitted.
SET_WEIGHTS: Final = {"feed": 10.0, "title": 1.0, "with-host": 0.0, "title-guest": 0.0}
FEATURES: Final = tuple(code for code in EVIDENCE if code not in SET_WEIGHTS)
PRECISION_FLOOR: Final = 0.95
L2: Final = 1.0
WEIGHTS_FILE: Final = (
    Path(__file__).resolve().parent.parent / "src" / "podnotes" / "notes" / "_guest_weights.py"
)


class Episode:
    """One labelled episode: its candidates' evidence vectors, which of them are guests,
    and how many answer names no candidate reached."""

    def __init__(
        self,
        show: str,
        rows: list[list[float]],
        offsets: list[float],
        labels: list[int],
        missed: int,
        listed: list[Candidate] | None = None,
    ):
        self.show = show
        self.rows = rows
        self.offsets = offsets  # the set weights' part of each candidate's score
        self.labels = labels
        self.missed = missed
        self.listed = listed or []  # the candidates, for the list rule


def episodes() -> list[Episode]:
    found = []
    for case in load_cases():
        if case["guests"] is None:
            continue
        truth = {name_key(name) for name, _ in case["guests"]}
        read = read_text(case["input"])
        listed = candidates(read.text, hosts=case["hosts"], anchors=read.anchors)
        rows, offsets, labels, hit = [], [], [], set()
        for candidate in listed:
            key = name_key(candidate.person.name)
            rows.append([candidate.evidence.get(code, 0.0) for code in FEATURES])
            offsets.append(
                sum(w * candidate.evidence.get(code, 0.0) for code, w in SET_WEIGHTS.items())
            )
            labels.append(int(key in truth))
            if key in truth:
                hit.add(key)
        found.append(Episode(case["show"], rows, offsets, labels, len(truth - hit), listed))
    return found


def fit(training: Sequence[Episode]) -> list[float]:
    """Weights (bias first) by Newton's method on the L2-regularised log-likelihood."""
    rows = [[1.0, *row] for episode in training for row in episode.rows]
    offsets = [offset for episode in training for offset in episode.offsets]
    labels = [label for episode in training for label in episode.labels]
    size = len(FEATURES) + 1
    weights = [0.0] * size
    for _ in range(25):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for row, offset, label in zip(rows, offsets, labels, strict=True):
            chance = _sigmoid(offset + sum(w * x for w, x in zip(weights, row, strict=True)))
            error = chance - label
            slope = chance * (1.0 - chance)
            for i, xi in enumerate(row):
                if xi:
                    gradient[i] += error * xi
                    line = hessian[i]
                    for j, xj in enumerate(row):
                        if xj:
                            line[j] += slope * xi * xj
        for i in range(1, size):  # the bias is not regularised
            gradient[i] += L2 * weights[i]
            hessian[i][i] += L2
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return weights


def _dot(weights: Sequence[float], row: Sequence[float]) -> float:
    return sum(w * x for w, x in zip(weights, row, strict=True))


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, value))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    size = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(size)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        if abs(rows[column][column]) < 1e-12:
            continue
        for r in range(column + 1, size):
            factor = rows[r][column] / rows[column][column]
            if factor:
                for c in range(column, size + 1):
                    rows[r][c] -= factor * rows[column][c]
    solution = [0.0] * size
    for r in range(size - 1, -1, -1):
        if abs(rows[r][r]) < 1e-12:
            continue
        total = rows[r][size] - sum(rows[r][c] * solution[c] for c in range(r + 1, size))
        solution[r] = total / rows[r][r]
    return solution


def counts(episodes_: Sequence[Episode], weights: list[float], threshold: float) -> list[int]:
    """[true positives, false positives, false negatives] at ``threshold``."""
    tp = fp = fn = 0
    for episode in episodes_:
        fn += episode.missed
        scores = [
            _sigmoid(
                weights[0] + offset + sum(w * x for w, x in zip(weights[1:], row, strict=True))
            )
            for row, offset in zip(episode.rows, episode.offsets, strict=True)
        ]
        for label, ok in zip(
            episode.labels, chosen(episode.listed, scores, threshold), strict=True
        ):
            if ok:
                tp += label
                fp += 1 - label
            else:
                fn += label
    return [tp, fp, fn]


def scores(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    wrong = fp + fn
    f1 = 2 * tp / (2 * tp + wrong) if wrong else 1.0
    return precision, recall, f1


def choose_threshold(training: Sequence[Episode], weights: list[float]) -> float:
    """The threshold of the highest F1 whose precision is at least PRECISION_FLOOR (else
    of the highest F1), in steps of 0.01; of equal F1, the highest precision: the middle
    of the longest run of steps that reach both. F1 is flat over wide ranges, where no
    labelled candidate scores; the middle is the threshold farthest from the names on
    either side, so that names no label decides (a title's, a feed's) and a refit that
    moves scores a little do not fall across it."""
    steps = [step / 100 for step in range(5, 96)]
    measured = []
    for threshold in steps:
        precision, _, f1 = scores(*counts(training, weights, threshold))
        measured.append((precision >= PRECISION_FLOOR, f1, precision))
    best = max(measured)
    runs: list[list[float]] = []
    for threshold, result, previous in zip(steps, measured, [None, *measured], strict=False):
        if result != best:
            continue
        if previous == best:
            runs[-1].append(threshold)
        else:
            runs.append([threshold])
    # Of runs equally long, the highest.
    longest = max(runs, key=lambda run: (len(run), run[0]))
    return longest[(len(longest) - 1) // 2]


def leave_one_show_out(all_episodes: Sequence[Episode]) -> dict[str, dict[str, Any]]:
    """Per show: left-out and in-sample counts, and the left-out threshold."""
    shows = sorted({episode.show for episode in all_episodes})
    by_show: dict[str, list[Episode]] = defaultdict(list)
    for episode in all_episodes:
        by_show[episode.show].append(episode)
    everything = fit(all_episodes)
    everything_threshold = choose_threshold(all_episodes, everything)
    result: dict[str, dict[str, Any]] = {}
    for show in shows:
        training = [episode for episode in all_episodes if episode.show != show]
        weights = fit(training)
        threshold = choose_threshold(training, weights)
        result[show] = {
            "left_out": counts(by_show[show], weights, threshold),
            "in_sample": counts(by_show[show], everything, everything_threshold),
            "threshold": threshold,
        }
    result["all"] = {
        "left_out": [sum(result[s]["left_out"][i] for s in shows) for i in range(3)],
        "in_sample": counts(all_episodes, everything, everything_threshold),
        "threshold": everything_threshold,
        "weights": everything,
    }
    return result


def write_weights(weights: list[float], threshold: float) -> None:
    lines = [
        '"""The guest scorer\'s weights: written by scripts/fit_guests.py, not by hand.',
        "",
        "Fitted on the labelled corpus (all seven shows); each show's figures with the",
        "weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and",
        "``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``",
        'are cues that only present: their weights are set, not fitted."""',
        "",
        "from typing import Final",
        "",
        f"BIAS: Final = {weights[0]:.4f}",
        f"THRESHOLD: Final = {threshold:.2f}",
        "WEIGHTS: Final[dict[str, float]] = {",
    ]
    fitted = dict(zip(FEATURES, weights[1:], strict=True))
    for code in EVIDENCE:
        value = SET_WEIGHTS.get(code, fitted.get(code, 0.0))
        note = "  # set, not fitted" if code in SET_WEIGHTS else ""
        lines.append(f'    "{code}": {value:.4f},{note}')
    lines.append("}")
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="update _guest_weights.py")
    arguments = parser.parse_args()
    all_episodes = episodes()
    result = leave_one_show_out(all_episodes)
    print("| show | left out: P / R / F1 (threshold) | in sample: P / R / F1 |")
    print("|---|---|---|")
    for show, row in result.items():
        left = scores(*row["left_out"])
        inside = scores(*row["in_sample"])
        print(
            f"| {show} | {left[0]:.3f} / {left[1]:.3f} / {left[2]:.3f} ({row['threshold']:.2f})"
            f" | {inside[0]:.3f} / {inside[1]:.3f} / {inside[2]:.3f} |"
        )
    weights = result["all"]["weights"]
    print("bias", round(weights[0], 3))
    for code, value in zip(FEATURES, weights[1:], strict=True):
        print(f"  {code:12s} {value:+.3f}")
    if arguments.write:
        write_weights(weights, result["all"]["threshold"])


if __name__ == "__main__":
    main()
