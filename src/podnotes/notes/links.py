"""Links in show notes: bare URLs, ``www.`` and ``domain.tld/path`` forms, e-mail
addresses, HTML ``<a href>`` and Markdown ``[label](url)``, each with the words that name
it, the platform of a profile or show page, and what kind of link it is.

Labels come from the text just before a link, in the forms show notes use::

    Label - URL        Label – URL        Label: URL      (split at the last separator)
    Label (URL)        Label (URL, URL)   (both URLs share the label)

A section heading ("Links", "Resources", ...) and a chapter list before the label are
not part of it. Every pattern here is linear: each may start only where the previous
character cannot continue it, and no run is scanned twice.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final
from urllib.parse import urlsplit

import attrs

from podnotes.model import Link, LinkKind, Platform
from podnotes.notes._text import ReadText

__all__ = ["classify", "find_links", "normalise_url"]

_SCHEME_URL: Final = re.compile(r"(?<![\w.+-])https?://[^\s<>\"'`\\^{}|]+", re.IGNORECASE)
_TLDS: Final = (
    "com|org|net|io|dev|fm|co|app|ai|social|me|tv|gg|ly|sh|xyz|info|edu|gov|rs|so|"
    "to|cc|page|blog|news|tech|site|uk|de|fr|nl|ca|au|us|eu|ch|at|se|no|dk|es|it|pl|be|jp|in"
)
# www.example.com, or example.com/with/a/path (a bare domain alone is too often prose:
# "Node.js", "ASP.NET").
_BARE_URL: Final = re.compile(
    rf"(?<![\w@/.:+-])(?:(?:www\.)(?:[a-z0-9-]{{1,63}}\.)+(?:{_TLDS})\b(?:/[^\s<>\"'`]*)?"
    rf"|(?:[a-z0-9-]{{1,63}}\.)+(?:{_TLDS})/[^\s<>\"'`]*)",
    re.IGNORECASE,
)
_EMAIL: Final = re.compile(
    r"(?<![\w.+/:-])(?:mailto:)?[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}\b",
    re.IGNORECASE,
)
# A character outside the lookbehind classes of _BARE_URL and _EMAIL; and a bare URL's
# core.
_NOT_BARE_URL_RUN: Final = re.compile(r"[^\w@/.:+-]")
_NOT_EMAIL_RUN: Final = re.compile(r"[^\w.+/:-]")
_DOT_TLD: Final = re.compile(rf"\.(?:{_TLDS})\b", re.IGNORECASE)
_TRAILING: Final = ".,;:!?'\"*“”‘’«»…"
_PAIRS: Final = {")": "(", "]": "[", "}": "{"}

# On the link's line: "- " at the start of a line is a list's bullet, not a separator.
_SEPARATOR_BEFORE: Final = re.compile(r"(?:[ \t][-–—|]|:)[ \t]*$")
_SEPARATORS: Final = (":", "-", "–", "—", "|")
_OPEN_PAREN_BEFORE: Final = re.compile(r"\([ \t]*$")
_SHARED_GROUP_BEFORE: Final = re.compile(r"^[ \t]*(?:,|and|&)[ \t]*$")
_BOUNDARY: Final = re.compile(
    r"(?:[.!?](?=\s)|\n|\b\d{1,2}:\d{2}(?::\d{2})?\b|[(\[]?@?\d{1,2}:\d{2}[)\]]?)"
)
_HEADING: Final = re.compile(
    r"^(?:links?|resources|show\s+notes|show\s+links|references|further\s+reading|"
    r"mentioned(?:\s+in\s+(?:this|the)\s+episode)?|links\s+mentioned|useful\s+links)"
    r"\s*:?\s+(?=\S)",
    re.IGNORECASE,
)
_LABEL_REACH: Final = 300
_MAX_LABEL: Final = 150
_NAME_CONNECTORS: Final = frozenset({"of", "the", "for", "and", "&", "de", "van", "von", "der"})


@attrs.frozen
class _Found:
    start: int
    end: int
    url: str
    label: str | None
    # Classified as soon as found, while the URL's host is in the cache: afterwards,
    # thousands of other URLs may have pushed it out.
    platform: Platform | None
    kind: LinkKind


def find_links(read: ReadText) -> tuple[Link, ...]:
    """Every link in the text, in order of appearance, each URL once.

    Anchors come first, then URLs with a scheme, bare URLs and e-mail addresses, each
    kept only where no link found before it overlaps.
    """
    text = read.text
    found: list[_Found] = []
    for anchor in read.anchors:
        url = normalise_url(anchor.url)
        if url is None:
            continue
        words = " ".join(text[anchor.start : anchor.end].split())
        label = None if not words or _looks_like_url(words) else words
        found.append(_Found(anchor.start, anchor.end, url, label, *classify(url)))
    taken = _union([(item.start, item.end) for item in found])
    for matches in (_scheme_urls(text), _bare_urls(text), _emails(text)):
        kept: list[tuple[int, int]] = []
        for start, raw in _apart_from(taken, matches):
            url = normalise_url(raw)
            if url is None:
                continue
            if url.startswith("mailto:") and _is_handle(text, start, raw):
                # "@jane@mastodon.social" is a fediverse account, not an address.
                start -= 1
                user, _, host = raw.partition("@")
                url = f"https://{host.lower()}/@{user}"
                raw = "@" + raw
            kept.append((start, start + len(raw)))
            found.append(_Found(start, start + len(raw), url, None, *classify(url)))
        taken = _union(taken + kept)
    found.sort(key=lambda item: item.start)
    return _labelled_unique(text, found)


def _is_handle(text: str, start: int, raw: str) -> bool:
    """Whether the address at ``start`` is written as a fediverse handle, "@user@host"."""
    if raw.lower().startswith("mailto:") or start == 0 or text[start - 1] != "@":
        return False
    return start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "._-")


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans as the sorted, disjoint spans that cover the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # two sorted runs: timsort merges them in linear time
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _apart_from(
    taken: list[tuple[int, int]], matches: Iterable[re.Match[str]]
) -> Iterator[tuple[int, str]]:
    """The matches (in text order) that overlap none of the sorted, disjoint ``taken``,
    trimmed (see :func:`_trim`): (start, URL as written)."""
    index = 0
    for match in matches:
        start = match.start()
        raw = _trim(match.group())
        end = start + len(raw)
        while index < len(taken) and taken[index][1] <= start:
            index += 1
        if index < len(taken) and taken[index][0] < end:
            continue
        yield start, raw


# --- finding URLs fast ---------------------------------------------------------------
#
# Each URL pattern starts with a lookbehind and ignores case, which makes the regex
# engine try it at every character: tens of microseconds per note. Instead, each is
# tried only where its literal core is ("://", "@", ".com"), found by a fast search,
# at the one place a match could start there. The matches are the same as finditer's.


def _scheme_urls(text: str) -> Iterator[re.Match[str]]:
    position = 0
    while (colon := text.find("://", position)) >= 0:
        position = colon + 3
        for start in (colon - 5, colon - 4):  # "https", "http"
            if start >= 0 and (match := _SCHEME_URL.match(text, start)) is not None:
                yield match
                position = match.end()
                break


def _emails(text: str) -> Iterator[re.Match[str]]:
    # The address's characters before the "@" are all in the lookbehind's class, and
    # "@" is not: a match can only start where that run of characters starts.
    position = 0
    while (at := text.find("@", position)) >= 0:
        match = _EMAIL.match(text, _run_start(text, at, position, _NOT_EMAIL_RUN))
        if match is not None:
            yield match
            position = match.end()
        else:
            position = at + 1


def _bare_urls(text: str) -> Iterator[re.Match[str]]:
    # A bare URL's host lies in one run of the lookbehind's class and ends in a known
    # top-level domain: try the start of each run that has one, once.
    position = 0  # the end of the last match
    last_hit = -1
    for domain in _DOT_TLD.finditer(text):
        hit = domain.start()
        if hit < position:
            continue
        # Scanning back no further than the last hit keeps this linear in the text.
        start = _run_start(text, hit, max(position, last_hit), _NOT_BARE_URL_RUN)
        same_run = start == last_hit
        last_hit = hit
        if same_run:
            continue  # that run's start has been tried
        match = _BARE_URL.match(text, start)
        if match is not None:
            yield match
            position = match.end()


def _run_start(text: str, end: int, floor: int, outside: re.Pattern[str]) -> int:
    """Where the run of characters ``outside`` does not match that ends at ``end``
    starts, not before ``floor``. Read backwards a stretch at a time, in C rather than a
    character at a time: the stretches are disjoint, so the cost stays that of the run."""
    start = end
    while start > floor:
        near = max(floor, start - _RUN_STRETCH)
        stop = outside.search(text[near:start][::-1])
        if stop is not None:
            return start - stop.start()
        start = near
    return start


_RUN_STRETCH: Final = 64


def _labelled_unique(text: str, found: list[_Found]) -> tuple[Link, ...]:
    links: dict[str, Link] = {}
    explicit: set[str] = set()  # URLs whose label is a link's own words
    previous_end = 0
    group_label: str | None = None
    for item in found:
        label = item.label
        if label is None:
            label, group_label = _label_from_context(text, previous_end, item.start, group_label)
        else:
            group_label = None
        previous_end = item.end
        existing = links.get(item.url)
        if existing is None:
            links[item.url] = Link(
                url=item.url, label=label, platform=item.platform, kind=item.kind,
                position=item.start,
            )  # fmt: skip
            if item.label is not None:
                explicit.add(item.url)
        elif label is not None and (
            existing.label is None or (item.label is not None and item.url not in explicit)
        ):
            # A link's own words ("[Old Geeks Yell at Cloud](url)") name it better than
            # words found before the same URL elsewhere.
            links[item.url] = attrs.evolve(existing, label=label)
            if item.label is not None:
                explicit.add(item.url)
    return tuple(links.values())


def _label_from_context(
    text: str, previous_end: int, start: int, group_label: str | None
) -> tuple[str | None, str | None]:
    """(label, label shared by the next URL in the same parenthesis)."""
    before = text[max(previous_end, start - _LABEL_REACH) : start]
    if group_label is not None and _SHARED_GROUP_BEFORE.match(before):
        return group_label, group_label
    # Both patterns below end in "$": what they match ends with the last character that
    # is no space (``last``), so each is tried there only, not at every character.
    last = len(before.rstrip(" \t\n")) - 1
    if before[last : last + 1] == "(" and _OPEN_PAREN_BEFORE.match(before, last):
        label = _name_before(before[:last])
        return label, label
    if before[last : last + 1] not in _SEPARATORS:
        return None, None
    separator = _SEPARATOR_BEFORE.search(before, max(0, last - 1))
    if separator is None:
        return None, None
    entry = before[: separator.start()]
    # A line break is a boundary, so the last boundary is on the entry's last line.
    entry = entry[entry.rfind("\n") + 1 :]
    # Every other boundary holds one of these marks: most labels have none to look for.
    if "." in entry or ":" in entry or "!" in entry or "?" in entry:
        boundaries = list(_BOUNDARY.finditer(entry))
        if boundaries:
            entry = entry[boundaries[-1].end() :]
    entry = _HEADING.sub("", entry.strip()).strip(" \t-–—|:•*()[],;")
    if entry[:1].islower():
        # Prose leads up to the label: "... and read her post Remote Caching Explained:"
        entry = _name_before(entry) or ""
    if not entry or len(entry) > _MAX_LABEL or not any(char.isalpha() for char in entry):
        return None, None
    return entry, None


def _name_before(text: str) -> str | None:
    """The run of capitalised words right before a "(": "follow our host Pascal" -> Pascal."""
    words = text.split()
    run: list[str] = []
    for word in reversed(words[-8:]):
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or word[:1] == "@"
            or (word.lower() in _NAME_CONNECTORS and run)
        ):
            run.append(word)
        else:
            break
    while run and run[-1].lower() in _NAME_CONNECTORS:
        run.pop()
    label = " ".join(reversed(run)).strip(" ,;:-–—")
    return label or None


def _trim(url: str) -> str:
    """Drop what a linkifier would: final punctuation, and closers without an opener.

    Counted once and kept up to date, so that a URL ending in a thousand ")" costs a
    thousand steps, not a thousand counts of the whole URL.
    """
    if not url or (url[-1] not in _TRAILING and url[-1] not in _PAIRS):
        return url  # most URLs: nothing to drop
    closers = {closer: url.count(closer) for closer in _PAIRS}
    openers = {opener: url.count(opener) for opener in _PAIRS.values()}
    end = len(url)
    while end:
        last = url[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last in _PAIRS and openers[_PAIRS[last]] < closers[last]:
            closers[last] -= 1
            end -= 1
        else:
            break
    return url[:end]


def _looks_like_url(text: str) -> bool:
    return bool(_SCHEME_URL.fullmatch(text) or _BARE_URL.fullmatch(text) or _EMAIL.fullmatch(text))


def _host_and_path(url: str) -> tuple[str, str] | None:
    """The lower-cased host and the path of a URL with a host, else ``None``."""
    if len(url) <= _CACHED_URL_LENGTH:
        return _cached_host_and_path(url)
    return _read_host_and_path(url)


# Show notes repeat their links (the show's socials, its sponsors) in every episode.
_CACHED_URL_LENGTH: Final = 2_000


@functools.lru_cache(maxsize=4_096)
def _cached_host_and_path(url: str) -> tuple[str, str] | None:
    return _read_host_and_path(url)


# An http(s) URL whose host is only letters, digits, dots and hyphens (no user, port
# or brackets), then its path: most URLs, split here as urlsplit splits them, at a
# fraction of its cost. urlsplit drops tabs and line breaks: such a URL is not printable,
# and is left to it.
_PLAIN_URL: Final = re.compile(r"https?://([A-Za-z0-9.-]+)(?=[/?#]|\Z)([^?#]*)", re.IGNORECASE)


def _read_host_and_path(url: str) -> tuple[str, str] | None:
    plain = _PLAIN_URL.match(url) if url.isprintable() else None
    if plain is not None:
        return plain.group(1).lower(), plain.group(2)
    try:
        parts = urlsplit(url)
        host = parts.hostname  # lower-cased by urlsplit
    except ValueError:  # urlsplit raises on "http://[x"
        return None
    if "[" in parts.netloc and not _bracketed_address(parts.netloc):
        return None  # "http://[bad]x/": urllib before Python 3.11.4 lets it through
    return (host, parts.path) if host else None


def _bracketed_address(netloc: str) -> bool:
    """Whether a host in brackets is an IPv6 address and nothing follows but a port."""
    inside, _, after = netloc.rpartition("@")[2].partition("[")[2].partition("]")
    if after and not (after[0] == ":" and after[1:].isdigit()):
        return False
    try:
        ipaddress.IPv6Address(inside.split("%", 1)[0])
    except ValueError:
        return False
    return True


def normalise_url(raw: str) -> str | None:
    """An absolute URL, or ``None`` for what cannot be made one (a relative link)."""
    url = raw.strip().replace("&amp;", "&")
    lowered = url.lower()
    if lowered.startswith(("http://", "https://")):
        return url if _host_and_path(url) is not None else None
    if lowered.startswith("mailto:"):
        return "mailto:" + url[7:]
    if "@" in url and "/" not in url and _EMAIL.fullmatch(url):
        return "mailto:" + url
    if _BARE_URL.fullmatch(url):
        return "https://" + url
    return None


# --- platforms ---------------------------------------------------------------------

_RESERVED_FIRST_SEGMENTS: Final = frozenset(
    {"p", "reel", "reels", "explore", "stories", "i", "home", "search", "intent", "share",
     "hashtag", "watch", "status", "settings", "about", "login", "signup", "tv"}
)  # fmt: skip


def _single_profile(segments: list[str]) -> bool:
    return len(segments) == 1 and segments[0].lower() not in _RESERVED_FIRST_SEGMENTS


def _at_name(segments: list[str]) -> bool:
    return bool(segments) and segments[0].startswith("@")


def _youtube_channel(segments: list[str]) -> bool:
    return _at_name(segments) or (len(segments) == 2 and segments[0] in ("c", "channel", "user"))


# The host of each service with profile pages, its name, and which paths are profiles.
_PROFILES: Final[dict[str, tuple[Platform, Callable[[list[str]], bool]]]] = {
    "threads.net": ("threads", _at_name),
    "threads.com": ("threads", _at_name),
    "instagram.com": ("instagram", _single_profile),
    "twitter.com": ("x", _single_profile),
    "x.com": ("x", _single_profile),
    "bsky.app": ("bluesky", lambda segments: len(segments) == 2 and segments[0] == "profile"),
    "youtube.com": ("youtube", _youtube_channel),
    "linkedin.com": (
        "linkedin",
        lambda segments: len(segments) == 2 and segments[0] in ("in", "company"),
    ),
    "github.com": ("github", _single_profile),
    "facebook.com": ("facebook", _single_profile),
    "tiktok.com": ("tiktok", lambda segments: len(segments) == 1 and _at_name(segments)),
    "twitch.tv": ("twitch", _single_profile),
    "reddit.com": (
        "reddit",
        lambda segments: len(segments) == 2 and segments[0] in ("r", "u", "user"),
    ),
    "patreon.com": ("patreon", _single_profile),
}


def classify(url: str) -> tuple[Platform | None, LinkKind]:
    """(platform, kind) of a URL: the service of a profile or show page, and its kind."""
    if url.startswith("mailto:"):
        return None, "email"
    host_and_path = _host_and_path(url)
    if host_and_path is None:
        return None, "web"
    host, path = host_and_path
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix)
    segments = [segment for segment in path.split("/") if segment]
    first = segments[0] if segments else ""
    service = _PROFILES.get(host)
    if service is not None and service[1](segments):
        return service[0], "social"
    if host == "podcasts.apple.com" and "podcast" in segments:
        return "apple_podcasts", "web"
    if host == "open.spotify.com" and first == "show":
        return "spotify", "web"
    # Any other server with a "/@name" page is a Mastodon (or other fediverse) profile.
    if len(segments) == 1 and first.startswith("@") and len(first) > 1 and "." in host:
        return "mastodon", "social"
    return None, "web"
