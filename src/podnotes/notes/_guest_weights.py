"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1075
THRESHOLD: Final = 0.57
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3675,
    "intro": 0.8869,
    "intro-near": 2.1313,
    "with": 1.3025,
    "joins": 1.9859,
    "speaks": 1.3610,
    "subject": 1.2361,
    "bio": 0.1340,
    "first": 0.8201,
    "second": 0.0291,
    "opening": 2.1554,
    "early": 1.6828,
    "listed": 1.4235,
    "link": -0.8380,
    "repeated": -0.7192,
    "given-name": 1.7634,
    "fullest": 0.6978,
    "pronoun": 0.6433,
    "described": 1.4107,
    "plain-words": -1.2483,
    "inner-capital": -0.2554,
    "capitalised-before": -1.5447,
    "object": -1.1015,
    "versioned": -0.0026,
    "list-item": -2.9774,
    "byline": -1.4377,
    "possessive": -0.1682,
    "quoted": -0.0104,
    "host": 0.0000,
}
