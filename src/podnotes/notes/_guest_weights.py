"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8235
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2689,
    "intro": 1.1876,
    "intro-near": 1.8742,
    "with": 1.2644,
    "joins": 2.0383,
    "speaks": 1.5392,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 0.9200,
    "bio": 0.3044,
    "first": 0.9684,
    "second": -0.0060,
    "opening": 2.0146,
    "early": 1.6182,
    "listed": 1.2738,
    "link": -0.7322,
    "repeated": -0.6073,
    "given-name": 1.7335,
    "fullest": 0.5911,
    "pronoun": 0.7259,
    "described": 1.2580,
    "plain-words": -1.2566,
    "inner-capital": -1.3674,
    "capitalised-before": -2.0957,
    "object": -1.1421,
    "versioned": -1.7739,
    "determiner": -0.3448,
    "likened": -0.0132,
    "list-item": -2.8973,
    "byline": -1.4506,
    "possessive": -0.3060,
    "quoted": -0.0175,
    "host": 0.0000,
}
