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
import re
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
# Names listed after a count of skipped files; more are counted, not named.
_NAMES_SHOWN: Final = 5


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
        help="a feed file, a directory of feeds (its .xml, .rss and .atom files), "
        "or - for standard input",
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
    parser.add_argument(
        "--warnings", action="store_true", help="list each feed's warnings, not only count them"
    )
    parser.add_argument(
        "--recursive", action="store_true", help="read the subdirectories of a directory too"
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
    sources, failures = _sources(options.feeds, recursive=options.recursive)
    # Progress only where it is seen and the output is not: on a terminal, with the
    # output going to a file or a pipe.
    progress = len(sources) > 1 and _is_terminal(sys.stderr) and not _is_terminal(sys.stdout)
    shown = 0
    for index, source in enumerate(sources, start=1):
        if progress:
            print(f"[{index}/{len(sources)}] {_shown(source)}", file=sys.stderr)
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
            continue
        if len(sources) > 1:  # as head and tail show several files
            print(f"{chr(10) if shown else ''}==> {source} <==", file=sys.stdout)
        shown_fields = DEFAULT_FIELDS if fields is None else fields
        _print_summary(podcast, episodes, shown_fields, options.warnings, sys.stdout)
        shown += 1
    return 1 if failures else 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


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


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _is_directory(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long for the system, a NUL character
        return False  # parsing it says why it cannot be read


def _sources(arguments: Sequence[str], *, recursive: bool) -> tuple[list[str], int]:
    """The files to read (directories listed), and how many arguments could not be."""
    sources: list[str] = []
    failures = 0
    for argument in arguments:
        if argument == "-" or not _is_directory(Path(argument)):
            sources.append(argument)
            continue
        listing = _Listing(Path(argument), recursive=recursive)
        failures += listing.failures
        if listing.feeds:
            sources += listing.feeds
            if listing.skipped():
                print(f"podnotes: {_shown(argument)}: skipped {listing.skipped()}", file=sys.stderr)
        elif not listing.failures:  # an unlistable directory has said so already
            failures += 1
            reason = (
                f"no {', '.join(FEED_SUFFIXES)} files; skipped {listing.skipped()}"
                if listing.skipped()
                else "the directory is empty"
            )
            print(f"podnotes: error: {_shown(argument)}: {reason}", file=sys.stderr)
    return sources, failures


class _Listing:
    """The feed files of a directory (of its subdirectories too, if recursive), and what
    was passed over."""

    def __init__(self, folder: Path, *, recursive: bool) -> None:
        self.feeds: list[str] = []
        self.other_files: list[str] = []  # names not ending in a feed suffix
        self.not_files: list[str] = []  # a FIFO or a device named .xml: reading it may hang
        self.folders: list[str] = []  # subdirectories not read (without --recursive)
        self.links: list[str] = []  # links to directories, not followed (with --recursive)
        self.failures = 0
        self._folder = folder
        for top, names, files in os.walk(folder, onerror=self._unlistable):
            names.sort()  # os.walk reads them in this order, so the feeds come sorted
            here = Path(top)
            # os.walk does not follow links to directories, which keeps a loop finite.
            self.links += [self._name(here / n) for n in names if (here / n).is_symlink()]
            if not recursive:
                self.folders += [self._name(here / n) for n in names if not (here / n).is_symlink()]
                names.clear()
            for name in sorted(files):
                self._add(here / name)

    def _add(self, path: Path) -> None:
        if path.suffix.lower() not in FEED_SUFFIXES:
            self.other_files.append(self._name(path))
        elif _is_file(path):
            self.feeds.append(str(path))
        else:
            self.not_files.append(self._name(path))

    def _name(self, path: Path) -> str:
        return str(path.relative_to(self._folder))

    def _unlistable(self, error: OSError) -> None:
        name = str(error.filename) if error.filename is not None else str(self._folder)
        print(f"podnotes: error: {_shown(name)}: {error.strerror}", file=sys.stderr)
        self.failures += 1

    def skipped(self) -> str:
        """What was passed over and why, for a message; empty if nothing was."""
        parts = []
        if self.other_files:
            suffixes = ", ".join(FEED_SUFFIXES[:-1]) + " or " + FEED_SUFFIXES[-1]
            parts.append(
                f"{_plural(len(self.other_files), 'file')} not named {suffixes} "
                f"({_names(self.other_files)})"
            )
        if self.not_files:
            parts.append(
                f"{_plural(len(self.not_files), 'entry', 'entries')} that "
                f"{'is' if len(self.not_files) == 1 else 'are'} not a regular file "
                f"({_names(self.not_files)})"
            )
        if self.folders:
            parts.append(
                f"{_plural(len(self.folders), 'subdirectory', 'subdirectories')} "
                f"({_names(self.folders)}; --recursive reads them)"
            )
        if self.links:
            parts.append(
                f"{_plural(len(self.links), 'link')} to a directory, not followed "
                f"({_names(self.links)})"
            )
        return "; ".join(parts)


def _names(names: list[str]) -> str:
    shown = ", ".join(_shown(name) for name in names[:_NAMES_SHOWN])
    return shown + (", …" if len(names) > _NAMES_SHOWN else "")


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
    podcast: Podcast,
    episodes: list[Episode],
    fields: tuple[str, ...],
    warnings: bool,
    out: TextIO,
) -> None:
    hosts = ", ".join(host.name for host in podcast.hosts)
    print(podcast.title or "(untitled podcast)", file=out)
    if hosts:
        print(f"hosted by {hosts}", file=out)
    count = f"{_plural(len(podcast.episodes), 'episode')}, "
    count += _plural(len(podcast.warnings), "warning")
    if podcast.warnings and not warnings:
        count += " (--warnings lists them)"
    print(count, file=out)
    if warnings:
        for warning in podcast.warnings:
            print(f"  warning: {warning}", file=out)
    for episode in episodes:
        print(f"\n{_heading(episode)}", file=out)
        notes = episode_notes(episode, podcast) if set(fields) & set(NOTES_FIELDS) else None
        for field in fields:
            _print_field(episode, notes, field, out)


# A title that states its number at the start: "42: ...", "#42 ...", "Episode 42 - ...".
_LEADING_NUMBER: Final = re.compile(r"\s*(?:#|(?:episode|ep)\.?\s*)?0*(\d+)(?!\d)", re.IGNORECASE)


def _heading(episode: Episode) -> str:
    """The episode's title, after its number unless the title already states it."""
    title = episode.title or "(untitled episode)"
    if episode.number is None or episode.number_source == "title":
        return title
    leading = _LEADING_NUMBER.match(title)
    if leading is not None and int(leading.group(1)) == episode.number:
        return title
    return f"#{episode.number} {title}"


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
