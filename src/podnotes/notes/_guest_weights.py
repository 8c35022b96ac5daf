"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus, and ``with-host`` is a cue that only presents: their weights
are set, not fitted."""

from typing import Final

BIAS: Final = -6.8320
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2626,
    "intro": 1.1991,
    "intro-near": 1.8707,
    "with": 1.2904,
    "joins": 2.0206,
    "speaks": 1.5264,
    "with-host": 0.0000,  # set, not fitted
    "subject": 0.9567,
    "bio": 0.2759,
    "first": 0.9911,
    "second": 0.0100,
    "opening": 2.0081,
    "early": 1.6185,
    "listed": 1.2712,
    "link": -0.7371,
    "repeated": -0.5934,
    "given-name": 1.7234,
    "fullest": 0.5965,
    "pronoun": 0.7148,
    "described": 1.2219,
    "plain-words": -1.2260,
    "inner-capital": -1.3820,
    "capitalised-before": -2.0949,
    "object": -1.1366,
    "versioned": -1.7790,
    "determiner": -0.3392,
    "likened": -0.0077,
    "list-item": -2.8904,
    "byline": -1.4436,
    "possessive": -0.3069,
    "quoted": -0.0174,
    "host": 0.0000,
}
