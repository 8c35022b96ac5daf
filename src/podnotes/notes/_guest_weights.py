"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8348
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2899,
    "intro": 1.1137,
    "intro-near": 1.9132,
    "with": 1.2557,
    "joins": 1.9593,
    "speaks": 1.4845,
    "subject": 0.9783,
    "bio": 0.2225,
    "first": 0.9520,
    "second": -0.0067,
    "opening": 2.0704,
    "early": 1.6266,
    "listed": 1.3620,
    "link": -0.7559,
    "repeated": -0.5579,
    "given-name": 1.7043,
    "fullest": 0.6277,
    "pronoun": 0.6705,
    "described": 1.2191,
    "plain-words": -1.2606,
    "inner-capital": -1.3998,
    "capitalised-before": -2.1370,
    "object": -1.1462,
    "versioned": -1.6107,
    "determiner": -0.3353,
    "list-item": -2.9353,
    "byline": -1.4534,
    "possessive": -0.3011,
    "quoted": -0.0159,
    "host": 0.0000,
}
