"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1049
THRESHOLD: Final = 0.46
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4042,
    "intro": 1.0093,
    "intro-near": 2.0448,
    "with": 1.2924,
    "joins": 1.9466,
    "speaks": 1.4414,
    "subject": 1.1160,
    "bio": 0.2306,
    "first": 0.7870,
    "second": 0.0088,
    "opening": 2.1831,
    "early": 1.6590,
    "listed": 1.4319,
    "link": -0.6838,
    "repeated": -0.7277,
    "given-name": 1.7471,
    "fullest": 0.7479,
    "pronoun": 0.6711,
    "described": 1.2501,
    "plain-words": -1.2534,
    "inner-capital": -0.1971,
    "capitalised-before": -1.5319,
    "object": -1.1112,
    "versioned": -0.0025,
    "list-item": -2.9658,
    "byline": -1.4059,
    "possessive": -0.2909,
    "quoted": -0.0139,
    "host": 0.0000,
}
