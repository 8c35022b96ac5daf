"""Personal names in running text: what one looks like, and what stands around it.

A name is a run of capitalised words, token by token::

    name     = [honorific] word {word | initial | particle word} [aside]
    word     = letters, apostrophes, hyphens, any script's capitals ("O'Brien", "Zoë")
    initial  = one capital and a full stop ("J.")
    particle = van, von, der, de, da, ... (inside a name only)
    aside    = "(" ... ")" or a quoted word, right after the name or its first word

A run that holds a **given name** from the lexicon (``podnotes/data/given_names.txt``,
built by ``scripts/build_given_names.py``) starts there: "Then Jane Roe" is "Jane Roe".
A run without one is a name only when it has two to four words ("Dorra Elboukari"), and
the guest scorer weighs that doubt. Job titles, organisation words and section words end
a run. Around a name, an aside or "from Acme" is its affiliation, a short form of the
name in quotes or parentheses its nickname, "(@jane)" its handle, and ", CTO at Acme,"
its job title and affiliation.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from importlib import resources
from typing import Final, NamedTuple

import attrs

__all__ = [
    "CONNECTIVES",
    "HONORIFICS",
    "Mention",
    "Token",
    "common_words",
    "given_names",
    "is_generation",
    "is_given_name",
    "is_particle",
    "mentions",
    "tokens",
]

# --- tokens --------------------------------------------------------------------------

# Each token with the spaces before it, so that positions add up without a Match
# object per token (re.findall makes tuples in C): spaces, the whole token, then the
# inside of an aside in parentheses or quotes, a word, a mark, a newline.
_TOKEN: Final = re.compile(
    r"([ \t\r\f\v\xa0\u2009\u202f]*)("
    r"\(([^()\n]{1,60})\)"
    r"|[\"“„«‘]([^\"“”„«»‘’\n]{1,30})[\"”“»’]"
    # An initial or an abbreviation keeps its full stop; any other full stop is a mark.
    r"|((?:[^\W\d_a-z]|Dr|Prof|Mr|Mrs|Ms|Mx|St|Sr|Sra|Mme|Rev|Fr|Jr|Sen|Rep|Gov|Lt|Col|Gen"
    r"|Sgt|Capt|Maj|Adm|Hon|feat|a\.k\.a)\."
    r"|[^\W\d_][\w'’-]*|\d+(?:st|nd|rd|th)\b)"
    r"|([,&;:.!?—–])"
    r"|(\n)"
    r"|\S)"
)


class Token(NamedTuple):
    kind: str  # "word", "paren", "quoted", "mark", "newline", "other"
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The tokens of ``text`` (words, asides in parentheses or quotes, marks, newlines)."""
    found: list[Token] = []
    add = found.append
    position = 0
    for spaces, whole, paren, quoted, word, mark, newline in _TOKEN.findall(text):
        position += len(spaces)
        end = position + len(whole)
        # tuple.__new__ rather than Token(...): the named tuple's own constructor is a
        # Python function, called for each of a note's hundreds of tokens.
        if word:
            add(_new_token(Token, ("word", word, position, end)))
        elif mark:
            add(_new_token(Token, ("mark", mark, position, end)))
        elif newline:
            add(_new_token(Token, ("newline", newline, position, end)))
        elif paren:
            add(_new_token(Token, ("paren", paren, position, end)))
        elif quoted:
            add(_new_token(Token, ("quoted", quoted, position, end)))
        else:
            add(_new_token(Token, ("other", whole, position, end)))
        position = end
    return found


_new_token: Final = tuple.__new__


# --- the lexicon ---------------------------------------------------------------------


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, given names that are also ordinary words), case-folded: loaded
    once, on first use. The file marks the second kind with a final "*"."""
    text = resources.files("podnotes").joinpath("data/given_names.txt").read_text("utf-8")
    names, ordinary = set(), set()
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        name = line.strip().casefold()
        if name.endswith("*"):
            ordinary.add(name[:-1])
        else:
            names.add(name)
    return frozenset(names), frozenset(ordinary)


def given_names() -> frozenset[str]:
    """The given names podnotes knows, case-folded."""
    return _lexicon()[0]


@functools.cache
def common_words() -> frozenset[str]:
    """Words that text writes in lower case, as ordinary words: loaded on first use."""
    text = resources.files("podnotes").joinpath("data/common_words.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line and line[0] != "#")


def is_given_name(word: str, *, alone: bool = True) -> bool:
    """Whether ``word`` is a given name: in the lexicon whole, or its first part is
    ("Jean-Luc", "Anne-Marie"). A name that is also an ordinary word ("Will", "Major")
    counts only with a surname after it (``alone=False``)."""
    folded = word.rstrip(".").casefold()
    names, ordinary = _lexicon()
    if folded in names or ("-" in folded and folded.split("-", 1)[0] in names):
        return True
    # "Will Smith", "Major Hayden"; never "AI Is", "An Old": short or capitals only.
    return not alone and folded in ordinary and len(word) > 2 and word[1:].islower()


# --- the words of names --------------------------------------------------------------

HONORIFICS: Final = frozenset(
    """dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx mx. sir dame rev rev.
    herr frau monsieur madame mme mme. m. sr sr. sra sra. don doña pastor pastora
    reverend fr fr. father rabbi imam archbishop bishop deacon cardinal comrade genosse
    genossin
    camarade camarada sen. rep. gov. lt. col. gen.
    sgt. capt. maj. adm. hon.""".split()
)
# Honorifics that are first names too: an honorific only before two names or more.
_FIRST_NAMES_TOO: Final = frozenset({"don", "deacon"})


def _names_after(parts: list[str]) -> int:
    """How many words after the first are names: not initials, not "Jr."."""
    return sum(
        1
        for part in parts[1:]
        if not _is_initial(part) and not is_generation(part) and part.rstrip(".") not in _SUFFIXES
    )


_SUFFIXES: Final = frozenset({"Jr", "Sr"})


_PARTICLES: Final = frozenset(
    """van von der den de da di del della la le du bin al ten ter dos des st. y zu""".split()
)


def is_particle(word: str) -> bool:
    """Whether ``word`` is a surname's particle ("van", "de"), which ends no name."""
    return word.casefold() in _PARTICLES


def is_generation(word: str) -> bool:
    """Whether ``word`` is a generation's numeral, the last part of a name ("Martin Luther
    King III"); "II" and "IV" are not counted, being words and acronyms too."""
    return word == "III"


# Words that link a sentence to the one before, its subject after them ("Then Jane Roe
# joins us", "Puis Marc nous explique"); German puts its verb there instead ("Dann
# erzählt Marc"), and "Dann" is a first name too.
CONNECTIVES: Final = frozenset(
    "then plus also next finally later puis ensuite luego después".split()
)
# Capitalised words that are never part of a personal name: what begins sentences, job
# titles, organisation and product words, section headings, days and months.
NOT_NAMES: Final = (
    frozenset(
        """the a an this that these those our my your his her their its we i he she they it
    you in on at about from for with to and or but so if then as by of via vs today
    tonight tomorrow
    yesterday episode episodes part podcast podcasts show shows ceo cto cfo coo cpo cio
    cmo vp svp evp founder co-founder cofounder director head engineer engineers manager
    president lead principal senior staff author creator maintainer maintainers host
    hosts co-host guest guests special team community everyone some two three four five
    both all each other others also here there what who how why when where monday
    tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december chapter chapters links
    timestamps phd md plus meanwhile now finally later first next inc inc. llc ltd gmbh
    corp labs foundation university institute conference summit meetup news weekly
    daily radio live bonus season intro outro sponsor sponsors sponsored patreon
    youtube twitter github linkedin mastodon instagram facebook google apple amazon
    microsoft developer developers advocate evangelist architect scientist designer
    consultant researcher professor editor writer producer chair officer expert
    le la les un une des et avec dans pour sur du au aux ce cette ces nous vous il elle
    ils elles on est sont der die das ein eine und mit im ist sind wir ich er sie es
    auf zu von bei für el los las y con en es por para del un una nuestro nuestra
    bonjour hello hallo hola welcome willkommen bienvenue bienvenidos hi hey dear
    mister miss saint st. st media group network networks studio studios productions
    production records press agency company corporation holdings partners ventures
    systems solutions technologies democratic state""".split()
    )
    | CONNECTIVES
)
# The roles a show names people by, in German, French and Spanish, which German writes
# with a capital ("mit meinem Gast Nadja"): never the first word of a name, but a
# surname after a given name may be one ("Johannes Gast").
ROLE_WORDS: Final = frozenset(
    """gast gäste gastgeber gastgeberin moderator moderatorin hörer hörerin autor autorin
    gründer gründerin invité invitée invités invitées animateur animatrice auditeur
    auditrice auteur fondateur fondatrice invitado invitada invitados invitadas
    presentador presentadora oyente autora fundador fundadora""".split()
)
# Words ending a job title: "Staff Engineer", "directrice technique".
TITLE_WORDS: Final = frozenset(
    """manager engineer developer advocate evangelist director officer founder co-founder
    cofounder architect scientist designer head president chair maintainer editor
    writer producer consultant researcher professor lead ceo cto cfo coo cio cmo vp
    creator author expert specialist enthusiast member speaker veteran pioneer
    inventor organizer organiser owner partner principal analyst administrator admin
    entwickler entwicklerin gründer gründerin geschäftsführer geschäftsführerin leiter
    leiterin fondateur fondatrice directeur directrice développeur développeuse
    ingénieur ingénieure architecte responsable fundador fundadora director directora
    desarrollador desarrolladora ingeniero ingeniera co-fondateur co-fondatrice
    cofondateur cofondatrice mitgründer mitgründerin cofundador cofundadora
    co-fundador co-fundadora
    senator congressman congresswoman congressmember governor minister secretary
    chairman chairwoman chairperson advisor adviser strategist ambassador commissioner
    councilman councilwoman councilmember attorney lawyer journalist reporter
    correspondent columnist historian economist novelist comedian activist spokesperson
    spokesman spokeswoman candidate lawmaker rabbi superintendent treasurer mp
    journalistin autorin autor bürgermeister bürgermeisterin ministerin abgeordnete
    abgeordneter sprecherin sprecher politikerin politiker historikerin historiker
    professorin redakteur redakteurin moderatorin moderator expertin
    sénateur sénatrice député députée maire ministre journaliste autrice auteur
    historien historienne porte-parole chercheur chercheuse professeure rédacteur
    rédactrice senador senadora diputado diputada alcalde alcaldesa ministro ministra
    periodista autora historiador historiadora portavoz investigador investigadora
    commentator pundit sergeant lieutenant detective astronaut physician surgeon
    general colonel captain admiral mayor sheriff prosecutor chaplain democrat
    republican publisher chief chef czar tsar executive schriftsteller schriftstellerin
    écrivain écrivaine escritor escritora representative delegate beret ranger seal
    soldier curator kurator kuratorin direktor direktorin präsident präsidentin""".split()
)
# Words that introduce an employer after a name: "Jane Roe from Acme".
_EMPLOYER_WORDS: Final = frozenset(
    {"from", "of", "at", "bei", "von", "chez", "de", "du", "da", "en", "para", "@"}
)


_ASCII_DIGIT: Final = re.compile(r"[0-9]")


def _has_digit(word: str) -> bool:
    # A regex for the common ASCII word; str.isdigit for the rest ("Roe²", "Ann①").
    if word.isascii():
        return _ASCII_DIGIT.search(word) is not None
    return any(map(str.isdigit, word))


# A surname written with its particle joined on: "deGrasse", "van't", "dePaula".
_PARTICLE_JOINED: Final = re.compile(
    r"(?:de|da|di|du|del|della|la|le|van|von)[^\W\d_a-z][^\W\d_A-Z]+"
)


def _is_name_word(word: str) -> bool:
    bare = word.rstrip(".")
    if len(bare) < 2 or bare.casefold() in NOT_NAMES:
        return False
    if not bare[0].isupper() and _PARTICLE_JOINED.fullmatch(bare) is None:
        return False
    if bare.endswith(_POSSESSIVE_ENDINGS):
        return False
    if _has_digit(bare):
        return False  # "AV1", "Web3": products, not people
    if (
        "-" in bare
        and _DESCRIBING_COMPOUND.search(bare)
        and bare.rpartition("-")[2] in common_words()
    ):
        return False  # "Prize-winning", "Brooklyn-based"; not "Ji-young", "Jae-in"
    return not (bare.isupper() and len(bare) > 2)  # "NASA", "AWS": acronyms, not names


# A compound's last part that describes: a participle ("Prize-winning",
# "Brooklyn-based") or "-born"; not a syllable of a name ("Ji-young").
_DESCRIBING_COMPOUND: Final = re.compile(r"-(?:[a-z]{2,}(?:ing|ed)|born)$")


def _is_initial(word: str) -> bool:
    return (len(word) == 2 and word[0].isupper() and word[1] == ".") or (
        len(word) == 1 and word.isupper()
    )


# "Acme's", and the plural form "Axios'" ("Axios' Jim VandeHei").
_SINGULAR_POSSESSIVES: Final = ("'s", "’s")
_POSSESSIVE_ENDINGS: Final = (*_SINGULAR_POSSESSIVES, "s'", "s’")


def _possessive(word: str) -> bool:
    return word.endswith(_POSSESSIVE_ENDINGS) and len(word) > 3 and word[0].isupper()


def _owner(word: str) -> str:
    """A possessive without its ending: "Acme" of "Acme's", "Axios" of "Axios'"."""
    return word[:-2] if word.endswith(_SINGULAR_POSSESSIVES) else word[:-1]


@attrs.frozen
class Mention:
    """One name in the text: its words, where it stands (characters ``start:end``,
    tokens ``first:last``), and what the text says around it."""

    parts: tuple[str, ...]
    start: int
    end: int
    first: int
    last: int
    given: bool  # the first word is a known given name
    possessive: bool = False  # "Jane's": the name belongs to something else
    nickname: str | None = None
    handle: str | None = None
    job_title: str | None = None
    affiliation: str | None = None
    after: int = 0  # the token after the name and what was read around it

    @property
    def name(self) -> str:
        return " ".join(self.parts)


_MAX_PARTS: Final = 5


def mentions(text: str, words: list[Token]) -> Iterator[Mention]:
    """Every personal name in ``text`` (tokenised as ``words``), in order."""
    # Only a capitalised word opens a name: most words are passed over in one
    # comprehension, not a turn of the loop each.
    capitalised = [
        index
        for index, token in enumerate(words)
        if token.kind == "word" and token.text[0].isupper()
    ]
    resume = 0  # the token after the last mention and what was read around it
    for index in capitalised:
        if index < resume:
            continue
        token = words[index]
        if (
            not (_is_name_word(token.text) or _is_initial(token.text) or _possessive(token.text))
            or token.text.casefold() in ROLE_WORDS
            or _alone_and_unknown(words, index)
        ):
            continue
        if _opens_an_organisation(words, index):
            resume = index + 2  # "Museum Ludwig", "County Clare": not "Ludwig", "Clare"
            continue
        mention = _read(text, words, index)
        if mention is None:
            run = _run(words, index)[0]
            if run and _opens_a_title(words, run):
                # The employer before a title, its words up to a known first name with a
                # word after it: not "Simpson" of "O.J. Simpson prosecutor Marcia Clark",
                # but "Ann Lee" of "Meet Ann Lee producer Bo Chen".
                resume = next(
                    (i for i in run[1:-1] if is_given_name(words[i].text, alone=False)),
                    run[-1] + 1,
                )
            continue
        yield mention
        resume = max(mention.last, mention.after, index + 1)


def _opens_an_organisation(words: list[Token], index: int) -> bool:
    """Whether an organisation's word opens a run of capitals, whose next word is the
    organisation's, not a name's ("Museum Ludwig", "County Clare"; "Museum Ludwig
    Direktor Yilmaz Dziewior"): not a first name with a name after it ("im Museum Udo
    Kittelmann")."""
    following = index + 1
    if not (
        words[index].text.casefold() in _ORGANISATION_HEADS
        and following < len(words)
        and words[following].kind == "word"
        and words[following].text[:1].isupper()
    ):
        return False
    after = following + 1
    return not (
        is_given_name(words[following].text, alone=False)
        and _next_is_name(words, following)
        and not (after < len(words) and is_title_word(words[after].text))
    )


def _alone_and_unknown(words: list[Token], index: int) -> bool:
    """Whether the capitalised word at ``index`` starts no name, as :func:`_read` would
    find at more cost. Most capitalised words of a note open a sentence ("Compiler
    monitoring", "Follow us"): nothing that may go on a name follows them (see
    :func:`_run`), and alone they are no given name, no possessive, and not listed
    beside a given name."""
    following = index + 1
    if following < len(words):
        after = words[following]
        if after.kind in ("paren", "quoted"):
            return False
        if after.kind == "word":
            bare = after.text.rstrip(".")
            if (
                bare[:1].isupper()
                or after.text.casefold() in _PARTICLES
                or _PARTICLE_JOINED.fullmatch(bare) is not None
            ):
                return False
    word = words[index].text
    return (
        not _possessive(word) and not is_given_name(word) and not _listed_with_a_name(words, index)
    )


def _run(words: list[Token], index: int) -> tuple[list[int], str | None, bool]:
    """The token indexes of the name-like run at ``index``, a nickname written inside
    it (``Robert "Bob" Tanaka``), and whether it ends in a possessive ("Jane's")."""
    # A new way for a name to go on past its first word must be known to
    # _alone_and_unknown too, which tells in advance that a run stops there.
    run: list[int] = []
    nickname = None
    position = index
    while position < len(words) and len(run) < _MAX_PARTS:
        token = words[position]
        if token.kind == "word":
            word = token.text
            if (
                run
                and word.casefold() in HONORIFICS
                and not _is_initial(word)  # "Jane M. Roe"
                # "Tracy Don Smith": a given name after a first name is a middle name.
                and not (
                    is_given_name(word, alone=False)
                    and is_given_name(words[run[0]].text, alone=False)
                )
                and _next_is_name(words, position)
                # "Lt. Col. Ann Lee", "Rev. Dr. William Barber": ranks stack.
                and not all(words[i].text.casefold() in HONORIFICS for i in run)
            ):
                break  # "Michael Stonebraker Dr. Michael Stonebraker", "Meet Pastor Jo Roe"
            if len(run) > 1 and word == words[run[0]].text:
                break  # "Michael Hunger Michael Hunger is": a heading run into its text
            if (
                len(run) == 2
                and is_given_name(word, alone=False)
                and is_given_name(words[run[0]].text)
                and not is_given_name(words[run[1]].text, alone=False)
                and not is_particle(words[run[1]].text)  # "Mohammed bin Salman"
                and _next_is_name(words, position)
                and not _generation_at(words, position + 1)  # "… Marcos Jr."
            ):
                break  # "Mary Gorman Ellen Gottensdiener": a full name, then another
            if _is_initial(word) or _is_name_word(word):
                run.append(position)
            elif (
                is_generation(word)
                and len(run) > 1
                and any(is_given_name(words[i].text) for i in run)
            ):
                run.append(position)  # "Martin Luther King III"
            elif _possessive(word) and run:
                run.append(position)
                return run, nickname, True
            elif (
                # "Ludwig van Beethoven", "Ursula von der Leyen"; but after a surname,
                # "Jane Roe de Acme" names an employer.
                _particle_may_follow([words[i].text for i in run])
                and word.casefold() in _PARTICLES
                and _next_is_name(words, position)
            ):
                run.append(position)
            else:
                break
        elif (
            token.kind in ("paren", "quoted")
            and run
            and all(_is_initial(words[i].text) for i in run[1:])
            and nickname is None
            and _next_is_name(words, position)
            and (_short_form(token.text) or _quoted_epithet(token))
        ):
            # Robert "Bob" Tanaka, Jennifer (Jen) Okafor, Danny "the Irish guy" O'Dwyer
            nickname = token.text.strip()
        elif (
            token.kind == "paren"
            and len(run) == 1
            and is_given_name(words[run[0]].text)
            and _next_is_name(words, position)
            and not _next_is_name(words, position + 1)  # "Sam (our producer) Jane Roe"
        ):
            pass  # "Jane (the cook) Roe": an aside inside the name, and no nickname
        else:
            break
        position += 1
    return run, nickname, False


def _generation_at(words: list[Token], position: int) -> bool:
    """Whether a generation's mark stands at ``position``: "III", "Jr.", "Sr."."""
    if position >= len(words):
        return False
    word = words[position].text
    return is_generation(word) or word.rstrip(".").casefold() in ("jr", "sr")


def _particle_may_follow(parts: list[str]) -> bool:
    """Whether a particle may come next: after a given name and its initials or other
    particles ("Ursula K. Le Guin", "Dr. Elena van der Berg"), not after a surname."""
    while parts and parts[0].casefold() in HONORIFICS:
        parts = parts[1:]
    return (
        bool(parts)
        and is_given_name(parts[0], alone=False)
        and all(_is_initial(part) or part.casefold() in _PARTICLES for part in parts[1:])
    )


def _next_is_name(words: list[Token], position: int) -> bool:
    """Whether a name's word follows the particles at ``position`` ("van der Leyen";
    not "von Work", an ordinary word)."""
    ahead = position + 1
    while ahead < len(words) and words[ahead].text.casefold() in _PARTICLES:
        ahead += 1
    if ahead >= len(words) or words[ahead].kind != "word":
        return False
    word = words[ahead].text
    if not _is_name_word(word) or word.casefold() in ROLE_WORDS:  # "Nicolas zu Gast"
        return False
    # "Florian Du Boys" writes its particle capitalised; "Rene von Work" is "from".
    return words[position].text[:1].isupper() or word.casefold() not in common_words()


def _short_form(aside: str) -> bool:
    aside = aside.strip()
    return 0 < len(aside) <= 20 and " " not in aside and aside[:1].isupper()


def _employed(text: str, words: list[Token], index: int) -> Mention | None:
    """The name with a known first name that begins at ``index`` right after a
    possessive, if one does and is no possessive itself (which would read on: "Ann Lee's
    Bo Chen's Cy Dee's ..."); not "Charlie Sheen's Craziest Hollywood Stories"."""
    if index >= len(words) or _possessive(words[index].text) or _run(words, index)[2]:
        return None
    following = _read(text, words, index)
    if following is None or following.first != index or not following.given:
        return None
    return following


def _quoted_epithet(token: Token) -> bool:
    """Words in quotes between a first name and a surname: a nickname, whatever it says
    ("the Irish guy", "Stanky Chops"); parentheses there make one of a short form only
    (any other aside there is skipped: "Jane (the cook) Roe" is Jane Roe)."""
    return token.kind == "quoted" and 0 < len(token.text.split()) <= 4


def _read(text: str, words: list[Token], index: int) -> Mention | None:
    token = words[index]
    if _possessive(token.text):
        # "GitHub's Sarah Vessels": the possessive is the employer of the name after it.
        # One possessive only: "Acme's Acme's ..." is no name, and is not read deeper.
        if index + 1 >= len(words) or _possessive(words[index + 1].text):
            return None
        following = _read(text, words, index + 1)
        if following is None or following.first != index + 1:
            return None
        return attrs.evolve(following, affiliation=following.affiliation or _owner(token.text))
    run, nickname, possessive = _run(words, index)
    if not run:
        return None
    parts = [words[i].text for i in run]
    if possessive and (employed := _employed(text, words, run[-1] + 1)) is not None:
        # "the Nevada Independent's Jon Ralston", "San Antonio's Diana Barrios Trevino",
        # "The Washington Post's Ann Lee": the possessive right before a name is where
        # they work or come from, an organisation's name whole.
        owner = " ".join([*parts[:-1], _owner(parts[-1])])
        return attrs.evolve(employed, affiliation=employed.affiliation or owner)
    if _names_an_organisation(words, run) or _opens_a_title(words, run):
        return None
    if possessive:
        parts[-1] = _owner(parts[-1])
    elif len(parts) > 1 and parts[-1].endswith(".") and parts[-1].casefold() in HONORIFICS:
        parts[-1] = parts[-1][:-1]  # "Amartya Sen.": a surname, at a sentence's end
    opening = run[0]  # an honorific stays out of the name, but the mention starts there
    while len(parts) > 1 and parts[0].casefold() in HONORIFICS:
        if parts[0].casefold() in _FIRST_NAMES_TOO and _names_after(parts) < 2:
            break  # "Don Lemon", "Don S. Davis"; but "Deacon Nate Douglas"
        parts, run = parts[1:], run[1:]  # "Dr. Courtney Tolinski": the title goes
    start, given = _name_start(parts)
    if (
        start is None
        and len(parts) == 1
        and _listed_with_a_name(words, run[0])
        and _may_be_first_name(parts[0])
        and not _is_initial(parts[0])
    ):
        start = 0  # "Ishwari and Joe": a first name nobody listed, beside a known one
    if start is None or (start > 0 and len(run) == _MAX_PARTS):
        return None  # (a full run may have cut its name short: read on from a later word)
    parts = parts[start:]
    run = run[start:]
    if not parts or all(_is_initial(part) for part in parts):
        return None
    titled = next(
        (
            i
            for i, part in enumerate(parts)
            if is_title_word(part.rstrip("."))
            # "Adrienne Mayor": after a given name, such a title is a surname.
            and not (i == 1 and part.casefold() in _TITLES_BEFORE and is_given_name(parts[0]))
        ),
        None,
    )
    if titled == 0 or (
        titled is not None and any(is_given_name(part) for part in parts[titled + 1 :])
    ):
        return None  # the name comes after the title: "Party Strategist Tom Becker"
    title_after = None
    if titled is not None:
        # "Rune Roe Political Commentator": the name ends before its title's words.
        named = titled
        while named > 1 and parts[named - 1].casefold() in common_words():
            named -= 1
        if named < 2:
            return None  # "Montana Governor", "Boston Mayor": a place before an office
        title_after = " ".join(parts[named : titled + 1])
        parts, run = parts[:named], run[:named]
        if parts[-1].casefold() in _ORGANISATION_HEADS:
            return None  # "Lincoln Project Executive Director": the employer of a title
        possessive = False  # a possessive title ("Roe Engineer's") was cut with it
    first, last = (opening if start == 0 else run[0]), run[-1] + 1
    around = _Around(nickname=nickname, after=last)
    if not possessive:
        around.job_title, around.affiliation = _title_before(words, first)
        _read_after(around, words, last, tuple(parts))
    if title_after is not None and around.job_title is None:
        around.job_title = title_after
    return Mention(
        parts=tuple(parts),
        start=words[run[0]].start,
        end=words[last - 1].end - (len(words[last - 1].text) - len(parts[-1]) if possessive else 0),
        first=first,
        last=last,
        given=given,
        possessive=possessive,
        nickname=around.nickname,
        handle=around.handle,
        job_title=around.job_title,
        affiliation=around.affiliation,
        after=around.after,
    )


# The last word of an organisation's name: "Franklin Project", "Acme Labs"; or of a
# group's, never one person's ("Tea People", "Soska Sisters"). Most of them end a run of
# names already (NOT_NAMES), and count as the word after it.
_ORGANISATION_HEADS: Final = frozenset(
    """project club committee council association society coalition party bureau
    department magazine journal inc inc. llc ltd gmbh corp labs foundation university
    institute media group network studio studios productions records agency company
    corporation holdings partners ventures systems solutions technologies county
    school academy college seminary hospital museum library center centre league
    alliance ministries consulting automation management administration cafe café
    restaurant bakery brewery people guys girls sisters twins kids folks squad""".split()
)
# Heads that are surnames too ("Emily Post", "Joyce Brothers", "Charles Band"): see
# _surname_head_ends_an_organisation.
_SURNAME_HEADS: Final = frozenset("post times house church brothers band".split())


def _names_an_organisation(words: list[Token], run: list[int]) -> bool:
    """Whether the run of names at token indexes ``run`` names an organisation: it ends
    in an organisation's last word, or one follows it ("the Washington Post's"), or holds
    one ("Lincoln Project Communications")."""
    heads = [words[run[-1]].text]
    following = run[-1] + 1
    if following < len(words) and words[following].kind == "word":
        heads.append(words[following].text)
    for head in heads:
        if not head[:1].isupper():
            continue
        folded = (_owner(head) if _possessive(head) else head).casefold()
        if folded in _ORGANISATION_HEADS or (
            folded in _SURNAME_HEADS and _surname_head_ends_an_organisation(words, run, folded)
        ):
            return True
    # An organisation's word inside the run: "Lincoln Project Communications (Director)";
    # a person's name holds none (read again from the next word: "Project Runway winner
    # Christian Siriano").
    return any(words[index].text.casefold() in _ORGANISATION_HEADS for index in run[:-1])


def _surname_head_ends_an_organisation(words: list[Token], run: list[int], head: str) -> bool:
    """Whether the run ending in (or before) a word of _SURNAME_HEADS is an
    organisation's name: "Washington Post" (no first name alone), "Dave Matthews Band"
    (three words), "the Coen Brothers", "York Times" of "the New York Times" and "Brown
    Band" of "Zac Brown Band" (read again from their second word); not "Emily Post",
    "Dr. Emily Post", "Joyce D. Brothers", "Bloomberg's Billy House".
    """
    # An honorific or an initial is no word of the name.
    named = [
        index
        for index in run
        if not _is_initial(words[index].text) and not _honorific_only(words[index].text)
    ]
    if not named or not is_given_name(words[named[0]].text):
        return True
    if head == "band" and words[named[0]].text.casefold() in _KINDS_OF_BAND:
        return True  # "Rock Band", the game, though "Rock" is a first name too
    before = words[run[0] - 1].text if run[0] > 0 else ""
    # A run read again from its second word: "New York Times", "Zac Brown Band", "Martin
    # Luther King Church".
    read_again = before[:1].isupper() and (
        before.casefold() in _PLACE_OPENERS or is_given_name(before)
    )
    if len(named) > 2:
        # "Dave Matthews Band", "the Betsy Ross House", "Anne Frank House director"; not
        # "Mary Beth Post", two first names and the surname.
        following = words[run[-1] + 1].text if run[-1] + 1 < len(words) else ""
        return (
            head == "band"
            or len(named) > 3
            or not all(is_given_name(words[i].text) for i in named[:-1])
            or before.casefold() == "the"
            or read_again
            or is_title_word(following)
            or following.casefold() in HONORIFICS
        )
    if run[0] != named[0] or run[0] == 0:
        return False  # "the Rev. Ellen Church": "the" is the honorific's
    return before.casefold() == "the" or read_again


# Words that say what kind of band a band is: "Rock Band" is none of a man called Rock.
_KINDS_OF_BAND: Final = frozenset(
    "rock jazz punk pop soul funk folk metal blues swing brass big boy girl cover tribute "
    "garage marching country".split()
)


def _honorific_only(word: str) -> bool:
    return word.casefold() in HONORIFICS and not is_given_name(word, alone=False)


# The first words of places' names, which a run read again from the place's second
# word leaves before it: "New York", "Los Angeles", "San Antonio".
_PLACE_OPENERS: Final = frozenset(
    "new los las san santa st. saint el fort north south east west".split()
)


def _opens_a_title(words: list[Token], run: list[int]) -> bool:
    """Whether the run of words at token indexes ``run``, which starts with no known first
    name, opens the job title whose word follows it: in an apposition ("Galen Chase,
    Regional Vice President of…") or as the employer of the name after the title ("Goya
    Foods CEO and Pres. Bob Unanue"). Not "Sundar Pichai CEO of Google": a first name the
    lexicon does not know is no sign of a title."""
    following = run[-1] + 1
    if not (
        following < len(words)
        and words[following].kind == "word"
        and is_title_word(words[following].text)
        and not is_given_name(words[run[0]].text, alone=False)
    ):
        return False
    title = words[following].text
    # A title in lower case, singular ("co-creator", not a verb: "Priyanka Sharma leads
    # Ann Lee"), after no honorific ("Dr. Ayo Bello director Jane Roe" names two).
    in_lower_case = not title[:1].isupper()
    if in_lower_case and (
        title.casefold().endswith("s") or words[run[0]].text.casefold() in HONORIFICS
    ):
        return False
    opening = run[0]
    if opening >= 2 and words[opening - 1].text == "," and words[opening - 2].text[:1].isupper():
        # An apposition after a name, whose title is written with a capital; one in lower
        # case follows a name of its own: "Bo Chen, Tolu Adeyemi editor at Acme".
        return not in_lower_case
    ahead = following  # past the title, its fillers and honorifics, to a first name
    while (
        ahead < len(words)
        and ahead - following < _TITLE_REACH
        and (
            is_title_word(words[ahead].text)
            or words[ahead].text.casefold() in _TITLE_FILLERS
            or words[ahead].text.casefold() in HONORIFICS
            or _abbreviation(words, ahead)
        )
    ):
        ahead += 1
    # A title's own word right before the first name, not "and": "Sundar Pichai CEO and
    # Jane Roe CTO" is a list.
    return (
        ahead < len(words)
        and is_given_name(words[ahead].text, alone=False)
        and words[ahead - 1].text.casefold() not in _TITLE_FILLERS
    )


_TITLE_REACH: Final = 6
_TITLE_ABBREVIATIONS: Final = frozenset(
    "pres vp svp evp dir mgr exec asst assoc gen gov sen rep prof sr jr".split()
)


def _abbreviation(words: list[Token], index: int) -> bool:
    """Whether token ``index`` is a job title's abbreviation with its full stop ("Pres.",
    "VP."), or that full stop; not any short word before a stop ("CEO of Meta. Jane")."""
    word = words[index].text
    if word == ".":
        return index > 0 and _abbreviation(words, index - 1)
    return (
        word.casefold() in _TITLE_ABBREVIATIONS
        and index + 1 < len(words)
        and words[index + 1].text == "."
    )


@attrs.define
class _Around:
    """What is written around a name, gathered before its Mention is made."""

    nickname: str | None = None
    handle: str | None = None
    job_title: str | None = None
    affiliation: str | None = None
    after: int = 0


def _described_before(words: list[Token], comma: int) -> tuple[str | None, str | None]:
    """ "the creator of Wordle, Josh Wardle": a job title (and employer) between the
    start of the clause and the comma before a name."""
    span = _described_span(words, comma)
    if span is None:
        return None, None
    begin, end = span
    organisation = None
    if end < comma and words[end].text.casefold() in _EMPLOYER_WORDS:
        organisation = _capitalised_run(words, end + 1)[0]
    return " ".join(words[i].text for i in range(begin, end)), organisation


def _described_span(words: list[Token], comma: int) -> tuple[int, int] | None:
    """Where the job title of "the creator of Wordle, Josh Wardle" begins and ends (token
    indexes), in the clause that ends at the comma before a name; ``None`` without one."""
    start = comma
    while start > 0 and comma - start < _APPOSITIVE_REACH:
        token = words[start - 1]
        if token.kind != "word" and token.text != "&":
            break
        start -= 1
    titled = [i for i in range(start, comma) if is_title_word(words[i].text)]
    if not titled:
        return None
    after = titled[-1] + 1
    if after < comma and words[after].text[:1].isupper() and is_given_name(words[after].text):
        return None  # the title of another name: "with Senator Ann Lee about the race,"
    # The last title and the words close before it: "the editor in chief", not "reporter
    # Emma Green sits down with the editor in chief".
    begin = titled[-1]
    for index in reversed(titled[:-1]):
        if begin - index > 3:
            break
        begin = index
    while begin > start and words[begin - 1].text.casefold() in _TITLE_FILLERS:
        begin -= 1
    return begin, titled[-1] + 1


_TITLE_FILLERS: Final = frozenset(
    "and & of senior staff principal chief lead head state former acting".split()
)


def _title_before(words: list[Token], first: int) -> tuple[str | None, str | None]:
    """A job title written before a name, and the employer before it: "Acme's CTO and
    co-founder Jane Roe", "PipeWire developer Jane Roe"."""
    position = _title_words_before(words, first)
    if position == first and first > 0 and words[first - 1].text == ",":
        return _described_before(words, first - 1)
    title_words = [words[i].text for i in range(position, first)]
    while title_words and title_words[0].casefold() in _TITLE_FILLERS:
        title_words.pop(0)
    if not any(is_title_word(word) for word in title_words):
        return None, None
    return " ".join(title_words), _employer_before(words, position)


def _title_words_before(words: list[Token], first: int) -> int:
    """Where the run of title words and fillers ("CTO and co-founder") that ends before
    token ``first`` begins."""
    position = first
    while position > 0 and first - position < _APPOSITIVE_REACH:
        token = words[position - 1]
        if token.kind != "word" or not (
            is_title_word(token.text) or token.text.casefold() in _TITLE_FILLERS
        ):
            break
        position -= 1
    while position < first and words[position].text.casefold() in ("and", "&"):
        position += 1  # "Deval Patrick and Ambassador Samantha Power": no title opens so
    if position < first and words[first - 1].text.casefold() in _AND:
        return first  # "Ann Lee, CEO and Bo Chen": the title before "and" is Ann Lee's
    return position


def _employer_before(words: list[Token], position: int) -> str | None:
    """The capitalised words before a job title, up to three: "Acme's", "Lincoln
    Project" (Lincoln Project Advisor Stuart Stevens), "U.S."; not ordinary words
    written with a capital ("Former", "Deputy") nor "Today's"."""
    employer = words[_employer_start(words, position) : position]
    if employer and _possessive(employer[-1].text):
        return _owner(employer[-1].text)
    # Written as the text writes it: "U.S.", not "U. S.".
    written = "".join(
        (" " if index and word.start > employer[index - 1].end else "") + word.text
        for index, word in enumerate(employer)
    )
    return written or None


def _employer_start(words: list[Token], position: int) -> int:
    """The token where the employer before a job title at ``position`` begins (see
    :func:`_employer_before`); ``position`` when there is none."""
    if position > 0 and _possessive(words[position - 1].text):
        stem = _owner(words[position - 1].text)
        return position if stem.casefold() in NOT_NAMES else position - 1
    start = _capitalised_start(words, position, 3, skip=NOT_NAMES)
    while start < position and words[start].text.casefold() in common_words():
        start += 1  # "Former Governor", "Assistant Professor": no employer
    return start


def _capitalised_start(
    words: list[Token], end: int, most: int, *, skip: frozenset[str] = frozenset()
) -> int:
    """Where the capitalised words, ``most`` at most and none of ``skip``, that end
    before token ``end`` begin."""
    start = end
    while (
        start > 0
        and end - start < most
        and words[start - 1].kind == "word"
        and words[start - 1].text[:1].isupper()
        and words[start - 1].text.casefold() not in skip
    ):
        start -= 1
    return start


def _name_start(parts: list[str]) -> tuple[int | None, bool]:
    """Where the name starts in a run of capitalised words, and whether it starts with
    a known given name. A run whose first word is one starts there ("Kat Morgan" though
    Morgan is a given name too); else at a later given name with a surname after it
    ("Acme Jane Roe"), initials before it kept ("J. Paul Reed"); else a run of two to
    four words is a name nobody knows the first word of ("Dorra Elboukari")."""
    if is_given_name(parts[0], alone=len(parts) == 1):
        return 0, True
    if (
        2 <= len(parts) <= 3
        and not _is_initial(parts[0])
        and _may_be_first_name(parts[0])
        and not _glued_before_first_name(parts)
    ):
        # "Ryn Daniels", "Kat Morgan": a first name nobody listed, though the surname is
        # a given name too.
        return 0, False
    for index in range(1, len(parts)):
        if is_given_name(parts[index]):
            if all(_is_initial(part) for part in parts[:index]):
                return 0, True
            return index, True  # "Acme Jane Roe", "Dauergast Christoph"
    if 2 <= len(parts) <= 4 and not _is_initial(parts[0]) and _may_be_first_name(parts[0]):
        return 0, False
    return None, False


# Endings of nouns, never of first names: "Introduction", "Leveraging", "Zeitung".
_NOUN_ENDING: Final = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ance|ence|ism|ogy|ship|ung|heit|keit|schaft|ción|"
    r"dad|ité|ique|ive|ics|ers|ies)$",
    re.IGNORECASE,
)


def _may_be_first_name(word: str) -> bool:
    """Whether a word the lexicon does not know may still be a first name: not an
    ordinary word ("Seit", "Zwei"), and without a noun's ending."""
    return word.casefold() not in common_words() and not _NOUN_ENDING.search(word)


# A word the lexicon does not know, longer than this (hyphens aside), right before a
# known first name is a noun glued to it ("Erlebnisbericht Joscha"), not a first name
# before a surname: nine of the lexicon's 22,368 names are longer.
_GLUED_WORD_LETTERS: Final = 12


def _glued_before_first_name(parts: list[str]) -> bool:
    return (
        len(parts) == 2
        and any(len(part) > _GLUED_WORD_LETTERS for part in parts[0].split("-"))
        and is_given_name(parts[1])
    )


_AND: Final = frozenset({"and", "und", "et", "y", "&"})


def _listed_with_a_name(words: list[Token], index: int) -> bool:
    """Whether the word at ``index`` is joined by "and" to a known given name."""
    after = index + 2
    if (
        after < len(words)
        and words[index + 1].text.casefold() in _AND
        and words[after].kind == "word"
        and is_given_name(words[after].text)
    ):
        return True
    before = index - 2
    return (
        before >= 0
        and words[index - 1].text.casefold() in _AND
        and words[before].kind == "word"
        and is_given_name(words[before].text)
    )


def _read_after(around: _Around, words: list[Token], position: int, parts: tuple[str, ...]) -> None:
    """The aside, affiliation and job title written right after the name."""
    token = words[position] if position < len(words) else None
    if token is not None and token.kind in ("paren", "quoted"):
        aside = token.text.strip()
        if aside.startswith("@") and " " not in aside:
            around.handle = aside
        elif _is_nickname(aside, parts):
            around.nickname = aside
        elif token.kind == "paren" and aside[:1].isupper() and len(aside.split()) <= 4:
            around.affiliation = around.affiliation or aside  # "Jane Roe (Microsoft)"
        position += 1
        token = words[position] if position < len(words) else None
    around.after = position
    if token is not None and token.kind == "word" and token.text.casefold() in _EMPLOYER_WORDS:
        organisation, after = _capitalised_run(words, organisation_start(words, position + 1))
        if organisation:
            around.affiliation = around.affiliation or organisation
            around.after = after
    elif token is not None and token.text == ",":
        title, organisation, end = _appositive(words, position + 1)
        around.job_title = around.job_title or title
        around.affiliation = around.affiliation or organisation
        if title is not None and end < len(words) and words[end].text == ",":
            around.after = end + 1  # "Erich Gamma, creator of VS Code, and Kai Maetzel"


def _is_nickname(aside: str, parts: tuple[str, ...]) -> bool:
    """A short form of the name ("Jen" for Jennifer, "DJ" for Dharmesh J., "popey" for
    Alan Pope), or what follows "aka"."""
    words = aside.split()
    if words and words[0].casefold() in ("aka", "a.k.a.", "alias"):
        return len(words) > 1
    if len(words) != 1 or len(aside) > 20:
        return False
    folded = aside.casefold().rstrip(".")
    initials = "".join(part[0] for part in parts).casefold()
    if folded == initials or folded == initials.replace(".", ""):
        return True
    return any(
        len(folded) >= 2
        and (part.casefold().startswith(folded) or folded.startswith(part.casefold()[:4]))
        for part in parts
    )


def _capitalised_run(words: list[Token], position: int, limit: int = 5) -> tuple[str | None, int]:
    """Capitalised words (and "&", ordinals) from ``position``: an organisation's name,
    and the token after it."""
    parts: list[str] = []
    while position < len(words) and len(parts) < limit:
        token = words[position]
        word = token.text
        if token.kind == "word" and (word[:1].isupper() or word[:1].isdigit()):
            parts.append(word.rstrip("."))
        elif word == "&" and parts:
            parts.append(word)
        else:
            break
        position += 1
    while parts and parts[-1] == "&":
        parts.pop()
        position -= 1
    return " ".join(parts) or None, position


_APPOSITIVE_REACH: Final = 12


def is_title_word(word: str) -> bool:
    # The last part of a compound too: "Samba-Entwickler", "Linux-Journalistin"; one
    # chosen but not yet in office too: "Senator-elect", "Secretary-designate".
    folded = word.casefold()
    if "-" in folded:
        folded = _NOT_YET_IN_OFFICE.sub("", folded).rpartition("-")[2]
    if folded in _TITLES_CAPITALISED and not word[:1].isupper():
        return False  # "Jane Roe, in general, thinks"
    return folded in TITLE_WORDS or (folded.endswith("s") and folded[:-1] in TITLE_WORDS)


_NOT_YET_IN_OFFICE: Final = re.compile(r"-(?:elect|designate)$")

# Titles that are surnames too ("Adrienne Mayor", "Mike Captain"): titles only before a
# name. And one that is an everyday word in lower case.
_TITLES_BEFORE: Final = frozenset(
    "mayor general captain colonel admiral sheriff chaplain democrat republican seal seals "
    "ranger rangers curator kurator direktor".split()
)
_TITLES_CAPITALISED: Final = frozenset({"general"})


def title_start(words: list[Token], first: int) -> int:
    """The token where a job title and employer written before the name at ``first``
    begin ("Surgeon General Vivek Murthy", "Ohio Congresswoman Maria Lopez"); ``first``
    when there are none."""
    position = _title_words_before(words, first)
    if position == first and first > 0 and words[first - 1].text == ",":
        span = _described_span(words, first - 1)  # "joined by the creator of Wordle, Josh"
        return first if span is None else span[0]
    if position == first or not any(is_title_word(words[i].text) for i in range(position, first)):
        return first
    return _employer_start(words, position)


def organisation_start(words: list[Token], position: int) -> int:
    """Where an organisation's name begins at ``position``, right after an employer word:
    past a lower-case "the" ("Jon Ralston of the Nevada Independent", "Jane Roe from the
    BBC"), no other article: "de la" and "en el" after a name are as often a surname or a
    place ("Juan de la Torre"), and "The" belongs to the name ("of The Atlantic")."""
    if position < len(words) and words[position].text == "the":
        return position + 1
    return position


def employer_start(words: list[Token], first: int) -> int:
    """The token where an employer written as a possessive right before the name at
    ``first`` begins ("IBM's Olaf Zimmermann", "The Guardian's Sabrina Siddiqui"), three
    words at most; ``first`` when there is none."""
    if first == 0 or not _possessive(words[first - 1].text):
        return first
    return _capitalised_start(words, first - 1, 2)


def _appositive(words: list[Token], position: int) -> tuple[str | None, str | None, int]:
    """ ", co-founder of CoinAct," after a name: (job title, affiliation, the token that
    ends it), when the words up to the next comma or sentence end hold a job-title
    word."""
    end = position
    while end < len(words) and end - position < _APPOSITIVE_REACH:
        token = words[end]
        if token.kind in ("newline",) or token.text in (",", ".", ";", ":", "!", "?", "—", "–"):
            break
        end += 1
    phrase = [words[i] for i in range(position, end)]
    # ", who is the founder of Heroku", ", es directora de…": the title after the verb.
    skip = 0
    if len(phrase) > 1 and phrase[0].text in _RELATIVE and phrase[1].text in _IS:
        skip = 2
    elif phrase and phrase[0].text in _IS_ALONE:
        skip = 1
    phrase, position = phrase[skip:], position + skip
    if skip and not (phrase and (phrase[0].text in _ARTICLES or is_title_word(phrase[0].text))):
        return None, None, end  # ", who's heading up…", ", is now…": no title follows
    if phrase and phrase[0].text in _OPENS_A_CLAUSE:
        return None, None, end  # ", and Jane Roe join", ", who helps", ", in addition to"
    # What is said of the person ends the title: "author who helps you".
    phrase = list(itertools.takewhile(lambda token: token.text not in _RELATIVE, phrase))
    if end < len(words) and words[end].text == ",":
        another = _another_person(phrase)
        if another is not None:
            # ", former Deputy Attorney General Sally Yates, and" is the next name's;
            # ", organizer and Jane Roe," leaves the name its title up to "and".
            if phrase[another - 1].text not in _AND:
                return None, None, end
            phrase = phrase[: another - 1]
            end = position + len(phrase)  # at "and": the next name is read on its own
    titled = [i for i, token in enumerate(phrase) if is_title_word(token.text)]
    if not titled:
        return None, None, end
    cut = len(phrase)
    organisation = None
    for i, token in enumerate(phrase):
        if i > titled[0] and token.text.casefold() in _EMPLOYER_WORDS:
            cut = i
            organisation = _capitalised_run(words, position + i + 1)[0]
            break
    title_words = [token.text for token in phrase[:cut]]
    while title_words and title_words[0].casefold() in _ARTICLES:
        title_words.pop(0)
    return (" ".join(title_words) or None), organisation, end


# Words that open a clause or the next of a list after a name's comma, never a job title.
_OPENS_A_CLAUSE: Final = frozenset(
    """and or who whose which that in on at with for but along together joined und
    oder et ou y""".split()
)
# Not German "der", "die", "das", articles as often ("die Direktorin des Museums").
_RELATIVE: Final = frozenset("who who's who’s whose which that qui que quien".split())
# Not German "war", an English word too ("war correspondent").
_IS: Final = frozenset("is was as ist est était es fue".split())
_IS_ALONE: Final = _IS | {"who's", "who’s"}
# Words after which a name is part of a job title ("speechwriter for Barack Obama",
# "chief of staff to Senator Chuck Schumer", "professor at George Mason University").
_BEFORE_A_NAME_IN_A_TITLE: Final = frozenset(
    "for of to with at by für von bei an de du pour chez para con".split()
)


def _another_person(phrase: list[Token]) -> int | None:
    """Where an apposition's words end in a person of their own, the index of their
    title's first word (or of the name, with no title): a known first name and a
    capitalised word, after a title ("former Deputy Attorney General Sally Yates") or
    after "and"; ``None`` when a preposition comes before, which makes the name the
    title's ("communications director for Barack Obama and Hillary Clinton")."""
    if len(phrase) < 3 or not (
        is_given_name(phrase[-2].text, alone=False)
        and phrase[-1].kind == "word"
        and phrase[-1].text[:1].isupper()
        and phrase[-1].text.casefold() not in _ORGANISATION_HEADS  # "Santa Clara University"
    ):
        return None
    if any(token.text.casefold() in _BEFORE_A_NAME_IN_A_TITLE for token in phrase[:-2]):
        return None
    start = len(phrase) - 2
    while start > 0 and (
        phrase[start - 1].text[:1].isupper() or is_title_word(phrase[start - 1].text)
    ):
        start -= 1
    if start < len(phrase) - 2 or phrase[start - 1].text in _AND:
        return start
    return None


_ARTICLES: Final = frozenset("a an the un une le la l' ein eine der die el".split())
