"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1162
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3261,
    "intro": 0.9407,
    "intro-near": 2.1052,
    "with": 1.3440,
    "joins": 2.2915,
    "speaks": 1.4224,
    "subject": 1.1796,
    "bio": 0.1735,
    "first": 0.7829,
    "second": -0.0125,
    "opening": 2.2212,
    "early": 1.6313,
    "listed": 1.3269,
    "link": -0.8117,
    "repeated": -0.7613,
    "given-name": 1.7601,
    "fullest": 0.7303,
    "pronoun": 0.6649,
    "described": 1.3294,
    "plain-words": -1.2596,
    "inner-capital": -0.2955,
    "capitalised-before": -1.5088,
    "object": -1.0812,
    "versioned": -0.0025,
    "list-item": -2.9364,
    "byline": -1.4201,
    "possessive": -0.2852,
    "quoted": -0.0114,
    "host": 0.0000,
}
