"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1093
THRESHOLD: Final = 0.45
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4059,
    "intro": 1.0265,
    "intro-near": 2.0379,
    "with": 1.2971,
    "joins": 1.9847,
    "speaks": 1.5540,
    "subject": 1.0547,
    "bio": 0.2696,
    "first": 0.7943,
    "second": 0.0160,
    "opening": 2.1961,
    "early": 1.6463,
    "listed": 1.4086,
    "link": -0.6672,
    "repeated": -0.7275,
    "given-name": 1.7641,
    "fullest": 0.7419,
    "pronoun": 0.6763,
    "described": 1.2037,
    "plain-words": -1.2507,
    "inner-capital": -0.1792,
    "capitalised-before": -1.5336,
    "object": -1.1185,
    "versioned": -0.0026,
    "list-item": -2.9589,
    "byline": -1.4053,
    "possessive": -0.2896,
    "quoted": -0.0145,
    "host": 0.0000,
}
