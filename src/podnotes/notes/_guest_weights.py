"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8286
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2615,
    "intro": 1.2028,
    "intro-near": 1.8695,
    "with": 1.2932,
    "joins": 2.0263,
    "speaks": 1.5360,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 0.9467,
    "bio": 0.2840,
    "first": 0.9887,
    "second": 0.0108,
    "opening": 2.0048,
    "early": 1.6199,
    "listed": 1.2747,
    "link": -0.7348,
    "repeated": -0.5977,
    "given-name": 1.7238,
    "fullest": 0.5942,
    "pronoun": 0.7187,
    "described": 1.2102,
    "plain-words": -1.2249,
    "inner-capital": -1.3809,
    "capitalised-before": -2.0937,
    "object": -1.1385,
    "versioned": -1.7768,
    "determiner": -0.3401,
    "likened": -0.0076,
    "list-item": -2.8929,
    "byline": -1.4418,
    "possessive": -0.3070,
    "quoted": -0.0176,
    "host": 0.0000,
}
