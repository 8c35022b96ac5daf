"""Measure show-notes extraction on the labelled corpus (../shared/corpus/labelled):
chapters, links, link labels and guests, per show, against answers derived from each
show's own site data (see that folder's README). Nothing here reads podnotes' output
back as truth.

- chapters: (start in whole seconds, title) pairs; a case whose answer is null is left out;
- links: URLs; a URL written without a scheme is neither right nor wrong where the case
  says ``bare_links_neutral``; labels are scored on the URLs found whose answer has one;
- guests: names, compared without case, accents or an honorific ("Dr."); the show's
  hosts are passed as ``hosts``.

Run:  python scripts/measure_labelled.py [--details SHOW] [--field chapters|links|guests]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import podnotes
from tests.helpers import CORPUS

LABELLED = CORPUS / "labelled"


@attrs.define
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, truth: set[Any], found: set[Any]) -> None:
        self.true_positive += len(truth & found)
        self.false_positive += len(found - truth)
        self.false_negative += len(truth - found)

    @property
    def precision(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        wrong = self.false_positive + self.false_negative
        return 2 * self.true_positive / (2 * self.true_positive + wrong) if wrong else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positive + other.true_positive,
            self.false_positive + other.false_positive,
            self.false_negative + other.false_negative,
        )


def load_cases() -> list[dict[str, Any]]:
    """Every labelled case, with its show as ``show``."""
    cases = []
    for path in sorted(LABELLED.glob("*.json")):
        case: dict[str, Any] = json.loads(path.read_text())
        case["show"] = case["id"].split("__")[0]
        cases.append(case)
    return cases


def name_key(name: str) -> str:
    """A name without case, accents or an honorific ("Dr. Jane Roe" is "jane roe")."""
    return " ".join(podnotes.notes._roster.name_key(name))


def _title_key(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


def chapter_sets(case: dict[str, Any], notes: podnotes.ShowNotes) -> tuple[set[Any], set[Any]]:
    truth = {(int(start), _title_key(title)) for start, title in case["chapters"]}
    found = {
        (int(chapter.start.total_seconds()), _title_key(chapter.title))
        for chapter in notes.chapters
    }
    return truth, found


def link_sets(case: dict[str, Any], notes: podnotes.ShowNotes) -> tuple[set[Any], set[Any]]:
    truth = {url for url, _ in case["links"]}
    found = {link.url for link in notes.links}
    if case.get("bare_links_neutral"):
        text = case["input"]
        found = {url for url in found if url in truth or _written_with_scheme(url, text)}
    return truth, found


def _written_with_scheme(url: str, text: str) -> bool:
    return url in text or url.replace("&", "&amp;") in text


def label_score(case: dict[str, Any], notes: podnotes.ShowNotes) -> tuple[int, int]:
    """(labels right, labels scored) on the URLs found whose answer has a label."""
    truth = {url: label for url, label in case["links"] if label is not None}
    right = scored = 0
    for link in notes.links:
        if link.url in truth:
            scored += 1
            right += _title_key(link.label) == _title_key(truth[link.url])
    return right, scored


def guest_sets(case: dict[str, Any], notes: podnotes.ShowNotes) -> tuple[set[Any], set[Any]]:
    truth = {name_key(name) for name, _ in case["guests"]}
    found = {name_key(guest.name) for guest in notes.guests}
    return truth, found


Reader = Callable[[dict[str, Any]], podnotes.ShowNotes]


def default_reader(case: dict[str, Any]) -> podnotes.ShowNotes:
    seconds = case.get("duration")
    duration = timedelta(seconds=seconds) if seconds is not None else None
    return podnotes.extract(case["input"], hosts=case.get("hosts") or (), duration=duration)


def measure(cases: Iterable[dict[str, Any]], read: Reader = default_reader) -> dict[str, Any]:
    """Per show and field: a Score, and label counts."""
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    labels: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        notes = read(case)
        show = case["show"]
        if case["chapters"] is not None:
            scores[show]["chapters"].add(*chapter_sets(case, notes))
        if case["links"] is not None:
            scores[show]["links"].add(*link_sets(case, notes))
            right, scored = label_score(case, notes)
            labels[show][0] += right
            labels[show][1] += scored
        if case["guests"] is not None:
            scores[show]["guests"].add(*guest_sets(case, notes))
    return {"scores": scores, "labels": labels}


def print_table(result: dict[str, Any]) -> None:
    """One row per show: P / R / F1 (and how many answers) per field."""
    scores, labels = result["scores"], result["labels"]
    fields = ("chapters P / R / F1 (n)", "links P / R / F1 (n)", "labels (n)",
              "guests P / R / F1 (n)")  # fmt: skip
    print("| show | " + " | ".join(fields) + " |")
    print("|---|---|---|---|---|")
    total: dict[str, Score] = defaultdict(Score)
    all_labels = [0, 0]
    for show in sorted(scores):
        cells = []
        for field in ("chapters", "links", "guests"):
            total[field] += scores[show][field]
            cells.append(_cell(scores[show][field]))
        right, scored = labels[show]
        all_labels[0] += right
        all_labels[1] += scored
        cells.insert(2, f"{right / max(1, scored):.3f} ({scored})")
        print(f"| {show} | " + " | ".join(cells) + " |")
    cells = [_cell(total[field]) for field in ("chapters", "links", "guests")]
    cells.insert(2, f"{all_labels[0] / max(1, all_labels[1]):.3f} ({all_labels[1]})")
    print("| all | " + " | ".join(cells) + " |")


def _cell(score: Score) -> str:
    answers = score.true_positive + score.false_negative
    if not answers and not score.false_positive:
        return "none to find, none found"
    return f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f} ({answers})"


def print_details(cases: list[dict[str, Any]], show: str, field: str) -> None:
    """The cases of one show where a field is wrong: what was expected, what was found."""
    for case in cases:
        if case["show"] != show or case[field] is None:
            continue
        notes = default_reader(case)
        truth, found = {
            "chapters": chapter_sets, "links": link_sets, "guests": guest_sets
        }[field](case, notes)  # fmt: skip
        if field == "links":
            wrong_labels = [
                (link.url, link.label, label)
                for link in notes.links
                for url, label in case["links"]
                if url == link.url
                and label is not None
                and _title_key(link.label) != _title_key(label)
            ]
        else:
            wrong_labels = []
        if truth != found or wrong_labels:
            print(f"== {case['id']}")
            for item in sorted(truth - found, key=str):
                print(f"   missed   {item}")
            for item in sorted(found - truth, key=str):
                print(f"   extra    {item}")
            for url, got, expected in wrong_labels:
                print(f"   label    {url}: {got!r} != {expected!r}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--details", metavar="SHOW")
    options.add_argument("--field", default="chapters", choices=["chapters", "links", "guests"])
    arguments = options.parse_args()
    if not LABELLED.is_dir():
        sys.exit(f"the labelled corpus is not at {LABELLED} (set PODNOTES_CORPUS)")
    cases = load_cases()
    if arguments.details:
        print_details(cases, arguments.details, arguments.field)
        return
    print_table(measure(cases))


if __name__ == "__main__":
    main()
