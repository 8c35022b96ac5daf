"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0567
THRESHOLD: Final = 0.45
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4060,
    "intro": 1.2125,
    "intro-near": 1.8768,
    "with": 1.2851,
    "joins": 1.9837,
    "speaks": 1.5401,
    "subject": 1.0536,
    "bio": 0.2860,
    "first": 0.7653,
    "second": 0.0101,
    "opening": 2.2197,
    "early": 1.6010,
    "listed": 1.3755,
    "link": -0.7014,
    "repeated": -0.7248,
    "given-name": 1.7537,
    "fullest": 0.7373,
    "pronoun": 0.6879,
    "described": 1.2491,
    "plain-words": -1.2636,
    "inner-capital": -0.1923,
    "capitalised-before": -1.5278,
    "object": -1.0734,
    "versioned": -0.0026,
    "list-item": -2.9571,
    "byline": -1.4098,
    "possessive": -0.2864,
    "quoted": -0.0173,
    "host": 0.0000,
}
