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

__all__ = ["MAX_PEOPLE", "Roster", "folded", "is_honorific", "name_key", "one_first_name"]

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


# Forms of one first name, each line a name and the short forms it is called by. Only
# forms that stand for the name itself: not "Chris" for Christine beside Christopher
# ("Chris Fisher" and "Christine Fisher" may be brother and sister), nor "Sam",
# "Alex", "Jo" and "Pat", each the short form of a man's name and a woman's. Written
# for this library from the common English, German, French and Spanish forms.
_FIRST_NAME_FORMS: Final = """
    abigail abby | andrew andy | anthony tony | benjamin ben benny | charles charlie chuck
    christopher chris | daniel dan danny | david dave davey | deborah debra deb debbie
    donald don donnie | douglas doug | edward eddie ted | elizabeth liz lizzie beth betsy
    frederick fred freddie | gerald gerry jerry | gregory greg | jeffrey geoffrey jeff
    jennifer jenny jen | jessica jess | johannes hans | jonathan jon jonny
    joseph joe joey | josef sepp | jose pepe | francisco paco pancho
    katherine catherine kathryn kate katie kathy cathy | kenneth ken kenny
    lawrence laurence larry | margaret maggie meg peggy | matthew matt | michael mike mikey
    mick | nathaniel nathan nate | nicholas nick nicky | patricia patty trish | peter pete
    raymond ray | rebecca becky becca | richard rich rick ricky | robert rob robbie bob
    bobby | ronald ron ronnie | stephen steven steve stevie | susan sue susie
    thomas tom tommy | timothy tim timmy | victoria vicky tori | william will bill billy
    willy | zachary zach zack
"""
_FORM_OF: Final = {
    form: group
    for group, forms in enumerate(_FIRST_NAME_FORMS.split("|"))
    for form in forms.split()
}


def one_first_name(first: str, other: str) -> bool:
    """Whether two first names, as :func:`name_key` gives them, are forms of one
    ("steve", "stephen"), or the same."""
    if first == other:
        return True
    group = _FORM_OF.get(first)
    return group is not None and group == _FORM_OF.get(other)


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
