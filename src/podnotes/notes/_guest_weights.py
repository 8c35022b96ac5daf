"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8219
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2598,
    "intro": 1.2015,
    "intro-near": 1.8681,
    "with": 1.2923,
    "joins": 2.0256,
    "speaks": 1.5356,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 0.9456,
    "bio": 0.2830,
    "first": 0.9885,
    "second": 0.0107,
    "opening": 2.0047,
    "early": 1.6189,
    "listed": 1.2736,
    "link": -0.7358,
    "repeated": -0.5980,
    "given-name": 1.7201,
    "fullest": 0.5942,
    "pronoun": 0.7174,
    "described": 1.2096,
    "plain-words": -1.2255,
    "inner-capital": -1.3817,
    "capitalised-before": -2.0942,
    "object": -1.1392,
    "versioned": -1.7772,
    "determiner": -0.3407,
    "likened": -0.0077,
    "list-item": -2.8929,
    "byline": -1.4424,
    "possessive": -0.3072,
    "quoted": -0.0176,
    "host": 0.0000,
}
