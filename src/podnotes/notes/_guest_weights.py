"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8555
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3085,
    "intro": 1.1113,
    "intro-near": 1.9108,
    "with": 1.2721,
    "joins": 1.9980,
    "speaks": 1.5192,
    "subject": 0.9052,
    "bio": 0.2746,
    "first": 0.9440,
    "second": -0.0128,
    "opening": 2.0557,
    "early": 1.6263,
    "listed": 1.3289,
    "link": -0.7412,
    "repeated": -0.5233,
    "given-name": 1.7397,
    "fullest": 0.6332,
    "pronoun": 0.6870,
    "described": 1.2041,
    "plain-words": -1.2410,
    "inner-capital": -1.3934,
    "capitalised-before": -2.1347,
    "object": -1.1462,
    "versioned": -1.7788,
    "determiner": -0.3407,
    "likened": -0.0075,
    "list-item": -2.9316,
    "byline": -1.4546,
    "possessive": -0.3172,
    "quoted": -0.0164,
    "host": 0.0000,
}
