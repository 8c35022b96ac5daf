"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0841
THRESHOLD: Final = 0.48
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3939,
    "intro": 1.0166,
    "intro-near": 2.0314,
    "with": 1.2954,
    "joins": 1.9804,
    "speaks": 1.5493,
    "subject": 1.0498,
    "bio": 0.2841,
    "first": 0.7890,
    "second": 0.0136,
    "opening": 2.1991,
    "early": 1.6466,
    "listed": 1.4019,
    "link": -0.6836,
    "repeated": -0.7247,
    "given-name": 1.7446,
    "fullest": 0.7379,
    "pronoun": 0.6803,
    "described": 1.2108,
    "plain-words": -1.2589,
    "inner-capital": -0.1944,
    "capitalised-before": -1.5341,
    "object": -1.1231,
    "versioned": -0.0026,
    "list-item": -2.9645,
    "byline": -1.4067,
    "possessive": -0.2897,
    "quoted": -0.0141,
    "host": 0.0000,
}
