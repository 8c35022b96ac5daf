"""Guest and host names from show notes.

Names are read only where a show introduces somebody: after "sits down with", "talks
to", "is joined by", "interviews", "Guest:", ... or before "joins us", "stops by", ...
The name grammar, token by token::

    list     = name {("," | "and" | "&" | ", and") name}
    name     = [honorific] word {word | initial | particle word} [nickname]
    word     = a capitalised word: letters, apostrophes, hyphens ("O'Brien", "Jean-Luc")
    initial  = one capital letter and a full stop ("J.")
    particle = van, von, der, de, da, ... (only inside a name)
    nickname = "(" short words ")" | quoted words | "(@handle)" (a handle)

Honorifics ("Dr.") are not part of the name; job titles, pronouns and the words after a
name ("one of the StyleX maintainers", "CEO of Acme") end it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from podnotes.model import Person
from podnotes.notes._roster import MAX_PEOPLE, Roster

__all__ = ["find_guests", "find_hosts", "is_host", "names_in"]

_FORWARD_GUEST_CUES: Final = (
    r"sits? down with|sat down with|talks? (?:to|with)|talked (?:to|with)|"
    r"(?:is|are|was|were|we're|we are|i'm|i am)?\s*joined by|speaks? (?:to|with)|"
    r"spoke (?:to|with)|chats? with|chatted with|catch(?:es)? up with|caught up with|"
    r"interviews?|interviewed|(?:a|in) conversation with|conversation with|"
    r"(?:my|our|today's) guests? (?:today )?(?:is|are)|welcomes?(?: back)?|welcomed|"
    r"learn from|hear from|featuring|feat\.|with (?:special )?guests?|meets|"
    r"guests?\s*:|with guest host|special guests?|alongside|brings? on|brought on|"
    r"collaboration with|we have|introduces?"
)
_BACKWARD_GUEST_CUES: Final = (
    r"joins? (?:us|the show|me)|joins? (?=[A-Z])|stops? by|drops? by|returns to|"
    r"is here|comes on"
)
_FORWARD_HOST_CUES: Final = r"hosted by|presented by|your hosts?(?: are| is)?|our hosts?|hosts?\s*:"
_BACKWARD_HOST_CUES: Final = r"will interview|interviews|hosts? (?:the|this) (?:show|podcast)"


class _Cues:
    """A cue pattern, written in lower case when it is to match any case.

    Case-folded text matched case-sensitively is three times faster than re.IGNORECASE;
    text whose folding changes its length ("ß", "İ") takes the slower pattern, so that
    positions always refer to the text as given.
    """

    __slots__ = ("_any_case", "_folded")

    def __init__(self, pattern: str, *, any_case: bool) -> None:
        self._folded = re.compile(pattern) if any_case else None
        self._any_case = re.compile(pattern, re.IGNORECASE if any_case else 0)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._folded is not None:
            folded = text.casefold()
            if len(folded) == len(text):
                return self._folded.finditer(folded)
        return self._any_case.finditer(text)


_FORWARD_GUEST: Final = _Cues(rf"\b(?:{_FORWARD_GUEST_CUES})(?=[\s:])", any_case=True)
# Case matters here: "joins" before a capital is a cue, "joins" before a noun is not.
_BACKWARD_GUEST: Final = _Cues(rf"\s(?:{_BACKWARD_GUEST_CUES})\b", any_case=False)
_FORWARD_HOST: Final = _Cues(rf"\b(?:{_FORWARD_HOST_CUES})(?=[\s:])", any_case=True)
_BACKWARD_HOST: Final = _Cues(rf"\s(?:{_BACKWARD_HOST_CUES})\b", any_case=True)

_TOKEN: Final = re.compile(
    r"\((?P<paren>[^()\n]{1,40})\)"
    r"|[\"“‘](?P<quoted>[^\"“”‘’\n]{1,30})[\"”’]"
    r"|(?P<word>[^\W\d_][\w'’-]*\.?)"
    r"|(?P<mark>[,&;:.!?])"
    r"|\n"  # a name never runs on to the next line
    r"|\S",
)
_REACH: Final = 240
_HONORIFICS: Final = frozenset(
    """dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx mx. sir dame rev rev.""".split()
)
_PARTICLES: Final = frozenset(
    """van von der den de da di del della la le du bin al ten ter dos das st. y""".split()
)
# Capitalised words that begin sentences or name roles, never people.
_NOT_NAMES: Final = frozenset(
    """the a an this that these those our my your his her their its we i he she they it
    you in on at about from for with to and or but so if then today tonight tomorrow
    yesterday episode part podcast show ceo cto cfo coo cpo vp svp evp founder co-founder
    cofounder director head engineer engineers manager president lead
    principal senior staff author creator maintainer maintainers host hosts guest
    guests special team community everyone some two three four five both all each
    other others also here there what who how why when where monday tuesday
    wednesday thursday friday saturday sunday january february march april may june
    july august september october november december chapter chapters links
    timestamps phd md plus meanwhile now finally later first next special""".split()
)


# Words that make the capitalised words before them a job title ("Customer Happiness
# Manager"), and the words that introduce an employer ("Jane Doe from Red Hat").
_TITLE_WORDS: Final = frozenset(
    """manager engineer developer advocate evangelist director officer founder co-founder
    cofounder architect scientist designer head president chair maintainer editor writer
    producer consultant researcher professor lead ceo cto cfo coo vp""".split()
)
_EMPLOYER_WORDS: Final = frozenset({"from", "at", "of", "with"})
# Nouns that end a description of somebody: "Kubernetes expert", "the creator of".
_ROLE_NOUNS: Final = _TITLE_WORDS | frozenset(
    """expert creator author guest host friend mastermind member speaker veteran
    specialist enthusiast legend pioneer inventor""".split()
)


class _Cursor:
    """Tokens read on demand: most lists end after a word or two, so most of the reach
    is never tokenised."""

    __slots__ = ("_pending", "position", "tokens")

    def __init__(self, tokens: Iterable[re.Match[str]]):
        self._pending: Iterator[re.Match[str]] = iter(tokens)
        self.tokens: list[re.Match[str]] = []
        self.position = 0

    def peek(self, ahead: int = 0) -> re.Match[str] | None:
        index = self.position + ahead
        while index >= len(self.tokens):
            token = next(self._pending, None)
            if token is None:
                return None
            self.tokens.append(token)
        return self.tokens[index]


def _word(token: re.Match[str] | None) -> str | None:
    return token.group("word") if token is not None else None


def _is_name_word(word: str) -> bool:
    bare = word.rstrip(".")
    if not bare or not bare[0].isupper() or bare.lower() in _NOT_NAMES:
        return False
    if any(char.isdigit() for char in bare):
        return False  # "AV1", "Web3": products, not people
    return not (bare.isupper() and len(bare) > 3)  # "NASA", "AWS": acronyms, not names


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _particle_leads_to_name(cursor: _Cursor) -> bool:
    """Whether the particles at the cursor ("van der") are followed by a name word."""
    ahead = 1
    while (word := _word(cursor.peek(ahead))) is not None and word.lower() in _PARTICLES:
        ahead += 1
    return word is not None and _is_name_word(word)


def _read_name(cursor: _Cursor) -> tuple[Person | None, bool]:
    """One name at the cursor; and whether the sentence ended inside it."""
    word = _word(cursor.peek())
    while word is not None and word.lower() in _HONORIFICS:
        cursor.position += 1
        word = _word(cursor.peek())
    parts: list[str] = []
    ended = False
    while word is not None:
        if _is_initial(word):
            parts.append(word)
        elif _is_name_word(word):
            if word.endswith(".") and word.lower() not in _HONORIFICS:
                parts.append(word[:-1])  # "Joe." ends the sentence
                cursor.position += 1
                ended = True
                break
            if word.endswith(("'s", "’s")):
                if parts:
                    return None, True  # "Jane's": the name belongs to something else
                cursor.position += 1  # "GitHub's Sarah Vessels": the employer goes
                word = _word(cursor.peek())
                continue
            parts.append(word)
        elif parts and word.lower() in _PARTICLES and _particle_leads_to_name(cursor):
            parts.append(word)
        else:
            break
        cursor.position += 1
        word = _word(cursor.peek())
    if not parts or all(_is_initial(part) for part in parts):
        return None, ended
    nickname = handle = None
    token = cursor.peek()
    if not ended and token is not None:
        aside = token.group("paren") or token.group("quoted")
        if aside is not None:
            aside = aside.strip()
            if aside.startswith("@") and " " not in aside:
                handle = aside
                cursor.position += 1
            elif (len(aside.split()) <= 2 and aside[:1].isupper()) or aside.isalnum():
                nickname = aside  # "Dharmesh J. (DJ)", "Alan Pope (popey)"
                cursor.position += 1
    return Person(name=" ".join(parts), nickname=nickname, handle=handle), ended


def _read_list(text: str, start: int) -> tuple[list[Person], int]:
    """The names listed at ``text[start:]``, and how many tokens they took."""
    cursor = _Cursor(_TOKEN.finditer(text, start, min(len(text), start + _REACH)))
    if (token := cursor.peek()) is not None and token.group("mark") == ":":
        cursor.position += 1
    return _read_names(cursor), cursor.position


_DESCRIPTION_REACH: Final = 6


def _is_role(word: str | None) -> bool:
    if word is None:
        return False
    bare = word.lower().rstrip(".")
    return bare in _ROLE_NOUNS or (bare.endswith("s") and bare[:-1] in _ROLE_NOUNS)


def _after_description(cursor: _Cursor) -> int | None:
    """Where the name starts after a description ending in a role noun, else ``None``."""
    for ahead in range(_DESCRIPTION_REACH):
        word = _word(cursor.peek(ahead))
        if word is None or word.lower() == "and":
            return None
        if _is_role(word):
            break
    else:
        return None
    ahead += 1
    if (_word(cursor.peek(ahead)) or "").lower() in _EMPLOYER_WORDS | {"behind"}:
        ahead += 1
        while (_word(cursor.peek(ahead)) or "x")[:1].isupper():
            ahead += 1
    # "their first ever guest on the show: Sacha Greif": a few words, then ":" or ",".
    for extra in range(4):
        token = cursor.peek(ahead + extra)
        if token is None:
            break
        if token.group("mark") in (",", ":"):
            return cursor.position + ahead + extra + 1
        if not (_word(token) or "X")[:1].islower():
            break
    return cursor.position + ahead


_ASIDE_REACH: Final = 8


def _skip_aside(cursor: _Cursor) -> None:
    """Step over ", creator of VS Code," after a name, leaving the cursor on the comma
    that closes it, so that the list goes on: "Erich Gamma, creator of VS Code, and Kai"."""
    token = cursor.peek()
    if token is None or token.group("mark") != ",":
        return
    for ahead in range(2, _ASIDE_REACH):
        token = cursor.peek(ahead)
        if token is None or token.group("mark") in (".", ";", "!", "?"):
            return
        if token.group("mark") == ",":
            if any(_is_role(_word(cursor.peek(i))) for i in range(1, ahead)):
                cursor.position += ahead
            return


def _read_names(cursor: _Cursor, limit: int = MAX_PEOPLE) -> list[Person]:
    """A list of names from the cursor on (at most ``limit``), which is left after the
    last one."""
    people: list[Person] = []
    while len(people) < limit:
        start = cursor.position
        person, ended = _read_name(cursor)
        if person is None or (not ended and _is_role(_word(cursor.peek()))):
            # "security expert, Alex Sexton", "the creator of Wordle, Josh Wardle",
            # "Kubernetes expert David Flanagan": a description before the name.
            cursor.position = start
            after = _after_description(cursor)
            if after is None:
                break
            cursor.position = after
            person, ended = _read_name(cursor)
            if person is None:
                break
        following = (_word(cursor.peek()) or "").lower().rstrip(".")
        words = {word.lower() for word in person.name.split()}
        if (not ended and following in _TITLE_WORDS) or words & _TITLE_WORDS:
            break  # "Customer Happiness Manager", "Developer Advocate": a job title
        people.append(person)
        if ended:
            break
        _skip_aside(cursor)
        token = cursor.peek()
        if token is None:
            break
        before_separator = cursor.position
        if token.group("mark") == "," or token.group("mark") == "&":
            cursor.position += 1
            if (_word(cursor.peek()) or "").lower() == "and":
                cursor.position += 1
        elif (_word(token) or "").lower() == "and":
            cursor.position += 1
        else:
            break
        if not _is_name_word(_word(cursor.peek()) or "") and not _is_role(_word(cursor.peek(1))):
            # "Track the Colony and join us": no name after the "and", so the list
            # ends before it.
            cursor.position = before_separator
            break
    return people


def _names_after(text: str, cues: _Cues) -> Iterable[tuple[int, Person]]:
    for cue in itertools.islice(cues.finditer(text), _MAX_CUES):
        people, _ = _read_list(text, cue.end())
        yield from ((cue.end(), person) for person in people)


_BACKWARD_REACH: Final = 120
# Descriptions introduce a handful of people; past this many cues a text is not show
# notes, and reading on would only cost time.
_MAX_CUES: Final = 200


def _starts_of_runs(tokens: list[re.Match[str]]) -> Iterator[int]:
    """Indexes of capitalised words that follow a word which cannot be in a name."""
    previous_in_name = False
    for index, token in enumerate(tokens):
        word = _word(token) or ""
        in_name = _is_name_word(word) or word.lower() in _HONORIFICS
        if in_name and not previous_in_name:
            yield index
        previous_in_name = in_name or word.lower() in _PARTICLES or token.group("mark") == ","


def _names_before(text: str, cues: _Cues) -> Iterable[tuple[int, Person]]:
    """Names whose list ends right before the cue: "Nathan Sobo joins Scott and Wes"."""
    for cue in itertools.islice(cues.finditer(text), _MAX_CUES):
        window_start = max(0, cue.start() - _BACKWARD_REACH)
        tokens = list(_TOKEN.finditer(text, window_start, cue.start()))
        # The leftmost run of capitalised words from which a list reaches the cue.
        for index in _starts_of_runs(tokens):
            cursor = _Cursor(tokens)
            cursor.position = index
            people = _read_names(cursor)
            if people and _only_employer_left(tokens, cursor.position):
                yield from ((tokens[index].start(), person) for person in people)
                break


def _only_employer_left(tokens: list[re.Match[str]], position: int) -> bool:
    """Whether nothing, an employer ("from Red Hat") or an aside between commas stands
    between the names and the cue."""
    if position == len(tokens):
        return True
    if tokens[position].group("mark") == "," and tokens[-1].group("mark") == ",":
        return True  # "Dax Raad, co-founder of OpenCode, joins"
    if (_word(tokens[position]) or "").lower() not in _EMPLOYER_WORDS:
        return False
    rest = tokens[position + 1 :]
    return bool(rest) and all((_word(t) or "x")[:1].isupper() for t in rest)


def _unique(people: Iterable[Person], hosts: Sequence[str]) -> tuple[Person, ...]:
    """Each person once, hosts left out, a first name alone taken for the full name.

    "Suzanne" after "Suzanne Robertson" is dropped; "Bas" before "Bas Zalmstra" gives
    way to the full name, in the first one's place.
    """
    host_roster = Roster(Person(name=host) for host in hosts)
    found = Roster()
    for person in people:
        if person.name not in host_roster:
            found.add(person)
    return tuple(found.people)


def is_host(name: str, hosts: Sequence[str]) -> bool:
    """Whether ``name`` names one of ``hosts``: in full, or by the first name alone."""
    return name in Roster(Person(name=host) for host in hosts)


# Shows introduce their guests at the top of the notes (within 6,000 characters in the
# whole corpus); what comes later is link lists, transcripts and sponsor copy, where
# names are mentions, not guests. Reading only this far also bounds the cost.
GUEST_REACH: Final = 10_000


# A line that is only a section heading ends the introduction: what follows is lists of
# links, chapters and sponsors, whose names are mentions, not guests.
_SECTION_HEADING: Final = re.compile(
    r"^[ \t#*]*(?:episode\s+)?(?:links?|show\s*notes|resources|sponsors?|timestamps|"
    r"chapters|references|mentioned\s+in\s+(?:this|the)\s+episode)[ \t*]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _introduction(text: str) -> str:
    text = text[:GUEST_REACH]
    heading = _SECTION_HEADING.search(text)
    return text[: heading.start()] if heading else text


def find_guests(text: str, *, hosts: Sequence[str] = ()) -> tuple[Person, ...]:
    """The guests a show's notes introduce, in order, hosts left out.

    Only the introduction is read: the text before the first heading of a links, show
    notes or sponsors section, and at most :data:`GUEST_REACH` characters of it.
    """
    text = _introduction(text)
    found = sorted(
        [*_names_after(text, _FORWARD_GUEST), *_names_before(text, _BACKWARD_GUEST)],
        key=lambda item: item[0],
    )
    guests = _unique((person for _, person in found), hosts)
    return tuple(Person(name=g.name, nickname=g.nickname, handle=g.handle, role="guest")
                 for g in guests)  # fmt: skip


def find_hosts(text: str) -> tuple[Person, ...]:
    """The hosts a show's description names ("Meta engineer Pascal Hartig will interview")."""
    text = text[:GUEST_REACH]
    found = sorted(
        [*_names_after(text, _FORWARD_HOST), *_names_before(text, _BACKWARD_HOST)],
        key=lambda item: item[0],
    )
    hosts = _unique((person for _, person in found), ())
    return tuple(Person(name=h.name, nickname=h.nickname, handle=h.handle, role="host")
                 for h in hosts)  # fmt: skip


def names_in(text: str) -> tuple[Person, ...]:
    """The names ``text`` consists of, such as "Scott Tolinski and Wes Bos"; else ``()``.

    A text of more than :data:`~podnotes.notes._roster.MAX_PEOPLE` names is no list of
    a show's people, and is not read past that.
    """
    tokens = _TOKEN.finditer(text)
    cursor = _Cursor(tokens)
    people = _read_names(cursor, limit=MAX_PEOPLE + 1)
    if len(people) > MAX_PEOPLE or cursor.peek() is not None:
        return ()
    return tuple(people)
