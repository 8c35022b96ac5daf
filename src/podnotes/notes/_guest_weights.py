"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8537
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2999,
    "intro": 1.0990,
    "intro-near": 1.9426,
    "with": 1.1946,
    "joins": 1.9741,
    "speaks": 1.5092,
    "subject": 0.9241,
    "bio": 0.2741,
    "first": 0.9055,
    "second": -0.0055,
    "opening": 2.1272,
    "early": 1.6071,
    "listed": 1.3599,
    "link": -0.7383,
    "repeated": -0.6188,
    "given-name": 1.7355,
    "fullest": 0.6139,
    "pronoun": 0.6619,
    "described": 1.2544,
    "plain-words": -1.2776,
    "inner-capital": -0.8998,
    "capitalised-before": -2.1496,
    "object": -1.1480,
    "versioned": -1.5909,
    "article": -0.2113,
    "list-item": -2.9307,
    "byline": -1.4539,
    "possessive": -0.2948,
    "quoted": -0.0160,
    "host": 0.0000,
}
