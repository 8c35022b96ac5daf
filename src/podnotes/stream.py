"""Episodes one at a time, in bounded memory: :func:`iter_episodes`.

A well-formed UTF-8 feed is read with lxml's ``iterparse``; each item is turned into an
:class:`~podnotes.model.Episode` as soon as it ends and then dropped from the tree, so
memory stays flat however long the feed is. The channel's own data is read as it goes
and is available from :attr:`EpisodeStream.podcast`: before the first episode, the
elements above it; at the end, all of it.

A feed in another encoding than UTF-8, one that breaks part-way or nests an item in an
item is read whole as :func:`podnotes.parse` reads it, and the stream goes on from
where it was: slower and larger, but never wrong. With ``strict=True`` the whole
document is read first, so that the first problem raised is the one ``parse()`` raises
(a document that is not well-formed fails as a whole before any value in it does).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Final

import attrs
from lxml import etree

from podnotes._prolog import Document, read_prolog
from podnotes._report import Report
from podnotes._source import ByteSource, Source, open_source
from podnotes._xml import Events, hardened_events, split_tag
from podnotes.errors import SourceError
from podnotes.feed import (
    EPISODE_ELEMENTS,
    FEED_ROOTS,
    ChannelBuilder,
    build_episode,
    is_beside_channel,
    is_channel,
    not_a_feed,
    parse,
    read_whole,
)
from podnotes.model import Episode, Podcast

__all__ = ["EpisodeStream", "iter_episodes"]


class _ReadWhole(Exception):
    """The stream cannot go on by itself; parse the whole document instead. The message
    says why, for the error a file object (which cannot be read again) gets."""


_BREAKS: Final = "the feed breaks part-way"


def iter_episodes(source: Source, *, strict: bool = False) -> EpisodeStream:
    """The feed's episodes one at a time, as an iterator that also knows the channel.

    ``source`` is what :func:`podnotes.parse` takes. A path or a binary file is read in
    pieces, never whole, when the feed allows it; ``strict=True`` reads it whole first.
    """
    return EpisodeStream(source, strict=strict)


class _Replay(io.RawIOBase):
    """A binary stream that gives back the head already read, then the rest."""

    def __init__(self, head: bytes, rest: ByteSource) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            head, self._head = self._head, b""
            return head + self._rest.read_all()
        if self._head:
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
        self._builder: ChannelBuilder | None = None
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
        if self._builder is None:
            return Podcast(warnings=self._report.warnings())
        return self._builder.podcast()

    def _generate(self) -> Iterator[Episode]:
        source = open_source(self._source)
        self._rereadable = source.rereadable
        try:
            document = read_prolog(source, self._report)
            if self._strict or not _streamable(document):
                # What parse() repairs needs the whole document, and in strict mode its
                # XML errors come before any value's: read it, once.
                podcast = read_whole(document, self._report)
                self._finished = attrs.evolve(podcast, episodes=())
                yield from podcast.episodes
                return
            source.unbounded()  # from here on, the stream holds one item at a time
            yielded = 0
            try:
                for episode in self._stream(_Replay(document.head, source)):
                    yielded += 1
                    yield episode
            except (etree.XMLSyntaxError, _ReadWhole) as reason:
                if not self._rereadable:
                    why = str(reason) if isinstance(reason, _ReadWhole) else _BREAKS
                    raise SourceError(
                        f"{why}, and a file object cannot be read again: "
                        "pass bytes or a path to have it read whole"
                    ) from None
                yield from self._whole(yielded)
        finally:
            source.close()

    def _whole(self, skip: int) -> Iterator[Episode]:
        podcast = parse(self._source, strict=self._strict)
        self._finished = attrs.evolve(podcast, episodes=())
        yield from podcast.episodes[skip:]

    def _stream(self, stream: io.RawIOBase) -> Iterator[Episode]:
        events, resolver = hardened_events(stream, encoding="utf-8")
        errors = _ErrorWatch(events)
        open_items = 0
        channel_ended = False
        # Items beside a channel that is still open: parse() reads them after the
        # channel's own, so they are read then (rare, and never many).
        held: list[etree._Element] = []
        root: etree._Element | None = None
        for event, element in events:
            tag: object = element.tag
            if not isinstance(tag, str):
                continue
            key_and_name = split_tag(tag)
            is_item = key_and_name in EPISODE_ELEMENTS
            if event == "start":
                if root is None:
                    root = element
                    if key_and_name not in FEED_ROOTS:
                        if self._rereadable:
                            raise _ReadWhole("not a feed")  # parse() says what it is
                        raise not_a_feed(root, self._report)
                if self._channel is None and is_channel(element, root):
                    self._channel = element
                    self._builder = ChannelBuilder(self._report)
                elif is_item:
                    if open_items and self._rereadable:
                        # An item inside an item: parse() takes it for an episode if the
                        # document turns out to need repairs, in an order of its own.
                        raise _ReadWhole("an item is nested in an item")
                    open_items += 1
                continue
            if errors.found() or resolver.refused:
                # libxml2 goes on past some errors (an undeclared prefix) that parse()
                # would repair: from here on, read the whole document.
                raise _ReadWhole(_BREAKS)
            parent = element.getparent()
            if element is self._channel:
                channel_ended = True
                yield from self._episodes_of(held)
            elif parent is not None and parent is self._channel:
                if is_item:
                    open_items -= 1
                    yield from self._episodes_of([element])
                elif self._builder is not None:
                    self._builder.read(element)
                    parent.remove(element)  # read: the tree need not keep it
            elif is_item:
                open_items -= 1
                if root is not None and is_beside_channel(element, root):
                    if channel_ended:
                        yield from self._episodes_of([element])
                    else:
                        held.append(element)
        if self._builder is None:
            # Not a feed, or one without a channel: parse() says which, and reads it.
            raise _ReadWhole("the document has no channel to stream")
        if errors.found():
            raise _ReadWhole(_BREAKS)  # an error after the last item
        yield from self._episodes_of(held)
        self._finished = self._builder.podcast()

    def _episodes_of(self, items: list[etree._Element]) -> Iterator[Episode]:
        """The items' episodes; each item is dropped once read, so that the tree never
        holds more than the one being read."""
        for item in items:
            yield build_episode(item, self._report)
            item.clear()
            parent = item.getparent()
            if parent is not None:
                parent.remove(item)
        items.clear()


class _ErrorWatch:
    """Whether libxml2 has logged an error; each log entry is looked at once. Its
    warnings (a relative namespace URI, ...) stop neither parse() nor the stream."""

    __slots__ = ("_events", "_seen")

    def __init__(self, events: Events) -> None:
        self._events = events
        self._seen = 0

    def found(self) -> bool:
        log = self._events.error_log
        if len(log) == self._seen:
            return False
        new = log[self._seen :]
        self._seen = len(log)
        return any(entry.level >= etree.ErrorLevels.ERROR for entry in new)


def _streamable(document: Document) -> bool:
    """Whether the document is UTF-8 with nothing to repair in what has been read of it.

    Its prolog is already read and cleaned; anything later that needs a repair makes
    libxml2 stop, and the stream then reads the whole document instead.
    """
    if not document.is_utf8:
        return False
    try:
        document.head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(document.head) - 4:  # a character cut at the end is fine
            return False
    return True
