"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8317
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2626,
    "intro": 1.1987,
    "intro-near": 1.8705,
    "with": 1.2907,
    "joins": 2.0207,
    "speaks": 1.5210,
    "subject": 0.9562,
    "bio": 0.2761,
    "first": 0.9923,
    "second": 0.0113,
    "opening": 2.0093,
    "early": 1.6174,
    "listed": 1.2719,
    "link": -0.7370,
    "repeated": -0.5932,
    "given-name": 1.7227,
    "fullest": 0.5957,
    "pronoun": 0.7153,
    "described": 1.2226,
    "plain-words": -1.2260,
    "inner-capital": -1.3819,
    "capitalised-before": -2.0953,
    "object": -1.1369,
    "versioned": -1.7790,
    "determiner": -0.3391,
    "likened": -0.0077,
    "list-item": -2.8959,
    "byline": -1.4435,
    "possessive": -0.3222,
    "quoted": -0.0174,
    "host": 0.0000,
}
