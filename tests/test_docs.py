"""The reference pages name every field of the main values, and every public name."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import podnotes

FIELDS_PAGE = Path(__file__).parent.parent / "docs" / "fields.md"


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
