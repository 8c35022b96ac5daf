"""The values podnotes returns: frozen, typed, comparable, hashable and picklable.

Conventions that hold for every class here:

- keyword-only construction, no mutation after it;
- sequences are tuples and default to ``()``;
- durations are :class:`~datetime.timedelta`;
- datetimes are timezone-aware (UTC when the feed gave no zone, with a
  ``date-without-zone`` warning saying so);
- absent is ``None``, never ``0``, ``""`` or a guess.

The field reference in the documentation says which feed element each field comes from.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

import attrs

from podnotes.errors import ParseWarning

__all__ = [
    "AlternateEnclosure",
    "Category",
    "Chapter",
    "Enclosure",
    "Episode",
    "EpisodeType",
    "Funding",
    "Image",
    "License",
    "Link",
    "LinkKind",
    "Location",
    "MediaSource",
    "NumberSource",
    "Person",
    "Podcast",
    "PodcastType",
    "RemoteItem",
    "ShowNotes",
    "SocialInteract",
    "Soundbite",
    "Trailer",
    "Transcript",
    "Txt",
    "UpdateFrequency",
    "Value",
    "ValueRecipient",
]

PodcastType = Literal["episodic", "serial"]
EpisodeType = Literal["full", "trailer", "bonus"]
#: Where :attr:`Episode.number` came from: a feed tag, or the episode's title.
NumberSource = Literal["tag", "title"]
#: What a :class:`Link` points at: an e-mail address, a social profile, or a web page.
LinkKind = Literal["email", "social", "web"]


@attrs.frozen(kw_only=True)
class Image:
    """An artwork image: ``itunes:image``, RSS ``<image>``, or one ``podcast:images`` entry."""

    url: str
    title: str | None = None
    link: str | None = None
    width: int | None = None
    height: int | None = None


@attrs.frozen(kw_only=True)
class Category:
    """An ``itunes:category`` with its nested subcategories, or an RSS ``<category>``."""

    name: str
    subcategories: tuple[Category, ...] = ()


@attrs.frozen(kw_only=True)
class Person:
    """Somebody who makes or appears in a show.

    From ``podcast:person`` (with ``role``, ``group``, ``image`` and ``url``), from
    ``itunes:owner`` (with ``email``), or named in show notes (with ``nickname``, as in
    ``Dharmesh J. (DJ)``, and ``handle``, as in ``Pascal Hartig (@passy)``).
    """

    name: str
    role: str | None = None
    group: str | None = None
    image: str | None = None
    url: str | None = None
    email: str | None = None
    nickname: str | None = None
    handle: str | None = None


@attrs.frozen(kw_only=True)
class Enclosure:
    """The media file of an episode: RSS ``<enclosure>`` or an Atom enclosure link."""

    url: str
    type: str | None = None
    length: int | None = None


@attrs.frozen(kw_only=True)
class MediaSource:
    """One ``podcast:source`` of an alternate enclosure."""

    uri: str
    content_type: str | None = None


@attrs.frozen(kw_only=True)
class AlternateEnclosure:
    """A ``podcast:alternateEnclosure``: another encoding or medium of the episode."""

    type: str
    length: int | None = None
    bitrate: float | None = None
    height: int | None = None
    language: str | None = None
    title: str | None = None
    rel: str | None = None
    codecs: str | None = None
    default: bool = False
    sources: tuple[MediaSource, ...] = ()


@attrs.frozen(kw_only=True)
class Transcript:
    """A ``podcast:transcript``: where the episode's transcript is and in what format."""

    url: str
    type: str | None = None
    language: str | None = None
    rel: str | None = None


@attrs.frozen(kw_only=True)
class Chapter:
    """A chapter of an episode.

    From ``psc:chapter``, from Podcasting 2.0 JSON chapters, or read from show notes.
    ``end`` is known when the next chapter's start or the episode's duration is.
    """

    start: timedelta
    title: str | None = None
    end: timedelta | None = None
    url: str | None = None
    image: str | None = None


@attrs.frozen(kw_only=True)
class Link:
    """A link found in show notes.

    ``url`` is absolute and normalised (entities decoded, trailing punctuation removed;
    e-mail addresses as ``mailto:``). ``label`` is the words that name it, or ``None``.
    ``platform`` names the service of a profile or show page (``"github"``,
    ``"mastodon"``, ``"apple_podcasts"``, ...), else ``None``. ``position`` is where it
    was found: the offset of its first character in :attr:`ShowNotes.text`.
    """

    url: str
    label: str | None = None
    platform: str | None = None
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
    """A ``podcast:location``: what the show or episode is about or where it was made."""

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
    """A ``podcast:license``: an SPDX identifier or a name, and where the terms are."""

    name: str
    url: str | None = None


@attrs.frozen(kw_only=True)
class ValueRecipient:
    """A ``podcast:valueRecipient``: who receives which share of a payment."""

    address: str
    type: str
    split: int
    name: str | None = None
    custom_key: str | None = None
    custom_value: str | None = None
    fee: bool = False


@attrs.frozen(kw_only=True)
class Value:
    """A ``podcast:value`` block: how listeners can pay the show while listening."""

    type: str
    method: str
    suggested: str | None = None
    recipients: tuple[ValueRecipient, ...] = ()


@attrs.frozen(kw_only=True)
class RemoteItem:
    """A ``podcast:remoteItem``: a pointer to another feed (or one of its items)."""

    feed_guid: str
    feed_url: str | None = None
    item_guid: str | None = None
    medium: str | None = None
    title: str | None = None


@attrs.frozen(kw_only=True)
class Txt:
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
    """A ``podcast:socialInteract``: where comments on the show or episode live."""

    protocol: str
    uri: str | None = None
    account_id: str | None = None
    account_url: str | None = None
    priority: int | None = None


@attrs.frozen(kw_only=True)
class Trailer:
    """A ``podcast:trailer`` of the show."""

    url: str
    title: str
    published: datetime | None = None
    length: int | None = None
    type: str | None = None
    season: int | None = None


@attrs.frozen(kw_only=True)
class Episode:
    """One episode: an RSS ``<item>`` or an Atom ``<entry>``.

    ``description`` and ``content`` are as the feed gives them (usually HTML);
    ``warnings`` are those found while reading this episode, also listed in
    :attr:`Podcast.warnings`.
    """

    title: str | None = None
    guid: str | None = None
    link: str | None = None
    published: datetime | None = None
    author: str | None = None
    description: str | None = None
    content: str | None = None
    summary: str | None = None
    subtitle: str | None = None
    enclosure: Enclosure | None = None
    duration: timedelta | None = None
    season: int | None = None
    season_name: str | None = None
    number: int | None = None
    number_source: NumberSource | None = None
    episode_name: str | None = None
    episode_type: EpisodeType | None = None
    explicit: bool | None = None
    block: bool | None = None
    image: Image | None = None
    keywords: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    transcripts: tuple[Transcript, ...] = ()
    chapters_url: str | None = None
    chapters_type: str | None = None
    chapters: tuple[Chapter, ...] = ()
    persons: tuple[Person, ...] = ()
    soundbites: tuple[Soundbite, ...] = ()
    locations: tuple[Location, ...] = ()
    alternate_enclosures: tuple[AlternateEnclosure, ...] = ()
    value: tuple[Value, ...] = ()
    funding: tuple[Funding, ...] = ()
    txt: tuple[Txt, ...] = ()
    social_interacts: tuple[SocialInteract, ...] = ()
    license: License | None = None
    warnings: tuple[ParseWarning, ...] = ()


@attrs.frozen(kw_only=True)
class Podcast:
    """A whole feed: the channel's data, its episodes in document order, and warnings.

    ``hosts`` is derived: ``podcast:person`` with role host, the hosts the channel
    description introduces ("Meta engineer Pascal Hartig will interview developers"),
    and an ``itunes:author`` or owner that is a person's full name."""

    title: str | None = None
    link: str | None = None
    feed_url: str | None = None
    description: str | None = None
    summary: str | None = None
    subtitle: str | None = None
    language: str | None = None
    copyright: str | None = None
    author: str | None = None
    owner: Person | None = None
    image: Image | None = None
    categories: tuple[Category, ...] = ()
    keywords: tuple[str, ...] = ()
    explicit: bool | None = None
    type: PodcastType | None = None
    complete: bool | None = None
    block: bool | None = None
    new_feed_url: str | None = None
    generator: str | None = None
    published: datetime | None = None
    last_build_date: datetime | None = None
    guid: str | None = None
    locked: bool | None = None
    locked_owner: str | None = None
    funding: tuple[Funding, ...] = ()
    persons: tuple[Person, ...] = ()
    locations: tuple[Location, ...] = ()
    medium: str | None = None
    license: License | None = None
    trailers: tuple[Trailer, ...] = ()
    value: tuple[Value, ...] = ()
    podroll: tuple[RemoteItem, ...] = ()
    txt: tuple[Txt, ...] = ()
    images: tuple[Image, ...] = ()
    update_frequency: UpdateFrequency | None = None
    social_interacts: tuple[SocialInteract, ...] = ()
    hosts: tuple[Person, ...] = ()
    episodes: tuple[Episode, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
