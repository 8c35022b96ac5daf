"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1285
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2557,
    "intro": 1.0717,
    "intro-near": 1.9424,
    "with": 1.3614,
    "joins": 2.1543,
    "speaks": 1.3966,
    "subject": 1.1721,
    "bio": 0.1937,
    "first": 0.7741,
    "second": 0.0363,
    "opening": 2.1968,
    "early": 1.6565,
    "listed": 1.3302,
    "link": -0.7350,
    "repeated": -0.7265,
    "given-name": 1.7357,
    "fullest": 0.7402,
    "pronoun": 0.6857,
    "described": 1.3712,
    "plain-words": -1.1360,
    "inner-capital": -0.2532,
    "capitalised-before": -1.5077,
    "object": -1.0951,
    "versioned": -0.0025,
    "list-item": -2.9480,
    "byline": -1.4054,
    "possessive": -0.2874,
    "quoted": -0.0135,
    "host": 0.0000,
}
