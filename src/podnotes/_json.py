"""Reading JSON text: one checked path for :mod:`podnotes.serialize` and
:mod:`podnotes.chapters_json`.

Python's ``json`` reads ``NaN`` and ``Infinity``, which JSON does not have, and raises
``ValueError`` for a number of more than 4,300 digits; both are refused here, with the
caller's own error type, as is anything that is not JSON text at all.
"""

from __future__ import annotations

import json
from typing import Any, Final

__all__ = ["MAX_NUMBER_LENGTH", "load_json"]

#: The longest number read: 64-bit integers and doubles need fewer digits.
MAX_NUMBER_LENGTH: Final = 40


def load_json(document: object, error: type[Exception], what: str) -> Any:
    """The data in JSON text (``str`` or UTF-8 ``bytes``), or ``error`` saying what is
    wrong; ``what`` names the document for the messages ("a chapters document")."""
    if not isinstance(document, str | bytes | bytearray):
        raise error(f"expected JSON text (str or bytes), got {type(document).__name__}")
    try:
        return json.loads(
            document,
            parse_constant=_refuse_constant,
            parse_int=_checked_int,
            parse_float=_checked_float,
        )
    except json.JSONDecodeError as problem:
        raise error(f"line {problem.lineno}, column {problem.colno}: {problem.msg}") from None
    except UnicodeDecodeError as problem:
        raise error(f"not UTF-8 text: {problem.reason} at byte {problem.start}") from None
    except RecursionError:
        raise error(f"nested too deeply to be {what}") from None
    except ValueError as problem:  # from the number readers below
        raise error(str(problem)) from None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _checked_int(text: str) -> int:
    if len(text) > MAX_NUMBER_LENGTH:
        raise ValueError(f"a number of {len(text)} digits is longer than any value podnotes writes")
    return int(text)


def _checked_float(text: str) -> float:
    if len(text) > MAX_NUMBER_LENGTH:
        raise ValueError(f"a number of {len(text)} digits is longer than any value podnotes writes")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text[:20]} is too large a number")
    return value
