"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1546
THRESHOLD: Final = 0.57
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4240,
    "intro": 0.9799,
    "intro-near": 2.1052,
    "with": 1.2900,
    "joins": 1.9987,
    "speaks": 1.3473,
    "subject": 1.2500,
    "bio": 0.1628,
    "first": 0.8195,
    "second": -0.0041,
    "opening": 2.1746,
    "early": 1.6831,
    "listed": 1.4112,
    "link": -0.8854,
    "repeated": -0.7020,
    "given-name": 1.7586,
    "fullest": 0.7480,
    "pronoun": 0.6392,
    "described": 1.4618,
    "plain-words": -1.2379,
    "inner-capital": -0.2603,
    "capitalised-before": -1.3003,
    "object": -1.0889,
    "versioned": -0.0025,
    "list-item": -2.9554,
    "byline": -1.4467,
    "possessive": -0.1680,
    "quoted": -0.0108,
}
