"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed`` and ``title`` never
occur in that corpus: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -7.1128
THRESHOLD: Final = 0.45
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.4064,
    "intro": 1.0279,
    "intro-near": 2.0400,
    "with": 1.2995,
    "joins": 1.9849,
    "speaks": 1.5551,
    "subject": 1.0559,
    "bio": 0.2719,
    "first": 0.7944,
    "second": 0.0173,
    "opening": 2.1978,
    "early": 1.6453,
    "listed": 1.4099,
    "link": -0.6735,
    "repeated": -0.7293,
    "given-name": 1.7661,
    "fullest": 0.7425,
    "pronoun": 0.6759,
    "described": 1.2037,
    "plain-words": -1.2509,
    "inner-capital": -0.1779,
    "capitalised-before": -1.5333,
    "object": -1.1178,
    "versioned": -0.0026,
    "list-item": -2.9590,
    "byline": -1.4050,
    "possessive": -0.2892,
    "quoted": -0.0144,
    "host": 0.0000,
}
