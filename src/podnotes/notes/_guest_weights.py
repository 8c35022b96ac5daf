"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1159
THRESHOLD: Final = 0.47
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4080,
    "intro": 1.0112,
    "intro-near": 2.0461,
    "with": 1.2927,
    "joins": 1.9444,
    "speaks": 1.4396,
    "subject": 1.1186,
    "bio": 0.2447,
    "first": 0.7882,
    "second": 0.0180,
    "opening": 2.1810,
    "early": 1.6611,
    "listed": 1.4417,
    "link": -0.6652,
    "repeated": -0.7260,
    "given-name": 1.7475,
    "fullest": 0.7526,
    "pronoun": 0.6789,
    "described": 1.2417,
    "plain-words": -1.2525,
    "inner-capital": -0.1954,
    "capitalised-before": -1.5304,
    "object": -1.1119,
    "versioned": -0.0025,
    "list-item": -2.9684,
    "byline": -1.4044,
    "possessive": -0.2914,
    "quoted": -0.0141,
    "host": 0.0000,
}
