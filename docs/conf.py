"""Sphinx configuration for the podnotes documentation."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "src"))

project = "podnotes"
author = "The podnotes developers"
copyright = "2026, The podnotes developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_inventories", "benchmarks"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

html_theme = "furo"
html_title = "podnotes"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Shown by name, not expanded into the union it stands for.
autodoc_type_aliases = {"JSONValue": "podnotes.serialize.JSONValue"}
autodoc_default_options = {"members": True, "undoc-members": True, "show-inheritance": True}

# The Python inventory is kept in the repository, so that the docs build without a
# network; the links still point at docs.python.org.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inventories/python.inv"),
}

# A type variable is no class to link to; and "type" in a signature (from_dict's
# type[T]) finds both Value.type and Integrity.type, a clash that is not ours to fix.
nitpick_ignore = [("py:class", "podnotes.serialize.T")]
suppress_warnings = ["ref.python"]

_SAMPLE = Path(__file__).parent.parent / "examples" / "sample_feed.xml"
doctest_global_setup = f"""
from pathlib import Path
import podnotes
SAMPLE = Path({str(_SAMPLE)!r})
"""
