"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1255
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2436,
    "intro": 1.0310,
    "intro-near": 1.9732,
    "with": 1.3634,
    "joins": 2.1523,
    "speaks": 1.3982,
    "subject": 1.1728,
    "bio": 0.1908,
    "first": 0.7682,
    "second": 0.0370,
    "opening": 2.1969,
    "early": 1.6574,
    "listed": 1.3289,
    "link": -0.7342,
    "repeated": -0.7219,
    "given-name": 1.7351,
    "fullest": 0.7386,
    "pronoun": 0.6830,
    "described": 1.3636,
    "plain-words": -1.1342,
    "inner-capital": -0.2518,
    "capitalised-before": -1.5059,
    "object": -1.0915,
    "versioned": -0.0025,
    "list-item": -2.9491,
    "byline": -1.4027,
    "possessive": -0.2871,
    "quoted": -0.0130,
    "host": 0.0000,
}
