"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.9156
THRESHOLD: Final = 0.42
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3865,
    "intro": 1.1150,
    "intro-near": 1.9199,
    "with": 1.2363,
    "joins": 1.9819,
    "speaks": 1.5216,
    "subject": 0.9737,
    "bio": 0.2847,
    "first": 0.8712,
    "second": -0.0084,
    "opening": 2.1642,
    "early": 1.5925,
    "listed": 1.4260,
    "link": -0.7077,
    "repeated": -0.6735,
    "given-name": 1.7044,
    "fullest": 0.6686,
    "pronoun": 0.6962,
    "described": 1.2408,
    "plain-words": -1.2652,
    "inner-capital": -0.9113,
    "capitalised-before": -2.1365,
    "object": -1.1244,
    "versioned": -0.0028,
    "list-item": -2.9456,
    "byline": -1.4317,
    "possessive": -0.2871,
    "quoted": -0.0161,
    "host": 0.0000,
}
