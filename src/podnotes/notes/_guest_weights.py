"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1375
THRESHOLD: Final = 0.57
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3788,
    "intro": 0.9262,
    "intro-near": 2.1242,
    "with": 1.3311,
    "joins": 1.9931,
    "speaks": 1.5809,
    "subject": 1.2888,
    "bio": 0.1142,
    "first": 0.8055,
    "second": 0.0245,
    "opening": 2.1632,
    "early": 1.6735,
    "listed": 1.4337,
    "link": -0.8313,
    "repeated": -0.7200,
    "given-name": 1.7856,
    "fullest": 0.6944,
    "pronoun": 0.6121,
    "described": 1.3349,
    "plain-words": -1.2451,
    "inner-capital": -0.2448,
    "capitalised-before": -1.5266,
    "object": -1.0782,
    "versioned": -0.0026,
    "list-item": -2.9745,
    "byline": -1.4105,
    "possessive": -0.1696,
    "quoted": -0.0107,
    "host": 0.0000,
}
