"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8214
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2709,
    "intro": 1.1916,
    "intro-near": 1.8745,
    "with": 1.2661,
    "joins": 2.0424,
    "speaks": 1.5448,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 0.9213,
    "bio": 0.3002,
    "first": 0.9766,
    "second": 0.0039,
    "opening": 2.0255,
    "early": 1.6082,
    "listed": 1.2676,
    "link": -0.7300,
    "repeated": -0.6039,
    "given-name": 1.7177,
    "fullest": 0.6010,
    "pronoun": 0.7250,
    "described": 1.2374,
    "plain-words": -1.2566,
    "inner-capital": -1.3692,
    "capitalised-before": -2.0920,
    "object": -1.1399,
    "versioned": -1.7716,
    "determiner": -0.3439,
    "likened": -0.0130,
    "list-item": -2.8903,
    "byline": -1.4482,
    "possessive": -0.3055,
    "quoted": -0.0176,
    "host": 0.0000,
}
