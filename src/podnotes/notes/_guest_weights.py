"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.2355
THRESHOLD: Final = 0.65
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2862,
    "intro": 0.9323,
    "intro-near": 2.0699,
    "with": 1.4084,
    "joins": 1.9875,
    "speaks": 1.3302,
    "subject": 1.3268,
    "bio": 0.2282,
    "first": 0.6040,
    "second": 0.1006,
    "opening": 2.1956,
    "early": 1.6655,
    "listed": 1.2615,
    "link": -1.0434,
    "repeated": -0.5915,
    "given-name": 1.7469,
    "fullest": 0.8430,
    "pronoun": 0.6123,
    "described": 1.5667,
    "plain-words": -1.2261,
    "inner-capital": -0.2575,
    "capitalised-before": -1.1962,
    "object": -1.2403,
    "versioned": -0.0023,
    "list-item": -2.9479,
    "byline": -1.3918,
    "possessive": -0.1684,
    "quoted": -0.0089,
}
