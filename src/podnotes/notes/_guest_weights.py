"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8520
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2997,
    "intro": 1.0989,
    "intro-near": 1.9424,
    "with": 1.1945,
    "joins": 1.9740,
    "speaks": 1.5091,
    "subject": 0.9240,
    "bio": 0.2740,
    "first": 0.9056,
    "second": -0.0054,
    "opening": 2.1270,
    "early": 1.6060,
    "listed": 1.3598,
    "link": -0.7383,
    "repeated": -0.6188,
    "given-name": 1.7351,
    "fullest": 0.6139,
    "pronoun": 0.6618,
    "described": 1.2543,
    "plain-words": -1.2774,
    "inner-capital": -0.8998,
    "capitalised-before": -2.1496,
    "object": -1.1481,
    "versioned": -1.5910,
    "article": -0.2106,
    "list-item": -2.9307,
    "byline": -1.4540,
    "possessive": -0.2948,
    "quoted": -0.0160,
    "host": 0.0000,
}
