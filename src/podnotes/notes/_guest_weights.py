"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1495
THRESHOLD: Final = 0.72
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4709,
    "intro": 1.0195,
    "intro-near": 2.1248,
    "with": 1.4179,
    "joins": 2.0216,
    "speaks": 1.3271,
    "subject": 1.3291,
    "bio": 0.2496,
    "first": 0.6202,
    "second": 0.1318,
    "opening": 2.1705,
    "early": 1.6646,
    "listed": 1.2881,
    "link": -1.0546,
    "repeated": -0.6450,
    "given-name": 1.6706,
    "fullest": 0.8427,
    "pronoun": 0.6534,
    "described": 1.5238,
    "plain-words": -1.4215,
    "inner-capital": -0.2842,
    "capitalised-before": -1.3675,
    "object": -1.2647,
    "versioned": -0.0022,
    "list-item": -2.9748,
    "byline": -1.3932,
    "possessive": -0.1668,
    "quoted": -0.0097,
}
