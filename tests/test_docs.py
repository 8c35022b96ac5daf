"""The reference pages name every field of the main values, and every public name; the
examples of every page run as they are copied, with nothing set up beforehand."""

from __future__ import annotations

import doctest
import io
import re
import sys
from pathlib import Path

import attrs
import pytest

import podnotes

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
FIELDS_PAGE = DOCS / "fields.md"
# The examples of a page, as a reader copies them: every doctest block, in order.
_DOCTEST_BLOCK = re.compile(r"```\{doctest\}\n(.*?)```", re.DOTALL)
# The options the Sphinx doctest builder runs them with (its doctest_default_flags).
_FLAGS = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL | doctest.DONT_ACCEPT_TRUE_FOR_1


@pytest.mark.parametrize("cls", [podnotes.Podcast, podnotes.Episode, podnotes.ShowNotes])
def test_every_field_is_in_the_field_reference(cls: type) -> None:
    page = FIELDS_PAGE.read_text()
    missing = [f.name for f in attrs.fields(cls) if f"`{f.name}`" not in page]
    assert missing == []


API_PAGE = Path(__file__).parent.parent / "docs" / "api.md"


@pytest.mark.parametrize("name", podnotes.__all__)
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    # Each is documented where users look: autofunction, autoclass, autodata, ...
    assert f"podnotes.{name}\n" in API_PAGE.read_text()


@pytest.mark.parametrize(
    "page",
    [page for page in sorted(DOCS.glob("*.md")) if _DOCTEST_BLOCK.search(page.read_text())],
    ids=lambda page: page.name,
)
def test_the_examples_of_a_page_run_as_they_are_copied(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Sphinx build gives each page names of its own (docs/conf.py); copied into a
    # Python prompt at the root of a clone, the examples have only what they import.
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "path", list(sys.path))
    text = "\n".join(_DOCTEST_BLOCK.findall(page.read_text()))
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    report = io.StringIO()
    result = doctest.DocTestRunner(optionflags=_FLAGS).run(test, out=report.write)
    assert result.attempted > 0
    assert result.failed == 0, report.getvalue()
