"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0920
THRESHOLD: Final = 0.46
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4171,
    "intro": 1.1276,
    "intro-near": 1.9655,
    "with": 1.2975,
    "joins": 1.9546,
    "speaks": 1.4373,
    "subject": 1.1376,
    "bio": 0.2367,
    "first": 0.8455,
    "second": 0.0577,
    "opening": 2.1587,
    "early": 1.6458,
    "listed": 1.4232,
    "link": -0.6840,
    "repeated": -0.7545,
    "given-name": 1.7167,
    "fullest": 0.7294,
    "pronoun": 0.6803,
    "described": 1.2680,
    "plain-words": -1.2500,
    "inner-capital": -0.2023,
    "capitalised-before": -1.5301,
    "object": -1.1148,
    "versioned": -0.0025,
    "list-item": -2.9431,
    "byline": -1.4002,
    "possessive": -0.2916,
    "quoted": -0.0150,
    "host": 0.0000,
}
