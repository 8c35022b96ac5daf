"""Which encoding a feed's bytes are in, and turning them into text.

Every encoding name a document declares goes through :func:`checked_codec`, and every
decode through :func:`decode`: an unknown name, a codec that is no text encoding
(``base64``, ``undefined``) or one that does not read ASCII as ASCII (a document whose
declaration could be read is ASCII-compatible) becomes a warning and UTF-8, never an
exception.
"""

from __future__ import annotations

import codecs
import functools
import re
import threading
from typing import Final

from podnotes._report import Report

__all__ = ["checked_codec", "decode", "is_latin1", "is_utf8", "sniff", "to_utf8"]

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: How many bytes :func:`sniff` looks at.
SNIFF_BYTES: Final = 64


def sniff(head: bytes) -> tuple[str, int] | None:
    """(codec, length of its byte-order mark) when the first bytes show a Unicode encoding.

    Besides byte-order marks, the patterns of XML 1.0 Appendix F without one: ``<`` (or
    ``<?``) in UTF-32 or UTF-16 is recognisable from its zero bytes. Markup is ASCII, so
    UTF-16 markup has a zero in most of its high bytes; random bytes that merely start
    with ``<`` and a zero do not, and are left to be found binary.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    if head[:4] == b"<\x00\x00\x00":
        return "utf-32-le", 0
    if head[:4] == b"\x00\x00\x00<":
        return "utf-32-be", 0
    if head[:2] == b"<\x00" and head[2:3] != b"\x00" and _mostly_zero(head[1::2]):
        return "utf-16-le", 0
    if head[:2] == b"\x00<" and _mostly_zero(head[0::2]):
        return "utf-16-be", 0
    return None


def _mostly_zero(high_bytes: bytes) -> bool:
    return high_bytes.count(0) * 2 >= len(high_bytes)


def to_utf8(data: bytes, codec: str, report: Report) -> bytes:
    """UTF-16 or UTF-32 bytes as UTF-8; bytes that are not in ``codec`` become U+FFFD."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        report.warn(
            "encoding-repaired",
            f"bytes that are not {codec} replaced by U+FFFD from offset {error.start}",
        )
        text = data.decode(codec, errors="replace")
    return text.encode("utf-8", errors="surrogatepass")


# Encodings libxml2 reads exactly as a browser would, so the fast path may trust it.
_UTF8_CODECS: Final = frozenset({"utf-8", "ascii"})
# The web reads these labels as windows-1252 (WHATWG Encoding Standard); libxml2 reads
# bytes 0x80-0x9F as control characters instead, so such documents take the slow path.
_LATIN1_CODECS: Final = frozenset({"iso8859-1", "cp1252"})
# Codecs Python knows that are no document encoding, or that could hide markup.
_REFUSED_CODECS: Final = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined"}
)
# Printable ASCII but "\", which some East Asian encodings map to a currency sign.
_ASCII_PROBE: Final = bytes(b for b in range(0x20, 0x7F) if b != 0x5C) + b"\t\n\r"


@functools.lru_cache(maxsize=256)
def checked_codec(name: str) -> str | None:
    """Python's name for an ASCII-compatible text encoding called ``name``, else ``None``."""
    try:
        codec = codecs.lookup(name).name
        if codec in _REFUSED_CODECS:
            return None
        readable = _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    return codec if readable else None


def is_utf8(codec: str | None) -> bool:
    """Whether text in ``codec`` (``None``: undeclared) is read as UTF-8."""
    return codec is None or codec in _UTF8_CODECS or codec == "utf-8-sig"


def is_latin1(codec: str | None) -> bool:
    return codec in _LATIN1_CODECS


# --- decoding ----------------------------------------------------------------------

_C1_BYTES: Final = re.compile(rb"[\x80-\x9f]")
_repairs = threading.local()


def has_c1_bytes(data: bytes) -> bool:
    return _C1_BYTES.search(data) is not None


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


def decode(data: bytes, codec: str | None, label: str | None, report: Report) -> str:
    """``data`` as text, in ``codec`` (checked, or ``None``: undeclared) as ``label`` said.

    Bytes that are not UTF-8 in a UTF-8 document are read as windows-1252, as browsers
    do; every repair is a warning.
    """
    if is_latin1(codec):
        if has_c1_bytes(data) and codec != "cp1252":
            report.warn(
                "encoding-repaired",
                f"declared {label} but uses bytes 0x80-0x9F; read as windows-1252",
                1,
            )
        return _decode_cp1252(data) if _needs_slow_cp1252(data) else data.decode("cp1252")
    if codec is not None and not is_utf8(codec):
        try:
            return data.decode(codec)
        except UnicodeError as error:
            start = error.start if isinstance(error, UnicodeDecodeError) else 0
            line = data.count(b"\n", 0, start) + 1
            report.warn(
                "encoding-repaired",
                f"bytes that are not {label} read as UTF-8 or windows-1252",
                line,
            )
    return _decode_utf8_with_fallback(data, label, report)


def _needs_slow_cp1252(data: bytes) -> bool:
    return any(byte in data for byte in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _decode_utf8_with_fallback(data: bytes, label: str | None, report: Report) -> str:
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
    said = f"declared {label}" if label else "undeclared encoding"
    first_line = data.count(b"\n", 0, positions[0]) + 1 if positions else None
    report.warn(
        "encoding-repaired",
        f"{said}, but {len(positions)} byte sequences are not UTF-8; read as windows-1252",
        first_line,
    )
    return text
