"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8172
THRESHOLD: Final = 0.43
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2588,
    "intro": 1.1798,
    "intro-near": 1.8711,
    "with": 1.2620,
    "joins": 2.0384,
    "speaks": 1.5332,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 0.9168,
    "bio": 0.3063,
    "first": 0.9645,
    "second": -0.0071,
    "opening": 2.0183,
    "early": 1.6174,
    "listed": 1.2708,
    "link": -0.7361,
    "repeated": -0.6089,
    "given-name": 1.7267,
    "fullest": 0.5898,
    "pronoun": 0.7343,
    "described": 1.2779,
    "plain-words": -1.2599,
    "inner-capital": -1.3668,
    "capitalised-before": -2.0962,
    "object": -1.1450,
    "versioned": -1.7747,
    "determiner": -0.3451,
    "likened": -0.0135,
    "list-item": -2.8981,
    "byline": -1.4533,
    "possessive": -0.3061,
    "quoted": -0.0173,
    "host": 0.0000,
}
