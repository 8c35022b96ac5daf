"""Who is who: the one rule that says two names are the same person.

Two names name the same person when their words are the same (ignoring case and
accents: "Philip Müller" is "philip muller"), or when one is a single word that is the
other's first ("Bas" and "Bas Zalmstra"). The guest list, the host list and the host
exclusion all ask a :class:`Roster`, which answers from dictionaries: hostile input with
thousands of names costs linear time. Across a whole feed, :func:`one_first_name` says
when two first names are forms of one ("Steve" and "Stephen").
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from typing import Final

import attrs

from podnotes.model import Person
from podnotes.notes._names import HONORIFICS

__all__ = [
    "MAX_PEOPLE",
    "Roster",
    "first_name_group",
    "folded",
    "is_honorific",
    "name_key",
    "one_first_name",
]

#: The most people a roster holds (guests of an episode, hosts of a show): no show
#: names more, and the bound keeps hostile input small.
MAX_PEOPLE: Final = 100


# The name reader's honorifics ("Dr. Jane Roe", "Pastor Jane Roe" and "Jane Roe" are one
# person), but for those that may also be a name's own first word: an initial ("M.") or
# a given name ("Don", "Sra").
_HONORIFICS: Final = HONORIFICS - {"m.", "sr", "sr.", "sra", "sra.", "don", "doña"}


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific ("Dr.", "Pastor") and never a name's own word."""
    return word.casefold() in _HONORIFICS


def folded(text: str) -> str:
    """``text`` lower-cased and without accents ("Philip Müller" is "philip muller")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)  # the same names come back, episode after episode
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, without accents, and without an honorific
    before it ("Dr. Courtney Tolinski" is "courtney tolinski")."""
    words = tuple(folded(name).split())
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return words


# Forms of one first name: on each line the name's spellings, then the short forms that
# stand for it. A short form is that name only beside a spelling of it ("Steve",
# "Stephen"), never beside another short form ("Ted" and "Eddie" may be Theodore and
# Edward). Left out: the short forms of a man's name and a woman's ("Chris", "Sam",
# "Alex", "Andy", "Charlie", "Jess", "Joey", "Robbie"), of two or more names ("Fred"
# for Alfred too, "Rick", "Jerry", "Ted", "Meg", "Kate", "Ron", "Ben", "Tony"), and
# those that are names of their own ("Hans", "Tim", "Jon", "Ken", "Ray", "Beth"). The
# leaving out of a regular's namesake, which this table decides, is wrong where a
# parent and a child share the name, so it holds only the forms that leave no doubt.
# Written for this library from the common English, German and Spanish forms.
_FIRST_NAME_FORMS: Final = """
    abigail: abby | charles: chuck | daniel: dan | david: dave davey
    deborah debra: deb debbie | donald: donnie | douglas: doug
    elizabeth: liz lizzie betsy | francisco: paco pancho | gregory: greg
    james: jim jimmy | jeffrey geoffrey: jeff | jennifer: jen | john: johnny
    jose: pepe | joseph josef: joe sepp | katherine catherine kathryn
    lawrence: larry | margaret: maggie peggy | matthew: matt
    michael: mike mikey mick | nicholas: nick | patricia: patty trish | peter: pete
    rebecca: becky becca | richard: rich | robert: bob bobby | stephen steven: steve
    thomas tomas: tom tommy | timothy: timmy | victoria: vicky
    william: will bill billy willy | zachary: zach zack
"""


def _forms(table: str) -> dict[str, tuple[int, bool]]:
    """Each form of the table, with its line and whether it is a spelling of the name
    (not a short form)."""
    forms: dict[str, tuple[int, bool]] = {}
    entries = [entry for row in table.splitlines() for entry in row.split("|") if entry.strip()]
    for group, entry in enumerate(entries):
        spellings, _, short = entry.partition(":")
        forms.update((form, (group, True)) for form in spellings.split())
        forms.update((form, (group, False)) for form in short.split())
    return forms


_FORMS: Final = _forms(_FIRST_NAME_FORMS)


def first_name_group(word: str) -> int | None:
    """The line of the table of first names that ``word`` (as :func:`name_key` gives
    it) is on, or ``None``: two first names are forms of one only on the same line."""
    found = _FORMS.get(word)
    return None if found is None else found[0]


def one_first_name(first: str, other: str) -> bool:
    """Whether two first names, as :func:`name_key` gives them, are the same or forms of
    one: two spellings ("stephen", "steven"), or a spelling and a short form ("steve");
    two short forms never are."""
    if first == other:
        return True
    one, two = _FORMS.get(first), _FORMS.get(other)
    return one is not None and two is not None and one[0] == two[0] and (one[1] or two[1])


class Roster:
    """People in the order they were added, each once."""

    __slots__ = ("_by_first_word", "_by_words", "_single_words", "people", "refused")

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self.people: list[Person] = []
        self._by_words: dict[tuple[str, ...], int] = {}
        self._by_first_word: dict[str, int] = {}  # first words of names of two or more
        self._single_words: dict[str, int] = {}  # names of one word
        #: How many people were not added because the roster was full.
        self.refused = 0
        for person in people:
            self.add(person)

    def find(self, name: str) -> int | None:
        """The index of the person ``name`` names, or ``None``."""
        words = name_key(name)
        if not words:
            return None
        found = self._by_words.get(words)
        if found is None:
            if len(words) == 1:
                found = self._by_first_word.get(words[0])
            else:
                found = self._single_words.get(words[0])
        return found

    def __contains__(self, name: str) -> bool:
        return self.find(name) is not None

    def add(self, person: Person) -> None:
        """Add ``person`` unless already known. A full name replaces a first name alone
        known before it, in its place, keeping what only the first one said. A name with
        no letters left once case and accents go ("´") names nobody."""
        if not name_key(person.name):
            return
        index = self.find(person.name)
        if index is None:
            if len(self.people) >= MAX_PEOPLE:
                self.refused += 1
                return
            self.people.append(person)
            self._index(person.name, len(self.people) - 1)
            return
        known = self.people[index]
        if len(name_key(known.name)) == 1 and len(name_key(person.name)) > 1:
            self.people[index] = attrs.evolve(
                person,
                nickname=person.nickname or known.nickname,
                handle=person.handle or known.handle,
            )
            del self._single_words[name_key(known.name)[0]]
            del self._by_words[name_key(known.name)]
            self._index(person.name, index)

    def _index(self, name: str, index: int) -> None:
        words = name_key(name)
        self._by_words.setdefault(words, index)
        if len(words) == 1:
            self._single_words.setdefault(words[0], index)
        else:
            self._by_first_word.setdefault(words[0], index)
