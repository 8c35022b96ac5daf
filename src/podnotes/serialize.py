"""Model values to JSON-ready data and back.

The schema is the model itself, field for field, with these conversions:

- a frozen value (``Podcast``, ``Episode``, ``Link``, ...) is an object of its fields;
- a tuple is an array; ``None`` is ``null``;
- a datetime is an ISO 8601 string with its offset (``"2026-04-02T19:28:00+02:00"``);
- a duration is a number of seconds (``3723`` or ``3723.5``).

``from_dict(Podcast, to_dict(podcast)) == podcast`` holds for every value podnotes
makes; reading data of the wrong shape raises :class:`~podnotes.errors.SerializationError`
naming the path of the bad field.
"""

from __future__ import annotations

import functools
import json
import math
import types
import typing
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Final, TypeAlias, TypeVar, Union, get_args, get_origin, overload

import attrs
from attrs import AttrsInstance

from podnotes._json import load_json
from podnotes.errors import ParseWarning, SerializationError
from podnotes.model import Episode, Podcast, episode_from_fields

__all__ = ["JSONValue", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

#: Data as :func:`to_dict` gives it and :func:`json.dumps` takes it: objects (with text
#: keys), arrays, strings, numbers, booleans and ``None`` for null.
JSONValue: TypeAlias = dict[str, "JSONValue"] | list["JSONValue"] | str | int | float | bool | None

# No count or number in the model comes near this; larger data is no podnotes value
# (and could not be written back: Python refuses to print integers of 4,300 digits).
_LARGEST_NUMBER: Final = 10**18


@overload
def to_dict(value: AttrsInstance) -> dict[str, JSONValue]: ...
@overload
def to_dict(value: tuple[object, ...] | list[Any]) -> list[JSONValue]: ...
@overload
def to_dict(value: datetime | str) -> str: ...
@overload
def to_dict(value: timedelta) -> int | float: ...
@overload
def to_dict(value: bool) -> bool: ...
@overload
def to_dict(value: int) -> int: ...
@overload
def to_dict(value: float) -> float: ...
@overload
def to_dict(value: None) -> None: ...


def to_dict(value: Any) -> JSONValue:
    """A model value as JSON-ready data: objects, arrays, strings, numbers, null.

    A frozen value (``Podcast``, ``Episode``, ``Link``, ...) gives a ``dict`` with text
    keys, a tuple a ``list``, a datetime a ``str`` and a duration an ``int`` or ``float``
    (seconds); the type checker knows which from the type of ``value``.
    """
    try:
        return _to_dict(value)
    except RecursionError:  # only a value built by hand can nest this deep
        raise SerializationError("the value is nested too deeply to write") from None


def _to_dict(value: Any) -> JSONValue:
    if attrs.has(type(value)):
        return {
            field.name: _to_dict(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, tuple | list):
        return [_to_dict(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
        return int(seconds) if seconds.is_integer() else seconds
    if value is None or isinstance(value, str | int | float):  # a bool is an int
        return value
    # The model holds no other kind of value; anything else goes out as it came.
    return typing.cast(JSONValue, value)


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """A model value as JSON text (see :func:`to_dict` for the schema)."""
    data = to_dict(value)
    try:
        return json.dumps(data, indent=indent, ensure_ascii=False)
    except RecursionError:
        raise SerializationError("the value is nested too deeply to write") from None


def from_dict(cls: type[T], data: Any) -> T:
    """The value of type ``cls`` that :func:`to_dict` turned into ``data``."""
    try:
        result: T = _read(cls, data, cls.__name__)
    except RecursionError:
        raise SerializationError(f"{cls.__name__}: nested too deeply to read") from None
    return result


def from_json(cls: type[T], text: str | bytes) -> T:
    """The value of type ``cls`` that :func:`to_json` wrote as ``text``."""
    return from_dict(cls, load_json(text, SerializationError, "podnotes JSON"))


def _shown(data: object) -> str:
    """Data for an error message: short, and never an error itself."""
    try:
        return f"{data!r:.60}"
    except ValueError:  # an integer too long for Python to print
        return "a number too long to print"


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _read(kind: Any, data: Any, path: str) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = get_args(kind)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _read(inner, data, path)
    if origin is tuple:
        if not isinstance(data, list):
            raise SerializationError(f"{path}: expected an array, got {_shown(data)}")
        item = get_args(kind)[0]
        return tuple(_read(item, element, f"{path}[{index}]") for index, element in enumerate(data))
    if origin is typing.Literal:
        if data not in get_args(kind):
            expected = get_args(kind)
            raise SerializationError(f"{path}: expected one of {expected}, got {_shown(data)}")
        return data
    if isinstance(kind, type) and attrs.has(kind):
        return _read_value(kind, data, path)
    if kind is datetime:
        return _read_datetime(data, path)
    if kind is timedelta:
        if type(data) not in (int, float):
            raise SerializationError(f"{path}: expected seconds, got {_shown(data)}")
        try:
            return timedelta(seconds=data)
        except (OverflowError, ValueError):  # too large, or not a number (NaN)
            raise SerializationError(f"{path}: {_shown(data)} seconds is out of range") from None
    if kind is float and type(data) in (int, float):
        if not math.isfinite(data) or abs(data) > _LARGEST_NUMBER:
            raise SerializationError(f"{path}: {_shown(data)} is not a number podnotes writes")
        return float(data)
    if kind is int and type(data) is int:
        if abs(data) > _LARGEST_NUMBER:  # not printed: it may be too long to print
            raise SerializationError(f"{path}: a number larger than any count")
        return data
    if kind in (str, bool) and type(data) is kind:
        return data
    raise SerializationError(
        f"{path}: expected {getattr(kind, '__name__', kind)}, got {_shown(data)}"
    )


def _read_value(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise SerializationError(f"{path}: expected an object, got {_shown(data)}")
    hints = _field_types(cls)
    known = {field.name for field in attrs.fields(cls)}
    unknown = set(data) - known
    if unknown:
        if not all(isinstance(key, str) for key in unknown):
            raise SerializationError(f"{path}: field names must be text")
        raise SerializationError(f"{path}: unknown field {sorted(unknown)[0]!r}")
    values = {name: _read(hints[name], value, f"{path}.{name}") for name, value in data.items()}
    if cls is Episode:
        return episode_from_fields(values, drop_defaults=True)  # as small as parse() builds
    try:
        return cls(**values)
    except TypeError as error:  # a required field is missing
        raise SerializationError(f"{path}: {error}") from None


def _read_datetime(data: Any, path: str) -> datetime:
    if not isinstance(data, str):
        raise SerializationError(f"{path}: expected an ISO 8601 datetime, got {_shown(data)}")
    try:
        value = datetime.fromisoformat(data)
    except ValueError:
        raise SerializationError(
            f"{path}: expected an ISO 8601 datetime, got {_shown(data)}"
        ) from None
    if value.tzinfo is None:
        raise SerializationError(f"{path}: a datetime needs its offset, got {_shown(data)}")
    return value


# Resolved once, so that a bad annotation fails at import, not on a user's data.
_field_types(Podcast)
_field_types(ParseWarning)
