"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.9893
THRESHOLD: Final = 0.41
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3968,
    "intro": 1.0988,
    "intro-near": 1.9638,
    "with": 1.2394,
    "joins": 1.9679,
    "speaks": 1.5265,
    "subject": 0.9820,
    "bio": 0.2910,
    "first": 0.8597,
    "second": 0.0055,
    "opening": 2.1785,
    "early": 1.5926,
    "listed": 1.4370,
    "link": -0.7061,
    "repeated": -0.6650,
    "given-name": 1.7465,
    "fullest": 0.6675,
    "pronoun": 0.7055,
    "described": 1.2580,
    "plain-words": -1.2738,
    "inner-capital": -0.1467,
    "capitalised-before": -2.0958,
    "object": -1.1225,
    "versioned": -0.0027,
    "list-item": -2.9470,
    "byline": -1.4215,
    "possessive": -0.2918,
    "quoted": -0.0153,
    "host": 0.0000,
}
