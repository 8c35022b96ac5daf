"""What a guest carries besides a name (issue 11): job title and affiliation apart from
the name, a nickname only where the text marks one, a confidence with its evidence
codes; the title's evidence; the feed's guests; hosts that are never organisations."""

from __future__ import annotations

import subprocess
import sys

import pytest

import podnotes
from podnotes.notes._names import _another_person, tokens
from podnotes.notes.guests import EVIDENCE, THRESHOLD, candidates


def _names_read(text: str) -> list[str]:
    """The names of the note's candidates, in order."""
    return [candidate.mention.name for candidate in candidates(text)]


def _evidence_by_name(text: str) -> dict[str, dict[str, float]]:
    """Each candidate's evidence, by the name it reads."""
    return {candidate.mention.name: candidate.evidence for candidate in candidates(text)}


@pytest.mark.parametrize(
    ("text", "name", "job_title", "affiliation"),
    [
        ("We chat with Acme's CTO and co-founder Jane Roe about databases.",
         "Jane Roe", "CTO and co-founder", "Acme"),
        ("An update from PipeWire developer Jane Roe on audio.",
         "Jane Roe", "developer", "PipeWire"),
        ("Our guest Jane Roe (Microsoft) explains WSL.", "Jane Roe", None, "Microsoft"),
        # A plural possessive is an employer too.
        ("Then Axios' Jim Lee joins us to talk about media.", "Jim Lee", None, "Axios"),
        ("Then Axios’ reporter Jim Lee joins us.", "Jim Lee", "reporter", "Axios"),
        ("Nous recevons Louise Frion, directrice technique chez Doctolib.",
         "Louise Frion", "directrice technique", "Doctolib"),
        ("Wes and Scott talk with the creator of Wordle, Josh Wardle.",
         "Josh Wardle", "creator", "Wordle"),
        ("A reporter for Politico, Jane Roe joins us.", "Jane Roe", "reporter", None),
        # The description before the comma is its last title and the words close to it.
        ("In this episode, our reporter sits down with the editor in chief, Jane Roe.",
         "Jane Roe", "editor in chief", None),
        # Public offices before a name, with the place or party before them.
        ("Today we talk with Senator Jane Roe about the farm bill.",
         "Jane Roe", "Senator", None),
        ("Ohio Congresswoman Maria Lopez joins us to talk about housing.",
         "Maria Lopez", "Congresswoman", "Ohio"),
        ("Green Party Strategist Tom Becker joins the show.",
         "Tom Becker", "Strategist", "Green Party"),
        ("Acme Co-Founders Jane Roe joins us to talk about the company.",
         "Jane Roe", "Co-Founders", "Acme"),
        ("Wir sprechen mit Bürgermeisterin Anna Schmidt über Radwege.",
         "Anna Schmidt", "Bürgermeisterin", None),
        ("Sergeant Jane Roe joins us to talk about the army.", "Jane Roe", "Sergeant", None),
        # Ranks, party labels and two-word offices; a title word is no capitalised
        # product word before the name ("Amazon Aurora"), which would count against it.
        ("Retired Colonel Maria Lopez joins us to talk about the army.",
         "Maria Lopez", "Colonel", None),
        ("Democrat Tom Becker joins us to talk about the vote.", "Tom Becker", "Democrat", None),
        ("Then Attorney General Maria Lopez joins to talk about her lawsuit.",
         "Maria Lopez", "Attorney General", None),
        ("Then Boston Mayor Anna Schmidt joins to talk about buses.",
         "Anna Schmidt", "Mayor", "Boston"),
        # A compound's last part makes it a title.
        ("Wir sprechen mit Linux-Entwicklerin Anna Schmidt über Treiber.",
         "Anna Schmidt", "Linux-Entwicklerin", None),
        # A possessive of several words right before a name is where they work or come
        # from; a title's employer is no name.
        ("Then the Nevada Independent's Jon Ralston joins us to talk about the vote.",
         "Jon Ralston", None, "Nevada Independent"),
        ("Listen in to a conversation with San Antonio's Diana Barrios Trevino.",
         "Diana Barrios Trevino", None, "San Antonio"),
        # An organisation's name is read whole, its last word an organisation's.
        ("Then The New York Times' Jon Ralston joins us to talk about the vote.",
         "Jon Ralston", None, "New York Times"),
        ("We talk with The Washington Post's Ann Lee about the race.",
         "Ann Lee", None, "Washington Post"),
        # An employer after the name, past its article.
        ("We talk with Ann Lee from the BBC about radio.", "Ann Lee", None, "BBC"),
        # A capitalised article is the name's own.
        ("We talk with Ann Lee of The Atlantic about the race.", "Ann Lee", None, "The Atlantic"),
        # Not in German, where every noun is capitalised: a place, not an employer.
        ("Wir sprechen mit Anna Schmidt von der Straße.", "Anna Schmidt", None, None),
        ("Then Lincoln Project Executive Director Fred Wellman joins us.",
         "Fred Wellman", "Executive Director", "Lincoln Project"),
        ("Heute mit Schriftsteller Peter Glaser über Medien.", "Peter Glaser", "Schriftsteller",
         None),
        # Chosen, not yet in office: still a title.
        ("Then Congresswoman-elect Ilhan Omar joins us to talk about the vote.",
         "Ilhan Omar", "Congresswoman-elect", None),
        ("Then Chef Jose Andres joins us to talk about relief.", "Jose Andres", "Chef", None),
        # Ordinary words before the title are no employer; "U.S." is written as it is.
        ("Former Governor Jerry Brown joins us to talk about water.",
         "Jerry Brown", "Governor", None),
        ("Former U.S. Ambassador Jane Roe joins us to talk about trade.",
         "Jane Roe", "Ambassador", "U.S."),
        ("Today's Speaker Jane Roe joins us to talk about trade.", "Jane Roe", "Speaker", None),
        # A title after the name is its job title too.
        ("Tom Becker Political Commentator joins us to talk about the vote.",
         "Tom Becker", "Political Commentator", None),
    ],
)  # fmt: skip
def test_job_title_and_affiliation_stay_out_of_the_name(
    text: str, name: str, job_title: str | None, affiliation: str | None
) -> None:
    (guest,) = podnotes.extract(text, hosts=["Wes", "Scott"]).guests
    assert (guest.name, guest.job_title, guest.affiliation) == (name, job_title, affiliation)
    assert guest.nickname is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An honorific before a second name starts that name.
        ("Our guest is Tom Becker Dr. Tom Becker, who built the database.", "Tom Becker"),
        # A title after the name, and the ordinary words before the title, are not the name.
        ("Tom Becker Political Commentator joins us to talk about the vote.", "Tom Becker"),
        # Title case writes little words with a capital: they end a name.
        ("Tom Becker As Chief Of Staff joins us to talk about the vote.", "Tom Becker"),
        # An initial is no honorific ("M." is also Monsieur), nor a given name ("Don").
        ("This week Jane M. Roe joins us to talk about Rust.", "Jane M. Roe"),
        ("We talk with Tracy Don Smith about Rust.", "Tracy Don Smith"),
        ("Meet Pastor Ruth Okafor of Grace Church, who joins us this week.", "Ruth Okafor"),
        ("Meet Cardinal Ruth Okafor of Grace Church, who joins us this week.", "Ruth Okafor"),
        # A heading run into its paragraph repeats the name: the name ends there.
        ("Guest: Tom Becker Tom Becker is a developer who built the database.", "Tom Becker"),
        # A clerical word or an office that is also a name stays one.
        ("This week Joey Bishop joins us to talk about comedy.", "Joey Bishop"),
        ("This week Deacon Jones joins us to talk about football.", "Deacon Jones"),
        ("We talk with historian Adrienne Mayor about ancient myths.", "Adrienne Mayor"),
        ("My guest this week is the pianist Lang Lang, who joins us from Beijing.", "Lang Lang"),
        # A role word starts no name, but a surname may be one.
        ("Heute zu Gast: Johannes Gast, der von seiner Reise erzählt.", "Johannes Gast"),
        # A generation's numeral is part of a name; capitals alone are not ("NASA").
        ("This week Martin Luther King III joins us to talk about voting.",
         "Martin Luther King III"),
        # A surname with its particle joined on; "Comrade" is a title.
        ("We talk with Neil deGrasse Tyson about the stars.", "Neil deGrasse Tyson"),
        ("We talk with Comrade Booker Omole about the party.", "Booker Omole"),
        # An honorific alone is no name.
        ("This week we talk with Uri Brito, Pastor at Grace Church, about worship.",
         "Uri Brito"),
        # French particles, "des" too.
        ("This week we talk with Jim des Rivieres about API design.", "Jim des Rivieres"),
        # Words before a title word, with no known first name, begin the title.
        ("Today we talk with Galen Chase, Regional Vice President of the Stock Growers.",
         "Galen Chase"),
        # After a known first name the title word only ends the name.
        ("This week Dr. Jane Roe Professor at Yale joins us.", "Jane Roe"),
    ],
)  # fmt: skip
def test_a_name_ends_where_a_title_or_another_name_begins(text: str, name: str) -> None:
    (guest,) = podnotes.extract_guests(text)
    assert guest.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "York Times" is no name of its own: the run began at "New", a place's first word.
        ("He is unstable in the New York Times and Ann Lee's new book.", ["Ann Lee"]),
        ("Her work has appeared in The New York Times and Wired.", []),
        # Another word before the name begins no longer run: a sentence's first word, an
        # employer's possessive, a job title.
        ("Meet Emily Post, who joins us.", ["Emily Post"]),
        ("We are joined by Bloomberg's Billy House to talk about Congress.", ["Billy House"]),
        ("Im Gespräch mit Bestsellerautorin Silas House.", ["Silas House"]),
        ("We discuss the new Silas House novel.", ["Silas House"]),
        # Read again from its second word after a first name, a band's name is no name.
        ("We talk with Zac Brown Band frontman Zac Brown.", ["Zac Brown"]),
    ],
)
def test_a_name_that_ends_a_newspapers_name_is_the_newspaper(text: str, names: list[str]) -> None:
    assert _names_read(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A group's last word ends no person's name.
        ("This week we talk with Tea People about tea.", []),
        ("We watch films by the Soska Sisters with Ann Lee.", ["Ann Lee"]),
        # "Brothers" and "Band" are surnames too, after a first name; not after "the".
        ("We talk with Joyce Brothers and the Blues Brothers.", ["Joyce Brothers"]),
        ("We talk with Joyce D. Brothers, and then the Coen Brothers.", ["Joyce D. Brothers"]),
        ("We talk with Charles Band about his horror films.", ["Charles Band"]),
        # A kind of band is no man called Rock.
        ("We played Rock Band all night with Ann Lee.", ["Ann Lee"]),
        ("We talk with Florian Du Boys.", ["Florian Du Boys"]),
    ],
)
def test_a_groups_name_is_no_persons(text: str, names: list[str]) -> None:
    assert _names_read(text) == names


def test_an_honorific_makes_no_surname_an_organisations_word() -> None:
    # "Dr." is no word of the name: "Emily Post" stays a person, and the introduction
    # reaches her.
    guests = podnotes.extract_guests("We talk with Dr. Emily Post about etiquette.")
    assert [guest.name for guest in guests] == ["Emily Post"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An organisation's word inside a run of capitals: no person's name.
        (
            "Lincoln Project Communications Director Ryan Wiggins joins us.",
            ["Ryan Wiggins"],
        ),
        ("This week we visit the Franklin Project Archive with Ann Lee.", ["Ann Lee"]),
        # An organisation's word first, and the word after it: the organisation's name.
        ("Diese Woche sind wir zu Gast im Museum Ludwig in Köln.", []),
        ("Heute zu Gast: Museum Ludwig Direktor Yilmaz Dziewior.", ["Yilmaz Dziewior"]),
        # Not a full name, a job title or a linking word after it.
        ("Zu Gast im Museum Udo Kittelmann.", ["Udo Kittelmann"]),
        ("Project Coordinator Ann Lee joins us.", ["Ann Lee"]),
        ("School Choice With Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
    ],
)
def test_an_organisations_word_inside_a_run_makes_it_no_name(text: str, names: list[str]) -> None:
    assert _names_read(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A heading run into its text: a full name, then another's first name.
        (
            "Guest: Ellen Gottensdiener and Mary Gorman Ellen Gottensdiener and Mary Gorman"
            " talk with Neil Maiden.",
            ["Ellen Gottensdiener", "Mary Gorman", "Neil Maiden"],
        ),
        # Not a first name that stands as a middle or last name.
        ("We talk with Hillary Rodham Clinton today.", ["Hillary Rodham Clinton"]),
        ("We talk with Mary Beth Post about her book.", ["Mary Beth Post"]),
        ("We talk with Ferdinand Romualdez Marcos Jr. today.", ["Ferdinand Romualdez Marcos Jr."]),
        ("We talk with Mohammed bin Salman Al Saud today.", ["Mohammed bin Salman Al Saud"]),
        # But a place named after a person is no person.
        ("We talk with Betsy Ross House curator Ann Lee.", ["Ann Lee"]),
        ("We spoke with Martin Luther King Church pastor Ann Lee.", ["Ann Lee"]),
        ("We visit the Andrew Jackson House with Ann Lee.", ["Ann Lee"]),
        ("We visit Martin Luther King Church with Ann Lee.", ["Ann Lee"]),
    ],
)
def test_a_first_name_after_a_full_name_starts_another(text: str, names: list[str]) -> None:
    assert sorted({c.mention.name for c in candidates(text)}) == sorted(names)


@pytest.mark.parametrize(
    ("text", "name", "employer"),
    [
        ("We talk with Goya Foods CEO and Pres. Bob Unanue.", "Bob Unanue", None),
        # The title word may be written in lower case; the employer is the name's.
        ("We sit down with Mortal Kombat co-creator Ed Boon to discuss games.", "Ed Boon",
         "Mortal Kombat"),
        ("Josh sits down with O.J. Simpson prosecutor Marcia Clark.", "Marcia Clark",
         "O.J. Simpson"),
    ],
)  # fmt: skip
def test_capitalised_words_before_a_title_word_are_no_name(
    text: str, name: str, employer: str | None
) -> None:
    # "Goya Foods" starts with no known first name, and a title word follows it, then a
    # name: the title's employer, no name of its own, nor any of its words.
    found = [c for c in candidates(text) if c.mention.name != "Josh"]
    assert [c.mention.name for c in found] == [name]
    if employer is not None:
        assert found[0].mention.affiliation == employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A first name the lexicon does not know is no sign of a title.
        ("This week we talk with Sundar Pichai CEO of Google about AI.", "Sundar Pichai"),
        ("We talk with Yuval Noah Harari Author of Sapiens.", "Yuval Noah Harari"),
        # A title word in lower case begins no title here.
        ("Guests: Bo Chen, Tolu Adeyemi editor at Acme.", "Tolu Adeyemi"),
        # A short word before a full stop is no title's abbreviation, and "and" before a
        # first name makes a list.
        ("We talk with Tolu Adeyemi CEO of Meta. Jane Roe co-hosts.", "Tolu Adeyemi"),
        ("We talk with Sundar Pichai CEO and Jane Roe CTO of Google.", "Sundar Pichai"),
        # Nor a known first name inside the run before the title ("Meet" opens it), an
        # honorific before a lower-case title, nor a verb (a title word's plural).
        ("Meet Ann Lee producer Bo Chen.", "Ann Lee"),
        ("Featuring Dr. Ann Lee director Bo Chen.", "Ann Lee"),
        ("We talk with Dr. Ayo Bello director Jane Roe.", "Ayo Bello"),
        ("Priyanka Sharma leads Ann Lee through a meditation.", "Priyanka Sharma"),
    ],
)
def test_a_name_before_a_title_word_stays_a_name(text: str, name: str) -> None:
    assert name in _names_read(text)


@pytest.mark.parametrize(
    ("text", "name", "nickname"),
    [
        ('Today we talk with Robert "Bob" Tanaka about testing.', "Robert Tanaka", "Bob"),
        ("Today we talk with Jennifer L. (Jen) Okafor about testing.", "Jennifer L. Okafor", "Jen"),
        ("Today we talk with Alan Pope (popey) about snaps.", "Alan Pope", "popey"),
        ("Today we talk with Jane Roe (Microsoft) about WSL.", "Jane Roe", None),
        # Quotes inside a name mark a nickname whatever it says; parentheses there
        # mark one only when they hold a short form, and are otherwise skipped.
        ('Danny "the Irish guy" Roe joins us to talk about Doom.', "Danny Roe", "the Irish guy"),
        ("Today we talk with Jane (the cook) Roe about soup.", "Jane Roe", None),
    ],
)
def test_a_nickname_is_only_what_the_text_marks_as_one(
    text: str, name: str, nickname: str | None
) -> None:
    (guest,) = podnotes.extract(text).guests
    assert (guest.name, guest.nickname) == (name, nickname)


def test_every_guest_has_a_confidence_above_the_threshold_and_its_evidence() -> None:
    text = "Pascal sits down with Ishwari and Joe. Joe is a production engineer."
    guests = podnotes.extract(text, hosts=["Pascal Hartig"]).guests
    assert [guest.name for guest in guests] == ["Ishwari", "Joe"]
    for guest in guests:
        assert guest.confidence is not None
        assert 0 <= guest.confidence <= 1
        assert guest.evidence
        assert set(guest.evidence) <= set(EVIDENCE)
    joe = guests[1]
    assert joe.confidence is not None
    assert joe.confidence >= THRESHOLD
    assert {"intro", "bio", "given-name"} <= set(joe.evidence)
    # Ishwari is not in the lexicon: listed beside Joe, in the same introduction.
    assert "given-name" not in guests[0].evidence
    assert "listed" in guests[0].evidence


def test_the_threshold_trades_recall_for_precision() -> None:
    text = "Then we hear how Maria Lopez and the team at Acme fixed it."
    everyone = podnotes.notes.guests.find_guests(text, threshold=0.0)
    strict = podnotes.notes.guests.find_guests(text, threshold=0.99)
    assert len(strict) <= len(everyone)
    assert all(guest.confidence is not None and guest.confidence >= 0.99 for guest in strict)


def test_the_episode_title_is_evidence() -> None:
    text = "A conversation about compilers, with Maria Lopez."
    without = podnotes.extract(text).guests
    with_title = podnotes.extract(text, title="#12 – Maria Lopez: Compilers").guests
    assert [g.name for g in with_title] == ["Maria Lopez"]
    assert "title" in with_title[0].evidence
    assert "title" not in without[0].evidence
    assert with_title[0].confidence is not None
    assert without[0].confidence is not None
    assert with_title[0].confidence > without[0].confidence


def test_a_title_is_cut_between_words() -> None:
    cut = podnotes.notes.guests._title_start
    reach = podnotes.notes.guests.TITLE_REACH
    assert cut("Compilers") == "Compilers"
    assert cut("x" * (reach - 4) + " Maria Lopez") == "x" * (reach - 4)
    assert cut("x" * reach + " Maria") == "x" * reach
    assert cut("x" * (reach + 10)) == "x" * reach


def test_a_title_is_a_string() -> None:
    with pytest.raises(podnotes.SourceError, match="title"):
        podnotes.extract("Notes.", title=12)  # type: ignore[arg-type]
    with pytest.raises(podnotes.SourceError, match="title"):
        podnotes.notes.guests.find_guests("Notes.", title=b"T")  # type: ignore[arg-type]


def test_only_a_titles_start_is_read_for_names() -> None:
    text = "A conversation about compilers, with Maria Lopez."
    reach = podnotes.notes.guests.TITLE_REACH
    for title, read in (("Compilers. " * 25, True), ("Compilers. " * 30, False)):
        assert (len(title) + len("Maria Lopez") <= reach) == read
        (guest,) = podnotes.extract(text, title=title + "Maria Lopez").guests
        assert ("title" in guest.evidence) == read


@pytest.mark.parametrize(
    ("title", "guests"),
    [
        # The title writes in full, in an aside too, the first names the notes use.
        ("27: Socialist Design (feat. Kim Bost & Cap Watkins)", ["Kim Bost", "Cap Watkins"]),
        ("Design with Kim Bost", ["Kim Bost", "Cap"]),
        # Not a first name run into an ordinary word, nor a name cut at its particle.
        ("Kim Goes to Washington", ["Kim", "Cap"]),
        ("Design (feat. Cap De With)", ["Kim", "Cap"]),
    ],
)
def test_the_title_writes_a_first_name_in_full(title: str, guests: list[str]) -> None:
    text = "Last week Kim and Cap were in town and dropped by to record an episode."
    assert [g.name for g in podnotes.extract(text, title=title).guests] == guests


_CO_AUTHOR = "A conversation with Jane Roe about the book she wrote with Ann Lee."


@pytest.mark.parametrize(
    ("text", "title", "guests"),
    [
        # The title names the guest: the co-author the notes mention is none.
        (_CO_AUTHOR, "Jane Roe: Books", ["Jane Roe"]),
        (_CO_AUTHOR, "#4 Books (feat. Jane Roe)", ["Jane Roe"]),
        # A title that names nobody decides nothing.
        (_CO_AUTHOR, "On Books", ["Jane Roe", "Ann Lee"]),
        # A word of the name in the title keeps it ("Jane Roe & Lee").
        (_CO_AUTHOR, "Jane Roe & Lee: Books", ["Jane Roe", "Ann Lee"]),
        # A guest who joins, or whom the notes call a guest, is one, named in the title
        # or not.
        (
            "A conversation with Jane Roe about testing. Later Ann Lee joins to talk about "
            "her book.",
            "Jane Roe on Testing",
            ["Jane Roe", "Ann Lee"],
        ),
        (
            "A conversation with Jane Roe about compilers. Our second guest is Ann Lee.",
            "Jane Roe on Compilers",
            ["Jane Roe", "Ann Lee"],
        ),
        # Listed, but not with the title's guest.
        (
            "A conversation with Jane Roe about the book she wrote with Ann Lee and Bo Chen.",
            "Jane Roe: Books",
            ["Jane Roe"],
        ),
        # Initials, particles, ordinary words and the title guest's first name match no
        # name; accents do not matter.
        (_CO_AUTHOR.replace("Ann Lee", "Will Lee"), "Jane Roe: Will AI write books?", ["Jane Roe"]),
        (_CO_AUTHOR.replace("Ann Lee", "Ann J. Lee"), "Jane Roe: Plan J", ["Jane Roe"]),
        (_CO_AUTHOR.replace("Ann Lee", "Ann di Berg"), "Jane Roe: Arte di Roma", ["Jane Roe"]),
        (_CO_AUTHOR.replace("Ann Lee", "Jane Smith"), "Jane Roe: Books", ["Jane Roe"]),
        (_CO_AUTHOR.replace("Ann Lee", "Ann van Berg"), "Jane Roe: van Gogh", ["Jane Roe"]),
        (
            _CO_AUTHOR.replace("Ann Lee", "Ann Muller"),
            "Jane Roe & Müller",
            ["Jane Roe", "Ann Muller"],
        ),
        # A name the title alone makes a guest is what the episode is about: it decides
        # nothing; nor does one the notes name only as somebody's (whom an introduction
        # of what they own does not present: "we talk with Elon Musk's biographer").
        # "talks with us about Elon Musk" introduces the listener, not Elon Musk.
        (
            "Reporter Ann Lee talks with us about Elon Musk and his purchase of Twitter.",
            "Elon Musk buys Twitter",
            ["Ann Lee"],
        ),
        (
            "Donald Trump was indicted on Thursday. We talk with Ann Lee about the charges.",
            "Donald Trump indicted",
            ["Donald Trump", "Ann Lee"],
        ),
        (
            "This week we talk with Elon Musk's biographer Ann Lee.",
            "Elon Musk: the biography",
            ["Ann Lee"],
        ),
        (
            "This week we talk with Elon Musk's biographer Ann Lee about Elon Musk.",
            "Elon Musk: the biography",
            ["Ann Lee"],
        ),
        (
            "Elon Musk bought Twitter in 2022. This week we talk with Elon Musk's biographer. "
            "Ann Lee, his editor, explains how the book was made.",
            "Elon Musk: the biography",
            ["Ann Lee"],
        ),
        # Interviewed by the show's own person (a first name alone) is presented too.
        (
            "Mehdi Hasan joins Jon to discuss the town hall in Cincinnati. Then, Equis "
            "Research co-founder Stephanie Valencia talks to Jon about immigration.",
            "Both Sides (with Mehdi Hasan)",
            ["Mehdi Hasan", "Stephanie Valencia"],
        ),
        # A guest word reaches its name across names, places and employers between them.
        (
            "A conversation with Jane Roe about compilers. Our second guest is Barack "
            "Obama's former speechwriter Ann Lee.",
            "Jane Roe: Compilers",
            ["Jane Roe", "Ann Lee"],
        ),
        (
            "A conversation with Jane Roe about compilers. Joining us from San Francisco is "
            "Ann Lee.",
            "Jane Roe: Compilers",
            ["Jane Roe", "Ann Lee"],
        ),
        (
            "Join us as we welcome Johnson County 4H members Sawyer Kolb, Dallas Hepp, and "
            "Grace Bassett! They share the details of the carnival.",
            "Ag Update – Johnson County 4H Carnival",
            ["Sawyer Kolb", "Dallas Hepp", "Grace Bassett"],
        ),
        (
            "A conversation with Jane Roe about compilers. We're talking with Ann Lee too.",
            "Jane Roe: Compilers",
            ["Jane Roe", "Ann Lee"],
        ),
        # The guest word is the guest's own, not the interviewer's after it.
        (
            "Guest Jane Roe speaks with Charles Anderson about compilers.",
            "Jane Roe: Compilers",
            ["Jane Roe"],
        ),
        # A guest word before a list calls all of it; "we talk with" is one.
        (
            "A conversation with Jane Roe. We are joined by Ann Lee of Mozilla, Bo Chen of "
            "Google and Cy Dee.",
            "Jane Roe: Compilers",
            ["Jane Roe", "Ann Lee", "Bo Chen", "Cy Dee"],
        ),
        (
            "A conversation with Jane Roe about compilers. Later we talk with Ann Lee about Rust.",
            "Jane Roe: Compilers",
            ["Jane Roe", "Ann Lee"],
        ),
        # What is said of a first name is said of the full name it starts.
        (
            "Last week Kim and Cap were in town and dropped by to record an episode.",
            "Design systems (feat. Kim Bost)",
            ["Kim Bost", "Cap"],
        ),
        (
            "This week Jun Rao joins us to talk about Kafka. Then Jun and Bo Chen explain how "
            "they built it.",
            "Jun Rao on Kafka",
            ["Jun Rao", "Bo Chen"],
        ),
        (
            "A conversation with Jane Roe about compilers. Our second guest is Ann. Ann Lee "
            "works at Mozilla.",
            "Jane Roe: Compilers",
            ["Jane Roe", "Ann Lee"],
        ),
        # A name glued to a capitalised word is no guest for a guest word before it.
        (
            "Host Reed Galen is joined by New York Times Cybersecurity Reporter and Author of "
            "This is How They Tell Me the World Ends, Nicole Perlroth. They discuss the "
            "current state of our nation's cybersecurity.",
            "This is How They Tell Me the World Ends with Nicole Perlroth",
            ["Nicole Perlroth"],
        ),
        # The rule keeps out nobody the notes keep out already.
        (
            'A conversation with Jane Roe about Rust. "Rust is great," Linus Torvalds said.',
            "Jane Roe & Torvalds",
            ["Jane Roe"],
        ),
    ],
)
def test_a_title_that_names_a_guest_names_the_guests(
    text: str, title: str, guests: list[str]
) -> None:
    assert [g.name for g in podnotes.extract(text, title=title).guests] == guests


@pytest.mark.parametrize(
    "text",
    [
        "Le cloud souverain, la migration et les coûts : Seb reçoit Eva Faict pour en parler.",
        "Nach Island, Norwegen und Schweden: heute erzählt mir Eva Faict von ihrer Reise.",
    ],
)
def test_an_introduction_written_without_its_accents_still_introduces(text: str) -> None:
    for written in (text, text.replace("ç", "c").replace("ä", "a")):
        assert [g.name for g in podnotes.extract(written, hosts=["Seb Roe"]).guests] == [
            "Eva Faict"
        ]


@pytest.mark.parametrize(
    ("title", "guests"),
    [
        # A guest word in the title presents the guest the notes name without a cue.
        ("Senate Design Overcommittee (feat. Noah Stokes)", ["Noah Stokes"]),
        ("Senate Design Overcommittee with Noah Stokes", ["Noah Stokes"]),
        ("Senate Design Overcommittee w/ Noah Stokes", ["Noah Stokes"]),
        ("Senate Design Overcommittee w/ Ann Lee & Noah Stokes", ["Noah Stokes"]),
        ("Senate Design Overcommittee (w/ Noah Stokes)", ["Noah Stokes"]),
        ("Senate Design Overcommittee (Interview with Noah Stokes)", ["Noah Stokes"]),
        ("Senate Design Overcommittee | Guest: Noah Stokes", ["Noah Stokes"]),
        ("Senate Design Overcommittee ft. Noah Stokes", ["Noah Stokes"]),
        ("Ausschüsse mit Noah Stokes", ["Noah Stokes"]),
        # A contraction or a time's is nobody's.
        ("Let's Talk Design with Noah Stokes", ["Noah Stokes"]),
        ("Today's Show with Noah Stokes", ["Noah Stokes"]),
        # "MIT" and "Comic Con" are names, not "mit" and "con".
        ("MIT Noah Stokes", []),
        ("Comic Con Noah Stokes", []),
        ("Senate Design Overcommittee (MIT Noah Stokes)", []),
        # A place alone may hold the topic; and "with" after what somebody has.
        ("Senate Design Overcommittee (Noah Stokes, Acme)", []),
        ("Noah Stokes: Senate Design Overcommittee", []),
        ("God's Covenant with Noah Stokes", []),
        ("Sermons (God's Covenant with Noah Stokes)", []),
        ("Trump's Long Call with Noah Stokes", []),
        ("Senate Design Overcommittee", []),
    ],
)
def test_a_guest_word_in_the_title_presents_the_guest(title: str, guests: list[str]) -> None:
    text = "Design committees are hard, and we hear why Noah Stokes likes snails."
    assert [g.name for g in podnotes.extract(text, title=title).guests] == guests


_NEWSOM = "Governor Gavin Newsom keeps his job as the recall goes down in flames"


@pytest.mark.parametrize(
    ("text", "title", "guests"),
    [
        # Katie Porter joins: Gavin Newsom, presented in no way, is the news.
        (f"{_NEWSOM}, and Congresswoman Katie Porter joins to talk about it.", None,
         ["Katie Porter"]),
        # Unless the title names him.
        (f"{_NEWSOM}, and Congresswoman Katie Porter joins to talk about it.",
         "Gavin Newsom on the recall", ["Gavin Newsom", "Katie Porter"]),
        # Called a guest is presented too.
        (f"{_NEWSOM}. Our guest is Ann Lee, who covers the state.", None, ["Ann Lee"]),
        # A first name alone may be the host's: it decides nothing.
        (f"{_NEWSOM}, and Katie joins to talk about it.", None, ["Gavin Newsom", "Katie"]),
        # Listed with the guest: named together, presented together.
        ("Jane Roe and Bo Chen have a new book out, and Bo Chen joins us to talk about it.",
         None, ["Jane Roe", "Bo Chen"]),
    ],
)  # fmt: skip
def test_once_the_notes_present_a_guest_a_name_they_do_not_present_is_no_guest(
    text: str, title: str | None, guests: list[str]
) -> None:
    assert [g.name for g in podnotes.extract(text, title=title).guests] == guests


def test_each_name_of_a_list_reads_past_the_list_to_its_verb() -> None:
    # "Dustin Collins, and Nathen Harvey": the comma and "and" after a list's second name
    # go on with the list, so the host after it stands beside each of its names.
    text = "Andy Burgin, Dustin Collins, and Nathen Harvey join Matt to talk about meetups."
    found = candidates(text, hosts=["Matt Stratton"])
    assert all("with-host" in candidate.evidence for candidate in found)
    assert len(found) == 3


@pytest.mark.parametrize(
    "text",
    [
        # The show's people, by first names, interview the full name who talks to them:
        # one or a list of them, after a title and "former" too.
        "Then former Secretary of State John Kerry talks to Jon about the Iran Deal.",
        "Then former Secretary of State John Kerry talks to Jon and Tommy about the deal.",
        "Then John Kerry talks to Jon, Dan and Tommy about the Iran Deal.",
        # Past the employer and its article; the news named before is no guest.
        "Mike Bloomberg buys himself a lot of attention. Then John Kerry of the Nevada "
        "Independent talks to Jon F. about the caucus.",
    ],
)
def test_a_full_name_who_talks_to_first_names_is_the_guest(text: str) -> None:
    assert [guest.name for guest in podnotes.extract_guests(text)] == ["John Kerry"]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # Legislators' titles are job titles, not words of a name or a thing's.
        ("Plus, Representative Katie Porter stops by the studio.", "Katie Porter"),
        ("Then Virginia State Delegate Danica Roem joins to talk about her race.", "Danica Roem"),
        # And a soldier's: no name of its own ("Green Beret"), the guest after it.
        ("Our interview with retired Green Beret Lt. Col. Tony Aguilar.", "Tony Aguilar"),
        ("We talk with Texas Ranger Ann Lee about the border.", "Ann Lee"),
    ],
)
def test_a_legislators_or_soldiers_title_stays_out_of_the_name(text: str, guest: str) -> None:
    (found,) = podnotes.extract_guests(text)
    assert found.name == guest
    assert found.job_title is not None
    assert found.job_title in text.split(guest)[0]


@pytest.mark.parametrize(
    "text",
    [
        # A rank that is a surname too is a title only before a name.
        "We talk with Jeremy Seal about his book on Turkey.",
        "Our guest is country singer Brady Seals.",
        "This week we are joined by Kim Ranger, a wildlife biologist.",
        "Zu Gast ist Helmut Kurator, Historiker aus Köln.",
    ],
)
def test_a_surname_that_is_a_rank_too_stays_a_name(text: str) -> None:
    assert len(podnotes.extract_guests(text)) == 1


@pytest.mark.parametrize(
    ("text", "hosts", "guests"),
    [
        # A known host interviews whoever they talk with.
        ("Jane Roe sits down with Malcolm to discuss his new album.", ["Jane Roe"],
         ["Malcolm"]),
        ("This week, Jane Roe talks to Ann about her new book on gardening.", ["Jane Roe"],
         ["Ann"]),
    ],
)  # fmt: skip
def test_a_host_who_talks_with_somebody_interviews_them(
    text: str, hosts: list[str], guests: list[str]
) -> None:
    assert [g.name for g in podnotes.extract(text, hosts=hosts).guests] == guests


@pytest.mark.parametrize(
    "text",
    [
        "GameSpot's Kallie Plagge and Michael Higham drop by with more on Fire Emblem.",
        "Campaign advisers Rebecca Katz and Kipp Hebert stop by to tell us about the win.",
        "Then Kallie Plagge and Michael Higham come on the show for a conversation.",
    ],
)
def test_several_guests_arrive_together(text: str) -> None:
    guests = podnotes.extract(text).guests
    assert len(guests) == 2
    assert all("joins" in guest.evidence for guest in guests)


@pytest.mark.parametrize(
    "text",
    [
        "Theme music by Ann Lee - stop by her Bandcamp page for more.",
        "Our editor is Ann Lee; stop by and say hi on Mastodon.",
    ],
)
def test_stop_by_elsewhere_than_after_the_names_is_no_arrival(text: str) -> None:
    assert podnotes.extract(text).guests == ()


def test_a_possessive_before_a_name_is_an_employer_only_before_a_known_first_name() -> None:
    # The title names Charlie Sheen, not a "Craziest Hollywood" who works for him.
    text = "Charlie Sheen on tiger blood and sobriety."
    (sheen,) = candidates(text, title="Charlie Sheen’s Craziest Hollywood Stories")
    assert sheen.mention.name == "Charlie Sheen"
    assert "title" in sheen.evidence


def test_a_chain_of_possessives_is_read_one_at_a_time() -> None:
    # Each possessive would read the name after it, and that one the next: thousands deep.
    guests = podnotes.extract("Ann Lee's " * 1500 + "Bo Chen joins us.").guests
    assert "Bo Chen" not in [g.name for g in guests]


def test_the_feeds_guests_are_certain() -> None:
    feed = b"""<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>
    <title>T</title><item><title>E</title><description>About compilers.</description>
    <podcast:person role="guest">Ada Byron</podcast:person></item></channel></rss>"""
    podcast = podnotes.parse(feed)
    (guest,) = podnotes.episode_notes(podcast.episodes[0], podcast).guests
    assert (guest.name, guest.confidence, guest.evidence) == ("Ada Byron", 1.0, ("feed",))


@pytest.mark.parametrize(
    ("author", "hosts"),
    [
        ("DPG Media", []),
        ("NPR", []),
        ("The Changelog", []),
        ("Scott Tolinski and Wes Bos", ["Scott Tolinski", "Wes Bos"]),
        ("Daniel Büchele", ["Daniel Büchele"]),
        # A full name nobody listed is a person beside a known one, not alone.
        ("Kelly McCarren and Kee Reece Searles", ["Kelly McCarren", "Kee Reece Searles"]),
        ("Kee Reece Searles", []),
        ("Kelly McCarren and Kee", []),
        # Not an organisation beside a person: after a mark, or with an ordinary word.
        ("Jane Roe | Pushkin Industries", []),
        ("Jane Roe - Bayerischer Rundfunk", []),
        ("Jesse Thorn, Maximum Fun", []),
    ],
)
def test_hosts_are_people_never_organisations(author: str, hosts: list[str]) -> None:
    found = podnotes.notes.podcast_hosts(persons=(), author=author, owner=None, description=None)
    assert [host.name for host in found] == hosts


def test_a_host_named_in_the_description_is_found_and_an_organisation_is_not() -> None:
    description = "A show hosted by Jane Roe and produced by DPG Media Group."
    found = podnotes.notes.podcast_hosts(
        persons=(), author=None, owner=None, description=description
    )
    assert [host.name for host in found] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # A host label before a name, alone on its line or after "with": the episode's
        # host, whom the feed does not name.
        ("Hosts: Tom Becker, Maria Lopez, and Anna Schmidt\nGuest: Jane Roe", ["Jane Roe"]),
        ("Guest Jane Roe talks with host Tom Becker about databases.", ["Jane Roe"]),
        (
            "On Ag Update, host Tom Becker joins us to talk with Jane Roe about rodeos.",
            ["Jane Roe"],
        ),
        # A host label anything else describes is a guest's own show.
        ("Behind the scenes with TV host Maria Lopez, who joins us.", ["Maria Lopez"]),
        ("We are joined by guest host Maria Lopez, a lecturer.", ["Maria Lopez"]),
        ("Your hosts: Tom Becker and Anna Schmidt. Guest: Jane Roe.", ["Jane Roe"]),
        ("This week we talk with host Maria Lopez of Deep History about empires.", ["Maria Lopez"]),
        # A label with its colon marks a host wherever it stands.
        (
            "Guest: Wilbert Albers Host: Markus In this episode we look at chips.",
            ["Wilbert Albers"],
        ),
        ("This week's guest host: Maria Lopez. We talk about grace.", ["Maria Lopez"]),
    ],
)
def test_a_name_the_notes_label_as_host_is_no_guest(text: str, guests: list[str]) -> None:
    assert [guest.name for guest in podnotes.extract_guests(text)] == guests


@pytest.mark.parametrize(
    ("named", "host"),
    [
        ("Tim Pritove", True),  # a letter left out of the host's surname
        ("Tim Pridlove", True),  # one changed
        ("Tim Prittlove", True),  # one put in
        ("Tom Pritove", False),  # another first name
        ("Tim Pritlo", False),  # two letters apart
        ("Tim Pritchard", False),  # more than one letter apart
        # Near the end, or in a short surname: two families' names as likely as a typo
        # (Johnson and Johnston, Meier and Meyer).
        ("Tim Pritlowe", False),
        ("Ann Lea", False),
        ("Tim Pritlove Auskunft", True),  # a noun run into the host's name
        ("Tim Auskunft", False),
    ],
)
def test_a_hosts_name_written_otherwise_is_the_host(named: str, host: bool) -> None:
    text = f"Im Gespräch mit {named} über das Internet."
    hosts = ["Ann Lee"] if named.startswith("Ann") else ["Tim Pritlove"]
    guests = [guest.name for guest in podnotes.extract_guests(text, hosts=hosts)]
    assert guests == ([] if host else [named])


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [("pritlove", "pritove", True), ("pritlove", "pridlove", True), ("abc", "abc", False),
     ("pritlove", "pritchard", False), ("abc", "abcde", False)],
)  # fmt: skip
def test_one_edit_apart(first: str, second: str, apart: bool) -> None:
    from podnotes.notes.guests import _one_edit_apart

    assert _one_edit_apart(first, second) == apart
    assert _one_edit_apart(second, first) == apart


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # An introduction reaches the name across its job title and employer.
        ("This week I'm joined by Surgeon General Maria Lopez.", ["Maria Lopez"]),
        ("Today we talk shop with Acme's Tom Becker. We focus on queues.", ["Tom Becker"]),
        # A verb of speaking that cites somebody presents nobody.
        ("Die Inflation steigt weiter, erklärt Christine Lagarde in Frankfurt.", []),
        ("Como explica Noam Chomsky en su libro, el lenguaje es innato.", []),
        # An abbreviated office is a title before the name, not the end of a sentence.
        ("We talk with Sen. Brian Schatz about climate.", ["Brian Schatz"]),
        (
            "Erin Ryan, Randy Bryce, and Rep. Chris Taylor join Jon in Madison.",
            ["Erin Ryan", "Randy Bryce", "Chris Taylor"],
        ),
        # A single word before an office is its place, not a name; "Chief" is an office.
        ("This week the Montana Governor joins us to talk about dark money.", []),
        ("Then Deputy Chief of Staff Jane Roe joins us.", ["Jane Roe"]),
        ("Then former Ethics Czar Norm Eisen joins us.", ["Norm Eisen"]),
        ("Then Deacon Nate Douglas joins us.", ["Nate Douglas"]),
        ("Don S. Davis joins us to talk about the show.", ["Don S. Davis"]),
        ("Don Johnson Jr. joins us to talk about the show.", ["Don Johnson Jr."]),
        # A title's employer is no guest, though the run of names reads on into the title.
        ("Lincoln Project Executive Director joins us.", []),
        # A compound that describes ("Prize-winning") is no part of a name.
        ("Then Pulitzer Prize-winning journalist Ronan Farrow joins us.", ["Ronan Farrow"]),
        ("Today we talk with Moon Jae-in about Korea.", ["Moon Jae-in"]),
        ("Today we talk with Kim Ji-young about her novel.", ["Kim Ji-young"]),
        ("Today we talk with Brooklyn-based Ann Lee.", ["Ann Lee"]),
        # "from" a name with a known first name is no place.
        ("This episode features a guest appearance from Ann Lee.", ["Ann Lee"]),
        # An honorific that is a first name too is one before a surname alone.
        ("Don Lemon joins us to talk about the news.", ["Don Lemon"]),
        # A name after a preposition is a place or a topic, whatever introduction stands
        # before it ("joining us from San Francisco").
        ("Joining us today from San Francisco is Ann Lee.", ["Ann Lee"]),
        ("Sam talks with us about Jane Roe and her songs.", []),
        # "Zu Gast bei" names the host: the guest comes after.
        (
            "Zu Gast bei Chaosradio Express ist Markus Beckedahl von netzpolitik.org.",
            ["Markus Beckedahl"],
        ),
        ("The Trump Administration and Ann Lee join us to talk about the plan.", ["Ann Lee"]),
        (
            "Today we are joined by Carol Roizen, co-owner of Parakeet Cafe! She cooks.",
            ["Carol Roizen"],
        ),
        # A run of names that ends in an organisation's word, or stands right before
        # one, names the organisation.
        ("Today we talk with Washington Post columnist Perry Bacon.", ["Perry Bacon"]),
        ("This week we are joined by the Franklin Project.", []),
        ("This week we welcome the Reformed Evangelical Seminary.", []),
        ("Today we visit Johnson County and talk with Ann Lee.", ["Ann Lee"]),
        (
            "Today we talk with Lorenzo Speranzoni, Larus Business Automation.",
            ["Lorenzo Speranzoni"],
        ),
        # Unless the word is a surname too, after a first name.
        ("Today we talk with Emily Post about etiquette.", ["Emily Post"]),
        ("Today we talk with Frank Church about the committee.", ["Frank Church"]),
        ("Then we talk about the White House, and Ann Lee joins us.", ["Ann Lee"]),
        ("Dave Matthews Band is discussed with Bo Chen.", ["Bo Chen"]),
        # Ranks stack; "Sen." ends a sentence after a name.
        ("We talk with Dr. Jane Roe and Lt. Col. Ann Lee.", ["Jane Roe", "Ann Lee"]),
        ("We talk with Amartya Sen. He won the Nobel prize.", ["Amartya Sen"]),
        # An aside before a full name is no part of a name before it.
        ("Sam (our producer) Jane Roe and Bo Chen join us.", ["Jane Roe", "Bo Chen"]),
        # A title in another clause before the comma describes nobody after it.
        ("We talk with Senator Ann Lee about the race, Bo Chen disagrees.", ["Ann Lee"]),
        # An introduction reaches the names after a description and its comma.
        (
            "This week we are joined by the directors of the Franklin Project, Greg Jenkins"
            " and Erin Dobson.",
            ["Greg Jenkins", "Erin Dobson"],
        ),
        # "general" in lower case is no title.
        ("Jane Roe, in general, thinks it is great.", []),
    ],
)
def test_what_stands_around_a_name(text: str, guests: list[str]) -> None:
    assert [guest.name for guest in podnotes.extract_guests(text)] == guests


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # Names listed together are people, not guests: the list needs an introduction.
        ("The case centres on Jane Roe and Ann Lee, two students who vanished in 1998.", []),
        # The verb after a list is said of everyone in it.
        ("Jane Roe and Bo Chen join Sam to talk about compilers.", ["Jane Roe", "Bo Chen"]),
        ("Tom Becker and Bo Chen discuss the compilers they wrote.", ["Tom Becker", "Bo Chen"]),
        ("Ann Lee, Bo Chen and Cy Dee join us to talk about it.", ["Ann Lee", "Bo Chen", "Cy Dee"]),
        # Names parted by a comma alone are two clauses; a comma ends what a name does.
        ("The race pits the mayor against Ann Lee, Bo Chen joins to talk about it.", ["Bo Chen"]),
        ("The race tightens for Ann Lee, and more voters join the call to vote.", []),
        ("A rivalry between Ron DeSantis and Gavin Newsom, Jane Roe joins to talk.", ["Jane Roe"]),
        # A comma and "and" after a first name are two clauses too (a list of two takes no
        # comma); after a list's second name, the list's end.
        (
            "It is Brian Kemp versus Senator David Perdue, and Representative Karen Bass stops"
            " by the studio.",
            ["Karen Bass"],
        ),
        ("Senator David Perdue, and Representative Karen Bass stops by.", ["Karen Bass"]),
        ("We look at Donald Trump, and Ann Lee and Bo Chen join us.", ["Ann Lee", "Bo Chen"]),
        ("Ann Lee, Bo Chen, and Cy Dee join us to talk.", ["Ann Lee", "Bo Chen", "Cy Dee"]),
        (
            "Day two sees Ann Lee, Bo Chen, and Cy Dee, Tigon Studios' Ian Stevens, and"
            " Acme's Drew Marlowe join the fray.",
            ["Ann Lee", "Bo Chen", "Cy Dee", "Ian Stevens", "Drew Marlowe"],
        ),
        # A name that is itself an apposition, or whose apposition has no closing comma.
        ("Investigative journalist, Delia D'Ambra, is back with a new season.", ["Delia D'Ambra"]),
        ("Jane Roe, founder of Acme joins us to talk about caching.", ["Jane Roe"]),
        # But a name inside another's description does not take the sentence's verb.
        ("Jane Roe, a friend of Bo Chen, joins us.", ["Jane Roe"]),
        ("This week Jane Roe, Barack Obama's former speechwriter, joins us.", ["Jane Roe"]),
        # A bare "join" is said of the name right before it only.
        ("Ukraine's Volodymyr Zelensky wants to join NATO soon.", []),
        # Titles inside a list, and "e" for "and".
        (
            "Governor Deval Patrick and Ambassador Samantha Power join Jon on stage.",
            ["Deval Patrick", "Samantha Power"],
        ),
        ("Ann Lee, Bo Chen e Cy Dee join us.", ["Ann Lee", "Bo Chen", "Cy Dee"]),
    ],
)
def test_a_list_of_names_shares_its_sentence_and_nothing_more(text: str, guests: list[str]) -> None:
    assert [guest.name for guest in podnotes.extract_guests(text)] == guests


def test_a_name_in_a_chapter_line_is_a_topic() -> None:
    chapters = (
        "\n(1:09:30) The Vice President’s Unpopularity\n(1:35:45) Her Interview with Bret"
        " Baier\n(1:43:02) Why Did She Pick Tim Walz?"
    )
    text = "Tucker on the election, the polls and the debates. " * 7 + chapters
    assert podnotes.extract_guests(text) == ()


def test_an_introduction_reaches_across_an_employer_of_several_tokens() -> None:
    # "U.S." is two tokens written as one word: the "with" before it still counts.
    (guest,) = podnotes.extract_guests("We talk with U.S. Ambassador Jane Roe about trade.")
    assert (guest.name, guest.affiliation) == ("Jane Roe", "U.S.")
    assert "with" in guest.evidence


def test_the_lexicon_is_loaded_on_first_use_only() -> None:
    code = (
        "import importlib, podnotes; "
        "_names = importlib.import_module('podnotes.notes._names'); "
        "assert _names._lexicon.cache_info().currsize == 0; "
        "podnotes.parse(b'<rss><channel><title>t</title></channel></rss>'); "
        "assert _names._lexicon.cache_info().currsize == 0; "
        "podnotes.extract('Today we talk with Jane Roe.'); "
        "assert _names._lexicon.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("marked", ["Roe2", "Roe²", "Roe①", "Roe₃"])
def test_a_word_with_a_digit_of_any_script_is_no_part_of_a_name(marked: str) -> None:
    # "AV1", "Web3" are products; a footnote mark ("Roe²") is not a name's letter either.
    found = podnotes.notes.guests.candidates(f"Jane {marked} joins us to talk about maps.")
    assert [candidate.mention.name for candidate in found] == ["Jane"]


@pytest.mark.parametrize("product", ["OpenSearch", "𝐎𝐩𝐞𝐧𝐒𝐞𝐚𝐫𝐜𝐡"])
def test_a_capital_inside_a_word_is_evidence_against_in_styled_letters_too(product: str) -> None:
    # Mathematical bold letters, as social posts write "fancy text", are upper case
    # with no lower case: a capital inside such a word is still seen.
    evidence = _evidence_by_name(f"We talk with Jane Roe and {product} today.")
    assert "inner-capital" in evidence[product]
    assert "inner-capital" not in evidence["Jane Roe"]


def test_a_full_names_shape_holds_whatever_its_first_name_alone_shows() -> None:
    # "Dell" alone is merged into "Dell PowerStore", whose inner capital stays against it;
    # where a mention stands (its context) counts only when every mention shows it.
    text = "We look at Dell PowerStore and Amazon storage. Later: integration with Dell and HPE."
    (found,) = candidates(text)
    assert found.mention.name == "Dell PowerStore"
    assert "inner-capital" in found.evidence
    assert "repeated" in found.evidence  # the two mentions are one candidate
    (tools, _) = candidates("We review Max Power Tools today. Later: chats with Max and Bo.")
    assert "plain-words" in tools.evidence


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # A maker's or a gathering's name right before a name makes it a product or an
        # event, though the maker's name is no person's: mid-sentence and opening one.
        ("Cette semaine, on parle de Amazon Aurora et de Jane Roe.", "Aurora"),
        ("Amazon Polly reads the notes aloud, says Jane Roe.", "Polly"),
        ("Recorded at the AWS Summit Paris with Jane Roe.", "Paris"),
    ],
)
def test_a_makers_name_before_a_name_is_evidence_against(text: str, product: str) -> None:
    evidence = _evidence_by_name(text)
    assert "capitalised-before" in evidence[product]
    assert "capitalised-before" not in evidence["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "against"),
    [
        # A capitalised word that is no maker's counts only inside a sentence: opening
        # one, it is written with a capital anyway.
        ("Recorded live. Migration Jane Roe joins us to talk about maps.", False),
        ("We discuss the Migration Jane Roe planned, and she joins us.", True),
    ],
)
def test_a_capitalised_word_opening_a_sentence_is_no_evidence(text: str, against: bool) -> None:
    evidence = _evidence_by_name(text)
    assert ("capitalised-before" in evidence["Jane Roe"]) == against


@pytest.mark.parametrize(
    ("name", "inner"), [("JJ Asghar", False), ("CJ Reynolds", False), ("GE Vernova", True)]
)
def test_two_capitals_are_a_pair_of_initials_not_a_products_inner_capital(
    name: str, inner: bool
) -> None:
    # "JJ", "CJ": initials a person goes by; "GE", "LG" are makers' capitals.
    found = podnotes.notes.guests.candidates(f"{name} joins us to talk about OpenStack.")
    assert found[0].mention.name == name
    assert ("inner-capital" in found[0].evidence) == inner


@pytest.mark.parametrize(
    ("text", "name", "versioned"),
    [
        ("Claude 4 joins Amazon Bedrock this week.", "Claude", True),
        ("Jane Roe compares Gemini 2.5 with Claude Sonnet 4.", "Claude Sonnet", True),
        # Not a time, nor the mark of a list's next item.
        ("Jane Roe 12:30 joins us to talk about clocks.", "Jane Roe", False),
        ("We talk with 1) Jane Roe 2) Bo Chen", "Jane Roe", False),
        # Nor after a possessive: the number is the next thing's.
        ("Jane Roe's 2 sons join us to talk about farming.", "Jane Roe", False),
        # Nor a part, a count or a time written otherwise.
        ("Interview with Jane Roe 1/2", "Jane Roe", False),
        ("Interview mit Jane Roe 2. Teil", "Jane Roe", False),
        ("A conversation with Jane Roe 3 years after her exit.", "Jane Roe", False),
        ("Jane Roe 2x Olympian joins us this week.", "Jane Roe", False),
        ("Live mit Max Mustermann 20.15 Uhr im Stream.", "Max Mustermann", False),
        ("Live with Jane Roe 8pm tonight.", "Jane Roe", False),
        ("Interview with Jane Roe 3-time champion", "Jane Roe", False),
        # A number is the digits that touch; a full stop ends a sentence but before a
        # German ordinal's noun.
        ("Claude 4, 2 weeks after launch, and Jane Roe joins us.", "Claude", True),
        ("Our guest Jane Roe reviews Claude 4. Of course she likes it.", "Claude", True),
    ],
)
def test_a_version_number_after_a_name_is_evidence(text: str, name: str, versioned: bool) -> None:
    evidence = _evidence_by_name(text)
    assert ("versioned" in evidence[name]) == versioned


@pytest.mark.parametrize(
    ("text", "name", "determiner"),
    [
        ("The Mac Mini is back this week.", "Mac Mini", True),
        ("We cover the Bernie Madoff of EVE Online.", "Bernie Madoff", True),
        # A possessive too: what stands after it is somebody's thing or role.
        ("Here's a life and show update from your Queen shitters!", "Queen", True),
        ("Jon talks about his America Dissected interview.", "America Dissected", True),
        # Not with a word between: "our guest Jane Roe".
        ("This week our guest Jo Roe talks about songs.", "Jo Roe", False),
        ("Heute über unseren Ferdinand Porsche und mehr.", "Ferdinand Porsche", True),
        # Not before a title, nor with a word between.
        ("Then the Rev. Jo Roe joins us to talk about voting.", "Jo Roe", False),
        ("Then the author Jo Roe joins us to talk about books.", "Jo Roe", False),
        ("Then the legendary Jo Roe joins us to talk about songs.", "Jo Roe", False),
    ],
)
def test_a_determiner_right_before_a_name_is_evidence(
    text: str, name: str, determiner: bool
) -> None:
    evidence = _evidence_by_name(text)
    assert ("determiner" in evidence[name]) == determiner


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # A version number makes a name a product's, whatever its score ("Claude" scores
        # above the threshold here, with "joins").
        ("Claude 4 joins Amazon Bedrock, and Jane Roe joins us to talk about it.", ["Jane Roe"]),
        # Unless the notes call them a guest: five weeks, not a version.
        ("Mit dem Kanu fuhr mein Gast Marc 5 Wochen lang über einen See.", ["Marc"]),
        # "The" right before a name makes it a thing's too, unless the notes call it a
        # guest ("Mac Mini" and "Bernie Madoff" score above the threshold here).
        ("The Mac Mini is back, and Jane Roe joins us to talk about it.", ["Jane Roe"]),
        ("We cover the Bernie Madoff of EVE Online, and Jane Roe joins us.", ["Jane Roe"]),
        ("This week we bring on the Jeremy Kuzmarov to discuss sanctions.", ["Jeremy Kuzmarov"]),
        # Called a guest right before the name, not a thing the guest talks about after.
        ("Our guest Jane Roe reviews the Mac Mini.", ["Jane Roe"]),
        ("Our guest Jane Roe compares the Mac Mini and Claude 4.", ["Jane Roe"]),
        # A likeness is no guest, called one or not.
        ("My guest is the Marie Kondo of code, Jane Roe.", ["Jane Roe"]),
    ],
)
def test_a_things_name_is_no_guest_unless_called_one(text: str, guests: list[str]) -> None:
    assert [guest.name for guest in podnotes.extract_guests(text)] == guests


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        # Somebody else's conversation, named by a third person's possessive, is not
        # this episode's: it presents nobody.
        ("Then DeRay McKesson joins to discuss his interview with Katy Perry.",
         ["DeRay McKesson"]),
        ("Katie Couric talks about her famous interviews with Sarah Palin.", ["Katie Couric"]),
        # Past a show's name and a number's pieces, and at the note's start.
        ("Then Ann Lee talks to Jon about his America Dissected interview with Bo Chen.",
         ["Ann Lee"]),
        ("Ann Lee joins us to discuss his 40-minute interview with Fox News's Bo Chen.",
         ["Ann Lee"]),
        ("Her interview with Bo Chen made headlines. Ann Lee joins us to discuss it.",
         ["Ann Lee"]),
        ("Ann Lee ist zu Gast und erzählt von ihrem Gespräch mit Bo Chen.", ["Ann Lee"]),
        # Nor does one that a name owns: the introduction is of what is theirs.
        ("We spoke to Donald Trump's son to help make sense of the verdict.", []),
        ("Then Dave Weigel talks to Tommy about his coverage of Elizabeth Warren's trip.",
         ["Dave Weigel"]),
        ("We talk with Acme's CTO Jane Roe about the merger.", ["Jane Roe"]),
        # The conversation must be the one the name is the other side of, and a third
        # person's: not "his team talk with", "hört ihr ein Gespräch", "its first
        # interview", nor a host's ("Tommy Vietor wraps up his interview with").
        ("Tommy Vietor and his team talk with Bo Chen about the election.", ["Bo Chen"]),
        ("In dieser Folge hört ihr ein Gespräch mit Jane Roe über Karten.", ["Jane Roe"]),
        ("Following her interview, we talk with Cy Dee about maps.", ["Cy Dee"]),
        ("The show returns with its first interview with Bo Chen.", ["Bo Chen"]),
        ("Tommy Vietor wraps up his interview with Bo Chen.", ["Bo Chen"]),
        # Nor anything else a third person has with the name: a quarrel, a call.
        ("Ann Lee joins us to talk about his beef with Bo Chen.", ["Ann Lee"]),
        ("Ann Lee joins us. Donald Trump's call with Bo Chen went badly.", ["Ann Lee"]),
        # But a name's conversation may be the show's, whose host the feed does not
        # name, and a time's is the show's.
        ("Ann Lee joins us. Then Tucker's interview with Bo Chen.", ["Ann Lee", "Bo Chen"]),
        ("Ann Lee joins us. Then Terry Gross's interview with Bo Chen.", ["Ann Lee", "Bo Chen"]),
        # A contraction is nobody's: "with" after it presents.
        ("She's back with Bo Chen to talk about taxes.", ["Bo Chen"]),
        ("It's game night with Ann Lee and Bo Chen!", ["Ann Lee", "Bo Chen"]),
        ("Ann Lee joins us. This week's conversation with Bo Chen is next.",
         ["Ann Lee", "Bo Chen"]),
        # The show's own is this episode's.
        ("Ann Lee joins us to talk about maps. Then our interview with Bo Chen on trains.",
         ["Ann Lee", "Bo Chen"]),
        ("Ann Lee ist zu Gast. Wir sprechen mit Bo Chen.", ["Ann Lee", "Bo Chen"]),
    ],
)  # fmt: skip
def test_anothers_conversation_presents_nobody(text: str, guests: list[str]) -> None:
    found = podnotes.extract_guests(text, hosts=["Tommy Vietor"])
    assert [guest.name for guest in found] == guests


def test_a_contraction_is_nobodys_possessive() -> None:
    # "Let's" owns nothing: the name after "with" keeps its "with".
    (found,) = candidates("Listen to Let's Be Careful out There with Bo Chen.")
    assert "with" in found.evidence


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A surname alone is the one full name it ends, when that starts with a first name.
        ("We talk with William J. Walker about the Guard. Walker says he waited.",
         ["William J. Walker"]),
        ("Ashley C. Ford joins us. Ford wrote a memoir.", ["Ashley C. Ford"]),
        # Not a surname named before the full name: two people.
        ("Today Harris joins us to discuss Kamala Harris and the campaign.",
         ["Harris", "Kamala Harris"]),
        # A first name after a glued word is no surname of it.
        ("Heute: Frontmann Danny war in Rom. Danny erzählt von der Reise.",
         ["Frontmann Danny", "Danny"]),
    ],
)  # fmt: skip
def test_a_surname_alone_is_the_full_name_it_ends(text: str, names: list[str]) -> None:
    found = podnotes.notes.guests.candidates(text)
    assert [candidate.mention.name for candidate in found] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A long word the lexicon does not know, right before a known first name, is a
        # noun glued to it; before an unknown word, or short, it may be a first name.
        ("Heute: Erlebnisbericht Danny war in Rom.", ["Danny"]),
        ("Heute: Erlebnis-Bericht Danny war in Rom.", ["Erlebnis-Bericht Danny"]),
        ("We talk with Ifeanyichukwu Okonkwo about maps.", ["Ifeanyichukwu Okonkwo"]),
        ("Zephyrinella Danny joins us to talk about maps.", ["Zephyrinella Danny"]),
    ],
)
def test_a_long_unknown_word_before_a_first_name_is_glued_to_it(
    text: str, names: list[str]
) -> None:
    found = podnotes.notes.guests.candidates(text)
    assert [candidate.mention.name for candidate in found] == names


def test_a_given_name_that_is_also_a_place_needs_a_surname() -> None:
    # The lexicon marks the names its corpus writes after "in", "nach", "à" as places
    # and months ("in Berlin", "in Georgia"): alone they are not taken for a person.
    assert [guest.name for guest in podnotes.extract_guests("Berlin and Jane Roe talk.")] == [
        "Jane Roe"
    ]
    assert [guest.name for guest in podnotes.extract_guests("Georgia Roe joins us today.")] == [
        "Georgia Roe"
    ]


def test_the_lexicon_builder_learns_places_from_what_stands_before_them() -> None:
    from scripts.build_given_names import WordCounts

    counts = WordCounts(
        [
            "We recorded this in Berlin. Then in Berlin again, and on to Paris.",
            "A show about Berlin, with Jane Roe in Berlin.",
            "Our guest Georgia Roe lives in Georgia Roe's old house.",  # a name after "in"
        ]
    )
    assert counts.places(minimum=3, share=0.5) == {"berlin"}


@pytest.mark.parametrize(
    ("text", "name", "job_title", "affiliation"),
    [
        # The words after a name's comma are the next of a list, not its job title: a
        # title and a name of their own, or "and".
        ("Rep. Jane Roe, former Deputy Attorney General Ann Lee, and Bo Chen join Jon.",
         "Jane Roe", None, None),
        ("Tom Becker, Maria Lopez, and Pennsylvania Congressional candidate Ann Lee join Jon.",
         "Maria Lopez", None, None),
        ("Nous recevons Peter DeSantis, VP Infrastructure et Werner Vogels, CTO, qui nous "
         "parlent.", "Peter DeSantis", "VP Infrastructure", None),
        ("Ann Lee, a journalist and Bo Chen, a lawyer, talk about it.", "Bo Chen", "lawyer",
         None),
        ("Ann Lee, along with Senator Bo Chen, talks about it.", "Ann Lee", None, None),
        # Nor a clause: what is said of the person ends the title.
        ("Today we talk to Annette Reeder, a biblical nutritionist and author who helps you "
         "eat well.", "Annette Reeder", "biblical nutritionist and author", None),
        ("We talk to Jane Roe, in addition to being a chef, about bees.", "Jane Roe", None,
         None),
        # A verb of being before the title is passed.
        ("We talk to Jane Roe, who is the founder of Heroku, about bees.", "Jane Roe",
         "founder", "Heroku"),
        ("Hablamos con Ana García, es directora de la Fundación, sobre arte.", "Ana García",
         "directora", None),
        ("Jane Roe, who's the CTO of Acme, talks about it.", "Jane Roe", "CTO", "Acme"),
        # Only where a title follows it: not "who's heading up this new program".
        ("Says Jane Roe, who's heading up this new program within Chef.", "Jane Roe", None,
         None),
        # Not German "war", which is English too.
        ("We talk with Jane Roe, war correspondent for the BBC, about it.", "Jane Roe",
         "war correspondent for the BBC", None),
        # A name after a preposition is the title's, with its own title too, and a place
        # that starts with a first name.
        ("We talk to Jane Roe, communications director for Barack Obama and Hillary "
         "Clinton, about the race.", "Jane Roe",
         "communications director for Barack Obama and Hillary Clinton", None),
        ("We talk to Jane Roe, senior adviser to Vice President Kamala Harris, about it.",
         "Jane Roe", "senior adviser to Vice President Kamala Harris", None),
        ("We talk to Jane Roe, professor at George Mason University, about law.", "Jane Roe",
         "professor", "George Mason University"),
        # German articles are no relative pronouns.
        ("Wir sprechen mit Anna Schmidt, die Direktorin des Museums, über Kunst.",
         "Anna Schmidt", "Direktorin des Museums", None),
    ],
)  # fmt: skip
def test_a_job_title_after_a_name_is_the_names_own(
    text: str, name: str, job_title: str | None, affiliation: str | None
) -> None:
    found = candidates(text)
    (candidate,) = [c for c in found if c.mention.name == name]
    assert (candidate.mention.job_title, candidate.mention.affiliation) == (
        job_title,
        affiliation,
    )
    # The words are no longer the first name's: a name among them is read on its own.
    for other in ("Ann Lee", "Bo Chen", "Werner Vogels"):
        if other in text:
            assert other in [c.mention.name for c in found]


@pytest.mark.parametrize(
    ("words", "another"),
    [
        ("former Deputy Attorney General Sally Yates", True),
        ("organizer and Bo Chen", True),
        # A preposition before the name makes it the title's; an organisation's last
        # word makes it no person.
        ("communications director for Barack Obama and Hillary Clinton", False),
        ("Professor Emerita Santa Clara University", False),
    ],
)
def test_an_apposition_that_ends_in_a_person_of_its_own(words: str, another: bool) -> None:
    assert (_another_person(tokens(words)) is not None) is another


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A short opening phrase and its comma still leave the name opening its sentence.
        ("In this episode, Jane Roe walks us through the release.", "subject"),
        ("Dans cet épisode, Maxime David, ingénieur chez Acme, nous dévoile ses outils.",
         "speaks"),
        # The dot of a domain inside an apposition ends no sentence.
        ("Jane Roe, co-founder of Acme.io, explains how the cache works.", "speaks"),
        # So does a connective without its comma.
        ("Then Jane Roe tells us about her book.", "speaks"),
        # The verb is read past the employer and its article.
        ("Then Jane Roe of the Nevada Independent explains the caucus.", "speaks"),
        ("Puis Maxime David nous explique ses outils.", "speaks"),
    ],
)  # fmt: skip
def test_the_subject_of_a_sentence_is_found_past_its_opening_and_apposition(
    text: str, code: str
) -> None:
    (candidate,) = [c for c in candidates(text) if c.mention.name in ("Jane Roe", "Maxime David")]
    assert code in candidate.evidence


@pytest.mark.parametrize(
    ("text", "speaking"),
    [
        # A list of names takes the verb's plural; every name in it speaks.
        ("Ann Lee and Bo Chen talk about the release.", True),
        ("Ann Lee and Bo Chen walk us through the release.", True),
        # A pronoun of the listener before the verb, in either number.
        ("Tarek Roe, architecte chez Acme, et Walid Chen nous expliquent leur migration.",
         True),
        ("Ana Ruiz nos cuenta su historia.", True),
        # Not every verb after a list is speaking on the show.
        ("Ann Lee and Bo Chen walk the dog.", False),
        # Nor a noun after a possessive.
        ("Ann Lee's talk about burnout is linked below.", False),
        # Nor a verb that alone may be the interviewer's; after the listener it speaks.
        ("Caroline parle avec Jean Dupont du logement.", False),
        ("Caroline nous parle du logement.", True),
    ],
)  # fmt: skip
def test_speaking_verbs_are_read_in_the_plural_and_after_a_listener(
    text: str, speaking: bool
) -> None:
    found = [c for c in candidates(text) if c.mention.name != "Jean Dupont"]
    assert found
    assert all(("speaks" in c.evidence) is speaking for c in found)


def test_an_introduction_reaches_the_names_after_its_colon() -> None:
    # The introduction describes the guests, then names them after a colon or a dash.
    text = (
        "This week we chat with the three authors of the long-awaited Kubernetes book: "
        "Ann Lee, Bo Chen and Cy Dee."
    )
    assert [g.name for g in podnotes.extract(text).guests] == ["Ann Lee", "Bo Chen", "Cy Dee"]
    dash = "Matt is joined by two of the finest minds in the world of podcasting - Ann Lee."
    assert "intro" in _evidence_by_name(dash)["Ann Lee"]
    # Not when somebody is named between: the colon opens what they talk about.
    book = (
        "This week we talk with Jane Roe about the long and winding story of her own "
        "new book: Elon Musk is in it."
    )
    assert "intro" not in _evidence_by_name(book)["Elon Musk"]
    # Nor past a topic: the colon opens the news.
    news = "We talk with our panel about the week's news: Donald Trump signed an order."
    assert "intro" not in _evidence_by_name(news)["Donald Trump"]


@pytest.mark.parametrize(
    ("title", "guest"),
    [
        # Where titles name their guest: first, after "with", in an aside.
        ("Jenny Odell on How to Do Nothing", True),
        ("#12 – Dr. Jenny Odell: Doing Nothing", True),
        ("Doing Nothing w/ Jenny Odell", True),
        ("Doing Nothing (Jenny Odell, Stanford)", True),
        ("Doing Nothing w/ Ann Lee, Bo Chen & Jenny Odell", True),
        ("Episode 12 Jenny Odell", True),
        # Not as somebody's, nor as what the title is about, nor after a separator
        # once the title has named its guest.
        ("Jenny Odell's Radical Idea", False),
        ("Doing Nothing w/ Ann Lee & Jenny Odell's Editor", False),
        ("The Shocking Origin Story of Jenny Odell", False),
        ("Ann Lee: Jenny Odell and the Attention Economy", False),
        ('"Jenny Odell, in her own words, on why we should all log off"', False),
    ],
)
def test_the_title_presents_the_guest_the_notes_open_with(title: str, guest: bool) -> None:
    # Nothing in the notes presents Jenny Odell, and her confidence stays under the
    # floor for names nothing presents; the title may, where titles name guests.
    text = "Jenny Odell has a radical idea about attention."
    assert podnotes.extract(text).guests == ()
    # The notes must open a sentence with them too.
    aside = "A radical idea about attention, from Jenny Odell."
    assert podnotes.extract(aside, title="Jenny Odell on How to Do Nothing").guests == ()
    found = [g.name for g in podnotes.extract(text, title=title).guests]
    assert found == (["Jenny Odell"] if guest else [])


@pytest.mark.parametrize(
    ("text", "with_host"),
    [
        # Named in one list with a host, or right before the host they talk to.
        ("Laura Santamaria and Matt dig into accessibility.", True),
        ("Matt and Laura Santamaria wax philosophical about complexity.", True),
        ("Laura Santamaria chats with Matt about testing.", True),
        ("Laura Santamaria walks Matt and Trevor through chaos engineering.", True),
        # Not what anybody in the news does to a host, not as somebody's, nor past
        # another name.
        ("Laura Santamaria attacked Matt on Twitter this week.", False),
        ("Laura Santamaria's book, which Matt loved, is out.", False),
        ("Matt and Laura Santamaria's new album are the topic.", False),
        ("Laura Santamaria met Bo Chen and Matt in Chicago.", False),
    ],
)
def test_a_name_beside_the_host_is_on_the_show(text: str, with_host: bool) -> None:
    (laura,) = [c for c in candidates(text, hosts=["Matt Stratton", "Trevor Hess"])
                if c.mention.name == "Laura Santamaria"]  # fmt: skip
    assert ("with-host" in laura.evidence) is with_host
    # The same words with no host named give no such evidence.
    alone = _evidence_by_name(text.replace("Matt", "Anne"))["Laura Santamaria"]
    assert "with-host" not in alone
    # With it, nothing more is needed for her to be a guest: it presents her.
    guests = [g.name for g in podnotes.extract(text, hosts=["Matt Stratton"]).guests]
    assert ("Laura Santamaria" in guests) is with_host
