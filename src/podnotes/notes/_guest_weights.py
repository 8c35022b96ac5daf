"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8579
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3000,
    "intro": 1.0963,
    "intro-near": 1.9456,
    "with": 1.1955,
    "joins": 1.9746,
    "speaks": 1.5092,
    "subject": 0.9247,
    "bio": 0.2751,
    "first": 0.9060,
    "second": -0.0054,
    "opening": 2.1295,
    "early": 1.6066,
    "listed": 1.3605,
    "link": -0.7397,
    "repeated": -0.6183,
    "given-name": 1.7369,
    "fullest": 0.6135,
    "pronoun": 0.6625,
    "described": 1.2554,
    "plain-words": -1.2771,
    "inner-capital": -0.9003,
    "capitalised-before": -2.1493,
    "object": -1.1475,
    "versioned": -1.5907,
    "list-item": -2.9313,
    "byline": -1.4533,
    "possessive": -0.2942,
    "quoted": -0.0158,
    "host": 0.0000,
}
