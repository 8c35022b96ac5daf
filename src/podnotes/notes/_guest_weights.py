"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.8351
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3014,
    "intro": 1.1085,
    "intro-near": 1.9073,
    "with": 1.2624,
    "joins": 1.9578,
    "speaks": 1.4831,
    "subject": 0.9780,
    "bio": 0.2225,
    "first": 0.9487,
    "second": -0.0061,
    "opening": 2.0667,
    "early": 1.6281,
    "listed": 1.3621,
    "link": -0.7553,
    "repeated": -0.5487,
    "given-name": 1.6977,
    "fullest": 0.6364,
    "pronoun": 0.6723,
    "described": 1.2235,
    "plain-words": -1.2584,
    "inner-capital": -1.4027,
    "capitalised-before": -2.1350,
    "object": -1.1435,
    "versioned": -1.7695,
    "determiner": -0.3415,
    "likened": -0.0077,
    "list-item": -2.9361,
    "byline": -1.4532,
    "possessive": -0.3014,
    "quoted": -0.0159,
    "host": 0.0000,
}
