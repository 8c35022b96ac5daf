"""Show notes as plain text: HTML or Markdown in, lines of readable text out.

Block-level HTML (paragraphs, list items, line breaks, headings) becomes line breaks so
that the extractors can see where one entry ends; inline tags are dropped; entities are
decoded. Markdown links keep their label in the text.
"""

from __future__ import annotations

import html
import re
from typing import Final

_LOOKS_LIKE_HTML: Final = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I
)
_BLOCK_TAG: Final = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|hr|pre)\b[^<>]*>",
    re.IGNORECASE,
)
_ANY_TAG: Final = re.compile(r"<[^<>]{0,2000}>")
_MARKDOWN_LINK: Final = re.compile(r"\[([^\[\]\n]{0,300})\]\(\(?([^()\s]{0,2000})\)\)?")
_SPACES: Final = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANK_LINES: Final = re.compile(r"\n\s*\n+")


def to_plain_text(text: str) -> str:
    """Readable plain text with one line per block of the original."""
    if _LOOKS_LIKE_HTML.search(text):
        text = _BLOCK_TAG.sub("\n", text)
        text = _ANY_TAG.sub("", text)
        text = html.unescape(text)
    # "[00:31](#t=00:31) Welcome", "[LLVM](https://llvm.org/)": the words read are the label.
    text = _MARKDOWN_LINK.sub(r"\1", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
