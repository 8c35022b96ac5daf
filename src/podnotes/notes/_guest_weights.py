"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8243
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2683,
    "intro": 1.1878,
    "intro-near": 1.8742,
    "with": 1.2651,
    "joins": 2.0382,
    "speaks": 1.5393,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 0.9202,
    "bio": 0.3055,
    "first": 0.9684,
    "second": -0.0054,
    "opening": 2.0145,
    "early": 1.6183,
    "listed": 1.2743,
    "link": -0.7313,
    "repeated": -0.6073,
    "given-name": 1.7336,
    "fullest": 0.5913,
    "pronoun": 0.7260,
    "described": 1.2574,
    "plain-words": -1.2567,
    "inner-capital": -1.3675,
    "capitalised-before": -2.0955,
    "object": -1.1419,
    "versioned": -1.7738,
    "determiner": -0.3447,
    "likened": -0.0132,
    "list-item": -2.8975,
    "byline": -1.4504,
    "possessive": -0.3059,
    "quoted": -0.0176,
    "host": 0.0000,
}
