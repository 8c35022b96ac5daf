"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus, and ``with-host`` is a cue that only presents: their weights
are set, not fitted."""

from typing import Final

BIAS: Final = -6.8311
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.2622,
    "intro": 1.1989,
    "intro-near": 1.8700,
    "with": 1.2915,
    "joins": 2.0205,
    "speaks": 1.5265,
    "with-host": 0.0000,  # set, not fitted
    "subject": 0.9566,
    "bio": 0.2758,
    "first": 0.9911,
    "second": 0.0099,
    "opening": 2.0075,
    "early": 1.6188,
    "listed": 1.2710,
    "link": -0.7374,
    "repeated": -0.5929,
    "given-name": 1.7229,
    "fullest": 0.5964,
    "pronoun": 0.7147,
    "described": 1.2217,
    "plain-words": -1.2263,
    "inner-capital": -1.3824,
    "capitalised-before": -2.0949,
    "object": -1.1366,
    "versioned": -1.7791,
    "determiner": -0.3392,
    "likened": -0.0077,
    "list-item": -2.8907,
    "byline": -1.4435,
    "possessive": -0.3069,
    "quoted": -0.0174,
    "host": 0.0000,
}
