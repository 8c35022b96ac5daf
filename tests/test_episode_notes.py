"""Show notes from a parsed feed in one call, and a podcast's hosts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

import podnotes

SAMPLE = Path(__file__).parent.parent / "examples" / "sample_feed.xml"
FEED = """<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>
  <title>Show</title>
  <description>Every week, host Ann Example talks to the people behind open source.</description>
  <itunes:author>Ann Example and Bob Sample</itunes:author>
  <itunes:owner><itunes:name>Show Media Inc.</itunes:name></itunes:owner>
  <podcast:person role="host">Carla Cohost</podcast:person>
  <item>
    <title>One</title>
    <itunes:duration>30:00</itunes:duration>
    <podcast:person role="guest">Dana Stated</podcast:person>
    <description>Ann talks with Dana and Eve Extra.
      Chapters: 0:00 Hi 10:00 Main 45:00 Too late</description>
  </item>
</channel></rss>"""


def test_a_podcast_knows_its_hosts() -> None:
    podcast = podnotes.parse(FEED)
    assert [(host.name, host.role) for host in podcast.hosts] == [
        ("Carla Cohost", "host"),
        ("Ann Example", "host"),
        ("Bob Sample", "host"),
    ]


def test_episode_notes_merge_the_feed_and_the_text() -> None:
    podcast = podnotes.parse(FEED)
    notes = podnotes.episode_notes(podcast.episodes[0], podcast)
    # The stated guest first, the text's guests after, hosts never, Dana only once.
    assert [guest.name for guest in notes.guests] == ["Dana Stated", "Eve Extra"]
    assert [(c.start, c.title, c.end) for c in notes.chapters] == [
        (timedelta(0), "Hi", timedelta(minutes=10)),
        (timedelta(minutes=10), "Main", timedelta(minutes=30)),
    ]
    assert notes.notes == ("chapter 'Too late' at 0:45:00 starts after the episode ends; dropped",)


def test_feed_chapters_take_the_place_of_the_texts() -> None:
    podcast = podnotes.parse(SAMPLE)
    episode = podcast.episodes[0]
    notes = podnotes.episode_notes(episode, podcast)
    assert [c.start for c in notes.chapters] == [c.start for c in episode.chapters]
    assert notes.chapters[-1].end == episode.duration
    assert [g.name for g in notes.guests] == ["Priya Raman", "Tomás O'Brien"]
    assert [(link.label, link.platform) for link in notes.links] == [
        ("Canarying at scale", None),
        ("Priya on GitHub", "github"),
    ]


def test_an_episode_without_a_podcast_still_has_notes() -> None:
    podcast = podnotes.parse(SAMPLE)
    notes = podnotes.episode_notes(podcast.episodes[1])
    assert [c.title for c in notes.chapters][:2] == ["Intro", "What a build graph is"]


def test_a_guest_named_again_by_first_name_is_listed_once() -> None:
    # No stated guests and no feed chapters: the text's guests are still merged, so
    # "Suzanne" later in the notes is the Suzanne Robertson introduced first.
    feed = """<rss><channel><title>S</title><item><title>One</title><description>
      Guests: Suzanne Robertson and James Robertson. Neil talks with Suzanne about
      requirements.</description></item></channel></rss>"""
    podcast = podnotes.parse(feed)
    notes = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in notes.guests] == ["Suzanne Robertson", "James Robertson"]


# An interview show whose co-host (Jordan Blake) the feed does not list as a host: every
# note names the co-host beside the guest. Maria Lopez comes back once.
GUESTS = ("Maria Lopez", "Tom Becker", "Anna Schmidt", "Ruth Okafor", "Juan Perez",
          "Emily Stone", "David Chen", "Sara Nilsson", "Omar Haddad", "Maria Lopez")  # fmt: skip
REGULARS_FEED = (
    '<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Talks</title>'
    + "".join(
        f"<item><title>Episode {number}</title>"
        + ('<podcast:person role="guest">Jordan Blake</podcast:person>' if number == 0 else "")
        + f"<description>With Jordan Blake and our guest {guest}.</description>"
        "</item>"
        for number, guest in enumerate(GUESTS)
    )
    + "</channel></rss>"
)


def test_podcast_notes_leave_out_a_regular_the_feed_does_not_list_as_host() -> None:
    podcast = podnotes.parse(REGULARS_FEED)
    one_at_a_time = [podnotes.episode_notes(episode, podcast) for episode in podcast.episodes]
    # One episode alone cannot tell the co-host from a guest.
    assert "Jordan Blake" in [guest.name for guest in one_at_a_time[5].guests]
    together = podnotes.podcast_notes(podcast)
    assert len(together) == len(podcast.episodes)
    for notes, guest in zip(together[1:], GUESTS[1:], strict=True):
        assert [person.name for person in notes.guests] == [guest]
        assert any("Jordan Blake left out" in note for note in notes.notes)
    # A guest the feed names stays, whoever else the notes name; a guest back once
    # (two episodes of ten) is no regular.
    assert [guest.name for guest in together[0].guests] == ["Jordan Blake", "Maria Lopez"]
    assert "Maria Lopez" in [guest.name for guest in together[-1].guests]


# A show whose crew the notes list, unintroduced, most weeks, and with a guest otherwise.
CREW_FEED = (
    "<rss><channel><title>Cards</title>"
    + "".join(
        f"<item><title>Week {week}</title><description>Daniel, Jack and Lord Gribas are back"
        " to talk about the new cards.</description></item>"
        for week in range(9)
    )
    + "".join(
        f"<item><title>Guest {guest}</title><description>This week Daniel sits down with"
        f" Jack and {guest} to talk about decks.</description></item>"
        for guest in GUESTS[:3]
    )
    + "</channel></rss>"
)


def test_a_crew_the_notes_list_without_introduction_are_regulars() -> None:
    podcast = podnotes.parse(CREW_FEED)
    # Jack is introduced as a guest in three episodes only; he is named in all twelve.
    introduced = [
        podnotes.episode_notes(episode, podcast).guests for episode in podcast.episodes[9:]
    ]
    assert all("Jack" in [guest.name for guest in guests] for guests in introduced)
    together = podnotes.podcast_notes(podcast)
    for notes, guest in zip(together[9:], GUESTS[:3], strict=True):
        assert [person.name for person in notes.guests] == [guest]
        assert any("Jack left out" in note for note in notes.notes)


# A show whose co-host the notes name by first name, and twice in full; one guest
# shares his first name.
CO_HOST_FEED = (
    "<rss><channel><title>Politics</title>"
    + "".join(
        f"<item><title>Week {week}</title><description>{guest} joins us, and talks with"
        " Jon about the vote.</description></item>"
        for week, guest in enumerate(GUESTS[:-1])
    )
    + "".join(
        # Titles that name nobody: a title that names the guest leaves out the co-host
        # by itself (test_guests.py).
        f"<item><title>Vote night</title><description>{guest} joins us, and talks with Jon"
        " Lovett about the vote.</description></item>"
        for guest in ("Lena Novak", "Jon Smith")
    )
    + "</channel></rss>"
)


def test_a_regular_named_by_first_name_is_a_regular_in_full_too() -> None:
    podcast = podnotes.parse(CO_HOST_FEED)
    lena = podcast.episodes[-2]
    assert [g.name for g in podnotes.episode_notes(lena, podcast).guests] == [
        "Lena Novak",
        "Jon Lovett",
    ]
    *_, with_lena, with_jon = podnotes.podcast_notes(podcast)
    assert [guest.name for guest in with_lena.guests] == ["Lena Novak"]
    assert any(
        note.startswith("Jon Lovett left out of the guests: Jon,") for note in with_lena.notes
    )
    # A guest named once is no regular, whatever his first name.
    assert [guest.name for guest in with_jon.guests] == ["Jon Smith"]


# A show whose co-host, Steve McDonald, talks with each week's guest; once the notes
# write his name in full ("Stephen"), once his family comes on, and twice his father,
# who shares his name.
FORMS_FEED = (
    "<rss><channel><title>Talks</title>"
    + "".join(
        f"<item><title>Episode {number}</title><description>Steve McDonald talks with"
        f" {guest} about the work.</description></item>"
        for number, guest in enumerate(GUESTS[:-1])
    )
    + "<item><title>Solo</title><description>Stephen McDonald talks with Nicole McDonald"
    " about the work.</description></item>"
    + "<item><title>Kin</title><description>Our guests are Stephanie McDonald and Stephen"
    " Paul McDonald, who talk about the farm.</description></item>"
    + "<item><title>Father</title><description>Steve talks with his father, Stephen"
    " McDonald, about the farm.</description></item>"
    + "<item><title>Father again</title><description>Our guest is Stephen McDonald."
    " Produced by his son Steve McDonald.</description></item></channel></rss>"
)


def test_a_regular_written_with_another_form_of_the_first_name_is_that_regular() -> None:
    podcast = podnotes.parse(FORMS_FEED)
    solo = podcast.episodes[-4]
    # One episode alone cannot tell: Stephen McDonald is a guest there.
    assert "Stephen McDonald" in [g.name for g in podnotes.episode_notes(solo, podcast).guests]
    *_, with_nicole, with_kin, with_father, with_father_again = podnotes.podcast_notes(podcast)
    assert [guest.name for guest in with_nicole.guests] == ["Nicole McDonald"]
    # The regular named as the notes write him.
    assert with_nicole.notes == (
        "Stephen McDonald left out of the guests: another form of the name of Steve "
        "McDonald, a regular (named as one in 9 of the podcast's 13 episodes)",
    )
    # Somebody else: the same surname with another first name ("Stephanie" is no form
    # of "Steve", though it starts like one), or with more to the name ("Paul").
    assert [g.name for g in with_kin.guests] == ["Stephanie McDonald", "Stephen Paul McDonald"]
    # Named in one episode with the regular, by the regular's own first name however
    # little, Stephen McDonald is another man.
    assert [guest.name for guest in with_father.guests] == ["Stephen McDonald"]
    assert [guest.name for guest in with_father_again.guests] == ["Stephen McDonald"]


def test_another_form_of_a_regulars_name_still_counts_as_an_introduction() -> None:
    # A news show that introduces two guests in twelve episodes, one of them the
    # newsreader's namesake: left out as the regular, he still counts as introduced,
    # so the show stays one that introduces guests, and Jane Roe stays its guest.
    feed = (
        "<rss><channel><title>News</title>"
        + "<item><title>News</title><description>Steve Marsh reads the news.</description></item>"
        * 10
        + "<item><title>Guest</title><description>Our guest is Stephen Marsh.</description></item>"
        + "<item><title>Guest</title><description>Our guest is Jane Roe.</description></item>"
        + "</channel></rss>"
    )
    *_, stephen, jane = podnotes.podcast_notes(podnotes.parse(feed))
    assert stephen.guests == ()
    assert [guest.name for guest in jane.guests] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("first", "other", "same"),
    [
        ("steve", "stephen", True),
        ("steven", "stephen", True),  # two spellings of one name
        ("bill", "william", True),
        ("joe", "josef", True),
        ("fred", "frederick", False),  # Alfred's too
        ("ann", "ann", True),
        ("tom", "tommy", False),  # two short forms: "Ted" and "Eddie" may be two men
        ("chris", "christopher", False),  # a man's name's and a woman's: in no group
        ("stephanie", "stephen", False),
        ("hans", "johannes", False),  # a name of its own too
        ("nicole", "nicholas", False),
    ],
)
def test_forms_of_one_first_name(first: str, other: str, same: bool) -> None:
    assert podnotes.notes._roster.one_first_name(first, other) is same
    assert podnotes.notes._roster.one_first_name(other, first) is same


def test_a_person_the_shows_title_names_is_its_host() -> None:
    feed = (
        "<rss><channel><title>The Jane Roe Show</title><item><title>Compilers</title>"
        "<description>Tom Becker and Jane Roe discuss compilers.</description></item>"
        "</channel></rss>"
    )
    podcast = podnotes.parse(feed)
    notes = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in notes.guests] == ["Tom Becker"]
    # Read alone, the text gives both.
    assert len(podnotes.extract(podcast.episodes[0].description).guests) == 2


@pytest.mark.parametrize(
    ("title", "hosts"),
    [
        ("The Jane Roe Show", ("Jane Roe",)),
        ("Green Light with Chris Long", ("Chris Long",)),  # a surname that is a word too
        ("Messages by John Piper Audio", ("John Piper",)),  # the show's word after a name
    ],
)
def test_the_names_a_shows_title_holds(title: str, hosts: tuple[str, ...]) -> None:
    named = podnotes.notes._named_in_title(title)
    assert set(hosts) <= set(named)
    assert not any(name.endswith(("Audio", "Show")) for name in named)


def test_only_a_titles_start_is_read_for_names() -> None:
    # A title holds a show's name, not a list of people: its first 300 characters are
    # read, so a hostile title of thousands of names costs no more than a real one.
    title = "The Jane Roe Show " + "and more " * 40 + "with Tom Becker"
    feed = (
        f"<rss><channel><title>{title}</title><item><title>Compilers</title>"
        "<description>Tom Becker and Jane Roe discuss compilers.</description></item>"
        "</channel></rss>"
    )
    podcast = podnotes.parse(feed)
    notes = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in notes.guests] == ["Tom Becker"]


# An interview show: a new guest each week, one of them back for a three-part talk.
INTERVIEWED = ("Maria Lopez", "Tom Becker", "Anna Schmidt", "Ruth Okafor", "Juan Perez",
               "Emily Stone", "David Chen", "David Chen", "David Chen", "Sara Nilsson",
               "Omar Haddad", "Lena Novak")  # fmt: skip
INTERVIEWS_FEED = (
    "<rss><channel><title>Talks</title>"
    + "".join(
        f"<item><title>Episode {number}</title><description>This week {guest} joins us to"
        " talk about the work.</description></item>"
        for number, guest in enumerate(INTERVIEWED)
    )
    + "</channel></rss>"
)


def test_podcast_notes_change_nothing_in_an_interview_show_without_regulars() -> None:
    podcast = podnotes.parse(INTERVIEWS_FEED)
    assert len(podcast.episodes) >= podnotes.notes.INTERVIEW_MIN_EPISODES
    together = podnotes.podcast_notes(podcast)
    assert together == tuple(podnotes.episode_notes(e, podcast) for e in podcast.episodes)
    # Three episodes with one guest do not make him a regular.
    assert [notes.guests[0].name for notes in together] == list(INTERVIEWED)


def test_a_title_before_a_name_does_not_make_two_people() -> None:
    # The feed names "Pastor Jane Roe", the text "Pastor Jane Roe" too, read as "Jane Roe":
    # one guest. And a host written with a title is still the host.
    feed = (
        '<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>T</title>'
        '<item><title>One</title><podcast:person role="guest">Pastor Jane Roe</podcast:person>'
        "<description>This week Pastor Jane Roe joins us to talk about grace.</description>"
        "</item></channel></rss>"
    )
    podcast = podnotes.parse(feed)
    guests = podnotes.episode_notes(podcast.episodes[0], podcast).guests
    assert [guest.name for guest in guests] == ["Pastor Jane Roe"]
    text = "This week Rabbi Ann Lee joins us to talk about grace."
    assert podnotes.extract_guests(text, hosts=["Rabbi Ann Lee"]) == ()


# A story show: each episode tells of somebody, and introduces nobody.
STORIES_FEED = (
    "<rss><channel><title>Cold Cases</title>"
    + "".join(
        f"<item><title>The disappearance of {name}</title><description>{name} was a nurse in"
        f" Ohio. She vanished on a summer night in 1998, and {name} was never found."
        "</description></item>"
        for name in (*GUESTS[:-1], "Lena Novak", "Ines Costa")
    )
    + "</channel></rss>"
)


def test_podcast_notes_find_no_guests_in_a_show_that_introduces_nobody() -> None:
    podcast = podnotes.parse(STORIES_FEED)
    assert len(podcast.episodes) >= podnotes.notes.INTERVIEW_MIN_EPISODES
    # One episode alone reads the woman the story is about as its guest...
    first = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in first.guests] == ["Maria Lopez"]
    # ... the whole feed shows that nobody is ever introduced.
    for notes in podnotes.podcast_notes(podcast):
        assert notes.guests == ()
        assert any(
            "the people its notes name are the ones it talks about" in n for n in notes.notes
        )


def test_a_story_show_whose_titles_say_with_a_name_stays_a_story_show() -> None:
    # "Alone with Lena Novak" presents her in that episode read alone, but a title is
    # no introduction of the show's: a story show titles its stories so. Two of its
    # eleven episodes, more than the tenth that makes an interview show.
    feed = STORIES_FEED
    for name in ("Lena Novak", "Ines Costa"):
        feed = feed.replace(f"The disappearance of {name}", f"Alone with {name}")
    podcast = podnotes.parse(feed)
    titled = [e for e in podcast.episodes if (e.title or "").startswith("Alone with")]
    assert len(titled) / len(podcast.episodes) >= podnotes.notes.INTERVIEW_SHARE
    for episode in titled:
        guests = podnotes.episode_notes(episode, podcast).guests
        assert any("title-guest" in guest.evidence for guest in guests)
    assert all(notes.guests == () for notes in podnotes.podcast_notes(podcast))


# A long-running interview show whose host the notes name by first name alone in a few
# episodes (fewer than a tenth of them), and a guest back for four episodes.
FIRSTS = ("Maria", "Tom", "Anna", "Ruth", "Juan", "Emily", "Sara", "Omar", "Lena", "Nina")
SURNAMES = ("Lopez", "Becker", "Schmidt", "Okafor", "Perez", "Stone")
ONE_A_WEEK = [f"{first} {surname}" for surname in SURNAMES for first in FIRSTS]
ONE_A_WEEK[10:14] = ["David Chen"] * 4


def _rotating_feed(host_named_in: int) -> str:
    items = "".join(
        f"<item><title>Episode {number}</title><description>"
        + (
            f"{guest} joins us, and talks with Robert about the work."
            if number < host_named_in
            else f"This week {guest} joins us to talk about the work."
        )
        + "</description></item>"
        for number, guest in enumerate(ONE_A_WEEK)
    )
    return f"<rss><channel><title>Talks</title>{items}</channel></rss>"


def test_a_name_of_one_word_named_time_after_time_is_a_regular() -> None:
    podcast = podnotes.parse(_rotating_feed(host_named_in=4))
    assert podnotes.notes.REGULAR_SHARE * len(podcast.episodes) > 4  # four is under the share
    alone = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in alone.guests] == ["Maria Lopez", "Robert"]
    together = podnotes.podcast_notes(podcast)
    for notes, guest in zip(together, ONE_A_WEEK, strict=True):
        assert [person.name for person in notes.guests] == [guest]
    assert any("Robert left out" in note for note in together[0].notes)


def test_a_name_of_one_word_named_three_times_is_no_regular() -> None:
    podcast = podnotes.parse(_rotating_feed(host_named_in=3))
    alone = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in alone.guests] == ["Maria Lopez", "Robert"]
    first = podnotes.podcast_notes(podcast)[0]
    # Left out, but as a word in a show that names its guests in full, not a regular.
    assert [guest.name for guest in first.guests] == ["Maria Lopez"]
    assert first.notes == (
        "Robert left out of the guests: the podcast names its guests in full (60 times of 63)",
    )


def _full_names_feed(first_names_only: int, weeks: int, regular_in: int = 0) -> str:
    """An interview show that introduces a guest by full name each week, and after
    them some guests by first name alone, each once; its host Robert is named, by first
    name, in the first ``regular_in`` episodes."""
    guests = (
        ONE_A_WEEK[14 : 14 + weeks]
        + ["Hannah", "Kofi", "Ingrid", "Mateo", "Yuki"][:first_names_only]
    )
    items = "".join(
        f"<item><title>Episode {number}</title><description>This week {guest} joins us to"
        + (" talk with Robert" if number < regular_in else " talk")
        + " about the work.</description></item>"
        for number, guest in enumerate(guests)
    )
    return f"<rss><channel><title>Talks</title>{items}</channel></rss>"


@pytest.mark.parametrize(
    ("first_names_only", "weeks", "regular_in", "left_out"),
    [
        # Two of 32 by one word: the show names its guests in full.
        (2, 30, 0, True),
        # Four of 34 (more than a tenth): it names some by first name.
        (4, 30, 0, False),
        # Three of 31 is under a tenth; three of 30 is not.
        (3, 28, 0, True),
        (3, 27, 0, False),
        # One of 20 guests is enough to tell; one of 19 is not.
        (1, 19, 0, True),
        (1, 18, 0, False),
        # A regular named by one word does not count: two of 28, not six of 32.
        (2, 26, 4, True),
    ],
)
def test_a_show_that_names_its_guests_in_full_has_no_guest_of_one_word(
    first_names_only: int, weeks: int, regular_in: int, left_out: bool
) -> None:
    podcast = podnotes.parse(_full_names_feed(first_names_only, weeks, regular_in))
    (alone,) = podnotes.episode_notes(podcast.episodes[-1], podcast).guests
    assert len(alone.name.split()) == 1
    last = podnotes.podcast_notes(podcast)[-1]
    assert (last.guests == ()) == left_out
    named = weeks + first_names_only
    in_full = f"the podcast names its guests in full ({weeks} times of {named})"
    assert any(in_full in note for note in last.notes) == left_out


def _episodes(*lengths: str, episode_type: str = "full", person: str = "") -> bytes:
    """Episodes of the given lengths whose notes each introduce a guest."""
    items = "".join(
        f"<item><title>E{number}</title><itunes:duration>{length}</itunes:duration>"
        f"<itunes:episodeType>{episode_type}</itunes:episodeType>{person}"
        f"<description>Our guest {GUESTS[number]} joins us to talk about compilers."
        "</description></item>"
        for number, length in enumerate(lengths)
    )
    return (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
        'xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>T</title>'
        f"{items}</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("length", "left_out"),
    [
        ("0:57", True),
        ("2:59", True),
        ("3:00", False),
        # A length of a few seconds is a placeholder, no length.
        ("0:05", False),
        ("0:00", False),
    ],
)
def test_a_notice_among_interviews_has_no_guests(length: str, left_out: bool) -> None:
    podcast = podnotes.parse(_episodes("45:00", "1:02:00", "50:00", length))
    notice = podcast.episodes[-1]
    # Read alone, nothing says the episode is short.
    assert len(podnotes.episode_notes(notice, podcast).guests) == 1
    notes = podnotes.podcast_notes(podcast)[-1]
    assert (notes.guests == ()) == left_out
    said = f"{GUESTS[3]} left out of the guests: the episode lasts {length}, a notice"
    assert any(note.startswith(said) for note in notes.notes) == left_out


@pytest.mark.parametrize(("median", "left_out"), [("12:00", True), ("11:59", False)])
def test_notices_are_short_episodes_of_a_show_of_long_ones(median: str, left_out: bool) -> None:
    podcast = podnotes.parse(_episodes(median, median, "1:00"))
    assert (podnotes.podcast_notes(podcast)[-1].guests == ()) == left_out


def test_a_notice_counts_for_nothing_in_how_a_show_names_its_guests() -> None:
    # 18 guests in full, one more in a notice, and one by one word: 19 times, too few to
    # tell how the show names its guests. Had the notice counted, 20 would have been
    # enough, and Kofi left out.
    full = [f"{first} {surname}" for surname in SURNAMES[:2] for first in FIRSTS][:19]
    guests = [*full, "Kofi"]
    lengths = ["45:00"] * 18 + ["1:00", "45:00"]
    items = "".join(
        f"<item><title>E{number}</title><itunes:duration>{length}</itunes:duration>"
        f"<description>Our guest {guest} joins us to talk about compilers.</description>"
        "</item>"
        for number, (guest, length) in enumerate(zip(guests, lengths, strict=True))
    )
    feed = (
        '<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        f"<title>T</title>{items}</channel></rss>"
    )
    *_, notice, last = podnotes.podcast_notes(podnotes.parse(feed))
    assert notice.guests == ()
    assert [guest.name for guest in last.guests] == ["Kofi"]


def test_a_show_of_short_episodes_keeps_its_guests() -> None:
    # Two-minute interviews, or lengths a feed wrote in minutes ("45") that read as
    # seconds: none is short for the show.
    for lengths in (("2:00", "2:30", "1:50", "2:10"), ("45", "60", "50", "11")):
        podcast = podnotes.parse(_episodes(*lengths))
        assert all(len(notes.guests) == 1 for notes in podnotes.podcast_notes(podcast))


def _one_episodes_notes(show: str, title: str, description: str) -> podnotes.ShowNotes:
    """The notes of the one episode of a podcast titled ``show``."""
    feed = (
        f"<rss><channel><title>{show}</title><item><title>{title}</title>"
        f"<description>{description}</description></item></channel></rss>"
    ).encode()
    podcast = podnotes.parse(feed)
    return podnotes.episode_notes(podcast.episodes[0], podcast)


@pytest.mark.parametrize(
    ("show", "left_out"),
    [
        ("The Giant Bombcast", True),  # its article left out in the notes
        ("Giant Bombcast", True),
        ("Giant Bombcast!", True),  # the title's marks left out
        ("Giant Bombcast Extra", False),  # another name: the show's is whole or none
    ],
)
def test_the_shows_own_name_is_no_guest(show: str, left_out: bool) -> None:
    notes = _one_episodes_notes(
        show,
        "Giant Bombcast 03-10-2009",
        "Giant Bombcast returns from the brink, with soda and more. Then "
        "Maria Lopez joins us to talk about compilers.",
    )
    names = [guest.name for guest in notes.guests]
    assert ("Giant Bombcast" not in names) == left_out
    assert "Maria Lopez" in names
    said = "Giant Bombcast left out of the guests: the podcast's own name"
    assert (said in notes.notes) == left_out


@pytest.mark.parametrize(
    ("show", "left_out"),
    [
        # One word that begins the show's title is the place or person it is named after.
        ("Sheridan County AG Update", True),
        ("The Sheridan Report", True),
        ("Rodeo Weekly", False),
    ],
)
def test_the_first_word_of_the_shows_name_alone_is_no_guest(show: str, left_out: bool) -> None:
    notes = _one_episodes_notes(
        show, "Rodeo week", "Join Liz as she talks with Sheridan and Maria Lopez about the rodeo."
    )
    names = [guest.name for guest in notes.guests]
    assert ("Sheridan" not in names) == left_out
    assert "Maria Lopez" in names


def test_a_trailer_has_no_guests_from_its_notes_but_those_the_feed_names() -> None:
    podcast = podnotes.parse(_episodes("30:00", episode_type="trailer"))
    notes = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert notes.guests == ()
    assert notes.notes == (f"{GUESTS[0]} left out of the guests: the episode is a trailer",)
    person = '<podcast:person role="guest">Ada Byron</podcast:person>'
    podcast = podnotes.parse(_episodes("30:00", episode_type="trailer", person=person))
    notes = podnotes.episode_notes(podcast.episodes[0], podcast)
    assert [guest.name for guest in notes.guests] == ["Ada Byron"]
