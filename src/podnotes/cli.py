"""The command line: ``podnotes FEED...`` (also ``python -m podnotes``).

Prints a readable summary of each feed, or with ``--json`` one JSON record per feed
(JSON Lines), each written as soon as its feed is read. Errors are one line on standard
error and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final, TextIO

import attrs

from podnotes import __version__
from podnotes.errors import PodnotesError, SourceError
from podnotes.feed import parse
from podnotes.model import Episode, Podcast, ShowNotes
from podnotes.notes import episode_notes
from podnotes.serialize import JSONValue, to_dict

__all__ = ["main"]

FEED_SUFFIXES: Final = (".xml", ".rss", ".atom")
# The show notes' chapters are the feed's own where it has them, else those in the text:
# so "chapters" names them, not the Episode field of the same name.
NOTES_FIELDS: Final = ("chapters", "guests", "links")
DEFAULT_FIELDS: Final = ("published", "duration", *NOTES_FIELDS)
# In JSON, an episode chosen with --fields keeps what says which episode it is.
IDENTITY_FIELDS: Final = ("guid", "number", "title")


def _episode_fields() -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(Episode) if field.name not in NOTES_FIELDS)


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="podnotes",
        description="Read podcast feeds: episodes with their chapters, guests and links.",
    )
    parser.add_argument(
        "feeds",
        nargs="+",
        metavar="FEED",
        help="a feed file, a directory of feeds (.xml, .rss, .atom), or - for standard input",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='write one JSON record per feed, one per line: {"source": FEED, "podcast": the model}',
    )
    parser.add_argument(
        "--latest", type=_at_least_one, metavar="N", help="only the N latest episodes (N >= 1)"
    )
    parser.add_argument(
        "--episode",
        type=int,
        action="append",
        metavar="NUMBER",
        help="only the episode with this number (may be repeated)",
    )
    parser.add_argument(
        "--fields",
        metavar="NAMES",
        help="episode fields to show, comma-separated: chapters, guests, links (from the "
        "show notes) and any other Episode field (default: "
        f"{','.join(DEFAULT_FIELDS)}; with --json, every field)",
    )
    parser.add_argument("--strict", action="store_true", help="fail on the first problem")
    parser.add_argument("--version", action="version", version=f"podnotes {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Never a traceback: output into a closed pipe ends quietly with status 0 (as ``head``
    expects of other tools), a terminal that cannot show a character gets an escape,
    and an interrupt exits with 130.
    """
    if sys.stderr is None:  # started with standard error closed: errors go nowhere
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    if sys.stdout is None:
        print("podnotes: error: standard output is closed", file=sys.stderr)
        return 1
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        code = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Whoever reads our output has stopped: so do we.
        _silence_output()
        return 0
    except OSError as error:  # a full disk, a device that refuses writes
        _silence_output()
        print(f"podnotes: error: cannot write the output: {error.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code


def _silence_output() -> None:
    """Standard output to the null device: Python's own flush at exit would fail too."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(argv: Sequence[str] | None) -> int:
    parser = _arguments()
    options = parser.parse_args(argv)
    fields = _chosen_fields(parser, options.fields)
    sources, failures = _sources(options.feeds)
    for index, source in enumerate(sources, start=1):
        if len(sources) > 1:
            print(f"[{index}/{len(sources)}] {source}", file=sys.stderr)
        try:
            podcast = _parse(source, strict=options.strict)
        except (PodnotesError, OSError) as error:
            print(f"podnotes: error: {_shown(source)}: {error}", file=sys.stderr)
            failures += 1
            continue
        except MemoryError:
            print(f"podnotes: error: {_shown(source)}: out of memory", file=sys.stderr)
            failures += 1
            continue
        episodes = _chosen_episodes(podcast, options.latest, options.episode)
        if options.json:
            _write_record(source, podcast, episodes, fields, sys.stdout)
        else:
            shown_fields = DEFAULT_FIELDS if fields is None else fields
            _print_summary(podcast, episodes, shown_fields, sys.stdout)
    return 1 if failures else 0


def _chosen_fields(parser: argparse.ArgumentParser, names: str | None) -> tuple[str, ...] | None:
    """The fields named with --fields, or ``None`` for the default of each output."""
    if names is None:
        return None
    fields = tuple(name.strip() for name in names.split(",") if name.strip())
    episode_fields = _episode_fields()
    unknown = [name for name in fields if name not in (*NOTES_FIELDS, *episode_fields)]
    if unknown:
        parser.error(
            f"unknown field {unknown[0]!r}; choose from {', '.join(NOTES_FIELDS)} (the show "
            f"notes) or another Episode field: {', '.join(episode_fields)}"
        )
    return fields


def _shown(source: str) -> str:
    """A file name for a message: very long ones are cut."""
    return source if len(source) <= 200 else source[:200] + "…"


def _is_directory(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long for the system, a NUL character
        return False  # parsing it says why it cannot be read


def _sources(arguments: Sequence[str]) -> tuple[list[str], int]:
    """The files to read (directories listed), and how many arguments could not be."""
    sources: list[str] = []
    failures = 0
    for argument in arguments:
        path = Path(argument)
        if argument == "-" or not _is_directory(path):
            sources.append(argument)
            continue
        try:
            children = sorted(path.iterdir())
        except OSError as error:
            print(f"podnotes: error: {_shown(argument)}: {error.strerror}", file=sys.stderr)
            failures += 1
            continue
        sources += [
            str(child)
            for child in children
            if child.suffix.lower() in FEED_SUFFIXES and _is_file(child)
        ]
    return sources, failures


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _parse(source: str, *, strict: bool) -> Podcast:
    if source == "-":
        if sys.stdin is None:
            raise SourceError("standard input is closed")
        return parse(sys.stdin.buffer, strict=strict)  # read with a bound, in pieces
    return parse(Path(source), strict=strict)


def _chosen_episodes(
    podcast: Podcast, latest: int | None, numbers: list[int] | None
) -> list[Episode]:
    episodes = list(podcast.episodes)
    if numbers:
        episodes = [episode for episode in episodes if episode.number in numbers]
    if latest is not None:
        # Newest first by date; undated episodes keep their feed order, after the dated.
        dated = [e for e in episodes if e.published is not None]
        dated.sort(key=lambda e: e.published.timestamp() if e.published else 0.0, reverse=True)
        undated = [e for e in episodes if e.published is None]
        episodes = (dated + undated)[:latest]
    return episodes


def _write_record(
    source: str,
    podcast: Podcast,
    episodes: list[Episode],
    fields: tuple[str, ...] | None,
    out: TextIO,
) -> None:
    """One line of JSON for the feed, flushed, so that a reader has it at once."""
    data = to_dict(attrs.evolve(podcast, episodes=()))
    data["episodes"] = [_episode_json(episode, podcast, fields) for episode in episodes]
    record: dict[str, JSONValue] = {"source": source, "podcast": data}
    out.write(json.dumps(record, ensure_ascii=not _writes_unicode(out)) + "\n")
    out.flush()


def _writes_unicode(out: TextIO) -> bool:
    """Whether the stream takes any character: else JSON escapes (not Python's) are used."""
    try:
        return codecs.lookup(out.encoding or "ascii").name.startswith("utf")
    except (AttributeError, LookupError):
        return False


def _episode_json(
    episode: Episode, podcast: Podcast, fields: tuple[str, ...] | None
) -> dict[str, JSONValue]:
    data = to_dict(episode)
    notes_fields = NOTES_FIELDS if fields is None else [f for f in NOTES_FIELDS if f in fields]
    if fields is not None:
        chosen = {*IDENTITY_FIELDS, *fields} - set(NOTES_FIELDS)
        data = {name: value for name, value in data.items() if name in chosen}
    if notes_fields:
        notes = to_dict(episode_notes(episode, podcast))
        data["show_notes"] = {name: notes[name] for name in notes_fields}
    return data


def _print_summary(
    podcast: Podcast, episodes: list[Episode], fields: tuple[str, ...], out: TextIO
) -> None:
    hosts = ", ".join(host.name for host in podcast.hosts)
    print(podcast.title or "(untitled podcast)", file=out)
    if hosts:
        print(f"hosted by {hosts}", file=out)
    print(f"{len(podcast.episodes)} episodes, {len(podcast.warnings)} warnings", file=out)
    for episode in episodes:
        number = f"#{episode.number} " if episode.number is not None else ""
        print(f"\n{number}{episode.title or '(untitled episode)'}", file=out)
        notes = episode_notes(episode, podcast) if set(fields) & set(NOTES_FIELDS) else None
        for field in fields:
            _print_field(episode, notes, field, out)


def _print_field(episode: Episode, notes: ShowNotes | None, field: str, out: TextIO) -> None:
    if notes is not None and field == "chapters":
        for chapter in notes.chapters:
            print(f"  {chapter.start}  {chapter.title or ''}", file=out)
    elif notes is not None and field == "guests":
        if notes.guests:
            print("  guests: " + ", ".join(guest.name for guest in notes.guests), file=out)
    elif notes is not None and field == "links":
        for link in notes.links:
            label = f"{link.label}: " if link.label else ""
            print(f"  link: {label}{link.url}", file=out)
    else:
        raw = getattr(episode, field)
        if raw is None or raw == ():
            return
        if isinstance(raw, timedelta | datetime):
            text = str(raw)  # 0:40:12 and 2026-04-02 07:00:00-04:00 read better than JSON
        else:
            value = to_dict(raw)
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        print(f"  {field}: {text}", file=out)
