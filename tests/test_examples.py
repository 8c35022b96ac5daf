"""The examples and the README's quickstart run, and print what they promise."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

import podnotes

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
# The podnotes these tests import, for examples run from another folder.
SOURCE = str(Path(podnotes.__file__).parent.parent)


def test_quickstart_prints_each_episode_with_its_chapters() -> None:
    result = subprocess.run(
        [sys.executable, "examples/quickstart.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "The Build Log (3 episodes), hosted by Maya Lindqvist"
    assert "#42 42: Shipping Configuration Safely, 2026-04-02 [0:40:12]" in lines
    assert "  0:11:40  Canaries and progressive rollouts" in lines
    assert "  guests: Priya Raman, Tomás O'Brien" in lines
    assert "  guests: Elena van der Berg" in lines
    assert "  link: Priya on GitHub: https://github.com/priya-raman (github)" in lines
    assert "  0:09:45  Remote caching" in lines  # read from the run-on text of #41
    assert result.stderr == ""


def test_the_readme_quickstart_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```python\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    result = subprocess.run(
        [sys.executable, "-c", block.group(1)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.startswith("The Build Log Maya Lindqvist\n")


def test_ci_runs_the_readme_commands() -> None:
    # The README's set-up and test commands stay true: CI runs them as they are written.
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```sh\n(.*?)\n```", readme, re.DOTALL)
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    (setup,) = [command for command in commands if command.endswith("examples/quickstart.py")]
    assert any(line.startswith(setup.replace(" install ", " install -q ")) for line in ci)
    assert ".venv/bin/python -m pytest" in commands
    assert ".venv/bin/python -m pytest" in ci


def _example(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )


def test_export_chapters_writes_podcasting20_json(tmp_path: Path) -> None:
    script = ROOT / "examples" / "export_chapters.py"
    result = _example(str(script), str(ROOT / "examples" / "sample_feed.xml"), str(tmp_path))
    assert result.stdout.splitlines() == [
        f"{tmp_path / '42.chapters.json'}: 5 chapters",
        f"{tmp_path / '41.chapters.json'}: 5 chapters",
    ]
    chapters = podnotes.chapters_from_json((tmp_path / "41.chapters.json").read_bytes())
    assert [c.title for c in chapters][:2] == ["Intro", "What a build graph is"]
    assert chapters[-1].end == timedelta(seconds=2051)


def test_list_guests_names_each_guest_with_their_episodes() -> None:
    result = _example("examples/list_guests.py")
    assert result.stdout.splitlines() == [
        "Elena van der Berg: 41: Fast Builds, Happy Engineers",
        "Priya Raman: 42: Shipping Configuration Safely",
        "Tomás O'Brien: 42: Shipping Configuration Safely",
    ]


def test_bulk_parse_uses_a_process_pool_and_shows_progress(tmp_path: Path) -> None:
    for name in ("rss2_basic.xml", "atom.xml", "dates.xml", "not_a_feed_other_xml.xml"):
        shutil.copy(ROOT / "tests" / "fixtures" / "feeds" / name, tmp_path / name)
    result = _example("examples/bulk_parse.py", str(tmp_path), "--workers", "2")
    assert result.stdout.splitlines()[0] == "3 feeds, 23 episodes, 1 not a feed"
    assert "4/4 feeds" in result.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_every_example_runs_with_no_arguments_from_a_fresh_clone(
    tmp_path: Path, example: Path
) -> None:
    # A copy of the examples folder, as a fresh clone has it: each example finds what it
    # needs beside it, and writes nothing into the tree (a temporary folder at most).
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "examples", clone / "examples")
    before = sorted(clone.rglob("*"))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    result = subprocess.run(
        [sys.executable, f"examples/{example.name}"],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=120,
        # No bytecode caches: an example importing its neighbour (bulk_parse) would
        # otherwise leave examples/__pycache__ behind, Python's doing, not the example's.
        env={
            **os.environ,
            "PYTHONPATH": SOURCE,
            "TMPDIR": str(temporary),
            "PYTHONDONTWRITEBYTECODE": "1",
        },
    )
    assert "Traceback" not in result.stderr
    assert sorted(clone.rglob("*")) == before
    if example.name == "distributed_parse.py" and importlib.util.find_spec("distributed") is None:
        # Without the scale extra (as nox's sessions): one line that says what to install.
        assert result.returncode == 1
        message = result.stderr.strip()
        assert message.startswith("dask needs "), message
        assert message.endswith(': pip install "podnotes[scale]"'), message
        assert len(message.splitlines()) == 1
        return
    assert result.returncode == 0, result.stderr
    assert result.stdout


def test_export_chapters_writes_to_a_temporary_folder_by_default(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "export_chapters.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": SOURCE, "TMPDIR": str(tmp_path)},
    )
    (folder,) = list(tmp_path.iterdir())
    assert folder.name.startswith("podnotes-chapters-")
    assert result.stdout.splitlines()[0].startswith(f"writing to {folder} (name a folder: ")
    assert sorted(path.name for path in folder.iterdir()) == [
        "41.chapters.json",
        "42.chapters.json",
    ]
