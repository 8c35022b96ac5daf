"""The guest scorer's weights: written by scripts/fit_guests.py, not by hand.

Fitted on the labelled corpus (all seven shows); each show's figures with the
weights fitted without it are in docs/extraction.md. ``feed``, ``title`` and
``title-guest`` never occur in that corpus, and ``with-host`` and ``title-guest``
are cues that only present: their weights are set, not fitted."""

from typing import Final

BIAS: Final = -6.9414
THRESHOLD: Final = 0.44
WEIGHTS: Final[dict[str, float]] = {
    "feed": 10.0000,  # set, not fitted
    "title": 1.0000,  # set, not fitted
    "introduced": -0.0803,
    "intro": 1.2071,
    "intro-near": 1.9026,
    "with": 1.4327,
    "joins": 2.3669,
    "speaks": 1.5004,
    "with-host": 0.0000,  # set, not fitted
    "title-guest": 0.0000,  # set, not fitted
    "subject": 1.0118,
    "bio": 0.2832,
    "first": 1.0564,
    "second": 0.0721,
    "opening": 2.0609,
    "early": 1.6084,
    "listed": 1.3425,
    "link": -0.7812,
    "repeated": -0.7167,
    "given-name": 1.6950,
    "fullest": 0.6661,
    "pronoun": 0.7085,
    "described": 1.3385,
    "plain-words": -1.2922,
    "inner-capital": -1.4013,
    "capitalised-before": -2.0890,
    "object": -1.1177,
    "versioned": -1.8091,
    "determiner": -0.3243,
    "likened": -0.0076,
    "list-item": -2.9442,
    "byline": -1.4652,
    "possessive": -0.2991,
    "quoted": -0.0157,
    "host": 0.0000,
}
