"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.9403
THRESHOLD: Final = 0.42
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3888,
    "intro": 1.0858,
    "intro-near": 1.9525,
    "with": 1.2374,
    "joins": 1.9796,
    "speaks": 1.5271,
    "subject": 0.9723,
    "bio": 0.2879,
    "first": 0.8704,
    "second": -0.0095,
    "opening": 2.1707,
    "early": 1.5927,
    "listed": 1.4291,
    "link": -0.7032,
    "repeated": -0.6735,
    "given-name": 1.7075,
    "fullest": 0.6890,
    "pronoun": 0.6954,
    "described": 1.2450,
    "plain-words": -1.2715,
    "inner-capital": -0.6644,
    "capitalised-before": -2.1163,
    "object": -1.1141,
    "versioned": -0.0028,
    "list-item": -2.9437,
    "byline": -1.4334,
    "possessive": -0.2893,
    "quoted": -0.0157,
    "host": 0.0000,
}
