"""The examples and the README's quickstart run, and print what they promise."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


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
