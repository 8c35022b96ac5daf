"""Where a feed's bytes come from: every kind of source read one way, with bounds.

:func:`open_source` turns what :func:`podnotes.parse` and :func:`podnotes.iter_episodes`
accept into a :class:`ByteSource`, which both read in pieces. It checks what a file
object's ``read()`` returns, never takes a ``str`` for a path or URL, and reads a source
of unknown size (a pipe, a device, a file object) only up to :data:`UNSIZED_SOURCE_LIMIT`,
so that ``/dev/zero`` or an endless pipe ends with an error instead of filling memory.
"""

from __future__ import annotations

import io
import os
import re
import stat
from typing import IO, Final, TypeAlias

from podnotes.errors import SourceError

__all__ = ["UNSIZED_SOURCE_LIMIT", "ByteSource", "Source", "open_source", "unsupported_source"]

#: What :func:`podnotes.parse` accepts.
Source: TypeAlias = "bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]"

#: The most podnotes holds from a source whose size it cannot know in advance: standard
#: input, a pipe, a device or a file object. A regular file is read whole, whatever its
#: size; its size is known and chosen by the caller.
UNSIZED_SOURCE_LIMIT: Final = 256 * 1024 * 1024

_LOOKS_LIKE_URL: Final = re.compile(r"\s*[A-Za-z][A-Za-z0-9+.-]{1,20}://\S*\s*")
_PATH_PART_LIMIT: Final = 4096
_FEED_FILE_ENDINGS: Final = (".xml", ".rss", ".atom")


class ByteSource:
    """The bytes of one source, read in pieces.

    ``decoded`` is true when the caller gave text (a ``str``, or a text-mode file), which
    podnotes encodes as UTF-8: the encoding the document declares no longer applies.
    """

    __slots__ = (
        "_chunks",
        "_closer",
        "_limit",
        "_name",
        "_read",
        "_texts",
        "decoded",
        "rereadable",
    )

    def __init__(
        self,
        read: object,
        *,
        name: str,
        limit: int | None,
        rereadable: bool,
        decoded: bool = False,
        closer: IO[bytes] | None = None,
    ) -> None:
        self._read = read
        self._name = name
        self._limit = limit
        self._closer = closer
        self._chunks = 0  # pieces read so far
        self._texts = 0  # of which str
        self.decoded = decoded
        #: Whether the same source can be opened again (bytes, text, a path).
        self.rereadable = rereadable

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end."""
        if self._limit is not None:
            size = min(size, self._limit + 1)
        data = self._checked(self._call_read(size))
        if self._limit is not None:
            self._limit -= len(data)
            if self._limit < 0:
                raise SourceError(
                    f"{self._name} gave more than {UNSIZED_SOURCE_LIMIT // 1024**2} MiB, the most "
                    "podnotes reads from a source of unknown size: save it to a file and pass "
                    "its path"
                )
        return data

    def read_all(self) -> bytes:
        """Everything that is left."""
        if isinstance(self._read, memoryview):  # in memory already: one copy
            return self.read(len(self._read))
        pieces = []
        while data := self.read(1024 * 1024):
            pieces.append(data)
        return b"".join(pieces)

    def rest_from(self, head: bytes) -> bytes | None:
        """``head`` and everything left, without copying when the source is a ``bytes``
        object in memory and ``head`` is, unchanged, the last bytes read from it (the
        prolog reader may rewrite what it read); else ``None``."""
        view = self._read
        if not isinstance(view, memoryview) or not isinstance(view.obj, bytes):
            return None
        whole = view.obj
        consumed = len(whole) - len(view)  # the view is what is left: a suffix
        start = consumed - len(head)
        if start < 0 or whole[start:consumed] != head:
            return None
        self._read = view[len(view) :]
        return whole if start == 0 else whole[start:]

    def unbounded(self) -> None:
        """Lift the size limit: for a stream that holds only what it is reading."""
        self._limit = None

    def close(self) -> None:
        if self._closer is not None:
            self._closer.close()

    def _call_read(self, size: int) -> object:
        read = self._read
        if isinstance(read, memoryview):
            piece = read[:size]
            self._read = read[len(piece) :]
            return bytes(piece)
        try:
            return read(size)  # type: ignore[operator]
        except OSError as error:
            raise SourceError(f"cannot read {self._name}: {error.strerror or error}") from error
        except MemoryError:
            raise  # ours, not the source's
        except Exception as error:
            # A file object may raise anything: a closed file ValueError, a text file
            # UnicodeDecodeError, a truncated gzip file EOFError. The source is at fault.
            raise SourceError(f"cannot read {self._name}: {error!r:.200}") from error

    def _checked(self, data: object) -> bytes:
        if isinstance(data, bytes | bytearray | memoryview):
            if self._texts:
                raise SourceError(f"{self._name} gave text, then bytes")
            self._chunks += 1
            return bytes(data)
        if isinstance(data, str):
            if self._chunks > self._texts:
                raise SourceError(f"{self._name} gave bytes, then text")
            self._chunks += 1
            self._texts += 1
            self.decoded = True
            return data.encode("utf-8", errors="surrogatepass")
        if data is None:
            raise SourceError(
                f"{self._name}'s read() returned None (a non-blocking stream with no data "
                "ready): pass the bytes once they have arrived"
            )
        raise SourceError(f"{self._name}'s read() returned {type(data).__name__}, not bytes")


def open_source(source: object) -> ByteSource:
    """The :class:`ByteSource` of anything :func:`podnotes.parse` accepts.

    Raises :class:`~podnotes.errors.SourceError` for a source of another type, a ``str``
    that looks like a path or a URL, and a file that cannot be opened.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return ByteSource(_bytes_view(source), name="the bytes", limit=None, rereadable=True)
    if isinstance(source, str):
        data = memoryview(text_source(source))
        return ByteSource(data, name="the text", limit=None, rereadable=True, decoded=True)
    if isinstance(source, os.PathLike):
        return _file_source(source)
    read = getattr(source, "read", None)
    if callable(read):
        return ByteSource(read, name="the file object", limit=_limit_for(source), rereadable=False)
    raise unsupported_source(source)


def _bytes_view(source: bytes | bytearray | memoryview) -> memoryview:
    """A view of the source's bytes, one per byte."""
    if not isinstance(source, memoryview):
        return memoryview(source)
    try:
        if source.contiguous:
            return source.cast("B")
        return memoryview(source.tobytes())  # a strided view: its bytes, copied
    except ValueError as error:  # a released view
        raise SourceError(f"cannot read the memoryview: {error}") from error


def unsupported_source(source: object) -> SourceError:
    """The error for a source of a type podnotes does not read."""
    return SourceError(
        f"cannot parse a {type(source).__name__}: pass bytes, a binary file, "
        "a pathlib.Path or the XML text as str"
    )


def text_source(text: str) -> bytes:
    """XML text as UTF-8 bytes; a ``str`` that is a URL or a path is refused."""
    if _LOOKS_LIKE_URL.fullmatch(text):
        raise SourceError(
            f"parse() got a URL ({text.strip()[:80]!r}); podnotes never fetches: "
            "download the feed and pass its bytes"
        )
    if _looks_like_path(text):
        raise SourceError(
            f"parse() got a str that looks like a path ({text.strip()[:80]!r}); "
            "a str is read as XML text: pass a pathlib.Path to read a file"
        )
    return text.encode("utf-8", errors="surrogatepass")


def _looks_like_path(text: str) -> bool:
    """One line without markup, with a path separator or a feed file's ending.

    "feeds/show.xml", "C:\\x", "show.RSS". Checked by hand, not by a regex, because a
    pattern with two bounded runs around a separator backtracks quadratically.
    """
    core = text.strip()
    if not core or any(char in core for char in "<>\n"):
        return False
    ending = next((e for e in _FEED_FILE_ENDINGS if core.lower().endswith(e)), "")
    if ending and len(core) - len(ending) <= _PATH_PART_LIMIT:
        return True
    # A separator with at most _PATH_PART_LIMIT characters on either side of it.
    window = core[max(0, len(core) - _PATH_PART_LIMIT - 1) : _PATH_PART_LIMIT + 1]
    return "/" in window or "\\" in window


def _file_source(path: os.PathLike[str]) -> ByteSource:
    try:
        name = repr(os.fspath(path))
    except Exception as error:  # a path object of the caller's that cannot say its path
        raise SourceError(f"cannot read the path object: {error!r:.200}") from error
    if len(name) > 200:
        name = name[:200] + "…"
    try:
        file = open(path, "rb")  # noqa: SIM115 (closed by ByteSource.close)
    except OSError as error:
        raise SourceError(f"cannot read {name}: {error.strerror or error}") from error
    except (ValueError, TypeError) as error:  # a NUL character; a path that is no text
        raise SourceError(f"cannot read {name}: {error}") from error
    limit = _limit_for(file)
    # A pipe or a device named by a path gives other bytes when opened again.
    return ByteSource(file.read, name=name, limit=limit, rereadable=limit is None, closer=file)


def _limit_for(file: object) -> int | None:
    """No limit for a regular file; :data:`UNSIZED_SOURCE_LIMIT` for anything else."""
    if isinstance(file, io.BytesIO):
        return None  # already in memory
    fileno = getattr(file, "fileno", None)
    if not callable(fileno):
        return UNSIZED_SOURCE_LIMIT
    try:
        mode = os.fstat(fileno()).st_mode
    except (OSError, ValueError, TypeError, AttributeError):
        # io.BytesIO and friends have no descriptor.
        return UNSIZED_SOURCE_LIMIT
    return None if stat.S_ISREG(mode) else UNSIZED_SOURCE_LIMIT
