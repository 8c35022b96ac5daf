"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1253
THRESHOLD: Final = 0.72
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4723,
    "intro": 1.0161,
    "intro-near": 2.1235,
    "with": 1.4134,
    "joins": 2.0163,
    "speaks": 1.3274,
    "subject": 1.3260,
    "bio": 0.2499,
    "first": 0.6287,
    "second": 0.1381,
    "opening": 2.1717,
    "early": 1.6376,
    "listed": 1.2911,
    "link": -1.0529,
    "repeated": -0.6475,
    "given-name": 1.6717,
    "fullest": 0.8407,
    "pronoun": 0.6503,
    "described": 1.5256,
    "plain-words": -1.3875,
    "inner-capital": -0.2853,
    "capitalised-before": -1.3713,
    "object": -1.2683,
    "versioned": -0.0022,
    "list-item": -2.9744,
    "byline": -1.3959,
    "possessive": -0.1668,
    "quoted": -0.0099,
}
