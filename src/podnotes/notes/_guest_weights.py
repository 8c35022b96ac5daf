"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus, and ``with-host`` is a cue that only presents: their weights
are set, not fitted."""

from typing import Final

BIAS: Final = -6.8437
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.1358,
    "intro": 1.2214,
    "intro-near": 1.8121,
    "with": 1.3629,
    "joins": 1.9598,
    "speaks": 1.4674,
    "with-host": 0.0000,  # set, not fitted
    "subject": 1.0394,
    "bio": 0.2337,
    "first": 0.9767,
    "second": -0.0081,
    "opening": 1.9996,
    "early": 1.6330,
    "listed": 1.3085,
    "link": -0.7857,
    "repeated": -0.5781,
    "given-name": 1.6878,
    "fullest": 0.5768,
    "pronoun": 0.7210,
    "described": 1.2745,
    "plain-words": -1.0991,
    "inner-capital": -1.3737,
    "capitalised-before": -2.0776,
    "object": -1.1188,
    "versioned": -1.7891,
    "determiner": -0.3311,
    "likened": -0.0078,
    "list-item": -2.9031,
    "byline": -1.4156,
    "possessive": -0.2979,
    "quoted": -0.0159,
    "host": 0.0000,
}
