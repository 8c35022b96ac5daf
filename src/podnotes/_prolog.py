"""Everything before a feed's root element, read once for :func:`podnotes.parse` and the
stream alike.

:func:`read_prolog` reads a :class:`~podnotes._source.ByteSource` up to the start tag of
the root element and decides, in one place:

- the encoding: a byte-order mark, UTF-16/32 without one, text the caller decoded, or
  the XML declaration, whose name is checked (:func:`~podnotes._encoding.checked_codec`);
- what goes: whitespace and junk before the XML declaration, comments, processing
  instructions and **every** DOCTYPE with its internal subset. No DTD reaches libxml2,
  so no entity is ever declared from one and no external resource is ever named;
- what the document is: its root element's name. An empty document, JSON, plain text,
  binary data and an HTML page are refused here, with a message that says which.

Whitespace, comments and DOCTYPEs are skipped as they are read, so a prolog of any
length costs no memory. The grammar followed (XML 1.0, sections 2.8 and 4.3.3), lenient
where real feeds are::

    prolog   = [junk] [XMLDecl] {Misc} {doctype {Misc}} root-start-tag
    Misc     = Comment | PI | whitespace
    doctype  = "<!DOCTYPE" {char | quoted} ["[" subset "]" whitespace] ">"
    subset   = {markupdecl | PI | Comment | PEReference | whitespace}
    markupdecl = "<!" {char | quoted} ">"
"""

from __future__ import annotations

import re
from typing import Final

from podnotes import _encoding
from podnotes._report import Report
from podnotes._source import ByteSource
from podnotes.errors import FeedError, NotAFeedError

__all__ = ["Document", "read_prolog"]

_CHUNK: Final = 64 * 1024
# Junk before a late XML declaration is cut when the declaration comes this soon.
_DECLARATION_REACH: Final = 4096
# Without a declaration, text before the first tag is junk only this far; past it, the
# input is no XML at all.
_JUNK_REACH: Final = 16 * 1024
# How many bytes say whether the input is text at all.
_BINARY_PROBE: Final = 512
# An XML declaration is short; one that does not end is not one.
_DECLARATION_LENGTH: Final = 1024
# The root's line and column are kept for error messages up to this far.
_MAX_LAYOUT_LINES: Final = 10_000
_MAX_PADDING: Final = 4096

_WHITESPACE: Final = re.compile(rb"[ \t\r\n]*")
_ROOT_NAME: Final = re.compile(rb"<([A-Za-z_][\w.:-]{0,200})")
# XML 1.0, section 2.8: version, then encoding and standalone, each optional, in order.
_WELL_FORMED_DECLARATION: Final = re.compile(
    rb"""<\?xml\s+version\s*=\s*(?:"[0-9.]{1,10}"|'[0-9.]{1,10}')"""
    rb"""(?:\s+encoding\s*=\s*(?:"[A-Za-z][\w.:-]{0,40}"|'[A-Za-z][\w.:-]{0,40}'))?"""
    rb"""(?:\s+standalone\s*=\s*(?:"(?:yes|no)"|'(?:yes|no)'))?\s*\?>"""
)
_ENCODING_DECLARATION: Final = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_DOCTYPE_HEAD_STOP: Final = re.compile(rb"""[\[>"']""")
_SUBSET_STOP: Final = re.compile(rb"[<\]]")
_DECLARATION_STOP: Final = re.compile(rb"""[>"']""")

# What a document is when it is no XML: its first bytes.
_MAGIC_NUMBERS: Final = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"ID3", "an MP3 file"),
    (b"fLaC", "a FLAC file"),
    (b"OggS", "an Ogg file"),
)


class Document:
    """A document whose prolog has been read: what to give the XML parser, and how.

    ``head`` is the XML declaration (if any), layout that keeps the root's column, and
    the bytes read so far from the root element's start; the rest is still in
    ``source``. ``codec`` is the checked encoding (``None``: undeclared, read as UTF-8),
    ``label`` what the document called it, and ``known`` says the encoding is not the
    document's to declare (a byte-order mark, or text the caller decoded).
    """

    __slots__ = ("codec", "head", "known", "label", "root_name", "source")

    def __init__(
        self,
        *,
        head: bytes,
        source: ByteSource,
        codec: str | None,
        label: str | None,
        known: bool,
        root_name: str,
    ) -> None:
        self.head = head
        self.source = source
        self.codec = codec
        self.label = label
        self.known = known
        self.root_name = root_name

    def read_all(self) -> bytes:
        """The whole document, for the parser."""
        whole = self.source.rest_from(self.head)
        if whole is not None:
            return whole  # a feed given as bytes, not copied twice
        rest = self.source.read_all()
        return self.head + rest if rest else self.head

    @property
    def is_utf8(self) -> bool:
        return _encoding.is_utf8(self.codec)


class _Reader:
    """A window on a source: bytes read and not yet consumed, from ``position`` on.

    Consumed bytes are dropped as more are read, their lines counted; so skipping a long
    run costs time, never memory.
    """

    __slots__ = ("_column", "_lines", "data", "ended", "position", "source")

    def __init__(self, source: ByteSource) -> None:
        self.source = source
        self.data = b""
        self.position = 0
        self.ended = False
        self._lines = 0  # line breaks in the bytes already dropped
        self._column = 0  # characters after the last dropped line break

    def fill(self) -> bool:
        """Read more, dropping what is consumed; ``False`` at the end of the source."""
        if self.ended:
            return False
        chunk = self.source.read(_CHUNK)
        if not chunk:
            self.ended = True
            return False
        consumed = self.position
        breaks = self.data.count(b"\n", 0, consumed)
        if breaks:
            self._lines += breaks
            self._column = consumed - self.data.rfind(b"\n", 0, consumed) - 1
        else:
            self._column += consumed
        self.data = self.data[consumed:] + chunk
        self.position = 0
        return True

    def ensure(self, size: int) -> bool:
        """Whether ``size`` unconsumed bytes are there (reading as needed)."""
        while len(self.data) - self.position < size:
            if not self.fill():
                return False
        return True

    def at(self, prefix: bytes) -> bool:
        self.ensure(len(prefix))
        return self.data.startswith(prefix, self.position)

    def skip_whitespace(self) -> int:
        """Skip whitespace; return how much."""
        skipped = 0
        while True:
            end = _WHITESPACE.match(self.data, self.position).end()  # type: ignore[union-attr]
            skipped += end - self.position
            self.position = end
            if end < len(self.data) or not self.fill():
                return skipped

    def skip_past(self, terminator: bytes) -> bool:
        """Move past the next ``terminator``; ``False`` when the source ends first."""
        while True:
            found = self.data.find(terminator, self.position)
            if found >= 0:
                self.position = found + len(terminator)
                return True
            self.position = max(self.position, len(self.data) - len(terminator) + 1)
            if not self.fill():
                return False

    def find(self, stop: re.Pattern[bytes]) -> bytes | None:
        """Move to the next byte ``stop`` matches and return it; ``None`` at the end."""
        while True:
            match = stop.search(self.data, self.position)
            if match is not None:
                self.position = match.start()
                return match.group()
            self.position = len(self.data)
            if not self.fill():
                return None

    def line(self) -> int:
        """The 1-based line of ``position`` in the whole source."""
        return self._lines + self.data.count(b"\n", 0, self.position) + 1

    def column(self) -> int:
        """The 0-based column of ``position`` in the whole source."""
        last_break = self.data.rfind(b"\n", 0, self.position)
        if last_break >= 0:
            return self.position - last_break - 1
        return self._column + self.position


def read_prolog(source: ByteSource, report: Report) -> Document:
    """Read ``source`` up to its root element (see the module's docstring).

    Warnings about the prolog go to ``report``; its ``line_offset`` is set so that the
    lines libxml2 gives for ``Document.head`` are those of the caller's input.
    """
    reader = _Reader(source)
    reader.ensure(_encoding.SNIFF_BYTES)
    codec: str | None = None
    label: str | None = None
    known = source.decoded
    if known:
        codec, label = "utf-8", None
    unicode = None if known else _encoding.sniff(reader.data[: _encoding.SNIFF_BYTES])
    if unicode is not None:
        codec, bom = unicode
        known = True
        if codec != "utf-8":
            # UTF-16 and UTF-32 are turned into UTF-8 whole; nothing else can be read
            # in pieces without decoding them.
            data = reader.data[bom:] + source.read_all()
            converted = _encoding.to_utf8(data, codec, report)
            reader = _Reader(ByteSource(memoryview(converted), name="the text",
                                        limit=None, rereadable=False))  # fmt: skip
            reader.ensure(4)
            codec = "utf-8"
        else:
            reader.position = bom
        label = codec
    declaration, declaration_line = _read_junk_and_declaration(reader, report)
    if declaration is not None and not known:
        declared = _ENCODING_DECLARATION.search(declaration)
        if declared is not None:
            label = declared.group(1).decode("ascii")
            codec = _encoding.checked_codec(label)
            if codec is None:
                report.warn(
                    "encoding-repaired",
                    f"unknown or unusable encoding {label!r} declared; read as UTF-8",
                    declaration_line,
                )
    root_name = _skip_to_root(reader, report)
    if root_name.rpartition(":")[2].lower() == "html":
        raise NotAFeedError("found an HTML page (root element <html>), not a feed")
    # The parser is given the declaration on its first line and the root on the line
    # and column where it stands (libxml2 names lines in its messages); only a prolog
    # of more than _MAX_LAYOUT_LINES lines is folded, and its lines are made up by the
    # report's offset.
    root_line, root_column = reader.line(), reader.column()
    base_line = declaration_line if declaration is not None else 1
    gap = root_line - base_line
    if gap > _MAX_LAYOUT_LINES:
        gap = 1 if declaration is not None else 0
    padding = root_column - (len(declaration) if declaration and gap == 0 else 0)
    layout = b"\n" * gap + b" " * max(0, min(padding, _MAX_PADDING))
    report.line_offset = root_line - (1 + gap)
    report.first_line = declaration_line if declaration is not None else report.line_offset + 1
    return Document(
        head=(declaration or b"") + layout + reader.data[reader.position :],
        source=reader.source,
        codec=codec,
        label=label,
        known=known,
        root_name=root_name,
    )


def _read_junk_and_declaration(reader: _Reader, report: Report) -> tuple[bytes | None, int]:
    """Skip whitespace and junk before the XML declaration; return the declaration and
    its line."""
    whitespace = reader.skip_whitespace()
    if reader.position >= len(reader.data):
        raise NotAFeedError("the document is empty")
    if _at_declaration(reader):
        if whitespace:
            report.warn("junk-before-xml", "whitespace before the XML declaration removed", 1)
        return _read_declaration(reader, report)
    reader.ensure(_BINARY_PROBE)
    if _is_binary(reader.data[reader.position : reader.position + _BINARY_PROBE]):
        raise NotAFeedError(_what_it_is(reader.data[reader.position :]))
    first = reader.data[reader.position : reader.position + 1]
    if first in (b"{", b"["):
        raise NotAFeedError("found JSON, not an XML feed (JSON Feed is not supported)")
    reader.ensure(_JUNK_REACH)
    start = reader.position
    late = reader.data.find(b"<?xml", start, start + _DECLARATION_REACH)
    if late > start:
        _warn_junk(reader, start, late, whitespace, report)
        return _read_declaration(reader, report)
    if first == b"<":
        return None, 0  # no declaration; whitespace before the root is allowed
    tag = reader.data.find(b"<", start, start + _JUNK_REACH)
    head = reader.data[start : start + _JUNK_REACH]
    if tag < 0 or _is_binary(head):
        raise NotAFeedError(_what_it_is(head))
    _warn_junk(reader, start, tag, whitespace, report)
    return None, 0


def _warn_junk(reader: _Reader, start: int, end: int, whitespace: int, report: Report) -> None:
    size = whitespace + end - start
    report.warn("junk-before-xml", f"{size} bytes of text before the XML declaration removed", 1)
    reader.position = end


def _at_declaration(reader: _Reader) -> bool:
    return reader.at(b"<?xml") and reader.data[reader.position + 5 : reader.position + 6] in (
        b" ", b"\t", b"\r", b"\n", b"?"
    )  # fmt: skip


def _read_declaration(reader: _Reader, report: Report) -> tuple[bytes | None, int]:
    """The XML declaration at the reader, and its line; a malformed one is removed.

    A declaration libxml2 would not read as one (an unknown pseudo-attribute, a missing
    "?") is cut at its first ">", as libxml2's recovery would cut it, so that whatever
    follows, a DOCTYPE included, is read as the rest of the prolog.
    """
    reader.ensure(_DECLARATION_LENGTH)
    start, line = reader.position, reader.line()
    close = reader.data.find(b">", start, start + _DECLARATION_LENGTH)
    if close < 0:
        raise FeedError("the XML declaration does not end", line=line)
    reader.position = close + 1
    declaration = reader.data[start : close + 1]
    if _WELL_FORMED_DECLARATION.fullmatch(declaration):
        return declaration, line
    report.warn("xml-recovered", f"malformed XML declaration {_shown(declaration)} removed", line)
    # Its encoding still tells how the bytes are meant.
    declared = _ENCODING_DECLARATION.search(declaration)
    return (b'<?xml version="1.0" ' + declared.group() + b"?>" if declared else None), line


def _shown(data: bytes) -> str:
    text = data.decode("ascii", errors="replace")
    return repr(text if len(text) <= 60 else text[:60] + "…")


def _skip_to_root(reader: _Reader, report: Report) -> str:
    """Skip comments, processing instructions and DOCTYPEs; return the root's name."""
    while True:
        reader.skip_whitespace()
        if reader.position >= len(reader.data):
            raise NotAFeedError("the document has no root element")
        if reader.at(b"<!--"):
            reader.position += 4
            ended = reader.skip_past(b"-->")
        elif reader.at(b"<?"):
            ended = reader.skip_past(b"?>")
        elif reader.at(b"<!"):
            reader.ensure(9)
            if reader.data[reader.position : reader.position + 9].upper() != b"<!DOCTYPE":
                return _root_name(reader)  # no element: it says what it found
            line = reader.line()
            ended, subset = _skip_doctype(reader)
            if ended and subset:
                report.warn(
                    "doctype-ignored",
                    "DOCTYPE with an internal subset removed; its entities are not expanded",
                    line,
                )
        else:
            return _root_name(reader)
        if not ended:
            raise NotAFeedError("the document ends inside its prolog")


def _root_name(reader: _Reader) -> str:
    reader.ensure(256)
    match = _ROOT_NAME.match(reader.data, reader.position)
    if match is None:
        found = reader.data[reader.position : reader.position + 40]
        text = found.decode("utf-8", errors="replace").strip()
        raise NotAFeedError(f"expected the root element of a feed, found {text!r}")
    return match.group(1).decode("ascii")


def _skip_doctype(reader: _Reader) -> tuple[bool, bool]:
    """Move past a DOCTYPE; return (whether it ended, whether it had an internal subset)."""
    reader.position += 9
    while True:  # the name and external id, up to "[" or ">"
        stop = reader.find(_DOCTYPE_HEAD_STOP)
        if stop is None:
            return False, False
        reader.position += 1
        if stop == b">":
            return True, False
        if stop == b"[":
            break
        if not reader.skip_past(stop):  # a quoted literal
            return False, False
    while True:  # the internal subset, up to "]"
        stop = reader.find(_SUBSET_STOP)
        if stop is None:
            return False, True
        if stop == b"]":
            reader.position += 1
            return reader.skip_past(b">"), True
        if reader.at(b"<!--"):
            reader.position += 4
            ended = reader.skip_past(b"-->")
        elif reader.at(b"<?"):
            ended = reader.skip_past(b"?>")
        else:
            reader.position += 1
            ended = _skip_declaration(reader)
        if not ended:
            return False, True


def _skip_declaration(reader: _Reader) -> bool:
    """Move past a markup declaration (``<!ENTITY x "...">``), whose quotes may hold ">"."""
    while True:
        stop = reader.find(_DECLARATION_STOP)
        if stop is None:
            return False
        reader.position += 1
        if stop == b">":
            return True
        if not reader.skip_past(stop):
            return False


def _is_binary(head: bytes) -> bool:
    """Whether the bytes are no text: a NUL byte, or many control characters (a feed
    with a stray one is text to repair)."""
    probe = head[:_BINARY_PROBE]
    if b"\x00" in probe:
        return True
    controls = sum(byte < 0x20 and byte not in b"\t\r\n\x0c" for byte in probe)
    return controls * 20 > len(probe)  # more than one in twenty


def _what_it_is(head: bytes) -> str:
    """Say what input without a tag near its start is."""
    for magic, name in _MAGIC_NUMBERS:
        if head.startswith(magic):
            return f"found {name}, not an XML feed"
    if head[4:8] == b"ftyp":
        return "found an MP4 file, not an XML feed"
    if _is_binary(head):
        return "found binary data, not an XML feed"
    return f"found plain text, not an XML feed: {head[:40].strip()!r}"
