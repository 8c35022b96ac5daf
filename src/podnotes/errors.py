"""The exceptions podnotes raises and the warning record it returns.

Everything podnotes raises on purpose derives from :class:`PodnotesError`. Errors caused
by the input also derive from :class:`ValueError`, so ``except ValueError`` keeps working
for callers that do not know podnotes.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "ChaptersError",
    "FeedError",
    "MalformedFeedError",
    "NotAFeedError",
    "ParseWarning",
    "PodnotesError",
    "SerializationError",
    "SourceError",
    "WarningCode",
]

#: What a :class:`ParseWarning` is about; a stable, documented vocabulary.
WarningCode = Literal[
    "junk-before-xml",  # bytes before the XML declaration or root element were removed
    "encoding-repaired",  # bytes that the declared encoding could not decode were repaired
    "doctype-ignored",  # a DTD with declarations was removed; its entities are not expanded
    "entity-repaired",  # an HTML entity, bare "&" or unknown entity was turned into text
    "control-characters",  # characters XML forbids were removed
    "attribute-repaired",  # an unquoted attribute value was quoted
    "namespace-repaired",  # a well-known prefix was used without being declared
    "xml-recovered",  # the XML was broken; the recovering parser read what it could
    "date-without-zone",  # a date gave no time zone, so UTC was assumed
    "date-invalid",  # a date could not be read or does not exist
    "duration-invalid",  # a duration could not be read
    "value-invalid",  # a number, flag or enumerated value could not be read
    "missing-value",  # a required attribute or text was missing, so the element was skipped
    "duplicate-ignored",  # a second, different value for a one-value field; the first is kept
    "extensions-truncated",  # elements podnotes does not model were kept only in part
    "too-many-warnings",  # further warnings of one code were counted, not listed
]


@attrs.frozen(kw_only=True)
class ParseWarning:
    """One thing podnotes skipped or repaired while reading a feed.

    ``line`` is the 1-based line of the input where the problem was found, or ``None``
    when it concerns the whole document.
    """

    code: WarningCode
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message} [{self.code}]"


class PodnotesError(Exception):
    """The root of every exception podnotes raises on purpose."""


class SourceError(PodnotesError, ValueError):
    """The value given as a source cannot be read (wrong type, looks like a path or URL)."""


class FeedError(PodnotesError, ValueError):
    """The input could not be read as a podcast feed.

    ``line`` and ``column`` are 1-based and ``None`` when the error concerns the whole
    document.
    """

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None):
        self.message = message
        self.line = line
        self.column = column
        super().__init__(self._describe())

    def _describe(self) -> str:
        if self.line is None:
            return self.message
        if self.column is None:
            return f"line {self.line}: {self.message}"
        return f"line {self.line}, column {self.column}: {self.message}"


class NotAFeedError(FeedError):
    """The input is something other than a feed: HTML, JSON, empty, another XML format."""


class MalformedFeedError(FeedError):
    """With ``strict=True``: the first problem that lenient parsing would have repaired.

    ``code`` is the :data:`WarningCode` the lenient parse would have reported.
    """

    def __init__(
        self,
        message: str,
        *,
        code: WarningCode,
        line: int | None = None,
        column: int | None = None,
    ):
        self.code: WarningCode = code
        super().__init__(message, line=line, column=column)


class ChaptersError(PodnotesError, ValueError):
    """A Podcasting 2.0 JSON chapters document could not be read."""


class SerializationError(PodnotesError, ValueError):
    """JSON data does not have the shape of the model value it was read as."""
