"""The values podnotes returns: frozen, typed, comparable, hashable and picklable.

Conventions that hold for every class here:

- keyword-only construction, no mutation after it;
- sequences are tuples and default to ``()``;
- durations are :class:`~datetime.timedelta`;
- datetimes are timezone-aware (UTC when the feed gave no zone, with a
  ``date-without-zone`` warning saying so);
- absent is ``None``, never ``0``, ``""`` or a guess;
- one name per idea: a web address is ``url`` (``image_url``, ``feed_url``, ...), a MIME
  type is ``mime_type``, a field holding several values has a plural name.

The values keep what the feed wrote, at the level it wrote it: an episode's ``image``
is the episode's own. :func:`podnotes.effective` gives an episode's values with the
channel's as fallback, by each specification's rules. The field reference in the
documentation says which feed element each field comes from.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Final, Literal

import attrs

from podnotes.errors import ParseWarning

__all__ = [
    "AlternateEnclosure",
    "AtomLink",
    "Block",
    "Category",
    "Chapter",
    "ChaptersFile",
    "Chat",
    "Contact",
    "ContentLink",
    "Effective",
    "Enclosure",
    "Episode",
    "EpisodeType",
    "Funding",
    "Image",
    "ImageOrigin",
    "Integrity",
    "License",
    "Link",
    "LinkKind",
    "LiveItem",
    "LiveStatus",
    "Location",
    "MediaContent",
    "MediaSource",
    "Medium",
    "NumberSource",
    "Person",
    "Platform",
    "Podcast",
    "PodcastType",
    "RawElement",
    "RemoteItem",
    "ShowNotes",
    "SocialInteract",
    "Soundbite",
    "SourceFeed",
    "Trailer",
    "Transcript",
    "TxtRecord",
    "UpdateFrequency",
    "Value",
    "ValueRecipient",
    "ValueTimeSplit",
]

#: ``itunes:type``: whether episodes are listened to newest first or in order.
PodcastType = Literal["episodic", "serial"]
#: ``itunes:episodeType``.
EpisodeType = Literal["full", "trailer", "bonus"]
#: Where :attr:`Episode.number` came from: a feed tag, or the episode's title.
NumberSource = Literal["tag", "title"]
#: What a :class:`Link` points at: an e-mail address, a social profile, or a web page.
LinkKind = Literal["email", "social", "web"]
#: The service of a profile or show page that a :class:`Link` points at.
Platform = Literal[
    "apple_podcasts",
    "bluesky",
    "facebook",
    "github",
    "instagram",
    "linkedin",
    "mastodon",
    "patreon",
    "reddit",
    "spotify",
    "threads",
    "tiktok",
    "twitch",
    "x",
    "youtube",
]
#: ``podcast:medium``, as the Podcasting 2.0 specification spells its tokens: a medium,
#: its list variant (suffix ``L``), or ``mixed`` (a list of several media).
Medium = Literal[
    "podcast",
    "music",
    "video",
    "film",
    "audiobook",
    "newsletter",
    "blog",
    "publisher",
    "course",
    "podcastL",
    "musicL",
    "videoL",
    "filmL",
    "audiobookL",
    "newsletterL",
    "blogL",
    "publisherL",
    "courseL",
    "mixed",
]
#: ``podcast:liveItem status``.
LiveStatus = Literal["pending", "live", "ended"]
#: The element an :class:`Image` was read from.
ImageOrigin = Literal["itunes", "podcast", "rss", "media", "atom", "googleplay"]


@attrs.frozen(kw_only=True)
class Image:
    """An artwork image, and where it was read from (``origin``).

    ``itunes:image`` (``origin="itunes"``); ``podcast:image`` with its ``alt``,
    ``aspect_ratio``, ``width``, ``height``, ``mime_type`` and ``purposes``, or one entry
    of the older ``podcast:images`` (``"podcast"``); RSS ``<image>`` with ``title``,
    ``link``, ``width`` and ``height`` (``"rss"``); ``media:thumbnail`` (``"media"``);
    Atom ``logo``/``icon`` (``"atom"``); ``googleplay:image`` (``"googleplay"``).
    """

    url: str
    origin: ImageOrigin
    title: str | None = None
    link: str | None = None
    width: int | None = None
    height: int | None = None
    mime_type: str | None = None
    alt: str | None = None
    aspect_ratio: str | None = None
    purposes: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Category:
    """An ``itunes:category`` with its nested subcategories, or an RSS, Atom,
    ``googleplay:`` or ``media:`` category."""

    name: str
    subcategories: tuple[Category, ...] = ()


@attrs.frozen(kw_only=True)
class Person:
    """Somebody who makes or appears in a show.

    From ``podcast:person`` (with ``role``, ``group``, ``image_url`` and ``url``), from
    ``media:credit`` (with ``role``), or named in show notes: with ``nickname`` where
    the text marks one (``Robert "Bob" Tanaka``, ``Dharmesh J. (DJ)``), ``handle``
    (``Pascal Hartig (@passy)``), ``job_title`` and ``affiliation`` as the text gives
    them (``Jane Roe, CTO at Acme``), and for a guest the ``confidence`` (0 to 1) and
    the ``evidence`` codes it rests on (see the extraction guide).
    """

    name: str
    role: str | None = None
    group: str | None = None
    image_url: str | None = None
    url: str | None = None
    nickname: str | None = None
    handle: str | None = None
    job_title: str | None = None
    affiliation: str | None = None
    confidence: float | None = None
    evidence: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Contact:
    """A name and an e-mail address: ``itunes:owner``, ``managingEditor``, ``webMaster``.

    RSS writes these as ``"info@example.com (Info Desk)"``; either part may be absent.
    """

    name: str | None = None
    email: str | None = None


@attrs.frozen(kw_only=True)
class Integrity:
    """A ``podcast:integrity``: an SRI hash or a PGP signature of a media file."""

    type: str
    value: str


@attrs.frozen(kw_only=True)
class Enclosure:
    """A media file of an episode: RSS ``<enclosure>`` or an Atom enclosure link.

    ``original_url`` is ``feedburner:origEnclosureLink``, the address before a
    statistics service rewrote ``url``.
    """

    url: str
    mime_type: str | None = None
    length: int | None = None
    original_url: str | None = None


@attrs.frozen(kw_only=True)
class MediaSource:
    """One ``podcast:source`` of an alternate enclosure: where the file can be had."""

    url: str
    mime_type: str | None = None


@attrs.frozen(kw_only=True)
class AlternateEnclosure:
    """A ``podcast:alternateEnclosure``: another encoding or medium of the episode."""

    mime_type: str
    length: int | None = None
    bitrate: float | None = None
    height: int | None = None
    language: str | None = None
    title: str | None = None
    rel: str | None = None
    codecs: str | None = None
    default: bool = False
    sources: tuple[MediaSource, ...] = ()
    integrity: Integrity | None = None


@attrs.frozen(kw_only=True)
class MediaContent:
    """A ``media:content`` (alone or in a ``media:group``): a media file and its sizes."""

    url: str
    mime_type: str | None = None
    medium: str | None = None
    file_size: int | None = None
    bitrate: float | None = None
    duration: timedelta | None = None
    width: int | None = None
    height: int | None = None
    language: str | None = None
    default: bool = False


@attrs.frozen(kw_only=True)
class Transcript:
    """A ``podcast:transcript``: where the episode's transcript is and in what format."""

    url: str
    mime_type: str | None = None
    language: str | None = None
    rel: str | None = None


@attrs.frozen(kw_only=True)
class ChaptersFile:
    """A ``podcast:chapters``: where the episode's chapters file is and in what format
    (read it with :func:`podnotes.chapters_from_json`)."""

    url: str
    mime_type: str | None = None


@attrs.frozen(kw_only=True)
class Chapter:
    """A chapter of an episode.

    From ``psc:chapter``, from Podcasting 2.0 JSON chapters, or read from show notes.
    ``start`` keeps fractions of a second. ``end`` is known when the next chapter's
    start or the episode's duration is.
    """

    start: timedelta
    title: str | None = None
    end: timedelta | None = None
    url: str | None = None
    image_url: str | None = None


@attrs.frozen(kw_only=True)
class Link:
    """A link found in show notes.

    ``url`` is absolute and normalised (entities decoded, trailing punctuation removed;
    e-mail addresses as ``mailto:``). ``label`` is the words that name it, or ``None``.
    ``platform`` names the service of a profile or show page, else ``None``.
    ``position`` is where it was found: the offset of its first character in
    :attr:`ShowNotes.text`.
    """

    url: str
    label: str | None = None
    platform: Platform | None = None
    kind: LinkKind = "web"
    position: int = 0


@attrs.frozen(kw_only=True)
class ShowNotes:
    """What an episode's description says: links, chapters and guests.

    ``text`` is the plain text that was read (HTML flattened, one line per block);
    ``notes`` says what was found but left out, and why (a chapter past the end, ...).
    """

    text: str
    links: tuple[Link, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    guests: tuple[Person, ...] = ()
    notes: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Funding:
    """A ``podcast:funding`` link: where listeners can support the show."""

    url: str
    label: str | None = None


@attrs.frozen(kw_only=True)
class Location:
    """A ``podcast:location``: what the show or episode is about (``rel="subject"``) or
    where it was made (``rel="creator"``)."""

    name: str
    geo: str | None = None
    osm: str | None = None
    rel: str | None = None
    country: str | None = None


@attrs.frozen(kw_only=True)
class Soundbite:
    """A ``podcast:soundbite``: a short, shareable part of the episode."""

    start: timedelta
    duration: timedelta
    title: str | None = None


@attrs.frozen(kw_only=True)
class License:
    """A ``podcast:license``: a license identifier (``CC-BY-4.0``) or a name, and where
    the terms are."""

    name: str
    url: str | None = None


@attrs.frozen(kw_only=True)
class ValueRecipient:
    """A ``podcast:valueRecipient``: who receives which share of a payment."""

    address: str
    address_type: str
    split: int
    name: str | None = None
    custom_key: str | None = None
    custom_value: str | None = None
    fee: bool = False


@attrs.frozen(kw_only=True)
class RemoteItem:
    """A ``podcast:remoteItem``: a pointer to another feed, or to one of its items."""

    feed_guid: str
    feed_url: str | None = None
    item_guid: str | None = None
    medium: Medium | None = None
    title: str | None = None


@attrs.frozen(kw_only=True)
class ValueTimeSplit:
    """A ``podcast:valueTimeSplit``: for ``duration`` from ``start``, payments go to the
    ``recipients`` given here, or to the feed ``remote_item`` points at (which receives
    ``remote_percentage`` of them, from ``remote_start`` in its own timeline)."""

    start: timedelta
    duration: timedelta
    remote_item: RemoteItem | None = None
    remote_start: timedelta = timedelta(0)
    remote_percentage: float = 100.0
    recipients: tuple[ValueRecipient, ...] = ()


@attrs.frozen(kw_only=True)
class Value:
    """A ``podcast:value`` block: how listeners can pay the show while listening.

    ``type`` is the payment layer (``lightning``), ``method`` how it is sent
    (``keysend``); ``suggested`` is the suggested amount, as the feed wrote it.
    """

    type: str
    method: str
    suggested: str | None = None
    recipients: tuple[ValueRecipient, ...] = ()
    time_splits: tuple[ValueTimeSplit, ...] = ()


@attrs.frozen(kw_only=True)
class TxtRecord:
    """A ``podcast:txt``: free-form text for a stated purpose (e.g. domain verification)."""

    text: str
    purpose: str | None = None


@attrs.frozen(kw_only=True)
class UpdateFrequency:
    """A ``podcast:updateFrequency``: how often the show intends to publish."""

    text: str
    rrule: str | None = None
    complete: bool = False
    start: datetime | None = None


@attrs.frozen(kw_only=True)
class SocialInteract:
    """A ``podcast:socialInteract``: where comments on the show or episode live
    (``protocol="disabled"``: nowhere, on purpose)."""

    protocol: str
    url: str | None = None
    account_id: str | None = None
    account_url: str | None = None
    priority: int | None = None


@attrs.frozen(kw_only=True)
class Chat:
    """A ``podcast:chat``: where listeners talk live about the show or episode."""

    server: str
    protocol: str
    account_id: str | None = None
    space: str | None = None


@attrs.frozen(kw_only=True)
class ContentLink:
    """A ``podcast:contentLink``: the episode's content somewhere outside the app."""

    url: str
    title: str | None = None


@attrs.frozen(kw_only=True)
class Block:
    """Whether a platform may list the show or episode.

    ``podcast:block`` (``platform`` its ``id``, or ``None`` for every platform),
    ``itunes:block`` (``platform="apple"``) or ``googleplay:block``
    (``platform="google"``).
    """

    blocked: bool
    platform: str | None = None


@attrs.frozen(kw_only=True)
class Trailer:
    """A ``podcast:trailer`` of the show."""

    url: str
    title: str
    published: datetime | None = None
    length: int | None = None
    mime_type: str | None = None
    season: int | None = None


@attrs.frozen(kw_only=True)
class AtomLink:
    """An ``atom:link`` of the channel: ``rel`` (``self``, ``alternate``, ``next``,
    ``first``, ``last``, ``hub``, ``payment``, ...) and where it points."""

    rel: str
    url: str
    mime_type: str | None = None
    title: str | None = None


@attrs.frozen(kw_only=True)
class SourceFeed:
    """An item's RSS ``<source>``: the feed it was taken from."""

    url: str | None = None
    title: str | None = None


@attrs.frozen(kw_only=True)
class RawElement:
    """An element podnotes does not model, kept as the feed wrote it.

    ``namespace`` is its namespace URI (``None`` for RSS's own elements), ``name`` its
    local name, ``attributes`` its attributes as (name, value) pairs in document order
    (a namespaced attribute's name as ``{uri}name``), ``text`` its text and
    ``children`` its child elements, each bounded (see the field reference).
    """

    namespace: str | None
    name: str
    attributes: tuple[tuple[str, str], ...] = ()
    text: str | None = None
    children: tuple[RawElement, ...] = ()


# A class with an instance dict rather than slots, so that episode_from_fields() can
# build one in a single update.
@attrs.frozen(kw_only=True, repr=False, slots=False)
class Episode:
    """One episode: an RSS ``<item>``, an Atom ``<entry>``, or the content of a
    ``podcast:liveItem``.

    ``description`` and ``content`` are as the feed gives them (usually HTML);
    ``warnings`` are those found while reading this episode, also listed in
    :attr:`Podcast.warnings`. Values are the episode's own: see
    :func:`podnotes.effective` for those it takes from its channel.

    Read the fields as attributes, or all at once with :func:`podnotes.to_dict` or
    ``attrs.asdict``: an episode's ``__dict__`` (``vars()``) holds only the fields that
    differ from their defaults, which the class holds.
    """

    title: str | None = None
    itunes_title: str | None = None
    guid: str | None = None
    guid_is_permalink: bool | None = None
    link: str | None = None
    link_from_guid: bool = False
    published: datetime | None = None
    author: str | None = None
    author_email: str | None = None
    description: str | None = None
    content: str | None = None
    summary: str | None = None
    subtitle: str | None = None
    enclosures: tuple[Enclosure, ...] = ()
    duration: timedelta | None = None
    season: int | None = None
    season_name: str | None = None
    number: int | None = None
    number_source: NumberSource | None = None
    episode_name: str | None = None
    episode_type: EpisodeType | None = None
    explicit: bool | None = None
    blocks: tuple[Block, ...] = ()
    image: Image | None = None
    images: tuple[Image, ...] = ()
    keywords: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    comments_url: str | None = None
    source_feed: SourceFeed | None = None
    transcripts: tuple[Transcript, ...] = ()
    chapters_file: ChaptersFile | None = None
    chapters: tuple[Chapter, ...] = ()
    persons: tuple[Person, ...] = ()
    credits: tuple[Person, ...] = ()
    soundbites: tuple[Soundbite, ...] = ()
    locations: tuple[Location, ...] = ()
    alternate_enclosures: tuple[AlternateEnclosure, ...] = ()
    media_contents: tuple[MediaContent, ...] = ()
    content_links: tuple[ContentLink, ...] = ()
    values: tuple[Value, ...] = ()
    funding: tuple[Funding, ...] = ()
    txt_records: tuple[TxtRecord, ...] = ()
    social_interacts: tuple[SocialInteract, ...] = ()
    chat: Chat | None = None
    license: License | None = None
    extensions: tuple[RawElement, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()

    @property
    def enclosure(self) -> Enclosure | None:
        """The first enclosure: the episode's media file, for most feeds the only one."""
        return self.enclosures[0] if self.enclosures else None

    @property
    def media_url(self) -> str | None:
        """Where the episode's media is: the first enclosure, else the default (or
        first) alternate enclosure's first source, else the first ``media:content``."""
        if self.enclosures:
            return self.enclosures[0].url
        alternates = sorted(self.alternate_enclosures, key=lambda a: not a.default)
        for alternate in alternates:
            if alternate.sources:
                return alternate.sources[0].url
        return self.media_contents[0].url if self.media_contents else None

    def __repr__(self) -> str:
        number = f"#{self.number} " if self.number is not None else ""
        date = f", {self.published:%Y-%m-%d}" if self.published is not None else ""
        return f"<Episode {number}{self.title!r}{date}>"

    def __getstate__(self) -> dict[str, Any]:
        # Every field, defaults included: equal episodes pickle to the same bytes, and
        # a pickle does not depend on which fields a feed happened to give.
        return {name: getattr(self, name) for name in _EPISODE_DEFAULTS}

    def __setstate__(self, state: dict[str, Any]) -> None:
        _check_fields(state)
        self.__dict__.update(_without_defaults(state))


# Each field's default also lives on the class, where attribute lookup finds it when an
# episode's own dict does not hold the field (see episode_from_fields).
_EPISODE_DEFAULTS: Final[dict[str, object]] = {}
for _field in attrs.fields(Episode):
    plain = _field.init and not (_field.validator or _field.converter or _field.on_setattr)
    if not plain or isinstance(_field.default, attrs.Factory):  # type: ignore[arg-type]
        raise TypeError(f"Episode.{_field.name}: episode_from_fields() needs a plain default")
    setattr(Episode, _field.name, _field.default)
    _EPISODE_DEFAULTS[_field.name] = _field.default
del _field


def episode_from_fields(fields: dict[str, Any], *, drop_defaults: bool = False) -> Episode:
    """The episode ``Episode(**fields)`` builds, built faster: the reader's constructor.

    attrs' ``__init__`` binds all 47 fields as arguments and stores each, defaults
    included, and a feed holds thousands of episodes. Here the episode's dict takes the
    given fields in one update and the class's defaults answer for the others, which
    also keeps an episode small. With ``drop_defaults``, given fields that hold their
    default are left to the class too (``from_dict`` is given every field).
    """
    _check_fields(fields)
    episode: Episode = object.__new__(Episode)
    episode.__dict__.update(_without_defaults(fields) if drop_defaults else fields)
    return episode


def _check_fields(fields: dict[str, Any]) -> None:
    if not _EPISODE_DEFAULTS.keys() >= fields.keys():
        unknown = sorted(str(name) for name in fields.keys() - _EPISODE_DEFAULTS.keys())
        raise TypeError(f"Episode has no field {unknown[0]!r}")


def _without_defaults(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value != _EPISODE_DEFAULTS[name]}


@attrs.frozen(kw_only=True)
class LiveItem:
    """A ``podcast:liveItem``: a live stream, with what an episode has (``episode``)."""

    status: LiveStatus
    start: datetime | None = None
    end: datetime | None = None
    episode: Episode = attrs.Factory(Episode)


@attrs.frozen(kw_only=True, repr=False)
class Podcast:
    """A whole feed: the channel's data, its episodes in document order, and warnings.

    ``hosts`` is derived: ``podcast:person`` with role host, the hosts the channel
    description introduces ("Meta engineer Pascal Hartig will interview developers"),
    and an ``itunes:author`` or owner that is a person's full name."""

    title: str | None = None
    itunes_title: str | None = None
    link: str | None = None
    feed_url: str | None = None
    description: str | None = None
    summary: str | None = None
    subtitle: str | None = None
    language: str | None = None
    copyright: str | None = None
    author: str | None = None
    owner: Contact | None = None
    managing_editor: Contact | None = None
    web_master: Contact | None = None
    image: Image | None = None
    images: tuple[Image, ...] = ()
    categories: tuple[Category, ...] = ()
    keywords: tuple[str, ...] = ()
    explicit: bool | None = None
    podcast_type: PodcastType | None = None
    complete: bool | None = None
    blocks: tuple[Block, ...] = ()
    new_feed_url: str | None = None
    generator: str | None = None
    published: datetime | None = None
    last_build_date: datetime | None = None
    ttl: timedelta | None = None
    guid: str | None = None
    locked: bool | None = None
    locked_owner: str | None = None
    funding: tuple[Funding, ...] = ()
    persons: tuple[Person, ...] = ()
    credits: tuple[Person, ...] = ()
    locations: tuple[Location, ...] = ()
    medium: Medium | None = None
    license: License | None = None
    trailers: tuple[Trailer, ...] = ()
    values: tuple[Value, ...] = ()
    podroll: tuple[RemoteItem, ...] = ()
    remote_items: tuple[RemoteItem, ...] = ()
    publisher: RemoteItem | None = None
    txt_records: tuple[TxtRecord, ...] = ()
    update_frequency: UpdateFrequency | None = None
    uses_podping: bool | None = None
    social_interacts: tuple[SocialInteract, ...] = ()
    chat: Chat | None = None
    atom_links: tuple[AtomLink, ...] = ()
    hosts: tuple[Person, ...] = ()
    live_items: tuple[LiveItem, ...] = ()
    episodes: tuple[Episode, ...] = ()
    extensions: tuple[RawElement, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()

    @property
    def next_page_url(self) -> str | None:
        """The next page of a paged feed (``atom:link rel="next"``, RFC 5005)."""
        return self._link("next")

    @property
    def first_page_url(self) -> str | None:
        return self._link("first")

    @property
    def last_page_url(self) -> str | None:
        return self._link("last")

    @property
    def hub_urls(self) -> tuple[str, ...]:
        """WebSub hubs that announce the feed's updates (``atom:link rel="hub"``)."""
        return tuple(link.url for link in self.atom_links if link.rel == "hub")

    @property
    def payment_url(self) -> str | None:
        return self._link("payment")

    def blocked(self, platform: str | None = None) -> bool:
        """Whether ``platform`` (a service slug such as ``"apple"`` or ``"spotify"``;
        ``None``: any platform) is asked not to list the show, by the rules of
        ``podcast:block``: a block naming the platform decides; else one naming none."""
        return _blocked(self.blocks, platform)

    def _link(self, rel: str) -> str | None:
        return next((link.url for link in self.atom_links if link.rel == rel), None)

    def __repr__(self) -> str:
        return (
            f"<Podcast {self.title!r}: {len(self.episodes)} episodes, "
            f"{len(self.warnings)} warnings>"
        )


@attrs.frozen(kw_only=True)
class Effective:
    """An episode's values with its channel's as fallback, by each specification's rules
    (see :func:`podnotes.effective`)."""

    image: Image | None = None
    explicit: bool | None = None
    author: str | None = None
    persons: tuple[Person, ...] = ()
    values: tuple[Value, ...] = ()
    locked: bool | None = None
    funding: tuple[Funding, ...] = ()
    license: License | None = None
    chat: Chat | None = None
    locations: tuple[Location, ...] = ()
    blocks: tuple[Block, ...] = ()

    def blocked(self, platform: str | None = None) -> bool:
        """Whether ``platform`` is asked not to list the episode (see
        :meth:`Podcast.blocked`); the episode's own blocks come before its channel's."""
        return _blocked(self.blocks, platform)


def _blocked(blocks: tuple[Block, ...], platform: str | None) -> bool:
    if platform is not None:
        for block in blocks:
            if block.platform is not None and block.platform.lower() == platform.lower():
                return block.blocked
    return any(block.blocked and block.platform is None for block in blocks)
