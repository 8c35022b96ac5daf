"""How fast pure Python can be on the benchmark's large feed, whatever the parser.

Two lower bounds, measured on the same bytes as the benchmark:

- parse: lxml's parse, a walk over every element of every item, and the same frozen
  values podnotes builds (checked equal to podnotes' own), from a reader written for
  exactly this feed's tags: no dispatch on namespaces, no checks, no warnings;
- show notes: only finding the HTML tags and building the chapters, links and guests
  (with values of the right sizes), with none of the reading between.

No real parser can be faster than these; the benchmark reports them beside its targets.
A third figure is a floor of podnotes' own design rather than of any parser: the two
steps every guest search takes before it reads a single name (each note read to text,
its introduction split into tokens).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, Final

import attrs
from lxml import etree
from timing import in_turns

from podnotes import _values
from podnotes.model import (
    Chapter,
    ChaptersFile,
    Enclosure,
    Episode,
    Image,
    Link,
    Person,
    ShowNotes,
    Transcript,
    episode_from_fields,
)
from podnotes.notes._text import _TAG, read_text
from podnotes.notes.guests import GUEST_REACH, _Note

_ITUNES: Final = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
_PODCAST: Final = "{https://podcastindex.org/namespace/1.0}"

_TEXT_FIELDS: Final = {
    "title": "title",
    "link": "link",
    "description": "description",
    _ITUNES + "summary": "summary",
}

Values = dict[str, Any]


def _published(element: etree._Element, values: Values) -> None:
    values["published"] = _values.parse_date(element.text or "")[0]


def _guid(element: etree._Element, values: Values) -> None:
    values["guid"] = (element.text or "").strip()
    values["guid_is_permalink"] = element.get("isPermaLink") != "false"


def _enclosure(element: etree._Element, values: Values) -> None:
    values["enclosures"] = (
        Enclosure(
            url=element.get("url", ""),
            mime_type=element.get("type"),
            length=int(element.get("length", 0)),
        ),
    )


def _duration(element: etree._Element, values: Values) -> None:
    values["duration"] = _values.parse_duration(element.text or "")


def _number(element: etree._Element, values: Values) -> None:
    values["number"] = int(element.text or 0)
    values["number_source"] = "tag"


def _season(element: etree._Element, values: Values) -> None:
    values["season"] = int(element.text or 0)


def _explicit(element: etree._Element, values: Values) -> None:
    values["explicit"] = element.text == "true"


def _image(element: etree._Element, values: Values) -> None:
    image = Image(url=element.get("href", ""), origin="itunes")
    values["image"] = image
    values["images"] = (image,)


def _transcript(element: etree._Element, values: Values) -> None:
    values["transcripts"] = (Transcript(url=element.get("url", ""), mime_type=element.get("type")),)


def _chapters(element: etree._Element, values: Values) -> None:
    values["chapters_file"] = ChaptersFile(
        url=element.get("url", ""), mime_type=element.get("type")
    )


def _person(element: etree._Element, values: Values) -> None:
    values["persons"] = (
        Person(name=element.text or "", role=element.get("role", ""), group="cast",
               url=element.get("href")),
    )  # fmt: skip


def _nothing(element: etree._Element, values: Values) -> None:
    pass  # podcast:season and podcast:episode repeat the iTunes tags here


_HANDLERS: Final[dict[str, Callable[[etree._Element, Values], None]]] = {
    "guid": _guid,
    "pubDate": _published,
    "enclosure": _enclosure,
    _ITUNES + "duration": _duration,
    _ITUNES + "episode": _number,
    _ITUNES + "season": _season,
    _ITUNES + "explicit": _explicit,
    _ITUNES + "image": _image,
    _PODCAST + "transcript": _transcript,
    _PODCAST + "chapters": _chapters,
    _PODCAST + "person": _person,
    _PODCAST + "season": _nothing,
    _PODCAST + "episode": _nothing,
}


def ideal_episodes(data: bytes) -> list[Episode]:
    """The large feed's episodes, read as fast as Python can build them."""
    channel = etree.fromstring(data)[0]
    episodes = []
    for item in channel:
        if item.tag != "item":
            continue
        values: Values = {}
        for child in item:
            tag = child.tag
            name = _TEXT_FIELDS.get(tag)
            if name is not None:
                values[name] = (child.text or "").strip()
            else:
                _HANDLERS[tag](child, values)
        # podnotes' own fast constructor: the bound is on reading, not on building.
        episodes.append(episode_from_fields(values))
    return episodes


def parse_and_walk(data: bytes) -> None:
    """lxml's parse, and each item child's tag and text: no values built."""
    for item in etree.fromstring(data)[0]:
        for child in item:
            _ = child.tag, child.text


def notes_bare_minimum(descriptions: list[str]) -> None:
    """Find the HTML tags and build ten chapters, six links and a guest per episode."""
    for text in descriptions:
        for tag in _TAG.finditer(text):
            tag.group(2)
        chapters = tuple(Chapter(start=timedelta(minutes=6 * i), title="t") for i in range(10))
        links = tuple(Link(url="u", label="l", kind="web", position=i) for i in range(6))
        ShowNotes(text=text, links=links, chapters=chapters, guests=(Person(name="n"),))


def notes_first_steps(descriptions: list[str]) -> None:
    """Read each note to text and tokenise its introduction, as the guest finder does
    before it looks at any word."""
    for text in descriptions:
        read = read_text(text)
        _Note(read.text[:GUEST_REACH], read.anchors)


def measure(data: bytes, repeats: int = 7) -> dict[str, float]:
    """Median seconds for each lower bound, and the floor and podnotes beside them."""
    import podnotes

    podcast = podnotes.parse(data)
    # The ideal reader is a fair bound only if it builds what podnotes builds.
    ideal = ideal_episodes(data)
    built = [attrs.evolve(episode, warnings=()) for episode in podcast.episodes]
    assert ideal == built, "the ideal reader must build the same episodes as podnotes"
    descriptions = [episode.description or "" for episode in podcast.episodes]
    return in_turns(
        {
            "lxml_floor_seconds": lambda: etree.fromstring(data),
            "parse_and_walk_seconds": lambda: parse_and_walk(data),
            "ideal_reader_seconds": lambda: ideal_episodes(data),
            "podnotes_parse_seconds": lambda: podnotes.parse(data),
            "notes_bare_minimum_seconds": lambda: notes_bare_minimum(descriptions),
            "notes_first_steps_seconds": lambda: notes_first_steps(descriptions),
        },
        repeats,
    )


if __name__ == "__main__":
    from large_feed import large_feed

    for name, seconds in measure(large_feed()).items():
        print(f"{name:30s} {seconds:.4f}")
