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
from datetime import timedelta
from typing import Any, Final

import attrs
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
    attribute,
    date_into,
    fallback_text_into,
    keywords_into,
    line_of,
    lower_text_into,
    read_children,
    read_date,
)
from podnotes._prolog import Document, read_prolog
from podnotes._report import Report
from podnotes._source import Source, open_source
from podnotes._xml import (
    ATOM,
    CONTENT,
    DC,
    FEEDBURNER,
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
    Chapter,
    Enclosure,
    Episode,
    Image,
    LiveItem,
    LiveStatus,
    Podcast,
    episode_from_fields,
)
from podnotes.notes import podcast_hosts

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
_LIVE_STATUSES: Final[dict[str, LiveStatus]] = {
    "pending": "pending",
    "live": "live",
    "ended": "ended",
}

# Elements that mean the same at channel and item level.
_SHARED_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    (RSS, "title"): TextInto("title"),
    (RSS, "link"): TextInto("link"),
    (RSS, "description"): MarkupInto("description"),
    (RSS, "pubDate"): date_into("published"),
    (RSS, "category"): readers.rss_category,
    (ITUNES, "title"): readers.itunes_title,
    (ITUNES, "author"): TextInto("author"),
    (ITUNES, "image"): readers.image_element("itunes"),
    (ITUNES, "explicit"): readers.explicit,
    (ITUNES, "block"): readers.platform_block("apple"),
    (ITUNES, "keywords"): keywords_into("keywords"),
    (ITUNES, "summary"): MarkupInto("summary"),
    (ITUNES, "subtitle"): TextInto("subtitle"),
    (PODCAST, "person"): readers.person,
    (PODCAST, "location"): readers.location,
    (PODCAST, "value"): readers.value,
    (PODCAST, "funding"): readers.funding,
    (PODCAST, "txt"): readers.txt,
    (PODCAST, "socialInteract"): readers.social_interact,
    (PODCAST, "license"): readers.license,
    (PODCAST, "image"): readers.podcast_image,
    (PODCAST, "images"): readers.podcast_images,
    (PODCAST, "chat"): readers.chat,
    (ATOM, "title"): fallback_text_into("title"),
    (ATOM, "author"): readers.atom_author,
    (ATOM, "category"): readers.rss_category,
    (DC, "creator"): fallback_text_into("author"),
    (DC, "date"): date_into("published", weak=True),
    (DC, "title"): fallback_text_into("title"),
    (DC, "description"): fallback_text_into("description"),
    (MEDIA, "thumbnail"): readers.media_thumbnail,
    (MEDIA, "credit"): readers.media_credit,
    (MEDIA, "category"): readers.media_category,
    (GOOGLEPLAY, "description"): fallback_text_into("description"),
    (GOOGLEPLAY, "image"): readers.image_element("googleplay"),
    (GOOGLEPLAY, "explicit"): readers.weak_explicit,
    (GOOGLEPLAY, "block"): readers.platform_block("google"),
}

_CHANNEL_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    **_SHARED_HANDLERS,
    (RSS, "language"): TextInto("language"),
    (RSS, "copyright"): TextInto("copyright"),
    (RSS, "generator"): TextInto("generator"),
    (RSS, "managingEditor"): readers.contact_into("managing_editor"),
    (RSS, "webMaster"): readers.contact_into("web_master"),
    (RSS, "lastBuildDate"): date_into("last_build_date"),
    (RSS, "ttl"): readers.ttl,
    (RSS, "image"): readers.rss_image,
    (ITUNES, "owner"): readers.itunes_owner,
    (ITUNES, "category"): readers.itunes_category,
    (ITUNES, "type"): lower_text_into("podcast_type", _PODCAST_TYPES),
    (ITUNES, "complete"): readers.yes_into("complete"),
    (ITUNES, "new-feed-url"): TextInto("new_feed_url"),
    (PODCAST, "guid"): TextInto("guid"),
    (PODCAST, "locked"): readers.locked,
    (PODCAST, "block"): readers.podcast_block,
    (PODCAST, "medium"): readers.medium,
    (PODCAST, "trailer"): readers.trailer,
    (PODCAST, "podroll"): readers.podroll,
    (PODCAST, "remoteItem"): readers.remote_item,
    (PODCAST, "publisher"): readers.publisher,
    (PODCAST, "updateFrequency"): readers.update_frequency,
    (PODCAST, "podping"): readers.podping,
    (PODCAST, "liveItem"): lambda element, fields: _live_item(element, fields),
    (ATOM, "link"): readers.channel_atom_link,
    (ATOM, "subtitle"): fallback_text_into("description"),
    (ATOM, "updated"): date_into("last_build_date", weak=True),
    (ATOM, "rights"): fallback_text_into("copyright"),
    (ATOM, "logo"): readers.image_element("atom"),
    (ATOM, "icon"): readers.image_element("atom"),
    (ATOM, "generator"): fallback_text_into("generator"),
    (DC, "rights"): fallback_text_into("copyright"),
    (DC, "language"): fallback_text_into("language"),
    (GOOGLEPLAY, "author"): fallback_text_into("author"),
    (GOOGLEPLAY, "category"): readers.googleplay_category,
}

_EPISODE_HANDLERS: Final[dict[tuple[str | None, str], Handler]] = {
    **_SHARED_HANDLERS,
    (RSS, "guid"): readers.guid,
    (RSS, "author"): readers.item_author,
    (RSS, "enclosure"): readers.enclosure,
    (RSS, "comments"): readers.comments,
    (RSS, "source"): readers.source,
    (ITUNES, "duration"): readers.duration,
    (ITUNES, "season"): readers.itunes_season,
    (ITUNES, "episode"): readers.itunes_episode,
    (ITUNES, "episodeType"): lower_text_into("episode_type", _EPISODE_TYPES),
    (CONTENT, "encoded"): MarkupInto("content"),
    (PODCAST, "transcript"): readers.transcript,
    (PODCAST, "chapters"): readers.podcast_chapters,
    (PODCAST, "soundbite"): readers.soundbite,
    (PODCAST, "season"): readers.podcast_season,
    (PODCAST, "episode"): readers.podcast_episode,
    (PODCAST, "alternateEnclosure"): readers.alternate_enclosure,
    (PODCAST, "contentLink"): readers.content_link,
    (PSC, "chapters"): readers.psc_chapters,
    (ATOM, "id"): fallback_text_into("guid"),
    (ATOM, "link"): readers.episode_atom_link,
    (ATOM, "published"): date_into("published", weak=True),
    (ATOM, "updated"): date_into("updated", weak=True),
    (ATOM, "summary"): fallback_text_into("description"),
    (ATOM, "content"): readers.atom_entry_content,
    (DC, "subject"): readers.rss_category,
    (MEDIA, "content"): readers.media_content,
    (MEDIA, "group"): readers.media_group,
    (FEEDBURNER, "origEnclosureLink"): readers.original_enclosure,
}

_CHANNEL_DISPATCH: Final = Dispatch(_CHANNEL_HANDLERS)
_EPISODE_DISPATCH: Final = Dispatch(_EPISODE_HANDLERS)


def _live_item(element: Element, fields: Fields) -> None:
    status = _LIVE_STATUSES.get((attribute(element, "status") or "").lower())
    if status is None:
        fields.warn(
            "value-invalid",
            "<podcast:liveItem> without a status of pending, live or ended skipped",
            element,
        )
        return
    fields.add(
        "live_items",
        LiveItem(
            status=status,
            start=read_date(attribute(element, "start"), element, fields),
            end=read_date(attribute(element, "end"), element, fields),
            episode=build_episode(element, fields.report),
        ),
    )


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
        handler = _CHANNEL_DISPATCH[child.tag]
        if handler is not None:
            handler(child, self._fields)

    def podcast(self, episodes: Iterable[Episode] = ()) -> Podcast:
        """The podcast read so far (this builder can read on afterwards)."""
        values = self._fields.result()
        values["categories"] = _merge_categories(
            values.pop("itunes_categories", ()), values.pop("rss_categories", ())
        )
        _finish_shared(values)
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


def build_episode(item: Element, report: Report) -> Episode:
    """The episode of an ``<item>``, an ``<entry>`` or a ``podcast:liveItem``."""
    first_warning = report.count()
    fields = Fields(report)
    read_children(item, _EPISODE_DISPATCH, fields)
    values = fields.result()
    # The steps below that finish optional fields run only when the fields are there.
    if "updated" in values:
        values.setdefault("published", values.pop("updated"))
    if "guid" not in values:
        # RSS 1.0 items name themselves with rdf:about.
        about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        if about:
            values["guid"] = about.strip() or None
    if "link" not in values:
        _link_from_guid(values)
    if "rss_categories" in values:
        values["categories"] = _unique(values.pop("rss_categories"))
    _finish_shared(values)
    if "media_contents" in values or "original_enclosure_url" in values:
        _finish_enclosures(values)  # RSS enclosures alone are final as read
    if "chapters" in values:
        values["chapters"] = _with_ends(values["chapters"], values.get("duration"))
    if "number" in values:
        values["number_source"] = "tag"
    else:
        number = _values.number_from_title(values.get("title"))
        if number is not None:
            values["number"] = number
            values["number_source"] = "title"
    warnings = report.since(first_warning)
    if warnings:
        values["warnings"] = warnings
    return episode_from_fields(values)


def _finish_shared(values: dict[str, Any]) -> None:
    """What a podcast and an episode both settle once all children are read."""
    for name in ("link", "new_feed_url"):
        if name in values and values[name][:2] == "//":
            values[name] = _values.absolute_url(values[name])
    if "keywords" in values:
        values["keywords"] = _unique(values["keywords"])
    image = _chosen_image(values.get("images", ()))
    if image is not None:
        values["image"] = image


# The artwork a podcast or an episode shows: iTunes' (what Apple shows), then the
# Podcasting 2.0 artwork, RSS's own image, the largest Media RSS thumbnail, Atom's
# logo or icon, Google Play's.
_IMAGE_ORDER: Final[dict[str, int]] = {
    "itunes": 0, "podcast": 1, "rss": 2, "media": 3, "atom": 4, "googleplay": 5,
}  # fmt: skip


def _chosen_image(images: tuple[Image, ...]) -> Image | None:
    if len(images) == 1 and images[0].origin != "podcast":
        return images[0]  # the common case: nothing to choose between
    candidates = [
        image
        for image in images
        if image.origin != "podcast" or not image.purposes or "artwork" in image.purposes
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda image: (_IMAGE_ORDER[image.origin], -_area(image)))


def _area(image: Image) -> int:
    # An image with one side given is taken for a square (artwork is).
    width = image.width or image.height or 0
    return width * (image.height or width)


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    """Each word once, in order, whatever its case."""
    seen: set[str] = set()
    kept = []
    for word in words:
        if word.lower() not in seen:
            seen.add(word.lower())
            kept.append(word)
    return tuple(kept)


def _link_from_guid(values: dict[str, Any]) -> None:
    # RSS 2.0: a guid that is a permalink is the address of an item without <link>.
    guid = values.get("guid")
    if (
        guid is not None
        and values.get("guid_is_permalink") is not False
        and _values.is_web_url(guid)
    ):
        values["link"] = guid
        values["link_from_guid"] = True


def _finish_enclosures(values: dict[str, Any]) -> None:
    enclosures = values.get("enclosures", ())
    if not enclosures:
        # Media RSS as the fallback: its audio and video files, as enclosures.
        enclosures = tuple(
            Enclosure(url=media.url, mime_type=media.mime_type, length=media.file_size)
            for media in values.get("media_contents", ())
            if (media.medium or media.mime_type or "").lower().startswith(("audio", "video"))
        )
    original = values.pop("original_enclosure_url", None)
    if enclosures and original is not None:
        enclosures = (attrs.evolve(enclosures[0], original_url=original), *enclosures[1:])
    if enclosures:
        values["enclosures"] = enclosures


def _with_ends(chapters: tuple[Chapter, ...], duration: timedelta | None) -> tuple[Chapter, ...]:
    """Chapters that end where the next one starts, the last where the episode ends."""
    ends: list[timedelta | None] = [chapter.start for chapter in chapters[1:]]
    ends.append(duration)
    return tuple(
        chapter if chapter.end is not None or end is None or end <= chapter.start
        else attrs.evolve(chapter, end=end)
        for chapter, end in zip(chapters, ends, strict=True)
    )  # fmt: skip
