"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0922
THRESHOLD: Final = 0.45
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2345,
    "intro": 0.9173,
    "intro-near": 2.0804,
    "with": 1.3845,
    "joins": 2.1488,
    "speaks": 1.4137,
    "subject": 1.1782,
    "bio": 0.1721,
    "first": 0.7786,
    "second": 0.0039,
    "opening": 2.1944,
    "early": 1.6583,
    "listed": 1.3401,
    "link": -0.8447,
    "repeated": -0.7495,
    "given-name": 1.7213,
    "fullest": 0.7290,
    "pronoun": 0.6670,
    "described": 1.3376,
    "plain-words": -1.1334,
    "inner-capital": -0.2501,
    "capitalised-before": -1.5119,
    "object": -1.0882,
    "versioned": -0.0025,
    "list-item": -2.9558,
    "byline": -1.4157,
    "possessive": -0.2862,
    "quoted": -0.0106,
    "host": 0.0000,
}
