"""Show notes as plain text: HTML or Markdown in, readable text and its anchors out.

Block-level HTML (paragraphs, list items, line breaks, headings) becomes line breaks so
that the extractors can see where one entry ends; inline tags are dropped; entities are
decoded. ``<a href>`` and Markdown ``[label](url)`` links are kept aside as anchors,
with the place of their words in the text, because their target is not in the text.

One left-to-right pass over the input: no step looks back, so the cost is linear.
"""

from __future__ import annotations

import html
import re
from typing import Final

import attrs

# A tag, but not a Markdown autolink such as <https://example.com>.
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b(?!://)([^<>]{0,4000})>")
_BLOCK_TAGS: Final = frozenset(
    """p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table blockquote section article
    header footer hr pre""".split()
)
_SKIPPED_TAGS: Final = frozenset({"script", "style"})
_HREF: Final = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
# [label](url) and [label](url "title"); the doubled "((url)" typo is read too.
_MARKDOWN_LINK: Final = re.compile(
    r"\[([^\[\]\n]{0,300})\]\(\(?([^()\s]{1,2000})\)?(?:\s+\"[^\"\n]{0,300}\")?\)"
)
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")
_BLOCK_TAG: Final = re.compile(r"<(?:p|br|li|div|h[1-6]|tr)\b[^<>]{0,4000}>", re.IGNORECASE)
_LOOKS_LIKE_HTML: Final = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b(?!://)[^<>]{0,4000}>")


@attrs.frozen
class Anchor:
    """A link whose target is not in the text: ``url``, and its words at ``start:end``."""

    url: str
    start: int
    end: int


@attrs.frozen
class ReadText:
    """The plain text that was read, and the anchors found on the way."""

    text: str
    anchors: tuple[Anchor, ...]


class _Builder:
    __slots__ = ("anchors", "open_anchor", "parts", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.anchors: list[Anchor] = []
        self.open_anchor: tuple[str, int] | None = None

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.size += len(text)

    def add_text(self, text: str, *, decode: bool) -> None:
        """Add running text: entities decoded, spaces folded, Markdown links resolved."""
        if not text:
            return
        if decode and "&" in text:
            text = html.unescape(text)
        # Only text with a double space or a character that is not printable (tabs,
        # no-break and thin spaces are not) can have spaces to fold: skip the regex.
        if "  " in text or not text.isprintable():
            text = _SPACES.sub(" ", text)
        if "](" not in text:  # no Markdown link: the common case, kept cheap
            self.add(text)
            return
        position = 0
        for link in _MARKDOWN_LINK.finditer(text):
            self.add(text[position : link.start()])
            label, url = link.group(1), link.group(2)
            start = self.size
            self.add(label)
            if not url.startswith("#"):  # "[00:31](#t=00:31)" is an in-page anchor
                self.anchors.append(Anchor(url, start, self.size))
            position = link.end()
        self.add(text[position:])

    def line_break(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n")


def read_text(text: str) -> ReadText:
    """Plain text with one line per block of the original, and its anchors."""
    text = _without_comments(text)
    builder = _Builder()
    is_html = _LOOKS_LIKE_HTML.search(text) is not None
    if not is_html:
        for line in text.replace("\r\n", "\n").split("\n"):
            builder.add_text(line, decode=False)
            builder.add("\n")
        return _finish(builder)
    # HTML that marks its own blocks folds line breaks into spaces, as a browser does;
    # Markdown or text with a few inline tags keeps its lines.
    newline = " " if _BLOCK_TAG.search(text) else "\n"
    position = 0
    skipping_until: str | None = None
    for tag in _TAG.finditer(text):
        start, end = tag.span()
        if skipping_until is None and start > position:
            builder.add_text(text[position:start].replace("\n", newline), decode=True)
        position = end
        closing, name, attributes = tag.groups()
        name = name.lower()
        if skipping_until is not None:
            if closing and name == skipping_until:
                skipping_until = None
            continue
        if name in _SKIPPED_TAGS and not closing:
            skipping_until = name
        elif name in _BLOCK_TAGS:
            builder.line_break()
        elif name == "a":
            _anchor_tag(builder, closing == "/", attributes)
    if skipping_until is None:
        builder.add_text(text[position:].replace("\n", newline), decode=True)
    return _finish(builder)


def _without_comments(text: str) -> str:
    # str.find, not a lazy regex: an unclosed "<!--" must not make every later one rescan.
    if "<!--" not in text:
        return text
    parts = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        parts.append(text[position:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def _anchor_tag(builder: _Builder, closing: bool, attributes: str) -> None:
    if closing:
        if builder.open_anchor is not None:
            url, start = builder.open_anchor
            builder.anchors.append(Anchor(url, start, builder.size))
            builder.open_anchor = None
        return
    href = _HREF.search(attributes)
    if href is not None:
        url = html.unescape(next(group for group in href.groups() if group is not None))
        builder.open_anchor = (url.strip(), builder.size)


def _finish(builder: _Builder) -> ReadText:
    return ReadText("".join(builder.parts), tuple(builder.anchors))
