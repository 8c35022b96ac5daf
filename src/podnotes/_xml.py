"""Bytes to an lxml tree, safely, repairing what real feeds get wrong.

The path a document takes:

1. Prolog: a byte-order mark or a UTF-16/32 encoding is turned into UTF-8; junk before
   the XML declaration is cut; a DOCTYPE is cut (DTDs are never read, so no entity
   from one is ever expanded and nothing external is ever loaded); an HTML page, JSON
   or an empty file is refused here.
2. Fast path: a well-formed document goes straight to a hardened libxml2 parser.
3. Repair path, only when the fast path fails: decode ourselves (cp1252 for bytes that
   are not UTF-8), drop characters XML forbids, turn HTML entities and bare ``&`` into
   text, quote unquoted attributes, declare well-known prefixes used without a
   declaration; then parse again, and if it is still broken let libxml2's recovering
   parser read what it can. Every repair and every recovered error is a warning.
"""

from __future__ import annotations

import bisect
import codecs
import re
import threading
from collections.abc import Callable
from typing import Final, TypedDict

from lxml import etree

from podnotes._report import Report
from podnotes.errors import FeedError, NotAFeedError, WarningCode

# --- namespaces --------------------------------------------------------------------

RSS: Final = "rss"
ATOM: Final = "atom"
ITUNES: Final = "itunes"
PODCAST: Final = "podcast"
CONTENT: Final = "content"
PSC: Final = "psc"
DC: Final = "dc"
MEDIA: Final = "media"
GOOGLEPLAY: Final = "googleplay"
RDF: Final = "rdf"

# Known namespace URIs, compared after lower-casing and dropping a trailing "/" or "#",
# because hosts serve them with the wrong case or scheme (http://www.itunes.com/DTDs/...).
_NAMESPACE_KEYS: Final[dict[str, str]] = {
    "": RSS,
    "http://purl.org/rss/1.0": RSS,  # RSS 1.0 (RDF)
    "http://my.netscape.com/rdf/simple/0.9": RSS,  # RSS 0.90
    "http://backend.userland.com/rss2": RSS,
    "http://www.w3.org/2005/atom": ATOM,
    "http://purl.org/atom/ns": ATOM,  # Atom 0.3
    "http://www.itunes.com/dtds/podcast-1.0.dtd": ITUNES,
    "https://www.itunes.com/dtds/podcast-1.0.dtd": ITUNES,
    "http://www.itunes.com/dtds/podcast-1.0": ITUNES,
    "https://podcastindex.org/namespace/1.0": PODCAST,
    "http://podcastindex.org/namespace/1.0": PODCAST,
    "https://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md": PODCAST,
    "http://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md": PODCAST,
    "http://purl.org/rss/1.0/modules/content": CONTENT,
    "http://podlove.org/simple-chapters": PSC,
    "http://purl.org/dc/elements/1.1": DC,
    "http://search.yahoo.com/mrss": MEDIA,
    "http://www.google.com/schemas/play-podcasts/1.0": GOOGLEPLAY,
    "http://www.w3.org/1999/02/22-rdf-syntax-ns": RDF,
}

# The canonical URI for each prefix a feed may use without declaring it.
WELL_KNOWN_PREFIXES: Final[dict[str, str]] = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "atom": "http://www.w3.org/2005/Atom",
    "psc": "http://podlove.org/simple-chapters",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
    "googleplay": "http://www.google.com/schemas/play-podcasts/1.0",
}

_tag_cache: dict[str, tuple[str | None, str]] = {}


def split_tag(tag: str) -> tuple[str | None, str]:
    """``{uri}local`` -> (namespace key or ``None`` for unknown namespaces, local name)."""
    known = _tag_cache.get(tag)
    if known is not None:
        return known
    if tag[:1] == "{":
        uri, _, local = tag[1:].partition("}")
        key = _NAMESPACE_KEYS.get(uri.strip().lower().rstrip("/#"))
    else:
        key, local = RSS, tag
    result = (key, local)
    if len(_tag_cache) < 10_000:  # bounded: hostile feeds can invent endless tags
        _tag_cache[tag] = result
    return result


# --- parsers -----------------------------------------------------------------------


# resolve_entities/load_dtd/no_network: nothing from a DTD or the network, ever (the
# prolog step has already cut any DOCTYPE; this is the second wall). huge_tree=False keeps
# libxml2's limits on depth and text size. One set, for the tree parser and the stream.
class _Hardened(TypedDict):
    resolve_entities: bool
    load_dtd: bool
    dtd_validation: bool
    no_network: bool
    huge_tree: bool
    remove_comments: bool
    remove_pis: bool


HARDENED_OPTIONS: Final[_Hardened] = {
    "resolve_entities": False,
    "load_dtd": False,
    "dtd_validation": False,
    "no_network": True,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _make_parser(*, recover: bool, encoding: str | None) -> etree.XMLParser:
    return etree.XMLParser(
        encoding=encoding, recover=recover, collect_ids=False, **HARDENED_OPTIONS
    )


# --- the prolog --------------------------------------------------------------------

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ENCODING_DECLARATION: Final = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']"""
)
XML_DECLARATION_START: Final = b"<?xml"
_ROOT_NAME: Final = re.compile(r"<([A-Za-z_][\w.:-]*)")
PROLOG_HEAD: Final = 4096


class _Prolog:
    """Where the root element starts, what it is called, and any DOCTYPE before it."""

    __slots__ = ("doctype", "root_name", "root_start")

    def __init__(self, root_start: int, root_name: str, doctype: tuple[int, int] | None):
        self.root_start = root_start
        self.root_name = root_name
        self.doctype = doctype


def _scan_prolog(data: bytes, start: int) -> _Prolog:
    """Skip declarations, comments, processing instructions and a DOCTYPE to the root."""
    size = PROLOG_HEAD
    while True:
        # latin-1 maps bytes to characters one to one: string offsets are byte offsets.
        head = data[:size].decode("latin-1")
        prolog = _scan_prolog_text(head, start, complete=size >= len(data))
        if prolog is not None:
            return prolog
        size *= 4


def _scan_prolog_text(text: str, position: int, *, complete: bool) -> _Prolog | None:
    """The prolog of ``text``, or ``None`` when it runs past the end of an incomplete head."""
    doctype: tuple[int, int] | None = None
    length = len(text)
    while True:
        while position < length and text[position] in " \t\r\n":
            position += 1
        if position >= length:
            if complete:
                raise NotAFeedError("the document has no root element")
            return None
        if text.startswith("<?", position):
            end = text.find("?>", position)
            position = end + 2
        elif text.startswith("<!--", position):
            end = text.find("-->", position)
            position = end + 3
        elif text[position : position + 9].upper() == "<!DOCTYPE":
            end = _doctype_end(text, position)
            if end >= 0:
                doctype = (position, end)
            position = end
        else:
            match = _ROOT_NAME.match(text, position)
            if match is None:
                if not complete and length - position < 64:
                    return None
                found = text[position : position + 40].strip()
                raise NotAFeedError(f"expected the root element of a feed, found {found!r}")
            return _Prolog(position, match.group(1), doctype)
        if end < 0:
            if complete:
                raise NotAFeedError("the document ends inside its prolog")
            return None


def _doctype_end(text: str, start: int) -> int:
    """The offset just past a DOCTYPE's closing ``>``, skipping its internal subset."""
    depth = 0
    quote = ""
    for position in range(start + 9, len(text)):
        char = text[position]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == ">" and depth <= 0:
            return position + 1
    return -1


def _not_a_feed_message(data: bytes) -> str | None:
    """Say what the input is when it plainly is not XML at all."""
    stripped = data.lstrip(b" \t\r\n")
    if not stripped:
        return "the document is empty"
    first = stripped[:1]
    if first in (b"{", b"["):
        return "found JSON, not an XML feed (JSON Feed is not supported)"
    if b"<" not in data[: PROLOG_HEAD * 4]:
        return f"found plain text, not an XML feed: {stripped[:40]!r}"
    return None


def _strip_junk(data: bytes, report: Report) -> bytes:
    """Cut anything before the XML declaration or, without one, before the first tag."""
    declaration = data.find(XML_DECLARATION_START, 0, PROLOG_HEAD)
    if declaration == 0:
        return data
    cut = declaration if declaration > 0 else data.find(b"<")
    junk = data[:cut]
    if declaration < 0 and not junk.strip():
        return data  # whitespace before a root element without a declaration is legal
    what = "whitespace" if not junk.strip() else f"{len(junk)} bytes of text"
    report.warn("junk-before-xml", f"{what} before the XML declaration removed", 1)
    report.line_offset += junk.count(b"\n")
    return data[cut:]


def _to_ascii_compatible(data: bytes, report: Report) -> tuple[bytes, str | None]:
    """Drop a byte-order mark; turn UTF-16/32 into UTF-8. Returns (data, encoding known)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                return data[len(bom) :], "utf-8"
            return _reencode(data[len(bom) :], encoding, report), "utf-8"
    if data[:4] == b"<\x00?\x00":
        return _reencode(data, "utf-16-le", report), "utf-8"
    if data[:4] == b"\x00<\x00?":
        return _reencode(data, "utf-16-be", report), "utf-8"
    return data, None


def _reencode(data: bytes, encoding: str, report: Report) -> bytes:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        report.warn(
            "encoding-repaired",
            f"bytes that are not {encoding} replaced by U+FFFD from offset {error.start}",
        )
        text = data.decode(encoding, errors="replace")
    return text.encode("utf-8")


# --- decoding ----------------------------------------------------------------------

# Encodings libxml2 reads exactly as a browser would, so the fast path may trust it.
_UTF8_NAMES: Final = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
# The web reads these labels as windows-1252 (WHATWG Encoding Standard); libxml2 reads
# bytes 0x80-0x9F as control characters instead, so such documents take the slow path.
_LATIN1_NAMES: Final = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"})
_C1_BYTES: Final = re.compile(rb"[\x80-\x9f]")
_UTF8_LOOKALIKE: Final = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")

_repairs = threading.local()


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    positions: list[int] | None = getattr(_repairs, "positions", None)
    if positions is not None:
        positions.append(error.start)
    bad = error.object[error.start : error.end]
    return _decode_cp1252(bytes(bad)), error.end


def _decode_cp1252(data: bytes) -> str:
    # Five bytes have no windows-1252 character; latin-1 gives them their code points.
    return "".join(
        data[i : i + 1].decode("cp1252", errors="strict")
        if data[i] not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
        else chr(data[i])
        for i in range(len(data))
    )


codecs.register_error("podnotes-cp1252", _cp1252_fallback)


def _decode(data: bytes, declared: str | None, report: Report) -> str:
    name = (declared or "utf-8").lower()
    if name in _LATIN1_NAMES or name in ("windows-1252", "cp1252"):
        if _C1_BYTES.search(data) and name not in ("windows-1252", "cp1252"):
            report.warn(
                "encoding-repaired",
                f"declared {declared} but uses bytes 0x80-0x9F; read as windows-1252",
                1,
            )
        return _decode_cp1252(data) if _needs_slow_cp1252(data) else data.decode("cp1252")
    if name not in _UTF8_NAMES:
        try:
            return data.decode(name)
        except LookupError:
            report.warn("encoding-repaired", f"unknown encoding {declared!r}; read as UTF-8", 1)
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            report.warn(
                "encoding-repaired",
                f"bytes that are not {declared} read as UTF-8 or windows-1252",
                line,
            )
    return _decode_utf8_with_fallback(data, declared, report)


def _needs_slow_cp1252(data: bytes) -> bool:
    return any(byte in data for byte in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _decode_utf8_with_fallback(data: bytes, declared: str | None, report: Report) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    positions: list[int] = []
    _repairs.positions = positions
    try:
        text = data.decode("utf-8", errors="podnotes-cp1252")
    finally:
        _repairs.positions = None
    said = f"declared {declared}" if declared else "undeclared encoding"
    first_line = data.count(b"\n", 0, positions[0]) + 1 if positions else None
    report.warn(
        "encoding-repaired",
        f"{said}, but {len(positions)} byte sequences are not UTF-8; read as windows-1252",
        first_line,
    )
    return text


# --- repairs -----------------------------------------------------------------------

# Characters XML 1.0 forbids anywhere, even in CDATA.
_FORBIDDEN_CHARACTERS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_RAW_SECTION_START: Final = re.compile(r"<!\[CDATA\[|<!--")
# Every "&" but the five XML entities, which are fine as they are and by far the most
# common: a callback for each "&amp;" in a large feed would cost seconds.
_AMPERSAND: Final = re.compile(
    r"&(?!(?:amp|lt|gt|quot|apos);)(?:#(?P<decimal>[0-9]{1,8});|#[xX](?P<hex>[0-9a-fA-F]{1,8});"
    r"|(?P<name>[A-Za-z][A-Za-z0-9]{0,40});)?"
)
_XML_ENTITIES: Final = frozenset({"amp", "lt", "gt", "quot", "apos"})
_START_TAG_WITH_UNQUOTED_VALUE: Final = re.compile(r"<[A-Za-z_][^<>\"']*=\s*[^\s\"'<>][^<>]*>")
_UNQUOTED_VALUE: Final = re.compile(r"(\s[\w:.-]+\s*=\s*)([^\s\"'<>/][^\s<>\"']*)")
_USED_PREFIX: Final = re.compile(
    r"</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[\w.-]+\s*="
)
_DECLARED_PREFIX: Final = re.compile(r"xmlns:([\w.-]+)\s*=")


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


class _Lines:
    """Line numbers of many offsets in one text: the index of its line breaks is built
    once, on first use, so that a thousand repairs do not count lines a thousand times."""

    __slots__ = ("_breaks", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None

    def at(self, position: int) -> int:
        if self._breaks is None:
            self._breaks = [match.start() for match in re.finditer("\n", self._text)]
        return bisect.bisect_left(self._breaks, position) + 1


def _remove_forbidden_characters(text: str, report: Report) -> str:
    first = _FORBIDDEN_CHARACTERS.search(text)
    if first is None:
        return text
    cleaned, count = _FORBIDDEN_CHARACTERS.subn("", text)
    report.warn(
        "control-characters",
        f"removed {count} characters that XML forbids (first: U+{ord(first.group()):04X})",
        _line_at(text, first.start()),
    )
    return cleaned


def _repair_markup(text: str, report: Report) -> str:
    """Repair entities and attributes outside CDATA sections and comments."""
    pieces: list[str] = []
    position = 0
    lines = _Lines(text)
    while True:
        opening = _RAW_SECTION_START.search(text, position)
        end = len(text) if opening is None else opening.start()
        pieces.append(_repair_segment(text, position, end, lines, report))
        if opening is None:
            return "".join(pieces)
        closer = "]]>" if opening.group() == "<![CDATA[" else "-->"
        close = text.find(closer, opening.end())
        if close < 0:  # unterminated: the recovering parser will say so
            pieces.append(text[opening.start() :])
            return "".join(pieces)
        position = close + len(closer)
        pieces.append(text[opening.start() : position])


def _repair_segment(text: str, start: int, end: int, lines: _Lines, report: Report) -> str:
    segment = text[start:end]
    if "=" in segment and _START_TAG_WITH_UNQUOTED_VALUE.search(segment):
        segment = _START_TAG_WITH_UNQUOTED_VALUE.sub(
            _quoting_repairer(start, lines, report), segment
        )
    if "&" in segment:
        segment = _AMPERSAND.sub(_entity_repairer(start, lines, report), segment)
    return segment


def _quoting_repairer(offset: int, lines: _Lines, report: Report) -> Callable[[re.Match[str]], str]:
    def repair(tag: re.Match[str]) -> str:
        def quote(attribute: re.Match[str]) -> str:
            value = attribute.group(2)
            report.warn(
                "attribute-repaired",
                f"unquoted attribute value {value[:60]!r} quoted",
                lines.at(offset + tag.start()),
            )
            return f'{attribute.group(1)}"{value}"'

        return _UNQUOTED_VALUE.sub(quote, tag.group())

    return repair


def _entity_repairer(offset: int, lines: _Lines, report: Report) -> Callable[[re.Match[str]], str]:
    def repair(match: re.Match[str]) -> str:
        name = match.group("name")
        if name is not None:
            if name in _XML_ENTITIES:
                return match.group()
            import html.entities  # only broken feeds need the table of HTML entities

            replacement = html.entities.html5.get(name + ";")
            where = lines.at(offset + match.start())
            if replacement is None:
                report.warn("entity-repaired", f"unknown entity &{name}; kept as text", where)
                return "&amp;" + name + ";"
            report.warn("entity-repaired", f"HTML entity &{name}; read as its character", where)
            return "".join(f"&#{ord(char)};" for char in replacement)
        number = match.group("decimal") or match.group("hex")
        if number is not None:
            code_point = int(number, 10 if match.group("decimal") else 16)
            if _is_xml_character(code_point):
                return match.group()
            report.warn(
                "entity-repaired",
                f"character reference {match.group()} names no XML character; removed",
                lines.at(offset + match.start()),
            )
            return ""
        report.warn("entity-repaired", "bare '&' read as text", lines.at(offset + match.start()))
        return "&amp;"

    return repair


def _is_xml_character(code_point: int) -> bool:
    return (
        code_point in (0x9, 0xA, 0xD)
        or 0x20 <= code_point <= 0xD7FF
        or 0xE000 <= code_point <= 0xFFFD
        or 0x10000 <= code_point <= 0x10FFFF
    )


def _declare_missing_prefixes(text: str, root_name: str, report: Report) -> str:
    used = {a or b for a, b in _USED_PREFIX.findall(text)}
    declared = set(_DECLARED_PREFIX.findall(text)) | {"xml", "xmlns"}
    missing = sorted(p for p in used - declared if p in WELL_KNOWN_PREFIXES)
    if not missing:
        return text
    root = text.find("<" + root_name)
    if root < 0:
        return text
    insert_at = root + 1 + len(root_name)
    declarations = "".join(f' xmlns:{p}="{WELL_KNOWN_PREFIXES[p]}"' for p in missing)
    for prefix in missing:
        report.warn(
            "namespace-repaired",
            f"prefix {prefix!r} used without a declaration; read as {WELL_KNOWN_PREFIXES[prefix]}",
            _line_at(text, root),
        )
    return text[:insert_at] + declarations + text[insert_at:]


# --- libxml2 errors ----------------------------------------------------------------


def _code_for(error: etree._LogEntry) -> WarningCode:
    name = error.type_name
    if "ENTITY" in name or "Entity" in error.message or "CharRef" in error.message:
        return "entity-repaired"
    if name.startswith("NS_") or "NAMESPACE" in name:
        return "namespace-repaired"
    if "ENCODING" in name:
        return "encoding-repaired"
    if "invalid Char" in error.message or "invalid xmlChar" in error.message:
        return "control-characters"
    if "ATTRIBUTE" in name:
        return "attribute-repaired"
    return "xml-recovered"


def _report_first_error(
    parser: etree.XMLParser, error: etree.XMLSyntaxError, report: Report
) -> None:
    """Report libxml2's first error (in strict mode, this raises it)."""
    for entry in parser.error_log:
        report.warn(_code_for(entry), entry.message.strip(), entry.line, column=entry.column)
        return
    line, column = error.position if error.position else (None, None)
    report.warn("xml-recovered", str(error.msg), line, column=column)


# --- the whole pipeline ------------------------------------------------------------


def read_document(data: bytes, report: Report, *, encoding: str | None = None) -> etree._Element:
    """Parse feed bytes into the root element, repairing and reporting as it goes.

    ``encoding`` overrides what the document declares (for text the caller decoded).
    """
    problem = _not_a_feed_message(data)
    if problem is not None:
        raise NotAFeedError(problem)
    data, known_encoding = _to_ascii_compatible(data, report)
    known_encoding = encoding or known_encoding
    data = _strip_junk(data, report)
    declaration = _ENCODING_DECLARATION.search(data, 0, 300)
    declared = known_encoding or (declaration.group(1).decode("ascii") if declaration else None)
    prolog = _scan_prolog(data, 0)
    if prolog.root_name.rpartition(":")[2].lower() == "html":
        raise NotAFeedError("found an HTML page (root element <html>), not a feed")
    if prolog.doctype is not None:
        data = _cut_doctype(data, prolog.doctype, report)
    encoding_name = (declared or "utf-8").lower()
    fast = encoding_name in _UTF8_NAMES or (
        encoding_name in _LATIN1_NAMES and not _C1_BYTES.search(data)
    )
    if fast:
        parser = _make_parser(recover=False, encoding="utf-8" if known_encoding else None)
        try:
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError as error:
            if report.strict:
                _report_first_error(parser, error, report)
    return _read_repaired(data, declared, prolog.root_name, report)


def _cut_doctype(data: bytes, span: tuple[int, int], report: Report) -> bytes:
    start, end = span
    doctype = data[start:end]
    if b"[" in doctype:
        report.warn(
            "doctype-ignored",
            "DOCTYPE with an internal subset removed; its entities are not expanded",
            data.count(b"\n", 0, start) + 1,
        )
    # Keep the line breaks so that line numbers still match the input.
    return data[:start] + b"\n" * doctype.count(b"\n") + data[end:]


def _read_repaired(
    data: bytes, declared: str | None, root_name: str, report: Report
) -> etree._Element:
    text = _decode(data, declared, report)
    text = _remove_forbidden_characters(text, report)
    text = _repair_markup(text, report)
    text = _declare_missing_prefixes(text, root_name, report)
    repaired = text.encode("utf-8")
    parser = _make_parser(recover=False, encoding="utf-8")
    try:
        return etree.fromstring(repaired, parser)
    except etree.XMLSyntaxError:
        pass
    parser = _make_parser(recover=True, encoding="utf-8")
    try:
        root = etree.fromstring(repaired, parser)
    except etree.XMLSyntaxError as error:  # recover mode gives up only on hopeless input
        line, column = error.position if error.position else (None, None)
        raise FeedError(f"unreadable XML: {error.msg}", line=line, column=column) from None
    report.recovered = True
    for entry in parser.error_log:
        report.warn(_code_for(entry), entry.message.strip(), entry.line, column=entry.column)
    if root is None:
        raise FeedError("no XML element could be read from the document", line=1)
    return root
