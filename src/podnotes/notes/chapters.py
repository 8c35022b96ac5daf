"""Timestamp chapters from the plain text of show notes.

Two layouts occur in the wild:

- one entry per line (or list item, or paragraph): ``00:00 Intro``, ``(00:00) Intro``,
  ``[@1:56] - Topic``, ``Intro - 00:00``, ``Topic (25:32)``;
- run-on text, as when HTML is flattened: ``Timestamps Intro 0:06 Overview 2:31 ...``
  (title before its time) or ``Chapters: 0:00 Intro 1:23 The problem ...`` (time before
  its title), even glued to the words before them, as video sites' descriptions are
  (``00:00 - Highlights01:07 - Introduction``). The order is decided once per block,
  never per timestamp; a range (``00:36–01:12``) is one chapter, at its first time.

A chapter list needs several ascending timestamps in one block, so times in prose
(``10:30 PM``, a score ``3:1``, ``16:9``, one lone ``around 12:30 in``) are not chapters.
Entries out of order or past the episode's end are dropped, and each drop is noted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from typing import Final, NamedTuple

import attrs

from podnotes.model import Chapter

__all__ = ["ChapterSearch", "find_chapters"]

# h:mm:ss or m:ss, optionally in brackets or after "@"; or 1h02m03s. Not followed by
# AM/PM or more digits, not part of a longer number or a ratio. A time with a colon may
# follow a letter or a colon that ends a word: descriptions copied from video sites lose
# their line breaks ("Timestamps:00:00 - Highlights01:07 - Introduction"). A "1h02m03s"
# may not ("rm10m30s").
_TIMESTAMP: Final = re.compile(
    r"(?:(?<![\d_.,/])(?<!\d:)(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,3}):(?P<s>[0-5]\d)(?:\.(?P<ms>\d{1,3}))?"
    r"|(?<![\w:.,/])(?:(?P<hh>\d{1,2})h)?(?P<mm>\d{1,2})m(?P<ss>\d{1,2})s)"
    r"[)\]]?(?!\w|:\d|\s?[AaPp]\.?[Mm]\b)"
)
# An opening "(", "[" or "[@" before a time belongs to it. Matched apart, so that the
# pattern above starts with a digit and the regex engine can skip to digits quickly.
_OPENING_BEFORE: Final = ("[@", "(", "[", "@")
_HEADING: Final = re.compile(
    r"\b(?:time\s?stamps?|chapters?|chapter\s+markers|topics|show\s+notes|outline|"
    r"in\s+this\s+episode|episode\s+highlights|highlights|contents|"
    r"kapitel|zeitmarken|themen|inhalt|chapitres?|horodatage|sommaire|"
    r"cap[íi]tulos?|marcas\s+de\s+tiempo|temas|contenido)\b\s*:?",
    re.IGNORECASE,
)
_HEADING_REACH: Final = 300
# The end of a sentence, or a URL, with what follows it up to the next word or the end.
_SENTENCE_END: Final = re.compile(r"(?:[.!?]|https?://\S+)(?:\s+(?=\S)|\s*$)")
# Emoji (pictographs, symbols and their joiners) and hashtags.
_DESCRIPTION_MARKER: Final = re.compile(r"[\u2190-\u2bff\U0001f000-\U0001faff]|#\w")
# What stands around a title and is none of it: separators, bullets and arrows before
# it; separators after it ("Arc<File>" keeps its ">"); and in a run-on list the commas
# between entries ("0:00 Intro, 3:00 Main").
_EDGE_PUNCTUATION: Final = " \t-–—|:•·*>"
_AFTER_TITLE: Final = " \t-–—|:•·*"
_RUN_ON_SEPARATORS: Final = ",;"
# A dash between two times makes a range ("00:36–01:12"); after a time glued to a word,
# it marks an entry ("Highlights01:07 - Introduction").
_DASHES: Final = frozenset("-–—")
_CLOSING: Final = {"(": ")", "[": "]"}
_OPENING: Final = {")": "(", "]": "["}
#: The longest chapter title kept: a listener's question read on air is a title; past
#: this, a title is cut, so that no input makes one larger.
MAX_TITLE: Final = 1000
_MIN_RUN_ON: Final = 3


@attrs.frozen(kw_only=True)
class ChapterSearch:
    """The chapters found, and what was dropped and why."""

    chapters: tuple[Chapter, ...] = ()
    notes: tuple[str, ...] = ()


class _Stamp(NamedTuple):  # a tuple: made once per time in the text, so cheap to make
    start: int
    end: int
    time: timedelta


# Every "1h02m03s" has this; text without it can hold only the forms with a colon.
_UNIT_FORM_HINT: Final = re.compile(r"m\d{1,2}s")


def _timestamps(line: str, *, unit_forms: bool = True) -> Iterable[re.Match[str]]:
    """What ``_TIMESTAMP.finditer(line)`` finds, trying the pattern only near colons.

    The pattern starts with a lookbehind, so the regex engine would try it at every
    character; a time with a colon starts one to three digits before its first colon.
    ``unit_forms=False`` says the text has no "1h02m03s" anywhere.
    """
    if unit_forms and _UNIT_FORM_HINT.search(line):
        return _TIMESTAMP.finditer(line)
    if ":" not in line:
        return ()
    return _near_colons(line)


def _near_colons(line: str) -> Iterator[re.Match[str]]:
    # A match starts a run of one to three digits that ends at a colon: the pattern's
    # lookbehind refuses a digit before it. So each colon is tried once, at that run.
    position = 0
    while (colon := line.find(":", position)) >= 0:
        start = colon
        while start > position and colon - start < 4 and line[start - 1].isdecimal():
            start -= 1
        match = None
        if start < colon and colon - start < 4:
            match = _TIMESTAMP.match(line, start)
        if match is not None:
            yield match
            position = match.end()
        else:
            position = colon + 1


def _stamps(line: str, *, unit_forms: bool) -> list[_Stamp]:
    found: list[_Stamp] = []
    for match in _timestamps(line, unit_forms=unit_forms):
        h, m, s, fraction, hh, mm, ss = match.groups()
        minutes = int(m or mm)
        seconds = int(s or ss)
        if seconds > 59 or (hh is None and mm is not None and minutes > 59):
            continue
        # Positional (days, seconds, microseconds, milliseconds): keywords cost more, for
        # each time of a note. "0:16:43.923": the fraction is milliseconds, however many
        # digits it has.
        time = timedelta(
            0,
            int(h or hh or 0) * 3600 + minutes * 60 + seconds,
            0,
            int(fraction.ljust(3, "0")) if fraction else 0,
        )
        start = match.start()
        if start and line[start - 1] in "([@":
            for opening in _OPENING_BEFORE:
                if line.endswith(opening, 0, start):
                    start -= len(opening)
                    break
        glued = match.start()  # a time's own digits, written right after a letter
        if glued and line[glued - 1].isalpha() and not _glued_entry(line, glued, match.end()):
            continue  # "Mt5:38", "2024-05-01T10:30:00": no chapter list
        previous = found[-1] if found else None
        if previous is not None and line[previous.end : start].strip() in _DASHES:
            # "00:36–01:12 - Topic": a range; the chapter starts at its first time.
            found[-1] = _Stamp(previous.start, match.end(), previous.time)
            continue
        found.append(_Stamp(start, match.end(), time))
    return found


def _glued_entry(line: str, start: int, end: int) -> bool:
    """Whether a time glued to the letters before it ("Highlights01:07 - Intro") is an
    entry of a list that lost its line breaks: a dash follows it, and the letters are a
    word, not a date's "T" after its digits."""
    return line[end:].lstrip()[:1] in _DASHES and not (start > 1 and line[start - 2].isdigit())


def _title(text: str, *, run_on: bool = False) -> str | None:
    title = text.lstrip(_EDGE_PUNCTUATION).rstrip(_AFTER_TITLE)
    if run_on:
        title = title.rstrip(_RUN_ON_SEPARATORS + _AFTER_TITLE)
    if not title or (title[0] not in "([" and title[-1] not in ")]"):
        return title[:MAX_TITLE].rstrip() or None  # no bracket at an edge: most titles
    # Brackets at the edges go only when they are not the title's own: "(GIL)" keeps its
    # ")". Counted once and kept up to date as brackets go: linear however many there are.
    counts = {bracket: title.count(bracket) for bracket in "()[]"}
    start, end = 0, len(title)
    while (
        start < end
        and title[start] in "(["
        and counts[title[start]] > counts[_CLOSING[title[start]]]
    ):
        counts[title[start]] -= 1
        start += 1
        while start < end and title[start].isspace():
            start += 1
    while (
        end > start
        and title[end - 1] in ")]"
        and counts[title[end - 1]] > counts[_OPENING[title[end - 1]]]
    ):
        counts[title[end - 1]] -= 1
        end -= 1
        while end > start and title[end - 1].isspace():
            end -= 1
    title = title[start:end]
    return title[:MAX_TITLE].rstrip() or None


def find_chapters(
    plain_text: str,
    *,
    duration: timedelta | None = None,
    code: Sequence[tuple[int, int]] = (),
) -> ChapterSearch:
    """The chapter list in ``plain_text`` (one block: the longest list found).

    ``code`` holds the spans of the text that were code, where no chapter is.
    """
    candidates: list[list[tuple[timedelta, str | None]]] = []
    line_block: list[tuple[timedelta, str | None]] = []
    unit_forms = _UNIT_FORM_HINT.search(plain_text) is not None
    waiting: timedelta | None = None  # a time alone on its line, its title to come
    with_inner_times = 0  # line entries whose title holds another time
    line_start = 0
    code_spans = _CodeSpans(code)
    for line in plain_text.split("\n"):
        in_code = bool(code) and code_spans.covers(line_start, line_start + len(line))
        if in_code or (not unit_forms and ":" not in line):
            if waiting is not None and line.strip() and not in_code:
                line_block.append((waiting, _title(line)))  # the title below its time
                waiting = None
            line_start += len(line) + 1
            continue
        if code_spans.inside:
            # Times in a code span ("run `sleep 0:30`") are code, not chapters.
            stamps = _stamps(code_spans.masked(line, line_start), unit_forms=unit_forms)
        else:
            stamps = _stamps(line, unit_forms=unit_forms)
        line_start += len(line) + 1
        if waiting is not None and line.strip():
            # The title below a time alone on its line ends where the line's own times
            # start: "3:00" then "Games - Hearthstone14:10 - Framer".
            line_block.append((waiting, _title(line[: stamps[0].start] if stamps else line)))
            waiting = None
        if not stamps:
            continue
        first = stamps[0]
        leads = not line[: first.start].strip(_EDGE_PUNCTUATION)
        if len(stamps) >= _MIN_RUN_ON and (_ascending(stamps) or not leads):
            candidates.append(_run_on_entries(line, stamps))
        elif len(stamps) == 1 or leads:
            # Lines with one time each (or a time first, and others in the title) form
            # one list, even with sub-items or headings between them; entries out of
            # order are dropped (with a note) below.
            title = _line_title(line, first)
            if title is None and leads and not line[first.end :].strip():
                waiting = first.time  # "00:00" alone: the next line is its title
            else:
                line_block.append((first.time, title))
                with_inner_times += len(stamps) > 1
    if waiting is not None:
        line_block.append((waiting, None))
    if with_inner_times < len(line_block):
        # When every entry holds a second time ("13:00 start (12:00 doors)"), the lines
        # are a schedule, not a chapter list.
        candidates.append(line_block)
    best = max(candidates, key=len, default=[])
    if len(best) < 2:
        return ChapterSearch()
    return _checked(best, duration)


class _CodeSpans:
    """The code spans (sorted ``start:end`` offsets of the text) met line by line: a
    pointer moves forward through them, so every line costs only its own spans."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = spans
        self._index = 0
        self.inside: list[tuple[int, int]] = []  # the spans the current line overlaps

    def covers(self, start: int, end: int) -> bool:
        """Move to the line at ``start:end``; whether code covers all of it."""
        spans = self._spans
        while self._index < len(spans) and spans[self._index][1] <= start:
            self._index += 1
        self.inside = []
        index = self._index
        while index < len(spans) and spans[index][0] <= end:
            self.inside.append(spans[index])
            index += 1
        return any(span[0] <= start and end <= span[1] for span in self.inside)

    def masked(self, line: str, line_start: int) -> str:
        """The line with its code spans blanked out, so that no time is found there."""
        parts = []
        position = 0
        for start, end in self.inside:
            start = max(start - line_start, position)
            end = min(end - line_start, len(line))
            if start < end:
                parts.append(line[position:start])
                parts.append(" " * (end - start))
                position = end
        parts.append(line[position:])
        return "".join(parts)


def _ascending(stamps: list[_Stamp]) -> bool:
    return all(a.time < b.time for a, b in itertools.pairwise(stamps))


def _line_title(line: str, stamp: _Stamp) -> str | None:
    before, after = line[: stamp.start], line[stamp.end :]
    # "00:00 Intro" and "- [@1:56] - Topic" put the title after; "Intro - 00:00" and
    # "Topic (25:32)" before.
    return _title(after) or _title(before)


def _run_on_entries(line: str, stamps: list[_Stamp]) -> list[tuple[timedelta, str | None]]:
    segments = [line[: stamps[0].start]]
    segments += [line[a.end : b.start] for a, b in itertools.pairwise(stamps)]
    segments.append(line[stamps[-1].end :])
    lead = None if _heading_before_times(segments) else _lead_title(segments[0])
    if lead is not None:
        titles = [lead, *(_title(s, run_on=True) for s in segments[1:-1])]
    else:
        titles = [_title(s, run_on=True) for s in segments[1:-1]]
        titles.append(_title(_first_sentence(segments[-1]), run_on=True))
    return [(stamp.time, title) for stamp, title in zip(stamps, titles, strict=True)]


def _heading_before_times(segments: list[str]) -> bool:
    """Whether a colon ends the text before the first time and no other title:
    "Timestamps:00:00 - Highlights01:07 - ...", a label, so the titles come after
    their times; not "Intro: 0:00 Overview: 2:31"."""
    return segments[0].rstrip().endswith(":") and not any(
        segment.rstrip().endswith(":") for segment in segments[1:-1]
    )


def _lead_title(text: str) -> str | None:
    """The title before the first time: what follows a heading or the last sentence."""
    words = text.rstrip()
    # Headings are short and sit right before the list: look only at the tail, so that
    # a long preamble costs nothing.
    headings = list(_HEADING.finditer(words, max(0, len(words) - _HEADING_REACH)))
    if headings:
        last_heading = headings[-1]
        return _title(words[last_heading.end() :])
    ends = list(_SENTENCE_END.finditer(words))
    return _title(words[ends[-1].end() :] if ends else words)


def _first_sentence(text: str) -> str:
    """The last title of a time-first run ends with its sentence: a "?" stays, a "." goes.
    An emoji or a hashtag also ends it, as in a video's description: "Rapid fire💡 Don't
    forget to like..."."""
    end = _SENTENCE_END.search(text)
    if end is not None:
        text = text[: end.start() + (text[end.start()] in "?!")]
    marker = _DESCRIPTION_MARKER.search(text)
    return text if marker is None else text[: marker.start()]


def _checked(
    entries: list[tuple[timedelta, str | None]], duration: timedelta | None
) -> ChapterSearch:
    notes = []
    kept: list[tuple[timedelta, str | None]] = []
    for start, title in entries:
        if duration is not None and start >= duration:
            notes.append(f"chapter {title!r} at {start} starts after the episode ends; dropped")
        elif kept and start <= kept[-1][0]:
            notes.append(f"chapter {title!r} at {start} is out of order; dropped")
        else:
            kept.append((start, title))
    ends = [start for start, _ in kept[1:]] + [duration] * bool(kept)
    chapters = tuple(
        Chapter(start=start, title=title, end=end)
        for (start, title), end in zip(kept, ends, strict=True)
    )
    return ChapterSearch(chapters=chapters, notes=tuple(notes))
