"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1569
THRESHOLD: Final = 0.74
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 2.5000,  # set, not fitted
    "introduced": -0.1811,
    "intro": 0.7693,
    "intro-near": 2.0890,
    "with": 1.5224,
    "joins": 2.3669,
    "subject": 1.5551,
    "bio": 0.0015,
    "first": 0.8744,
    "second": 0.1973,
    "opening": 2.2429,
    "early": 1.3368,
    "listed": 1.1739,
    "link": -0.6028,
    "repeated": -0.4133,
    "given-name": 1.7150,
    "fullest": 0.9014,
    "pronoun": 0.5674,
    "described": 1.7291,
    "plain-words": -1.3306,
    "inner-capital": -0.3889,
    "capitalised-before": -1.3411,
    "object": -1.1661,
    "versioned": -0.0034,
    "list-item": -2.2605,
    "section": -0.6305,
    "byline": -1.5187,
    "possessive": -0.2367,
    "quoted": -0.0134,
}
