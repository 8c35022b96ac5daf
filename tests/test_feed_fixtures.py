"""Each fixture in tests/fixtures/feeds is a feed we wrote for one feature, its purpose in
a comment, with the expected result beside it in a .json file of the same name.

The JSON holds only the fields that fixture is about: ``podcast`` and ``episodes`` give
field values, ``warnings`` the exact (code, line) list, ``warning_codes_include`` codes
that must be among the warnings, ``strict`` the error ``strict=True`` raises, and
``error`` the exception for input that is refused in every mode.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import podnotes
from tests.helpers import FIXTURES

FEEDS = FIXTURES / "feeds"
CASES = sorted(path for path in FEEDS.iterdir() if path.suffix != ".json")


def _expected(feed: Path) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((FEEDS / (feed.name.split(".")[0] + ".json")).read_text())
    return expected


def _assert_fields(actual: Any, expected: dict[str, Any], where: str) -> None:
    for name, value in expected.items():
        assert name in actual, f"{where}: no field {name!r}"
        assert actual[name] == value, f"{where}.{name}"


@pytest.mark.parametrize("feed", CASES, ids=lambda path: path.stem)
def test_lenient_parse_gives_the_expected_values(feed: Path) -> None:
    expected = _expected(feed)
    if "error" in expected:
        error_type = getattr(podnotes, expected["error"]["type"])
        with pytest.raises(error_type) as raised:
            podnotes.parse(feed)
        assert str(raised.value) == expected["error"]["message"]
        return
    podcast = podnotes.parse(feed)
    actual = podnotes.to_dict(podcast)  # JSON-like: ISO datetimes, seconds
    _assert_fields(actual, expected.get("podcast", {}), "podcast")
    if "episodes" in expected:
        assert len(podcast.episodes) == len(expected["episodes"])
        episodes = actual["episodes"]
        assert isinstance(episodes, list)
        for index, episode in enumerate(expected["episodes"]):
            _assert_fields(episodes[index], episode, f"episodes[{index}]")
    if "warnings" in expected:
        found = [{"code": w.code, "line": w.line} for w in podcast.warnings]
        assert found == expected["warnings"]
    for code in expected.get("warning_codes_include", []):
        assert code in {w.code for w in podcast.warnings}
    for warning in podcast.warnings:
        assert warning.message, "every warning says what happened"


@pytest.mark.parametrize("feed", CASES, ids=lambda path: path.stem)
def test_strict_parse_raises_on_the_first_problem(feed: Path) -> None:
    expected = _expected(feed)
    if "error" in expected:
        with pytest.raises(getattr(podnotes, expected["error"]["type"])) as raised:
            podnotes.parse(feed, strict=True)
        assert str(raised.value) == expected["error"]["message"]
        return
    strict = expected.get("strict")
    if strict is None:
        assert podnotes.parse(feed, strict=True) == podnotes.parse(feed)
        return
    with pytest.raises(podnotes.MalformedFeedError) as raised:
        podnotes.parse(feed, strict=True)
    assert raised.value.code == strict["code"]
    assert raised.value.line == strict["line"]
