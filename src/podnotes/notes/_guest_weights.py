"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0518
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3764,
    "intro": 1.0888,
    "intro-near": 1.9665,
    "with": 1.2899,
    "joins": 1.9828,
    "speaks": 1.5399,
    "subject": 1.0537,
    "bio": 0.2858,
    "first": 0.7645,
    "second": -0.0011,
    "opening": 2.2192,
    "early": 1.6006,
    "listed": 1.3794,
    "link": -0.6970,
    "repeated": -0.7318,
    "given-name": 1.7524,
    "fullest": 0.7333,
    "pronoun": 0.6915,
    "described": 1.2595,
    "plain-words": -1.2614,
    "inner-capital": -0.1864,
    "capitalised-before": -1.5261,
    "object": -1.0748,
    "versioned": -0.0026,
    "list-item": -2.9590,
    "byline": -1.4099,
    "possessive": -0.2862,
    "quoted": -0.0155,
    "host": 0.0000,
}
