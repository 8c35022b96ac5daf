"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1793
THRESHOLD: Final = 0.55
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4975,
    "intro": 1.0184,
    "intro-near": 2.1541,
    "with": 1.3233,
    "joins": 2.0057,
    "speaks": 1.3052,
    "subject": 1.3016,
    "bio": 0.1567,
    "first": 0.7483,
    "second": 0.0330,
    "opening": 2.1653,
    "early": 1.6897,
    "listed": 1.4059,
    "link": -0.9540,
    "repeated": -0.6429,
    "given-name": 1.7340,
    "fullest": 0.7703,
    "pronoun": 0.6803,
    "described": 1.4655,
    "plain-words": -1.3504,
    "inner-capital": -0.2745,
    "capitalised-before": -1.2058,
    "object": -1.0614,
    "versioned": -0.0024,
    "list-item": -2.9554,
    "byline": -1.4162,
    "possessive": -0.1702,
    "quoted": -0.0102,
}
