"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.9593
THRESHOLD: Final = 0.41
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3901,
    "intro": 1.0896,
    "intro-near": 1.9593,
    "with": 1.2396,
    "joins": 1.9775,
    "speaks": 1.5247,
    "subject": 0.9805,
    "bio": 0.2951,
    "first": 0.8590,
    "second": 0.0041,
    "opening": 2.1670,
    "early": 1.5928,
    "listed": 1.4299,
    "link": -0.7121,
    "repeated": -0.6662,
    "given-name": 1.7340,
    "fullest": 0.6661,
    "pronoun": 0.7016,
    "described": 1.2533,
    "plain-words": -1.2624,
    "inner-capital": -0.6613,
    "capitalised-before": -2.0875,
    "object": -1.1216,
    "versioned": -0.0028,
    "list-item": -2.9442,
    "byline": -1.4237,
    "possessive": -0.2863,
    "quoted": -0.0154,
    "host": 0.0000,
}
