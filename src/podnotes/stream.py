"""Episodes one at a time, in bounded memory: :func:`iter_episodes`.

A well-formed UTF-8 feed is read with lxml's ``iterparse``; each item is turned into an
:class:`~podnotes.model.Episode` as soon as it ends and then dropped from the tree, so
memory stays flat however long the feed is. The channel's own data is read as it goes
and is available from :attr:`EpisodeStream.podcast`: before the first episode, the
elements above it; at the end, all of it.

A feed that needs repairs (a DOCTYPE, bytes before the XML declaration, another
encoding), breaks part-way or nests an item in an item is read whole by
:func:`podnotes.parse` instead, and the stream goes on from where it was: slower and
larger, but never wrong.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import IO, Final

import attrs
from lxml import etree

from podnotes._report import Report
from podnotes._xml import (
    ATOM,
    HARDENED_OPTIONS,
    PROLOG_HEAD,
    RSS,
    XML_DECLARATION_START,
    split_tag,
)
from podnotes.errors import SourceError
from podnotes.feed import (
    _EPISODE_ELEMENTS,
    FEED_ROOTS,
    Source,
    _build_episode,
    _build_podcast,
    _text_source,
    not_a_feed,
    parse,
    unsupported_source,
)
from podnotes.model import Episode, Podcast

__all__ = ["EpisodeStream", "iter_episodes"]

_HEAD: Final = 64 * 1024


class _ReadWhole(Exception):
    """The stream cannot go on by itself; parse the whole document instead. The message
    says why, for the error a file object (which cannot be read again) gets."""


_BREAKS: Final = "the feed breaks part-way"


def iter_episodes(source: Source, *, strict: bool = False) -> EpisodeStream:
    """The feed's episodes one at a time, as an iterator that also knows the channel.

    ``source`` is what :func:`podnotes.parse` takes. A path or a binary file is read in
    pieces, never whole, when the feed allows it.
    """
    return EpisodeStream(source, strict=strict)


class _Replay(io.RawIOBase):
    """A binary stream that gives back the head already read, then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0 or size >= len(self._head):
                head, self._head = self._head, b""
                return head + (self._rest.read(size - len(head)) if size > 0 else b"")
            head, self._head = self._head[:size], self._head[size:]
            return head
        return self._rest.read(size)


class EpisodeStream(Iterator[Episode]):
    """Iterates over a feed's episodes; :attr:`podcast` holds the channel read so far."""

    def __init__(self, source: Source, *, strict: bool) -> None:
        self._source = source
        self._strict = strict
        self._report = Report(strict=strict)
        self._channel: etree._Element | None = None
        self._finished: Podcast | None = None
        self._rereadable = True
        self._episodes = self._generate()

    def __next__(self) -> Episode:
        return next(self._episodes)

    @property
    def podcast(self) -> Podcast:
        """The channel's data (without episodes) and the warnings, as far as read."""
        if self._finished is not None:
            return self._finished
        if self._channel is None:
            return Podcast(warnings=self._report.warnings())
        # The item being read may still be in the tree: its episode is not the channel's.
        snapshot = _build_podcast(self._channel, [], self._report.snapshot())
        return attrs.evolve(snapshot, episodes=())

    def _generate(self) -> Iterator[Episode]:
        stream, rereadable = self._open()
        self._rereadable = rereadable
        try:
            head = stream.read(_HEAD)
            if not _streamable(head):
                # What parse() repairs needs the whole document; a file object cannot be
                # read twice, so what is left of it is read now.
                yield from self._whole(0, None if rereadable else head + stream.read())
                return
            yielded = 0
            try:
                for episode in self._stream(_Replay(head, stream)):
                    yielded += 1
                    yield episode
            except (etree.XMLSyntaxError, _ReadWhole) as reason:
                if not rereadable:
                    why = str(reason) if isinstance(reason, _ReadWhole) else _BREAKS
                    raise SourceError(
                        f"{why}, and a file object cannot be read again: "
                        "pass bytes or a path to have it read whole"
                    ) from None
                yield from self._whole(yielded, None)
        finally:
            if isinstance(self._source, os.PathLike):
                stream.close()

    def _open(self) -> tuple[IO[bytes], bool]:
        source = self._source
        if isinstance(source, bytes | bytearray | memoryview):
            return io.BytesIO(bytes(source)), True
        if isinstance(source, str):
            return io.BytesIO(_text_source(source)), True
        if isinstance(source, os.PathLike):
            try:
                return open(source, "rb"), True  # closed in _generate
            except OSError as error:
                message = f"cannot read {os.fspath(source)!r}: {error.strerror}"
                raise SourceError(message) from error
        if callable(getattr(source, "read", None)):
            return source, False
        raise unsupported_source(source)

    def _whole(self, skip: int, data: bytes | None) -> Iterator[Episode]:
        source = self._source if data is None else data
        podcast = parse(source, strict=self._strict)
        self._finished = attrs.evolve(podcast, episodes=())
        yield from podcast.episodes[skip:]

    def _stream(self, stream: io.RawIOBase) -> Iterator[Episode]:
        events = etree.iterparse(stream, events=("start", "end"), **HARDENED_OPTIONS)
        open_items = 0
        channel_ended = False
        held: list[Episode] = []
        root: etree._Element | None = None
        for event, element in events:
            tag: object = element.tag
            if not isinstance(tag, str):
                continue
            key_and_name = split_tag(tag)
            is_item = key_and_name in _EPISODE_ELEMENTS
            if event == "start":
                if root is None:
                    root = element
                    if key_and_name not in FEED_ROOTS:
                        if self._rereadable:
                            raise _ReadWhole("not a feed")  # parse() says what it is
                        raise not_a_feed(root)
                # The channel parse() reads: an Atom root, or an RSS root's first channel.
                if self._channel is None and (
                    (element is root and key_and_name == (ATOM, "feed"))
                    or (key_and_name == (RSS, "channel") and element.getparent() is root)
                ):
                    self._channel = element
                elif is_item:
                    if open_items and self._rereadable:
                        # An item inside an item: parse() takes it for an episode if the
                        # document turns out to need repairs, in an order of its own.
                        raise _ReadWhole("an item is nested in an item")
                    open_items += 1
                continue
            if element is self._channel:
                channel_ended = True
                yield from held  # parse() puts items beside the channel after its own
                held.clear()
            if not is_item:
                continue
            open_items -= 1
            # The items parse() reads: those of its channel, and RSS items beside it (as
            # RSS 1.0 has them, or RSS 2.0 items outside their channel); Atom entries
            # there are no episodes to parse().
            parent = element.getparent()
            in_channel = parent is self._channel
            beside_channel = not in_channel and parent is root and key_and_name == (RSS, "item")
            if in_channel or beside_channel:
                if len(events.error_log):
                    # libxml2 goes on past some errors (an undeclared prefix) that
                    # parse() would repair: from here on, read the whole document.
                    raise _ReadWhole(_BREAKS)
                episode = _build_episode(element, self._report)
                if beside_channel and not channel_ended:
                    held.append(episode)  # rare: an item outside a channel still open
                else:
                    yield episode
                # Done with it: drop it, so that the tree never holds more than one item.
                element.clear()
                parent.remove(element)
        if self._channel is None:
            # Not a feed, or one without a channel: parse() says which, and reads it.
            raise _ReadWhole("the document has no channel to stream")
        if len(events.error_log):
            raise _ReadWhole(_BREAKS)  # an error after the last item
        yield from held
        self._finished = _build_podcast(self._channel, [], self._report)


def _streamable(head: bytes) -> bool:
    """Whether the head shows a plain UTF-8 feed with nothing to repair before its root."""
    start = head.lstrip(b" \t\r\n")
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or start[:1] != b"<":
        return False
    if start is not head and start.startswith(b"<?xml"):
        return False  # whitespace before the declaration: the repair path says so
    if head.find(XML_DECLARATION_START, 0, PROLOG_HEAD) > 0:
        return False  # parse() cuts what comes before a late declaration
    if b"<!DOCTYPE" in head.upper() or b"<!doctype" in head:
        return False
    declaration = head[: head.find(b"?>") + 2] if head.startswith(b"<?xml") else b""
    lowered = declaration.lower()
    if b"encoding" in lowered and not any(
        name in lowered for name in (b'"utf-8"', b"'utf-8'", b'"utf8"', b'"us-ascii"')
    ):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # a character cut at the end of the head is fine
            return False
    return True
