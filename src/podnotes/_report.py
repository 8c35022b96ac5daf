"""Collects the warnings of one parse; in strict mode, turns the first into an error."""

from __future__ import annotations

from collections import Counter
from typing import Final

from podnotes.errors import MalformedFeedError, ParseWarning, WarningCode

# A feed with thousands of bare "&" would otherwise carry thousands of identical
# warnings; past this many of one code they are counted in one summary warning.
MAX_WARNINGS_PER_CODE: Final = 50


class Report:
    """The warnings of one parse, in the order they were found."""

    __slots__ = ("_counts", "_warnings", "first_line", "line_offset", "recovered", "strict")

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        # The parser sees the document without its prolog (see podnotes._prolog): its
        # first line holds the XML declaration, which was on ``first_line`` of the
        # caller's input, and its later lines are ``line_offset`` lines further down.
        self.first_line = 1
        self.line_offset = 0
        # Set when libxml2's recovering parser had to guess the tree's shape.
        self.recovered = False
        self._warnings: list[ParseWarning] = []
        self._counts: Counter[WarningCode] = Counter()

    def warn(
        self,
        code: WarningCode,
        message: str,
        line: int | None = None,
        *,
        column: int | None = None,
    ) -> ParseWarning | None:
        """Record a problem; return the warning, or ``None`` once the code is over its cap."""
        line = self.absolute(line)
        if self.strict:
            raise MalformedFeedError(message, code=code, line=line, column=column)
        self._counts[code] += 1
        if self._counts[code] > MAX_WARNINGS_PER_CODE:
            return None
        warning = ParseWarning(code=code, message=message, line=line)
        self._warnings.append(warning)
        return warning

    def absolute(self, line: int | None) -> int | None:
        """A line of what the parser saw, as a line of the caller's input."""
        if line is None:
            return None
        return self.first_line if line == 1 else line + self.line_offset

    def count(self) -> int:
        """How many warnings are listed so far; a mark for :meth:`since`."""
        return len(self._warnings)

    def since(self, mark: int) -> tuple[ParseWarning, ...]:
        """The warnings listed after ``mark``."""
        if mark == len(self._warnings):
            return ()  # the common case, without copying a slice
        return tuple(self._warnings[mark:])

    def warnings(self) -> tuple[ParseWarning, ...]:
        """All warnings, with one summary per code that went over its cap."""
        summaries = [
            ParseWarning(
                code="too-many-warnings",
                message=f"{count - MAX_WARNINGS_PER_CODE} more {code!r} warnings not listed",
            )
            for code, count in self._counts.items()
            if count > MAX_WARNINGS_PER_CODE
        ]
        return (*self._warnings, *summaries)
