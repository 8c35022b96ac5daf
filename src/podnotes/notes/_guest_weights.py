"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8378
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2902,
    "intro": 1.1139,
    "intro-near": 1.9142,
    "with": 1.2569,
    "joins": 1.9597,
    "speaks": 1.4848,
    "subject": 0.9797,
    "bio": 0.2230,
    "first": 0.9529,
    "second": -0.0095,
    "opening": 2.0705,
    "early": 1.6261,
    "listed": 1.3640,
    "link": -0.7563,
    "repeated": -0.5571,
    "given-name": 1.7031,
    "fullest": 0.6299,
    "pronoun": 0.6720,
    "described": 1.2200,
    "plain-words": -1.2604,
    "inner-capital": -1.4003,
    "capitalised-before": -2.1365,
    "object": -1.1449,
    "versioned": -1.6099,
    "article": -0.2080,
    "list-item": -2.9344,
    "byline": -1.4525,
    "possessive": -0.3008,
    "quoted": -0.0159,
    "host": 0.0000,
}
