"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0921
THRESHOLD: Final = 0.65
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.5485,
    "intro": 1.0223,
    "intro-near": 2.1192,
    "with": 1.3559,
    "joins": 2.0246,
    "speaks": 1.3032,
    "subject": 1.3030,
    "bio": 0.1788,
    "first": 0.7730,
    "second": 0.0747,
    "opening": 2.1484,
    "early": 1.6534,
    "listed": 1.4343,
    "link": -0.9432,
    "repeated": -0.6886,
    "given-name": 1.6811,
    "fullest": 0.7679,
    "pronoun": 0.6886,
    "described": 1.4711,
    "plain-words": -1.4517,
    "inner-capital": -0.2814,
    "capitalised-before": -1.4249,
    "object": -1.0725,
    "versioned": -0.0023,
    "list-item": -2.9873,
    "byline": -1.4232,
    "possessive": -0.1702,
    "quoted": -0.0107,
}
