"""Timestamp chapters read from show notes (podnotes.notes.chapters)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from podnotes._values import parse_duration
from podnotes.notes._text import to_plain_text
from podnotes.notes.chapters import find_chapters
from tests.helpers import CORPUS

SEED = CORPUS.parent / "seed" / "expected.json"


def _found(text: str, duration: timedelta | None = None) -> list[tuple[str, str | None]]:
    search = find_chapters(to_plain_text(text), duration=duration)
    return [(str(chapter.start), chapter.title) for chapter in search.chapters]


def test_every_seed_episode_gives_its_chapters_exactly() -> None:
    if not SEED.is_file():
        pytest.skip(f"the seed is not at {SEED}")
    for episode in json.loads(SEED.read_text())["episodes"]:
        expected = [
            (str(parse_duration(chapter["start"])), chapter["title"])
            for chapter in episode["expected"]["chapters"]
        ]
        assert _found(episode["description"]) == expected, episode["number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "00:00 Intro\n02:15 Problem\n1:02:03 Outro",
            [("0:00:00", "Intro"), ("0:02:15", "Problem"), ("1:02:03", "Outro")],
        ),
        ("<p>(00:00) Intro<br>(05:10) Topic</p>", [("0:00:00", "Intro"), ("0:05:10", "Topic")]),
        (
            "<ul><li>[00:00:00] Intro</li><li>[00:01:30] News</li></ul>",
            [("0:00:00", "Intro"), ("0:01:30", "News")],
        ),
        (
            "- [@1:56] - Why Rust?\n- [@3:03] - How it started",
            [("0:01:56", "Why Rust?"), ("0:03:03", "How it started")],
        ),
        (
            "Intro - 00:00\nThe GIL (Global Interpreter Lock) - 04:10",
            [("0:00:00", "Intro"), ("0:04:10", "The GIL (Global Interpreter Lock)")],
        ),
        (
            "Topic one (0:30)\nTopic two (25:32)",
            [("0:00:30", "Topic one"), ("0:25:32", "Topic two")],
        ),
        (
            "* **[00:31](#t=00:31)** Welcome\n* **[01:20](#t=01:20)** Why",
            [("0:00:31", "Welcome"), ("0:01:20", "Why")],
        ),
        (
            "00:00 – Intro\n00:45 — Dash | pipes\n01:10 | Pipe",
            [("0:00:00", "Intro"), ("0:00:45", "Dash | pipes"), ("0:01:10", "Pipe")],
        ),
        (
            "Chapters: 0:00 Intro 1:23 The problem 4:56 Measuring scope 3 26:06 Wrap-up",
            [
                ("0:00:00", "Intro"),
                ("0:01:23", "The problem"),
                ("0:04:56", "Measuring scope 3"),
                ("0:26:06", "Wrap-up"),
            ],
        ),
        (
            "Good. Timestamps Intro 0:06 Deployment: Canary and Rollouts 12:06 Outro 36:10.",
            [
                ("0:00:06", "Intro"),
                ("0:12:06", "Deployment: Canary and Rollouts"),
                ("0:36:10", "Outro"),
            ],
        ),
    ],
)
def test_chapter_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We met at 10:30 PM and again at 11:45 pm.",
        "Final score 3:1 after extra time, shot in 16:9.",
        "As John 3:16 says.",
        "Skip to around 12:30 in for the good part.",
        "",
    ],
)
def test_times_in_prose_are_not_chapters(text: str) -> None:
    assert _found(text) == []


def test_out_of_order_and_too_late_entries_are_dropped_with_a_note() -> None:
    text = "00:00 Intro\n05:00 Middle\n03:00 Back in time\n09:00 End\n50:00 After the end"
    search = find_chapters(text, duration=timedelta(minutes=40))
    assert [chapter.title for chapter in search.chapters] == ["Intro", "Middle", "End"]
    assert search.chapters[-1].end == timedelta(minutes=40)
    assert search.chapters[0].end == timedelta(minutes=5)
    assert search.notes == (
        "chapter 'Back in time' at 0:03:00 is out of order; dropped",
        "chapter 'After the end' at 0:50:00 starts after the episode ends; dropped",
    )


def test_the_first_chapter_need_not_start_at_zero() -> None:
    assert _found("01:00 Cold open\n02:00 Main") == [("0:01:00", "Cold open"), ("0:02:00", "Main")]
