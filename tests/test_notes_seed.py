"""Every episode of the seed document (../shared/seed) comes out exactly as a careful
reader extracted it: chapters, links with labels and platforms, guests with nicknames,
and the host never reported as a guest. Runs where the seed exists."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import podnotes
from podnotes._values import number_from_title, parse_duration
from tests.helpers import CORPUS

# Beside the corpus, or wherever PODNOTES_SEED says.
SEED = Path(os.environ.get("PODNOTES_SEED", CORPUS.parent / "seed"))


def _seed() -> dict[str, Any]:
    path = SEED / "expected.json"
    if not path.is_file():
        pytest.skip(f"the seed is not at {path} (set PODNOTES_SEED to run this)")
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def _episodes() -> list[Any]:
    path = SEED / "expected.json"
    if not path.is_file():
        reason = f"the seed is not at {path} (set PODNOTES_SEED to run this)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason))]
    return [pytest.param(e, id=str(e["number"])) for e in json.loads(path.read_text())["episodes"]]


def _show_description() -> str:
    text = next(SEED.glob("*.txt")).read_text()
    return next(line for line in text.splitlines() if "will interview" in line)


def test_the_show_description_names_its_host() -> None:
    seed = _seed()
    hosts = podnotes.notes.podcast_hosts(
        persons=(), author=None, owner=None, description=_show_description()
    )
    host = seed["podcast"]["host"]
    assert [(h.name, h.handle, h.role) for h in hosts] == [(host["name"], host["handle"], "host")]


@pytest.mark.parametrize("episode", _episodes())
def test_a_seed_episode_comes_out_exactly(episode: dict[str, Any]) -> None:
    expected = episode["expected"]
    hosts = [h.name for h in podnotes.notes.podcast_hosts(
        persons=(), author=None, owner=None, description=_show_description())]  # fmt: skip
    notes = podnotes.extract(episode["description"], hosts=hosts)
    assert [(c.start, c.title) for c in notes.chapters] == [
        (parse_duration(c["start"]), c["title"]) for c in expected["chapters"]
    ]
    assert [
        {"url": link.url, "label": link.label, "kind": link.kind, "platform": link.platform}
        for link in notes.links
    ] == expected["links"]
    assert [
        {"name": g.name, **({"nickname": g.nickname} if g.nickname else {})} for g in notes.guests
    ] == expected["guests"]
    title = f"{episode['number']}: {episode['title']}"
    assert number_from_title(title) == expected["episode_number"]
    for host in expected["hosts"]:
        assert all(not g.name.startswith(host) for g in notes.guests)
