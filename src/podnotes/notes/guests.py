"""Guests and hosts in show notes, from candidates and evidence.

Every personal name in a note's introduction is a **candidate** (see
:mod:`podnotes.notes._names`). Each place the note names a candidate gives **evidence**
for or against its being a guest on this episode, language by language where words
matter and from the note's shape where they do not:

==============  ======================================================================
code            the evidence
==============  ======================================================================
``intro``       an introduction before the name ("joined by", "zu Gast", "nous
                recevons", "nuestro invitado"), in English, German, French or Spanish
``with``        a bare "with", "mit", "avec", "con" right before the name
``joins``       an arrival after the name ("joins us", "stops by", "nous rejoint")
``speaks``      the name opens a sentence that says what they tell ("Jane Roe shares",
                "Kristin erzählt von", "Marc nous explique")
``subject``     the name opens a sentence that goes on about it ("Caro hat das gemacht")
``bio``         a sentence that says who it is ("Jane Roe is a developer advocate")
``opening``     named in the note's first 300 characters
``link``        the name is a link's words, or a handle stands beside it
``repeated``    named more than once
``given-name``  the first word is a known given name
``full-name``   a first name and a surname
``title``       named in the episode's title
``feed``        the feed names the person as a guest (``podcast:person``)
``list-item``   (against) named in a list item
``byline``      (against) "by Jane Roe", "par", "por": an author, not a guest
``possessive``  (against) "Jane's": something of hers is meant
``quoted``      (against) "Jane said": a quotation
``host``        a host label before the name ("Hosts: Leo Laporte", "with host Jo Roe"):
                one of the episode's hosts, never a guest
==============  ======================================================================

A candidate's **confidence** is a logistic function of its evidence, with weights fitted
on the labelled corpus by ``scripts/fit_guests.py`` (each show checked with the weights
fitted without it) and kept in :mod:`podnotes.notes._guest_weights`. Guests at or
above :data:`THRESHOLD` are reported, each with its confidence and evidence codes.
Hosts are never guests; the show's hosts come from the same recogniser, so an
organisation ("DPG Media") is never one.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Collection, Container, Iterator, Sequence
from typing import Final

import attrs

from podnotes.errors import SourceError
from podnotes.model import Person
from podnotes.notes._guest_weights import BIAS, THRESHOLD, WEIGHTS
from podnotes.notes._names import (
    CONNECTIVES,
    NOT_NAMES,
    ROLE_WORDS,
    Mention,
    Token,
    common_words,
    employer_start,
    is_generation,
    is_particle,
    is_title_word,
    mentions,
    organisation_start,
    title_start,
    tokens,
)
from podnotes.notes._roster import MAX_PEOPLE, Roster, folded, is_honorific, name_key
from podnotes.notes._text import Anchor

__all__ = [
    "EVIDENCE",
    "THRESHOLD",
    "Candidate",
    "candidates",
    "chosen",
    "find_guests",
    "find_hosts",
    "is_host",
    "names_in",
    "read_guests",
]

#: Every evidence code, in the order a guest's ``evidence`` lists them.
EVIDENCE: Final = (
    "feed", "title", "introduced", "intro", "intro-near", "with", "joins", "speaks",
    "with-host", "title-guest", "subject", "bio", "first", "second", "opening", "early",
    "listed", "link", "repeated",
    "given-name", "fullest", "pronoun", "described",
    "plain-words", "inner-capital", "capitalised-before", "object", "versioned", "determiner",
    "likened", "list-item", "byline", "possessive", "quoted", "host",
)  # fmt: skip

# Shows introduce their guests at the top (within 6,000 characters in the whole
# corpus); later text is links, transcripts and sponsor copy. Reading only this far
# also bounds the cost.
GUEST_REACH: Final = 10_000
#: How much of an episode's title is read for names: more than any real title holds
#: before its description starts.
TITLE_REACH: Final = 300
_OPENING: Final = 300
_EARLY: Final = 1000

# --- the words of evidence, in four languages ----------------------------------------


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    """The phrases of ``text`` ("a|b c"), each also as written without its accents
    ("Seb recoit Eva Faict"): notes typed in a hurry leave them out."""
    phrases = {tuple(phrase.split()) for phrase in text.split("|")}
    return frozenset(phrases | {tuple(map(folded, phrase)) for phrase in phrases})


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, each also as written without its accents."""
    words = text.split()
    return frozenset(words + [folded(word) for word in words])


@functools.cache
def _edge_words(phrases: frozenset[tuple[str, ...]], edge: int) -> frozenset[str]:
    """The first (``edge`` 0) or last (-1) words of ``phrases``: a word that is neither
    starts or ends no phrase, and needs no longer look."""
    return frozenset(phrase[edge] for phrase in phrases)


_INTRO: Final = _phrases(
    # English
    "joined by|joining us|talks with|talk with|talked with|talking with|talks to|talk to|"
    "talked to|sits down with|sit down with|sat down with|speaks with|speak with|"
    "spoke with|speaks to|spoke to|chats with|chat with|chatted with|chatting with|"
    "interview|interviews|interviewed|interviewing|conversation with|guest|guests|"
    "welcome|welcomes|welcomed|welcoming|featuring|feat.|hear from|meet|meets|"
    "alongside|introduces|introducing|presents|visit|visits|catch up with|"
    "catches up with|caught up with|invite|invites|invited|learn from|brings on|"
    "bring on|brought on|bringing on|"
    "update from|news from|"
    # German
    "zu gast|gast|gäste|spricht mit|sprach mit|spreche mit|sprechen mit|gespräch mit|"
    "interview mit|begrüßt|begrüßen|begrüße|trifft|treffen|besucht|besuchen|eingeladen|"
    "unterhalte mich mit|unterhalten uns mit|erzählt uns|"
    # French
    "invité|invitée|invités|invitées|recevons|reçoit|reçois|recevoir|accueille|"
    "accueillons|présente|compagnie de|rencontre|rencontrons|discute avec|"
    "discutons avec|parcours de|interview de|entretien avec|découvrons|"
    # Spanish
    "invitado|invitada|invitados|invitadas|entrevista a|entrevistamos a|"
    "conversamos con|hablamos con|charlamos con|acompaña|recibimos a|presentamos a"
)
_WITH: Final = frozenset({"with", "w/", "mit", "avec", "con", "feat."})
# The introductions that call the person a guest or welcome them ("joined by", "our
# second guest", "zu Gast", "nous recevons"), not those an interviewer may stand after
# too ("talks with Charles Anderson", the host).
_GUEST_WORDS: Final = _phrases(
    "joined by|joining us|guest|guests|welcome|welcomes|welcomed|welcoming|featuring|"
    "feat.|invite|invites|invited|brings on|bring on|brought on|bringing on|"
    # "We talk with": the show's own voice, which interviews; "Sam talks with" may be
    # the guest speaking to the host.
    "we talk with|we talk to|we talked with|we talked to|we speak with|we speak to|"
    "we spoke with|we chat with|we chatted with|we sit down with|we sat down with|"
    "we interview|we interviewed|we meet|we catch up with|we caught up with|"
    "we're talking with|we're talking to|we’re talking with|we’re talking to|"
    "we are talking with|we are talking to|we'll talk with|we’ll talk with|"
    "also talk with|also talked with|also speak with|also spoke with|"
    "i talk with|i talk to|i talked with|i talked to|i speak with|i spoke with|"
    "i chat with|i sit down with|i sat down with|i interview|i interviewed|"
    "i'm talking with|i’m talking with|i am talking with|"
    "wir sprechen mit|wir sprachen mit|ich spreche mit|ich sprach mit|"
    "nous discutons avec|nous parlons avec|hablamos con|conversamos con|entrevistamos a|"
    "zu gast|gast|gäste|begrüßt|begrüßen|begrüße|eingeladen|"
    "invité|invitée|invités|invitées|recevons|reçoit|reçois|recevoir|accueille|accueillons|"
    "invitado|invitada|invitados|invitadas|recibimos a|presentamos a"
)

# The introductions that are no guest words: "talks with" may stand after the guest,
# before the host who interviews.
_OTHER_INTRODUCTIONS: Final = _INTRO - _GUEST_WORDS
# Jobs whose holder interviews: "Reporter Dan Weissmann talked with Richard Cahan".
_INTERVIEWERS: Final = frozenset(
    "reporter reporters producer producers correspondent correspondents interviewer "
    "reporterin producteur productrice reportero reportera".split()
)
# A conversation, whose two sides may be either way round: "Bridget chats with Julia
# Evans", "Tom Bonier talks to Jon about the early vote".
_CONVERSES: Final = _phrases(
    "talks with|talks to|talk with|talk to|talked with|talked to|sits down with|"
    "sit down with|sat down with|speaks with|speaks to|speak with|speak to|spoke with|"
    "spoke to|chats with|chat with|chatted with|catches up with|catch up with|"
    "caught up with|"
    "spricht mit|sprach mit|sprechen mit|discute avec|discutent avec|parle avec|"
    "parlent avec|charla con|habla con|hablan con"
)

_JOINS: Final = _phrases(
    "joins|joined|join|stops by|stopped by|drops by|dropped by|returns|is back|comes on|"
    "came on|is here|ist zu gast|war zu gast|ist gast|ist bei uns|"
    "nous rejoint|rejoint|nous a rejoint|se une|se unió|nos acompaña"
)
# Arrivals of several guests, right after their names only: elsewhere they tell the
# listener what to do ("Artwork by Ann Lee - stop by her shop").
_JOIN_TOGETHER: Final = _phrases("stop by|drop by|come on the show|come on the podcast")
_JOIN_TOGETHER_LENGTHS: Final = frozenset(map(len, _JOIN_TOGETHER))
# Verbs of speaking on the show, right after a name that opens its sentence; each also
# as a list of names says it ("Ann Lee and Bo Chen talk about"). A pronoun of the
# listener may stand before the verb ("Marie nous explique", "Ana nos cuenta").
_SPEAKS: Final = _phrases(
    # Not "talks" alone: "Sam talks with Ann Lee" makes Sam the interviewer.
    "shares|share|tells us|tell us|explains|explain|walks us through|walk us through|"
    "walks through|walk through|talks about|talk about|discusses|discuss|describes|"
    "describe|presents|present|breaks down|break down|dives into|dive into|gives us|"
    "give us|takes us|take us|answers|answer|reflects on|reflect on|recounts|recount|"
    "erzählt|erzählen|berichtet|berichten|spricht über|sprechen über|erklärt|erklären|"
    "nimmt uns mit|nehmen uns mit|"
    "partage|partagent|explique|expliquent|raconte|racontent|présente|présentent|"
    "parle de|parlent de|"
    "cuenta|cuentan|explica|explican|habla de|hablan de|comparte|comparten"
)
# After a pronoun of the listener, verbs that alone may be the interviewer's ("Caroline
# parle avec Jean Dupont") speak to the listener: "Marie nous parle", "nous dévoile".
_SPEAKS_TO_THE_LISTENER: Final = _SPEAKS | _phrases(
    "parle|parlent|dévoile|dévoilent|habla|hablan|spricht|sprechen"
)
# The same verbs before the name, as German, French and Spanish put them when something
# else opens the sentence: "In drei Stunden erzählt Rene", "erzählt mir Florian",
# "nous raconte Marie"; a pronoun of the listener may stand between.
_SPEAKS_BEFORE: Final = _words(
    """erzählt erzählen berichtet berichten erklärt erklären raconte racontent explique
    expliquent présente présentent cuenta cuentan explica explican"""
)
# What a number before it counts, which makes it no version: "Jane Roe 3 years after",
# "2x Olympian", "1 of 3 founders", "20 Uhr", "8pm", "2e partie".
_COUNTED: Final = frozenset(
    """x times time of year years yr yrs month months week weeks day days hour hours hr
    hrs minute minutes min mins am pm part parts episode episodes tips things lessons ways
    reasons million billion thousand percent jahr jahre jahren monat monate monaten
    woche wochen tag tage tagen stunde stunden minute minuten uhr mal teil folge folgen
    an ans mois semaine semaines jour jours heure heures fois partie épisode e er ème
    año años mes meses semana semanas día días hora horas minuto minutos vez veces
    parte""".split()
)
# What an ordinal counts ("2. Teil", "3. Folge"): German writes the ordinal with a stop.
_NUMBERED: Final = frozenset("teil folge staffel kapitel runde".split())
_LISTENER: Final = frozenset("mir uns euch nous vous nos les".split())
_AS: Final = frozenset("as wie so laut comme selon como según".split())
# A name right after a host label is one of the episode's hosts, whom the feed may not
# name: "Hosts: Leo Laporte, Andy Ihnatko", "talks with host Robert Blumen". Not when
# anything else describes the label ("TV host Shelly Miles", "guest host"): guests
# often host shows of their own.
_HOST_LABEL: Final = _phrases(
    "host|hosts|co-host|co-hosts|cohost|your host|our host|your hosts|our hosts|"
    "moderation|moderator|moderatorin|moderiert von|animateur|animatrice|animé par|"
    "animée par|votre hôte|presentador|presentadora|conducido por|anfitrión|anfitriona"
)
_HOST_LABEL_AFTER: Final = frozenset("with and & mit und avec et con y w/".split())
_RELATIVES: Final = frozenset("who der die qui quien que".split())
_COPULAS: Final = frozenset("is was ist war est était es fue works arbeitet travaille".split())
_BYLINE: Final = frozenset({"by", "par", "por", "von"})
_QUOTED: Final = frozenset(
    "said says wrote writes tweeted sagt sagte schreibt dit écrit dice dijo".split()
)
_SPONSOR_HEADING: Final = re.compile(
    r"^[^\n]{0,80}[-–—:(]\s*(?:sponsors?|sponsored by|sponsor)\)?[ \t*]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SECTION_HEADING: Final = re.compile(
    r"^[ \t#*•-]*(?:episode\s+)?(?:links?|show\s*notes|shownotes|resources|sponsors?|"
    r"sponsoren|timestamps|chapters|references|mentioned\s+in\s+(?:this|the)\s+episode|"
    r"picks?|our\s+picks|shameless\s+plugs?|credits|crédits|liens|ressources|enlaces|"
    r"patrocinadores|kapitel|weiterführende\s+links)[ \t*]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A bullet, a number, or a chapter's time ("(1:35:45) Kamala's Interview with Brett Baier"
# names a topic, not a guest).
_LIST_ITEM: Final = re.compile(
    r"[ \t]*(?:[-*•+]|\d{1,3}[.)]|[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?)\s"
)
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ":", ";"})
_PREPOSITIONS: Final = frozenset(
    """on in into for to from about over under via using sur dans pour depuis vers en à
    au aux über auf im für nach aus zum zur unter para desde sobre hacia""".split()
)
# A word before a name that makes it a place, an employer or a topic, which no
# introduction before presents: "talks with us about Elon Musk", "zu Gast bei
# Chaosradio Express ist…".
_OBJECT_BEFORE: Final = (_PREPOSITIONS - {"from"}) | {"bei", "chez"}
_PRONOUNS: Final = frozenset(
    """he she him his her hers himself herself er sie ihm ihn ihr sein seine seiner
    seinen seinem il elle lui ses sa son él ella""".split()
)
# Makers and gatherings whose name before a name makes it a product or an event
# ("Amazon Aurora", "Google Gemini", "AWS Summit Paris"), though none of them is a name.
_MAKERS_AND_GATHERINGS: Final = frozenset(
    "amazon apple google microsoft facebook github linkedin instagram twitter youtube "
    "mastodon summit conference".split()
)
# A conversation, and the possessives that make it a third person's ("his interview
# with…"); not "our" or "my": the show's own is this episode's.
_CONVERSATIONS: Final = frozenset(
    """interview interviews conversation conversations chat chats talk talks gespräch
    gespräche entretien entretiens""".split()
)
# Not "its" ("the show returns with its first interview with…"), nor "ihr", which is
# "you" too ("hört ihr ein Gespräch mit…").
_THEIR: Final = frozenset(
    "his her their sein seine seinem seinen ihre ihrem ihren son sa ses leur leurs".split()
)
# Right before a name, what makes it a thing's or a role's: "The Mac Mini is back", "his
# America Dissected interview", "your Queen shitters". People are introduced with a
# word between: "our guest Jane Roe", "mein Gast Marc". Not "ihr", which is "you" too
# ("heute hört ihr Jane Roe"), nor "son" and "ma", English words too.
_BEFORE_A_THING: Final = frozenset(
    """the your our my his her their unser unsere unserem unseren unserer mein meine
    meinem meinen notre nos votre vos mon nuestro nuestra""".split()
)
# Words that stand where the one word between a possessive and its conversation would,
# and make the possessive somebody else's: "hört ihr ein Gespräch".
_DETERMINERS: Final = frozenset(
    "a an the ein eine einen einem einer das den dem der die un une le la les".split()
)
_OWNER_REACH: Final = 40  # tokens back to the sentence's first name
_PRONOUN_REACH: Final = 30
_INTRO_REACH: Final = 8
_OPENING_WORDS: Final = 4  # a bullet, "Plus", ",": what may stand before a sentence's subject
_JOINS_REACH: Final = 8
_LIST_REACH: Final = 12  # names of a list read past, after a name
_MAX_CANDIDATES: Final = 2 * MAX_PEOPLE


@attrs.frozen
class Candidate:
    """A person the note names, and the evidence (code -> value) that they are a guest."""

    mention: Mention  # the fullest mention, with what was read around it
    evidence: dict[str, float]
    #: The introduced lists ("talks to Alex and Tanu") the person is named in.
    lists: frozenset[int] = frozenset()
    #: Every list of names ("Kim and Cap were in town") the person is named in.
    listed_with: frozenset[int] = frozenset()
    #: Whether an introduction calls the person a guest ("our guest", "joined by"), or
    #: the show's own person interviews them ("Jamaal Bowman talks to Tommy").
    called_a_guest: bool = False
    #: Whether a mention names the person as somebody's ("Elon Musk's biographer").
    possessor: bool = False
    #: Whether the episode title names the person where titles name a guest (see
    #: _title_guests): "Jane Roe: Topic", "Topic w/ Jane Roe", "Topic (Jane Roe, Acme)".
    titled_as_guest: bool = False

    @property
    def confidence(self) -> float:
        return confidence(self.evidence)

    @property
    def person(self) -> Person:
        """The candidate as a guest, without a confidence."""
        return self.as_guest()

    def as_guest(self, score: float | None = None) -> Person:
        mention = self.mention
        return Person(
            name=mention.name,
            role="guest",
            nickname=mention.nickname,
            handle=mention.handle,
            job_title=mention.job_title,
            affiliation=mention.affiliation,
            confidence=None if score is None else round(score, 3),
            evidence=(() if score is None else tuple(filter(self.evidence.get, EVIDENCE))),
        )


def confidence(evidence: dict[str, float]) -> float:
    """The chance, by the fitted weights, that a candidate with ``evidence`` is a guest."""
    total = BIAS + sum(WEIGHTS.get(code, 0.0) * value for code, value in evidence.items())
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, total))))


# --- reading the evidence ------------------------------------------------------------


_TEXT_OF: Final = operator.attrgetter("text")  # of a token


class _Note:
    """A note's introduction, tokenised once, with what every mention is checked against."""

    def __init__(self, text: str, anchors: Sequence[Anchor]) -> None:
        # The introduction ends at the first links, picks, sponsors or credits heading:
        # what follows names people in passing, and is not read.
        headings = [_SECTION_HEADING]
        if "sponsor" in text.casefold():
            # A case-insensitive search is slow in the re module: most notes have no
            # sponsor heading, and the plain test above says so first.
            headings.append(_SPONSOR_HEADING)
        ends = [
            found.start() for pattern in headings if (found := pattern.search(text)) is not None
        ]
        text = text[: min(ends, default=len(text))]
        self.text = text
        self.words = tokens(text)
        # map, not a comprehension: the loop over a note's hundreds of words runs in C.
        self.folded = list(map(str.casefold, map(_TEXT_OF, self.words)))
        self.anchors = [(a.start, a.end) for a in anchors if a.end <= len(text)]
        self.offset = len(text) - len(text.lstrip())

    def sentence_start(self, index: int, *, colon: bool = True, reach: int = 8) -> int:
        """The token index where the sentence holding token ``index`` starts, looking
        back ``reach`` tokens at most (so that a name costs the same however long its
        sentence); with ``colon=False`` a colon does not end one ("Guests: Ann Lee")."""
        floor = max(0, index - reach)
        while index > floor:
            previous = self.words[index - 1]
            if previous.kind == "newline" or (
                previous.text in _SENTENCE_ENDS and (colon or previous.text != ":")
            ):
                break
            index -= 1
        return index

    def phrase_before(
        self, index: int, phrases: frozenset[tuple[str, ...]], reach: int = _INTRO_REACH
    ) -> bool:
        """Whether a phrase ends within ``reach`` tokens before token ``index``, in its
        sentence."""
        return self.phrase_end_before(index, phrases, reach) is not None

    def phrase_end_before(
        self, index: int, phrases: frozenset[tuple[str, ...]], reach: int = _INTRO_REACH
    ) -> int | None:
        """Where the nearest phrase that ends within ``reach`` tokens before token
        ``index``, in its sentence, ends (the token after it); ``None`` if none does."""
        start = self.sentence_start(index, colon=False, reach=reach)
        last_words = _edge_words(phrases, -1)
        for end in range(index, start, -1):
            if self.folded[end - 1] not in last_words:
                continue  # no phrase ends here: most words
            for length in (1, 2, 3, 4):
                if end - length >= start and tuple(self.folded[end - length : end]) in phrases:
                    return end
        return None

    def phrase_after(
        self,
        index: int,
        phrases: frozenset[tuple[str, ...]],
        names: Container[int] = (),
        *,
        past_comma: bool = False,
    ) -> bool:
        """Whether a phrase begins within a few tokens after ``index``, in its clause:
        before the sentence ends, a comma (but the one at ``index`` when ``past_comma``:
        "Delia D'Ambra, is back", "Jane Roe, founder of Acme joins") or the next name
        begins (tokens ``names``: in "Ron DeSantis, Jane Roe joins", Jane Roe's)."""
        first_words = _edge_words(phrases, 0)
        for begin in range(index, min(len(self.words), index + _JOINS_REACH)):
            token = self.words[begin]
            if (
                token.kind == "newline"
                or token.text in (".", "!", "?")
                or (token.text == "," and not (past_comma and begin == index))
                or begin in names
            ):
                return False
            if self.folded[begin] not in first_words or self.folded[begin - 1] == "to":
                continue  # not "Jane Roe wants to join NATO", an aim
            for length in (1, 2, 3):
                if tuple(self.folded[begin : begin + length]) in phrases:
                    return True
        return False

    def after_surroundings(self, mention: Mention, mentioned: dict[int, Mention]) -> int:
        """The token after a name's aside, employer ("from Acme"), apposition
        (", CTO at Acme,") and the names listed with it ("Ann, Bo and Fabian"). Names
        after a comma are a list only when "and" ends it: in "Ann Lee, Bo Chen joins",
        the verb is Bo Chen's alone; and a comma with "and" after a list's first name
        opens a clause: in "Jane Roe, and Bo Chen joins" the verb is Bo Chen's alone."""
        words = self.words
        start, index = mention.first, mention.last
        list_comma = None  # the comma a list of names began at, until "and" ends the list
        listed = 0  # names passed: a list is read so far only, so that each name costs
        # the same however long the list ("Jo Li, Jo Li, ..." thousands of times)
        while index < len(words) and listed < _LIST_REACH:
            token = words[index]
            if token.kind in ("paren", "quoted"):
                index += 1
            elif self.folded[index] in ("from", "of", "at", "bei", "von", "chez", "de"):
                index = organisation_start(words, index + 1)
                while index < len(words) and words[index].text[:1].isupper():
                    index += 1
            elif token.text == "," and index + 1 < len(words):
                following = mentioned.get(index + 1)
                # "Ann Lee, Bo Chen": a list; not "Jane Roe, Barack Obama's speechwriter,"
                if following is not None and not following.possessive:
                    if list_comma is None:
                        list_comma = index
                    index = following.last
                    listed += 1
                elif (
                    self.folded[index + 1] in _AND
                    and index + 2 in mentioned
                    and (listed or self._listed_before(start))
                ):
                    # "Ann Lee, Bo Chen, and Cy Dee"; not "Jane Roe, and Bo Chen joins",
                    # two clauses, as a list of two takes no comma.
                    index = mentioned[index + 2].last
                    list_comma = None
                    listed += 1
                elif (close := self._closing_comma(index + 1)) is not None:
                    index = close + 1
                elif self.folded[index + 1] in _RELATIVES:
                    index += 2  # "Lang Lang, who joins us": the clause is the name's
                else:
                    break
            elif self.folded[index] in _AND and index + 1 in mentioned:
                index = mentioned[index + 1].last
                list_comma = None
                listed += 1
            else:
                break
        return index if list_comma is None else list_comma

    def _listed_before(self, first: int) -> bool:
        """Whether a comma stands before the name at token ``first`` (or its title, or
        its employer's possessive): the name is not the first of its list ("Bo Chen" in
        "Ann Lee, Bo Chen, and Cy Dee"; "Acme's Bo Chen")."""
        lead = title_start(self.words, first)
        if lead == first:
            lead = employer_start(self.words, first)
        return lead > 0 and self.words[lead - 1].text == ","

    def _closing_comma(self, index: int) -> int | None:
        for ahead in range(index, min(len(self.words), index + 12)):
            token = self.words[ahead]
            if token.text == ",":
                return ahead
            if token.kind == "newline" or (token.text in _SENTENCE_ENDS and not self.glued(ahead)):
                return None
        return None

    def glued(self, index: int) -> bool:
        """Whether a word follows token ``index`` with no space: the dot of "Acme.io",
        which ends no sentence."""
        following = index + 1
        return (
            following < len(self.words)
            and self.words[following].kind == "word"
            and self.words[following].start == self.words[index].end
        )

    def pronoun_after(self, index: int) -> bool:
        """Whether a personal pronoun follows within reach: "Caro ... Sie hat sich"."""
        end = min(len(self.words), index + _PRONOUN_REACH)
        return not _PRONOUNS.isdisjoint(self.folded[index:end])

    def in_list_item(self, position: int) -> bool:
        line_start = self.text.rfind("\n", 0, position) + 1
        return _LIST_ITEM.match(self.text, line_start) is not None

    def is_link(self, mention: Mention) -> bool:
        return any(
            start <= mention.start and mention.end <= end and end - start <= len(mention.name) + 3
            for start, end in self.anchors
        )


def _host_label_before(note: _Note, index: int) -> bool:
    """Whether a host label ends right before token ``index``, opening its line,
    sentence or clause ("This week on Ag Update, host Liz Kincaid sits down with ..."),
    after "with" or "and", or anywhere with a colon after it ("Guest: Ann Lee Host:
    Markus"); never after a word that describes it ("guest host: Jo Roe")."""
    end = index - 1 if index > 0 and note.words[index - 1].text == ":" else index
    for length in (2, 1):  # "your host" before "host"
        start = end - length
        if start < 0 or tuple(note.folded[start:end]) not in _HOST_LABEL:
            continue
        previous = note.words[start - 1] if start > 0 else None
        if previous is None or (end != index and not previous.text[:1].islower()):
            return True  # "Host: Markus", a label with its colon; not "guest host: Jo"
        return (
            previous.kind == "newline"
            or previous.text in _SENTENCE_ENDS
            or previous.text == ","
            or note.folded[start - 1] in _HOST_LABEL_AFTER
        )
    return False


def _describes(note: _Note, index: int) -> bool:
    """Whether a job title stands within a few words from token ``index``, before any
    other mark: ", founder of Acme", ", Staff Engineer at Acme"."""
    for position in range(index, min(len(note.words), index + 4)):
        token = note.words[position]
        if token.kind != "word":
            return False
        if is_title_word(token.text):
            return True
    return False


def _plain_words(mention: Mention) -> bool:
    """Whether a word after the first is an ordinary word: "Price Hike", "Pro Tier"."""
    words = common_words()
    return any(part.casefold() in words for part in mention.parts[1:])


# The marks after which an introduction names the people it has described: "we chat
# with the authors of the book: Ann Lee, Bo Chen and Cy Dee", "joined by two of the
# finest minds in podcasting - Ann Lee and Bo Chen".
_COLONS: Final = frozenset(":-–—")
# Words that turn an introduction to its topic, after which a colon opens the topic.
_TOPIC_WORDS: Final = frozenset("about regarding über sur sobre parler discuter hablar".split())
_COLON_INTRO_REACH: Final = 14


def _introduced_before_colon(note: _Note, lead: int, mentioned: dict[int, Mention]) -> bool:
    """Whether the name (with its title, from token ``lead``) follows a colon or a
    dash that ends an introduction's clause, describing whom it introduces: not past a
    topic ("we talk with our panel about the week's news: Donald Trump signed…") nor
    past somebody named ("we chat with Jane and her co-author about the long story of
    their book: Elon Musk…")."""
    colon = lead - 1
    if colon < 1 or note.words[colon].text not in _COLONS:
        return False
    end = note.phrase_end_before(colon, _INTRO, reach=_COLON_INTRO_REACH)
    if end is None:
        return False
    return not any(
        ((named := mentioned.get(index)) is not None and named.given)
        or note.folded[index] in _TOPIC_WORDS
        for index in range(end, colon)
    )


def _object_of_preposition(note: _Note, mention: Mention, lead: int) -> bool:
    """Whether the name (with its title, from token ``lead``) is the object of the
    preposition before it: a topic or a place ("about Elon Musk", "bei Chaosradio
    Express"); after "from" only without a known first name ("from San Francisco", not
    "a guest appearance from Ann Lee")."""
    before = note.folded[lead - 1]
    return before in _OBJECT_BEFORE or (before == "from" and not mention.given)


def _anothers_conversation(
    note: _Note, with_word: int, mentioned: dict[int, Mention], host_starts: Container[int]
) -> bool:
    """Whether the name whose nearest word before it (or its title) is token
    ``with_word`` is the other side of a conversation, or of anything else, that a third
    person's possessive names: "his interview with Katy Perry", "her famous interviews
    with Sarah Palin", "ihrem Gespräch mit…", "his beef with Bud Light", "Trump's call
    with Putin". Not when the sentence's first name is a host's ("Tommy Vietor wraps up
    his interview with Bo Chen": the show's own)."""
    noun = with_word - 1
    if noun < 1 or note.folded[with_word] not in _WITH or note.words[noun].kind != "word":
        return False
    # A name's conversation may be the show's, whose host the feed does not name
    # ("Tucker's interview with Joe Polish"); anything else a name has is its own.
    names_too = note.folded[noun] not in _CONVERSATIONS
    owner = _owner_before(note, noun)
    if owner is None or not _a_third_persons(note, owner, names_too=names_too):
        return False
    start = note.sentence_start(owner, reach=_OWNER_REACH)
    subject = next((index for index in range(start, owner) if index in mentioned), None)
    return subject not in host_starts


def _owner_before(note: _Note, noun: int) -> int | None:
    """The token of the possessive that owns the noun at ``noun``, past one ordinary word
    ("her famous interviews"), the capitalised words of a show's name ("his America
    Dissected interview") and a number's pieces ("his 40-minute interview"), five tokens
    at most; ``None`` past a determiner ("the") or a second ordinary word."""
    plain = 0
    for owner in range(noun - 1, max(noun - 6, -1), -1):
        token = note.words[owner]
        if token.kind == "word":
            if _a_third_persons(note, owner, names_too=True):
                return owner
            if note.folded[owner] in _DETERMINERS:
                return None
            if not token.text[:1].isupper():
                plain += 1
                if plain > 1:
                    return None
        elif token.kind != "other":
            return None
    return None


# Possessives of a time, not of a person: "this week's conversation with Jane Roe".
_TIMES: Final = frozenset(
    """today tonight yesterday tomorrow week weekend month year episode show podcast
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _a_third_persons(note: _Note, index: int, *, names_too: bool) -> bool:
    """Whether token ``index`` is a third person's possessive: "his", "ihrem", "leur",
    or, with ``names_too``, a name's ("Trump's"), not a time's ("Today's") nor a
    contraction ("Let's", "She's")."""
    word = note.folded[index]
    if word in _THEIR:
        return True
    if not names_too:
        return False
    return _somebodys(word) and note.words[index].text[:1].isupper()


def _somebodys(word: str) -> bool:
    """Whether ``word``, lower case, is a possessive that names somebody ("trump's"), not a
    time's ("today's") nor a contraction ("let's", "she's back with")."""
    owner = _owner_of(word)
    return owner is not None and owner not in _TIMES and owner not in _CONTRACTED


def _owner_of(word: str) -> str | None:
    """Who a possessive ("trump's", "trump’s") names as the owner: "trump"; ``None``
    for any other word."""
    owner, mark, suffix = word.rpartition("'") if "'" in word else word.rpartition("’")
    return owner if mark and suffix == "s" else None


def _cites(note: _Note, verb: int) -> bool:
    """Whether the verb of speaking at ``verb`` cites somebody rather than presenting
    them: after a comma or a quotation ("…, erklärt Christine Lagarde"), or after "as"
    ("Como explica Noam Chomsky")."""
    return verb > 0 and (
        note.words[verb - 1].kind in ("quoted", "other")
        or note.words[verb - 1].text == ","
        or note.folded[verb - 1] in _AS
    )


def _opens_sentence(note: _Note, lead: int) -> bool:
    """Whether only a bullet, or a short opening phrase and its comma ("Plus, Jane", "In
    this episode, Jane"), stands before the name (with its title and employer, from token
    ``lead``: "Then, Senator Jane Roe") in its sentence."""
    start = note.sentence_start(lead, reach=_OPENING_WORDS + 1)
    if start < lead - _OPENING_WORDS:
        return False
    before = [t for t in note.words[start:lead] if t.kind != "other"]
    if not before or (len(before) == 1 and before[0].text.casefold() in CONNECTIVES):
        return True  # "Jane Roe joins", "Then Jane Roe joins"
    # A short opening phrase and its comma: "Plus,", "In this episode,", "Dans cet
    # épisode,"; not a list of names ("Ann, Bob, Jane Roe").
    return (
        before[-1].text == ","
        and all(t.kind == "word" for t in before[:-1])
        and all(t.text[:1].islower() for t in before[1:-1])
    )


# What a guest does with the host right after their name: "Emily Bache chats with
# Matty", "Jane Roe joins Matt", "walks Matt and Jessica through"; not what anybody in
# the news does to a host ("Donald Trump attacked Matt").
_WITH_THE_HOST: Final = _CONVERSES | _phrases(
    "joins|joined|join|walks|walk|takes|take|tells|tell|rejoint|rejoignent|begleitet"
)
_WITH_THE_HOST_LENGTHS: Final = frozenset(map(len, _WITH_THE_HOST))


def _host_after(note: _Note, index: int, host_starts: Container[int]) -> bool:
    """Whether a conversation or an arrival (_WITH_THE_HOST) starts at token ``index``
    and a host's name comes right after it: "chats with Matty", "joined Matt and
    Trevor", "walks Matt and Jessica through"."""
    for length in _WITH_THE_HOST_LENGTHS:
        if index + length in host_starts and (
            tuple(note.folded[index : index + length]) in _WITH_THE_HOST
        ):
            return True
    return False


def _next_word_is(note: _Note, index: int, word: str) -> bool:
    return index < len(note.words) and note.folded[index] == word


def _version_after(note: _Note, index: int) -> bool:
    """Whether a version number starts at token ``index`` ("Claude 4", "Gemini 2.5"):
    not a time ("Jane Roe 12:30", "20.15 Uhr"), a list's mark ("Jane Roe 2) Bo Chen"), a
    part ("Interview with Jane Roe 1/2", "2. Teil") nor a count ("3 years after",
    "2x Olympian"). The reader gives each digit and mark a token of its own."""
    words = note.words
    if not (index < len(words) and words[index].kind == "other" and words[index].text.isdigit()):
        return False
    end = index + 1
    # The number goes on with the digits and the marks between them that touch it
    # ("4.5"; not "Claude 4, 2 weeks after").
    while (
        end < len(words)
        and words[end].start == words[end - 1].end
        and (
            (words[end].kind == "other" and words[end].text.isdigit())
            or (
                words[end].text in ".,"
                and end + 1 < len(words)
                and words[end + 1].text.isdigit()
                and words[end + 1].start == words[end].end
            )
        )
    ):
        end += 1
    if end == len(words):
        return True
    after = words[end].text
    if after in (":", ")", "/"):
        return False
    if after == ".":  # "2. Teil"; but "Claude 4. Of course" ends a sentence
        return not (end + 1 < len(words) and note.folded[end + 1] in _NUMBERED)
    if after == "-":  # "3-time champion"
        return not (end + 1 < len(words) and note.folded[end + 1] in _COUNTED)
    return note.folded[end] not in _COUNTED


def _lead(note: _Note, mention: Mention, plain_words: bool) -> int:
    """Where a name's job title and employer begin, if any: what introduces a person
    stands before them ("joined by Surgeon General Vivek Murthy", "with Acme's CTO Jane
    Roe", "with IBM's Olaf Zimmermann"; not "with No Man's Sky", whose name holds
    ``plain_words``)."""
    lead = title_start(note.words, mention.first)
    if lead == mention.first and len(mention.parts) > 1 and not plain_words:
        lead = employer_start(note.words, mention.first)
    return lead


def _evidence(
    note: _Note,
    mention: Mention,
    lead: int,
    plain_words: bool,
    mentioned: dict[int, Mention],
    host_starts: Container[int],
) -> dict[str, float]:
    evidence: dict[str, float] = {}
    before = lead - 1  # the nearest word before the name, or its title
    while before >= 0 and note.words[before].kind == "other":
        before -= 1
    # "…discuss his interview with Katy Perry": somebody else's conversation, not this
    # episode's, presents nobody; nor does one with what a name owns ("we spoke to
    # Donald Trump's son").
    anothers = mention.possessive or _anothers_conversation(note, before, mentioned, host_starts)
    introduced_at = None if anothers else note.phrase_end_before(lead, _INTRO)
    if introduced_at is None and not anothers and _introduced_before_colon(note, lead, mentioned):
        introduced_at = lead - 1  # "we chat with the authors of the book: Ann Lee, …"
    if introduced_at is not None and not (
        introduced_at < lead and _object_of_preposition(note, mention, lead)
    ):
        evidence["intro"] = 1.0
        colon = lead > 0 and note.words[lead - 1].text == ":"
        if colon or note.phrase_before(lead, _INTRO, reach=3):
            evidence["intro-near"] = 1.0  # "talks to Jane", "our first guest: Jane"
    if before >= 0 and note.folded[before] in _WITH and not anothers:
        evidence["with"] = 1.0
    if _host_label_before(note, lead) and mention.affiliation is None:
        # "Hosts: Leo Laporte", "talks with host Robert Blumen"; not "with host Dan
        # Carlin of Hardcore History", a guest's own show.
        evidence["host"] = 1.0
    verb = before - (before >= 1 and note.folded[before] in _LISTENER)
    if before >= 0 and note.folded[verb] in _SPEAKS_BEFORE and not _cites(note, verb):
        evidence["speaks"] = 1.0  # "erzählt mir Florian"
    after = note.after_surroundings(mention, mentioned)
    # The comma right after a name is passed when the name is an apposition itself
    # ("journalist, Delia D'Ambra, is back") or the comma opens its own ("Jane Roe,
    # founder of Acme joins"); not in "Jane Roe, a friend of Bo Chen, joins".
    past_comma = after < len(note.words) and note.words[after].text == ","
    past_comma = past_comma and (
        (mention.first > 0 and note.words[mention.first - 1].text == ",")
        or _describes(note, after + 1)
    )
    if note.phrase_after(after, _JOINS, mentioned, past_comma=past_comma) or any(
        tuple(note.folded[after : after + n]) in _JOIN_TOGETHER for n in _JOIN_TOGETHER_LENGTHS
    ):
        evidence["joins"] = 1.0
    if not mention.possessive and _host_after(note, after, host_starts):
        evidence["with-host"] = 1.0  # "Emily Bache chats with Matty"
    if _opens_sentence(note, lead) and after < len(note.words):
        following = note.words[after]
        if following.kind == "word" and following.text[:1].islower():
            evidence["subject"] = 1.0
            if note.folded[after] in _COPULAS:
                evidence["bio"] = 1.0
            to_the_listener = note.folded[after] in _LISTENER
            verb, verbs = (
                (after + 1, _SPEAKS_TO_THE_LISTENER) if to_the_listener else (after, _SPEAKS)
            )
            # Not after a possessive: "Jane Roe's talk about burnout" is a noun's.
            if not mention.possessive and any(
                tuple(note.folded[verb : verb + n]) in verbs for n in (1, 2, 3, 4)
            ):
                evidence["speaks"] = 1.0  # "Jane Roe shares how", "Marie nous explique"
    if mention.start - note.offset < _OPENING:
        evidence["opening"] = 1.0
    if mention.start - note.offset < _EARLY:
        evidence["early"] = 1.0
    if mention.job_title is not None or mention.affiliation is not None:
        evidence["described"] = 1.0  # "Jane Roe, CTO at Acme": people have jobs
    if mention.handle is not None or note.is_link(mention):
        evidence["link"] = 1.0
    if mention.given:
        evidence["given-name"] = 1.0
    if plain_words:
        evidence["plain-words"] = 1.0
    if any(_inner_capital(part) for part in mention.parts if not is_generation(part)):
        evidence["inner-capital"] = 1.0
    if note.in_list_item(mention.start):
        evidence["list-item"] = 1.0
    if before >= 0 and note.folded[before] in _BYLINE and "intro-near" not in evidence:
        evidence["byline"] = 1.0  # "an article by Jane Roe"; not "joined by Jane Roe"
    elif before >= 0 and note.folded[before] in _PREPOSITIONS and "intro-near" not in evidence:
        evidence["object"] = 1.0  # "sur Athena", "in Kyoto": a thing or a place
    if (
        before >= 0
        and before + 1 == mention.first
        and note.words[before].kind == "word"
        and note.words[before].text[:1].isupper()
        and (
            # "Amazon Polly", even opening its sentence
            note.folded[before] in _MAKERS_AND_GATHERINGS
            or (
                note.folded[before] not in NOT_NAMES  # "Mit Alex", "Der Martin"
                and note.folded[before] not in ROLE_WORDS  # "mit meinem Gast Nadja"
                and not is_title_word(note.words[before].text)  # "Surgeon General Vivek Murthy"
                and note.sentence_start(before, reach=1) != before
            )
        )
    ):
        evidence["capitalised-before"] = 1.0  # "AWS Summit Paris", "Amazon Aurora"
    if not mention.possessive and _version_after(note, mention.last):
        evidence["versioned"] = 1.0  # "Claude 4", "Claude Sonnet 4.5": a product
    if (
        before + 1 == mention.first
        and note.folded[before] in _BEFORE_A_THING
        and note.words[mention.first].text == mention.parts[0]  # not "the Rev. Jo Roe"
    ):
        evidence["determiner"] = 1.0  # "The Mac Mini is back", "your Queen shitters"
        if note.folded[before] == "the" and _next_word_is(note, mention.last, "of"):
            evidence["likened"] = 1.0  # "the Marie Kondo of code, Jane Roe"
    if note.pronoun_after(mention.last):
        evidence["pronoun"] = 1.0
    if mention.possessive:
        evidence["possessive"] = 1.0
    # Right after the name only: past an apposition or an employer, "says" presents the
    # guest's case ("David Treuer, an Ojibwe author and historian, says we can…").
    if mention.last < len(note.words) and note.folded[mention.last] in _QUOTED:
        evidence["quoted"] = 1.0
    return evidence


_SURNAME_PREFIXES: Final = re.compile(
    r"(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Vander|Van|Von|Fitz|de|di|da|du|la|le|van|von)"
)


def _inner_capital(word: str) -> bool:
    """A capital inside a word ("OpenSearch", "FlytEDGE"), as products have and names
    seldom do ("McKenna", "DeVita", "O'Brien", hyphenated parts aside; "JJ", "CJ", "TJ":
    a pair of initials a person goes by)."""
    if len(word) == 2 and word.isupper() and word[1] == "J":
        return False  # not "GE Vernova", "LG Display": those are makers
    for part in word.split("-"):
        prefix = _SURNAME_PREFIXES.match(part)
        rest = part[prefix.end() + 1 :] if prefix else part[1:]
        if _has_upper(rest):
            return True
    return False


def _has_upper(text: str) -> bool:
    # Lower-casing changes an ASCII word only where it has a capital; beyond ASCII,
    # letters such as "𝐀" are upper case and have no lower case, so ask each one.
    if text.isascii():
        return text.lower() != text
    return any(map(str.isupper, text))


@functools.lru_cache(maxsize=64)  # a feed's episodes share their hosts
def _host_names(hosts: tuple[str, ...]) -> tuple[Roster, list[str], _HostKeys]:
    """The hosts as a roster (only read, never added to), their first names, and their
    names' words."""
    keys = [key for key in map(name_key, hosts) if key]
    return Roster(Person(name=host) for host in hosts), [key[0] for key in keys], _HostKeys(keys)


class _HostKeys:
    """The hosts' names' words, looked up by a mention's words rather than compared with
    each host's in turn: a feed may name thousands of people."""

    def __init__(self, keys: list[tuple[str, ...]]) -> None:
        self.whole = frozenset(key for key in keys if len(key) > 1)
        self.surnames: dict[tuple[str, ...], list[str]] = {}  # by the words before them
        for key in self.whole:
            self.surnames.setdefault(key[:-1], []).append(key[-1])


def _host_written_otherwise(mention: Mention, host_keys: _HostKeys) -> bool:
    """A host's full name with a word run into it, or misspelt (the name's words
    compared once for both)."""
    key = name_key(mention.name)
    return _host_run_on(key, host_keys) or _host_misspelt(key, host_keys)


def _host_run_on(key: tuple[str, ...], host_keys: _HostKeys) -> bool:
    """A host's full name with a word run into it: "im Gespräch mit Tim Pritlove Auskunft
    über…" (German writes nouns with a capital)."""
    return any(key[:length] in host_keys.whole for length in range(2, len(key)))


def _host_misspelt(key: tuple[str, ...], host_keys: _HostKeys) -> bool:
    """A host's full name with one letter of a long surname wrong, missing or added, not
    among its last two ("Im Gespräch mit Tim Pritove" in the notes of Tim Pritlove's
    show). Surnames that differ at their end are often two families' (Johnson and
    Johnston, Andersen and Anderson), and short ones are (Meier and Meyer)."""
    return len(key) > 1 and any(
        min(len(surname), len(key[-1])) >= _MISSPELT_SURNAME
        and _one_edit_apart(surname, key[-1])
        and _first_difference(surname, key[-1]) < min(len(surname), len(key[-1])) - 2
        for surname in host_keys.surnames.get(key[:-1], ())
    )


_MISSPELT_SURNAME: Final = 7  # letters at least


def _one_edit_apart(first: str, second: str) -> bool:
    """Whether one letter changed, left out or put in turns one word into the other."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    if len(first) > len(second):
        first, second = second, first
    start = _first_difference(first, second)
    skip = 1 if len(first) == len(second) else 0  # a letter changed, or one put in
    return first[start + skip :] == second[start + 1 :]


def _first_difference(first: str, second: str) -> int:
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    return start


def _host_short_form(mention: Mention, host_first_names: list[str]) -> bool:
    """A single word that shortens or lengthens a host's first name: "Jess" for Jessica,
    "Matty" for Matt."""
    if len(mention.parts) != 1:
        return False
    key = name_key(mention.name)
    word = key[0] if key else ""
    return len(word) >= 3 and any(
        first.startswith(word) or word.startswith(first) for first in host_first_names
    )


# What a list's names share: what stands before the list, and, when "and" closes it,
# what is said after it ("Ann Lee, Bo Chen and Cy Dee join us"). Names parted by commas
# alone may be two clauses: in "a rivalry with Ron DeSantis, Jane Roe joins to talk",
# only Jane Roe joins.
_LISTED_BEFORE: Final = ("intro", "intro-near", "with", "host")
_LISTED_AFTER: Final = ("joins", "speaks", "subject")
_AND: Final = frozenset({"and", "und", "et", "y", "&", "e"})


def _share_in_lists(
    note: _Note, found: list[Mention], leads: list[int], evidence: list[dict[str, float]]
) -> tuple[list[int | None], list[int | None]]:
    """Names listed together ("with Jason Hand (VictorOps), Sasha Rosenbaum, and Peter
    Burkholder") share the evidence of the sentence around the list. Returns, for each
    mention, the list it is in when an introduction names the list (else ``None``), and
    the list it is in, introduced or not (else ``None``)."""
    groups: list[list[int]] = []
    closed_by_and: list[bool] = []  # whether "and" stands before the list's last name
    # Whether a comma and "and" came right after the list's first name: a new clause, as
    # a list of two takes no comma ("… versus Senator David Perdue, and Representative
    # Karen Bass stops by": only Karen Bass stops by). The names stay listed together.
    split: list[bool] = []
    for index, lead in enumerate(leads):
        between = _between_names(note, found[groups[-1][-1]], lead) if groups else None
        with_and = between is not None and any(word in _AND for word in between)
        if between is not None and (with_and or not closed_by_and[-1]):
            groups[-1].append(index)
            split[-1] = split[-1] or (with_and and "," in between and len(groups[-1]) == 2)
            closed_by_and[-1] = with_and and not split[-1]
        else:  # "between Ron DeSantis and Gavin Newsom, Jane Roe joins": a new clause
            groups.append([index])
            closed_by_and.append(False)
            split.append(False)
    introduced: list[int | None] = [None] * len(found)
    listed: list[int | None] = [None] * len(found)
    for number, (group, closed, parted) in enumerate(
        zip(groups, closed_by_and, split, strict=True)
    ):
        _share(group, evidence, _LISTED_BEFORE + _LISTED_AFTER if closed else _LISTED_BEFORE)
        if len(group) > 1 and not parted:
            is_introduced = "intro-near" in evidence[group[0]]
            for index in group:
                listed[index] = number
                if is_introduced:
                    introduced[index] = number
    return introduced, listed


def _called_guests(
    note: _Note, leads: list[int], evidence: list[dict[str, float]], listed: list[int | None]
) -> list[bool]:
    """Whether the note calls each mention a guest ("our second guest is Ann Lee",
    "joined by Ann Lee", "we talk with Ann Lee", "joining us from San Francisco is Ann
    Lee"), or the list the name is in ("joined by Ann Lee, Bo Chen and Cy Dee"). Not
    when another introduction stands between the guest word and the name: "Guest Jane
    Roe speaks with Charles Anderson", the guest word Jane Roe's, the interviewer after."""
    called: list[bool] = []
    for lead, said in zip(leads, evidence, strict=True):
        # Every guest word is an introduction: most names have none before them.
        guest_word = note.phrase_end_before(lead, _GUEST_WORDS) if "intro" in said else None
        called.append(
            guest_word is not None
            and not note.phrase_before(lead, _OTHER_INTRODUCTIONS, reach=lead - guest_word)
        )
    first_of_list: dict[int, int] = {}
    for index, group in enumerate(listed):
        if group is not None:
            first = first_of_list.setdefault(group, index)
            called[index] = called[index] or called[first]
    return called


def _who_interviews(
    note: _Note,
    found: list[Mention],
    evidence: list[dict[str, float]],
    mentioned: dict[int, Mention],
    is_host: list[bool],
) -> list[bool]:
    """Who is presented in a conversation that a name opens. The show's own person,
    who interviews, is the one named by a first name alone: in "Tom Bonier talks to Jon
    about…" (and "Emily Bache chats with Matty") the full name speaks and is interviewed
    (what this returns, for each name), and the first name was introduced by nobody;
    in "Bridget chats with Julia Evans" the one after is presented, as before. Between
    two full names, the one who opens the sentence and talks is presented too ("Ithaca
    Mayor Svante Myrick talks to Jon Favreau"), unless their job is to interview
    ("Reporter Dan Weissmann talked with Richard Cahan"). A known host interviews
    whoever they talk with ("Jane Roe sits down with Malcolm")."""
    index_at = {mention.first: index for index, mention in enumerate(found)}
    interviewed = [False] * len(found)
    for index, mention in enumerate(found):
        if "subject" not in evidence[index] or _first_name_only(mention) or is_host[index]:
            continue
        if mention.job_title and _INTERVIEWERS.intersection(folded(mention.job_title).split()):
            continue
        after = note.after_surroundings(mention, mentioned)
        for length in (2, 3, 4):
            if tuple(note.folded[after : after + length]) in _CONVERSES:
                other = mentioned.get(after + length)
                if other is None or other.first != after + length:
                    break
                evidence[index]["speaks"] = 1.0
                if _first_name_only(other):
                    interviewed[index] = True
                    for interviewer in _first_names_listed(note, other, mentioned):
                        said = evidence[index_at[interviewer.first]]
                        for code in ("intro", "intro-near", "with"):
                            said.pop(code, None)
                break
    return interviewed


def _first_names_listed(
    note: _Note, mention: Mention, mentioned: dict[int, Mention]
) -> Iterator[Mention]:
    """The first name at ``mention`` and those listed right after it: the show's people
    in "John Kerry talks to Jon and Tommy"."""
    while True:
        yield mention
        position = mention.last
        while position < len(note.words) and (
            note.folded[position] in _AND or note.words[position].text == ","
        ):
            position += 1
        following = mentioned.get(position)
        if following is None or position == mention.last or not _first_name_only(following):
            return
        mention = following


def _first_name_only(mention: Mention) -> bool:
    """A first name, with at most initials after it ("Jon", "Jon F.")."""
    return all(len(part.rstrip(".")) == 1 for part in mention.parts[1:])


def _between_names(note: _Note, previous: Mention, lead: int) -> list[str] | None:
    """The words between a name and the next (whose title or employer begins at token
    ``lead``) when only an aside, an employer, a comma or "and" stand there: the names
    are listed together. Else ``None``."""
    position = max(previous.last, previous.after)
    if position < len(note.words) and note.words[position].kind in ("paren", "quoted"):
        position += 1
    between = note.folded[position:lead]
    if 0 < len(between) <= 2 and all(word in _AND or word == "," for word in between):
        return between
    return None


def _share(group: list[int], evidence: list[dict[str, float]], codes: tuple[str, ...]) -> None:
    if len(group) < 2:
        return
    if any("given-name" in evidence[index] for index in group):
        for index in group:
            evidence[index]["listed"] = 1.0  # beside a known first name: a person
    for code in codes:
        if any(code in evidence[index] for index in group):
            for index in group:
                evidence[index][code] = 1.0


#: Evidence against a guest: it holds for a person only when every mention shows it
#: (one mention in the links section does not undo an introduction).
AGAINST: Final = frozenset(
    """plain-words inner-capital capitalised-before object versioned determiner likened list-item
    byline possessive quoted""".split()
)


#: Evidence against from the name's own words: the full name keeps it, whatever a first
#: name alone merged into it shows ("Dell PowerStore", then "with Dell and HPE").
NAME_SHAPE: Final = frozenset({"plain-words", "inner-capital"})


def _merged(into: dict[str, float], evidence: dict[str, float]) -> None:
    """A person's evidence with one more mention's (the same name, or a first name or
    surname alone): the strongest for, the weakest against but the name's shape."""
    for code in AGAINST - NAME_SHAPE:
        if code in into and code not in evidence:
            del into[code]
    for code, value in evidence.items():
        if code not in AGAINST:
            into[code] = max(into.get(code, 0.0), value)


@attrs.define
class _Named:
    """A person while the note is read: the fullest mention, the evidence of every
    mention, and the lists and introductions they are named in."""

    mention: Mention
    evidence: dict[str, float]
    count: int = 1
    lists: set[int] = attrs.Factory(set)  # introduced lists
    listed_with: set[int] = attrs.Factory(set)  # every list of names
    called_a_guest: bool = False
    possessor: bool = False

    def add(self, other: _Named) -> None:
        """Another mention of the same person (or their first name alone)."""
        self.mention = attrs.evolve(
            _richer(self.mention, other.mention),
            start=min(self.mention.start, other.mention.start),
        )
        _merged(self.evidence, other.evidence)
        self.count += other.count
        self.lists |= other.lists
        self.listed_with |= other.listed_with
        self.called_a_guest = self.called_a_guest or other.called_a_guest
        self.possessor = self.possessor or other.possessor


def candidates(
    text: str,
    *,
    hosts: Sequence[str] = (),
    title: str | None = None,
    anchors: Sequence[Anchor] = (),
) -> list[Candidate]:
    """Every person the note's introduction names, hosts left out, with the evidence
    that each is a guest; a first name alone is merged into the full name it starts."""
    note = _Note(text[:GUEST_REACH], anchors)
    found = list(mentions(note.text, note.words))
    plain = [_plain_words(mention) for mention in found]
    leads = [_lead(note, mention, words) for mention, words in zip(found, plain, strict=True)]
    # Each name by the token it starts at, and by the token its title starts at: in
    # "Governor Deval Patrick and Ambassador Samantha Power join us", a list.
    mentioned = {mention.first: mention for mention in found}
    mentioned.update(zip(leads, found, strict=True))
    host_roster, host_first_names, host_keys = _host_names(tuple(hosts))
    is_host = [
        bool(hosts)
        and (
            m.name in host_roster
            or _host_short_form(m, host_first_names)
            or _host_written_otherwise(m, host_keys)
        )
        for m in found
    ]
    host_starts = frozenset(m.first for m, host in zip(found, is_host, strict=True) if host)
    per_mention = [
        _evidence(note, mention, lead, words, mentioned, host_starts)
        for mention, lead, words in zip(found, leads, plain, strict=True)
    ]
    interviewed = _who_interviews(note, found, per_mention, mentioned, is_host)
    in_list, in_any_list = _share_in_lists(note, found, leads, per_mention)
    called = _called_guests(note, leads, per_mention, in_any_list)
    # "Laura Santamaria and Matt dig into", "Matty and Michael Stahnke wax philosophical":
    # named in one list with a host, as the show's own people are.
    host_lists = {group for group, host in zip(in_any_list, is_host, strict=True) if host}
    for mention, evidence, group, host in zip(
        found, per_mention, in_any_list, is_host, strict=True
    ):
        if group is not None and group in host_lists and not host and not mention.possessive:
            evidence["with-host"] = 1.0  # not "Matt and Taylor Swift's new album"
    people: dict[tuple[str, ...], _Named] = {}
    for mention, evidence, group, any_group, is_called, is_interviewed, host in zip(
        found, per_mention, in_list, in_any_list, called, interviewed, is_host, strict=True
    ):
        if host:
            continue
        if len(mention.parts) == 1 and is_honorific(mention.parts[0]):
            continue  # "Uri Brito, Pastor of Providence Church": a title, no name
        named = _Named(
            mention,
            evidence,
            lists={group} if group is not None else set(),
            listed_with={any_group} if any_group is not None else set(),
            called_a_guest=is_called or is_interviewed,
            possessor="possessive" in evidence,
        )
        key = name_key(mention.name)
        known = people.get(key)
        if known is not None:
            known.add(named)
        elif len(people) < _MAX_CANDIDATES:
            people[key] = named
    merged = _merge_partial_names(people)
    read_title = _read_title(title if merged else None)
    title_names = _title_names(read_title)
    title_guests, named_a_guest = (
        _title_guests(read_title) if title_names else (frozenset(), frozenset())
    )
    if title_names:
        for person in merged:
            person.mention = _as_in_title(person.mention, title_names)
    result = []
    ranked = 0  # people with a known given name met so far
    longest = max((len(p.mention.parts) for p in merged if p.mention.given), default=0)
    for person in merged:
        mention, evidence = person.mention, person.evidence
        if mention.given and len(mention.parts) == longest:
            evidence["fullest"] = 1.0  # named as fully as anybody in the note
        if mention.given:
            ranked += 1
            if ranked == 1:
                evidence["first"] = 1.0  # the first person the note names
            elif ranked == 2:
                evidence["second"] = 1.0
        if person.count > 1:
            evidence["repeated"] = 1.0
        if "intro-near" in evidence and ("given-name" in evidence or "listed" in evidence):
            evidence["introduced"] = 1.0  # a person's name right after an introduction

        if title_names and _in_title(mention, title_names.keys()):
            evidence["title"] = 1.0
            if _in_title(mention, named_a_guest):
                evidence["title-guest"] = 1.0  # "Topic (feat. Kim Bost)", "with Jane Roe"
        result.append(
            Candidate(
                mention,
                evidence,
                lists=frozenset(person.lists),
                listed_with=frozenset(person.listed_with),
                called_a_guest=person.called_a_guest,
                possessor=person.possessor,
                titled_as_guest="title" in evidence and _in_title(mention, title_guests),
            )
        )
    return result


#: Evidence no weight outweighs: a person named only as the one who said something
#: ("Linus Torvalds said"), a host, a likeness ("the Marie Kondo of code") is no guest.
VETO: Final = ("quoted", "host", "likened")

#: Evidence that a name is a thing's, unless the notes call it a guest: a version number
#: after it ("Claude 4"; but "mein Gast Marc 5 Tage lang", five days), "the" before it
#: or a possessive ("The Mac Mini is back", "his America Dissected interview"; but "we
#: bring on the Jeremy Kuzmarov").
THINGS: Final = ("versioned", "determiner")


def _a_things_name(candidate: Candidate) -> bool:
    return any(code in candidate.evidence for code in THINGS)


def _called_right_before(candidate: Candidate) -> bool:
    """Whether the notes call the candidate a guest right before its name ("mein Gast
    Marc", "we bring on the Jeremy Kuzmarov"); not a thing the guest talks about after
    ("Our guest Jane Roe reviews the Mac Mini")."""
    return candidate.called_a_guest and "intro-near" in candidate.evidence


#: Evidence that the text presents somebody as a guest; without any, a name (the
#: subject of a story, a person in the news) needs a confidence of UNCUED_FLOOR.
#: ``with-host`` only presents (its weight is 0): beside the host, a name is on the show,
#: but no surer to be a guest than the rest of its evidence says.
CUES: Final = ("feed", "intro", "with", "joins", "speaks", "with-host", "title-guest", "link")
UNCUED_FLOOR: Final = 0.9


def _cued(candidate: Candidate) -> bool:
    """Whether the text presents the candidate as a guest: one of CUES, or the episode
    title names them where titles name a guest and a sentence of the notes opens with
    them ("Jenny Odell on How to Do Nothing", then "Jenny Odell has a radical idea"):
    that is the title's choice, which no score near UNCUED_FLOOR should decide."""
    evidence = candidate.evidence
    return any(code in evidence for code in CUES) or (
        candidate.titled_as_guest and "subject" in evidence
    )


#: Evidence that presents a guest beyond doubt: once a full name has it (or the notes
#: call them a guest), a name with none of CUES is no guest (see chosen()). Not "intro"
#: nor "with": the one after "talks with" may be the host who interviews ("Jane Roe
#: talks with Jon Favreau"); the one who opens it speaks (see _who_interviews).
PRESENTS: Final = ("feed", "joins", "speaks")

#: A candidate below the threshold whose introduced list holds a guest is one too, if
#: its confidence reaches this: "Pascal talks to Alex and Tanu", Tanu a name nobody
#: listed.
LISTED_FLOOR: Final = 0.4


def chosen(found: Sequence[Candidate], scores: Sequence[float], threshold: float) -> list[bool]:
    """Which candidates are guests: those scoring at least ``threshold``, and the others
    named in the same introduced list as one of them (scoring at least LISTED_FLOOR);
    of those with none of CUES, only the title's and those listed with a guest when
    another guest is presented (PRESENTS)."""
    accepted = [score >= threshold for score in scores]
    guest_lists: set[int] = set()
    for candidate, ok in zip(found, accepted, strict=True):
        if ok:
            guest_lists |= candidate.lists
    result = [
        (ok or (score >= LISTED_FLOOR and bool(candidate.lists & guest_lists)))
        and not any(code in candidate.evidence for code in VETO)
        and not (_a_things_name(candidate) and not _called_right_before(candidate))
        and (score >= UNCUED_FLOOR or _cued(candidate))
        for candidate, score, ok in zip(found, scores, accepted, strict=True)
    ]
    # Once the notes present a guest by their full name ("Congresswoman Katie Porter
    # joins"), a name they present in no way is somebody talked about ("Governor Gavin
    # Newsom keeps his job"), unless the title names them (and the notes do not name them
    # as somebody's: "we talk with Elon Musk's biographer") or they are listed with the
    # guest. A first name may be the host's, who interviews ("talks to Jon").
    presented = [
        ok
        and not _first_name_only(candidate.mention)
        and (candidate.called_a_guest or any(code in candidate.evidence for code in PRESENTS))
        for candidate, ok in zip(found, result, strict=True)
    ]
    if not any(presented):
        return result
    their_lists = frozenset().union(
        *(c.listed_with for c, p in zip(found, presented, strict=True) if p)
    )
    return [
        ok
        and (
            any(code in c.evidence for code in CUES)
            or ("title" in c.evidence and not c.possessor)
            or bool(c.listed_with & their_lists)
        )
        for c, ok in zip(found, result, strict=True)
    ]


def _richer(known: Mention, mention: Mention) -> Mention:
    """The mention that says more (nickname, handle, title, affiliation) of the two."""
    return attrs.evolve(
        known,
        nickname=known.nickname or mention.nickname,
        handle=known.handle or mention.handle,
        job_title=known.job_title or mention.job_title,
        affiliation=known.affiliation or mention.affiliation,
    )


def _merge_partial_names(people: dict[tuple[str, ...], _Named]) -> list[_Named]:
    """A first name alone ("Sven") merged into the one full name it starts ("Sven
    Meyer"), in the earlier one's place; else a surname alone ("Walker says") into the
    one full name it ends that starts with a known first name and was named before it
    ("William J. Walker")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for key in people:
        if len(key) > 1:
            by_first.setdefault(key[0], []).append(key)
            by_last.setdefault(key[-1], []).append(key)
    kept: list[_Named] = []
    for key in sorted(people, key=lambda key: people[key].mention.start):
        person = people[key]
        fuller = by_first.get(key[0], []) if len(key) == 1 else []
        if len(key) == 1 and not fuller:
            # Only into a name named before it ("Today Harris joins us to discuss Kamala
            # Harris" names two people) that starts with a known first name: "Danny" is
            # no surname of "Erlebnisbericht Danny", a word glued to a first name.
            fuller = [
                full
                for full in by_last.get(key[0], [])
                if people[full].mention.given and people[full].mention.start < person.mention.start
            ]
        if len(fuller) > 1:
            continue  # "Ann" after "Ann Lee and Ann Smith": one of them, but which
        if len(fuller) == 1:
            people[fuller[0]].add(person)
            continue
        kept.append(person)
    return sorted(kept, key=lambda person: person.mention.start)


@attrs.frozen
class _Title:
    """An episode's title read once: its tokens, the names it writes, and the names its
    asides write ("(feat. Kim Bost)")."""

    words: list[Token]
    written: list[Mention]
    in_asides: list[tuple[list[Token], Mention]]  # each name with its aside's tokens


def _read_title(title: str | None) -> _Title:
    if not title:
        return _Title([], [], [])
    words = tokens(title)
    in_asides: list[tuple[list[Token], Mention]] = []
    for aside in words:
        if aside.kind == "paren":
            aside_words = tokens(aside.text)
            in_asides.extend((aside_words, m) for m in mentions(aside.text, aside_words))
    return _Title(words, list(mentions(title, words)), in_asides)


def _title_names(title: _Title) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The names the episode's title writes, in its asides too: each one's key and its
    words."""
    in_asides = (mention for _, mention in title.in_asides)
    return {name_key(m.name): m.parts for m in (*title.written, *in_asides)}


# The words after which a title names its guest ("Topic with Jane Roe", "w/", "feat.")
# and the separators before the guest's part of it ("Topic | Jane Roe", "Topic: Jane Roe").
_TITLE_GUEST_WORDS: Final = frozenset(
    "with w w/ feat. feat featuring ft guest guests avec mit con".split()
)
# Of those, the ones a possessive before makes somebody's ("God's Covenant with Noah"),
# and the ones that are also a name's word ("MIT", "Comic Con").
_TITLE_WITH: Final = frozenset("with mit avec con".split())
_TITLE_WITH_AS_A_WORD: Final = frozenset("mit con".split())
# Separators name a guest only in a title that named nobody before them: in "John Rich:
# Donald Trump, Tariffs and Eminem" the second name is a topic.
_TITLE_SEPARATORS: Final = frozenset("| : ; – — -".split())
# What joins the names of a list: "w/ Ann Lee, Bo Chen & Cy Dee".
_LIST_JOINS: Final = _AND | {","}
# What may come before a guest's name at the start of a title: "#12 –", "Episode 5:".
_TITLE_NUMBERING: Final = frozenset("episode ep folge épisode episodio no nr".split())
_QUOTES: Final = frozenset("\"“”„«»'‘’")


def _title_guests(
    title: _Title,
) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The keys (``name_key``) of the names the title writes where titles name their
    guest: at its start after the episode's number ("#12 – Jane Roe: Topic"), after a
    word of _TITLE_GUEST_WORDS or one of _TITLE_SEPARATORS, or in an aside ("(feat. Kim
    Bost)", "(Weston Nakamura, Forward Guidance)"); never as somebody's ("Liz Cheney's
    Crimes"). Not a name the title is about ("The Origin Story of Kamala Harris").
    Second, those of them a guest word names ("with Jane Roe", "(feat. Kim Bost)"):
    a position alone may hold the topic ("SERIAL KILLER: Dellen Millard")."""
    words = title.words
    keys = set()
    named = set()  # after a guest word
    listed_after = -1  # where a list of guests could go on: "w/ Ann Lee, Bo Chen & Cy Dee"
    list_named = False  # whether a guest word opened that list
    named_before = False  # whether a person's name came first ("John Rich: Donald Trump")
    for mention in title.written:
        if mention.possessive:
            named_before = named_before or mention.given
            listed_after = -1
            continue
        if listed_after >= 0 and all(
            word.text.casefold() in _LIST_JOINS for word in words[listed_after : mention.first]
        ):
            keys.add(name_key(mention.name))
            if list_named:
                named.add(name_key(mention.name))
            listed_after = mention.last
            continue
        listed_after = -1
        before, word = _word_before_name(words, mention.first)
        if (
            word in _TITLE_GUEST_WORDS
            or (word in _TITLE_SEPARATORS and not named_before)
            or _only_numbering(words[: before + 1])
        ):
            keys.add(name_key(mention.name))
            list_named = _names_a_guest(words, before, word)
            if list_named:
                named.add(name_key(mention.name))
            listed_after = mention.last
        named_before = named_before or mention.given
    for aside, in_aside in title.in_asides:
        if in_aside.possessive:
            continue
        keys.add(name_key(in_aside.name))
        before, word = _word_before_name(aside, in_aside.first)
        if _guest_word_at(aside, 0) in _TITLE_GUEST_WORDS or _names_a_guest(aside, before, word):
            # "(feat. Kim Bost & Cap Watkins)", "(Interview with Jane Roe)"
            named.add(name_key(in_aside.name))
    return frozenset(keys), frozenset(named)


def _word_before_name(words: Sequence[Token], first: int) -> tuple[int, str]:
    """The word a title's name at token ``first`` comes after, past its honorifics and
    titles ("with Dr. Manny Lopez", "Pastor Ed Newton on Purpose"), and its index: the
    guest word before a colon ("Guest: Jane Roe")."""
    before = first - 1
    while before >= 0 and (is_honorific(words[before].text) or is_title_word(words[before].text)):
        before -= 1
    word = _guest_word_at(words, before)
    if word == ":" and _guest_word_at(words, before - 1) in _TITLE_GUEST_WORDS:
        before -= 1
        word = _guest_word_at(words, before)
    return before, word


def _names_a_guest(words: Sequence[Token], before: int, word: str) -> bool:
    """Whether the guest word ``word`` at ``before`` names the one after it as a guest:
    not "with" after what somebody has ("God's Covenant with Noah")."""
    return word in _TITLE_GUEST_WORDS and not (
        word in _TITLE_WITH and _somebodys_before(words, before)
    )


def _somebodys_before(words: Sequence[Token], index: int) -> bool:
    """Whether what stands right before the word at ``index`` is somebody's: a
    possessive one or two words before it ("God's Covenant with", "Trump's Long Call
    with", "his Beef with"); not a contraction ("Let's Talk with") nor a time's
    ("Today's Show with")."""
    for owner in (index - 2, index - 3):
        if owner < 0 or words[owner].kind != "word":
            continue
        word = words[owner].text.casefold()
        if word in _THEIR or _somebodys(word):
            return True
    return False


# Words before "'s" that make a contraction, not a possessive: "Let's Talk with".
_CONTRACTED: Final = frozenset("it let what that here there who he she where how".split())


def _written_as_a_guest_word(words: Sequence[Token], index: int) -> bool:
    """Whether "mit" or "con" at ``index`` is written as the word ("Krieg mit", "Mit Caro
    in der Antarktis", "Cena con"), not as a name ("MIT", "Comic Con")."""
    text = words[index].text
    return text.islower() or (index == 0 and text[:1].isupper() and text[1:].islower())


def _guest_word_at(words: Sequence[Token], index: int) -> str:
    """The word at ``index``, case-folded ("w/", two tokens, as one); "" before the
    title, and for "MIT" and "Comic Con", names rather than "mit" and "con"."""
    if index < 0 or index >= len(words):
        return ""
    word = words[index].text.casefold()
    if word == "/" and index >= 1:
        return words[index - 1].text.casefold() + "/"
    if word == "." and index >= 1 and words[index - 1].text.casefold() == "ft":
        return "ft"  # "Topic ft. Jane Roe": the reader gives its full stop a token
    if word in _TITLE_WITH_AS_A_WORD and not _written_as_a_guest_word(words, index):
        return ""
    return word


def _only_numbering(words: Sequence[Token]) -> bool:
    """Whether the title's words are only its number and marks ("#12 –", "Ep. 5:"); not
    a quotation's start ('"Will Trump Cost Mitch the Senate?"')."""
    return all(
        word.text.casefold() in _TITLE_NUMBERING
        if word.kind == "word"
        else word.kind in ("other", "mark") and word.text not in _QUOTES
        for word in words
    )


def _as_in_title(mention: Mention, title_names: dict[tuple[str, ...], tuple[str, ...]]) -> Mention:
    """A first name alone, written as the one title name it starts: "Kim and Cap were in
    SF" in the notes, "feat. Kim Bost & Cap Watkins" in the title; not as a name run into
    an ordinary word ("Representative Johnson Goes to Washington")."""
    if len(mention.parts) != 1:
        return mention
    first = name_key(mention.name)[0]
    fuller = [
        parts
        for key, parts in title_names.items()
        if len(key) > 1
        and key[0] == first
        and key[-1] not in common_words()
        and not is_particle(key[-1])
    ]
    return attrs.evolve(mention, parts=fuller[0]) if len(fuller) == 1 else mention


def _in_title(mention: Mention, title_keys: Collection[tuple[str, ...]]) -> bool:
    key = name_key(mention.name)
    return any(key == known or (len(key) == 1 and known[:1] == key) for known in title_keys)


_WORD: Final = re.compile(r"[^\W\d_]+")


def _folded_words(text: str) -> set[str]:
    return set(_WORD.findall(folded(text)))


def _as_the_title_says(
    found: Sequence[Candidate], accepted: list[bool], title: str, threshold: float
) -> list[bool]:
    """When the episode's title names a guest ("#12 – Jane Roe: Compilers"), the guests
    are the people it names, a word of whose name it holds ("Roe & Lee"), who are listed
    with them ("Kim and Cap were in town"), or whom the notes call a guest or who arrive
    ("our second guest is Ann Lee", "Ann Lee joins us"). Anybody else is a person the
    notes talk about ("the book she wrote with Ann Lee") or the host who interviews
    ("Jane Roe talks with Ann Lee"), not a guest.

    Only a title name the notes make a guest without the title decides, and not one they
    also name as somebody's ("Elon Musk's biographer Ann Lee"): one the title makes a
    guest may be what the episode is about ("Donald Trump indicted", with "Donald Trump
    was indicted on Thursday. We talk with Ann Lee about the charges.")."""
    if not any(ok and "title" in c.evidence for c, ok in zip(found, accepted, strict=True)):
        return accepted  # most titles name no guest: nothing to decide
    untitled = [
        attrs.evolve(c, evidence={code: v for code, v in c.evidence.items() if code != "title"})
        for c in found
    ]
    without_title = chosen(untitled, [c.confidence for c in untitled], threshold)
    deciding = [
        ok and "title" in c.evidence and guest_anyway and not c.possessor
        for c, ok, guest_anyway in zip(found, accepted, without_title, strict=True)
    ]
    if not any(deciding):
        return accepted
    title_lists = frozenset().union(
        *(c.listed_with for c, decides in zip(found, deciding, strict=True) if decides)
    )
    # A word of the title matches a name; not an initial, a particle or an ordinary word
    # ("Will", "Long"), nor the first name of a guest the title names ("Jane Roe:
    # Compilers" keeps no Jane Smith).
    ordinary = common_words()
    first_names = {
        key[0] for c in found if "title" in c.evidence and len(key := name_key(c.mention.name)) > 1
    }
    title_words = {
        word
        for word in _folded_words(title)
        if len(word) > 1
        and word not in ordinary
        and not is_particle(word)
        and word not in first_names
    }
    return [
        ok
        and (
            "title" in c.evidence
            or "joins" in c.evidence
            # Not "joined by New York Times bestselling author…", read as "York Times".
            or (c.called_a_guest and "capitalised-before" not in c.evidence)
            or bool(c.listed_with & title_lists)
            or not title_words.isdisjoint(_folded_words(c.mention.name))
        )
        for c, ok in zip(found, accepted, strict=True)
    ]


def _title_start(title: str) -> str:
    """The first TITLE_REACH characters of ``title``, cut between words ("Maria Lo" would
    read as a name)."""
    if len(title) <= TITLE_REACH or title[TITLE_REACH].isspace():
        return title[:TITLE_REACH]
    words = _UP_TO_THE_LAST_SPACE.match(title, 0, TITLE_REACH)
    return words.group(1) if words else title[:TITLE_REACH]


_UP_TO_THE_LAST_SPACE: Final = re.compile(r"(.*)\s", re.DOTALL)


def find_guests(
    text: str,
    *,
    hosts: Sequence[str] = (),
    title: str | None = None,
    anchors: Sequence[Anchor] = (),
    threshold: float = THRESHOLD,
) -> tuple[Person, ...]:
    """The guests a note introduces, in order of appearance, hosts left out: each
    candidate whose confidence is at least ``threshold``."""
    return read_guests(text, hosts=hosts, title=title, anchors=anchors, threshold=threshold)[0]


def read_guests(
    text: str,
    *,
    hosts: Sequence[str] = (),
    title: str | None = None,
    anchors: Sequence[Anchor] = (),
    threshold: float = THRESHOLD,
) -> tuple[tuple[Person, ...], dict[tuple[str, ...], str]]:
    """The guests, as :func:`find_guests` finds them, and the people the note names
    prominently, by key (``name_key``) with the name as written: the guests, and every
    candidate scoring at least ``threshold`` whatever else its evidence says
    (introduced or not, quoted or labelled a host). Those named in episode after episode
    are a feed's regulars (a crew the notes list without an introduction: "Daniel, Jack
    and Lord Gribas are back")."""
    if title is not None and not isinstance(title, str):
        raise SourceError(f"an episode's title is a str, not {type(title).__name__}")
    title = _title_start(title) if title else None
    found = candidates(text, hosts=hosts, title=title, anchors=anchors)
    scores = [candidate.confidence for candidate in found]
    accepted = chosen(found, scores, threshold)
    if title:
        accepted = _as_the_title_says(found, accepted, title, threshold)
    guests = [
        candidate.as_guest(score)
        for candidate, score, ok in zip(found, scores, accepted, strict=True)
        if ok
    ]
    prominent = {name_key(guest.name): guest.name for guest in guests}
    for candidate, score in zip(found, scores, strict=True):
        if score >= threshold:
            prominent.setdefault(name_key(candidate.mention.name), candidate.mention.name)
    return tuple(guests[:MAX_PEOPLE]), prominent


# --- hosts ---------------------------------------------------------------------------

_HOST_CUES: Final = _phrases(
    "hosted by|presented by|your host|your hosts|our host|our hosts|host|hosts|"
    "moderiert von|moderation|präsentiert von|animé par|présenté par|présentée par|"
    "votre hôte|presentado por|conducido por|tu anfitrión|con la conducción de|"
    "will interview|interviews"
)


def find_hosts(text: str) -> tuple[Person, ...]:
    """The hosts a show's description names ("hosted by Jane Roe", "Meta engineer
    Pascal Hartig will interview developers"): names with a known given name only, so
    never an organisation."""
    note = _Note(text[:GUEST_REACH], ())
    found = list(mentions(note.text, note.words))
    mentioned = {mention.first: mention for mention in found}
    hosts = Roster()
    for mention in found:
        if not mention.given or len(mention.parts) < 2 or mention.possessive:
            continue
        after = note.after_surroundings(mention, mentioned)
        if note.phrase_before(mention.first, _HOST_CUES, reach=4) or note.phrase_after(
            after, _HOST_CUES
        ):
            hosts.add(Person(name=mention.name, role="host", nickname=mention.nickname,
                             handle=mention.handle))  # fmt: skip
    return tuple(hosts.people)


def is_host(name: str, hosts: Sequence[str]) -> bool:
    """Whether ``name`` names one of ``hosts``: in full, or by the first name alone."""
    return name in Roster(Person(name=host) for host in hosts)


_MAX_NAMES_TEXT: Final = 100 * MAX_PEOPLE


def names_in(text: str) -> tuple[Person, ...]:
    """The people ``text`` consists of ("Scott Tolinski and Wes Bos"), one at least with
    a known given name, and the others full names ("Kelly McCarren and Kee Reece
    Searles"); else ``()`` ("DPG Media", a network's name, is nobody).

    A text of more than :data:`~podnotes.notes._roster.MAX_PEOPLE` names is no list of
    a show's people.
    """
    if len(text) > _MAX_NAMES_TEXT:
        return ()  # more than any list of a show's people
    words = tokens(text)
    found = list(mentions(text, words))
    if not found or len(found) > MAX_PEOPLE or not any(m.given for m in found):
        return ()
    covered: set[int] = set()
    for mention in found:
        covered.update(range(mention.first, mention.last))
    rest = [t for i, t in enumerate(words) if i not in covered]
    if any(t.kind == "word" and t.text.casefold() not in _AND for t in rest):
        return ()
    unknown = [m for m in found if not m.given]
    if unknown and (
        # Beside a known name, a full name of no ordinary word, in a list ("Kelly
        # McCarren and Kee Reece Searles"); not "Jane Roe | Pushkin Industries".
        any(t.kind != "word" and t.text not in _LIST_JOINS for t in rest)
        or any(
            len(m.parts) < 2 or any(part.casefold() in common_words() for part in m.parts)
            for m in unknown
        )
    ):
        return ()
    return tuple(Person(name=m.name, nickname=m.nickname, handle=m.handle) for m in found)
