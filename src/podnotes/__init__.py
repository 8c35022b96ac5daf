"""podnotes: podcast feeds into typed, immutable values; show notes into structure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from podnotes.errors import (
    ChaptersError,
    FeedError,
    MalformedFeedError,
    NotAFeedError,
    ParseWarning,
    PodnotesError,
    SerializationError,
    SourceError,
    WarningCode,
)
from podnotes.feed import Source, parse
from podnotes.model import (
    AlternateEnclosure,
    Category,
    Chapter,
    Enclosure,
    Episode,
    EpisodeType,
    Funding,
    Image,
    License,
    Link,
    LinkKind,
    Location,
    MediaSource,
    NumberSource,
    Person,
    Podcast,
    PodcastType,
    RemoteItem,
    ShowNotes,
    SocialInteract,
    Soundbite,
    Trailer,
    Transcript,
    Txt,
    UpdateFrequency,
    Value,
    ValueRecipient,
)

if TYPE_CHECKING:
    from podnotes.chapters_json import chapters_from_json, chapters_to_json
    from podnotes.notes import (
        episode_notes,
        extract,
        extract_chapters,
        extract_guests,
        extract_links,
    )
    from podnotes.serialize import from_dict, from_json, to_dict, to_json
    from podnotes.stream import EpisodeStream, iter_episodes

# The show-notes readers and the JSON helpers compile their patterns when imported;
# they load on first use, so that "import podnotes" for parsing alone stays cheap.
_LAZY = {
    "chapters_from_json": "podnotes.chapters_json",
    "chapters_to_json": "podnotes.chapters_json",
    "episode_notes": "podnotes.notes",
    "extract": "podnotes.notes",
    "extract_chapters": "podnotes.notes",
    "extract_guests": "podnotes.notes",
    "extract_links": "podnotes.notes",
    "from_dict": "podnotes.serialize",
    "from_json": "podnotes.serialize",
    "iter_episodes": "podnotes.stream",
    "EpisodeStream": "podnotes.stream",
    "to_dict": "podnotes.serialize",
    "to_json": "podnotes.serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'podnotes' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "AlternateEnclosure",
    "Category",
    "Chapter",
    "ChaptersError",
    "Enclosure",
    "Episode",
    "EpisodeStream",
    "EpisodeType",
    "FeedError",
    "Funding",
    "Image",
    "License",
    "Link",
    "LinkKind",
    "Location",
    "MalformedFeedError",
    "MediaSource",
    "NotAFeedError",
    "NumberSource",
    "ParseWarning",
    "Person",
    "Podcast",
    "PodcastType",
    "PodnotesError",
    "RemoteItem",
    "SerializationError",
    "ShowNotes",
    "SocialInteract",
    "Soundbite",
    "Source",
    "SourceError",
    "Trailer",
    "Transcript",
    "Txt",
    "UpdateFrequency",
    "Value",
    "ValueRecipient",
    "WarningCode",
    "chapters_from_json",
    "chapters_to_json",
    "episode_notes",
    "extract",
    "extract_chapters",
    "extract_guests",
    "extract_links",
    "from_dict",
    "from_json",
    "iter_episodes",
    "parse",
    "to_dict",
    "to_json",
]
