"""Guest quality on the labelled corpus (../shared/corpus/labelled), each show measured
with the weights and threshold fitted on the other six (leave-one-show-out), as
scripts/fit_guests.py does; and the shipped weights are the ones that script fits.

The floors are regression guards a little under what is measured today (see
docs/extraction.md); issue 11's target of F1 0.90 on every left-out show is not yet met
on awsfr, jupiter and luftpost.
"""

from __future__ import annotations

from typing import Any

import pytest

from podnotes.notes import _guest_weights
from tests.helpers import require_corpus

pytestmark = pytest.mark.slow

#: Left-out guest F1 per show must stay at or above these.
FLOORS = {
    "ado": 0.84,
    "awsfr": 0.80,
    "jupiter": 0.77,
    "luftpost": 0.29,
    "rustacean": 0.96,
    "syntax": 0.90,
}


@pytest.fixture(scope="module")
def fitted() -> dict[str, Any]:
    require_corpus("labelled")
    from scripts.fit_guests import episodes, leave_one_show_out

    return leave_one_show_out(episodes())


@pytest.mark.parametrize("show", sorted(FLOORS))
def test_a_left_out_show_keeps_its_guest_f1(fitted: dict[str, Any], show: str) -> None:
    from scripts.fit_guests import scores

    precision, recall, f1 = scores(*fitted[show]["left_out"])
    assert f1 >= FLOORS[show], (show, round(precision, 3), round(recall, 3), round(f1, 3))


def test_precision_stays_high(fitted: dict[str, Any]) -> None:
    # The threshold is chosen for precision: 0.95 in sample (the weights fitted on all
    # seven shows), a little less on the shows left out.
    from scripts.fit_guests import scores

    in_sample, _, _ = scores(*fitted["all"]["in_sample"])
    left_out, _, _ = scores(*fitted["all"]["left_out"])
    assert in_sample >= 0.95
    assert left_out >= 0.90


def test_the_shipped_weights_are_the_fitted_ones(fitted: dict[str, Any]) -> None:
    # A change to the evidence without refitting (python scripts/fit_guests.py --write)
    # leaves the shipped weights stale.
    from scripts.fit_guests import FEATURES

    weights = fitted["all"]["weights"]
    assert pytest.approx(weights[0], abs=1e-3) == _guest_weights.BIAS
    for code, value in zip(FEATURES, weights[1:], strict=True):
        assert pytest.approx(value, abs=1e-3) == _guest_weights.WEIGHTS[code], code
    assert pytest.approx(fitted["all"]["threshold"], abs=0.005) == _guest_weights.THRESHOLD


@pytest.mark.parametrize(
    ("scores", "labels", "threshold"),
    [
        # F1 is flat wherever no candidate's score lies: the threshold is the middle of
        # that range (0.31 to 0.80), as far from the guest as from the non-guest.
        ((0.8, 0.3), [1, 0], 0.55),
        # Precision first: a guest at 0.9, a non-guest at 0.7 and a guest at 0.5 give
        # the highest F1 under 0.5 (0.8), but precision 0.95 only over 0.7.
        ((0.9, 0.7, 0.5), [1, 0, 1], 0.80),
        # Of equal F1 (2/3), the higher precision (1.0 from 0.66 to 0.90, against 0.95
        # from 0.05 to 0.60, a longer run): 40 guests at 0.905, 2 non-guests at 0.655, a
        # guest at 0.605 and 39 guests at 0.025.
        ((0.905,) * 40 + (0.655,) * 2 + (0.605,) + (0.025,) * 39,
         [1] * 40 + [0] * 2 + [1] + [1] * 39, 0.78),
    ],
)  # fmt: skip
def test_the_threshold_is_the_middle_of_the_best_range(
    scores: tuple[float, ...], labels: list[int], threshold: float
) -> None:
    import math

    from podnotes.notes.guests import candidates
    from scripts.fit_guests import FEATURES, Episode, choose_threshold

    # Candidates a cue presents, named apart: the scores alone decide.
    (joining,) = candidates("Bo Chen joins us.")
    listed = [joining] * len(scores)
    logit = [math.log(p / (1 - p)) for p in scores]
    episode = Episode("show", [[0.0] * len(FEATURES)] * len(scores), logit, labels, 0, listed)
    assert choose_threshold([episode], [0.0] * (len(FEATURES) + 1)) == threshold
