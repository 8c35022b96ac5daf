"""Reading a podcast feed: bytes in, a :class:`~podnotes.model.Podcast` out.

RSS 2.0, RSS 0.9x/1.0 (RDF) and Atom all produce the same model. Every child element
of the channel and of each item is visited once and dispatched on its namespace (by
URI, never by prefix) and local name.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any, Final, TypeAlias, cast

from lxml import etree

from podnotes import _values
from podnotes._prolog import Document, read_prolog
from podnotes._report import Report
from podnotes._source import Source, open_source
from podnotes._xml import (
    ATOM,
    CONTENT,
    DC,
    GOOGLEPLAY,
    ITUNES,
    MEDIA,
    PODCAST,
    PSC,
    RDF,
    RSS,
    read_document,
    split_tag,
)
from podnotes.errors import NotAFeedError, WarningCode
from podnotes.model import (
    AlternateEnclosure,
    Category,
    Chapter,
    Enclosure,
    Episode,
    Funding,
    Image,
    License,
    Location,
    MediaSource,
    Person,
    Podcast,
    RemoteItem,
    SocialInteract,
    Soundbite,
    Trailer,
    Transcript,
    Txt,
    UpdateFrequency,
    Value,
    ValueRecipient,
)

__all__ = ["Source", "parse"]

Element: TypeAlias = etree._Element


def parse(source: Source, *, strict: bool = False) -> Podcast:
    """Read a podcast feed.

    ``source`` is the feed's bytes, a binary file object, a :class:`os.PathLike` naming a
    local file, or a ``str`` holding the XML text. A ``str`` is never taken for a path
    or URL: podnotes reads no file but the path it is given and never uses the network.

    Lenient by default: what can be read is returned, and what was repaired or skipped
    is listed in :attr:`Podcast.warnings`. With ``strict=True`` the first such problem
    raises :class:`~podnotes.errors.MalformedFeedError` instead.

    Raises :class:`~podnotes.errors.SourceError` for a source that cannot be read,
    :class:`~podnotes.errors.NotAFeedError` for input that is not a feed, and
    :class:`~podnotes.errors.FeedError` for XML too broken to read.
    """
    byte_source = open_source(source)
    try:
        report = Report(strict=strict)
        document = read_prolog(byte_source, report)
        return read_whole(document, report)
    finally:
        byte_source.close()


def read_whole(document: Document, report: Report) -> Podcast:
    """The podcast of a document whose prolog has been read: the rest is read whole."""
    root = read_document(document, document.read_all(), report)
    return _read_feed(root, report)


# --- the document ------------------------------------------------------------------


def _read_feed(root: Element, report: Report) -> Podcast:
    key, local = split_tag(root.tag) if isinstance(root.tag, str) else (None, "")
    if key == RSS and local == "rss":
        channel = _first_child(root, RSS, "channel")
        if channel is None:
            report.warn("missing-value", "<rss> has no <channel>", _line(root))
            return build_podcast(root, [], report)
        # Items belong in the channel; some feeds put them beside it.
        stray = [child for child in root if _is(child, RSS, "item")]
        return build_podcast(channel, stray, report)
    if key == RDF and local == "RDF":
        channel = _first_child(root, RSS, "channel")
        items = [child for child in root if _is(child, RSS, "item")]
        if channel is None:
            report.warn("missing-value", "RSS 1.0 document has no <channel>", _line(root))
            channel = etree.Element("channel")
        return build_podcast(channel, items, report)
    if key == ATOM and local == "feed":
        return build_podcast(root, [], report)
    raise not_a_feed(root, report)


#: The root elements of the feeds podnotes reads: RSS 2.0, RSS 1.0 (RDF) and Atom.
FEED_ROOTS: Final = frozenset({(RSS, "rss"), (RDF, "RDF"), (ATOM, "feed")})


def not_a_feed(root: Element, report: Report) -> NotAFeedError:
    """The error for a document whose root element is not one of :data:`FEED_ROOTS`."""
    local = split_tag(root.tag)[1] if isinstance(root.tag, str) else ""
    return NotAFeedError(
        f"found an XML document whose root element is <{local}>, not RSS or Atom",
        line=report.absolute(_line(root)),
    )


def _line(element: Element) -> int | None:
    # lxml-stubs declares sourceline without a type; lxml gives an int, or None.
    return cast("int | None", element.sourceline)


def _is(element: Element, key: str, local: str) -> bool:
    tag = element.tag
    return isinstance(tag, str) and split_tag(tag) == (key, local)


def _first_child(element: Element, key: str, local: str) -> Element | None:
    for child in element:
        if _is(child, key, local):
            return child
    return None


# --- reading one element's children ------------------------------------------------


class _Fields:
    """The fields of one Podcast or Episode while its children are read.

    ``values`` holds what the element states outright (the first value of a one-value
    field wins); ``fallbacks`` holds what weaker sources say, used where nothing
    stronger did (dc:creator for the author, Atom ``updated`` for ``published``, ...).
    """

    __slots__ = ("fallbacks", "lists", "report", "values")

    def __init__(self, report: Report) -> None:
        self.report = report
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
                f"second <{_display_name(element)}> ignored; the first one is kept",
                _line(element),
            )

    def fallback(self, name: str, value: object) -> None:
        if value is not None:
            self.fallbacks.setdefault(name, value)

    def add(self, name: str, value: object) -> None:
        if value is not None:
            self.lists.setdefault(name, []).append(value)

    def warn(self, code: WarningCode, message: str, element: Element) -> None:
        self.report.warn(code, message, _line(element))

    def result(self) -> dict[str, Any]:
        values = {**self.fallbacks, **self.values}
        for name, items in self.lists.items():
            values[name] = tuple(items)
        return values


def _display_name(element: Element) -> str:
    prefix = element.prefix
    local = etree.QName(element).localname
    return f"{prefix}:{local}" if prefix else local


Handler: TypeAlias = Callable[[Element, _Fields], None]


class _Dispatch:
    """The handler for each raw tag (``{uri}local``), looked up once per distinct tag."""

    __slots__ = ("_by_name", "by_tag")

    def __init__(self, handlers: dict[tuple[str | None, str], Handler]) -> None:
        self._by_name = handlers
        # Raw tag -> handler, or None for a tag podnotes does not read. Filled as tags
        # are met, so that each child costs one dict lookup.
        self.by_tag: dict[object, Handler | None] = {}

    def resolve(self, tag: object) -> Handler | None:
        """The handler for a tag not met before (``None`` for comments and entities)."""
        found = self._by_name.get(split_tag(tag)) if isinstance(tag, str) else None
        if len(self.by_tag) < 10_000:  # bounded: hostile feeds can invent endless tags
            self.by_tag[tag] = found
        return found


_UNSEEN: Final[Any] = object()


def _read_children(element: Element, dispatch: _Dispatch, fields: _Fields) -> None:
    by_tag = dispatch.by_tag
    values = fields.values
    for child in element:
        tag = child.tag
        handler = by_tag.get(tag, _UNSEEN)
        if handler is _UNSEEN:
            handler = dispatch.resolve(tag)
        kind = handler.__class__
        if kind is _TextInto or (kind is _MarkupInto and len(child) == 0):
            # The handler's work inline: half of an episode's elements are plain text
            # (markup without child elements is its text).
            name = handler.name
            text = child.text if len(child) == 0 else _text(child)
            if text is not None and (text := text.strip()):
                if name not in values:
                    values[name] = text
                elif values[name] != text:
                    fields.set(name, text, child)  # warns that the second is ignored
        elif handler is not None:
            handler(child, fields)


# --- text and attribute helpers ----------------------------------------------------


def _text(element: Element) -> str | None:
    """The element's text, children's text included, stripped; ``None`` when empty."""
    text = element.text if len(element) == 0 else "".join(cast("Iterator[str]", element.itertext()))
    if text is None:
        return None
    text = text.strip()
    return text or None


def _markup(element: Element) -> str | None:
    """The element's content as the feed wrote it: text, or inline (X)HTML serialised."""
    if len(element) == 0:
        return _text(element)
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


def _attribute(element: Element, name: str) -> str | None:
    value = element.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _required(element: Element, name: str, fields: _Fields) -> str | None:
    value = _attribute(element, name)
    if value is None:
        fields.warn(
            "missing-value",
            f"<{_display_name(element)}> without its {name!r} attribute skipped",
            element,
        )
    return value


def _required_text(element: Element, fields: _Fields) -> str | None:
    value = _text(element)
    if value is None:
        fields.warn("missing-value", f"empty <{_display_name(element)}> skipped", element)
    return value


def _checked(
    reader: Callable[[str], Any], text: str | None, element: Element, fields: _Fields
) -> Any:
    """Run a value reader; a value it refuses becomes a warning and ``None``."""
    if text is None:
        return None
    try:
        return reader(text)
    except _values.InvalidValue as problem:
        fields.warn(problem.code, f"<{_display_name(element)}>: {problem.message}", element)
        return None


def _count(text: str | None, element: Element, fields: _Fields, what: str) -> int | None:
    if text is None:
        return None
    return _checked(lambda value: _values.parse_count(value, what), text, element, fields)  # type: ignore[no-any-return]


def _decimal(text: str | None, element: Element, fields: _Fields, what: str) -> float | None:
    return _checked(lambda value: _values.parse_decimal(value, what), text, element, fields)  # type: ignore[no-any-return]


def _flag(text: str | None, element: Element, fields: _Fields) -> bool | None:
    what = f"<{_display_name(element)}>"
    return _checked(lambda value: _values.parse_flag(value, what), text, element, fields)  # type: ignore[no-any-return]


def _date(text: str | None, element: Element, fields: _Fields) -> datetime | None:
    if text is None:
        return None
    try:
        value, zone_assumed = _values.parse_date(text)
    except _values.InvalidValue as problem:
        fields.warn(problem.code, f"<{_display_name(element)}>: {problem.message}", element)
        return None
    if zone_assumed:
        fields.warn(
            "date-without-zone",
            f"<{_display_name(element)}> {text.strip()!r} gives no time zone; UTC assumed",
            element,
        )
    return value


def _seconds(text: str | None, element: Element, fields: _Fields) -> timedelta | None:
    seconds = _decimal(text, element, fields, f"<{_display_name(element)}>")
    if seconds is None:
        return None
    try:
        return timedelta(seconds=seconds)
    except OverflowError:
        fields.warn("value-invalid", f"<{_display_name(element)}>: {text!r} out of range", element)
        return None


def _split_keywords(text: str | None) -> list[str]:
    if text is None:
        return []
    return [word.strip() for word in text.split(",") if word.strip()]


# --- handler factories: one line per simple element --------------------------------


class _TextInto:
    """The handler for an element whose text is a field's value (``<title>``, ...).

    A class rather than a closure so that :func:`_read_children` can recognise the
    commonest handler and do its work inline, without two function calls per element.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, element: Element, fields: _Fields) -> None:
        fields.set(self.name, _text(element), element)


_text_into = _TextInto


class _MarkupInto(_TextInto):
    """The handler for an element whose content, markup included, is a field's value."""

    __slots__ = ()

    def __call__(self, element: Element, fields: _Fields) -> None:
        fields.set(self.name, _markup(element), element)


_markup_into = _MarkupInto


def _fallback_text_into(name: str) -> Handler:
    def handle(element: Element, fields: _Fields) -> None:
        fields.fallback(name, _text(element))

    return handle


def _date_into(name: str, *, weak: bool = False) -> Handler:
    def handle(element: Element, fields: _Fields) -> None:
        value = _date(_text(element), element, fields)
        if weak:
            fields.fallback(name, value)
        else:
            fields.set(name, value, element)

    return handle


def _flag_into(name: str) -> Handler:
    def handle(element: Element, fields: _Fields) -> None:
        fields.set(name, _flag(_text(element), element, fields), element)

    return handle


def _lower_text_into(name: str, allowed: frozenset[str]) -> Handler:
    def handle(element: Element, fields: _Fields) -> None:
        text = _text(element)
        if text is None:
            return
        value = text.lower()
        if value in allowed:
            fields.set(name, value, element)
        else:
            expected = ", ".join(sorted(allowed))
            fields.warn(
                "value-invalid",
                f"<{_display_name(element)}> {text!r} is not one of {expected}",
                element,
            )

    return handle


def _keywords_into(name: str) -> Handler:
    def handle(element: Element, fields: _Fields) -> None:
        for word in _split_keywords(_text(element)):
            fields.add(name, word)

    return handle


def _text_item_into(name: str) -> Handler:
    def handle(element: Element, fields: _Fields) -> None:
        fields.add(name, _text(element))

    return handle


# --- shared handlers (channel and item) --------------------------------------------


def _explicit(element: Element, fields: _Fields) -> None:
    text = _text(element)
    if text is not None:
        fields.set("explicit", _checked(_values.parse_explicit, text, element, fields), element)


def _yes_into(name: str) -> Handler:
    # itunes:block and itunes:complete: Apple reads only "Yes"; any other value is "no".
    def handle(element: Element, fields: _Fields) -> None:
        text = _text(element)
        if text is not None:
            fields.set(name, text.lower() in ("yes", "true"), element)

    return handle


def _itunes_image(element: Element, fields: _Fields) -> None:
    url = _attribute(element, "href") or _attribute(element, "url") or _text(element)
    if url is None:
        fields.warn("missing-value", "<itunes:image> without 'href' skipped", element)
        return
    fields.set("image", Image(url=url), element)


def _weak_image(element: Element, fields: _Fields) -> None:
    url = _attribute(element, "href") or _attribute(element, "url") or _text(element)
    if url is not None:
        fields.fallback("image", Image(url=url))


def _person(element: Element, fields: _Fields) -> None:
    name = _required_text(element, fields)
    if name is None:
        return
    fields.add(
        "persons",
        Person(
            name=name,
            # The spec's defaults: a person without a role is a host, of the cast.
            role=(_attribute(element, "role") or "host").lower(),
            group=(_attribute(element, "group") or "cast").lower(),
            image=_attribute(element, "img"),
            url=_attribute(element, "href"),
        ),
    )


def _location(element: Element, fields: _Fields) -> None:
    name = _required_text(element, fields)
    if name is not None:
        fields.add(
            "locations",
            Location(
                name=name,
                geo=_attribute(element, "geo"),
                osm=_attribute(element, "osm"),
                rel=_attribute(element, "rel"),
                country=_attribute(element, "country"),
            ),
        )


def _funding(element: Element, fields: _Fields) -> None:
    url = _required(element, "url", fields)
    if url is not None:
        fields.add("funding", Funding(url=url, label=_text(element)))


def _license(element: Element, fields: _Fields) -> None:
    name = _required_text(element, fields)
    if name is not None:
        fields.set("license", License(name=name, url=_attribute(element, "url")), element)


def _txt(element: Element, fields: _Fields) -> None:
    text = _required_text(element, fields)
    if text is not None:
        fields.add("txt", Txt(text=text, purpose=_attribute(element, "purpose")))


def _social_interact(element: Element, fields: _Fields) -> None:
    protocol = _required(element, "protocol", fields)
    if protocol is None:
        return
    fields.add(
        "social_interacts",
        SocialInteract(
            protocol=protocol,
            # The first drafts put the URI in the text; the final spec in an attribute.
            uri=_attribute(element, "uri") or _text(element),
            account_id=_attribute(element, "accountId"),
            account_url=_attribute(element, "accountUrl"),
            priority=_count(_attribute(element, "priority"), element, fields, "priority"),
        ),
    )


def _value(element: Element, fields: _Fields) -> None:
    kind = _required(element, "type", fields)
    method = _required(element, "method", fields)
    if kind is None or method is None:
        return
    recipients = []
    for child in element:
        if not _is(child, PODCAST, "valueRecipient"):
            continue
        address = _required(child, "address", fields)
        recipient_type = _required(child, "type", fields)
        split = _count(_required(child, "split", fields), child, fields, "split")
        if address is None or recipient_type is None or split is None:
            continue
        recipients.append(
            ValueRecipient(
                address=address,
                type=recipient_type,
                split=split,
                name=_attribute(child, "name"),
                custom_key=_attribute(child, "customKey"),
                custom_value=_attribute(child, "customValue"),
                fee=(_attribute(child, "fee") or "").lower() == "true",
            )
        )
    fields.add(
        "value",
        Value(
            type=kind,
            method=method,
            suggested=_attribute(element, "suggested"),
            recipients=tuple(recipients),
        ),
    )


def _atom_link_rel(element: Element) -> tuple[str, str] | None:
    href = _attribute(element, "href")
    if href is None:
        return None
    return (_attribute(element, "rel") or "alternate").lower(), href


def _channel_atom_link(element: Element, fields: _Fields) -> None:
    # A feed links to itself (self) and its web page (alternate); other relations
    # (hub, next, payment, ...) are not modelled.
    link = _atom_link_rel(element)
    if link is not None and link[0] == "self":
        fields.set("feed_url", link[1], element)
    elif link is not None and link[0] == "alternate":
        fields.fallback("link", link[1])


def _episode_atom_link(element: Element, fields: _Fields) -> None:
    # An entry links to its web page (alternate) and its media (enclosure).
    link = _atom_link_rel(element)
    if link is not None and link[0] == "alternate":
        fields.fallback("link", link[1])
    elif link is not None and link[0] == "enclosure":
        fields.set("enclosure", _enclosure_from(link[1], element, "length", fields), element)


def _atom_author(element: Element, fields: _Fields) -> None:
    for child in element:
        if _is(child, ATOM, "name"):
            fields.fallback("author", _text(child))
            return
    fields.fallback("author", _text(element))


def _enclosure_from(url: str, element: Element, length_attribute: str,
                    fields: _Fields) -> Enclosure:  # fmt: skip
    length = _count(_attribute(element, length_attribute), element, fields, "enclosure length")
    # Hosts write length="0" when they do not know it: that is absent, not empty.
    return Enclosure(url=url, type=_attribute(element, "type"), length=length or None)


# --- the channel -------------------------------------------------------------------


def _rss_image(element: Element, fields: _Fields) -> None:
    parts = {split_tag(child.tag)[1]: _text(child) for child in element
             if isinstance(child.tag, str)}  # fmt: skip
    url = parts.get("url") or _attribute(element, "url")
    if url is None:
        return
    fields.fallback(
        "image",
        Image(
            url=url,
            title=parts.get("title"),
            link=parts.get("link"),
            width=_count(parts.get("width"), element, fields, "image width"),
            height=_count(parts.get("height"), element, fields, "image height"),
        ),
    )


def _itunes_owner(element: Element, fields: _Fields) -> None:
    parts = {split_tag(child.tag): _text(child) for child in element
             if isinstance(child.tag, str)}  # fmt: skip
    name = parts.get((ITUNES, "name"))
    email = parts.get((ITUNES, "email"))
    if name is None and email is None:
        return
    fields.set("owner", Person(name=name or email or "", role="owner", email=email), element)


def _itunes_category(element: Element, fields: _Fields) -> None:
    category = _category_tree(element)
    if category is not None:
        fields.add("itunes_categories", category)


def _category_tree(element: Element) -> Category | None:
    name = _attribute(element, "text")
    if name is None:
        return None
    children = (_category_tree(child) for child in element if _is(child, ITUNES, "category"))
    return Category(name=name, subcategories=tuple(c for c in children if c is not None))


def _locked(element: Element, fields: _Fields) -> None:
    fields.set("locked", _flag(_text(element), element, fields), element)
    fields.set("locked_owner", _attribute(element, "owner"), element)


def _images(element: Element, fields: _Fields) -> None:
    srcset = _required(element, "srcset", fields)
    for candidate in (srcset or "").split(","):
        url, _, descriptor = candidate.strip().partition(" ")
        if not url:
            continue
        descriptor = descriptor.strip()
        width = None
        if descriptor.endswith("w"):
            width = _count(descriptor[:-1], element, fields, "image width")
        fields.add("images", Image(url=url, width=width))


def _trailer(element: Element, fields: _Fields) -> None:
    url = _required(element, "url", fields)
    title = _required_text(element, fields)
    if url is None or title is None:
        return
    fields.add(
        "trailers",
        Trailer(
            url=url,
            title=title,
            published=_date(_attribute(element, "pubdate"), element, fields),
            length=_count(_attribute(element, "length"), element, fields, "length") or None,
            type=_attribute(element, "type"),
            season=_count(_attribute(element, "season"), element, fields, "season"),
        ),
    )


def _podroll(element: Element, fields: _Fields) -> None:
    for child in element:
        if _is(child, PODCAST, "remoteItem"):
            _remote_item(child, fields)


def _remote_item(element: Element, fields: _Fields) -> None:
    feed_guid = _required(element, "feedGuid", fields)
    if feed_guid is not None:
        fields.add(
            "podroll",
            RemoteItem(
                feed_guid=feed_guid,
                feed_url=_attribute(element, "feedUrl"),
                item_guid=_attribute(element, "itemGuid"),
                medium=_attribute(element, "medium"),
                title=_attribute(element, "title"),
            ),
        )


def _update_frequency(element: Element, fields: _Fields) -> None:
    text = _required_text(element, fields)
    if text is None:
        return
    fields.set(
        "update_frequency",
        UpdateFrequency(
            text=text,
            rrule=_attribute(element, "rrule"),
            complete=(_attribute(element, "complete") or "").lower() == "true",
            start=_date(_attribute(element, "dtstart"), element, fields),
        ),
        element,
    )


def _medium(element: Element, fields: _Fields) -> None:
    text = _text(element)
    fields.set("medium", text.lower() if text else None, element)


def _rss_category(element: Element, fields: _Fields) -> None:
    name = _text(element) or _attribute(element, "term")
    fields.add("rss_categories", name)


_PODCAST_TYPES: Final = frozenset({"episodic", "serial"})
_EPISODE_TYPES: Final = frozenset({"full", "trailer", "bonus"})

_CHANNEL_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    (RSS, "title"): _text_into("title"),
    (RSS, "link"): _text_into("link"),
    (RSS, "description"): _markup_into("description"),
    (RSS, "language"): _text_into("language"),
    (RSS, "copyright"): _text_into("copyright"),
    (RSS, "generator"): _text_into("generator"),
    (RSS, "managingEditor"): _fallback_text_into("author"),
    (RSS, "pubDate"): _date_into("published"),
    (RSS, "lastBuildDate"): _date_into("last_build_date"),
    (RSS, "image"): _rss_image,
    (RSS, "category"): _rss_category,
    (ITUNES, "author"): _text_into("author"),
    (ITUNES, "owner"): _itunes_owner,
    (ITUNES, "image"): _itunes_image,
    (ITUNES, "category"): _itunes_category,
    (ITUNES, "explicit"): _explicit,
    (ITUNES, "type"): _lower_text_into("type", _PODCAST_TYPES),
    (ITUNES, "complete"): _yes_into("complete"),
    (ITUNES, "block"): _yes_into("block"),
    (ITUNES, "new-feed-url"): _text_into("new_feed_url"),
    (ITUNES, "summary"): _markup_into("summary"),
    (ITUNES, "subtitle"): _text_into("subtitle"),
    (ITUNES, "keywords"): _keywords_into("keywords"),
    (PODCAST, "guid"): _text_into("guid"),
    (PODCAST, "locked"): _locked,
    (PODCAST, "funding"): _funding,
    (PODCAST, "person"): _person,
    (PODCAST, "location"): _location,
    (PODCAST, "medium"): _medium,
    (PODCAST, "license"): _license,
    (PODCAST, "trailer"): _trailer,
    (PODCAST, "value"): _value,
    (PODCAST, "podroll"): _podroll,
    (PODCAST, "txt"): _txt,
    (PODCAST, "images"): _images,
    (PODCAST, "updateFrequency"): _update_frequency,
    (PODCAST, "socialInteract"): _social_interact,
    (ATOM, "link"): _channel_atom_link,
    (ATOM, "title"): _fallback_text_into("title"),
    (ATOM, "subtitle"): _fallback_text_into("description"),
    (ATOM, "updated"): _date_into("last_build_date", weak=True),
    (ATOM, "rights"): _fallback_text_into("copyright"),
    (ATOM, "author"): _atom_author,
    (ATOM, "logo"): _weak_image,
    (ATOM, "icon"): _weak_image,
    (ATOM, "generator"): _fallback_text_into("generator"),
    (ATOM, "category"): _rss_category,
    (DC, "creator"): _fallback_text_into("author"),
    (DC, "date"): _date_into("published", weak=True),
    (DC, "rights"): _fallback_text_into("copyright"),
    (DC, "language"): _fallback_text_into("language"),
    (DC, "title"): _fallback_text_into("title"),
    (DC, "description"): _fallback_text_into("description"),
    (GOOGLEPLAY, "author"): _fallback_text_into("author"),
    (GOOGLEPLAY, "description"): _fallback_text_into("description"),
    (GOOGLEPLAY, "image"): _weak_image,
}


def build_podcast(channel: Element, stray_items: list[Element], report: Report) -> Podcast:
    fields = _Fields(report)
    episodes: list[Episode] = []
    for child in channel:
        tag: object = child.tag
        if not isinstance(tag, str):
            continue
        key_and_name = split_tag(tag)
        if key_and_name in EPISODE_ELEMENTS:
            episodes.append(build_episode(child, report))
            if report.recovered:
                # An unclosed tag makes the recovering parser nest the next items inside
                # this one; they are episodes all the same.
                episodes.extend(
                    build_episode(nested, report)
                    for nested in child.iterdescendants()
                    if isinstance(nested.tag, str) and split_tag(nested.tag) in EPISODE_ELEMENTS
                )
            continue
        handler = _CHANNEL_HANDLERS.get(key_and_name)
        if handler is not None:
            handler(child, fields)
    episodes.extend(build_episode(item, report) for item in stray_items)
    values = fields.result()
    values["categories"] = _merge_categories(
        values.pop("itunes_categories", ()), values.pop("rss_categories", ())
    )
    from podnotes.notes import podcast_hosts  # loaded on first use: see podnotes/__init__

    values["hosts"] = podcast_hosts(
        persons=values.get("persons", ()),
        author=values.get("author"),
        owner=values.get("owner"),
        description=values.get("description") or values.get("summary"),
    )
    return Podcast(**values, episodes=tuple(episodes), warnings=report.warnings())


EPISODE_ELEMENTS: Final = frozenset({(RSS, "item"), (ATOM, "entry")})


def _merge_categories(itunes: tuple[Category, ...], rss: tuple[str, ...]) -> tuple[Category, ...]:
    """iTunes categories, then plain RSS categories not already named by them."""
    named = {category.name.lower() for category in itunes}
    extra = []
    for name in rss:
        if name.lower() not in named:
            named.add(name.lower())
            extra.append(Category(name=name))
    return (*itunes, *extra)


# --- episodes ----------------------------------------------------------------------


def _enclosure(element: Element, fields: _Fields) -> None:
    url = _required(element, "url", fields)
    if url is not None:
        fields.set("enclosure", _enclosure_from(url, element, "length", fields), element)


def _media_content(element: Element, fields: _Fields) -> None:
    url = _attribute(element, "url")
    medium = (_attribute(element, "medium") or _attribute(element, "type") or "").lower()
    if url is not None and medium.startswith(("audio", "video")):
        fields.fallback("enclosure", _enclosure_from(url, element, "fileSize", fields))


def _guid(element: Element, fields: _Fields) -> None:
    fields.set("guid", _text(element), element)


def _duration(element: Element, fields: _Fields) -> None:
    fields.set("duration", _checked(_values.parse_duration, _text(element), element, fields),
               element)  # fmt: skip


def _itunes_season(element: Element, fields: _Fields) -> None:
    fields.set("season", _count(_text(element), element, fields, "season"), element)


def _itunes_episode(element: Element, fields: _Fields) -> None:
    fields.set("number", _count(_text(element), element, fields, "episode number"), element)


def _podcast_season(element: Element, fields: _Fields) -> None:
    fields.fallback("season", _count(_text(element), element, fields, "season"))
    fields.set("season_name", _attribute(element, "name"), element)


def _podcast_episode(element: Element, fields: _Fields) -> None:
    # podcast:episode allows decimals ("315.5"): those are kept as the episode's name.
    text = _text(element)
    display = _attribute(element, "display")
    if text is not None and _values.is_whole_number(text):
        fields.fallback("number", _count(text, element, fields, "episode number"))
    elif text is not None and _decimal(text, element, fields, "episode number") is not None:
        display = display or text
    fields.set("episode_name", display, element)


def _transcript(element: Element, fields: _Fields) -> None:
    url = _required(element, "url", fields)
    if url is not None:
        fields.add(
            "transcripts",
            Transcript(
                url=url,
                type=_attribute(element, "type"),
                language=_attribute(element, "language"),
                rel=_attribute(element, "rel"),
            ),
        )


def _podcast_chapters(element: Element, fields: _Fields) -> None:
    url = _required(element, "url", fields)
    if url is not None:
        fields.set("chapters_url", url, element)
        fields.set("chapters_type", _attribute(element, "type"), element)


def _soundbite(element: Element, fields: _Fields) -> None:
    start = _seconds(_required(element, "startTime", fields), element, fields)
    duration = _seconds(_required(element, "duration", fields), element, fields)
    if start is not None and duration is not None:
        fields.add("soundbites", Soundbite(start=start, duration=duration, title=_text(element)))


def _alternate_enclosure(element: Element, fields: _Fields) -> None:
    kind = _required(element, "type", fields)
    if kind is None:
        return
    sources = tuple(
        MediaSource(uri=uri, content_type=_attribute(child, "contentType"))
        for child in element
        if _is(child, PODCAST, "source") and (uri := _required(child, "uri", fields))
    )
    fields.add(
        "alternate_enclosures",
        AlternateEnclosure(
            type=kind,
            length=_count(_attribute(element, "length"), element, fields, "length") or None,
            bitrate=_decimal(_attribute(element, "bitrate"), element, fields, "bitrate"),
            height=_count(_attribute(element, "height"), element, fields, "height"),
            language=_attribute(element, "lang"),
            title=_attribute(element, "title"),
            rel=_attribute(element, "rel"),
            codecs=_attribute(element, "codecs"),
            default=(_attribute(element, "default") or "").lower() == "true",
            sources=sources,
        ),
    )


def _psc_chapters(element: Element, fields: _Fields) -> None:
    for child in element:
        if not _is(child, PSC, "chapter"):
            continue
        start = _checked(_values.parse_duration, _required(child, "start", fields), child, fields)
        if start is not None:
            fields.add(
                "chapters",
                Chapter(
                    start=start,
                    title=_attribute(child, "title"),
                    url=_attribute(child, "href"),
                    image=_attribute(child, "image"),
                ),
            )


def _atom_entry_content(element: Element, fields: _Fields) -> None:
    fields.set("content", _markup(element), element)


_EPISODE_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    (RSS, "title"): _text_into("title"),
    (RSS, "link"): _text_into("link"),
    (RSS, "description"): _markup_into("description"),
    (RSS, "guid"): _guid,
    (RSS, "pubDate"): _date_into("published"),
    (RSS, "author"): _fallback_text_into("author"),
    (RSS, "category"): _rss_category,
    (RSS, "enclosure"): _enclosure,
    (ITUNES, "title"): _fallback_text_into("title"),
    (ITUNES, "author"): _text_into("author"),
    (ITUNES, "duration"): _duration,
    (ITUNES, "season"): _itunes_season,
    (ITUNES, "episode"): _itunes_episode,
    (ITUNES, "episodeType"): _lower_text_into("episode_type", _EPISODE_TYPES),
    (ITUNES, "explicit"): _explicit,
    (ITUNES, "image"): _itunes_image,
    (ITUNES, "block"): _yes_into("block"),
    (ITUNES, "keywords"): _keywords_into("keywords"),
    (ITUNES, "summary"): _markup_into("summary"),
    (ITUNES, "subtitle"): _text_into("subtitle"),
    (CONTENT, "encoded"): _markup_into("content"),
    (PODCAST, "transcript"): _transcript,
    (PODCAST, "chapters"): _podcast_chapters,
    (PODCAST, "person"): _person,
    (PODCAST, "soundbite"): _soundbite,
    (PODCAST, "location"): _location,
    (PODCAST, "season"): _podcast_season,
    (PODCAST, "episode"): _podcast_episode,
    (PODCAST, "alternateEnclosure"): _alternate_enclosure,
    (PODCAST, "value"): _value,
    (PODCAST, "funding"): _funding,
    (PODCAST, "txt"): _txt,
    (PODCAST, "socialInteract"): _social_interact,
    (PODCAST, "license"): _license,
    (PSC, "chapters"): _psc_chapters,
    (ATOM, "title"): _fallback_text_into("title"),
    (ATOM, "id"): _fallback_text_into("guid"),
    (ATOM, "link"): _episode_atom_link,
    (ATOM, "published"): _date_into("published", weak=True),
    (ATOM, "updated"): _date_into("updated", weak=True),
    (ATOM, "summary"): _fallback_text_into("description"),
    (ATOM, "content"): _atom_entry_content,
    (ATOM, "author"): _atom_author,
    (ATOM, "category"): _rss_category,
    (DC, "creator"): _fallback_text_into("author"),
    (DC, "date"): _date_into("published", weak=True),
    (DC, "description"): _fallback_text_into("description"),
    (DC, "title"): _fallback_text_into("title"),
    (DC, "subject"): _rss_category,
    (MEDIA, "content"): _media_content,
    (MEDIA, "thumbnail"): _weak_image,
    (GOOGLEPLAY, "description"): _fallback_text_into("description"),
    (GOOGLEPLAY, "image"): _weak_image,
}


_EPISODE_DISPATCH: Final = _Dispatch(_EPISODE_HANDLERS)


def build_episode(item: Element, report: Report) -> Episode:
    first_warning = report.count()
    fields = _Fields(report)
    _read_children(item, _EPISODE_DISPATCH, fields)
    values = fields.result()
    updated = values.pop("updated", None)
    if "published" not in values and updated is not None:
        values["published"] = updated
    if "guid" not in values:
        # RSS 1.0 items name themselves with rdf:about.
        about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        if about:
            values["guid"] = about.strip() or None
    values["categories"] = tuple(values.pop("rss_categories", ()))
    if "number" in values:
        values["number_source"] = "tag"
    else:
        number = _values.number_from_title(values.get("title"))
        if number is not None:
            values["number"] = number
            values["number_source"] = "title"
    return Episode(**values, warnings=report.since(first_warning))
