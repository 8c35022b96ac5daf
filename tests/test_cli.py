"""The command line, run as users run it: a process, its output and its exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "examples" / "sample_feed.xml"
FEEDS = ROOT / "tests" / "fixtures" / "feeds"


def _run(*arguments: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "podnotes", *arguments],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_summary_with_chapters_guests_and_links() -> None:
    result = _run(str(SAMPLE))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == ["The Build Log", "hosted by Maya Lindqvist", "3 episodes, 0 warnings"]
    assert "#42 42: Shipping Configuration Safely" in lines
    assert "  published: 2026-04-02 07:00:00-04:00" in lines
    assert "  duration: 0:40:12" in lines
    assert "  0:27:05  The login incident" in lines
    assert "  guests: Priya Raman, Tomás O'Brien" in lines
    assert "  link: Priya on GitHub: https://github.com/priya-raman" in lines
    assert result.stderr == ""


def test_choosing_episodes_and_fields() -> None:
    latest = _run(str(SAMPLE), "--latest", "1", "--fields", "guests").stdout
    assert "#42" in latest
    assert "#41" not in latest
    assert "duration" not in latest
    by_number = _run(str(SAMPLE), "--episode", "40", "--episode", "41", "--fields", "episode_type")
    assert "#42" not in by_number.stdout
    assert "#41" in by_number.stdout
    assert "  episode_type: bonus" in by_number.stdout


def test_json_is_the_model() -> None:
    result = _run(str(SAMPLE), "--json", "--latest", "1")
    data = json.loads(result.stdout)
    assert data["title"] == "The Build Log"
    assert [episode["number"] for episode in data["episodes"]] == [42]
    episode = data["episodes"][0]
    assert episode["duration"] == 2412
    assert episode["published"] == "2026-04-02T07:00:00-04:00"
    assert [c["title"] for c in episode["show_notes"]["chapters"]][:2] == [
        "Intro",
        "Why configuration breaks things",
    ]
    assert episode["show_notes"]["guests"][0]["name"] == "Priya Raman"


def test_standard_input() -> None:
    result = _run("-", "--fields", "number", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0
    assert result.stdout.startswith("The Build Log\n")


def test_a_directory_shows_progress_and_goes_on_past_errors(tmp_path: Path) -> None:
    for name in ("rss2_basic.xml", "atom.xml", "not_a_feed_other_xml.xml"):
        shutil.copy(FEEDS / name, tmp_path / name)
    result = _run(str(tmp_path), "--fields", "title")
    assert result.returncode == 1
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 3
    assert progress[0].startswith("[1/3] ")
    errors = [line for line in result.stderr.splitlines() if line.startswith("podnotes: error:")]
    assert errors == [
        f"podnotes: error: {tmp_path / 'not_a_feed_other_xml.xml'}: line 3: found an XML "
        "document whose root element is <opml>, not RSS or Atom"
    ]
    assert "Plain Old Radio" in result.stdout
    assert "Atomic Audio" in result.stdout


def test_errors_are_one_line_never_a_traceback(tmp_path: Path) -> None:
    missing = _run(str(tmp_path / "missing.xml"))
    assert missing.returncode == 1
    assert missing.stderr == (
        f"podnotes: error: {tmp_path / 'missing.xml'}: cannot read "
        f"'{tmp_path / 'missing.xml'}': No such file or directory\n"
    )
    broken = _run("-", "--strict", stdin=b"<rss><channel><title>a & b</title></channel></rss>")
    assert broken.returncode == 1
    assert broken.stderr.startswith("podnotes: error: -: line 1, column ")
    assert "Traceback" not in broken.stderr
    bad_field = _run(str(SAMPLE), "--fields", "colour")
    assert bad_field.returncode == 2
    assert "unknown field 'colour'" in bad_field.stderr
