"""Show notes from a parsed feed in one call, and a podcast's hosts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

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
