"""The field reference names every field of every model value."""

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
