"""Reading show notes: free text (HTML, Markdown or plain) in, structure out.

:func:`extract` works on any string. :func:`episode_notes` is the one bridge from a
parsed feed: it picks the episode's text, length and the show's hosts, and merges what
the feed states outright (``podcast:person``, ``psc:chapters``) with what the text says.
:func:`podcast_notes` reads every episode at once, and so sees who recurs. Nothing here
imports the feed reader.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from typing import Final, TypeAlias

import attrs

from podnotes._values import MAX_DURATION
from podnotes.errors import SourceError
from podnotes.model import Chapter, Contact, Episode, Link, Person, Podcast, ShowNotes
from podnotes.notes._names import common_words, mentions, tokens
from podnotes.notes._roster import (
    MAX_PEOPLE,
    Roster,
    first_name_group,
    folded,
    name_key,
    one_first_name,
)
from podnotes.notes._text import read_text
from podnotes.notes.chapters import find_chapters
from podnotes.notes.guests import (
    CUES,
    GUEST_REACH,
    find_guests,
    find_hosts,
    names_in,
    read_guests,
)
from podnotes.notes.links import find_links

__all__ = [
    "episode_notes",
    "extract",
    "extract_chapters",
    "extract_guests",
    "extract_links",
    "podcast_hosts",
    "podcast_notes",
]


#: What ``duration`` may be: a timedelta, or a number of seconds.
Duration: TypeAlias = "timedelta | int | float | None"


def extract(
    text: str | None,
    *,
    hosts: str | Sequence[str] = (),
    duration: Duration = None,
    title: str | None = None,
) -> ShowNotes:
    """Links, timestamp chapters and guests from an episode's description.

    ``text`` is HTML, Markdown or plain text (HTML flattened to one run-on line works
    too); ``None``, as a feed's missing description is, gives empty notes. ``hosts``
    are the show's hosts (a name or a list of names), never reported as guests.
    ``duration`` is the episode's length, a timedelta or seconds: chapters end there,
    and a chapter starting after it is dropped. ``title``, the episode's title, is
    evidence for the guests it names; when it names a guest, the other people the text
    presents are guests only if the title holds a word of their name, or the text calls
    them a guest, has them join, or lists them with the title's guest.

    :raises SourceError: ``text`` is not a string (bytes must be decoded first),
        ``duration`` is not a length, or ``title`` is not a string.
    """
    return _extract(text, hosts=hosts, duration=duration, title=title)[0]


_Key: TypeAlias = "tuple[str, ...]"


def _extract(
    text: str | None, *, hosts: str | Sequence[str], duration: Duration, title: str | None
) -> tuple[ShowNotes, dict[_Key, str]]:
    """As :func:`extract`, and the people the notes name prominently (see
    :func:`~podnotes.notes.guests.read_guests`)."""
    read = read_text(_text(text))
    found = find_chapters(read.text, duration=_length(duration), code=read.code)
    guests, prominent = read_guests(
        read.text, hosts=_names(hosts), title=title, anchors=read.anchors
    )
    notes = ShowNotes(
        text=read.text,
        links=find_links(read),
        chapters=found.chapters,
        guests=guests,
        notes=found.notes,
    )
    return notes, prominent


def extract_links(text: str | None) -> tuple[Link, ...]:
    """The links of a description, as :func:`extract` finds them, and nothing else.

    For a caller who needs one kind of structure: the chapters and guests are not read.
    """
    return find_links(read_text(_text(text)))


def extract_chapters(text: str | None, *, duration: Duration = None) -> tuple[Chapter, ...]:
    """The timestamp chapters of a description, as :func:`extract` finds them."""
    read = read_text(_text(text))
    return find_chapters(read.text, duration=_length(duration), code=read.code).chapters


def extract_guests(
    text: str | None, *, hosts: str | Sequence[str] = (), title: str | None = None
) -> tuple[Person, ...]:
    """The guests a description introduces, as :func:`extract` finds them."""
    read = read_text(_text(text))
    return find_guests(read.text, hosts=_names(hosts), title=title, anchors=read.anchors)


def _text(text: object) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        hint = ": decode it first" if isinstance(text, (bytes, bytearray)) else ""
        raise SourceError(f"show notes are read from a str, not {type(text).__name__}{hint}")
    return text


def _names(hosts: object) -> Sequence[str]:
    if isinstance(hosts, str):
        return (hosts,)  # one name, not its letters
    if not isinstance(hosts, Sequence) or not all(isinstance(name, str) for name in hosts):
        raise SourceError("hosts are a name or a list of names (str)")
    return hosts


def _length(duration: object) -> timedelta | None:
    if duration is None or isinstance(duration, timedelta):
        return duration
    if isinstance(duration, (int, float)) and not isinstance(duration, bool):
        if math.isfinite(duration) and 0 <= duration <= MAX_DURATION.total_seconds():
            return timedelta(seconds=duration)
        raise SourceError(f"duration of {duration!r} seconds is not a length")
    raise SourceError(
        f"duration is a timedelta or a number of seconds, not {type(duration).__name__}"
    )


def episode_notes(episode: Episode, podcast: Podcast | None = None) -> ShowNotes:
    """The show notes of a parsed episode, in one call.

    Reads ``content`` (``content:encoded``), else ``description``, else ``summary``,
    with the episode's duration and the podcast's hosts (and the people its title names:
    "The Tucker Carlson Show"). Chapters the feed gives (``psc:chapters``) take the
    place of those read from the text; guests the feed names (``podcast:person`` with
    role guest) come first, then those the text names. A trailer (``itunes:episodeType``)
    has no guests from its text, and a "guest" named as the podcast's title is the show
    itself: each name left out has a note that says why.
    """
    return _episode_notes(episode, podcast)[0]


def _episode_notes(episode: Episode, podcast: Podcast | None) -> tuple[ShowNotes, dict[_Key, str]]:
    """As :func:`episode_notes`, and the people the text names prominently."""
    text = episode.content or episode.description or episode.summary or ""
    host_names = [person.name for person in episode.persons if person.role == "host"]
    if podcast is not None:
        host_names += [person.name for person in podcast.hosts]
        host_names += _named_in_title((podcast.title or "")[:_TITLE_REACH])
    notes, prominent = _extract(
        text, hosts=host_names, duration=episode.duration, title=episode.title
    )
    if notes.guests and episode.episode_type == "trailer":
        notes = _leave_out(notes, _in_a_trailer)
    if notes.guests and podcast is not None and podcast.title:
        show = _show_names(podcast.title[:_TITLE_REACH])
        notes = _leave_out(notes, functools.partial(_the_show_itself, show=show))
    feed_guests = [person for person in episode.persons if person.role == "guest"]
    if not feed_guests and not episode.chapters and len(notes.guests) < 2:
        return notes, prominent  # the common case: nothing to add from the feed
    guests = Roster(
        attrs.evolve(person, confidence=1.0, evidence=("feed",)) for person in feed_guests
    )
    for guest in notes.guests:
        guests.add(guest)
    extra_notes = notes.notes
    if guests.refused:
        extra_notes += (f"{guests.refused} more guests than the {MAX_PEOPLE} kept; left out",)
    chapters = notes.chapters
    if episode.chapters:
        chapters = _with_ends(episode.chapters, episode.duration)
    merged = attrs.evolve(notes, chapters=chapters, guests=tuple(guests.people), notes=extra_notes)
    return merged, prominent


def _in_a_trailer(guest: Person) -> str:
    return f"{guest.name} left out of the guests: the episode is a trailer"


#: Articles a show's title may begin with ("The Giant Bombcast"), which its notes may
#: leave out ("the Giant Bombcast returns").
_ARTICLES: Final = frozenset("the a an der die das ein le la les un une el los las".split())
_TITLE_MARKS: Final = ".,:;!?\"'“”‘’()"


def _show_names(title: str) -> frozenset[_Key]:
    """The show's title as a name key, with and without its article, its marks left
    out ("Hidden Brain.")."""
    key = tuple(word for word in (w.strip(_TITLE_MARKS) for w in name_key(title)) if word)
    return frozenset({key, key[1:]} if len(key) > 1 and key[0] in _ARTICLES else {key})


def _the_show_itself(guest: Person, show: frozenset[_Key]) -> str | None:
    """Why a "guest" whose name is the show's title is none: "the Giant Bombcast
    returns" is the show coming back, not a person joining it; nor is a single word
    that begins the title ("Sheridan" of "Sheridan County AG Update"), the place or
    thing the show is named after."""
    key = name_key(guest.name)
    if key not in show and not (len(key) == 1 and any(key == name[:1] for name in show)):
        return None
    return f"{guest.name} left out of the guests: the podcast's own name"


#: In a podcast whose median episode lasts NOTICE_MEDIAN or more, an episode shorter
#: than NOTICE_LENGTH is a notice ("To listen to Jon's interview with Jane Roe,
#: subscribe to the new feed"): the people its notes name are not on it. A show of
#: short episodes keeps its guests, and so does a feed that writes minutes where the
#: spec says seconds ("45"). The shortest interview in the corpus feeds lasts 3 min
#: 22 s, the notices of other feeds' episodes there 45 s to 2 min 32 s. A length under
#: PLACEHOLDER_LENGTH is a placeholder ("0:00:01"), no length.
NOTICE_LENGTH: Final = timedelta(minutes=3)
NOTICE_MEDIAN: Final = timedelta(minutes=12)
PLACEHOLDER_LENGTH: Final = timedelta(seconds=10)


#: A name the text names prominently (a guest's confidence, introduced or not) in at
#: least this share of a podcast's episodes, and in at least REGULAR_MIN_EPISODES of
#: them, is one of the show's regulars: a co-host or crew member the feed does not list
#: as a host, or the show's own name. Four, so that a guest of a three-part interview
#: stays a guest.
REGULAR_SHARE: Final = 0.10
REGULAR_MIN_EPISODES: Final = 4
#: A podcast of at least INTERVIEW_MIN_EPISODES episodes that introduces a guest in fewer
#: than this share of them is no interview show: the people its notes name are the ones
#: it talks about (the subjects of its stories, the news). The labelled shows that have
#: guests introduce one in 15% of their episodes at the least.
INTERVIEW_SHARE: Final = 0.10
INTERVIEW_MIN_EPISODES: Final = 10
#: A podcast whose notes name at least FULL_NAMES_MIN_GUESTS guests, fewer than this
#: share of them by one word, names its guests in full: a name of one word there is a
#: crew member's first name, a guest's name cut, or no person ("Wade" of "Roe v. Wade").
FULL_NAMES_ONE_WORD_SHARE: Final = 0.10
FULL_NAMES_MIN_GUESTS: Final = 20
#: The evidence that the text introduces a person as a guest (see the extraction guide).
#: Not "with-host": a story show's producers are named beside its host too; nor
#: "title-guest": a story show titles its stories "Alone with Ted Bundy".
INTRODUCTIONS: Final = frozenset(CUES) - {"with-host", "title-guest"}


def podcast_notes(podcast: Podcast) -> tuple[ShowNotes, ...]:
    """The show notes of every episode of ``podcast``, in its order.

    As :func:`episode_notes` for each episode, and what only the whole feed shows:

    - a name the notes name prominently (with a guest's confidence, introduced or not)
      in at least a tenth of the episodes (and in four at least) is a regular of the
      show, not a guest; so is a name of one word (a first name or a surname alone) in
      four episodes, whatever their share: a guest is introduced by a full name, and a
      name the listeners know by one word, time after time, is the show's own; and a
      regular's name written with another form of the first name ("Stephen Jeffery"
      where "Steve Jeffery" is a regular) is that regular;
    - a podcast of ten episodes or more that introduces a guest in fewer than a tenth of
      them is no interview show: the names in its notes are the people it talks about
      (a show that presents its guests only by a bio sentence and the episode title,
      never with "with", "joins", "our guest" and the like, is taken for one too);
    - a podcast whose notes name guests at least 20 times, regulars aside, fewer than a
      tenth of them by one word, names its guests in full: a guest of one word there is
      a crew member's first name, a name cut, or no person ("Wade" of "Roe v. Wade");
    - in a podcast whose median episode lasts 12 minutes or more, an episode shorter
      than three minutes is a notice of an interview published elsewhere: nobody its
      notes name is on it.

    Those names are left out of the guests, each with a note in
    :attr:`~podnotes.ShowNotes.notes` that says why; guests the feed names
    (``podcast:person``) are always kept.
    """
    read = [_episode_notes(episode, podcast) for episode in podcast.episodes]
    every = [notes for notes, _ in read]
    episodes = len(every)
    # Everybody the notes name prominently counts, introduced or not: a show's crew is
    # often listed without an introduction ("Daniel, Jack and Lord Gribas are back").
    appearances = Counter(key for _, prominent in read for key in prominent)
    least = max(REGULAR_MIN_EPISODES, REGULAR_SHARE * episodes)
    regulars = {
        key: count
        for key, count in appearances.items()
        if count >= least or (len(key) == 1 and count >= REGULAR_MIN_EPISODES)
    }

    def by_first_name(key: tuple[str, ...]) -> int | None:
        """How often a regular named by first name alone is named, when ``key`` is a
        fuller name that starts with it and recurs too: with "Jon" a regular, "Jon
        Lovett" and "Jon F." are regulars, a guest named once ("Jon Ossoff") is not."""
        if len(key) < 2 or appearances[key] < 2:
            return None
        return regulars.get(key[:1])

    def is_regular(key: tuple[str, ...]) -> bool:
        return key in regulars or by_first_name(key) is not None

    # The regulars named in full, by their first name's line in the table of forms and
    # the rest of the name, each as the notes first write it (every regular is named
    # prominently somewhere: that is how it was counted).
    regulars_by_form: dict[tuple[int | None, _Key], list[_Key]] = {}
    for key in regulars:
        if len(key) > 1 and first_name_group(key[0]) is not None:
            regulars_by_form.setdefault((first_name_group(key[0]), key[1:]), []).append(key)
    written: dict[_Key, str] = {}
    if regulars_by_form:
        for _, prominent in read:
            for key, name in prominent.items():
                if key in regulars:
                    written.setdefault(key, name)

    def written_otherwise(key: _Key, notes: ShowNotes, episode: Episode) -> _Key | None:
        """The regular that ``key`` names with another form of the first name and the
        rest of the name the same: "Stephen Jeffery" where "Steve Jeffery" is one (not
        "Nicole Jeffery"; not "Dalton Smith Jr." for "Dale Smith Jr."); not when the
        episode names the regular too, by their own first name ("Steve talks with his
        father, Stephen Marsh")."""
        if len(key) < 2:
            return None
        found = regulars_by_form.get((first_name_group(key[0]), key[1:]), ())
        return next(
            (
                regular
                for regular in found
                if regular != key
                and one_first_name(regular[0], key[0])
                and not _names_the_word(regular[0], notes.text, episode.title or "")
            ),
            None,
        )

    introducing = sum(
        any(
            "feed" in guest.evidence
            or (INTRODUCTIONS.intersection(guest.evidence) and not is_regular(name_key(guest.name)))
            for guest in notes.guests
        )
        for notes in every
    )
    interviews = episodes < INTERVIEW_MIN_EPISODES or introducing >= INTERVIEW_SHARE * episodes
    notices = _notices(podcast.episodes)
    # How often the notes name a guest, regulars and notices aside, and how often by one
    # word.
    named = by_one_word = 0
    for notes, is_notice in zip(every, notices, strict=True):
        for guest in () if is_notice else notes.guests:
            words = name_key(guest.name)
            if "feed" not in guest.evidence and not is_regular(words):
                named += 1
                by_one_word += len(words) == 1
    names_in_full = (
        named >= FULL_NAMES_MIN_GUESTS and by_one_word < FULL_NAMES_ONE_WORD_SHARE * named
    )

    def left_out_because(
        guest: Person, notes: ShowNotes, episode: Episode, is_notice: bool
    ) -> str | None:
        if "feed" in guest.evidence:
            return None
        if is_notice and episode.duration is not None:
            return (
                f"{guest.name} left out of the guests: the episode lasts "
                f"{_clock(episode.duration)}, a notice rather than an interview"
            )
        if not interviews:
            return (
                f"{guest.name} left out of the guests: the podcast introduces a guest in "
                f"{introducing} of its {episodes} episodes, so the people its notes name "
                "are the ones it talks about"
            )
        key = name_key(guest.name)
        count = regulars.get(key)
        if count is not None:
            return (
                f"{guest.name} left out of the guests: named as one in {count} of the "
                f"podcast's {episodes} episodes, a regular"
            )
        count = by_first_name(key)
        if count is not None:
            return (
                f"{guest.name} left out of the guests: {guest.name.split()[0]}, named as one "
                f"in {count} of the podcast's {episodes} episodes, is a regular"
            )
        regular = written_otherwise(key, notes, episode)
        if regular is not None:
            return (
                f"{guest.name} left out of the guests: another form of the name of "
                f"{written[regular]}, a regular (named as one in {regulars[regular]} of the "
                f"podcast's {episodes} episodes)"
            )
        if names_in_full and len(key) == 1:
            return (
                f"{guest.name} left out of the guests: the podcast names its guests in full "
                f"({named - by_one_word} times of {named})"
            )
        return None

    return tuple(
        _leave_out(
            notes,
            functools.partial(left_out_because, notes=notes, episode=episode, is_notice=notice),
        )
        for notes, episode, notice in zip(every, podcast.episodes, notices, strict=True)
    )


def _names_the_word(word: str, text: str, title: str) -> bool:
    """Whether the title or the note's introduction (as far as guests are read) holds
    ``word``, a name's word as :func:`name_key` gives it, as a word of its own."""
    where = folded(f"{title[:_TITLE_REACH]} {text[:GUEST_REACH]}")
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", where) is not None


def _notices(episodes: Sequence[Episode]) -> list[bool]:
    """Which of a podcast's episodes are notices (see NOTICE_LENGTH)."""
    lengths = [episode.duration for episode in episodes]
    known = sorted(length for length in lengths if length and length >= PLACEHOLDER_LENGTH)
    if not known or known[len(known) // 2] < NOTICE_MEDIAN:
        return [False] * len(lengths)
    return [
        length is not None and PLACEHOLDER_LENGTH <= length < NOTICE_LENGTH for length in lengths
    ]


def _clock(length: timedelta) -> str:
    """``length`` as a clock reads it: "0:57", "2:31", "1:02:03"."""
    minutes, seconds = divmod(int(length.total_seconds()), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _leave_out(notes: ShowNotes, reason: Callable[[Person], str | None]) -> ShowNotes:
    kept, reasons = [], []
    for guest in notes.guests:
        why = reason(guest)
        if why is None:
            kept.append(guest)
        else:
            reasons.append(why)
    if not reasons:
        return notes
    return attrs.evolve(notes, guests=tuple(kept), notes=(*notes.notes, *reasons))


def _with_ends(chapters: Sequence[Chapter], duration: timedelta | None) -> tuple[Chapter, ...]:
    ends: list[timedelta | None] = [chapter.start for chapter in chapters[1:]]
    ends.append(duration)
    return tuple(
        chapter if chapter.end is not None else attrs.evolve(chapter, end=end)
        for chapter, end in zip(chapters, ends, strict=True)
    )


#: How much of a show's title is read for its hosts' names: more than any real title.
_TITLE_REACH: Final = 300


@functools.lru_cache(maxsize=64)  # a feed's episodes share their podcast's title
def _named_in_title(title: str) -> tuple[str, ...]:
    """The full names a show's title holds ("The Tucker Carlson Show", "Vector with Rene
    Ritchie"): its hosts, whatever the feed's own tags say. Not a name with an ordinary
    word in it ("John Piper Audio", "Sheridan County AG Update")."""
    ordinary = common_words()
    names: dict[str, None] = {}
    for mention in mentions(title, tokens(title)):
        parts = list(mention.parts)
        # An ordinary word after a full name is the show's ("John Piper Audio"); one
        # right after the first name makes no name ("Erik Internet Famous"), unless the
        # name stops there ("Chris Long").
        while len(parts) > 2 and parts[-1].casefold() in ordinary:
            parts.pop()
        if (
            mention.given
            and len(parts) > 1
            and (len(mention.parts) == 2 or parts[1].casefold() not in ordinary)
        ):
            names[" ".join(parts)] = None
    return tuple(names)[:MAX_PEOPLE]


def podcast_hosts(
    *,
    persons: Iterable[Person],
    author: str | None,
    owner: Contact | None,
    description: str | None,
) -> tuple[Person, ...]:
    """A show's hosts: ``podcast:person`` with role host, the people the channel
    description introduces as hosts, and an ``itunes:author``/owner that is a person's
    full name (a single word such as "Meta" is taken for a company)."""
    hosts = Roster(person for person in persons if person.role == "host")
    if description:
        for host in find_hosts(read_text(description).text):
            hosts.add(host)
    for name in (author, owner.name if owner is not None else None):
        if name:
            for person in names_in(name):
                if " " in person.name:
                    hosts.add(Person(name=person.name, role="host"))
    return tuple(hosts.people)
