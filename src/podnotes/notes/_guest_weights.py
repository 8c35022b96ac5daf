"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.9631
THRESHOLD: Final = 0.41
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3892,
    "intro": 1.0893,
    "intro-near": 1.9590,
    "with": 1.2407,
    "joins": 1.9782,
    "speaks": 1.5249,
    "subject": 0.9808,
    "bio": 0.2949,
    "first": 0.8586,
    "second": 0.0043,
    "opening": 2.1733,
    "early": 1.5882,
    "listed": 1.4307,
    "link": -0.7125,
    "repeated": -0.6611,
    "given-name": 1.7327,
    "fullest": 0.6665,
    "pronoun": 0.7031,
    "described": 1.2543,
    "plain-words": -1.2618,
    "inner-capital": -0.6608,
    "capitalised-before": -2.0899,
    "object": -1.1201,
    "versioned": -0.0028,
    "list-item": -2.9420,
    "byline": -1.4217,
    "possessive": -0.2852,
    "quoted": -0.0153,
    "host": 0.0000,
}
