"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1578
THRESHOLD: Final = 0.56
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4299,
    "intro": 0.9863,
    "intro-near": 2.1079,
    "with": 1.2921,
    "joins": 1.9770,
    "speaks": 1.3474,
    "subject": 1.2533,
    "bio": 0.1620,
    "first": 0.8168,
    "second": -0.0045,
    "opening": 2.1698,
    "early": 1.6873,
    "listed": 1.4065,
    "link": -0.8832,
    "repeated": -0.7012,
    "given-name": 1.7671,
    "fullest": 0.7463,
    "pronoun": 0.6392,
    "described": 1.4465,
    "plain-words": -1.2469,
    "inner-capital": -0.2541,
    "capitalised-before": -1.3306,
    "object": -1.0893,
    "versioned": -0.0026,
    "list-item": -2.9559,
    "byline": -1.4454,
    "possessive": -0.1687,
    "quoted": -0.0109,
    "host": 0.0000,
}
