"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.0991
THRESHOLD: Final = 0.45
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.3196,
    "intro": 0.9120,
    "intro-near": 2.1127,
    "with": 1.3357,
    "joins": 2.1681,
    "speaks": 1.4085,
    "subject": 1.1734,
    "bio": 0.1718,
    "first": 0.7761,
    "second": 0.0077,
    "opening": 2.1919,
    "early": 1.6516,
    "listed": 1.3098,
    "link": -0.8212,
    "repeated": -0.7330,
    "given-name": 1.7516,
    "fullest": 0.7322,
    "pronoun": 0.6659,
    "described": 1.3522,
    "plain-words": -1.2512,
    "inner-capital": -0.2292,
    "capitalised-before": -1.5155,
    "object": -1.0847,
    "versioned": -0.0026,
    "list-item": -2.9396,
    "byline": -1.4264,
    "possessive": -0.2905,
    "quoted": -0.0111,
    "host": 0.0000,
}
