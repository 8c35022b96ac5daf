"""Feed bytes to an lxml tree, safely, repairing what real feeds get wrong.

The path a document takes, after :mod:`podnotes._prolog` has read everything before its
root element (and removed any DOCTYPE):

1. Fast path: a well-formed UTF-8 or Latin-1 document goes straight to a hardened
   libxml2 parser.
2. Repair path, only when the fast path fails: decode ourselves (:mod:`podnotes._encoding`),
   drop characters XML forbids, turn HTML entities and bare ``&`` into text, quote
   unquoted attributes, declare well-known prefixes used without a declaration; then
   parse again, and if it is still broken let libxml2's recovering parser read what it
   can. Every repair and every recovered error is a warning.

Every parser made here is hardened the same way (:class:`HardenedParser`,
:func:`hardened_events`): it loads no DTD, expands no entity, uses no network, and a
resolver answers every request for an external resource with nothing, so that libxml2
opens no file and no socket even if a DOCTYPE were to reach it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final, Protocol, TypedDict

from lxml import etree

from podnotes import _encoding
from podnotes._prolog import Document
from podnotes._report import Report
from podnotes.errors import FeedError, WarningCode

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
FEEDBURNER: Final = "feedburner"
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
    "http://rssnamespace.org/feedburner/ext/1.0": FEEDBURNER,
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
# prolog step has already cut every DOCTYPE; this is the second wall). huge_tree=False
# keeps libxml2's limits on depth and text size. One set, for the tree parser and the
# stream.
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


class RefuseExternal(etree.Resolver):
    """Answers every request for an external resource with nothing.

    libxml2 asks its resolvers before it opens a DTD, an external entity or a parameter
    entity; with ``resolve_entities=False`` it still loads external parameter entities
    named in an internal subset. This resolver makes sure it never opens anything, and
    remembers what was asked for, so that the refusal can be reported.
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def resolve(  # type: ignore[override]
        self, system_url: str | None, public_id: str | None, context: object
    ) -> object:
        if len(self.refused) < 10:
            self.refused.append(str(system_url or public_id)[:200])
        return self.resolve_string("", context, base_url=None)


class HardenedParser(etree.XMLParser):
    """A tree parser that reads nothing but the bytes it is given."""

    def __init__(self, *, recover: bool, encoding: str | None) -> None:
        super().__init__(encoding=encoding, recover=recover, collect_ids=False, **HARDENED_OPTIONS)
        self.refusals = RefuseExternal()
        self.resolvers.add(self.refusals)


class Events(Protocol):
    """What the stream uses of lxml's ``iterparse`` (which lxml-stubs does not type)."""

    error_log: Sequence[etree._LogEntry]

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]: ...


def hardened_events(stream: object, *, encoding: str | None) -> tuple[Events, RefuseExternal]:
    """Start and end events from a byte stream, hardened as :class:`HardenedParser`;
    and the resolver, to ask what it refused."""
    events = etree.iterparse(stream, events=("start", "end"), encoding=encoding, **HARDENED_OPTIONS)
    refusals = RefuseExternal()
    events.resolvers.add(refusals)
    return events, refusals


def report_refusals(refusals: RefuseExternal, report: Report) -> None:
    """Report what a resolver refused to load (nothing, unless the prolog wall fell)."""
    for url in refusals.refused:
        report.warn("doctype-ignored", f"external resource {url!r} not loaded")


# --- repairs -----------------------------------------------------------------------

# Characters XML 1.0 forbids anywhere, even in CDATA.
_FORBIDDEN_CHARACTERS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_RAW_SECTION_START: Final = re.compile(r"<!\[CDATA\[|<!--")
# Every "&" but the five XML entities, which are fine as they are and by far the most
# common: a callback for each "&amp;" in a large feed would cost seconds.
_AMPERSAND: Final = re.compile(
    r"&(?!(?:amp|lt|gt|quot|apos);)"
    # Leading zeros are allowed in a character reference: &#0000000065; is "A".
    r"(?:#0*(?P<decimal>[0-9]{1,8});|#[xX]0*(?P<hex>[0-9a-fA-F]{1,8});"
    r"|(?P<name>[A-Za-z][A-Za-z0-9]{0,40});)?"
)
_XML_ENTITIES: Final = frozenset({"amp", "lt", "gt", "quot", "apos"})
# A start tag, and in it an "=" before something other than a quote. Each is linear:
# a tag cannot run past the next "<", and the quoted parts are split off before the
# unquoted value is looked for.
_START_TAG: Final = re.compile(r"<[A-Za-z_][^<>]*>")
_UNQUOTED_HINT: Final = re.compile(r"=\s*[^\s\"']")
_QUOTED: Final = re.compile(r"(\"[^\"]*\"|'[^']*')")
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
    if "=" in segment and _UNQUOTED_HINT.search(segment):
        segment = _START_TAG.sub(_quoting_repairer(start, lines, report), segment)
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

        whole = tag.group()
        if not _UNQUOTED_HINT.search(whole):
            return whole
        # Quoted values stay as they are: only what lies between them is looked at.
        parts = _QUOTED.split(whole)
        for index in range(0, len(parts), 2):
            parts[index] = _UNQUOTED_VALUE.sub(quote, parts[index])
        return "".join(parts)

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


def read_document(document: Document, data: bytes, report: Report) -> etree._Element:
    """Parse a document's bytes (its prolog already read) into the root element,
    repairing and reporting as it goes."""
    codec = document.codec
    fast = document.is_utf8 or (_encoding.is_latin1(codec) and not _encoding.has_c1_bytes(data))
    if fast:
        # Told the encoding, libxml2 never guesses one from the bytes or the declaration.
        encoding = "utf-8" if document.is_utf8 else "iso-8859-1"
        parser = HardenedParser(recover=False, encoding=encoding)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as error:
            if report.strict:
                _report_first_error(parser, error, report)
        else:
            report_refusals(parser.refusals, report)
            return root
    return _read_repaired(document, data, report)


def _read_repaired(document: Document, data: bytes, report: Report) -> etree._Element:
    text = _encoding.decode(data, document.codec, document.label, report)
    text = _remove_forbidden_characters(text, report)
    text = _repair_markup(text, report)
    text = _declare_missing_prefixes(text, document.root_name, report)
    repaired = text.encode("utf-8")
    parser = HardenedParser(recover=False, encoding="utf-8")
    try:
        root = etree.fromstring(repaired, parser)
    except etree.XMLSyntaxError:
        pass
    else:
        report_refusals(parser.refusals, report)
        return root
    parser = HardenedParser(recover=True, encoding="utf-8")
    try:
        root = etree.fromstring(repaired, parser)
    except etree.XMLSyntaxError as error:  # recover mode gives up only on hopeless input
        line, column = error.position if error.position else (None, None)
        raise FeedError(
            f"unreadable XML: {error.msg}", line=report.absolute(line), column=column
        ) from None
    report.recovered = True
    for entry in parser.error_log:
        report.warn(_code_for(entry), entry.message.strip(), entry.line, column=entry.column)
    report_refusals(parser.refusals, report)
    if root is None:
        raise FeedError("no XML element could be read from the document", line=1)
    return root
