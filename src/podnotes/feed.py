"""Reading a podcast feed: bytes in, a :class:`~podnotes.model.Podcast` out.

RSS 2.0, RSS 0.9x/1.0 (RDF) and Atom all produce the same model. The path of a feed:
:mod:`podnotes._source` opens it, :mod:`podnotes._prolog` and :mod:`podnotes._xml` make
it a tree, and this module builds the model: every child of the channel and of each
item is visited once and dispatched on its namespace (by URI, never by prefix) and
local name, through the two tables below, to a reader in :mod:`podnotes._elements` or
a one-line handler from :mod:`podnotes._fields`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from lxml import etree

from podnotes import _elements as readers
from podnotes import _values
from podnotes._fields import (
    Dispatch,
    Element,
    Fields,
    Handler,
    MarkupInto,
    TextInto,
    date_into,
    fallback_text_into,
    keywords_into,
    line_of,
    lower_text_into,
    read_children,
)
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
from podnotes.errors import NotAFeedError
from podnotes.model import (
    Category,
    Episode,
    Podcast,
)

__all__ = ["Source", "parse"]


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
    kind = split_tag(root.tag) if isinstance(root.tag, str) else (None, "")
    if kind not in FEED_ROOTS:
        raise not_a_feed(root, report)
    channel = root if is_channel(root, root) else None
    for child in root:
        if channel is None and is_channel(child, root):
            channel = child
    if channel is None:
        if kind == (RDF, "RDF"):
            report.warn("missing-value", "RSS 1.0 document has no <channel>", line_of(root))
            channel = etree.Element("channel")
        else:
            report.warn("missing-value", "<rss> has no <channel>", line_of(root))
            return build_podcast(root, [], report)  # its items are read as the channel's
    stray = [child for child in root if is_beside_channel(child, root)]
    return build_podcast(channel, stray, report)


# --- which channel and which items count: one rule for parse() and the stream ----------

#: The root elements of the feeds podnotes reads: RSS 2.0, RSS 1.0 (RDF) and Atom.
FEED_ROOTS: Final = frozenset({(RSS, "rss"), (RDF, "RDF"), (ATOM, "feed")})
#: The elements that are episodes: an RSS item, an Atom entry.
EPISODE_ELEMENTS: Final = frozenset({(RSS, "item"), (ATOM, "entry")})


def is_channel(element: Element, root: Element) -> bool:
    """Whether ``element`` is a channel: an Atom root itself, or a ``<channel>`` child
    of the root. The first one in document order is the feed's."""
    tag: object = element.tag
    if not isinstance(tag, str):
        return False
    if element is root:
        return split_tag(tag) == (ATOM, "feed")
    return split_tag(tag) == (RSS, "channel") and element.getparent() is root


def is_beside_channel(element: Element, root: Element) -> bool:
    """Whether ``element`` is an RSS item beside the channel, as RSS 1.0 puts them and
    some RSS 2.0 feeds do: an episode, after the channel's own. (In Atom, the root is
    the channel.)"""
    tag: object = element.tag
    return (
        isinstance(tag, str)
        and element.getparent() is root
        and split_tag(tag) == (RSS, "item")
        and split_tag(root.tag) != (ATOM, "feed")
    )


def not_a_feed(root: Element, report: Report) -> NotAFeedError:
    """The error for a document whose root element is not one of :data:`FEED_ROOTS`."""
    local = split_tag(root.tag)[1] if isinstance(root.tag, str) else ""
    return NotAFeedError(
        f"found an XML document whose root element is <{local}>, not RSS or Atom",
        line=report.absolute(line_of(root)),
    )


_PODCAST_TYPES: Final = frozenset({"episodic", "serial"})
_EPISODE_TYPES: Final = frozenset({"full", "trailer", "bonus"})

_CHANNEL_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    (RSS, "title"): TextInto("title"),
    (RSS, "link"): TextInto("link"),
    (RSS, "description"): MarkupInto("description"),
    (RSS, "language"): TextInto("language"),
    (RSS, "copyright"): TextInto("copyright"),
    (RSS, "generator"): TextInto("generator"),
    (RSS, "managingEditor"): fallback_text_into("author"),
    (RSS, "pubDate"): date_into("published"),
    (RSS, "lastBuildDate"): date_into("last_build_date"),
    (RSS, "image"): readers.rss_image,
    (RSS, "category"): readers.rss_category,
    (ITUNES, "author"): TextInto("author"),
    (ITUNES, "owner"): readers.itunes_owner,
    (ITUNES, "image"): readers.itunes_image,
    (ITUNES, "category"): readers.itunes_category,
    (ITUNES, "explicit"): readers.explicit,
    (ITUNES, "type"): lower_text_into("type", _PODCAST_TYPES),
    (ITUNES, "complete"): readers.yes_into("complete"),
    (ITUNES, "block"): readers.yes_into("block"),
    (ITUNES, "new-feed-url"): TextInto("new_feed_url"),
    (ITUNES, "summary"): MarkupInto("summary"),
    (ITUNES, "subtitle"): TextInto("subtitle"),
    (ITUNES, "keywords"): keywords_into("keywords"),
    (PODCAST, "guid"): TextInto("guid"),
    (PODCAST, "locked"): readers.locked,
    (PODCAST, "funding"): readers.funding,
    (PODCAST, "person"): readers.person,
    (PODCAST, "location"): readers.location,
    (PODCAST, "medium"): readers.medium,
    (PODCAST, "license"): readers.license,
    (PODCAST, "trailer"): readers.trailer,
    (PODCAST, "value"): readers.value,
    (PODCAST, "podroll"): readers.podroll,
    (PODCAST, "txt"): readers.txt,
    (PODCAST, "images"): readers.images,
    (PODCAST, "updateFrequency"): readers.update_frequency,
    (PODCAST, "socialInteract"): readers.social_interact,
    (ATOM, "link"): readers.channel_atom_link,
    (ATOM, "title"): fallback_text_into("title"),
    (ATOM, "subtitle"): fallback_text_into("description"),
    (ATOM, "updated"): date_into("last_build_date", weak=True),
    (ATOM, "rights"): fallback_text_into("copyright"),
    (ATOM, "author"): readers.atom_author,
    (ATOM, "logo"): readers.weak_image,
    (ATOM, "icon"): readers.weak_image,
    (ATOM, "generator"): fallback_text_into("generator"),
    (ATOM, "category"): readers.rss_category,
    (DC, "creator"): fallback_text_into("author"),
    (DC, "date"): date_into("published", weak=True),
    (DC, "rights"): fallback_text_into("copyright"),
    (DC, "language"): fallback_text_into("language"),
    (DC, "title"): fallback_text_into("title"),
    (DC, "description"): fallback_text_into("description"),
    (GOOGLEPLAY, "author"): fallback_text_into("author"),
    (GOOGLEPLAY, "description"): fallback_text_into("description"),
    (GOOGLEPLAY, "image"): readers.weak_image,
}


_EPISODE_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    (RSS, "title"): TextInto("title"),
    (RSS, "link"): TextInto("link"),
    (RSS, "description"): MarkupInto("description"),
    (RSS, "guid"): readers.guid,
    (RSS, "pubDate"): date_into("published"),
    (RSS, "author"): fallback_text_into("author"),
    (RSS, "category"): readers.rss_category,
    (RSS, "enclosure"): readers.enclosure,
    (ITUNES, "title"): fallback_text_into("title"),
    (ITUNES, "author"): TextInto("author"),
    (ITUNES, "duration"): readers.duration,
    (ITUNES, "season"): readers.itunes_season,
    (ITUNES, "episode"): readers.itunes_episode,
    (ITUNES, "episodeType"): lower_text_into("episode_type", _EPISODE_TYPES),
    (ITUNES, "explicit"): readers.explicit,
    (ITUNES, "image"): readers.itunes_image,
    (ITUNES, "block"): readers.yes_into("block"),
    (ITUNES, "keywords"): keywords_into("keywords"),
    (ITUNES, "summary"): MarkupInto("summary"),
    (ITUNES, "subtitle"): TextInto("subtitle"),
    (CONTENT, "encoded"): MarkupInto("content"),
    (PODCAST, "transcript"): readers.transcript,
    (PODCAST, "chapters"): readers.podcast_chapters,
    (PODCAST, "person"): readers.person,
    (PODCAST, "soundbite"): readers.soundbite,
    (PODCAST, "location"): readers.location,
    (PODCAST, "season"): readers.podcast_season,
    (PODCAST, "episode"): readers.podcast_episode,
    (PODCAST, "alternateEnclosure"): readers.alternate_enclosure,
    (PODCAST, "value"): readers.value,
    (PODCAST, "funding"): readers.funding,
    (PODCAST, "txt"): readers.txt,
    (PODCAST, "socialInteract"): readers.social_interact,
    (PODCAST, "license"): readers.license,
    (PSC, "chapters"): readers.psc_chapters,
    (ATOM, "title"): fallback_text_into("title"),
    (ATOM, "id"): fallback_text_into("guid"),
    (ATOM, "link"): readers.episode_atom_link,
    (ATOM, "published"): date_into("published", weak=True),
    (ATOM, "updated"): date_into("updated", weak=True),
    (ATOM, "summary"): fallback_text_into("description"),
    (ATOM, "content"): readers.atom_entry_content,
    (ATOM, "author"): readers.atom_author,
    (ATOM, "category"): readers.rss_category,
    (DC, "creator"): fallback_text_into("author"),
    (DC, "date"): date_into("published", weak=True),
    (DC, "description"): fallback_text_into("description"),
    (DC, "title"): fallback_text_into("title"),
    (DC, "subject"): readers.rss_category,
    (MEDIA, "content"): readers.media_content,
    (MEDIA, "thumbnail"): readers.weak_image,
    (GOOGLEPLAY, "description"): fallback_text_into("description"),
    (GOOGLEPLAY, "image"): readers.weak_image,
}


class ChannelBuilder:
    """A podcast read one channel child at a time.

    ``parse()`` gives it the channel's children in order; the stream gives it each as
    it ends, between the episodes. Both report warnings in document order.
    """

    __slots__ = ("_fields", "_report")

    def __init__(self, report: Report) -> None:
        self._report = report
        self._fields = Fields(report)

    def read(self, child: Element) -> None:
        """Read one child of the channel that is not an episode."""
        tag: object = child.tag
        if isinstance(tag, str):
            handler = _CHANNEL_HANDLERS.get(split_tag(tag))
            if handler is not None:
                handler(child, self._fields)

    def podcast(self, episodes: Iterable[Episode] = ()) -> Podcast:
        """The podcast read so far (this builder can read on afterwards)."""
        values = self._fields.result()
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
        return Podcast(**values, episodes=tuple(episodes), warnings=self._report.warnings())


def build_podcast(channel: Element, stray_items: list[Element], report: Report) -> Podcast:
    """The podcast of a whole channel, with the items beside it after its own."""
    builder = ChannelBuilder(report)
    episodes: list[Episode] = []
    for child in channel:
        tag: object = child.tag
        if not isinstance(tag, str) or split_tag(tag) not in EPISODE_ELEMENTS:
            builder.read(child)
            continue
        episodes.append(build_episode(child, report))
        if report.recovered:
            # An unclosed tag makes the recovering parser nest the next items inside
            # this one; they are episodes all the same.
            episodes.extend(
                build_episode(nested, report)
                for nested in child.iterdescendants()
                if isinstance(nested.tag, str) and split_tag(nested.tag) in EPISODE_ELEMENTS
            )
    episodes.extend(build_episode(item, report) for item in stray_items)
    return builder.podcast(episodes)


def _merge_categories(itunes: tuple[Category, ...], rss: tuple[str, ...]) -> tuple[Category, ...]:
    """iTunes categories, then plain RSS categories not already named by them."""
    named = {category.name.lower() for category in itunes}
    extra = []
    for name in rss:
        if name.lower() not in named:
            named.add(name.lower())
            extra.append(Category(name=name))
    return (*itunes, *extra)


_EPISODE_DISPATCH: Final = Dispatch(_EPISODE_HANDLERS)


def build_episode(item: Element, report: Report) -> Episode:
    first_warning = report.count()
    fields = Fields(report)
    read_children(item, _EPISODE_DISPATCH, fields)
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
