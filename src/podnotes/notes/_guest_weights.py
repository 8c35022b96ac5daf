"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1147
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3335,
    "intro": 0.9432,
    "intro-near": 2.1065,
    "with": 1.3398,
    "joins": 2.2912,
    "speaks": 1.4268,
    "subject": 1.1708,
    "bio": 0.1744,
    "first": 0.7957,
    "second": -0.0110,
    "opening": 2.2260,
    "early": 1.6277,
    "listed": 1.3418,
    "link": -0.8103,
    "repeated": -0.7521,
    "given-name": 1.7531,
    "fullest": 0.7309,
    "pronoun": 0.6578,
    "described": 1.3141,
    "plain-words": -1.2631,
    "inner-capital": -0.2950,
    "capitalised-before": -1.5127,
    "object": -1.0840,
    "versioned": -0.0025,
    "list-item": -2.9391,
    "byline": -1.4193,
    "possessive": -0.1641,
    "quoted": -0.0114,
    "host": 0.0000,
}
