"""The engine that reads one element's children into the fields of a model value.

:class:`Fields` collects what a ``<channel>`` or an ``<item>`` says, :class:`Dispatch`
finds each child's handler by its raw tag (one dictionary lookup per child), and
:func:`read_children` runs them. The helpers below read text, attributes and typed
values from an element, turning a value :mod:`podnotes._values` refuses into a
warning; the handler factories make the handler of a simple element in one line.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any, Final, TypeAlias, cast

from lxml import etree

from podnotes import _values
from podnotes._report import Report
from podnotes._xml import split_tag
from podnotes.errors import WarningCode
from podnotes.model import RawElement

Element: TypeAlias = etree._Element


def line_of(element: Element) -> int | None:
    # lxml-stubs declares sourceline without a type; lxml gives an int, or None.
    return cast("int | None", element.sourceline)


def is_element(element: Element, key: str, local: str) -> bool:
    tag = element.tag
    return isinstance(tag, str) and split_tag(tag) == (key, local)


def first_child(element: Element, key: str, local: str) -> Element | None:
    for child in element:
        if is_element(child, key, local):
            return child
    return None


# --- reading one element's children ------------------------------------------------


class Fields:
    """The fields of one Podcast or Episode while its children are read.

    ``values`` holds what the element states outright (the first value of a one-value
    field wins); ``fallbacks`` holds what weaker sources say, used where nothing
    stronger did (dc:creator for the author, Atom ``updated`` for ``published``, ...).
    """

    __slots__ = ("extensions_cut", "fallbacks", "lists", "report", "values")

    def __init__(self, report: Report) -> None:
        self.report = report
        self.extensions_cut = False
        self.values: dict[str, Any] = {}
        self.fallbacks: dict[str, Any] = {}
        self.lists: dict[str, list[Any]] = {}

    def set(self, name: str, value: object, element: Element) -> None:
        if value is None:
            return
        existing = self.values.setdefault(name, value)
        if existing is not value and existing != value:
            self.report.warn(
                "duplicate-ignored",
                f"second <{display_name(element)}> ignored; the first one is kept",
                line_of(element),
            )

    def fallback(self, name: str, value: object) -> None:
        if value is not None:
            self.fallbacks.setdefault(name, value)

    def add(self, name: str, value: object) -> None:
        if value is not None:
            items = self.lists.get(name)
            if items is None:
                self.lists[name] = [value]
            else:
                items.append(value)

    def warn(self, code: WarningCode, message: str, element: Element) -> None:
        self.report.warn(code, message, line_of(element))

    def result(self) -> dict[str, Any]:
        values = {**self.fallbacks, **self.values}
        for name, items in self.lists.items():
            values[name] = tuple(items)
        return values


def display_name(element: Element) -> str:
    # Read the raw tag rather than etree.QName, which refuses the unbound
    # "itunes:explicit" names lxml's recovery leaves behind.
    prefix = element.prefix
    local = str(element.tag).rpartition("}")[2]
    return f"{prefix}:{local}" if prefix else local


Handler: TypeAlias = Callable[[Element, Fields], None]


class Dispatch(dict[object, Handler | None]):
    """The handler for each raw tag (``{uri}local``): ``dispatch[tag]``, found in the
    table by namespace and local name the first time a tag is met, then remembered, so
    that each child costs one dict lookup.

    An element podnotes does not model is kept as a :class:`~podnotes.model.RawElement`
    (:func:`keep_unmodelled`); comments and entities (``None``) are skipped.
    """

    __slots__ = ("_by_name",)

    def __init__(self, handlers: dict[tuple[str | None, str], Handler]) -> None:
        super().__init__()
        self._by_name = handlers

    def __missing__(self, tag: object) -> Handler | None:
        if isinstance(tag, str):
            found: Handler | None = self._by_name.get(split_tag(tag), keep_unmodelled)
        else:
            found = None
        if len(self) < 10_000:  # bounded: hostile feeds can invent endless tags
            self[tag] = found
        return found


# --- elements podnotes does not model ------------------------------------------------

#: How many unmodelled elements a podcast or an episode keeps, how deep, how many
#: children each, and how much text: enough for any real extension, bounded for all.
MAX_EXTENSIONS: Final = 100
MAX_EXTENSION_DEPTH: Final = 4
MAX_EXTENSION_CHILDREN: Final = 50
MAX_EXTENSION_TEXT: Final = 10_000


def keep_unmodelled(element: Element, fields: Fields) -> None:
    """Keep an element podnotes does not model, bounded, in ``extensions``."""
    kept = fields.lists.setdefault("extensions", [])
    if len(kept) >= MAX_EXTENSIONS:
        if len(kept) == MAX_EXTENSIONS and not fields.extensions_cut:
            fields.extensions_cut = True
            fields.warn(
                "extensions-truncated",
                f"more than {MAX_EXTENSIONS} elements podnotes does not model; "
                "the rest are not kept",
                element,
            )
        return
    cut: list[bool] = []
    kept.append(_raw(element, MAX_EXTENSION_DEPTH, cut))
    if cut:
        fields.warn(
            "extensions-truncated",
            f"<{display_name(element)}> kept only in part: past {MAX_EXTENSION_DEPTH} levels, "
            f"{MAX_EXTENSION_CHILDREN} children or {MAX_EXTENSION_TEXT} characters",
            element,
        )


def _raw(element: Element, depth: int, cut: list[bool]) -> RawElement:
    tag = str(element.tag)
    namespace, _, name = tag[1:].partition("}") if tag[:1] == "{" else (None, "", tag)
    text = element.text.strip() if element.text else None
    if text and len(text) > MAX_EXTENSION_TEXT:
        text = text[:MAX_EXTENSION_TEXT]
        cut.append(True)
    children = [child for child in element if isinstance(child.tag, str)]
    if children and (depth <= 1 or len(children) > MAX_EXTENSION_CHILDREN):
        cut.append(True)
        children = children[:MAX_EXTENSION_CHILDREN] if depth > 1 else []
    return RawElement(
        namespace=namespace,
        name=name,
        attributes=tuple((str(key), str(value)) for key, value in element.attrib.items()),
        text=text or None,
        children=tuple(_raw(child, depth - 1, cut) for child in children),
    )


def read_children(element: Element, dispatch: Dispatch, fields: Fields) -> None:
    values = fields.values
    for child in element:
        handler = dispatch[child.tag]
        kind = handler.__class__
        if kind is TextInto or (kind is MarkupInto and len(child) == 0):
            # The handler's work inline: half of an episode's elements are plain text
            # (markup without child elements is its text).
            name = cast("TextInto", handler).name  # its class, checked above
            text = child.text if len(child) == 0 else element_text(child)
            if text is not None and (text := text.strip()):
                if name not in values:
                    values[name] = text
                elif values[name] != text:
                    fields.set(name, text, child)  # warns that the second is ignored
        elif handler is not None:
            handler(child, fields)


# --- text and attribute helpers ----------------------------------------------------


def element_text(element: Element) -> str | None:
    """The element's text, children's text included, stripped; ``None`` when empty."""
    text = element.text if len(element) == 0 else "".join(cast("Iterator[str]", element.itertext()))
    if text is None:
        return None
    text = text.strip()
    return text or None


def element_markup(element: Element) -> str | None:
    """The element's content as the feed wrote it: text, or inline (X)HTML serialised."""
    if len(element) == 0:
        return element_text(element)
    parts = [element.text or ""]
    for child in element:
        tag: object = child.tag
        if not isinstance(tag, str):
            # An entity reference the recovering parser kept as a node: written as is.
            parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
            continue
        # A copy, so that the feed's own namespace declarations in scope (itunes, ...)
        # are not written into the content as if it had declared them.
        alone = copy.deepcopy(child)
        etree.cleanup_namespaces(alone)
        parts.append(etree.tostring(alone, encoding="unicode", with_tail=True))
    return "".join(parts).strip() or None


def attribute(element: Element, name: str) -> str | None:
    value = element.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def url_attribute(
    element: Element, name: str, fields: Fields, *, required: bool = False
) -> str | None:
    """An attribute that holds a web address; a protocol-relative one is made https."""
    value = required_attribute(element, name, fields) if required else attribute(element, name)
    if value is None or value[0] != "/":
        return value  # attribute() stripped it: already what absolute_url() would give
    return _values.absolute_url(value)


def required_attribute(element: Element, name: str, fields: Fields) -> str | None:
    value = attribute(element, name)
    if value is None:
        fields.warn(
            "missing-value",
            f"<{display_name(element)}> without its {name!r} attribute skipped",
            element,
        )
    return value


def required_text(element: Element, fields: Fields) -> str | None:
    value = element_text(element)
    if value is None:
        fields.warn("missing-value", f"empty <{display_name(element)}> skipped", element)
    return value


def checked(
    reader: Callable[[str], Any], text: str | None, element: Element, fields: Fields
) -> Any:
    """Run a value reader; a value it refuses becomes a warning and ``None``."""
    if text is None:
        return None
    try:
        return reader(text)
    except _values.InvalidValue as problem:
        fields.warn(problem.code, f"<{display_name(element)}>: {problem.message}", element)
        return None


def read_count(text: str | None, element: Element, fields: Fields, what: str) -> int | None:
    if text is None:
        return None
    if len(text) <= 18 and text.isdigit() and text.isascii():
        return int(text)  # the common case, without a closure
    return checked(lambda value: _values.parse_count(value, what), text, element, fields)  # type: ignore[no-any-return]


def read_decimal(text: str | None, element: Element, fields: Fields, what: str) -> float | None:
    return checked(lambda value: _values.parse_decimal(value, what), text, element, fields)  # type: ignore[no-any-return]


def read_flag(text: str | None, element: Element, fields: Fields) -> bool | None:
    what = f"<{display_name(element)}>"
    return checked(lambda value: _values.parse_flag(value, what), text, element, fields)  # type: ignore[no-any-return]


def read_date(text: str | None, element: Element, fields: Fields) -> datetime | None:
    if text is None:
        return None
    try:
        value, zone_assumed = _values.parse_date(text)
    except _values.InvalidValue as problem:
        fields.warn(problem.code, f"<{display_name(element)}>: {problem.message}", element)
        return None
    if zone_assumed:
        fields.warn(
            "date-without-zone",
            f"<{display_name(element)}> {text.strip()!r} gives no time zone; UTC assumed",
            element,
        )
    return value


def read_seconds(text: str | None, element: Element, fields: Fields) -> timedelta | None:
    seconds = read_decimal(text, element, fields, f"<{display_name(element)}>")
    if seconds is None:
        return None
    value = _values.seconds_in_range(seconds)
    if value is None:
        fields.warn("value-invalid", f"<{display_name(element)}>: {text!r} out of range", element)
    return value


def split_keywords(text: str | None) -> list[str]:
    if text is None:
        return []
    return [word.strip() for word in text.split(",") if word.strip()]


# --- handler factories: one line per simple element --------------------------------


class TextInto:
    """The handler for an element whose text is a field's value (``<title>``, ...).

    A class rather than a closure so that :func:`read_children` can recognise the
    commonest handler and do its work inline, without two function calls per element.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, element: Element, fields: Fields) -> None:
        fields.set(self.name, element_text(element), element)


class MarkupInto(TextInto):
    """The handler for an element whose content, markup included, is a field's value."""

    __slots__ = ()

    def __call__(self, element: Element, fields: Fields) -> None:
        fields.set(self.name, element_markup(element), element)


def fallback_text_into(name: str) -> Handler:
    def handle(element: Element, fields: Fields) -> None:
        fields.fallback(name, element_text(element))

    return handle


def date_into(name: str, *, weak: bool = False) -> Handler:
    def handle(element: Element, fields: Fields) -> None:
        value = read_date(element_text(element), element, fields)
        if weak:
            fields.fallback(name, value)
        else:
            fields.set(name, value, element)

    return handle


def lower_text_into(name: str, allowed: frozenset[str]) -> Handler:
    def handle(element: Element, fields: Fields) -> None:
        text = element_text(element)
        if text is None:
            return
        value = text.lower()
        if value in allowed:
            fields.set(name, value, element)
        else:
            expected = ", ".join(sorted(allowed))
            fields.warn(
                "value-invalid",
                f"<{display_name(element)}> {text!r} is not one of {expected}",
                element,
            )

    return handle


def keywords_into(name: str) -> Handler:
    def handle(element: Element, fields: Fields) -> None:
        for word in split_keywords(element_text(element)):
            fields.add(name, word)

    return handle
